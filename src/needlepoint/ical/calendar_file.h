// Calendar files (RFC 5545) for appointments: one appointment as an .ics file (an e-mail
// attachment, a download) and a feed of many for a calendar app to subscribe to. Built and
// written with libical; only this module includes it.
//
// Times are written as the clinic's local wall-clock time with its zone (DTSTART;TZID=…),
// and each file carries a VTIMEZONE made from the system tz database, so an appointment at
// 09:00 stays at 09:00 across daylight-saving changes in every calendar app.
//
// What a title says is decided here, not by the caller, because calendar apps copy events to
// servers outside the clinic: a patient's calendar shows "Appointment at <clinic>" and never
// the procedure; a staff feed shows the kind of appointment and the session number, and no
// patient or clinical detail at all (the event carries none).
#pragma once

#include <span>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/domain/appointment.h"

namespace needlepoint::ical {

enum class Audience {
  kPatient,  // the patient's own calendar: no procedure, no clinical detail
  kStaff,    // the clinic's feed: kind and session number, no patient
};

struct CalendarEvent {
  // Stable for the appointment's whole life ("appointment-42@clinic.example"), so an updated
  // file replaces the event instead of adding one. 1…255 bytes.
  std::string uid;
  // The revision: the caller increments it on every change (time, room, cancellation), so a
  // calendar app knows the newer copy. ≥ 0.
  int sequence = 0;
  base::Timestamp start;
  base::Timestamp end;  // after start
  domain::AppointmentKind kind = domain::AppointmentKind::kConsultation;
  int session_number = 0;  // treatment k of N; 0 when not part of a series
  int session_count = 0;
  bool cancelled = false;  // written as STATUS:CANCELLED (the event stays, struck through)
  std::string location;    // optional: the clinic's address, or the room for staff
};

struct CalendarOptions {
  std::string clinic_name;                      // 1…200 bytes
  base::TimeZone zone = base::TimeZone::Utc();  // the clinic's zone
  base::Timestamp stamp;  // DTSTAMP: when the file is made (from the caller's Clock)
  Audience audience = Audience::kPatient;
};

// The event's title for `audience` ("Appointment at Needlepoint Clinic", "Treatment (session
// 2 of 4)").
std::string EventTitle(const CalendarOptions& options, const CalendarEvent& event);

// One appointment: a VCALENDAR with the zone's VTIMEZONE and one VEVENT. Fails with
// kInvalidArgument for an empty uid or clinic name, a negative sequence or end ≤ start.
base::Result<std::string> AppointmentCalendar(const CalendarOptions& options,
                                              const CalendarEvent& event);

// Many appointments in one VCALENDAR (a subscribed feed), in the order given; the feed is
// named after the clinic. An empty span gives a valid calendar with no events.
base::Result<std::string> CalendarFeed(const CalendarOptions& options,
                                       std::span<const CalendarEvent> events);

}  // namespace needlepoint::ical
