// Handlers for what can be booked: rooms and devices, providers' working hours and time off,
// and the clinic's visit lengths (app/clinic_calendars.h). Times are stored in UTC and shown
// in the clinic's zone: time off is given as local wall-clock times and answered with both.
#include <array>
#include <charconv>

#include "needlepoint/app/clinic_calendars.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};

Json ResourceView(const domain::Resource& resource) {
  return {{"id", resource.id.value()},
          {"kind", domain::CodeName(resource.kind)},
          {"name", resource.name},
          {"serial", resource.serial},
          {"active", resource.active}};
}

Json HoursView(base::UserId provider, const std::vector<domain::WorkingSpan>& spans) {
  Json hours = Json::object();
  for (std::string_view day : kWeekdays) hours[std::string(day)] = Json::array();
  for (const domain::WorkingSpan& span : spans) {
    hours[std::string(kWeekdays.at(static_cast<size_t>(span.weekday)))].push_back(
        {{"from", contract::ClockTimeText(span.from_minute)},
         {"to", contract::ClockTimeText(span.to_minute)}});
  }
  return {{"provider_id", provider.value()}, {"hours", std::move(hours)}};
}

Json TimeOffView(const base::TimeZone& zone, const domain::TimeOff& time_off) {
  return {{"id", time_off.id.value()},
          {"provider_id", time_off.provider_id.value()},
          {"from", TimeText(time_off.from)},
          {"to", TimeText(time_off.to)},
          {"from_local", contract::LocalDateTimeText(zone, time_off.from)},
          {"to_local", contract::LocalDateTimeText(zone, time_off.to)},
          {"time_zone", zone.name()},
          {"note", time_off.note}};
}

Json ServiceTypeView(const domain::ServiceType& service) {
  return {{"kind", domain::CodeName(service.kind)},
          {"name", service.name},
          {"minutes", service.minutes},
          {"needs_room", service.needs_room},
          {"needs_device", service.needs_device}};
}

// A local "YYYY-MM-DDTHH:MM" at `key`, reported at its path when malformed.
std::optional<contract::LocalDateTime> LocalTime(JsonObject& object, std::string_view key) {
  std::optional<std::string> text = object.String(key, Need::kRequired, 16);
  if (!text) return std::nullopt;
  base::Result<contract::LocalDateTime> parsed = contract::ParseLocalDateTime(*text);
  if (!parsed) {
    object.problems().Add(object.PathOf(key), "must be a local date and time YYYY-MM-DDTHH:MM");
    return std::nullopt;
  }
  return *parsed;
}

}  // namespace

Response ListResources(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<domain::Resource> resources,
                               app::ListResources(call.env, call.context));
  Json items = Json::array();
  for (const domain::Resource& resource : resources) items.push_back(ResourceView(resource));
  return JsonResponse({{"items", std::move(items)}});
}

Response CreateResource(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::NewResource resource;
  resource.kind = object.Code<domain::ResourceKind>("kind", Need::kRequired)
                      .value_or(domain::ResourceKind::kRoom);
  resource.name = object.String("name", Need::kRequired, 400).value_or("");
  resource.serial = object.String("serial", Need::kOptional, 400).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(domain::Resource created,
                               app::CreateResource(call.env, call.context, resource));
  return JsonResponse(ResourceView(created), 201);
}

Response UpdateResource(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::ResourceChanges changes;
  changes.name = object.String("name", Need::kOptional, 400);
  changes.serial = object.String("serial", Need::kOptional, 400);
  changes.active = object.Bool("active", Need::kOptional);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(
      domain::Resource resource,
      app::UpdateResource(call.env, call.context, base::ResourceId(call.Id()), changes));
  return JsonResponse(ResourceView(resource));
}

Response GetWorkingHours(Call& call) {
  const base::UserId provider(call.Id());
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<domain::WorkingSpan> spans,
                               app::GetWorkingHours(call.env, call.context, provider));
  return JsonResponse(HoursView(provider, spans));
}

Response SetWorkingHours(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  std::vector<domain::WorkingSpan> spans;
  const nlohmann::json* hours = object.Field("hours", Need::kRequired);
  if (hours != nullptr) {
    if (std::optional<JsonObject> week = JsonObject::Open(*hours, "/hours", problems)) {
      for (size_t day = 0; day < kWeekdays.size(); ++day) {
        const nlohmann::json* list = week->Array(kWeekdays[day], Need::kOptional);
        if (list == nullptr) continue;
        if (list->size() > 12) {
          problems.Add(week->PathOf(kWeekdays[day]), "at most 12 spans a day");
          continue;
        }
        for (size_t i = 0; i < list->size(); ++i) {
          const std::string path = week->PathOf(kWeekdays[day]) + "/" + std::to_string(i);
          std::optional<JsonObject> item = JsonObject::Open((*list)[i], path, problems);
          if (!item) continue;
          std::optional<std::string> from = item->String("from", Need::kRequired, 5);
          std::optional<std::string> to = item->String("to", Need::kRequired, 5);
          item->RejectUnknownKeys();
          if (!from || !to) continue;
          base::Result<int> from_minute = contract::ParseClockTime(*from, false);
          base::Result<int> to_minute = contract::ParseClockTime(*to, true);
          if (!from_minute) problems.Add(item->PathOf("from"), "must be a time HH:MM");
          if (!to_minute) problems.Add(item->PathOf("to"), "must be a time HH:MM (24:00 allowed)");
          if (!from_minute || !to_minute) continue;
          spans.push_back({.weekday = static_cast<int>(day),
                           .from_minute = *from_minute,
                           .to_minute = *to_minute});
        }
      }
      week->RejectUnknownKeys();
    }
  }
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  const base::UserId provider(call.Id());
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<domain::WorkingSpan> week,
                               app::SetWorkingHours(call.env, call.context, provider, spans));
  return JsonResponse(HoursView(provider, week));
}

Response ListTimeOff(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"from", "days"}));
  std::vector<base::FieldProblem> problems;
  base::CivilDate from =
      base::CivilDate::FromChrono(std::chrono::floor<std::chrono::days>(call.env.clock.Now()));
  int days = 92;
  for (const auto& [name, value] : params) {
    if (name == "from") {
      base::Result<base::CivilDate> date = base::CivilDate::Parse(value);
      if (date) {
        from = *date;
      } else {
        problems.push_back({"?from", "must be a date YYYY-MM-DD"});
      }
    } else {
      int parsed = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
      if (error != std::errc() || end != value.data() + value.size()) {
        problems.push_back({"?days", "must be a whole number"});
      } else {
        days = parsed;
      }
    }
  }
  if (!problems.empty()) return Fail(call, base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::TimeOffList list,
      app::ListTimeOff(call.env, call.context, base::UserId(call.Id()), from, days));
  Json items = Json::array();
  for (const domain::TimeOff& time_off : list.items) {
    items.push_back(TimeOffView(list.zone, time_off));
  }
  return JsonResponse({{"time_zone", list.zone.name()}, {"items", std::move(items)}});
}

Response AddTimeOff(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::NewTimeOff time_off;
  time_off.provider = base::UserId(call.Id());
  std::optional<contract::LocalDateTime> from = LocalTime(object, "from");
  std::optional<contract::LocalDateTime> to = LocalTime(object, "to");
  time_off.note = object.String("note", Need::kOptional, 200).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  time_off.from = *from;
  time_off.to = *to;
  NP_ASSIGN_OR_RETURN_RESPONSE(app::AddedTimeOff added,
                               app::AddTimeOff(call.env, call.context, time_off));
  Json view = TimeOffView(added.zone, added.time_off);
  Json overlapping = Json::array();
  for (base::AppointmentId id : added.overlapping) overlapping.push_back(id.value());
  view["overlapping_appointment_ids"] = std::move(overlapping);
  return JsonResponse(view, 201);
}

Response DeleteTimeOff(Call& call) {
  base::Status status = app::DeleteTimeOff(call.env, call.context, base::TimeOffId(call.Id()));
  if (!status.ok()) return Fail(call, status);
  Response response;
  response.status = 204;
  response.content_type.clear();
  return response;
}

Response ListServiceTypes(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<domain::ServiceType> services,
                               app::ListServiceTypes(call.env, call.context));
  Json items = Json::array();
  for (const domain::ServiceType& service : services) items.push_back(ServiceTypeView(service));
  return JsonResponse({{"items", std::move(items)}});
}

Response UpdateServiceTypes(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  std::vector<domain::ServiceType> services;
  if (const nlohmann::json* items = object.Array("items", Need::kRequired, true)) {
    if (items->size() > 3) problems.Add("/items", "at most one entry per kind of visit");
    for (size_t i = 0; i < items->size() && i < 3; ++i) {
      std::optional<JsonObject> item =
          JsonObject::Open((*items)[i], "/items/" + std::to_string(i), problems);
      if (!item) continue;
      domain::ServiceType service;
      service.kind = item->Code<domain::AppointmentKind>("kind", Need::kRequired)
                         .value_or(domain::AppointmentKind::kConsultation);
      service.name = item->String("name", Need::kRequired, 400).value_or("");
      service.minutes = static_cast<int>(
          item->Integer("minutes", Need::kRequired, 1, 100000).value_or(service.minutes));
      service.needs_room = item->Bool("needs_room", Need::kRequired).value_or(true);
      service.needs_device = item->Bool("needs_device", Need::kRequired).value_or(false);
      item->RejectUnknownKeys();
      services.push_back(std::move(service));
    }
  }
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<domain::ServiceType> all,
                               app::UpdateServiceTypes(call.env, call.context, services));
  Json items = Json::array();
  for (const domain::ServiceType& service : all) items.push_back(ServiceTypeView(service));
  return JsonResponse({{"items", std::move(items)}});
}

}  // namespace needlepoint::http
