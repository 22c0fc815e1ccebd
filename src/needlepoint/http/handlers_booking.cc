// Handlers for booking single visits (app/booking.h): free-slot search, booking a
// consultation or follow-up, reading and cancelling an appointment. Times are answered in UTC
// and in the clinic's local time; a start is given as local wall-clock time.
#include <charconv>

#include "needlepoint/app/booking.h"
#include "needlepoint/app/calendar_input.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

Json EngineResource(const std::optional<std::string>& id) {
  return id ? Json(app::DatabaseId(*id)) : Json(nullptr);
}

Response BookingResponse(const app::Booking& booking, int status) {
  return JsonResponse(AppointmentView(booking.zone, booking.appointments.at(0)), status);
}

}  // namespace

Response FindSlots(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"kind", "from", "days", "count",
                                                               "provider_id", "patient_id"}));
  std::vector<base::FieldProblem> problems;
  app::SlotSearch search;
  search.from =
      base::CivilDate::FromChrono(std::chrono::floor<std::chrono::days>(call.env.clock.Now()));
  for (const auto& [name, value] : params) {
    if (name == "kind") {
      std::optional<domain::AppointmentKind> kind =
          domain::ParseCode<domain::AppointmentKind>(value);
      if (kind) {
        search.kind = *kind;
      } else {
        problems.push_back({"?kind", "must be consultation, treatment or follow_up"});
      }
    } else if (name == "from") {
      base::Result<base::CivilDate> date = base::CivilDate::Parse(value);
      if (date) {
        search.from = *date;
      } else {
        problems.push_back({"?from", "must be a date YYYY-MM-DD"});
      }
    } else if (std::optional<int64_t> number = QueryNumber(name, value, problems)) {
      if (name == "days") {
        search.days = static_cast<int>(std::min<int64_t>(*number, 100000));
      } else if (name == "count") {
        if (*number > 100) problems.push_back({"?count", "must be 1 to 100"});
        search.count = static_cast<int>(std::min<int64_t>(*number, 100));
      } else if (name == "provider_id") {
        search.provider = base::UserId(*number);
      } else {
        search.patient = base::PatientId(*number);
      }
    }
  }
  if (!problems.empty()) return Fail(call, base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN_RESPONSE(app::FreeSlots found,
                               app::FindSlots(call.env, call.context, search));
  Json slots = Json::array();
  for (const schedule::Slot& slot : found.slots) {
    slots.push_back({{"start", TimeText(slot.start)},
                     {"end", TimeText(slot.end)},
                     {"start_local", contract::LocalDateTimeText(found.zone, slot.start)},
                     {"provider_id", app::DatabaseId(slot.provider)},
                     {"room_id", EngineResource(slot.room)},
                     {"device_id", EngineResource(slot.device)}});
  }
  return JsonResponse({{"kind", domain::CodeName(found.service.kind)},
                       {"minutes", found.service.minutes},
                       {"time_zone", found.zone.name()},
                       {"items", std::move(slots)}});
}

Response BookVisit(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::VisitRequest request;
  constexpr int64_t kMaxId = INT64_MAX;
  request.patient =
      base::PatientId(object.Integer("patient_id", Need::kRequired, 1, kMaxId).value_or(0));
  request.kind = object.Code<domain::AppointmentKind>("kind", Need::kRequired)
                     .value_or(domain::AppointmentKind::kConsultation);
  if (std::optional<std::string> start = object.String("start", Need::kRequired, 16)) {
    base::Result<contract::LocalDateTime> parsed = contract::ParseLocalDateTime(*start);
    if (parsed) {
      request.start = *parsed;
    } else {
      problems.Add("/start", "must be a local date and time YYYY-MM-DDTHH:MM");
    }
  }
  request.provider =
      base::UserId(object.Integer("provider_id", Need::kRequired, 1, kMaxId).value_or(0));
  if (std::optional<int64_t> room = object.Integer("room_id", Need::kOptional, 1, kMaxId)) {
    request.room = base::ResourceId(*room);
  }
  if (std::optional<int64_t> device = object.Integer("device_id", Need::kOptional, 1, kMaxId)) {
    request.device = base::ResourceId(*device);
  }
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(app::Booking booking,
                               app::BookVisit(call.env, call.context, request));
  return BookingResponse(booking, 201);
}

Response GetAppointment(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::Booking booking,
      app::GetAppointment(call.env, call.context, base::AppointmentId(call.Id())));
  return BookingResponse(booking, 200);
}

Response CancelAppointment(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const int64_t version = object.Integer("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::Booking booking,
      app::CancelAppointment(call.env, call.context, base::AppointmentId(call.Id()), version));
  return BookingResponse(booking, 200);
}

}  // namespace needlepoint::http
