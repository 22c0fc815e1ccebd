// Calendar files are checked with libical's own parser: they must parse without errors, pass
// libical's RFC 5545 restriction check, and — read back through the VTIMEZONE they carry —
// put every event at the instant it was written for, across daylight-saving changes.
#include "needlepoint/ical/calendar_file.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <vector>

namespace needlepoint::ical {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

base::Timestamp Utc(std::string_view date, int hour, int minute = 0) {
  return base::Timestamp(base::CivilDate::Parse(date).value().ToChrono() + hours(hour) +
                         minutes(minute));
}

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// Parses `text` with libical and checks it is a clean iCalendar object.
Component Parse(const std::string& text) {
  Component calendar(icalparser_parse_string(text.c_str()));
  EXPECT_NE(calendar, nullptr) << text;
  if (!calendar) return calendar;
  EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0) << text;
  EXPECT_EQ(icalrestriction_check(calendar.get()), 1)
      << icalcomponent_as_ical_string(calendar.get());
  return calendar;
}

std::vector<icalcomponent*> Events(icalcomponent* calendar) {
  std::vector<icalcomponent*> out;
  for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       c != nullptr; c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    out.push_back(c);
  }
  return out;
}

// The instant of `event`'s DTSTART, read through the VTIMEZONE in `calendar` (not through
// libical's own copy of the tz database).
base::Timestamp StartThroughFileZone(icalcomponent* calendar, icalcomponent* event) {
  icalcomponent* vtimezone = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
  EXPECT_NE(vtimezone, nullptr);
  icaltimezone* zone = icaltimezone_new();
  EXPECT_EQ(icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone)), 1);
  icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
  EXPECT_NE(tzid, nullptr);
  if (tzid != nullptr) {
    EXPECT_STREQ(icalparameter_get_tzid(tzid), icaltimezone_get_tzid(zone));
  }
  const icaltimetype local = icalproperty_get_dtstart(dtstart);
  const time_t t = icaltime_as_timet_with_zone(local, zone);
  icaltimezone_free(zone, 1);
  return base::Timestamp(std::chrono::seconds(t));
}

std::string LocalStart(icalcomponent* event) {
  icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  return icaltime_as_ical_string(icalproperty_get_dtstart(dtstart));
}

CalendarOptions Options(std::string_view zone, Audience audience) {
  return {"Needlepoint Clinic", base::TimeZone::Load(zone).value(), Utc("2027-01-15", 12),
          audience};
}

CalendarEvent Treatment(std::string uid, base::Timestamp start, int k) {
  return {std::move(uid), 0, start, start + minutes(75), domain::AppointmentKind::kTreatment, k, 6,
          false,          ""};
}

TEST(CalendarFileTest, OneAppointmentParsesBackWithItsFields) {
  CalendarEvent event = Treatment("appointment-42@clinic.example", Utc("2027-03-01", 15, 30), 1);
  event.sequence = 3;
  event.location = "12 Harbour Street";
  const std::string text =
      AppointmentCalendar(Options("America/New_York", Audience::kPatient), event).value();
  Component calendar = Parse(text);
  ASSERT_TRUE(calendar);
  const std::vector<icalcomponent*> events = Events(calendar.get());
  ASSERT_EQ(events.size(), 1u);
  icalcomponent* vevent = events[0];
  EXPECT_STREQ(icalcomponent_get_uid(vevent), "appointment-42@clinic.example");
  EXPECT_EQ(icalcomponent_get_sequence(vevent), 3);
  EXPECT_STREQ(icalcomponent_get_summary(vevent), "Appointment at Needlepoint Clinic");
  EXPECT_STREQ(icalcomponent_get_location(vevent), "12 Harbour Street");
  EXPECT_EQ(icalcomponent_get_status(vevent), ICAL_STATUS_CONFIRMED);
  EXPECT_EQ(LocalStart(vevent), "20270301T103000");  // local wall-clock time, with its TZID
  EXPECT_EQ(StartThroughFileZone(calendar.get(), vevent), Utc("2027-03-01", 15, 30));
  EXPECT_NE(text.find("DTSTART;TZID=America/New_York:20270301T103000"), std::string::npos) << text;
  EXPECT_NE(text.find("DTSTAMP:20270115T120000Z"), std::string::npos);
}

TEST(CalendarFileTest, PatientTitlesNeverNameTheProcedure) {
  for (domain::AppointmentKind kind :
       {domain::AppointmentKind::kConsultation, domain::AppointmentKind::kTreatment,
        domain::AppointmentKind::kFollowUp}) {
    CalendarEvent event = Treatment("a@x", Utc("2027-03-01", 15), 2);
    event.kind = kind;
    const std::string text =
        AppointmentCalendar(Options("Europe/Berlin", Audience::kPatient), event).value();
    for (std::string_view word :
         {"Treatment", "treatment", "Microneedling", "microneedling", "session", "Consultation"}) {
      EXPECT_EQ(text.find(word), std::string::npos) << word << " in\n" << text;
    }
  }
}

TEST(CalendarFileTest, StaffTitlesCarryTheKindAndSessionOnly) {
  const CalendarOptions staff = Options("Europe/Berlin", Audience::kStaff);
  EXPECT_EQ(EventTitle(staff, Treatment("a@x", Utc("2027-03-01", 9), 2)),
            "Treatment (session 2 of 6)");
  CalendarEvent consultation = Treatment("b@x", Utc("2027-03-01", 9), 0);
  consultation.kind = domain::AppointmentKind::kConsultation;
  EXPECT_EQ(EventTitle(staff, consultation), "Consultation");
  consultation.kind = domain::AppointmentKind::kFollowUp;
  EXPECT_EQ(EventTitle(staff, consultation), "Follow-up");
}

TEST(CalendarFileTest, CancelledEventsStayWithStatusCancelled) {
  CalendarEvent event = Treatment("appointment-7@clinic.example", Utc("2027-03-01", 15), 1);
  event.sequence = 4;
  event.cancelled = true;
  Component calendar =
      Parse(AppointmentCalendar(Options("America/New_York", Audience::kPatient), event).value());
  ASSERT_TRUE(calendar);
  icalcomponent* vevent = Events(calendar.get()).at(0);
  EXPECT_EQ(icalcomponent_get_status(vevent), ICAL_STATUS_CANCELLED);
  EXPECT_EQ(icalcomponent_get_sequence(vevent), 4);
  EXPECT_STREQ(icalcomponent_get_uid(vevent), "appointment-7@clinic.example");
}

struct DstSeries {
  std::string_view zone;
  std::vector<base::Timestamp> starts;  // each at 09:00 local
};

// A series at 09:00 local across the spring and autumn changes of three zones: each event keeps
// DTSTART 09:00 local and maps back to the right instant through the file's own VTIMEZONE.
TEST(CalendarFileTest, FeedKeepsLocalTimesAcrossDaylightSaving) {
  const std::vector<DstSeries> series = {
      {"America/New_York",
       {Utc("2027-03-08", 14), Utc("2027-04-26", 13), Utc("2027-09-20", 13),
        Utc("2027-11-08", 14)}},
      {"Europe/Berlin",
       {Utc("2027-03-22", 8), Utc("2027-05-10", 7), Utc("2027-10-04", 7), Utc("2027-11-22", 8)}},
      {"Australia/Sydney",
       {Utc("2027-03-28", 22), Utc("2027-05-16", 23), Utc("2027-10-10", 22),
        Utc("2027-11-28", 22)}},
  };
  for (const DstSeries& zone_series : series) {
    SCOPED_TRACE(zone_series.zone);
    std::vector<CalendarEvent> events;
    for (std::size_t i = 0; i < zone_series.starts.size(); ++i) {
      events.push_back(Treatment("appointment-" + std::to_string(i) + "@clinic.example",
                                 zone_series.starts[i], static_cast<int>(i) + 1));
    }
    const std::string text =
        CalendarFeed(Options(zone_series.zone, Audience::kStaff), events).value();
    Component calendar = Parse(text);
    ASSERT_TRUE(calendar);
    const std::vector<icalcomponent*> parsed = Events(calendar.get());
    ASSERT_EQ(parsed.size(), events.size());
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      EXPECT_EQ(LocalStart(parsed[i]).substr(8), "T090000") << i;
      EXPECT_EQ(StartThroughFileZone(calendar.get(), parsed[i]), zone_series.starts[i]) << i;
      EXPECT_STREQ(icalcomponent_get_uid(parsed[i]), events[i].uid.c_str());
      EXPECT_STREQ(icalcomponent_get_summary(parsed[i]),
                   ("Treatment (session " + std::to_string(i + 1) + " of 6)").c_str());
    }
    EXPECT_NE(text.find("X-WR-CALNAME:Needlepoint Clinic"), std::string::npos);
  }
}

TEST(CalendarFileTest, ZoneWithoutDaylightSavingHasOneObservance) {
  const std::string text = AppointmentCalendar(Options("Asia/Tokyo", Audience::kPatient),
                                               Treatment("t@x", Utc("2027-07-01", 0), 1))
                               .value();
  Component calendar = Parse(text);
  ASSERT_TRUE(calendar);
  icalcomponent* vtimezone =
      icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
  ASSERT_NE(vtimezone, nullptr);
  EXPECT_EQ(icalcomponent_count_components(vtimezone, ICAL_XSTANDARD_COMPONENT), 1);
  EXPECT_EQ(icalcomponent_count_components(vtimezone, ICAL_XDAYLIGHT_COMPONENT), 0);
  EXPECT_EQ(StartThroughFileZone(calendar.get(), Events(calendar.get()).at(0)),
            Utc("2027-07-01", 0));
}

TEST(CalendarFileTest, EmptyFeedIsAValidCalendar) {
  Component calendar = Parse(CalendarFeed(Options("Europe/Berlin", Audience::kStaff), {}).value());
  ASSERT_TRUE(calendar);
  EXPECT_TRUE(Events(calendar.get()).empty());
}

TEST(CalendarFileTest, RefusesEventsItCannotWrite) {
  CalendarEvent event = Treatment("", Utc("2027-03-01", 15), 1);
  event.sequence = -1;
  event.end = event.start;
  const base::Result<std::string> text =
      AppointmentCalendar(Options("Europe/Berlin", Audience::kPatient), event);
  ASSERT_FALSE(text.has_value());
  EXPECT_EQ(text.error().problems().size(), 3u);
}

}  // namespace
}  // namespace needlepoint::ical
