// Plan: a treatment series computed from a screening and an intake — how many sessions, how
// far apart, at what depth in each zone, with which adjuncts, and the dated prep, aftercare,
// photo and maintenance timeline that follows from the session dates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/depth.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::domain {

struct ZonePlan {
  Zone zone = Zone::kForehead;
  DepthRange depth;           // what the series should use in this zone
  CodeSet<Concern> concerns;  // the concerns in this zone that set the depth
  DepthRange zone_default;    // what the charting screen suggests for the zone
  Depth hard_max;             // never exceeded, whatever a clinic's file says
  bool pih_reduced = false;   // max lowered because of pih_risk
  // An indication reaches deeper than the zone's default (contract v2): the depth stops at
  // the default; deeper, up to the hard maximum, is a provider's edit with a reason.
  bool capped_by_zone = false;
  std::string evidence;  // zone note where the literature disagrees (periorbital)
  friend bool operator==(const ZonePlan&, const ZonePlan&) = default;
};

struct AdjunctPlan {
  AdjunctCode code = AdjunctCode::kHyaluronicAcid;
  bool optional = false;       // offered, not part of the recommendation
  bool after_healing = false;  // applied only once the channels have closed
  std::string evidence;
  friend bool operator==(const AdjunctPlan&, const AdjunctPlan&) = default;
};

struct SessionDate {
  int number = 1;  // 1-based
  base::CivilDate date;
  friend bool operator==(const SessionDate&, const SessionDate&) = default;
};

struct DateRange {
  base::CivilDate from;
  base::CivilDate to;
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

// One dated item of the prep or aftercare timeline. `to` absent: open-ended ("from D+21").
template <typename Code>
struct TimelineEntry {
  Code code{};
  base::CivilDate from;
  std::optional<base::CivilDate> to;
  std::string instruction;  // what the patient is told
  friend bool operator==(const TimelineEntry&, const TimelineEntry&) = default;
};

// The prep and aftercare of one session, dated from that session's day. The protocol's offsets
// are the same for every session (contract v2), so antiviral prophylaxis or a blood-thinner
// review is asked for before each session, not only before the first.
struct SessionTimeline {
  int session = 1;
  base::CivilDate date;
  std::vector<TimelineEntry<PrepCode>> prep;
  std::vector<TimelineEntry<AftercareCode>> aftercare;
  friend bool operator==(const SessionTimeline&, const SessionTimeline&) = default;
};

// An evidence note attached to a plan rule (interval, sessions, a capped zone…).
struct PlanNote {
  std::string topic;
  std::string note;
  std::string source;
  friend bool operator==(const PlanNote&, const PlanNote&) = default;
};

// The longest interval between two sessions a plan may set, in days.
inline constexpr int kMaxIntervalDays = 365;

struct IntervalDays {
  int min = 28;
  int max = 42;
  friend bool operator==(const IntervalDays&, const IntervalDays&) = default;
};

struct Plan {
  int sessions = 3;
  IntervalDays interval;
  std::vector<ZonePlan> zones;  // in zone order
  std::vector<AdjunctPlan> adjuncts;
  // Session dates; empty while a deferral has no date (the series waits for it to resolve).
  std::vector<SessionDate> schedule;
  std::optional<DateRange> maintenance;
  std::vector<TimelineEntry<PrepCode>> prep;            // session 1's (the contract's field)
  std::vector<TimelineEntry<AftercareCode>> aftercare;  // session 1's (the contract's field)
  std::vector<SessionTimeline> timelines;               // every session's, 1 to N
  std::vector<base::CivilDate> follow_up_photos;
  CodeSet<AlternativeCode> alternatives;
  std::vector<PlanNote> notes;
  friend bool operator==(const Plan&, const Plan&) = default;
};

// What `needlepoint plan` answers: the screening, and a plan unless the verdict is
// not_eligible.
struct PlanResult {
  Screening screening;
  std::optional<Plan> plan;
};

}  // namespace needlepoint::domain
