// TimeZone: an IANA time zone from the operating system's tz database, and the conversions
// between UTC instants and a clinic's civil dates and wall-clock times.
//
// Appointments are stored in UTC; a clinic's "today", its opening hours and the dates printed
// on a patient's plan are civil dates in the clinic's zone.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

  // What one wall-clock reading means in this zone. `minute_of_day` may be 1440 (the next
  // midnight) or more; it counts from `date`'s midnight.
  struct Resolution {
    enum class Kind {
      kUnique,    // the clock reads this time once
      kSkipped,   // a spring-forward gap: the clock never reads it
      kRepeated,  // a fall-back hour: the clock reads it twice
    };
    Kind kind;
    // kUnique: the instant. kRepeated: the first occurrence. kSkipped: the transition, the
    // first instant at which the clock reads a later time.
    Timestamp first;
    // kRepeated: the second occurrence; otherwise equal to `first`.
    Timestamp second;
  };
  Resolution Resolve(CivilDate date, int minute_of_day) const;

  // The offset from UTC (local = UTC + offset) in force during the whole local day `date`,
  // from its midnight up to and including the next midnight; nullopt when the offset changes
  // during that day (a daylight-saving transition day).
  std::optional<std::chrono::seconds> OffsetThroughout(CivilDate date) const;

  // The zone's rule in force at one instant.
  struct Offset {
    std::chrono::seconds utc_offset;  // local = UTC + utc_offset
    bool daylight = false;            // daylight-saving (summer) time
    std::string abbreviation;         // "EST", "AEDT"; may be numeric ("+03")
    friend bool operator==(const Offset&, const Offset&) = default;
  };
  Offset OffsetAt(Timestamp t) const;

  // A change of the zone's rule: from `at` on, `after` applies instead of `before`.
  struct Transition {
    Timestamp at;
    Offset before;
    Offset after;
  };
  // Every transition in [from, to), in order. Transitions that change neither the offset nor
  // the daylight flag nor the abbreviation are left out.
  //
  // Known limit: Howard Hinnant's date 3.0.1 reads the system's TZif files without their
  // POSIX footer rule, so zones have no transitions after their last listed one (2037 for the
  // usual zones): daylight saving is not applied from 2038 on.
  std::vector<Transition> Transitions(Timestamp from, Timestamp to) const;

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
