#include "needlepoint/schedule/spacing.h"

namespace needlepoint::schedule {
namespace {

Spacing Judge(int gap, int min, int max) {
  if (gap < min) return Spacing::kTooClose;
  if (gap > max) return Spacing::kTooFar;
  return Spacing::kWithin;
}

}  // namespace

SpacingCheck CheckSpacing(std::optional<base::CivilDate> previous, base::CivilDate date,
                          std::optional<base::CivilDate> next, int min_interval_days,
                          int max_interval_days) {
  SpacingCheck check;
  if (previous) {
    check.days_after_previous = previous->DaysUntil(date);
    check.previous = Judge(*check.days_after_previous, min_interval_days, max_interval_days);
  }
  if (next) {
    check.days_before_next = date.DaysUntil(*next);
    check.next = Judge(*check.days_before_next, min_interval_days, max_interval_days);
  }
  return check;
}

}  // namespace needlepoint::schedule
