// The consultation form's dry run: validate and screen an intake, store nothing.
#include "needlepoint/app/screening_preview.h"
#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {

Response ScreenConsultation(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  contract::Problems problems;
  contract::JsonObject object = *contract::JsonObject::Open(body, "", problems);
  const std::optional<int64_t> patient =
      object.Integer("patient_id", contract::Need::kRequired, 1, INT64_MAX);
  const nlohmann::json* intake = object.Field("intake", contract::Need::kRequired);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::ScreeningPreview preview,
      app::PreviewScreening(call.env, call.context, base::PatientId(*patient), *intake));
  const domain::Screening& screening = preview.screening;
  return JsonResponse(
      {{"patient_id", preview.patient.value()},
       {"protocol", {{"name", screening.protocol.name}, {"version", screening.protocol.version}}},
       {"verdict", domain::CodeName(screening.verdict)},
       {"earliest_date",
        screening.earliest_date ? Json(screening.earliest_date->ToString()) : Json(nullptr)},
       {"intake", contract::IntakeToJson(preview.intake)},
       {"screening", contract::ScreeningToJson(screening)}});
}

}  // namespace needlepoint::http
