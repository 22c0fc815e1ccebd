// Handlers for consultations and treatment plans.
#include "needlepoint/app/consultations.h"
#include "needlepoint/contract/plan_edit_json.h"
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
  base::Result<app::RecordedConsultation> recorded =
      app::SubmitConsultation(call.env, call.context, base::PatientId(*patient), *intake);
  if (!recorded) return Fail(call, recorded.error());
  Json view = ConsultationView(recorded->consultation);
  if (recorded->skin_type_change)
    view["skin_type_change"] = SkinTypeView(*recorded->skin_type_change);
  return JsonResponse(view, 201);
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
  NP_ASSIGN_OR_RETURN_RESPONSE(contract::PlanEditRequest request,
                               contract::ParsePlanEditRequest(body));
  base::Result<app::EditedPlan> edited =
      app::EditPlan(call.env, call.context, base::PlanId(call.Id()), request.version, request.edit);
  if (!edited) return Fail(call, edited.error());
  return JsonResponse({{"plan", PlanView(edited->plan, call.context.principal.role)},
                       {"warnings", edited->warnings}});
}

Response ListPatientSkinTypes(Call& call) {
  base::Result<std::vector<domain::SkinTypeAssessment>> list =
      app::ListSkinTypes(call.env, call.context, base::PatientId(call.Id()));
  if (!list) return Fail(call, list.error());
  Json items = Json::array();
  for (const domain::SkinTypeAssessment& assessment : *list) {
    items.push_back(SkinTypeView(assessment));
  }
  return JsonResponse({{"items", std::move(items)}});
}

Response ListPatientPlans(Call& call) {
  base::Result<std::vector<domain::TreatmentPlan>> list =
      app::ListPlans(call.env, call.context, base::PatientId(call.Id()));
  if (!list) return Fail(call, list.error());
  return JsonResponse(PlanList(*list, call.context.principal.role));
}

}  // namespace needlepoint::http
