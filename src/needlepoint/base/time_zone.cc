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

namespace {

date::local_seconds LocalSeconds(CivilDate day, int minute_of_day) {
  return date::local_seconds(std::chrono::days(day.days_since_epoch()) +
                             std::chrono::minutes(minute_of_day));
}

TimeZone::Offset OffsetOf(const date::sys_info& info) {
  return {info.offset, info.save != std::chrono::minutes(0), info.abbrev};
}

}  // namespace

TimeZone::Resolution TimeZone::Resolve(CivilDate day, int minute_of_day) const {
  const date::local_seconds local = LocalSeconds(day, minute_of_day);
  const date::local_info info = zone_->get_info(local);
  const auto at = [&](const date::sys_info& sys) {
    return Timestamp(local.time_since_epoch() - sys.offset);
  };
  switch (info.result) {
    case date::local_info::nonexistent: {
      const Timestamp transition(info.second.begin);
      return {Resolution::Kind::kSkipped, transition, transition};
    }
    case date::local_info::ambiguous:
      return {Resolution::Kind::kRepeated, at(info.first), at(info.second)};
    default:
      return {Resolution::Kind::kUnique, at(info.first), at(info.first)};
  }
}

std::optional<std::chrono::seconds> TimeZone::OffsetThroughout(CivilDate day) const {
  const date::local_seconds midnight = LocalSeconds(day, 0);
  const date::local_info start = zone_->get_info(midnight);
  if (start.result != date::local_info::unique) return std::nullopt;
  const date::sys_seconds first(midnight.time_since_epoch() - start.first.offset);
  const date::sys_seconds last = first + std::chrono::days(1);
  if (start.first.end <= last) return std::nullopt;  // the rule changes during the day
  return start.first.offset;
}

TimeZone::Offset TimeZone::OffsetAt(Timestamp t) const { return OffsetOf(zone_->get_info(t)); }

std::vector<TimeZone::Transition> TimeZone::Transitions(Timestamp from, Timestamp to) const {
  std::vector<Transition> out;
  date::sys_info info = zone_->get_info(from);
  while (Timestamp(info.end) < to) {
    const date::sys_info next = zone_->get_info(info.end);
    Offset before = OffsetOf(info);
    Offset after = OffsetOf(next);
    if (before != after)
      out.push_back({Timestamp(next.begin), std::move(before), std::move(after)});
    if (next.end <= next.begin) break;  // defensive: never loop on a malformed range
    info = next;
  }
  return out;
}

}  // namespace needlepoint::base
