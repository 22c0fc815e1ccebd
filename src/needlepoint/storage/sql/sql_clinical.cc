// Consultations and treatment plans.
#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::Consultation;
using domain::TreatmentPlan;

constexpr std::string_view kConsultationColumns =
    "clinic_id, id, patient_id, recorded_by, intake_json, screening_json, verdict, "
    "earliest_date, protocol_name, protocol_version, created_us";

Consultation ReadConsultation(const SqlRow& row) {
  return {
      .clinic_id = row.Id<base::ClinicId>(0),
      .id = row.Id<base::ConsultationId>(1),
      .patient_id = row.Id<base::PatientId>(2),
      .recorded_by = row.Id<base::UserId>(3),
      .intake_json = row.Text(4),
      .screening_json = row.Text(5),
      .verdict =
          domain::ParseCode<domain::Verdict>(row.Text(6)).value_or(domain::Verdict::kNotEligible),
      .earliest_date = row.OptDate(7),
      .protocol = {row.Text(8), row.Text(9)},
      .created_at = row.Time(10)};
}

constexpr std::string_view kPlanColumns =
    "clinic_id, id, patient_id, consultation_id, status, sessions, interval_min_days, "
    "interval_max_days, plan_json, protocol_name, protocol_version, created_by, created_us, "
    "updated_us, version, interval_override_reason";

TreatmentPlan ReadPlan(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::PlanId>(1),
          .patient_id = row.Id<base::PatientId>(2),
          .consultation_id = row.Id<base::ConsultationId>(3),
          .status = domain::ParseCode<domain::PlanStatus>(row.Text(4))
                        .value_or(domain::PlanStatus::kCancelled),
          .sessions = static_cast<int>(row.Int(5)),
          .interval_min_days = static_cast<int>(row.Int(6)),
          .interval_max_days = static_cast<int>(row.Int(7)),
          .interval_override_reason = row.Text(15),
          .zones = {},
          .plan_json = row.Text(8),
          .protocol = {row.Text(9), row.Text(10)},
          .created_by = row.Id<base::UserId>(11),
          .created_at = row.Time(12),
          .updated_at = row.Time(13),
          .version = row.Int(14)};
}

}  // namespace

// ---- Consultations --------------------------------------------------------------------------

Result<Consultation> SqlConsultations::Create(const Consultation& consultation) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO consultations (clinic_id, id, patient_id, recorded_by, "
      "intake_json, screening_json, verdict, earliest_date, protocol_name, "
      "protocol_version, created_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, id, consultation.patient_id, consultation.recorded_by, consultation.intake_json,
       consultation.screening_json, domain::CodeName(consultation.verdict),
       consultation.earliest_date, consultation.protocol.name, consultation.protocol.version,
       c_.clock.Now()}));
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
  for (const SqlRow& row : rows) out.push_back(ReadConsultation(row));
  return out;
}

// ---- Plans ----------------------------------------------------------------------------------

base::Status SqlPlans::WriteZones(const TreatmentPlan& plan) {
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
  return base::OkStatus();
}

Result<TreatmentPlan> SqlPlans::ReadZones(TreatmentPlan plan) {
  NP_ASSIGN_OR_RETURN(SqlRows rows,
                      c_.session.Query("SELECT zone, depth_min_um, depth_max_um, protocol_min_um, "
                                       "protocol_max_um, override_reason FROM plan_zones "
                                       "WHERE clinic_id = ? AND plan_id = ?",
                                       {c_.clinic, plan.id}));
  for (const SqlRow& row : rows) {
    domain::StoredZone zone;
    zone.zone = domain::ParseCode<domain::Zone>(row.Text(0)).value_or(domain::Zone::kForehead);
    zone.depth = {domain::Depth::FromMicrometres(static_cast<int32_t>(row.Int(1))),
                  domain::Depth::FromMicrometres(static_cast<int32_t>(row.Int(2)))};
    zone.protocol_depth = {domain::Depth::FromMicrometres(static_cast<int32_t>(row.Int(3))),
                           domain::Depth::FromMicrometres(static_cast<int32_t>(row.Int(4)))};
    zone.override_reason = row.Text(5);
    plan.zones.push_back(std::move(zone));
  }
  std::sort(plan.zones.begin(), plan.zones.end(),
            [](const auto& a, const auto& b) { return a.zone < b.zone; });
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
       plan.sessions, plan.interval_min_days, plan.interval_max_days, plan.plan_json,
       plan.protocol.name, plan.protocol.version, plan.created_by, now, now,
       plan.interval_override_reason}));
  TreatmentPlan stored = plan;
  stored.id = base::PlanId(id);
  NP_RETURN_IF_ERROR(WriteZones(stored));
  return Get(stored.id);
}

Result<TreatmentPlan> SqlPlans::Get(base::PlanId id) {
  static const std::string sql = "SELECT " + std::string(kPlanColumns) +
                                 " FROM treatment_plans WHERE clinic_id = ? AND id = ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("treatment plan not found"));
  return ReadZones(ReadPlan(rows.front()));
}

Result<TreatmentPlan> SqlPlans::Update(const TreatmentPlan& plan) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute("UPDATE treatment_plans SET status = ?, sessions = ?, "
                         "interval_min_days = ?, interval_max_days = ?, "
                         "interval_override_reason = ?, updated_us = ?, "
                         "version = version + 1 WHERE clinic_id = ? AND id = ? AND version = ?",
                         {domain::CodeName(plan.status), plan.sessions, plan.interval_min_days,
                          plan.interval_max_days, plan.interval_override_reason, c_.clock.Now(),
                          c_.clinic, plan.id, plan.version}));
  if (changed == 0) {
    NP_RETURN_IF_ERROR(Get(plan.id));
    return base::Fail(base::Conflict("the plan was changed by someone else; reload and retry"));
  }
  NP_RETURN_IF_ERROR(WriteZones(plan));
  return Get(plan.id);
}

Result<std::vector<TreatmentPlan>> SqlPlans::ListForPatient(base::PatientId patient) {
  static const std::string sql = "SELECT " + std::string(kPlanColumns) +
                                 " FROM treatment_plans WHERE clinic_id = ? AND patient_id = ? "
                                 "ORDER BY created_us DESC, id DESC";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, patient}));
  std::vector<TreatmentPlan> out;
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(TreatmentPlan plan, ReadZones(ReadPlan(row)));
    out.push_back(std::move(plan));
  }
  return out;
}

}  // namespace needlepoint::storage::sql
