// IntervalSet: one resource's busy time as a sorted list of disjoint intervals, so "is
// [start, end) free, and if not, when could it be?" is one binary search, whatever the length
// of the calendar.
#pragma once

#include <optional>
#include <vector>

#include "needlepoint/schedule/calendar.h"

namespace needlepoint::schedule {

class IntervalSet {
 public:
  IntervalSet() = default;
  // Sorts `intervals` and merges those that overlap or touch; empty ones are dropped.
  explicit IntervalSet(std::vector<Interval> intervals);

  // Whether [start, end) overlaps a member.
  bool Overlaps(base::Timestamp start, base::Timestamp end) const {
    return BlockedUntil(start, end).has_value();
  }

  // If [start, end) overlaps a member, the end of the first such member, else nullopt.
  // Every interval of the same length starting in [start, that end) overlaps the same member,
  // so a search for a free start can jump straight to it.
  std::optional<base::Timestamp> BlockedUntil(base::Timestamp start, base::Timestamp end) const;

  const std::vector<Interval>& intervals() const { return intervals_; }

 private:
  std::vector<Interval> intervals_;  // sorted, disjoint, not touching
};

}  // namespace needlepoint::schedule
