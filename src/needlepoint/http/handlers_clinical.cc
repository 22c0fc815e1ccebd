// Handlers for consultations and treatment plans.
#include "needlepoint/app/consultations.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

Json PlanList(const std::vector<domain::TreatmentPlan>& plans, domain::Role role) {
  Json items = Json::array();
  for (const domain::TreatmentPlan& plan : plans) items.push_back(PlanView(plan, role));
  return {{"items", std::move(items)}};
}

base::Result<app::PlanEdit> ReadPlanEdit(const nlohmann::json& body) {
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::PlanEdit edit;
  edit.version = object.Integer("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  edit.status = object.Code<domain::PlanStatus>("status", Need::kOptional);
  if (const nlohmann::json* interval = object.Field("interval_days", Need::kOptional)) {
    if (auto inner = JsonObject::Open(*interval, "/interval_days", problems)) {
      if (auto min = inner->Integer("min", Need::kOptional, 1, 365)) {
        edit.interval_min_days = static_cast<int>(*min);
      }
      if (auto max = inner->Integer("max", Need::kOptional, 1, 365)) {
        edit.interval_max_days = static_cast<int>(*max);
      }
      edit.interval_reason = inner->String("reason", Need::kOptional, 500).value_or("");
      inner->RejectUnknownKeys();
    }
  }
  if (const nlohmann::json* zones = object.Array("zones", Need::kOptional)) {
    for (size_t i = 0; i < zones->size() && i < 16; ++i) {
      const std::string path = "/zones/" + std::to_string(i);
      auto zone = JsonObject::Open((*zones)[i], path, problems);
      if (!zone) continue;
      app::ZoneEdit change;
      std::optional<domain::Zone> code = zone->Code<domain::Zone>("zone", Need::kRequired);
      const nlohmann::json* depth = zone->Field("depth_mm", Need::kRequired);
      change.reason = zone->String("reason", Need::kOptional, 500).value_or("");
      zone->RejectUnknownKeys();
      if (depth == nullptr) continue;
      auto range = JsonObject::Open(*depth, path + "/depth_mm", problems);
      if (!range) continue;
      auto number = [&](const char* key) -> std::optional<double> {
        const nlohmann::json* value = range->Field(key, Need::kRequired);
        if (value == nullptr) return std::nullopt;
        if (!value->is_number()) {
          problems.Add(range->PathOf(key), "must be a number of millimetres");
          return std::nullopt;
        }
        const double mm = value->get<double>();
        if (!(mm > 0 && mm <= 5)) {
          problems.Add(range->PathOf(key), "must be between 0 and 5 mm");
          return std::nullopt;
        }
        return mm;
      };
      const std::optional<double> min = number("min");
      const std::optional<double> max = number("max");
      range->RejectUnknownKeys();
      if (!code || !min || !max) continue;
      change.zone = *code;
      change.depth = {domain::Depth::FromMm(*min), domain::Depth::FromMm(*max)};
      edit.zones.push_back(std::move(change));
    }
    if (zones->size() > 16) problems.Add("/zones", "at most 16 zones");
  }
  object.RejectUnknownKeys();
  NP_RETURN_IF_ERROR(Check(problems));
  return edit;
}

}  // namespace

Response SubmitConsultation(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::optional<int64_t> patient =
      object.Integer("patient_id", Need::kRequired, 1, INT64_MAX);
  const nlohmann::json* intake = object.Field("intake", Need::kRequired);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<domain::Consultation> consultation =
      app::SubmitConsultation(call.env, call.context, base::PatientId(*patient), *intake);
  if (!consultation) return Fail(call, consultation.error());
  return JsonResponse(ConsultationView(*consultation), 201);
}

Response GetConsultation(Call& call) {
  base::Result<domain::Consultation> consultation =
      app::GetConsultation(call.env, call.context, base::ConsultationId(call.Id()));
  if (!consultation) return Fail(call, consultation.error());
  return JsonResponse(ConsultationView(*consultation));
}

Response ListPatientConsultations(Call& call) {
  base::Result<std::vector<domain::Consultation>> list =
      app::ListConsultations(call.env, call.context, base::PatientId(call.Id()));
  if (!list) return Fail(call, list.error());
  Json items = Json::array();
  for (const domain::Consultation& consultation : *list) {
    items.push_back(ConsultationView(consultation));
  }
  return JsonResponse({{"items", std::move(items)}});
}

Response CreatePlan(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::optional<int64_t> consultation =
      object.Integer("consultation_id", Need::kRequired, 1, INT64_MAX);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<domain::TreatmentPlan> plan =
      app::CreatePlan(call.env, call.context, base::ConsultationId(*consultation));
  if (!plan) return Fail(call, plan.error());
  return JsonResponse(PlanView(*plan, call.context.principal.role), 201);
}

Response GetPlan(Call& call) {
  base::Result<domain::TreatmentPlan> plan =
      app::GetPlan(call.env, call.context, base::PlanId(call.Id()));
  if (!plan) return Fail(call, plan.error());
  return JsonResponse(PlanView(*plan, call.context.principal.role));
}

Response EditPlan(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  NP_ASSIGN_OR_RETURN_RESPONSE(app::PlanEdit edit, ReadPlanEdit(body));
  base::Result<app::EditedPlan> edited =
      app::EditPlan(call.env, call.context, base::PlanId(call.Id()), edit);
  if (!edited) return Fail(call, edited.error());
  return JsonResponse({{"plan", PlanView(edited->plan, call.context.principal.role)},
                       {"warnings", edited->warnings}});
}

Response ListPatientPlans(Call& call) {
  base::Result<std::vector<domain::TreatmentPlan>> list =
      app::ListPlans(call.env, call.context, base::PatientId(call.Id()));
  if (!list) return Fail(call, list.error());
  return JsonResponse(PlanList(*list, call.context.principal.role));
}

}  // namespace needlepoint::http
