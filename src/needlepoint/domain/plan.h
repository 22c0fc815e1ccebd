// Plan: a treatment series computed from a screening and an intake — how many sessions, how
// far apart, at what depth in each zone, with which adjuncts, and the dated prep, aftercare,
// photo and maintenance timeline that follows from the first session.
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
  std::string evidence;       // zone note where the literature disagrees (periorbital)
};

struct AdjunctPlan {
  AdjunctCode code = AdjunctCode::kHyaluronicAcid;
  bool optional = false;       // offered, not part of the recommendation
  bool after_healing = false;  // applied only once the channels have closed
  std::string evidence;
};

struct SessionDate {
  int number = 1;  // 1-based
  base::CivilDate date;
};

struct DateRange {
  base::CivilDate from;
  base::CivilDate to;
};

// One dated item of the prep or aftercare timeline. `to` absent: open-ended ("from D+21").
template <typename Code>
struct TimelineEntry {
  Code code{};
  base::CivilDate from;
  std::optional<base::CivilDate> to;
  std::string instruction;  // what the patient is told
};

// An evidence note attached to a plan rule (interval, sessions…).
struct PlanNote {
  std::string topic;
  std::string note;
  std::string source;
};

struct IntervalDays {
  int min = 28;
  int max = 42;
};

struct Plan {
  int sessions = 3;
  IntervalDays interval;
  std::vector<ZonePlan> zones;  // in zone order
  std::vector<AdjunctPlan> adjuncts;
  // Session dates; empty while a deferral has no date (the series waits for it to resolve).
  std::vector<SessionDate> schedule;
  std::optional<DateRange> maintenance;
  std::vector<TimelineEntry<PrepCode>> prep;            // for session 1
  std::vector<TimelineEntry<AftercareCode>> aftercare;  // for session 1
  std::vector<base::CivilDate> follow_up_photos;
  CodeSet<AlternativeCode> alternatives;
  std::vector<PlanNote> notes;
};

// What `needlepoint plan` answers: the screening, and a plan unless the verdict is
// not_eligible.
struct PlanResult {
  Screening screening;
  std::optional<Plan> plan;
};

}  // namespace needlepoint::domain
