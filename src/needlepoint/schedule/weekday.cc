#include "needlepoint/schedule/weekday.h"

namespace needlepoint::schedule {

std::optional<Weekday> ParseWeekday(std::string_view name) {
  for (std::size_t i = 0; i < kWeekdayNames.size(); ++i) {
    if (kWeekdayNames[i] == name) return static_cast<Weekday>(i);
  }
  return std::nullopt;
}

}  // namespace needlepoint::schedule
