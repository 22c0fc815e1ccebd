#include "needlepoint/schedule/local_day.h"

namespace needlepoint::schedule {

LocalDay::LocalDay(const base::TimeZone& zone, base::CivilDate date) : zone_(&zone), date_(date) {
  if (std::optional<std::chrono::seconds> offset = zone.OffsetThroughout(date)) {
    fixed_midnight_ = base::Timestamp(std::chrono::days(date.days_since_epoch()) - *offset);
  }
}

std::optional<base::Timestamp> LocalDay::Start(int minute) const {
  if (fixed_midnight_) return *fixed_midnight_ + std::chrono::minutes(minute);
  const base::TimeZone::Resolution resolved = zone_->Resolve(date_, minute);
  if (resolved.kind == base::TimeZone::Resolution::Kind::kSkipped) return std::nullopt;
  return resolved.first;
}

base::Timestamp LocalDay::Bound(int minute) const {
  if (fixed_midnight_) return *fixed_midnight_ + std::chrono::minutes(minute);
  return zone_->Resolve(date_, minute).first;
}

}  // namespace needlepoint::schedule
