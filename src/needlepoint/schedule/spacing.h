// CheckSpacing: the contract's rule for moving one session of a series (§4). The new date is
// compared with both neighbours: fewer than `min` days from either needs a provider's
// override with a reason (the caller audits it); more than `max` days is allowed with a
// warning.
#pragma once

#include <optional>

#include "needlepoint/base/civil_date.h"

namespace needlepoint::schedule {

enum class Spacing {
  kWithin,    // min ≤ gap ≤ max
  kTooClose,  // gap < min: needs an override with a reason
  kTooFar,    // gap > max: allowed, with a warning
};

struct SpacingCheck {
  std::optional<int> days_after_previous;  // absent for the first session
  std::optional<int> days_before_next;     // absent for the last session
  Spacing previous = Spacing::kWithin;
  Spacing next = Spacing::kWithin;

  bool needs_override() const {
    return previous == Spacing::kTooClose || next == Spacing::kTooClose;
  }
  bool warns() const { return previous == Spacing::kTooFar || next == Spacing::kTooFar; }
};

// Checks a session moved to `date` between the local dates of its neighbours.
SpacingCheck CheckSpacing(std::optional<base::CivilDate> previous, base::CivilDate date,
                          std::optional<base::CivilDate> next, int min_interval_days,
                          int max_interval_days);

}  // namespace needlepoint::schedule
