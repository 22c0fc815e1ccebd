// Planning: turns a screened intake into a treatment series as the protocol contract (§3)
// defines — session count, interval, per-zone depth (indication ∩ zone, union over concerns,
// PIH reduction, hard cap), adjuncts, and the dated schedule, prep, aftercare, follow-up
// photos and maintenance window that follow from the first session.
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

// The depth range for one concern of `severity` in a zone, per the contract:
// min = min(max(zone.min, ind.min), hard), max = min(ind.max, hard), min = min(min, max).
domain::DepthRange IntersectDepth(domain::DepthRange zone_default, domain::Depth hard_max,
                                  domain::DepthRange indication);

}  // namespace needlepoint::protocol
