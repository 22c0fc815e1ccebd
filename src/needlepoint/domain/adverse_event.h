// Adverse events after a treatment session: what a patient reports from the portal (a
// symptom checklist, a note, an optional photo) with the protocol's triage of it, and what a
// provider records (severity, seriousness, outcome, follow-up, suspected cause), linked to the
// session and to the cartridge and product lots used (FHIR AdverseEvent.suspectEntity).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code_set.h"
#include "needlepoint/domain/screening.h"
#include "needlepoint/domain/treatment_session.h"

namespace needlepoint::domain {

// The portal's symptom checklist: the warning signs first, then the expected effects.
enum class Symptom {
  kPus,
  kFever,
  kSpreadingRedness,
  kIncreasingPain,
  kBlistering,
  kNewDarkSpots,
  kColdSore,
  kRedness,
  kFlaking,
  kSwelling,
  kItching,
  kBruising,
};
template <>
struct CodeTraits<Symptom> {
  static constexpr std::string_view kNoun = "symptom";
  static constexpr std::array<std::string_view, 12> kNames = {
      "pus",        "fever",          "spreading_redness", "increasing_pain",
      "blistering", "new_dark_spots", "cold_sore",         "redness",
      "flaking",    "swelling",       "itching",           "bruising"};
};
using SymptomSet = CodeSet<Symptom>;

// How soon the clinic must act, strongest first: urgent (flag the provider's inbox now, the
// patient calls the clinic now), review (a provider looks within a working day), expected (a
// normal effect inside its usual window: reassure).
enum class Urgency { kUrgent, kReview, kExpected };
template <>
struct CodeTraits<Urgency> {
  static constexpr std::string_view kNoun = "urgency";
  static constexpr std::array<std::string_view, 3> kNames = {"urgent", "review", "expected"};
};

// The triage of one reported symptom.
struct SymptomTriage {
  Symptom symptom = Symptom::kRedness;
  Urgency urgency = Urgency::kReview;
  std::string message;  // what the patient is told about it
  friend bool operator==(const SymptomTriage&, const SymptomTriage&) = default;
};

// The triage of a report: the strongest urgency of its symptoms, each symptom's message, and
// which protocol version and day after the session judged it.
struct Triage {
  Urgency urgency = Urgency::kReview;
  std::vector<SymptomTriage> symptoms;  // in checklist order
  int day = 0;                          // days since the session (0: the session's day)
  ProtocolRef protocol;
  friend bool operator==(const Triage&, const Triage&) = default;
};

// The longest free-text note on a report or event, in bytes.
inline constexpr std::size_t kMaxAdverseNoteBytes = 2000;

struct AdverseReport {
  base::ClinicId clinic_id;
  base::AdverseReportId id;
  base::PatientId patient_id;
  base::SessionId session_id;
  SymptomSet symptoms;
  std::optional<base::CivilDate> started_on;
  std::string note;
  Triage triage;
  std::optional<std::string> photo_sha256;  // the sanitised photo in the file store
  base::UserId reported_by;
  base::Timestamp reported_at;
  std::optional<base::UserId> acknowledged_by;
  std::optional<base::Timestamp> acknowledged_at;
  int64_t version = 1;
};

enum class Severity { kMild, kModerate, kSevere };
template <>
struct CodeTraits<Severity> {
  static constexpr std::string_view kNoun = "severity";
  static constexpr std::array<std::string_view, 3> kNames = {"mild", "moderate", "severe"};
};

// FHIR R4 AdverseEvent.outcome.
enum class AdverseOutcome {
  kResolved,
  kRecovering,
  kOngoing,
  kResolvedWithSequelae,
  kFatal,
  kUnknown
};
template <>
struct CodeTraits<AdverseOutcome> {
  static constexpr std::string_view kNoun = "outcome";
  static constexpr std::array<std::string_view, 6> kNames = {
      "resolved", "recovering", "ongoing", "resolved_with_sequelae", "fatal", "unknown"};
};

// What the provider suspects caused it.
enum class SuspectedCause {
  kProcedure,
  kCartridge,
  kProduct,
  kAnaesthetic,
  kAftercare,
  kUnrelated,
  kUnknown
};
template <>
struct CodeTraits<SuspectedCause> {
  static constexpr std::string_view kNoun = "suspected cause";
  static constexpr std::array<std::string_view, 7> kNames = {
      "procedure", "cartridge", "product", "anaesthetic", "aftercare", "unrelated", "unknown"};
};

// WHO-UMC causality categories.
enum class Causality { kCertain, kProbable, kPossible, kUnlikely, kUnassessable };
template <>
struct CodeTraits<Causality> {
  static constexpr std::string_view kNoun = "causality";
  static constexpr std::array<std::string_view, 5> kNames = {"certain", "probable", "possible",
                                                             "unlikely", "unassessable"};
};

// A lot the event is linked to: one of the session's cartridges, or a product it recorded.
struct SuspectLot {
  LotKind kind = LotKind::kCartridge;
  std::optional<base::CartridgeId> cartridge_id;
  std::string gtin;  // cartridges
  std::string lot;
  std::optional<std::string> serial;   // cartridges
  std::optional<ProductCode> product;  // products
  friend bool operator==(const SuspectLot&, const SuspectLot&) = default;
};

struct AdverseEvent {
  base::ClinicId clinic_id;
  base::AdverseEventId id;
  base::PatientId patient_id;
  base::SessionId session_id;
  std::optional<base::AdverseReportId> report_id;
  std::string description;
  base::CivilDate onset;
  Severity severity = Severity::kMild;
  bool serious = false;  // ICH E2A: death, hospitalisation, disability, life-threatening…
  AdverseOutcome outcome = AdverseOutcome::kUnknown;
  std::string follow_up;
  SuspectedCause cause = SuspectedCause::kUnknown;
  Causality causality = Causality::kUnassessable;
  std::vector<SuspectLot> suspects;
  base::UserId recorded_by;
  base::Timestamp recorded_at;
  base::Timestamp updated_at;
  int64_t version = 1;
};

}  // namespace needlepoint::domain
