// Handlers for booking requests (app/booking_requests.h): the public form's endpoint (no
// session; it never echoes what was sent) and the front desk's inbox, with converting a
// request into a patient and a booked consultation.
#include "needlepoint/app/auth.h"
#include "needlepoint/app/booking_requests.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

constexpr int64_t kMaxId = INT64_MAX;

Json OptionalValue(const auto& id) { return id ? Json(id->value()) : Json(nullptr); }

Json RequestView(const domain::BookingRequest& r) {
  return {{"id", r.id.value()},
          {"name", r.name},
          {"phone", r.phone},
          {"email", r.email},
          {"preferred_times", r.preferred_times},
          {"interest", r.interest},
          {"message", r.message},
          {"status", domain::CodeName(r.status)},
          {"created_at", TimeText(r.created_at)},
          {"consented_at", TimeText(r.consented_at)},
          {"patient_id", OptionalValue(r.patient_id)},
          {"appointment_id", OptionalValue(r.appointment_id)},
          {"version", r.version}};
}

}  // namespace

Response SubmitBookingRequest(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::PublicBookingRequest request;
  request.name = object.String("name", Need::kRequired, 200).value_or("");
  request.phone = object.String("phone", Need::kOptional, 32).value_or("");
  request.email = object.String("email", Need::kOptional, 254).value_or("");
  request.preferred_times = object.String("preferred_times", Need::kOptional, 500).value_or("");
  request.interest = object.String("interest", Need::kOptional, 500).value_or("");
  request.message = object.String("message", Need::kOptional, 2000).value_or("");
  request.consent_to_contact = object.Bool("consent_to_contact", Need::kRequired).value_or(false);
  request.website = object.String("website", Need::kOptional, 2000).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  const base::Status status = app::SubmitBookingRequest(
      call.env, call.Text(), call.request.client_address, call.context.request_id, request);
  if (status.code() == base::StatusCode::kNotFound) {
    return ProblemWithStatus(404, "no such resource", call.request.path, call.context.request_id);
  }
  if (!status.ok()) {
    Response response = Fail(call, status);
    if (status.code() == base::StatusCode::kResourceExhausted) {
      response.SetHeader("Retry-After", std::to_string(app::RetryAfterSeconds(status)));
    }
    return response;
  }
  return JsonResponse({{"status", "received"}}, 202);
}

Response ListBookingRequests(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"status"}));
  std::optional<domain::BookingRequestStatus> status;
  for (const auto& [name, value] : params) {
    status = domain::ParseCode<domain::BookingRequestStatus>(value);
    if (!status) {
      return Fail(call,
                  base::Status::Invalid(
                      {{"?status", "must be new, contacted, consultation_booked or closed"}}));
    }
  }
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<domain::BookingRequest> items,
                               app::ListBookingRequests(call.env, call.context, status));
  return JsonResponse(Items(items, RequestView));
}

Response GetBookingRequest(Call& call) {
  return Answer(call,
                app::GetBookingRequest(call.env, call.context, base::BookingRequestId(call.Id())),
                RequestView);
}

Response UpdateBookingRequest(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const int64_t version = object.Integer("version", Need::kRequired, 1, kMaxId).value_or(0);
  const std::optional<domain::BookingRequestStatus> status =
      object.Code<domain::BookingRequestStatus>("status", Need::kRequired);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call,
                app::SetBookingRequestStatus(call.env, call.context,
                                             base::BookingRequestId(call.Id()), version, *status),
                RequestView);
}

Response ConvertBookingRequest(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const int64_t version = object.Integer("version", Need::kRequired, 1, kMaxId).value_or(0);
  app::Conversion conversion;
  if (const nlohmann::json* patient = object.Field("patient", Need::kRequired)) {
    if (std::optional<JsonObject> p = JsonObject::Open(*patient, "/patient", problems)) {
      conversion.patient.given_name = p->String("given_name", Need::kRequired, 400).value_or("");
      conversion.patient.family_name = p->String("family_name", Need::kRequired, 400).value_or("");
      if (std::optional<base::CivilDate> date = p->Date("birth_date", Need::kRequired)) {
        conversion.patient.birth_date = *date;
      }
      conversion.patient.phone = p->String("phone", Need::kOptional, 32).value_or("");
      conversion.patient.email = p->String("email", Need::kOptional, 254).value_or("");
      conversion.confirm_not_duplicate =
          p->Bool("confirm_not_duplicate", Need::kOptional).value_or(false);
      p->RejectUnknownKeys();
    }
  }
  if (const nlohmann::json* visit = object.Field("consultation", Need::kRequired)) {
    if (std::optional<JsonObject> v = JsonObject::Open(*visit, "/consultation", problems)) {
      if (std::optional<std::string> start = v->String("start", Need::kRequired, 16)) {
        base::Result<contract::LocalDateTime> parsed = contract::ParseLocalDateTime(*start);
        if (parsed) {
          conversion.consultation.start = *parsed;
        } else {
          problems.Add("/consultation/start", "must be a local date and time YYYY-MM-DDTHH:MM");
        }
      }
      conversion.consultation.provider =
          base::UserId(v->Integer("provider_id", Need::kRequired, 1, kMaxId).value_or(0));
      if (std::optional<int64_t> room = v->Integer("room_id", Need::kOptional, 1, kMaxId)) {
        conversion.consultation.room = base::ResourceId(*room);
      }
      v->RejectUnknownKeys();
    }
  }
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<app::Converted> converted = app::ConvertBookingRequest(
      call.env, call.context, base::BookingRequestId(call.Id()), version, conversion);
  if (!converted) {
    // The use cases name the patient's fields and the visit's at the document's top level.
    base::Status status = converted.error();
    std::vector<base::FieldProblem> moved;
    for (const base::FieldProblem& problem : status.problems()) {
      const bool visit = problem.path == "/start" || problem.path == "/provider_id" ||
                         problem.path == "/room_id" || problem.path == "/device_id" ||
                         problem.path == "/kind";
      moved.push_back({(visit ? "/consultation" : "/patient") + problem.path, problem.message});
    }
    if (!moved.empty()) {
      status = base::Status::WithProblems(status.code(), std::move(moved), status.message());
    }
    return Fail(call, status);
  }
  if (!converted->patient) {
    Json candidates = Json::array();
    for (const domain::Patient& candidate : converted->candidates) {
      candidates.push_back(DuplicateCandidateView(candidate));
    }
    return ProblemWithExtensions(
        base::Conflict("a patient with the same name and birth date, or the same e-mail, is "
                       "already registered; use that record, or send "
                       "\"confirm_not_duplicate\": true if this is a different person"),
        call.request.path, call.context.request_id, {{"candidates", std::move(candidates)}});
  }
  return JsonResponse({{"patient_id", converted->patient->id.value()},
                       {"appointment", AppointmentView(converted->booking.zone,
                                                       converted->booking.appointments.at(0))},
                       {"request", RequestView(converted->request)}},
                      201);
}

}  // namespace needlepoint::http
