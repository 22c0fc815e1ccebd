// Consultation and treatment plan as stored: the intake as submitted, the screening and plan
// computed from it, and the protocol name and version that produced them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/depth.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::domain {

struct Consultation {
  base::ClinicId clinic_id;
  base::ConsultationId id;
  base::PatientId patient_id;
  base::UserId recorded_by;
  std::string intake_json;     // canonical form of the validated intake
  std::string screening_json;  // the contract's screening result
  Verdict verdict = Verdict::kEligible;
  std::optional<base::CivilDate> earliest_date;
  ProtocolRef protocol;
  base::Timestamp created_at;
};

enum class PlanStatus { kProposed, kActive, kCompleted, kCancelled };
template <>
struct CodeTraits<PlanStatus> {
  static constexpr std::string_view kNoun = "plan status";
  static constexpr std::array<std::string_view, 4> kNames = {"proposed", "active", "completed",
                                                             "cancelled"};
};

// One zone of a stored plan. `override_reason` is set when a provider moved the depth outside
// the protocol's range (never above the hard maximum).
struct StoredZone {
  Zone zone = Zone::kForehead;
  DepthRange depth;
  DepthRange protocol_depth;  // what the protocol computed
  std::string override_reason;
};

struct TreatmentPlan {
  base::ClinicId clinic_id;
  base::PlanId id;
  base::PatientId patient_id;
  base::ConsultationId consultation_id;
  PlanStatus status = PlanStatus::kProposed;
  int sessions = 3;
  int interval_min_days = 28;
  int interval_max_days = 42;
  std::string interval_override_reason;  // set when the interval is below the protocol's
  std::vector<StoredZone> zones;
  std::string plan_json;  // the contract's plan as computed
  ProtocolRef protocol;
  base::UserId created_by;
  base::Timestamp created_at;
  base::Timestamp updated_at;
  int64_t version = 1;
};

}  // namespace needlepoint::domain
