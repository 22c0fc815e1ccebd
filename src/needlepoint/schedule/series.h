// ProposeSeries: where the sessions of a treatment series go (scheduling contract §2).
//
// Session 1 goes to the earliest feasible start in [D0, D0 + horizon_days), D0 being the later
// of the plan's first date and not_before, with the preferred provider if they have one, else
// with any provider. Session k > 1 goes to the earliest feasible start on a date in
// [d + min, d + max] (d: the local date of session k − 1) with session 1's provider, else with
// any provider. Ties go to providers, rooms and devices in input order. One session that fits
// nowhere makes the whole series unplaceable: no partial series is proposed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/schedule/availability.h"
#include "needlepoint/schedule/search.h"

namespace needlepoint::schedule {

// The contract's ranges (§1), shared with the JSON reader so both say the same.
inline constexpr int kMinServiceMinutes = 15, kMaxServiceMinutes = 480;
inline constexpr int kMinStepMinutes = 5, kMaxStepMinutes = 60, kDefaultStepMinutes = 15;
inline constexpr int kMinHorizonDays = 1, kMaxHorizonDays = 366, kDefaultHorizonDays = 90;
inline constexpr int kMinSessions = 1, kMaxSessions = 6;
inline constexpr int kMaxIntervalDays = 366;

struct SeriesRequest {
  int service_minutes = 0;  // the whole appointment, numbing included
  int step_minutes = kDefaultStepMinutes;
  int horizon_days = kDefaultHorizonDays;
  int sessions = 1;
  int min_interval_days = 0;  // between the local dates of consecutive sessions
  int max_interval_days = 0;
  base::CivilDate first_date;                 // the plan's first scheduled date
  std::optional<base::CivilDate> not_before;  // the screening's earliest_date
  TimePreferences preferences;
  std::optional<std::string> preferred_provider;  // a provider id
  // The patient's other appointments (not in the contract's JSON; the API fills it in so a
  // series never overlaps the patient's consultation or another series).
  std::vector<Interval> patient_busy;
};

struct ProposedSession {
  int session = 0;  // 1-based
  Slot slot;
  std::optional<int> gap_days;    // local calendar days since the previous session
  bool provider_changed = false;  // not with the provider the rule tried first
};

// Why a series could not be placed: the first session with no feasible start, and the first
// and last local dates searched for it.
struct Unplaceable {
  int session = 0;
  base::CivilDate from;
  base::CivilDate to;
  std::string reason;
};

// Either every session, or why not.
struct SeriesProposal {
  std::vector<ProposedSession> sessions;  // empty when unplaceable
  std::optional<Unplaceable> unplaceable;
};

// Checks `request` against the contract's ranges and `availability` (the preferred provider
// exists, there is a room and a device). Problems carry the contract's input paths.
base::Status ValidateSeriesRequest(const Availability& availability, const SeriesRequest& request);

// Places the series. Fails only with kInvalidArgument when ValidateSeriesRequest does; an
// unplaceable series is a successful answer with `unplaceable` set.
base::Result<SeriesProposal> ProposeSeries(const Availability& availability,
                                           const SeriesRequest& request);

}  // namespace needlepoint::schedule
