// Booking a treatment series from its plan (scheduling contract §4): propose every session on
// the clinic's real calendars with the scheduling engine (schedule::ProposeSeries), let the
// caller move one, then book all of them or none — re-checked by the database at commit, so a
// slot taken in between fails the booking with kConflict instead of double-booking. The plan
// must be active: activating it screened its first date again. Booking re-dates the plan
// (plan_sync.h) and schedules each session's reminders; each session is then its own
// appointment (booking.h). Cancelling the rest of a series is here too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/booking.h"
#include "needlepoint/schedule/series.h"

namespace needlepoint::app {

struct SeriesOptions {
  schedule::TimePreferences preferences;
  std::optional<base::UserId> provider;  // preferred for session 1; the rest follow session 1's
  int step_minutes = schedule::kDefaultStepMinutes;
  int horizon_days = schedule::kDefaultHorizonDays;
};

struct SeriesProposal {
  base::TimeZone zone = base::TimeZone::Utc();
  domain::ServiceType service;
  domain::TreatmentPlan plan;
  schedule::SeriesProposal proposal;  // every session, or why it is unplaceable
};

// Staff: proposes the plan's sessions from the plan's first date (or the screening's
// earliest date, whichever is later, and never before tomorrow), with the clinic's treatment
// length. Nothing is booked. kFailedPrecondition if the plan is not active or already has
// booked sessions, or no provider has working hours; kInvalidArgument at /provider_id,
// /preferences/…, /step_minutes, /horizon_days.
base::Result<SeriesProposal> ProposePlanSeries(AppEnv& env, RequestContext& context,
                                               base::PlanId plan, const SeriesOptions& options);

// One session as the caller books it (usually the proposal's, one of them perhaps moved).
struct SessionChoice {
  int session = 1;
  contract::LocalDateTime start;
  base::UserId provider;
  std::optional<base::ResourceId> room;    // default: the first free room
  std::optional<base::ResourceId> device;  // default: the first free device
};

// Staff: books every session of the plan (exactly sessions 1..N) in one transaction. Each
// start must lie in its provider's working hours; consecutive sessions are spaced by the
// plan's interval (schedule::CheckSpacing) — closer than the minimum needs a provider and
// `override_reason` (kPermissionDenied / kInvalidArgument at /override_reason), further than
// the maximum warns. kConflict (nothing booked) if any slot is taken; kFailedPrecondition if
// the plan is not active, already booked, or its new first date is not allowed by the
// screening; kInvalidArgument at /sessions/i/… for bad choices.
base::Result<Booking> BookPlanSeries(AppEnv& env, RequestContext& context, base::PlanId plan,
                                     const std::vector<SessionChoice>& sessions,
                                     const std::string& override_reason);

// Staff: cancels every session of the plan that has not happened yet and voids their
// reminders; with `close_plan`, the plan is cancelled too (owner or provider only).
base::Result<Booking> CancelRemainingSessions(AppEnv& env, RequestContext& context,
                                              base::PlanId plan, bool close_plan);

}  // namespace needlepoint::app
