#include "needlepoint/schedule/interval_set.h"

#include <algorithm>

namespace needlepoint::schedule {

IntervalSet::IntervalSet(std::vector<Interval> intervals) {
  std::erase_if(intervals, [](const Interval& i) { return i.to <= i.from; });
  auto by_start = [](const Interval& a, const Interval& b) { return a.from < b.from; };
  // Calendars read from storage usually arrive in order; sorting is then skipped.
  if (!std::is_sorted(intervals.begin(), intervals.end(), by_start)) {
    std::sort(intervals.begin(), intervals.end(), by_start);
  }
  intervals_.reserve(intervals.size());
  for (const Interval& interval : intervals) {
    if (!intervals_.empty() && interval.from <= intervals_.back().to) {
      intervals_.back().to = std::max(intervals_.back().to, interval.to);
    } else {
      intervals_.push_back(interval);
    }
  }
}

std::optional<base::Timestamp> IntervalSet::BlockedUntil(base::Timestamp start,
                                                         base::Timestamp end) const {
  // The first member ending after `start` is the only one that can be the first to overlap.
  auto it = std::partition_point(intervals_.begin(), intervals_.end(),
                                 [&](const Interval& i) { return i.to <= start; });
  if (it == intervals_.end() || it->from >= end) return std::nullopt;
  return it->to;
}

}  // namespace needlepoint::schedule
