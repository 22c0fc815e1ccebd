// Consultations and treatment plans: an intake in the protocol contract's format is
// validated, screened with the clinic's active protocol and stored with the result and the
// protocol's name and version; a plan is made from a consultation and may be edited within
// the zone hard maxima, with a reason recorded for anything outside the protocol's range.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/intake.h"
#include "needlepoint/domain/plan.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::app {

// The rows a consultation and a plan are stored as — one construction for the use cases
// below and for generated demo data. The plan's zones start at the protocol's depths.
domain::Consultation NewConsultation(base::PatientId patient, base::UserId recorded_by,
                                     const domain::Intake& intake,
                                     const domain::Screening& screening,
                                     const domain::ProtocolRef& protocol);
domain::TreatmentPlan NewTreatmentPlan(const domain::Consultation& consultation,
                                       const domain::Plan& plan, domain::PlanStatus status,
                                       const domain::ProtocolRef& protocol,
                                       base::UserId created_by);

// Validates `intake` (kInvalidArgument listing every problem with its JSON pointer, nothing
// stored), screens it and stores the consultation for patient `patient`.
base::Result<domain::Consultation> SubmitConsultation(AppEnv& env, RequestContext& context,
                                                      base::PatientId patient,
                                                      const nlohmann::json& intake);
base::Result<domain::Consultation> GetConsultation(AppEnv& env, RequestContext& context,
                                                   base::ConsultationId id);
base::Result<std::vector<domain::Consultation>> ListConsultations(AppEnv& env,
                                                                  RequestContext& context,
                                                                  base::PatientId patient);

// Plans the series for a consultation with the clinic's active protocol (recorded in the
// plan). kFailedPrecondition if the screening verdict is not_eligible.
base::Result<domain::TreatmentPlan> CreatePlan(AppEnv& env, RequestContext& context,
                                               base::ConsultationId consultation);
base::Result<domain::TreatmentPlan> GetPlan(AppEnv& env, RequestContext& context, base::PlanId id);
base::Result<std::vector<domain::TreatmentPlan>> ListPlans(AppEnv& env, RequestContext& context,
                                                           base::PatientId patient);

struct ZoneEdit {
  domain::Zone zone = domain::Zone::kForehead;
  domain::DepthRange depth;
  std::string reason;  // required when `depth` leaves the protocol's range
};

struct PlanEdit {
  int64_t version = 0;
  std::optional<domain::PlanStatus> status;
  std::optional<int> interval_min_days;
  std::optional<int> interval_max_days;
  std::string interval_reason;  // required when the interval drops below the protocol's
  std::vector<ZoneEdit> zones;
};

struct EditedPlan {
  domain::TreatmentPlan plan;
  std::vector<std::string> warnings;  // overrides the clinician should see
};

// Applies `edit`. kInvalidArgument (with JSON paths into the edit) for a depth above the
// zone's hard maximum, a missing reason, or a zone the plan does not have; kConflict for a
// stale version.
base::Result<EditedPlan> EditPlan(AppEnv& env, RequestContext& context, base::PlanId id,
                                  const PlanEdit& edit);

}  // namespace needlepoint::app
