#include "needlepoint/schedule/free_slots.h"

#include <algorithm>
#include <numeric>

#include "needlepoint/schedule/series.h"

namespace needlepoint::schedule {
base::Status ValidateSlotRequest(const Availability& availability, const SlotRequest& request) {
  std::vector<base::FieldProblem> problems;
  CheckRange(problems, "/service_minutes", request.service_minutes, kMinServiceMinutes,
             kMaxServiceMinutes);
  CheckRange(problems, "/step_minutes", request.step_minutes, kMinStepMinutes, kMaxStepMinutes);
  CheckRange(problems, "/days", request.days, 1, kMaxSlotDays);
  CheckRange(problems, "/count", request.count, 1, kMaxSlotCount);
  if (request.provider && !availability.FindProvider(*request.provider)) {
    problems.push_back({"/provider", "unknown provider '" + *request.provider + "'"});
  }
  if (request.needs_room && availability.room_count() == 0) {
    problems.push_back({"/rooms", "must not be empty when the appointment needs a room"});
  }
  if (request.needs_device && availability.device_count() == 0) {
    problems.push_back({"/devices", "must not be empty when the appointment needs a device"});
  }
  CheckTimePreferences(problems, request.preferences);
  if (problems.empty()) return base::OkStatus();
  return base::Status::Invalid(std::move(problems), "the free-slot search is not valid");
}

base::Result<std::vector<Slot>> FindFreeSlots(const Availability& availability,
                                              const SlotRequest& request) {
  NP_RETURN_IF_ERROR(ValidateSlotRequest(availability, request));
  std::vector<std::size_t> providers;
  if (request.provider) {
    providers.push_back(*availability.FindProvider(*request.provider));
  } else {
    providers.resize(availability.provider_count());
    std::iota(providers.begin(), providers.end(), std::size_t{0});
  }
  const DayQuery query{.length = std::chrono::minutes(request.service_minutes),
                       .step_minutes = request.step_minutes,
                       .preferences = request.preferences,
                       .needs_room = request.needs_room,
                       .needs_device = request.needs_device,
                       .patient_busy = request.patient_busy,
                       .not_before = request.not_before};
  const auto wanted = static_cast<std::size_t>(request.count);
  std::vector<Slot> slots;
  std::vector<Placement> today;
  const base::CivilDate last = request.from.AddDays(request.days - 1);
  for (base::CivilDate date = request.from; date <= last && slots.size() < wanted;
       date = date.AddDays(1)) {
    if (!request.preferences.weekdays.Contains(WeekdayOf(date))) continue;
    const LocalDay day(availability.zone(), date);
    today.clear();
    const std::size_t room_left = wanted - slots.size();
    for (std::size_t provider : providers) {
      std::size_t taken = 0;
      availability.ScanDay(day, provider, query, [&](const Placement& placement) {
        today.push_back(placement);
        return ++taken < room_left;  // no provider needs to give more than are still wanted
      });
    }
    // Each start once, with the provider listed first (stable sort keeps input order).
    std::stable_sort(today.begin(), today.end(),
                     [](const Placement& a, const Placement& b) { return a.start < b.start; });
    auto last_unique =
        std::unique(today.begin(), today.end(),
                    [](const Placement& a, const Placement& b) { return a.start == b.start; });
    for (auto it = today.begin(); it != last_unique && slots.size() < wanted; ++it) {
      slots.push_back(ToSlot(availability, *it));
    }
  }
  return slots;
}

}  // namespace needlepoint::schedule
