#include "needlepoint/base/time_zone.h"

#include <date/tz.h>

#include <cstdlib>
#include <stdexcept>

namespace needlepoint::base {

Result<TimeZone> TimeZone::Load(std::string_view iana_name) {
  try {
    const date::time_zone* zone = date::locate_zone(iana_name);
    return TimeZone(std::string(iana_name), zone);
  } catch (const std::exception&) {
    return Fail(InvalidArgument("unknown time zone '" + std::string(iana_name.substr(0, 64)) +
                                "' (expected an IANA name such as Europe/London)"));
  }
}

TimeZone TimeZone::Utc() { return TimeZone("UTC", date::locate_zone("UTC")); }

TimeZone TimeZone::Local() {
  try {
    if (const char* tz = std::getenv("TZ"); tz != nullptr && *tz != '\0') {
      if (Result<TimeZone> zone = Load(*tz == ':' ? tz + 1 : tz)) return *zone;
    }
    const date::time_zone* zone = date::current_zone();
    return TimeZone(std::string(zone->name()), zone);
  } catch (const std::exception&) {
    return Utc();
  }
}

CivilDate TimeZone::LocalDate(Timestamp t) const {
  const auto local = zone_->to_local(t);
  return CivilDate::FromDays(
      static_cast<int32_t>(date::floor<date::days>(local).time_since_epoch().count()));
}

int TimeZone::LocalMinuteOfDay(Timestamp t) const {
  const auto local = zone_->to_local(t);
  const auto since_midnight = local - date::floor<date::days>(local);
  return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count());
}

Timestamp TimeZone::ToUtc(CivilDate day, int minute_of_day) const {
  const date::local_time<std::chrono::microseconds> local{
      std::chrono::duration_cast<std::chrono::microseconds>(
          std::chrono::days(day.days_since_epoch()) + std::chrono::minutes(minute_of_day))};
  // For a unique time `first` is its offset. In a repeated hour `first` is the earlier
  // occurrence's offset. In a gap `first` is the offset before the transition, which maps the
  // skipped wall time to the instant the same distance after the transition.
  const date::local_info info = zone_->get_info(local);
  return Timestamp(local.time_since_epoch() - info.first.offset);
}

}  // namespace needlepoint::base
