#include "needlepoint/app/consultations.h"

#include "needlepoint/app/patients.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/safety_limits.h"
#include "needlepoint/protocol/screening.h"

namespace needlepoint::app {
namespace {

using domain::Depth;

constexpr size_t kMaxReason = 500;

}  // namespace

domain::Consultation NewConsultation(base::PatientId patient, base::UserId recorded_by,
                                     const domain::Intake& intake,
                                     const domain::Screening& screening,
                                     const domain::ProtocolRef& protocol) {
  domain::Consultation consultation;
  consultation.patient_id = patient;
  consultation.recorded_by = recorded_by;
  consultation.intake_json = contract::IntakeToJson(intake).dump();
  consultation.screening_json = contract::ScreeningToJson(screening).dump();
  consultation.verdict = screening.verdict;
  consultation.earliest_date = screening.earliest_date;
  consultation.protocol = protocol;
  return consultation;
}

domain::TreatmentPlan NewTreatmentPlan(const domain::Consultation& consultation,
                                       const domain::Plan& computed, domain::PlanStatus status,
                                       const domain::ProtocolRef& protocol,
                                       base::UserId created_by) {
  domain::TreatmentPlan plan;
  plan.patient_id = consultation.patient_id;
  plan.consultation_id = consultation.id;
  plan.status = status;
  plan.sessions = computed.sessions;
  plan.interval_min_days = computed.interval.min;
  plan.interval_max_days = computed.interval.max;
  plan.plan_json = contract::PlanToJson(computed).dump();
  plan.protocol = protocol;
  plan.created_by = created_by;
  for (const domain::ZonePlan& zone : computed.zones) {
    plan.zones.push_back({zone.zone, zone.depth, zone.depth, ""});
  }
  return plan;
}

base::Result<domain::Consultation> SubmitConsultation(AppEnv& env, RequestContext& context,
                                                      base::PatientId patient,
                                                      const nlohmann::json& intake_document) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(base::CivilDate today, ClinicToday(env, *tx));
  base::Result<domain::Intake> intake = contract::ParseIntake(intake_document, today);
  if (!intake) {
    // Paths are reported relative to the request body, where the intake sits under /intake.
    std::vector<base::FieldProblem> problems;
    for (const base::FieldProblem& problem : intake.error().problems()) {
      problems.push_back({"/intake" + (problem.path == "/" ? "" : problem.path), problem.message});
    }
    return base::Fail(base::Status::Invalid(std::move(problems), intake.error().message()));
  }
  NP_RETURN_IF_ERROR(tx->patients().Get(patient));
  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.Active(*tx));
  const domain::Screening screening = protocol::Screen(*protocol, *intake);
  NP_ASSIGN_OR_RETURN(domain::Consultation stored,
                      tx->consultations().Create(NewConsultation(
                          patient, context.principal.user, *intake, screening, protocol->ref)));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("consultation.create", "consultation", stored.id.ToString(), patient,
                    domain::AuditOutcome::kSuccess,
                    "verdict " + std::string(domain::CodeName(screening.verdict)))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return stored;
}

base::Result<domain::Consultation> GetConsultation(AppEnv& env, RequestContext& context,
                                                   base::ConsultationId id) {
  base::Result<domain::Consultation> consultation = [&]() -> base::Result<domain::Consultation> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    return tx->consultations().Get(id);
  }();
  AuditRead(context, "consultation.read", "consultation", id.ToString(),
            consultation ? std::optional(consultation->patient_id) : std::nullopt, consultation);
  return consultation;
}

base::Result<std::vector<domain::Consultation>> ListConsultations(AppEnv& env,
                                                                  RequestContext& context,
                                                                  base::PatientId patient) {
  using List = std::vector<domain::Consultation>;
  base::Result<List> list = [&]() -> base::Result<List> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    return tx->consultations().ListForPatient(patient);
  }();
  AuditRead(context, "consultation.list", "patient", patient.ToString(), patient, list);
  return list;
}

base::Result<domain::TreatmentPlan> CreatePlan(AppEnv& env, RequestContext& context,
                                               base::ConsultationId consultation_id) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::Consultation consultation, tx->consultations().Get(consultation_id));
  // The stored intake is the canonical form of a validated one: it parses again.
  NP_ASSIGN_OR_RETURN(domain::Intake intake,
                      contract::ParseIntakeText(consultation.intake_json, base::CivilDate()));
  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.Active(*tx));
  const domain::PlanResult result = protocol::ScreenAndPlan(*protocol, intake);
  if (!result.plan) {
    return base::Fail(base::FailedPrecondition(
        "the screening verdict is not_eligible: no treatment plan can be made"));
  }
  NP_ASSIGN_OR_RETURN(
      domain::TreatmentPlan stored,
      tx->plans().Create(NewTreatmentPlan(consultation, *result.plan, domain::PlanStatus::kProposed,
                                          protocol->ref, context.principal.user)));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("plan.create", "plan", stored.id.ToString(), stored.patient_id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return stored;
}

base::Result<domain::TreatmentPlan> GetPlan(AppEnv& env, RequestContext& context, base::PlanId id) {
  std::optional<base::PatientId> owner;  // whose plan it is, if it exists
  bool denied = false;
  base::Result<domain::TreatmentPlan> plan = [&]() -> base::Result<domain::TreatmentPlan> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(domain::TreatmentPlan found, tx->plans().Get(id));
    owner = found.patient_id;
    if (!MaySee(context.principal, found.patient_id)) {
      denied = true;
      return base::Fail(base::NotFound("treatment plan not found"));
    }
    return found;
  }();
  AuditRead(context, "plan.read", "plan", id.ToString(), owner, plan, denied);
  return plan;
}

base::Result<std::vector<domain::TreatmentPlan>> ListPlans(AppEnv& env, RequestContext& context,
                                                           base::PatientId patient) {
  using List = std::vector<domain::TreatmentPlan>;
  const bool allowed = MaySee(context.principal, patient);
  base::Result<List> list = [&]() -> base::Result<List> {
    if (!allowed) return base::Fail(base::NotFound("patient not found"));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    return tx->plans().ListForPatient(patient);
  }();
  AuditRead(context, "plan.list", "patient", patient.ToString(), patient, list, !allowed);
  return list;
}

base::Result<EditedPlan> EditPlan(AppEnv& env, RequestContext& context, base::PlanId id,
                                  const PlanEdit& edit) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, tx->plans().Get(id));
  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.Active(*tx));
  EditedPlan result;
  std::vector<base::FieldProblem> problems;
  std::string overrides;
  for (size_t i = 0; i < edit.zones.size(); ++i) {
    const ZoneEdit& change = edit.zones[i];
    const std::string path = "/zones/" + std::to_string(i);
    auto stored = std::find_if(plan.zones.begin(), plan.zones.end(),
                               [&](const auto& z) { return z.zone == change.zone; });
    if (stored == plan.zones.end()) {
      problems.push_back({path + "/zone", "the plan has no zone '" +
                                              std::string(domain::CodeName(change.zone)) + "'"});
      continue;
    }
    const Depth hard =
        std::min(protocol->zone(change.zone).hard_max, protocol::ZoneCeiling(change.zone));
    if (change.depth.min <= Depth() || change.depth.min > change.depth.max) {
      problems.push_back({path + "/depth_mm", "min must be positive and not above max"});
      continue;
    }
    if (change.depth.max > hard) {
      problems.push_back(
          {path + "/depth_mm/max", "depth max " + change.depth.max.ToString() +
                                       " exceeds zone hard maximum " + hard.ToString() + " for '" +
                                       std::string(domain::CodeName(change.zone)) + "'"});
      continue;
    }
    const bool outside = change.depth.min < stored->protocol_depth.min ||
                         change.depth.max > stored->protocol_depth.max;
    if (outside && change.reason.empty()) {
      problems.push_back({path + "/reason", "is required: the depth leaves the protocol's range " +
                                                stored->protocol_depth.min.ToString() + "-" +
                                                stored->protocol_depth.max.ToString() + " mm"});
      continue;
    }
    if (change.reason.size() > kMaxReason) {
      problems.push_back({path + "/reason", "must be at most 500 bytes"});
      continue;
    }
    stored->depth = change.depth;
    stored->override_reason = outside ? change.reason : "";
    if (outside) {
      overrides += (overrides.empty() ? "" : ", ") + std::string(domain::CodeName(change.zone));
      result.warnings.push_back("depth for " + std::string(domain::CodeName(change.zone)) +
                                " is outside the protocol's range; the reason is recorded");
    }
  }
  const int interval_min = edit.interval_min_days.value_or(plan.interval_min_days);
  const int interval_max = edit.interval_max_days.value_or(plan.interval_max_days);
  if (interval_min < 1 || interval_max < interval_min || interval_max > 365) {
    problems.push_back({"/interval_days", "must satisfy 1 <= min <= max <= 365"});
  } else if (interval_min < protocol->series.interval.min) {
    if (edit.interval_reason.empty() && plan.interval_override_reason.empty()) {
      problems.push_back(
          {"/interval_days/reason", "is required: " + std::to_string(interval_min) +
                                        " days is below the protocol's minimum of " +
                                        std::to_string(protocol->series.interval.min)});
    } else {
      result.warnings.push_back(
          "an interval of " + std::to_string(interval_min) + " days is below the protocol's " +
          std::to_string(protocol->series.interval.min) +
          "; trials used 2-week intervals, so it is allowed with the recorded reason");
      if (!edit.interval_reason.empty()) plan.interval_override_reason = edit.interval_reason;
    }
  } else {
    plan.interval_override_reason.clear();
  }
  if (edit.interval_reason.size() > kMaxReason) {
    problems.push_back({"/interval_days/reason", "must be at most 500 bytes"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  plan.interval_min_days = interval_min;
  plan.interval_max_days = interval_max;
  if (edit.status) plan.status = *edit.status;
  plan.version = edit.version;
  NP_ASSIGN_OR_RETURN(result.plan, tx->plans().Update(plan));
  // The audit detail names what was overridden, never the free-text reason (it may hold PHI).
  std::string detail = overrides.empty() ? "" : "depth override: " + overrides;
  if (!plan.interval_override_reason.empty() && interval_min < protocol->series.interval.min) {
    detail += (detail.empty() ? "" : "; ") + std::string("interval override");
  }
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("plan.update", "plan", id.ToString(), plan.patient_id,
                                       domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return result;
}

}  // namespace needlepoint::app
