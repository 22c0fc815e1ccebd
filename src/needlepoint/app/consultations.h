// Consultations and treatment plans: an intake in the protocol contract's format, bound to its
// patient (birth date and skin type from the record), validated, screened with the clinic's
// active protocol and stored with the result; a plan made from a consultation with the
// protocol version that screened it, then edited by clinicians under the protocol's rules
// (protocol/plan_editing.h) through its lifecycle.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/patient.h"
#include "needlepoint/domain/plan_edit.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::app {

// The plan row for `computed`, made from `consultation`: its zones start at the protocol's
// depths. One construction for the use cases below and for generated demo data.
domain::TreatmentPlan NewTreatmentPlan(const domain::Consultation& consultation,
                                       const domain::Plan& computed, domain::PlanStatus status,
                                       base::UserId created_by);

// An intake bound to its patient and the clinic's active protocol, ready to screen: what
// SubmitConsultation and the screening preview share.
struct PatientIntake {
  domain::Patient patient;
  domain::Intake intake;
  std::shared_ptr<const protocol::Protocol> protocol;
};

// Reads `intake` for patient `patient` in `tx`, with the errors SubmitConsultation describes
// (kNotFound for no such patient, kFailedPrecondition for a merged record or another birth
// date, kInvalidArgument under /intake). Reads only.
base::Result<PatientIntake> ReadPatientIntake(AppEnv& env, storage::Transaction& tx,
                                              base::PatientId patient,
                                              const nlohmann::json& intake);

struct RecordedConsultation {
  domain::Consultation consultation;
  // Set when the intake assessed a Fitzpatrick type other than the record's (or the first).
  std::optional<domain::SkinTypeAssessment> skin_type_change;
};

// Validates `intake` (kInvalidArgument listing every problem with its JSON pointer under
// /intake; nothing stored), binds it to patient `patient` — `patient.birth_date` and
// `patient.fitzpatrick` come from the record when omitted; a birth date that differs from the
// record's is kFailedPrecondition at /intake/patient/birth_date — screens it and stores it. A
// Fitzpatrick type that differs from the record's updates the record and is kept in its
// history with who and when.
base::Result<RecordedConsultation> SubmitConsultation(AppEnv& env, RequestContext& context,
                                                      base::PatientId patient,
                                                      const nlohmann::json& intake);
base::Result<domain::Consultation> GetConsultation(AppEnv& env, RequestContext& context,
                                                   base::ConsultationId id);
base::Result<std::vector<domain::Consultation>> ListConsultations(AppEnv& env,
                                                                  RequestContext& context,
                                                                  base::PatientId patient);
// The patient's Fitzpatrick assessments, oldest first.
base::Result<std::vector<domain::SkinTypeAssessment>> ListSkinTypes(AppEnv& env,
                                                                    RequestContext& context,
                                                                    base::PatientId patient);

// Plans the series for a consultation with the protocol version that screened it (recorded in
// the plan). kFailedPrecondition if the screening verdict is not_eligible.
base::Result<domain::TreatmentPlan> CreatePlan(AppEnv& env, RequestContext& context,
                                               base::ConsultationId consultation);
base::Result<domain::TreatmentPlan> GetPlan(AppEnv& env, RequestContext& context, base::PlanId id);
base::Result<std::vector<domain::TreatmentPlan>> ListPlans(AppEnv& env, RequestContext& context,
                                                           base::PatientId patient);

struct EditedPlan {
  domain::TreatmentPlan plan;
  std::vector<std::string> warnings;  // overrides and spacing the clinician should see
};

// Applies `edit` to version `version` of plan `id` under the protocol's rules
// (protocol::ApplyPlanEdit): kInvalidArgument with JSON paths into the edit, kFailedPrecondition
// for a closed plan, a refused transition or an activation the screening does not allow,
// kPermissionDenied when anyone but a provider overrides a finding, kConflict for a stale version.
base::Result<EditedPlan> EditPlan(AppEnv& env, RequestContext& context, base::PlanId id,
                                  int64_t version, const domain::PlanEdit& edit);

}  // namespace needlepoint::app
