// The treatment day's documents as JSON: the day-of check-in answers, the session chart, and
// the stored forms of a check-in, its confirmations, a report's triage and an event's suspect
// lots. Requests are read strictly (unknown fields, wrong types, impossible dates and unknown
// codes are errors, each at its JSON pointer); the *ToJson forms read back to equal values.
// The API and the SQL repositories share these, so the database holds what the API speaks.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/adverse_event.h"
#include "needlepoint/domain/aliases.h"
#include "needlepoint/domain/treatment_session.h"

namespace needlepoint::contract {

struct CheckInOptions {
  // Medication, procedure and hair-removal dates after this day are refused (history).
  base::CivilDate session_date;
  // The protocol's names for medication codes; null: wire names only.
  const domain::Aliases* aliases = nullptr;
  // Prepended to every problem's path ("/answers").
  std::string path_prefix;
};

// The day-of check-in:
//   {"cold_sore": false, "sunburn": false, "sunburn_areas": [zones]?, "acne": false,
//    "acne_areas"?, "infection": false, "infection_areas"?, "new_medications": [intake
//    medications]?, "other_new_medications": [text]?, "new_procedures": [intake procedures]?,
//    "pregnant": false, "breastfeeding": false?,
//    "prep": {"retinoids_acids_stopped": true, "retinoids_acids_last_use": date?,
//             "no_hair_removal": true, "hair_removal": {"code", "date", "areas"?}?,
//             "sun_avoided": true}}
// Every question is answered explicitly (a skipped one is an error); `*_areas` only with a
// yes (omitted: everywhere); `hair_removal` exactly when `no_hair_removal` is false, and its
// code is waxing, depilatory or electrolysis.
base::Result<domain::CheckInAnswers> ParseCheckInAnswers(const nlohmann::json& document,
                                                         const CheckInOptions& options);
nlohmann::ordered_json CheckInAnswersToJson(const domain::CheckInAnswers& answers);

// A chart:
//   {"device_id": id?, "pen_serial": text?, "anaesthetic": {"product", "lot"?, "applied_at",
//    "removed_at"}?, "zones": [{"zone", "depth_mm", "passes", "pattern", "reason"?}]?,
//    "products": [{"code", "lot", "name"?}]?, "end_point": code?, "duration_minutes": n?,
//    "notes": text?}
// Times are UTC "YYYY-MM-DDTHH:MM:SSZ"; depths in mm (a device setting, 0 < d <= 5). Whether
// the depths are allowed is the protocol's business (protocol/charting.h), not the parser's.
base::Result<domain::Chart> ParseChart(const nlohmann::json& document,
                                       std::string_view path_prefix = "");
nlohmann::ordered_json ChartToJson(const domain::Chart& chart);

// Stored forms (storage only): times as whole microseconds, ids as numbers.
nlohmann::ordered_json CheckInToJson(const domain::CheckIn& check_in);
base::Result<domain::CheckIn> ParseStoredCheckIn(const nlohmann::json& document);
nlohmann::ordered_json ConfirmationsToJson(const std::vector<domain::ActionConfirmation>& list);
base::Result<std::vector<domain::ActionConfirmation>> ParseConfirmations(
    const nlohmann::json& array);
nlohmann::ordered_json TriageToJson(const domain::Triage& triage);
base::Result<domain::Triage> ParseTriage(const nlohmann::json& document);
nlohmann::ordered_json SuspectsToJson(const std::vector<domain::SuspectLot>& suspects);
base::Result<std::vector<domain::SuspectLot>> ParseSuspects(const nlohmann::json& array);

// Whether `text` is a usable lot, serial or product name: 1 to kMaxLotBytes bytes, no control
// characters.
bool IsLotText(std::string_view text);

}  // namespace needlepoint::contract
