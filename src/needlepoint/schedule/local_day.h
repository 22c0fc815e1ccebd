// LocalDay: one local calendar date in the clinic's zone, turning wall-clock minutes of that
// date into instants. A date without a daylight-saving transition is a fixed offset (one
// addition per conversion); on a transition date each conversion asks the tz database.
#pragma once

#include <optional>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/schedule/weekday.h"

namespace needlepoint::schedule {

class LocalDay {
 public:
  // `zone` must outlive this object.
  LocalDay(const base::TimeZone& zone, base::CivilDate date);

  base::CivilDate date() const { return date_; }
  Weekday weekday() const { return WeekdayOf(date_); }

  // The instant a session starting at wall-clock `minute` (0…1440) begins: nullopt when the
  // clock skips that time (spring forward), the first occurrence when it repeats (fall back).
  std::optional<base::Timestamp> Start(int minute) const;

  // The first instant at which the wall clock reads `minute` or later: the transition itself
  // for a skipped time, the first occurrence for a repeated one. Used for the ends of working
  // hours and preference windows.
  base::Timestamp Bound(int minute) const;

 private:
  const base::TimeZone* zone_;
  base::CivilDate date_;
  std::optional<base::Timestamp> fixed_midnight_;  // local midnight, when the offset is fixed
};

}  // namespace needlepoint::schedule
