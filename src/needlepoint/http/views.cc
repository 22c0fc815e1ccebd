#include "needlepoint/http/views.h"

#include <chrono>

#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/contract/time_text.h"

namespace needlepoint::http {
namespace {

Json Depth(domain::DepthRange range) { return {{"min", range.min.mm()}, {"max", range.max.mm()}}; }

}  // namespace

std::string TimeText(base::Timestamp t) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(t);
  const auto day = std::chrono::floor<std::chrono::days>(seconds);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss<std::chrono::seconds> time(seconds - day);
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return out;
}

Json ClinicView(const domain::Clinic& clinic) {
  return {{"id", clinic.id.value()}, {"slug", clinic.slug},
          {"name", clinic.name},     {"time_zone", clinic.time_zone},
          {"phone", clinic.phone},   {"created_at", TimeText(clinic.created_at)}};
}

Json UserView(const domain::User& user) {
  Json view = {{"id", user.id.value()},
               {"email", user.email},
               {"display_name", user.display_name},
               {"role", domain::CodeName(user.role)},
               {"title", user.title},
               {"active", user.active},
               {"password_set", domain::HasPassword(user)},
               {"created_at", TimeText(user.created_at)}};
  if (user.patient_id) view["patient_id"] = user.patient_id->value();
  return view;
}

Json AppointmentView(const base::TimeZone& zone, const domain::Appointment& a) {
  auto optional_id = [](const auto& id) { return id ? Json(id->value()) : Json(nullptr); };
  return {{"id", a.id.value()},
          {"patient_id", a.patient_id.value()},
          {"provider_id", a.provider_id.value()},
          {"kind", domain::CodeName(a.kind)},
          {"status", domain::CodeName(a.status)},
          {"start", TimeText(a.start)},
          {"end", TimeText(a.end)},
          {"start_local", contract::LocalDateTimeText(zone, a.start)},
          {"end_local", contract::LocalDateTimeText(zone, a.end)},
          {"time_zone", zone.name()},
          {"room_id", optional_id(a.room_id)},
          {"device_id", optional_id(a.device_id)},
          {"plan_id", optional_id(a.plan_id)},
          {"session_number", a.session_number == 0 ? Json(nullptr) : Json(a.session_number)},
          {"session_count", a.session_count == 0 ? Json(nullptr) : Json(a.session_count)},
          {"version", a.version}};
}

Json PatientView(const domain::Patient& patient) {
  return {{"id", patient.id.value()},
          {"given_name", patient.given_name},
          {"family_name", patient.family_name},
          {"birth_date", patient.birth_date.ToString()},
          {"email", patient.email},
          {"phone", patient.phone},
          {"fitzpatrick", patient.fitzpatrick ? Json(*patient.fitzpatrick) : Json(nullptr)},
          {"archived", patient.archived},
          {"merged_into", patient.merged_into ? Json(patient.merged_into->value()) : Json(nullptr)},
          {"version", patient.version},
          {"created_at", TimeText(patient.created_at)},
          {"updated_at", TimeText(patient.updated_at)}};
}

Json DuplicateCandidateView(const domain::Patient& patient) {
  return {{"id", patient.id.value()},
          {"given_name", patient.given_name},
          {"family_name", patient.family_name},
          {"birth_date", patient.birth_date.ToString()},
          {"archived", patient.archived}};
}

Json PasswordLinkView(const app::PasswordLink& link) {
  return {{"url", link.Path()}, {"expires_at", TimeText(link.expires_at)}};
}

Json ConsultationView(const domain::Consultation& c) {
  const domain::Screening& screening = c.screening;
  return {
      {"id", c.id.value()},
      {"patient_id", c.patient_id.value()},
      {"recorded_by", c.recorded_by.value()},
      {"created_at", TimeText(c.created_at)},
      {"protocol", {{"name", screening.protocol.name}, {"version", screening.protocol.version}}},
      {"verdict", domain::CodeName(screening.verdict)},
      {"earliest_date",
       screening.earliest_date ? Json(screening.earliest_date->ToString()) : Json(nullptr)},
      {"intake", contract::IntakeToJson(c.intake)},
      {"screening", contract::ScreeningToJson(screening)}};
}

Json SkinTypeView(const domain::SkinTypeAssessment& assessment) {
  return {{"fitzpatrick", assessment.fitzpatrick},
          {"previous", assessment.previous ? Json(*assessment.previous) : Json(nullptr)},
          {"consultation_id",
           assessment.consultation_id ? Json(assessment.consultation_id->value()) : Json(nullptr)},
          {"assessed_by", assessment.assessed_by.value()},
          {"assessed_at", TimeText(assessment.assessed_at)}};
}

Json PlanView(const domain::TreatmentPlan& plan, domain::Role role) {
  const domain::Plan& series = plan.plan;
  Json computed = contract::PlanToJson(series);
  Json view = {{"id", plan.id.value()},
               {"patient_id", plan.patient_id.value()},
               {"status", domain::CodeName(plan.status)},
               {"sessions", series.sessions},
               {"interval_days", {{"min", series.interval.min}, {"max", series.interval.max}}},
               {"schedule", computed["schedule"]},
               {"maintenance", computed["maintenance"]}};
  if (role == domain::Role::kFrontDesk) return view;  // schedules, not clinical detail
  if (role == domain::Role::kPatient) {
    // The portal: what to do and when, session by session; no depths, overrides or evidence.
    view["timelines"] = computed["timelines"];
    view["prep"] = computed["prep"];
    view["aftercare"] = computed["aftercare"];
    view["follow_up_photos"] = computed["follow_up_photos"];
    return view;
  }
  Json zones = Json::array();
  for (const domain::StoredZone& zone : plan.zones) {
    zones.push_back({{"zone", domain::CodeName(zone.zone)},
                     {"depth_mm", Depth(zone.depth)},
                     {"protocol_depth_mm", Depth(zone.protocol_depth)},
                     {"override_reason",
                      zone.override_reason.empty() ? Json(nullptr) : Json(zone.override_reason)}});
  }
  Json overrides = Json::array();
  for (const domain::FindingOverride& override : plan.overrides) {
    overrides.push_back({{"finding", domain::CodeName(override.finding)},
                         {"reason", override.reason},
                         {"by", override.by.value()},
                         {"at", TimeText(override.at)}});
  }
  view["consultation_id"] = plan.consultation_id.value();
  view["interval_override_reason"] =
      plan.interval_override_reason.empty() ? Json(nullptr) : Json(plan.interval_override_reason);
  view["zones"] = std::move(zones);
  view["overrides"] = std::move(overrides);
  view["protocol"] = {{"name", plan.protocol.name}, {"version", plan.protocol.version}};
  view["computed"] = std::move(computed);
  view["created_by"] = plan.created_by.value();
  view["version"] = plan.version;
  view["created_at"] = TimeText(plan.created_at);
  view["updated_at"] = TimeText(plan.updated_at);
  return view;
}

Json AuditView(const domain::AuditRecord& r) {
  const domain::AuditEntry& e = r.entry;
  return {{"seq", r.seq},
          {"at", TimeText(r.at)},
          {"user_id", e.user_id ? Json(e.user_id->value()) : Json(nullptr)},
          {"role", e.role ? Json(domain::CodeName(*e.role)) : Json(nullptr)},
          {"action", e.action},
          {"object_type", e.object_type},
          {"object_id", e.object_id},
          {"patient_id", e.patient_id ? Json(e.patient_id->value()) : Json(nullptr)},
          {"request_id", e.request_id},
          {"outcome", domain::CodeName(e.outcome)},
          {"detail", e.detail},
          {"hash", r.hash}};
}

Json SessionView(const app::Principal& principal, const domain::User& user,
                 const std::string& csrf_token) {
  Json view = {{"user", UserView(user)},
               {"clinic_id", principal.clinic.value()},
               {"role", domain::CodeName(principal.role)},
               {"expires_at", TimeText(principal.session_expires_at)}};
  if (!csrf_token.empty()) view["csrf_token"] = csrf_token;
  return view;
}

}  // namespace needlepoint::http
