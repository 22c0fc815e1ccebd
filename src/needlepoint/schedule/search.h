// What the series and free-slot searches share: the request checks, and the day-by-day search for
// the earliest feasible start over a range of local dates and a set of providers, ties going to the
// provider listed first.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/schedule/availability.h"
#include "needlepoint/schedule/calendar.h"

namespace needlepoint::schedule {

// One appointment, resources by id.
struct Slot {
  base::CivilDate date;  // local date of `start`
  base::Timestamp start;
  base::Timestamp end;
  std::string provider;
  std::optional<std::string> room;    // absent only when the search did not need one
  std::optional<std::string> device;  // likewise
};

struct EarliestResult {
  std::optional<Placement> placement;
  SearchTrace trace;
};

// The earliest feasible start on a local date in [first, last] with one of `providers`
// (indexes, in input order).
EarliestResult FindEarliest(const Availability& availability, base::CivilDate first,
                            base::CivilDate last, const std::vector<std::size_t>& providers,
                            const DayQuery& query);

// Adds a problem at `path` unless min ≤ value ≤ max.
void CheckRange(std::vector<base::FieldProblem>& problems, const std::string& path, int value,
                int min, int max);
// Adds the problems of `preferences` (no weekday allowed, times out of range, an empty window).
void CheckTimePreferences(std::vector<base::FieldProblem>& problems,
                          const TimePreferences& preferences);

// `placement` with resource ids instead of indexes.
Slot ToSlot(const Availability& availability, const Placement& placement);

}  // namespace needlepoint::schedule
