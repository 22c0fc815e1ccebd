// Planning: turns a screened intake into a treatment series as the protocol contract (§3, v2)
// defines — session count, interval, per-zone depth (indication clamped into the zone's
// default range, union over concerns, PIH reduction, flagged when capped by the zone), adjuncts,
// and the dated schedule with every session's prep and aftercare, the follow-up photos and the
// maintenance window.
#pragma once

#include "needlepoint/domain/intake.h"
#include "needlepoint/domain/plan.h"
#include "needlepoint/domain/screening.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

// The plan for `intake` given its `screening` (which must come from the same protocol and
// intake). The first session is the planned date, or the screening's earliest date for a
// dated deferral; for an undated deferral the schedule and every dated timeline stay empty.
// Call only when the verdict is not not_eligible. Pure and thread-safe.
domain::Plan MakePlan(const Protocol& protocol, const domain::Intake& intake,
                      const domain::Screening& screening);

// Screening plus, unless the verdict is not_eligible, the plan: what `needlepoint plan`
// answers.
domain::PlanResult ScreenAndPlan(const Protocol& protocol, const domain::Intake& intake);

// The depth one concern calls for in a zone (contract v2): the indication range clamped into
// the zone's default range, min = clamp(ind.min, zone.min, zone.max) and max = clamp(ind.max,
// zone.min, zone.max); `capped` when the indication reaches deeper than the zone's default.
struct ZoneDepth {
  domain::DepthRange range;
  bool capped = false;
};
ZoneDepth ClampToZone(domain::DepthRange zone_default, domain::DepthRange indication);

// `plan` with sessions 1..N dated `first` + (k−1)·interval.min, and everything that follows
// from the schedule re-dated (see Redated).
domain::Plan Scheduled(const Protocol& protocol, const domain::Screening& screening,
                       domain::Plan plan, base::CivilDate first);

// Session `number`'s prep and aftercare when it takes place on `date`: the protocol's items
// (those with `only_with` kept to the screening's findings) dated from that day. The
// session-day chart attaches this aftercare at sign-off, from the real date.
domain::SessionTimeline SessionTimelineFor(const Protocol& protocol,
                                           const domain::Screening& screening, int number,
                                           base::CivilDate date);

// `plan` with everything that follows from its schedule dated again: the maintenance window
// and follow-up photos from the last session, and every session's prep and aftercare (the
// protocol's items, kept to those the screening's findings call for). An empty schedule
// clears them all.
domain::Plan Redated(const Protocol& protocol, const domain::Screening& screening,
                     domain::Plan plan);

}  // namespace needlepoint::protocol
