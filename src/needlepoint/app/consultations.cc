#include "needlepoint/app/consultations.h"

#include "needlepoint/app/patients.h"
#include "needlepoint/contract/intake_json.h"
#include "needlepoint/protocol/plan_editing.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/screen.h"

namespace needlepoint::app {
namespace {

// Opens a read transaction, runs `read` in it, and appends the read's audit row.
template <typename T, typename Read>
base::Result<T> AuditedRead(AppEnv& env, RequestContext& context, std::string action,
                            std::string object_type, std::string object_id,
                            std::optional<base::PatientId> patient, Read read) {
  base::Result<T> result = [&]() -> base::Result<T> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    return read(*tx);
  }();
  AuditRead(context, std::move(action), std::move(object_type), std::move(object_id), patient,
            result);
  return result;
}

// A duplicate merged into another record takes no new clinical records: they belong on the
// real one.
base::Status NotMerged(const domain::Patient& patient) {
  if (!patient.merged_into) return base::OkStatus();
  return base::FailedPrecondition("this record was merged into patient " +
                                  patient.merged_into->ToString() + "; record it there");
}

}  // namespace

domain::TreatmentPlan NewTreatmentPlan(const domain::Consultation& consultation,
                                       const domain::Plan& computed, domain::PlanStatus status,
                                       base::UserId created_by) {
  domain::TreatmentPlan plan;
  plan.patient_id = consultation.patient_id;
  plan.consultation_id = consultation.id;
  plan.status = status;
  plan.plan = computed;
  plan.protocol = consultation.screening.protocol;
  plan.created_by = created_by;
  for (const domain::ZonePlan& zone : computed.zones) {
    plan.zones.push_back({zone.zone, zone.depth, zone.depth, ""});
  }
  return plan;
}

base::Result<PatientIntake> ReadPatientIntake(AppEnv& env, storage::Transaction& tx,
                                              base::PatientId patient_id,
                                              const nlohmann::json& intake_document) {
  PatientIntake read;
  NP_ASSIGN_OR_RETURN(base::CivilDate today, ClinicToday(env, tx));
  NP_ASSIGN_OR_RETURN(read.protocol, env.protocols.Active(tx));
  NP_ASSIGN_OR_RETURN(read.patient, tx.patients().Get(patient_id));
  NP_RETURN_IF_ERROR(NotMerged(read.patient));
  NP_ASSIGN_OR_RETURN(
      read.intake,
      contract::ParseIntake(intake_document, {.today = today,
                                              .path_prefix = "/intake",
                                              .aliases = &read.protocol->aliases,
                                              .record_birth_date = read.patient.birth_date,
                                              .record_fitzpatrick = read.patient.fitzpatrick,
                                              .latest_assessment = today}));
  // The intake belongs to its patient: never screen someone else's age.
  if (read.intake.birth_date != read.patient.birth_date) {
    return base::Fail(base::Status::WithProblems(
        base::StatusCode::kFailedPrecondition,
        {{"/intake/patient/birth_date",
          "does not match the patient's record; correct the record or the intake (or omit "
          "it: the record's is used)"}},
        "the intake's birth date is not the patient's"));
  }
  return read;
}

base::Result<RecordedConsultation> SubmitConsultation(AppEnv& env, RequestContext& context,
                                                      base::PatientId patient_id,
                                                      const nlohmann::json& intake_document) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(PatientIntake read, ReadPatientIntake(env, *tx, patient_id, intake_document));
  domain::Patient& patient = read.patient;
  const domain::Intake& intake = read.intake;
  const protocol::Protocol& protocol = *read.protocol;
  RecordedConsultation recorded;
  NP_ASSIGN_OR_RETURN(recorded.consultation,
                      tx->consultations().Create({.patient_id = patient_id,
                                                  .recorded_by = context.principal.user,
                                                  .intake = intake,
                                                  .screening = protocol::Screen(protocol, intake),
                                                  .created_at = {}}));
  const domain::Consultation& stored = recorded.consultation;
  std::string detail = "verdict " + std::string(domain::CodeName(stored.screening.verdict));
  if (patient.fitzpatrick != intake.fitzpatrick) {
    domain::SkinTypeAssessment change{.patient_id = patient_id,
                                      .fitzpatrick = intake.fitzpatrick,
                                      .previous = patient.fitzpatrick,
                                      .consultation_id = stored.id,
                                      .assessed_by = context.principal.user,
                                      .assessed_at = env.clock.Now()};
    NP_RETURN_IF_ERROR(tx->skin_types().Record(change));
    patient.fitzpatrick = intake.fitzpatrick;
    NP_RETURN_IF_ERROR(tx->patients().Update(patient));
    detail += "; fitzpatrick " +
              (change.previous ? std::to_string(*change.previous) : std::string("unassessed")) +
              " -> " + std::to_string(change.fitzpatrick);
    recorded.skin_type_change = change;
  }
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("consultation.create", "consultation", stored.id.ToString(),
                                       patient_id, domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return recorded;
}

base::Result<domain::Consultation> GetConsultation(AppEnv& env, RequestContext& context,
                                                   base::ConsultationId id) {
  std::optional<base::PatientId> owner;
  base::Result<domain::Consultation> consultation = [&]() -> base::Result<domain::Consultation> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(domain::Consultation found, tx->consultations().Get(id));
    owner = found.patient_id;
    return found;
  }();
  AuditRead(context, "consultation.read", "consultation", id.ToString(), owner, consultation);
  return consultation;
}

base::Result<std::vector<domain::Consultation>> ListConsultations(AppEnv& env,
                                                                  RequestContext& context,
                                                                  base::PatientId patient) {
  using List = std::vector<domain::Consultation>;
  return AuditedRead<List>(env, context, "consultation.list", "patient", patient.ToString(),
                           patient, [&](storage::Transaction& tx) -> base::Result<List> {
                             NP_RETURN_IF_ERROR(tx.patients().Get(patient));
                             return tx.consultations().ListForPatient(patient);
                           });
}

base::Result<std::vector<domain::SkinTypeAssessment>> ListSkinTypes(AppEnv& env,
                                                                    RequestContext& context,
                                                                    base::PatientId patient) {
  using List = std::vector<domain::SkinTypeAssessment>;
  return AuditedRead<List>(env, context, "patient.skin_types", "patient", patient.ToString(),
                           patient, [&](storage::Transaction& tx) -> base::Result<List> {
                             NP_RETURN_IF_ERROR(tx.patients().Get(patient));
                             return tx.skin_types().ListForPatient(patient);
                           });
}

base::Result<domain::TreatmentPlan> CreatePlan(AppEnv& env, RequestContext& context,
                                               base::ConsultationId consultation_id) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::Consultation consultation, tx->consultations().Get(consultation_id));
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(consultation.patient_id));
  NP_RETURN_IF_ERROR(NotMerged(patient));
  if (consultation.screening.verdict == domain::Verdict::kNotEligible) {
    return base::Fail(base::FailedPrecondition(
        "the screening verdict is not_eligible: no treatment plan can be made"));
  }
  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.ForRef(*tx, consultation.screening.protocol));
  const domain::Plan computed =
      protocol::MakePlan(*protocol, consultation.intake, consultation.screening);
  NP_ASSIGN_OR_RETURN(
      domain::TreatmentPlan stored,
      tx->plans().Create(NewTreatmentPlan(consultation, computed, domain::PlanStatus::kProposed,
                                          context.principal.user)));
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
                                  int64_t version, const domain::PlanEdit& edit) {
  // Setting a deferral aside is a clinical judgement: the treating provider's alone.
  if (!edit.overrides.empty() && context.principal.role != domain::Role::kProvider) {
    return base::Fail(base::PermissionDenied("only a provider may override a finding"));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, tx->plans().Get(id));
  NP_ASSIGN_OR_RETURN(domain::Consultation consultation,
                      tx->consultations().Get(plan.consultation_id));
  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.ForRef(*tx, plan.protocol));
  NP_ASSIGN_OR_RETURN(protocol::EditOutcome outcome,
                      protocol::ApplyPlanEdit(*protocol, consultation, std::move(plan), edit,
                                              context.principal.user, env.clock.Now()));
  outcome.plan.version = version;
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan updated, tx->plans().Update(outcome.plan));
  // The audit detail names what changed, never the free-text reasons (they may hold PHI).
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("plan.update", "plan", id.ToString(), updated.patient_id,
                                       domain::AuditOutcome::kSuccess, outcome.audit_detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return EditedPlan{std::move(updated), std::move(outcome.warnings)};
}

}  // namespace needlepoint::app
