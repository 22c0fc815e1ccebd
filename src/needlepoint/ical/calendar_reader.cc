#include "needlepoint/ical/calendar_reader.h"

#include <libical/ical.h>

#include <map>
#include <memory>

namespace needlepoint::ical {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct ZoneFree {
  void operator()(icaltimezone* zone) const { icaltimezone_free(zone, 1); }
};
using Zone = std::unique_ptr<icaltimezone, ZoneFree>;

base::Status Bad(std::string message) { return base::InvalidArgument(std::move(message)); }

// The instant of a DATE-TIME property, through `zones` (the file's own VTIMEZONEs).
base::Result<base::Timestamp> Instant(icalproperty* property,
                                      const std::map<std::string, icaltimezone*>& zones,
                                      std::string* tzid_out, std::string* local_out) {
  icaltimetype time = icalvalue_get_datetime(icalproperty_get_value(property));
  if (local_out != nullptr) *local_out = icaltime_as_ical_string(time);
  icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
  if (tzid == nullptr) {
    if (!icaltime_is_utc(time)) return base::Fail(Bad("a floating time has no instant"));
    return base::Timestamp(std::chrono::seconds(icaltime_as_timet(time)));
  }
  const std::string name = icalparameter_get_tzid(tzid);
  if (tzid_out != nullptr) *tzid_out = name;
  auto it = zones.find(name);
  if (it == zones.end()) return base::Fail(Bad("TZID " + name + " has no VTIMEZONE in the file"));
  return base::Timestamp(std::chrono::seconds(icaltime_as_timet_with_zone(time, it->second)));
}

}  // namespace

base::Result<std::vector<ReadEvent>> ReadCalendar(std::string_view text) {
  const std::string copy(text);
  Component calendar(icalparser_parse_string(copy.c_str()));
  if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
    return base::Fail(Bad("not an iCalendar object"));
  }
  if (icalcomponent_count_errors(calendar.get()) != 0) {
    return base::Fail(Bad("libical reports errors in the file"));
  }
  if (icalrestriction_check(calendar.get()) != 1) {
    return base::Fail(Bad("the file fails libical's RFC 5545 restriction check"));
  }
  std::vector<Zone> owned;
  std::map<std::string, icaltimezone*> zones;
  for (icalcomponent* c =
           icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
       c != nullptr;
       c = icalcomponent_get_next_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT)) {
    Zone zone(icaltimezone_new());
    if (icaltimezone_set_component(zone.get(), icalcomponent_new_clone(c)) != 1) {
      return base::Fail(Bad("a VTIMEZONE does not read"));
    }
    zones[icaltimezone_get_tzid(zone.get())] = zone.get();
    owned.push_back(std::move(zone));
  }
  std::vector<ReadEvent> out;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
       e != nullptr; e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
    ReadEvent event;
    if (const char* uid = icalcomponent_get_uid(e)) event.uid = uid;
    if (const char* summary = icalcomponent_get_summary(e)) event.summary = summary;
    if (icalproperty* sequence = icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY)) {
      event.sequence = icalproperty_get_sequence(sequence);
    }
    if (icalproperty* status = icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY)) {
      event.status = icalproperty_status_to_string(icalproperty_get_status(status));
    }
    icalproperty* dtstart = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
    icalproperty* dtend = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY);
    if (dtstart == nullptr || dtend == nullptr) {
      return base::Fail(Bad("an event has no DTSTART or DTEND"));
    }
    NP_ASSIGN_OR_RETURN(event.start, Instant(dtstart, zones, &event.tzid, &event.local_start));
    NP_ASSIGN_OR_RETURN(event.end, Instant(dtend, zones, nullptr, nullptr));
    out.push_back(std::move(event));
  }
  return out;
}

}  // namespace needlepoint::ical
