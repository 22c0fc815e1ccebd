// Consultations and treatment plans (the twin of sql_clinical.cc).
#include <algorithm>
#include <set>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::Consultation;
using domain::TreatmentPlan;

constexpr int32_t kDeepestUm = 2500;  // plan_zones: no depth above 2.5 mm, ever

// Newest first: created_at descending, then id descending.
template <typename T>
void SortNewestFirst(std::vector<T>& rows) {
  std::sort(rows.begin(), rows.end(), [](const T& a, const T& b) {
    return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
  });
}

// The treatment_plans and plan_overrides CHECK constraints.
base::Status CheckPlanValues(const TreatmentPlan& plan) {
  const domain::Plan& series = plan.plan;
  if (series.sessions < 1 || series.sessions > 12 || series.interval.min < 1 ||
      series.interval.max < series.interval.min) {
    return SchemaViolation();
  }
  for (const domain::FindingOverride& override : plan.overrides) {
    if (override.reason.empty() || override.reason.size() > 500) return SchemaViolation();
  }
  return base::OkStatus();
}

// The plan_zones CHECK constraints and primary key, zone by zone as SQL inserts them.
base::Status CheckZones(const std::vector<domain::StoredZone>& zones) {
  std::set<domain::Zone> seen;
  for (const domain::StoredZone& zone : zones) {
    const int32_t min = zone.depth.min.micrometres();
    const int32_t max = zone.depth.max.micrometres();
    if (min <= 0 || max < min || max > kDeepestUm) return SchemaViolation();
    if (!seen.insert(zone.zone).second) return DuplicateKey();
  }
  return base::OkStatus();
}

std::vector<domain::StoredZone> SortedZones(std::vector<domain::StoredZone> zones) {
  std::sort(zones.begin(), zones.end(),
            [](const auto& a, const auto& b) { return a.zone < b.zone; });
  return zones;
}

}  // namespace

// ---- Consultations --------------------------------------------------------------------------

Result<Consultation> MemoryConsultations::Create(const Consultation& consultation) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::ConsultationId id(c_.NextId());
  NP_RETURN_IF_ERROR(CheckReference(c_.data().patients, consultation.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(c_.data().users, consultation.recorded_by));
  Consultation stored = consultation;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.created_at = c_.Now();
  c_.Mutable().consultations[id] = stored;
  return stored;
}

Result<Consultation> MemoryConsultations::Get(base::ConsultationId id) {
  return FindRow(c_.data().consultations, id, "consultation");
}

Result<std::vector<Consultation>> MemoryConsultations::ListForPatient(base::PatientId patient) {
  std::vector<Consultation> out;
  for (const auto& [id, consultation] : c_.data().consultations) {
    if (consultation.patient_id == patient) out.push_back(consultation);
  }
  SortNewestFirst(out);
  return out;
}

// ---- Skin types -----------------------------------------------------------------------------

base::Status MemorySkinTypes::Record(const domain::SkinTypeAssessment& assessment) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const ClinicData& data = c_.data();
  if (assessment.fitzpatrick < 1 || assessment.fitzpatrick > 6 ||
      (assessment.previous && (*assessment.previous < 1 || *assessment.previous > 6))) {
    return SchemaViolation();
  }
  NP_RETURN_IF_ERROR(CheckReference(data.patients, assessment.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, assessment.assessed_by));
  if (assessment.consultation_id) {
    NP_RETURN_IF_ERROR(CheckReference(data.consultations, *assessment.consultation_id));
  }
  domain::SkinTypeAssessment stored = assessment;
  stored.assessed_at = c_.Now();
  c_.Mutable().skin_types.push_back(stored);
  return base::OkStatus();
}

Result<std::vector<domain::SkinTypeAssessment>> MemorySkinTypes::ListForPatient(
    base::PatientId patient) {
  std::vector<domain::SkinTypeAssessment> out;
  for (const domain::SkinTypeAssessment& assessment : c_.data().skin_types) {
    if (assessment.patient_id == patient) out.push_back(assessment);
  }
  // As SQL orders them: by time, then in the order recorded (a merge appends).
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.assessed_at < b.assessed_at; });
  return out;
}

// ---- Plans ----------------------------------------------------------------------------------

Result<TreatmentPlan> MemoryPlans::Create(const TreatmentPlan& plan) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::PlanId id(c_.NextId());
  NP_RETURN_IF_ERROR(CheckPlanValues(plan));
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.patients, plan.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.consultations, plan.consultation_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, plan.created_by));
  // Unlike SQL, which has stored the plan row by the time a zone fails, a failed Create
  // stores nothing.
  NP_RETURN_IF_ERROR(CheckZones(plan.zones));
  TreatmentPlan stored = plan;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.zones = SortedZones(plan.zones);
  stored.created_at = stored.updated_at = c_.Now();
  stored.version = 1;
  c_.Mutable().plans[id] = stored;
  return stored;
}

Result<TreatmentPlan> MemoryPlans::Get(base::PlanId id) {
  return FindRow(c_.data().plans, id, "treatment plan");
}

Result<TreatmentPlan> MemoryPlans::Update(const TreatmentPlan& plan) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  NP_ASSIGN_OR_RETURN(TreatmentPlan stored, Get(plan.id));
  if (stored.version != plan.version) {
    return base::Fail(base::Conflict("the plan was changed by someone else; reload and retry"));
  }
  NP_RETURN_IF_ERROR(CheckPlanValues(plan));
  NP_RETURN_IF_ERROR(CheckZones(plan.zones));
  // What the SQL UPDATE sets: status, the plan as it stands, zones, reason and overrides.
  stored.status = plan.status;
  stored.plan = plan.plan;
  stored.interval_override_reason = plan.interval_override_reason;
  stored.zones = SortedZones(plan.zones);
  stored.overrides = plan.overrides;
  stored.updated_at = c_.Now();
  ++stored.version;
  c_.Mutable().plans[stored.id] = stored;
  return stored;
}

Result<std::vector<TreatmentPlan>> MemoryPlans::ListForPatient(base::PatientId patient) {
  std::vector<TreatmentPlan> out;
  for (const auto& [id, plan] : c_.data().plans) {
    if (plan.patient_id == patient) out.push_back(plan);
  }
  SortNewestFirst(out);
  return out;
}

}  // namespace needlepoint::storage::memory
