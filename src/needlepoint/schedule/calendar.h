// ClinicCalendar: what the scheduling engine works on — the clinic's zone, its providers with
// their weekly hours, time off and bookings, and its rooms and devices with their bookings.
//
// Bookings and time off are UTC instants, as the database stores appointments; weekly hours
// are local wall-clock minutes, as a clinic writes them. (The JSON contract gives local times
// everywhere; contract/schedule_input_json converts them before the engine sees them.)
#pragma once

#include <array>
#include <string>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/schedule/weekday.h"

namespace needlepoint::schedule {

inline constexpr int kMinutesPerDay = 24 * 60;

// A half-open interval of instants [from, to). Intervals that merely touch do not overlap.
struct Interval {
  base::Timestamp from;
  base::Timestamp to;

  bool Overlaps(base::Timestamp start, base::Timestamp end) const {
    return from < end && start < to;
  }
  friend bool operator==(const Interval&, const Interval&) = default;
};

// One stretch of a provider's working day: [from_minute, to_minute) after local midnight,
// 0 ≤ from_minute < to_minute ≤ 1440 (1440 is the end of the day).
struct WorkingSpan {
  int from_minute = 0;
  int to_minute = 0;
  friend bool operator==(const WorkingSpan&, const WorkingSpan&) = default;
};

// Working spans per weekday (indexed by Weekday), non-overlapping within a day.
using WeeklyHours = std::array<std::vector<WorkingSpan>, 7>;

struct Provider {
  std::string id;
  WeeklyHours hours;
  std::vector<Interval> off;   // time off (leave, training); any order
  std::vector<Interval> busy;  // appointments and blocks; any order, may overlap
};

// A room or a device: one session at a time.
struct Resource {
  std::string id;
  std::vector<Interval> busy;
};

struct ClinicCalendar {
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<Provider> providers;  // input order breaks ties (contract §2 rule 5)
  std::vector<Resource> rooms;
  std::vector<Resource> devices;
};

// Checks what the engine relies on, naming each problem by its path in the contract's input
// shape ("/providers/0/hours/mon/1"): at least one provider; ids non-empty and unique across
// providers, rooms and devices; working spans inside the day, with to > from, not
// overlapping; every interval with to > from.
base::Status ValidateCalendar(const ClinicCalendar& calendar);

}  // namespace needlepoint::schedule
