#include "needlepoint/schedule/availability.h"

#include <algorithm>

namespace needlepoint::schedule {

void SearchTrace::Merge(const SearchTrace& other) {
  had_start |= other.had_start;
  patient_free |= other.patient_free;
  provider_free |= other.provider_free;
  room_free |= other.room_free;
  device_free |= other.device_free;
}

std::string SearchTrace::Reason() const {
  if (!had_start) {
    return "no provider works long enough for the session on an allowed day and time in the "
           "window";
  }
  if (!patient_free) return "the patient has another appointment whenever a session would fit";
  if (!provider_free) return "every provider is booked or off whenever a session would fit";
  if (!room_free) return "no room is free while a provider is";
  if (!device_free) return "no device is free while a provider and a room are";
  return "no provider, room and device free together in the window";
}

base::Result<Availability> Availability::Build(ClinicCalendar calendar) {
  NP_RETURN_IF_ERROR(ValidateCalendar(calendar));
  Availability index(calendar.zone);
  index.providers_.reserve(calendar.providers.size());
  for (Provider& provider : calendar.providers) {
    std::vector<Interval> blocked = std::move(provider.busy);
    blocked.insert(blocked.end(), provider.off.begin(), provider.off.end());
    for (std::vector<WorkingSpan>& spans : provider.hours) {
      std::sort(spans.begin(), spans.end(), [](const WorkingSpan& a, const WorkingSpan& b) {
        return a.from_minute < b.from_minute;
      });
    }
    index.providers_.push_back(
        {std::move(provider.id), std::move(provider.hours), IntervalSet(std::move(blocked))});
  }
  for (auto [from, to] :
       {std::pair{&calendar.rooms, &index.rooms_}, std::pair{&calendar.devices, &index.devices_}}) {
    to->reserve(from->size());
    for (Resource& resource : *from) {
      to->push_back({std::move(resource.id), IntervalSet(std::move(resource.busy))});
    }
  }
  return index;
}

std::optional<std::size_t> Availability::FindProvider(std::string_view id) const {
  for (std::size_t i = 0; i < providers_.size(); ++i) {
    if (providers_[i].id == id) return i;
  }
  return std::nullopt;
}

Availability::Pick Availability::FirstFree(const std::vector<ResourceIndex>& list,
                                           base::Timestamp start, base::Timestamp end) {
  Pick pick{std::nullopt, base::Timestamp::max()};
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::optional<base::Timestamp> until = list[i].busy.BlockedUntil(start, end);
    if (!until) return {i, start};
    pick.free_from = std::min(pick.free_from, *until);
  }
  return pick;
}

SearchTrace Availability::ScanDay(const LocalDay& day, std::size_t provider_index,
                                  const DayQuery& query,
                                  const std::function<bool(const Placement&)>& visit) const {
  SearchTrace trace;
  const TimePreferences& wishes = query.preferences;
  if (!wishes.weekdays.Contains(day.weekday()) || query.step_minutes <= 0) return trace;
  const ProviderIndex& provider = providers_[provider_index];
  const std::vector<WorkingSpan>& spans = provider.hours[static_cast<std::size_t>(day.weekday())];
  if (spans.empty()) return trace;

  base::Timestamp lowest = query.not_before;
  if (wishes.earliest_minute) lowest = std::max(lowest, day.Bound(*wishes.earliest_minute));
  const base::Timestamp latest_end =
      wishes.latest_end_minute ? day.Bound(*wishes.latest_end_minute) : base::Timestamp::max();

  for (const WorkingSpan& span : spans) {
    const base::Timestamp span_end = std::min(day.Bound(span.to_minute), latest_end);
    // Candidates before `next` are known to be infeasible (or outside the query).
    base::Timestamp next = lowest;
    for (int minute = span.from_minute; minute < span.to_minute; minute += query.step_minutes) {
      const std::optional<base::Timestamp> start = day.Start(minute);
      if (!start) continue;  // the clock skips this time (spring forward)
      if (*start >= query.before) return trace;
      if (*start < next) continue;  // known to be blocked
      const base::Timestamp end = *start + query.length;
      if (end > span_end) break;
      trace.had_start = true;

      bool patient_free = true;
      for (const Interval& own : query.patient_busy) {
        if (own.Overlaps(*start, end)) {
          next = std::max(next, own.to);
          patient_free = false;
        }
      }
      if (!patient_free) continue;
      trace.patient_free = true;

      if (std::optional<base::Timestamp> until = provider.blocked.BlockedUntil(*start, end)) {
        next = *until;
        continue;
      }
      trace.provider_free = true;

      Placement placement{day.date(), *start, end, provider_index, std::nullopt, std::nullopt};
      if (query.needs_room) {
        const Pick room = FirstFree(rooms_, *start, end);
        if (!room.index) {
          next = room.free_from;
          continue;
        }
        placement.room = room.index;
      }
      trace.room_free = true;
      if (query.needs_device) {
        const Pick device = FirstFree(devices_, *start, end);
        if (!device.index) {
          next = device.free_from;
          continue;
        }
        placement.device = device.index;
      }
      trace.device_free = true;
      if (!visit(placement)) return trace;
    }
  }
  return trace;
}

}  // namespace needlepoint::schedule
