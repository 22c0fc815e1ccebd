// Consultations, treatment plans and skin-type assessments. The intake, screening and plan
// are stored as the contract's JSON (written and read back through contract/), so the
// database holds exactly what the API and the CLI speak; a stored document that no longer
// reads is an internal error naming the record, never a silent default.
#include <nlohmann/json.hpp>

#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/storage/sql/sql_repositories.h"
#include "needlepoint/storage/sql/stored_json.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::Consultation;
using domain::TreatmentPlan;

constexpr std::string_view kConsultationColumns =
    "clinic_id, id, patient_id, recorded_by, intake_json, screening_json, created_us";

Result<Consultation> ReadConsultation(const SqlRow& row) {
  Consultation consultation{.clinic_id = row.Id<base::ClinicId>(0),
                            .id = row.Id<base::ConsultationId>(1),
                            .patient_id = row.Id<base::PatientId>(2),
                            .recorded_by = row.Id<base::UserId>(3),
                            .intake = {},
                            .screening = {},
                            .created_at = row.Time(6)};
  const std::string record = "consultation " + consultation.id.ToString();
  // Stored intakes are history: earlier versions accepted dates v2 refuses, so only their
  // shape is checked here.
  NP_ASSIGN_OR_RETURN(consultation.intake,
                      ReadStored<domain::Intake>(row.Text(4), record, [](const auto& doc) {
                        return contract::ParseIntake(doc, {.stored = true});
                      }));
  NP_ASSIGN_OR_RETURN(consultation.screening,
                      ReadStored<domain::Screening>(row.Text(5), record, [](const auto& doc) {
                        return contract::ParseScreening(doc);
                      }));
  return consultation;
}

constexpr std::string_view kPlanColumns =
    "clinic_id, id, patient_id, consultation_id, status, plan_json, protocol_name, "
    "protocol_version, created_by, created_us, updated_us, version, interval_override_reason";

Result<TreatmentPlan> ReadPlan(const SqlRow& row) {
  TreatmentPlan plan{.clinic_id = row.Id<base::ClinicId>(0),
                     .id = row.Id<base::PlanId>(1),
                     .patient_id = row.Id<base::PatientId>(2),
                     .consultation_id = row.Id<base::ConsultationId>(3),
                     .status = domain::PlanStatus::kProposed,
                     .plan = {},
                     .zones = {},
                     .interval_override_reason = row.Text(12),
                     .overrides = {},
                     .protocol = {row.Text(6), row.Text(7)},
                     .created_by = row.Id<base::UserId>(8),
                     .created_at = row.Time(9),
                     .updated_at = row.Time(10),
                     .version = row.Int(11)};
  const std::string record = "treatment plan " + plan.id.ToString();
  std::optional<domain::PlanStatus> status = domain::ParseCode<domain::PlanStatus>(row.Text(4));
  if (!status) return base::Fail(base::Internal(record + ": unknown status " + row.Text(4)));
  plan.status = *status;
  NP_ASSIGN_OR_RETURN(plan.plan, ReadStored<domain::Plan>(row.Text(5), record, [](const auto& doc) {
                        return contract::ParsePlan(doc);
                      }));
  return plan;
}

}  // namespace

// ---- Consultations --------------------------------------------------------------------------

Result<Consultation> SqlConsultations::Create(const Consultation& consultation) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const domain::Screening& screening = consultation.screening;
  NP_RETURN_IF_ERROR(
      c_.session.Execute("INSERT INTO consultations (clinic_id, id, patient_id, recorded_by, "
                         "intake_json, screening_json, verdict, earliest_date, protocol_name, "
                         "protocol_version, created_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         {c_.clinic, id, consultation.patient_id, consultation.recorded_by,
                          contract::IntakeToJson(consultation.intake).dump(),
                          contract::ScreeningToJson(screening).dump(),
                          domain::CodeName(screening.verdict), screening.earliest_date,
                          screening.protocol.name, screening.protocol.version, c_.clock.Now()}));
  return Get(base::ConsultationId(id));
}

Result<Consultation> SqlConsultations::Get(base::ConsultationId id) {
  static const std::string sql = "SELECT " + std::string(kConsultationColumns) +
                                 " FROM consultations WHERE clinic_id = ? AND id = ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("consultation not found"));
  return ReadConsultation(rows.front());
}

Result<std::vector<Consultation>> SqlConsultations::ListForPatient(base::PatientId patient) {
  static const std::string sql = "SELECT " + std::string(kConsultationColumns) +
                                 " FROM consultations WHERE clinic_id = ? AND patient_id = ? "
                                 "ORDER BY created_us DESC, id DESC";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, patient}));
  std::vector<Consultation> out;
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(Consultation consultation, ReadConsultation(row));
    out.push_back(std::move(consultation));
  }
  return out;
}

// ---- Skin types -----------------------------------------------------------------------------

base::Status SqlSkinTypes::Record(const domain::SkinTypeAssessment& assessment) {
  NP_ASSIGN_OR_RETURN(SqlRows next,
                      c_.session.Query("SELECT coalesce(max(seq), 0) + 1 FROM "
                                       "skin_type_assessments WHERE clinic_id = ? AND "
                                       "patient_id = ?",
                                       {c_.clinic, assessment.patient_id}));
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO skin_type_assessments (clinic_id, patient_id, seq, fitzpatrick, previous, "
      "consultation_id, assessed_by, assessed_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, assessment.patient_id, next.front().Int(0), assessment.fitzpatrick,
       assessment.previous, assessment.consultation_id, assessment.assessed_by, c_.clock.Now()}));
  return base::OkStatus();
}

Result<std::vector<domain::SkinTypeAssessment>> SqlSkinTypes::ListForPatient(
    base::PatientId patient) {
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT patient_id, fitzpatrick, previous, consultation_id, assessed_by, "
                       "assessed_us FROM skin_type_assessments WHERE clinic_id = ? AND "
                       "patient_id = ? ORDER BY assessed_us, seq",
                       {c_.clinic, patient}));
  std::vector<domain::SkinTypeAssessment> out;
  for (const SqlRow& row : rows) {
    std::optional<int64_t> previous = row.OptInt(2);
    out.push_back(
        {.patient_id = row.Id<base::PatientId>(0),
         .fitzpatrick = static_cast<int>(row.Int(1)),
         .previous = previous ? std::optional<int>(static_cast<int>(*previous)) : std::nullopt,
         .consultation_id = row.OptId<base::ConsultationId>(3),
         .assessed_by = row.Id<base::UserId>(4),
         .assessed_at = row.Time(5)});
  }
  return out;
}

// ---- Plans ----------------------------------------------------------------------------------

base::Status SqlPlans::WriteParts(const TreatmentPlan& plan) {
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "DELETE FROM plan_zones WHERE clinic_id = ? AND plan_id = ?", {c_.clinic, plan.id}));
  for (const domain::StoredZone& zone : plan.zones) {
    NP_RETURN_IF_ERROR(c_.session.Execute(
        "INSERT INTO plan_zones (clinic_id, plan_id, zone, depth_min_um, "
        "depth_max_um, protocol_min_um, protocol_max_um, override_reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {c_.clinic, plan.id, domain::CodeName(zone.zone), zone.depth.min.micrometres(),
         zone.depth.max.micrometres(), zone.protocol_depth.min.micrometres(),
         zone.protocol_depth.max.micrometres(), zone.override_reason}));
  }
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "DELETE FROM plan_overrides WHERE clinic_id = ? AND plan_id = ?", {c_.clinic, plan.id}));
  for (const domain::FindingOverride& override : plan.overrides) {
    NP_RETURN_IF_ERROR(c_.session.Execute(
        "INSERT INTO plan_overrides (clinic_id, plan_id, finding, reason, overridden_by, "
        "overridden_us) VALUES (?, ?, ?, ?, ?, ?)",
        {c_.clinic, plan.id, domain::CodeName(override.finding), override.reason, override.by,
         override.at}));
  }
  return base::OkStatus();
}

Result<TreatmentPlan> SqlPlans::ReadParts(TreatmentPlan plan) {
  NP_ASSIGN_OR_RETURN(SqlRows rows,
                      c_.session.Query("SELECT zone, depth_min_um, depth_max_um, protocol_min_um, "
                                       "protocol_max_um, override_reason FROM plan_zones "
                                       "WHERE clinic_id = ? AND plan_id = ?",
                                       {c_.clinic, plan.id}));
  const std::string record = "treatment plan " + plan.id.ToString();
  auto depth = [](int64_t um) { return domain::Depth::FromMicrometres(static_cast<int32_t>(um)); };
  for (const SqlRow& row : rows) {
    std::optional<domain::Zone> zone = domain::ParseCode<domain::Zone>(row.Text(0));
    if (!zone) return base::Fail(base::Internal(record + ": unknown zone " + row.Text(0)));
    plan.zones.push_back({.zone = *zone,
                          .depth = {depth(row.Int(1)), depth(row.Int(2))},
                          .protocol_depth = {depth(row.Int(3)), depth(row.Int(4))},
                          .override_reason = row.Text(5)});
  }
  std::sort(plan.zones.begin(), plan.zones.end(),
            [](const auto& a, const auto& b) { return a.zone < b.zone; });
  NP_ASSIGN_OR_RETURN(SqlRows overrides,
                      c_.session.Query("SELECT finding, reason, overridden_by, overridden_us "
                                       "FROM plan_overrides WHERE clinic_id = ? AND plan_id = ? "
                                       "ORDER BY overridden_us, finding",
                                       {c_.clinic, plan.id}));
  for (const SqlRow& row : overrides) {
    std::optional<domain::FindingCode> finding =
        domain::ParseCode<domain::FindingCode>(row.Text(0));
    if (!finding) return base::Fail(base::Internal(record + ": unknown finding " + row.Text(0)));
    plan.overrides.push_back({*finding, row.Text(1), row.Id<base::UserId>(2), row.Time(3)});
  }
  return plan;
}

Result<TreatmentPlan> SqlPlans::Create(const TreatmentPlan& plan) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const base::Timestamp now = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO treatment_plans (clinic_id, id, patient_id, consultation_id, "
      "status, sessions, interval_min_days, interval_max_days, plan_json, "
      "protocol_name, protocol_version, created_by, created_us, updated_us, version, "
      "interval_override_reason) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
      {c_.clinic, id, plan.patient_id, plan.consultation_id, domain::CodeName(plan.status),
       plan.plan.sessions, plan.plan.interval.min, plan.plan.interval.max,
       contract::PlanToJson(plan.plan).dump(), plan.protocol.name, plan.protocol.version,
       plan.created_by, now, now, plan.interval_override_reason}));
  TreatmentPlan stored = plan;
  stored.id = base::PlanId(id);
  NP_RETURN_IF_ERROR(WriteParts(stored));
  return Get(stored.id);
}

Result<TreatmentPlan> SqlPlans::Get(base::PlanId id) {
  static const std::string sql = "SELECT " + std::string(kPlanColumns) +
                                 " FROM treatment_plans WHERE clinic_id = ? AND id = ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("treatment plan not found"));
  NP_ASSIGN_OR_RETURN(TreatmentPlan plan, ReadPlan(rows.front()));
  return ReadParts(std::move(plan));
}

Result<TreatmentPlan> SqlPlans::Update(const TreatmentPlan& plan) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE treatment_plans SET status = ?, sessions = ?, "
          "interval_min_days = ?, interval_max_days = ?, plan_json = ?, "
          "interval_override_reason = ?, updated_us = ?, "
          "version = version + 1 WHERE clinic_id = ? AND id = ? AND version = ?",
          {domain::CodeName(plan.status), plan.plan.sessions, plan.plan.interval.min,
           plan.plan.interval.max, contract::PlanToJson(plan.plan).dump(),
           plan.interval_override_reason, c_.clock.Now(), c_.clinic, plan.id, plan.version}));
  if (changed == 0) {
    NP_RETURN_IF_ERROR(Get(plan.id));
    return base::Fail(base::Conflict("the plan was changed by someone else; reload and retry"));
  }
  NP_RETURN_IF_ERROR(WriteParts(plan));
  return Get(plan.id);
}

Result<std::vector<TreatmentPlan>> SqlPlans::ListForPatient(base::PatientId patient) {
  static const std::string sql = "SELECT " + std::string(kPlanColumns) +
                                 " FROM treatment_plans WHERE clinic_id = ? AND patient_id = ? "
                                 "ORDER BY created_us DESC, id DESC";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, patient}));
  std::vector<TreatmentPlan> out;
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(TreatmentPlan plan, ReadPlan(row));
    NP_ASSIGN_OR_RETURN(plan, ReadParts(std::move(plan)));
    out.push_back(std::move(plan));
  }
  return out;
}

}  // namespace needlepoint::storage::sql
