#include "needlepoint/app/calendar_input.h"

#include <charconv>
#include <map>

#include "needlepoint/schedule/local_day.h"

namespace needlepoint::app {
namespace {

using domain::AppointmentKind;

base::Status AtPath(base::StatusCode code, const std::string& path, std::string message) {
  return base::Status::WithProblems(code, {{path, message}}, message);
}

schedule::Interval ToInterval(base::Timestamp from, base::Timestamp to) { return {from, to}; }

}  // namespace

base::Result<base::TimeZone> ClinicZone(storage::Transaction& tx) {
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic, tx.clinic_settings().Get());
  base::Result<base::TimeZone> zone = base::TimeZone::Load(clinic.time_zone);
  if (!zone) {
    return base::Fail(base::FailedPrecondition("the clinic's time zone '" + clinic.time_zone +
                                               "' is not in this server's tz database"));
  }
  return zone;
}

domain::ServiceType DefaultServiceType(AppointmentKind kind) {
  switch (kind) {
    case AppointmentKind::kConsultation:
      return {kind, "Consultation", 30, true, false};
    case AppointmentKind::kTreatment:
      return {kind, "Microneedling session (numbing included)", 75, true, true};
    case AppointmentKind::kFollowUp:
      return {kind, "Photo follow-up", 20, true, false};
  }
  return {kind, "Visit", 30, true, false};
}

base::Result<domain::ServiceType> ServiceTypeOf(storage::Transaction& tx, AppointmentKind kind) {
  NP_ASSIGN_OR_RETURN(std::vector<domain::ServiceType> stored, tx.calendars().ServiceTypes());
  for (const domain::ServiceType& service : stored) {
    if (service.kind == kind) return service;
  }
  return DefaultServiceType(kind);
}

base::Result<std::vector<domain::ServiceType>> AllServiceTypes(storage::Transaction& tx) {
  NP_ASSIGN_OR_RETURN(std::vector<domain::ServiceType> stored, tx.calendars().ServiceTypes());
  std::vector<domain::ServiceType> out;
  for (AppointmentKind kind : domain::AllCodes<AppointmentKind>()) {
    domain::ServiceType service = DefaultServiceType(kind);
    for (const domain::ServiceType& s : stored) {
      if (s.kind == kind) service = s;
    }
    out.push_back(service);
  }
  return out;
}

std::string EngineId(int64_t id) { return std::to_string(id); }

int64_t DatabaseId(const std::string& engine_id) {
  int64_t id = 0;
  const auto [end, error] =
      std::from_chars(engine_id.data(), engine_id.data() + engine_id.size(), id);
  return error == std::errc() && end == engine_id.data() + engine_id.size() ? id : 0;
}

base::Result<schedule::ClinicCalendar> ReadCalendar(storage::Transaction& tx,
                                                    const base::TimeZone& zone,
                                                    const CalendarWindow& window) {
  schedule::ClinicCalendar calendar;
  calendar.zone = zone;
  NP_ASSIGN_OR_RETURN(auto hours, tx.calendars().AllWorkingHours());
  std::map<base::UserId, schedule::WeeklyHours> weekly;
  for (const auto& [provider, span] : hours) {
    weekly[provider][static_cast<size_t>(span.weekday)].push_back(
        {span.from_minute, span.to_minute});
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::User> staff, tx.users().ListStaff());
  std::map<int64_t, size_t> provider_index;
  for (const domain::User& user : staff) {
    if (user.role != domain::Role::kProvider || !user.active) continue;
    auto it = weekly.find(user.id);
    if (it == weekly.end()) continue;  // no working hours: never bookable
    provider_index[user.id.value()] = calendar.providers.size();
    calendar.providers.push_back({.id = EngineId(user.id.value()), .hours = it->second});
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::TimeOff> time_off,
                      tx.calendars().ListTimeOff(std::nullopt, window.from, window.to));
  for (const domain::TimeOff& off : time_off) {
    auto it = provider_index.find(off.provider_id.value());
    if (it != provider_index.end()) {
      calendar.providers[it->second].off.push_back(ToInterval(off.from, off.to));
    }
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::Resource> resources, tx.resources().List());
  std::map<int64_t, std::vector<schedule::Interval>*> resource_busy;
  for (const domain::Resource& resource : resources) {
    if (!resource.active) continue;
    auto& list = resource.kind == domain::ResourceKind::kRoom ? calendar.rooms : calendar.devices;
    list.push_back({.id = EngineId(resource.id.value()), .busy = {}});
  }
  for (auto* list : {&calendar.rooms, &calendar.devices}) {
    for (schedule::Resource& resource : *list) {
      resource_busy[DatabaseId(resource.id)] = &resource.busy;
    }
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::BusySlot> busy,
                      tx.appointments().ListBusy(window.from, window.to));
  for (const domain::BusySlot& slot : busy) {
    if (slot.id == window.ignore) continue;
    const schedule::Interval interval = ToInterval(slot.start, slot.end);
    if (auto it = provider_index.find(slot.provider_id.value()); it != provider_index.end()) {
      calendar.providers[it->second].busy.push_back(interval);
    }
    for (const std::optional<base::ResourceId>& resource : {slot.room_id, slot.device_id}) {
      if (!resource) continue;
      if (auto it = resource_busy.find(resource->value()); it != resource_busy.end()) {
        it->second->push_back(interval);
      }
    }
  }
  return calendar;
}

base::Result<base::Timestamp> ResolveLocal(const base::TimeZone& zone,
                                           const contract::LocalDateTime& local,
                                           const std::string& path) {
  const base::TimeZone::Resolution resolved = zone.Resolve(local.date, local.minute);
  if (resolved.kind == base::TimeZone::Resolution::Kind::kSkipped) {
    return base::Fail(
        base::Status::Invalid({{path, "this local time does not exist in " + zone.name() +
                                          " on that day (the clocks go forward)"}}));
  }
  return resolved.first;
}

base::Status CheckWorkingTime(storage::Transaction& tx, const base::TimeZone& zone,
                              base::UserId provider, base::Timestamp start, base::Timestamp end,
                              const std::string& path) {
  base::Result<domain::User> user = tx.users().Get(provider);
  if (!user || user->role != domain::Role::kProvider || !user->active) {
    if (!user && user.error().code() != base::StatusCode::kNotFound) return user.error();
    return AtPath(base::StatusCode::kInvalidArgument, path, "is not an active provider");
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::WorkingSpan> spans,
                      tx.calendars().WorkingHours(provider));
  const base::CivilDate date = zone.LocalDate(start);
  const schedule::LocalDay day(zone, date);
  const int weekday = static_cast<int>(day.weekday());
  bool inside = false;
  for (const domain::WorkingSpan& span : spans) {
    if (span.weekday != weekday) continue;
    if (start >= day.Bound(span.from_minute) && end <= day.Bound(span.to_minute)) inside = true;
  }
  if (!inside) {
    return AtPath(base::StatusCode::kFailedPrecondition, path,
                  "the provider does not work then (outside their working hours)");
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::TimeOff> off,
                      tx.calendars().ListTimeOff(provider, start, end));
  if (!off.empty()) {
    return AtPath(base::StatusCode::kFailedPrecondition, path, "the provider is off then");
  }
  return base::OkStatus();
}

base::Status CheckResource(storage::Transaction& tx, base::ResourceId id, domain::ResourceKind kind,
                           const std::string& path) {
  base::Result<domain::Resource> resource = tx.resources().Get(id);
  if (!resource && resource.error().code() != base::StatusCode::kNotFound) {
    return resource.error();
  }
  if (!resource || resource->kind != kind || !resource->active) {
    return AtPath(base::StatusCode::kInvalidArgument, path,
                  "is not an active " + std::string(domain::CodeName(kind)) + " of the clinic");
  }
  return base::OkStatus();
}

base::Result<base::ResourceId> FirstFreeResource(storage::Transaction& tx,
                                                 domain::ResourceKind kind, base::Timestamp start,
                                                 base::Timestamp end,
                                                 std::optional<base::AppointmentId> ignore) {
  NP_ASSIGN_OR_RETURN(std::vector<domain::BusySlot> busy, tx.appointments().ListBusy(start, end));
  NP_ASSIGN_OR_RETURN(std::vector<domain::Resource> resources, tx.resources().List());
  for (const domain::Resource& resource : resources) {
    if (resource.kind != kind || !resource.active) continue;
    bool taken = false;
    for (const domain::BusySlot& slot : busy) {
      if (slot.id == ignore) continue;
      if (slot.room_id == resource.id || slot.device_id == resource.id) taken = true;
    }
    if (!taken) return resource.id;
  }
  return base::Fail(
      base::Conflict("no " + std::string(domain::CodeName(kind)) + " is free at that time"));
}

}  // namespace needlepoint::app
