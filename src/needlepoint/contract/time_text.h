// The scheduling contract's time formats: local wall-clock times of day ("09:30"), local
// date-times ("2027-03-01T09:30", no seconds, no offset) and UTC instants
// ("2027-03-01T14:30:00Z").
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"
#include "needlepoint/base/time_zone.h"

namespace needlepoint::contract {

// A wall-clock reading on a local date.
struct LocalDateTime {
  base::CivilDate date;
  int minute = 0;  // after local midnight, 0…1439
  friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
};

// Parses exactly "HH:MM" (00:00…23:59) into minutes after midnight; with `allow_end_of_day`,
// "24:00" too (1440), for the end of a working day.
base::Result<int> ParseClockTime(std::string_view text, bool allow_end_of_day);
// Parses exactly "YYYY-MM-DDTHH:MM".
base::Result<LocalDateTime> ParseLocalDateTime(std::string_view text);

// "HH:MM" for minutes after midnight (1440 gives "24:00").
std::string ClockTimeText(int minute);
// The local wall-clock reading of `t` in `zone`, as "YYYY-MM-DDTHH:MM".
std::string LocalDateTimeText(const base::TimeZone& zone, base::Timestamp t);
// `t` as "YYYY-MM-DDTHH:MM:SSZ" (whole seconds, truncated).
std::string UtcText(base::Timestamp t);
// Parses exactly "YYYY-MM-DDTHH:MM:SSZ" (what UtcText writes).
base::Result<base::Timestamp> ParseUtcText(std::string_view text);

}  // namespace needlepoint::contract
