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

// PlanView for the caller's role.
auto PlanViewFor(const Call& call) {
  return [role = call.context.principal.role](const domain::TreatmentPlan& plan) {
    return PlanView(plan, role);
  };
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
  return Answer(call, app::GetConsultation(call.env, call.context, base::ConsultationId(call.Id())),
                ConsultationView);
}

Response ListPatientConsultations(Call& call) {
  return Answer(call, app::ListConsultations(call.env, call.context, base::PatientId(call.Id())),
                [](const auto& list) { return Items(list, ConsultationView); });
}

Response CreatePlan(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::optional<int64_t> consultation =
      object.Integer("consultation_id", Need::kRequired, 1, INT64_MAX);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::CreatePlan(call.env, call.context, base::ConsultationId(*consultation)),
                PlanViewFor(call), 201);
}

Response GetPlan(Call& call) {
  return Answer(call, app::GetPlan(call.env, call.context, base::PlanId(call.Id())),
                PlanViewFor(call));
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
  return Answer(call, app::ListSkinTypes(call.env, call.context, base::PatientId(call.Id())),
                [](const auto& list) { return Items(list, SkinTypeView); });
}

Response ListPatientPlans(Call& call) {
  return Answer(call, app::ListPlans(call.env, call.context, base::PatientId(call.Id())),
                [&](const auto& plans) { return Items(plans, PlanViewFor(call)); });
}

}  // namespace needlepoint::http
