// The consultation intake of the protocol contract (§1, v2) as JSON: strict parsing into a
// domain::Intake, and the canonical JSON form of one. Bad input is an error, never a guess:
// unknown fields or codes (with "did you mean" suggestions), wrong types, impossible dates,
// dates that contradict each other, empty areas and out-of-range values are all reported,
// each with its JSON pointer.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/contract/json_reader.h"
#include "needlepoint/domain/aliases.h"
#include "needlepoint/domain/intake.h"

namespace needlepoint::contract {

struct IntakeOptions {
  // The default for assessed_on (planned_date defaults to assessed_on).
  base::CivilDate today;
  // Prepended to every problem's path, for an intake nested in a larger document ("/intake").
  std::string path_prefix;
  // The protocol's brand, generic and everyday names for codes; null: wire names only.
  const domain::Aliases* aliases = nullptr;
  // Through the API the intake belongs to a patient: their record supplies the birth date and
  // Fitzpatrick type when the intake omits them (the caller checks a given birth date against
  // the record), and `patient` may then be omitted altogether.
  std::optional<base::CivilDate> record_birth_date;
  std::optional<int> record_fitzpatrick;
  // Through the API: an assessment after this date (the server's today) is refused.
  std::optional<base::CivilDate> latest_assessment;
  // Reading an intake stored by an earlier version: its shape is checked, not whether its
  // dates agree with each other (v1 accepted dates v2 refuses).
  bool stored = false;
};

// Parses `document`. On failure returns kInvalidArgument listing every problem found.
base::Result<domain::Intake> ParseIntake(const nlohmann::json& document,
                                         const IntakeOptions& options);

// Parses `text` as strict JSON (strict_json.h), then as an intake.
base::Result<domain::Intake> ParseIntakeText(std::string_view text, const IntakeOptions& options);

// Parts of an intake read alone, exactly as in an intake (codes through the aliases, every
// problem with its path), for documents that carry them outside one — the day-of check-in
// asks for new medications and procedures since the consultation. Medication and procedure
// dates after `latest` are refused: they are history.
std::vector<domain::MedicationEntry> ReadMedicationItems(JsonObject& object, std::string_view key,
                                                         const domain::Aliases* aliases,
                                                         base::CivilDate latest);
std::vector<domain::ProcedureEntry> ReadProcedureItems(JsonObject& object, std::string_view key,
                                                       base::CivilDate latest);
// Free-text strings of 1-200 bytes (other_medications).
std::vector<std::string> ReadFreeTextItems(JsonObject& object, std::string_view key);
// A non-empty list of distinct zones; nullopt when absent (or wrong, with a problem).
std::optional<domain::ZoneSet> ReadZoneItems(JsonObject& object, std::string_view key, Need need);

// The canonical JSON of `intake`: defaults filled in, codes in vocabulary order. Parsing it
// again gives an equal intake.
nlohmann::json IntakeToJson(const domain::Intake& intake);

}  // namespace needlepoint::contract
