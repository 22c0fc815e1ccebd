#include "needlepoint/ical/calendar_file.h"

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace needlepoint::ical {
namespace {

constexpr char kProductId[] = "-//Needlepoint//Needlepoint 0.1//EN";
constexpr std::chrono::days kZoneMargin{366};

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// The wall-clock reading of `t` at UTC offset `offset`, as a floating icaltimetype.
icaltimetype LocalTime(base::Timestamp t, std::chrono::seconds offset) {
  const auto local = std::chrono::floor<std::chrono::seconds>(t) + offset;
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss time(local - day);
  icaltimetype out = icaltime_null_time();
  out.year = static_cast<int>(ymd.year());
  out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  out.hour = static_cast<int>(time.hours().count());
  out.minute = static_cast<int>(time.minutes().count());
  out.second = static_cast<int>(time.seconds().count());
  out.is_date = 0;
  return out;
}

icaltimetype UtcTime(base::Timestamp t) {
  icaltimetype out = LocalTime(t, std::chrono::seconds(0));
  out.zone = icaltimezone_get_utc_timezone();
  return out;
}

int Seconds(std::chrono::seconds offset) { return static_cast<int>(offset.count()); }

// One STANDARD or DAYLIGHT observance starting at `at` (written in the offset before it).
icalcomponent* Observance(base::Timestamp at, const base::TimeZone::Offset& before,
                          const base::TimeZone::Offset& after) {
  icalcomponent* observance =
      icalcomponent_new(after.daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
  icalcomponent_add_property(observance,
                             icalproperty_new_dtstart(LocalTime(at, before.utc_offset)));
  icalcomponent_add_property(observance, icalproperty_new_tzoffsetfrom(Seconds(before.utc_offset)));
  icalcomponent_add_property(observance, icalproperty_new_tzoffsetto(Seconds(after.utc_offset)));
  if (!after.abbreviation.empty()) {
    icalcomponent_add_property(observance, icalproperty_new_tzname(after.abbreviation.c_str()));
  }
  return observance;
}

// The zone's rules from a year before `first` to a year after `last`: the observance in force
// then, and one observance per transition, straight from the tz database.
icalcomponent* TimeZoneComponent(const base::TimeZone& zone, base::Timestamp first,
                                 base::Timestamp last) {
  icalcomponent* vtimezone = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
  icalcomponent_add_property(vtimezone, icalproperty_new_tzid(zone.name().c_str()));
  const base::Timestamp from = std::chrono::floor<std::chrono::days>(first - kZoneMargin);
  const base::TimeZone::Offset initial = zone.OffsetAt(from);
  icalcomponent_add_component(vtimezone, Observance(from, initial, initial));
  for (const base::TimeZone::Transition& change : zone.Transitions(from, last + kZoneMargin)) {
    icalcomponent_add_component(vtimezone, Observance(change.at, change.before, change.after));
  }
  return vtimezone;
}

icalproperty* ZonedTime(icalproperty* (*make)(icaltimetype), const base::TimeZone& zone,
                        base::Timestamp t) {
  icalproperty* property = make(LocalTime(t, zone.OffsetAt(t).utc_offset));
  icalproperty_add_parameter(property, icalparameter_new_tzid(zone.name().c_str()));
  return property;
}

icalcomponent* EventComponent(const CalendarOptions& options, const CalendarEvent& event) {
  icalcomponent* vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.c_str()));
  icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence));
  icalcomponent_add_property(vevent, icalproperty_new_dtstamp(UtcTime(options.stamp)));
  icalcomponent_add_property(vevent,
                             ZonedTime(icalproperty_new_dtstart, options.zone, event.start));
  icalcomponent_add_property(vevent, ZonedTime(icalproperty_new_dtend, options.zone, event.end));
  icalcomponent_add_property(vevent, icalproperty_new_summary(EventTitle(options, event).c_str()));
  icalcomponent_add_property(
      vevent,
      icalproperty_new_status(event.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property(
      vevent,
      icalproperty_new_transp(event.cancelled ? ICAL_TRANSP_TRANSPARENT : ICAL_TRANSP_OPAQUE));
  if (!event.location.empty()) {
    icalcomponent_add_property(vevent, icalproperty_new_location(event.location.c_str()));
  }
  return vevent;
}

base::Status Check(const CalendarOptions& options, std::span<const CalendarEvent> events) {
  std::vector<base::FieldProblem> problems;
  if (options.clinic_name.empty() || options.clinic_name.size() > 200) {
    problems.push_back({"clinic_name", "must be 1 to 200 bytes"});
  }
  for (std::size_t i = 0; i < events.size(); ++i) {
    const CalendarEvent& event = events[i];
    const std::string path = "events/" + std::to_string(i);
    if (event.uid.empty() || event.uid.size() > 255) {
      problems.push_back({path + "/uid", "must be 1 to 255 bytes"});
    }
    if (event.sequence < 0) problems.push_back({path + "/sequence", "must not be negative"});
    if (event.end <= event.start) problems.push_back({path + "/end", "must be after start"});
  }
  if (problems.empty()) return base::OkStatus();
  return base::Status::Invalid(std::move(problems), "cannot write the calendar");
}

base::Result<std::string> Write(const CalendarOptions& options,
                                std::span<const CalendarEvent> events, bool feed) {
  NP_RETURN_IF_ERROR(Check(options, events));
  Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  if (!calendar) return base::Fail(base::Internal("libical could not create a calendar"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(kProductId));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  if (feed) {
    // Widely read names for a subscribed calendar (Apple, Google, Outlook).
    icalproperty* name = icalproperty_new_x(options.clinic_name.c_str());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);
    icalproperty* zone = icalproperty_new_x(options.zone.name().c_str());
    icalproperty_set_x_name(zone, "X-WR-TIMEZONE");
    icalcomponent_add_property(calendar.get(), zone);
  }
  base::Timestamp first = options.stamp, last = options.stamp;
  for (const CalendarEvent& event : events) {
    first = std::min(first, event.start);
    last = std::max(last, event.end);
  }
  icalcomponent_add_component(calendar.get(), TimeZoneComponent(options.zone, first, last));
  for (const CalendarEvent& event : events) {
    icalcomponent_add_component(calendar.get(), EventComponent(options, event));
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  if (text == nullptr) return base::Fail(base::Internal("libical could not write the calendar"));
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace

std::string EventTitle(const CalendarOptions& options, const CalendarEvent& event) {
  if (options.audience == Audience::kPatient) return "Appointment at " + options.clinic_name;
  switch (event.kind) {
    case domain::AppointmentKind::kConsultation:
      return "Consultation";
    case domain::AppointmentKind::kFollowUp:
      return "Follow-up";
    case domain::AppointmentKind::kTreatment:
      break;
  }
  if (event.session_number > 0 && event.session_count > 0) {
    return "Treatment (session " + std::to_string(event.session_number) + " of " +
           std::to_string(event.session_count) + ")";
  }
  return "Treatment";
}

base::Result<std::string> AppointmentCalendar(const CalendarOptions& options,
                                              const CalendarEvent& event) {
  return Write(options, std::span<const CalendarEvent>(&event, 1), false);
}

base::Result<std::string> CalendarFeed(const CalendarOptions& options,
                                       std::span<const CalendarEvent> events) {
  return Write(options, events, true);
}

}  // namespace needlepoint::ical
