// Handlers for a plan's series (app/series.h), managing booked appointments (app/booking.h:
// listing, reschedule, status, queued messages) and calendar files (app/calendar_files.h).
// Times are answered in UTC and in the clinic's local time; a start is given as local
// wall-clock time.
#include <algorithm>
#include <charconv>

#include "needlepoint/app/booking.h"
#include "needlepoint/app/calendar_files.h"
#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/series.h"
#include "needlepoint/contract/schedule_input_json.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

constexpr int64_t kMaxId = INT64_MAX;

Json Appointments(const app::Booking& booking) {
  Json items = Json::array();
  for (const domain::Appointment& a : booking.appointments) {
    Json view = AppointmentView(booking.zone, a);
    if (auto name = booking.patient_names.find(a.patient_id.value());
        name != booking.patient_names.end()) {
      view["patient_name"] = name->second;
    }
    items.push_back(std::move(view));
  }
  return items;
}

Json Warnings(const std::vector<app::BookingWarning>& warnings) {
  Json out = Json::array();
  for (const app::BookingWarning& w : warnings) {
    out.push_back({{"session", w.session == 0 ? Json(nullptr) : Json(w.session)},
                   {"code", w.code},
                   {"message", w.message}});
  }
  return out;
}

Json ListView(const app::Booking& booking) {
  return {{"time_zone", booking.zone.name()}, {"items", Appointments(booking)}};
}

std::optional<contract::LocalDateTime> ReadStart(JsonObject& object, Need need) {
  std::optional<std::string> start = object.String("start", need, 16);
  if (!start) return std::nullopt;
  base::Result<contract::LocalDateTime> parsed = contract::ParseLocalDateTime(*start);
  if (!parsed) {
    object.problems().Add(object.PathOf("start"), "must be a local date and time YYYY-MM-DDTHH:MM");
    return std::nullopt;
  }
  return *parsed;
}

std::optional<base::ResourceId> ReadResource(JsonObject& object, std::string_view key) {
  std::optional<int64_t> id = object.Integer(key, Need::kOptional, 1, kMaxId);
  return id ? std::optional(base::ResourceId(*id)) : std::nullopt;
}

std::optional<int64_t> QueryId(const std::string& name, const std::string& value,
                               std::vector<base::FieldProblem>& problems) {
  int64_t number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < 1) {
    problems.push_back({"?" + name, "must be a positive whole number"});
    return std::nullopt;
  }
  return number;
}

Response CalendarResponse(std::string body) {
  Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = std::move(body);
  return response;
}

}  // namespace

Response ListCalendarAppointments(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      auto params, QueryParams(call, {"from", "to", "provider_id", "room_id", "device_id"}));
  std::vector<base::FieldProblem> problems;
  app::CalendarQuery query;
  bool from = false, to = false;
  for (const auto& [name, value] : params) {
    if (name == "from" || name == "to") {
      base::Result<base::CivilDate> date = base::CivilDate::Parse(value);
      if (!date) {
        problems.push_back({"?" + name, "must be a date YYYY-MM-DD"});
      } else if (name == "from") {
        query.from = *date;
        from = true;
      } else {
        query.to = *date;
        to = true;
      }
    } else if (std::optional<int64_t> id = QueryId(name, value, problems)) {
      if (name == "provider_id") {
        query.provider = base::UserId(*id);
      } else if (name == "room_id") {
        query.room = base::ResourceId(*id);
      } else {
        query.device = base::ResourceId(*id);
      }
    }
  }
  if (!from && std::none_of(problems.begin(), problems.end(),
                            [](const auto& p) { return p.path == "?from"; })) {
    problems.push_back({"?from", "is required"});
  }
  if (!to && std::none_of(problems.begin(), problems.end(),
                          [](const auto& p) { return p.path == "?to"; })) {
    problems.push_back({"?to", "is required"});
  }
  if (!problems.empty()) return Fail(call, base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN_RESPONSE(app::Booking booking,
                               app::ListCalendar(call.env, call.context, query));
  return JsonResponse(ListView(booking));
}

Response ListPatientAppointments(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::Booking booking,
      app::ListPatientAppointments(call.env, call.context, base::PatientId(call.Id())));
  return JsonResponse(ListView(booking));
}

Response ProposePlanSeries(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::SeriesOptions options;
  if (std::optional<int64_t> provider = object.Integer("provider_id", Need::kOptional, 1, kMaxId)) {
    options.provider = base::UserId(*provider);
  }
  if (const nlohmann::json* wishes = object.Field("preferences", Need::kOptional)) {
    if (std::optional<JsonObject> read = JsonObject::Open(*wishes, "/preferences", problems)) {
      options.preferences = contract::ReadSchedulePreferences(*read);
      read->RejectUnknownKeys();
    }
  }
  options.step_minutes =
      static_cast<int>(object
                           .Integer("step_minutes", Need::kOptional, schedule::kMinStepMinutes,
                                    schedule::kMaxStepMinutes)
                           .value_or(schedule::kDefaultStepMinutes));
  options.horizon_days =
      static_cast<int>(object
                           .Integer("horizon_days", Need::kOptional, schedule::kMinHorizonDays,
                                    schedule::kMaxHorizonDays)
                           .value_or(schedule::kDefaultHorizonDays));
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::SeriesProposal found,
      app::ProposePlanSeries(call.env, call.context, base::PlanId(call.Id()), options));
  Json sessions = Json::array();
  for (const schedule::ProposedSession& s : found.proposal.sessions) {
    sessions.push_back(
        {{"session", s.session},
         {"start", TimeText(s.slot.start)},
         {"end", TimeText(s.slot.end)},
         {"start_local", contract::LocalDateTimeText(found.zone, s.slot.start)},
         {"end_local", contract::LocalDateTimeText(found.zone, s.slot.end)},
         {"provider_id", app::DatabaseId(s.slot.provider)},
         {"room_id", s.slot.room ? Json(app::DatabaseId(*s.slot.room)) : Json(nullptr)},
         {"device_id", s.slot.device ? Json(app::DatabaseId(*s.slot.device)) : Json(nullptr)},
         {"gap_days", s.gap_days ? Json(*s.gap_days) : Json(nullptr)},
         {"provider_changed", s.provider_changed}});
  }
  Json unplaceable = nullptr;
  if (const auto& u = found.proposal.unplaceable) {
    unplaceable = {{"session", u->session},
                   {"from", u->from.ToString()},
                   {"to", u->to.ToString()},
                   {"reason", u->reason}};
  }
  return JsonResponse({{"plan_id", found.plan.id.value()},
                       {"time_zone", found.zone.name()},
                       {"minutes", found.service.minutes},
                       {"sessions", std::move(sessions)},
                       {"unplaceable", std::move(unplaceable)}});
}

Response BookPlanSeries(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  std::vector<app::SessionChoice> choices;
  if (const nlohmann::json* sessions = object.Array("sessions", Need::kRequired, true)) {
    if (sessions->size() > static_cast<size_t>(schedule::kMaxSessions)) {
      problems.Add("/sessions",
                   "has more than " + std::to_string(schedule::kMaxSessions) + " sessions");
    } else {
      for (size_t i = 0; i < sessions->size(); ++i) {
        std::optional<JsonObject> item =
            JsonObject::Open((*sessions)[i], contract::JsonPointer("/sessions", i), problems);
        if (!item) continue;
        app::SessionChoice choice;
        choice.session = static_cast<int>(
            item->Integer("session", Need::kRequired, 1, schedule::kMaxSessions).value_or(0));
        choice.start = ReadStart(*item, Need::kRequired).value_or(contract::LocalDateTime{});
        choice.provider =
            base::UserId(item->Integer("provider_id", Need::kRequired, 1, kMaxId).value_or(0));
        choice.room = ReadResource(*item, "room_id");
        choice.device = ReadResource(*item, "device_id");
        item->RejectUnknownKeys();
        choices.push_back(std::move(choice));
      }
    }
  }
  const std::string reason = object.String("override_reason", Need::kOptional, 2000).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::Booking booking,
      app::BookPlanSeries(call.env, call.context, base::PlanId(call.Id()), choices, reason));
  return JsonResponse({{"time_zone", booking.zone.name()},
                       {"items", Appointments(booking)},
                       {"warnings", Warnings(booking.warnings)}},
                      201);
}

Response CancelPlanSeries(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const bool close_plan = object.Bool("close_plan", Need::kOptional).value_or(false);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::Booking booking,
      app::CancelRemainingSessions(call.env, call.context, base::PlanId(call.Id()), close_plan));
  return JsonResponse(ListView(booking));
}

Response RescheduleAppointment(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::MoveRequest request;
  request.version = object.Integer("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  request.start = ReadStart(object, Need::kRequired).value_or(contract::LocalDateTime{});
  if (std::optional<int64_t> provider = object.Integer("provider_id", Need::kOptional, 1, kMaxId)) {
    request.provider = base::UserId(*provider);
  }
  request.room = ReadResource(object, "room_id");
  request.device = ReadResource(object, "device_id");
  request.override_reason = object.String("override_reason", Need::kOptional, 2000).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::Booking booking,
      app::Reschedule(call.env, call.context, base::AppointmentId(call.Id()), request));
  Json view = AppointmentView(booking.zone, booking.appointments.at(0));
  view["warnings"] = Warnings(booking.warnings);
  return JsonResponse(view);
}

Response SetAppointmentStatus(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const int64_t version = object.Integer("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  const std::optional<domain::AppointmentStatus> status =
      object.Code<domain::AppointmentStatus>("status", Need::kRequired);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::Booking booking,
      app::SetAppointmentStatus(call.env, call.context, base::AppointmentId(call.Id()), version,
                                *status));
  Json view = AppointmentView(booking.zone, booking.appointments.at(0));
  if (booking.plan && booking.plan->status == domain::PlanStatus::kCompleted &&
      booking.plan->plan.maintenance) {
    view["maintenance"] = {{"from", booking.plan->plan.maintenance->from.ToString()},
                           {"to", booking.plan->plan.maintenance->to.ToString()}};
  }
  return JsonResponse(view);
}

Response ListAppointmentMessages(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      std::vector<domain::OutboxMessage> messages,
      app::AppointmentMessages(call.env, call.context, base::AppointmentId(call.Id())));
  return JsonResponse(Items(messages, [](const domain::OutboxMessage& m) -> Json {
    return {{"id", m.id.value()},
            {"kind", domain::CodeName(m.kind)},
            {"status", domain::CodeName(m.status)},
            {"due", TimeText(m.due_at)},
            {"sent_at", m.sent_at ? Json(TimeText(*m.sent_at)) : Json(nullptr)},
            {"attempts", m.attempts}};
  }));
}

Response GetAppointmentCalendar(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      std::string file,
      app::AppointmentCalendarFile(call.env, call.context, base::AppointmentId(call.Id())));
  Response response = CalendarResponse(std::move(file));
  response.SetHeader("Content-Disposition", "attachment; filename=\"appointment.ics\"");
  return response;
}

Response CreateCalendarFeed(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::FeedLink link, app::CreateCalendarFeed(call.env, call.context, base::UserId(call.Id())));
  return JsonResponse({{"url", link.Path()}}, 201);
}

Response RevokeCalendarFeed(Call& call) {
  if (base::Status status =
          app::RevokeCalendarFeed(call.env, call.context, base::UserId(call.Id()));
      !status.ok()) {
    return Fail(call, status);
  }
  Response response;
  response.status = 204;
  response.content_type.clear();
  return response;
}

Response GetProviderFeed(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(std::string feed, app::ProviderFeed(call.env, call.Text()));
  return CalendarResponse(std::move(feed));
}

}  // namespace needlepoint::http
