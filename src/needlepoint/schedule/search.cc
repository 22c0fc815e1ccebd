#include "needlepoint/schedule/search.h"

namespace needlepoint::schedule {

void CheckRange(std::vector<base::FieldProblem>& problems, const std::string& path, int value,
                int min, int max) {
  if (value < min || value > max) {
    problems.push_back({path, "must be between " + std::to_string(min) + " and " +
                                  std::to_string(max) + ", not " + std::to_string(value)});
  }
}

void CheckTimePreferences(std::vector<base::FieldProblem>& problems,
                          const TimePreferences& wishes) {
  if (wishes.weekdays.empty()) {
    problems.push_back({"/preferences/weekdays", "must allow at least one weekday"});
  }
  if (wishes.earliest_minute) {
    CheckRange(problems, "/preferences/earliest", *wishes.earliest_minute, 0, kMinutesPerDay - 1);
  }
  if (wishes.latest_end_minute) {
    CheckRange(problems, "/preferences/latest_end", *wishes.latest_end_minute, 1, kMinutesPerDay);
  }
  if (wishes.earliest_minute && wishes.latest_end_minute &&
      *wishes.latest_end_minute <= *wishes.earliest_minute) {
    problems.push_back({"/preferences/latest_end", "must be later than earliest"});
  }
}

EarliestResult FindEarliest(const Availability& availability, base::CivilDate first,
                            base::CivilDate last, const std::vector<std::size_t>& providers,
                            const DayQuery& query) {
  EarliestResult result;
  for (base::CivilDate date = first; date <= last; date = date.AddDays(1)) {
    if (!query.preferences.weekdays.Contains(WeekdayOf(date))) continue;
    const LocalDay day(availability.zone(), date);
    DayQuery today = query;
    for (std::size_t provider : providers) {
      // A later provider must start strictly earlier to win a tie (rule 5).
      if (result.placement) today.before = std::min(today.before, result.placement->start);
      result.trace.Merge(availability.ScanDay(day, provider, today, [&](const Placement& found) {
        result.placement = found;
        return false;
      }));
    }
    if (result.placement) return result;
  }
  return result;
}

Slot ToSlot(const Availability& availability, const Placement& placement) {
  Slot slot{placement.date, placement.start,
            placement.end,  availability.provider_id(placement.provider),
            std::nullopt,   std::nullopt};
  if (placement.room) slot.room = availability.room_id(*placement.room);
  if (placement.device) slot.device = availability.device_id(*placement.device);
  return slot;
}

}  // namespace needlepoint::schedule
