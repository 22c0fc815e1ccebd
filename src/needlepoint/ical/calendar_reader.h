// Reading calendar files back (RFC 5545), with libical: the check that a file Needlepoint
// wrote — or any .ics — is one clean VCALENDAR that libical parses without errors and that
// passes its restriction check, and the events in it with each start read through the file's
// own VTIMEZONE (not through a copy of the tz database), as a calendar app would read it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"

namespace needlepoint::ical {

struct ReadEvent {
  std::string uid;
  int sequence = 0;
  std::string summary;
  std::string status;       // "CANCELLED", "CONFIRMED", or "" when absent
  std::string tzid;         // DTSTART's TZID parameter ("" for UTC or floating)
  std::string local_start;  // DTSTART as written: "20270301T090000"
  base::Timestamp start;    // DTSTART through the file's VTIMEZONE
  base::Timestamp end;      // DTEND likewise
};

// The events of `text`, in file order. kInvalidArgument if it does not parse as one
// VCALENDAR, has parse errors, fails the restriction check, or names a TZID it does not define.
base::Result<std::vector<ReadEvent>> ReadCalendar(std::string_view text);

}  // namespace needlepoint::ical
