// Availability: a clinic calendar indexed for search, and the scheduling contract's
// feasibility rules (§2 rules 1–2) for one provider on one local day.
//
// Build it once per calendar snapshot and ask it many questions (a series proposal, a
// free-slot search). Each provider's time off and bookings become one IntervalSet, each
// room's and device's bookings another, so testing a candidate start costs a few binary
// searches, and a blocked candidate jumps straight past the booking that blocks it instead of
// stepping through the grid. Const methods are safe to call from any number of threads.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/status.h"
#include "needlepoint/schedule/calendar.h"
#include "needlepoint/schedule/interval_set.h"
#include "needlepoint/schedule/local_day.h"

namespace needlepoint::schedule {

// The patient's wishes about when (contract §1 `preferences`, less the preferred provider).
struct TimePreferences {
  WeekdaySet weekdays;                   // allowed weekdays; default every day
  std::optional<int> earliest_minute;    // a start no earlier than this local time
  std::optional<int> latest_end_minute;  // an end no later than this local time (≤ 1440)
};

// What one day's search looks for.
struct DayQuery {
  std::chrono::minutes length{0};  // the whole appointment
  int step_minutes = 15;           // the grid of candidate starts, from each span's start
  TimePreferences preferences;
  bool needs_room = true;
  bool needs_device = true;
  // The patient's own appointments, among them the sessions of the series already placed:
  // a start overlapping one is not feasible.
  std::span<const Interval> patient_busy;
  // Only starts in [not_before, before) are considered.
  base::Timestamp not_before = base::Timestamp::min();
  base::Timestamp before = base::Timestamp::max();
};

// A feasible start: a provider, and a room and a device when needed, free for [start, end).
struct Placement {
  base::CivilDate date;  // the local date of `start`
  base::Timestamp start;
  base::Timestamp end;
  std::size_t provider = 0;
  std::optional<std::size_t> room;
  std::optional<std::size_t> device;
};

// How far a search got, to explain why it found nothing. Each flag says some candidate start
// passed that test and every test before it.
struct SearchTrace {
  bool had_start = false;      // a grid start within working hours and the preferences
  bool patient_free = false;   // … the patient had nothing else then
  bool provider_free = false;  // … the provider was neither off nor booked
  bool room_free = false;      // … and a room was free
  bool device_free = false;    // … and a device was free

  void Merge(const SearchTrace& other);
  // A sentence naming the first test nothing passed.
  std::string Reason() const;
};

class Availability {
 public:
  // Indexes `calendar`. Fails with kInvalidArgument, each problem with its path, when
  // ValidateCalendar does.
  static base::Result<Availability> Build(ClinicCalendar calendar);

  const base::TimeZone& zone() const { return zone_; }
  std::size_t provider_count() const { return providers_.size(); }
  std::size_t room_count() const { return rooms_.size(); }
  std::size_t device_count() const { return devices_.size(); }
  const std::string& provider_id(std::size_t i) const { return providers_[i].id; }
  const std::string& room_id(std::size_t i) const { return rooms_[i].id; }
  const std::string& device_id(std::size_t i) const { return devices_[i].id; }
  // The index of the provider called `id`, or nullopt.
  std::optional<std::size_t> FindProvider(std::string_view id) const;

  // Calls `visit` with each feasible start of `provider` on `day`, earliest first, until it
  // returns false. The room and the device are the first free ones in input order (rule 5).
  // Returns how far the search got.
  SearchTrace ScanDay(const LocalDay& day, std::size_t provider, const DayQuery& query,
                      const std::function<bool(const Placement&)>& visit) const;

 private:
  struct ProviderIndex {
    std::string id;
    WeeklyHours hours;    // each day's spans sorted by start
    IntervalSet blocked;  // time off and bookings together
  };
  struct ResourceIndex {
    std::string id;
    IntervalSet busy;
  };

  explicit Availability(base::TimeZone zone) : zone_(std::move(zone)) {}

  // The first resource in `list` free for [start, end), or else the earliest time one of them
  // becomes free (a lower bound for the next feasible start).
  struct Pick {
    std::optional<std::size_t> index;
    base::Timestamp free_from;
  };
  static Pick FirstFree(const std::vector<ResourceIndex>& list, base::Timestamp start,
                        base::Timestamp end);

  base::TimeZone zone_;
  std::vector<ProviderIndex> providers_;
  std::vector<ResourceIndex> rooms_;
  std::vector<ResourceIndex> devices_;
};

}  // namespace needlepoint::schedule
