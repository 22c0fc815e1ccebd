// TimeZone: an IANA time zone from the operating system's tz database, and the conversions
// between UTC instants and a clinic's civil dates and wall-clock times.
//
// Appointments are stored in UTC; a clinic's "today", its opening hours and the dates printed
// on a patient's plan are civil dates in the clinic's zone.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"

namespace date {
class time_zone;
}

namespace needlepoint::base {

class TimeZone {
 public:
  // Looks up `iana_name` ("Europe/London"). Fails with kInvalidArgument if the name is not in
  // the system tz database.
  static Result<TimeZone> Load(std::string_view iana_name);
  // UTC, which always exists.
  static TimeZone Utc();
  // The machine's zone (TZ, else /etc/localtime), or UTC if it cannot be determined.
  static TimeZone Local();

  const std::string& name() const { return name_; }

  // The civil date in this zone at instant `t`.
  CivilDate LocalDate(Timestamp t) const;
  // Minutes since local midnight at instant `t`.
  int LocalMinuteOfDay(Timestamp t) const;
  // The instant at which the local wall clock in this zone reads `date` + `minute_of_day`.
  // In a DST gap the time is moved forward by the gap; in a repeated hour the first
  // occurrence is used.
  Timestamp ToUtc(CivilDate date, int minute_of_day) const;

 private:
  TimeZone(std::string name, const date::time_zone* zone) : name_(std::move(name)), zone_(zone) {}
  std::string name_;
  const date::time_zone* zone_;  // owned by the process-wide tz database; never null
};

// Today's civil date in `zone` according to `clock`.
inline CivilDate Today(const Clock& clock, const TimeZone& zone) {
  return zone.LocalDate(clock.Now());
}

}  // namespace needlepoint::base
