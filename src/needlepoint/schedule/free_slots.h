// FindFreeSlots: the first free starts for one appointment (a consultation, a single visit)
// from a date on, under the same feasibility rules as a series session (contract §2 rules
// 1, 2 and 5). Each start time appears once, with the first provider (in input order) free
// then, or only with the requested provider.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/schedule/availability.h"
#include "needlepoint/schedule/search.h"

namespace needlepoint::schedule {

inline constexpr int kMaxSlotCount = 2000;  // a month of every free start
inline constexpr int kDefaultSlotCount = 10;
inline constexpr int kMaxSlotDays = 366;
inline constexpr int kDefaultSlotDays = 31;

struct SlotRequest {
  int service_minutes = 0;
  int step_minutes = 15;
  base::CivilDate from;                 // the first local date searched
  int days = kDefaultSlotDays;          // dates searched: [from, from + days)
  int count = kDefaultSlotCount;        // at most this many starts
  std::optional<std::string> provider;  // only this provider (an id)
  bool needs_room = true;
  bool needs_device = true;
  TimePreferences preferences;
  std::vector<Interval> patient_busy;  // the patient's own appointments, when known
  // Only starts at or after this instant (the API passes "now" so no slot is in the past).
  base::Timestamp not_before = base::Timestamp::min();
};

// Checks `request` (ranges, the provider exists, a room and a device exist when needed).
base::Status ValidateSlotRequest(const Availability& availability, const SlotRequest& request);

// Up to `count` free starts in time order. Fails only with kInvalidArgument.
base::Result<std::vector<Slot>> FindFreeSlots(const Availability& availability,
                                              const SlotRequest& request);

}  // namespace needlepoint::schedule
