// Consultation and treatment plan as stored: the validated intake, the screening and plan the
// protocol computed from it (each records the protocol name and version that produced it), and
// what clinicians changed since — depths, interval, dates, status, overridden findings — with
// their reasons.
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

// The longest free-text reason a clinician may give for an override, in bytes.
inline constexpr std::size_t kMaxReasonBytes = 500;

struct Consultation {
  base::ClinicId clinic_id;
  base::ConsultationId id;
  base::PatientId patient_id;
  base::UserId recorded_by;
  Intake intake;        // as validated: canonical codes, defaults filled in
  Screening screening;  // its verdict and protocol are the consultation's
  base::Timestamp created_at;
};

// A plan's life: proposed → active → completed, or cancelled from proposed or active. There
// is no way back from completed or cancelled.
enum class PlanStatus { kProposed, kActive, kCompleted, kCancelled };
template <>
struct CodeTraits<PlanStatus> {
  static constexpr std::string_view kNoun = "plan status";
  static constexpr std::array<std::string_view, 4> kNames = {"proposed", "active", "completed",
                                                             "cancelled"};
};

// Whether a plan may go from `from` to `to` (staying put is not a transition).
constexpr bool CanTransition(PlanStatus from, PlanStatus to) {
  switch (from) {
    case PlanStatus::kProposed:
      return to == PlanStatus::kActive || to == PlanStatus::kCancelled;
    case PlanStatus::kActive:
      return to == PlanStatus::kCompleted || to == PlanStatus::kCancelled;
    case PlanStatus::kCompleted:
    case PlanStatus::kCancelled:
      return false;
  }
  return false;
}

// Whether a plan in `status` can still be changed at all.
constexpr bool IsOpen(PlanStatus status) {
  return status == PlanStatus::kProposed || status == PlanStatus::kActive;
}

// One zone of a stored plan. `override_reason` is set when a provider moved the depth outside
// the protocol's range (never above the hard maximum).
struct StoredZone {
  Zone zone = Zone::kForehead;
  DepthRange depth;
  DepthRange protocol_depth;  // what the protocol computed
  std::string override_reason;
  friend bool operator==(const StoredZone&, const StoredZone&) = default;
};

// A deferral a provider set aside for this plan, for a finding the protocol marks overridable
// (isotretinoin's past-use window): who, when and why. Shown on the plan and audited.
struct FindingOverride {
  FindingCode finding = FindingCode::kIsotretinoin;
  std::string reason;
  base::UserId by;
  base::Timestamp at;
  friend bool operator==(const FindingOverride&, const FindingOverride&) = default;
};

struct TreatmentPlan {
  base::ClinicId clinic_id;
  base::PlanId id;
  base::PatientId patient_id;
  base::ConsultationId consultation_id;
  PlanStatus status = PlanStatus::kProposed;
  // The series as it stands: computed by the protocol, then re-dated by the clinicians' edits
  // (interval, session dates); the depths in `zones` below are the ones to use.
  Plan plan;
  std::vector<StoredZone> zones;
  std::string interval_override_reason;  // set while the interval is below the protocol's
  std::vector<FindingOverride> overrides;
  ProtocolRef protocol;
  base::UserId created_by;
  base::Timestamp created_at;
  base::Timestamp updated_at;
  int64_t version = 1;
};

}  // namespace needlepoint::domain
