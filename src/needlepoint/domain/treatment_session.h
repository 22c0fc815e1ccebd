// A treatment session (the session-day contract): one day of a plan's series, from check-in
// to a signed chart — the day-of answers merged into the consultation's intake and screened
// again (the gate), the required actions confirmed, the consent checked, the chart (numbing,
// pen, cartridges, depth per zone, products with their lots, end point, duration), the
// sign-off that makes the chart read-only, its amendments, and the aftercare timeline dated
// from the session's day.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/depth.h"
#include "needlepoint/domain/intake.h"
#include "needlepoint/domain/plan.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::domain {

// A session's life: open (created) → checked_in (the gate let it through) → in_progress
// (started: actions confirmed, consent signed) → signed_off (read-only; amendments only).
// A check-in the gate blocks leaves the session open.
enum class SessionStatus { kOpen, kCheckedIn, kInProgress, kSignedOff };
template <>
struct CodeTraits<SessionStatus> {
  static constexpr std::string_view kNoun = "session status";
  static constexpr std::array<std::string_view, 4> kNames = {"open", "checked_in", "in_progress",
                                                             "signed_off"};
};

// What the day-of gate decided (session-day contract §2).
enum class GateDecision { kProceed, kBlocked, kOverridden };
template <>
struct CodeTraits<GateDecision> {
  static constexpr std::string_view kNoun = "gate decision";
  static constexpr std::array<std::string_view, 3> kNames = {"proceed", "blocked", "overridden"};
};

// ---- Check-in -------------------------------------------------------------------------------

// A yes/no question about the skin today; `areas` absent means everywhere.
struct SkinAnswer {
  bool present = false;
  std::optional<ZoneSet> areas;
  friend bool operator==(const SkinAnswer&, const SkinAnswer&) = default;
};

// Whether the patient followed the prep (the plan's prep timeline).
struct PrepAnswers {
  bool retinoids_acids_stopped = true;
  // The last use of a retinoid or acid: required when they stopped and the consultation
  // recorded ongoing use.
  std::optional<base::CivilDate> retinoids_acids_last_use;
  bool no_hair_removal = true;
  std::optional<ProcedureEntry> hair_removal;  // when no_hair_removal is false
  bool sun_avoided = true;
  friend bool operator==(const PrepAnswers&, const PrepAnswers&) = default;
};

// The day-of questions, as answered.
struct CheckInAnswers {
  bool cold_sore = false;
  SkinAnswer sunburn;
  SkinAnswer acne;
  SkinAnswer infection;
  std::vector<MedicationEntry> new_medications;
  std::vector<std::string> other_new_medications;
  std::vector<ProcedureEntry> new_procedures;
  bool pregnant = false;
  bool breastfeeding = false;
  PrepAnswers prep;
  friend bool operator==(const CheckInAnswers&, const CheckInAnswers&) = default;
};

// The check-in as recorded: the answers, the consultation's intake with them merged in
// (assessed_on = planned_date = the session's date), its screening by the plan's protocol
// version, and the gate's decision (with a provider's override, if any).
struct CheckIn {
  CheckInAnswers answers;
  Intake intake;
  Screening screening;
  GateDecision gate = GateDecision::kBlocked;
  std::string override_reason;  // set when gate is kOverridden
  std::optional<base::UserId> override_by;
  std::optional<base::Timestamp> override_at;
  base::UserId recorded_by;
  base::Timestamp recorded_at;
  friend bool operator==(const CheckIn&, const CheckIn&) = default;
};

// A required action (the screening's `actions`) confirmed on the chart: who, when, a note.
struct ActionConfirmation {
  ActionCode action = ActionCode::kAntiviralProphylaxis;
  base::UserId by;
  base::Timestamp at;
  std::string note;
  friend bool operator==(const ActionConfirmation&, const ActionConfirmation&) = default;
};

// ---- The chart ------------------------------------------------------------------------------

enum class NeedlingPattern { kCrossHatch, kLinear, kCircular, kStamping };
template <>
struct CodeTraits<NeedlingPattern> {
  static constexpr std::string_view kNoun = "pattern";
  static constexpr std::array<std::string_view, 4> kNames = {"cross_hatch", "linear", "circular",
                                                             "stamping"};
};

// The clinical end point reached (Farber 2020: "uniform pinpoint bleeding").
enum class EndPoint { kPinpointBleeding, kEvenErythema, kMildErythema };
template <>
struct CodeTraits<EndPoint> {
  static constexpr std::string_view kNoun = "end point";
  static constexpr std::array<std::string_view, 3> kNames = {"pinpoint_bleeding", "even_erythema",
                                                             "mild_erythema"};
};

// What is applied during or right after needling, each with its lot (LED: the panel's lot
// or serial), so a recall can find the session.
enum class ProductCode { kHyaluronicAcid, kPrp, kGrowthFactors, kLedRed };
template <>
struct CodeTraits<ProductCode> {
  static constexpr std::string_view kNoun = "product";
  static constexpr std::array<std::string_view, 4> kNames = {"hyaluronic_acid", "prp",
                                                             "growth_factors", "led_red"};
};

// The longest lot, serial or product name a chart accepts, in bytes.
inline constexpr std::size_t kMaxLotBytes = 40;
// Under this contact time a topical anaesthetic is charted with a warning.
inline constexpr int kMinAnaestheticMinutes = 20;

struct Anaesthetic {
  std::string product;  // "lidocaine 4% cream"
  std::string lot;      // may be empty
  base::Timestamp applied_at;
  base::Timestamp removed_at;
  friend bool operator==(const Anaesthetic&, const Anaesthetic&) = default;
};

// One zone as treated. `reason` is required when the depth lies outside the plan's range for
// the zone (or the zone is not in the plan); above the zone's hard maximum nothing is allowed.
struct ChartZone {
  Zone zone = Zone::kForehead;
  Depth depth;
  int passes = 1;
  NeedlingPattern pattern = NeedlingPattern::kCrossHatch;
  std::string reason;
  friend bool operator==(const ChartZone&, const ChartZone&) = default;
};

struct ProductUse {
  ProductCode code = ProductCode::kHyaluronicAcid;
  std::string lot;
  std::string name;  // brand, optional
  friend bool operator==(const ProductUse&, const ProductUse&) = default;
};

// The chart of a session. While the session is in progress it is a draft, saved whole;
// sign-off freezes it as version 1, and each amendment adds a version.
struct Chart {
  std::optional<base::ResourceId> device_id;  // the pen (a device resource of the clinic)
  std::string pen_serial;
  std::optional<Anaesthetic> anaesthetic;
  std::vector<ChartZone> zones;  // in zone order, one per zone
  std::vector<ProductUse> products;
  std::optional<EndPoint> end_point;
  std::optional<int> duration_minutes;
  std::string notes;
  friend bool operator==(const Chart&, const Chart&) = default;
};

// A signed version of a chart: 1 is the original at sign-off; later ones are amendments,
// each with who, when and why. Versions are never changed or removed.
struct ChartVersion {
  base::ClinicId clinic_id;
  base::SessionId session_id;
  int version = 1;
  Chart chart;
  std::string reason;  // empty for version 1
  base::UserId recorded_by;
  base::Timestamp recorded_at;
  friend bool operator==(const ChartVersion&, const ChartVersion&) = default;
};

// A sterile needle cartridge charted for a session, read from its GS1 barcode. The database
// refuses a second use of the same (GTIN, lot, serial) anywhere in the clinic; a cartridge
// without a serial cannot be proven unused and needs `sealed_pack_confirmed`.
struct Cartridge {
  base::ClinicId clinic_id;
  base::CartridgeId id;
  base::SessionId session_id;
  std::string gtin;
  std::string lot;
  std::optional<std::string> serial;
  base::CivilDate expiry;
  std::optional<base::CivilDate> production_date;
  bool sealed_pack_confirmed = false;
  base::UserId recorded_by;
  base::Timestamp recorded_at;
  friend bool operator==(const Cartridge&, const Cartridge&) = default;
};

// ---- The session ----------------------------------------------------------------------------

struct TreatmentSession {
  base::ClinicId clinic_id;
  base::SessionId id;
  base::PatientId patient_id;
  base::PlanId plan_id;
  std::optional<base::AppointmentId> appointment_id;
  int number = 1;  // k of the plan's N
  base::CivilDate date;
  SessionStatus status = SessionStatus::kOpen;
  ProtocolRef protocol;  // the plan's: the gate and the aftercare use this version
  std::optional<CheckIn> check_in;
  std::vector<ActionConfirmation> confirmations;
  std::optional<base::UserId> started_by;
  std::optional<base::Timestamp> started_at;
  std::optional<base::ConsentSignatureId> consent_id;  // the treatment consent it started on
  Chart draft;                                         // the chart until sign-off
  int chart_version = 0;  // the latest signed version; 0 until sign-off
  std::optional<base::UserId> signed_off_by;
  std::optional<base::Timestamp> signed_off_at;
  // Attached at sign-off: the plan protocol's aftercare dated from `date`.
  std::vector<TimelineEntry<AftercareCode>> aftercare;
  base::UserId created_by;
  base::Timestamp created_at;
  base::Timestamp updated_at;
  int64_t version = 1;
};

// ---- Lot exposure ---------------------------------------------------------------------------

enum class LotKind { kCartridge, kProduct };
template <>
struct CodeTraits<LotKind> {
  static constexpr std::string_view kNoun = "lot kind";
  static constexpr std::array<std::string_view, 2> kNames = {"cartridge", "product"};
};

// A recall search: a cartridge lot (optionally of one GTIN), every cartridge of a GTIN, or a
// product lot (optionally of one product).
struct LotQuery {
  LotKind kind = LotKind::kCartridge;
  std::string lot;                     // empty: any lot (cartridges of `gtin`)
  std::string gtin;                    // cartridges only; empty: any
  std::optional<ProductCode> product;  // products only; absent: any
  friend bool operator==(const LotQuery&, const LotQuery&) = default;
};

// One exposed session, with what a recall needs to reach the patient.
struct Exposure {
  base::SessionId session_id;
  base::CivilDate date;
  int number = 0;
  SessionStatus status = SessionStatus::kOpen;
  base::PatientId patient_id;
  std::string given_name;
  std::string family_name;
  base::CivilDate birth_date;
  std::string email;
  std::string phone;
  LotKind kind = LotKind::kCartridge;
  std::string gtin;  // cartridges
  std::string lot;
  std::optional<std::string> serial;   // cartridges
  std::optional<ProductCode> product;  // products
  // Products: whether the lot is in the chart as it stands (false: only in an amended-away
  // version, listed because a recall errs on the side of telling).
  bool in_current_chart = true;
};

}  // namespace needlepoint::domain
