// Keeping a treatment plan in step with its booked sessions: the plan's schedule — and with it
// every session's prep and aftercare timeline, the follow-up photos and the maintenance
// window — is re-dated to the local dates of the appointments that hold its sessions, through
// the protocol's own plan editing (protocol::ApplyPlanEdit), so the portal shows real dates
// and the same clinical rules apply as to a clinician's edit (a short gap needs a reason; an
// active plan's new first date is screened again).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/booking.h"
#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

// Re-dates `plan` (as read in `tx`) to the sessions of `appointments` that hold their slot or
// were completed, and moves it to `status` if given; writes it in `tx`. `override_reason` is
// recorded for a gap below the plan's minimum (the caller checked that a provider gave it).
// Appends what the clinician should see to `warnings`. A closed plan is returned unchanged.
// Errors as protocol::ApplyPlanEdit (kFailedPrecondition when the screening does not allow
// the new first date), and kConflict for a plan changed meanwhile.
base::Result<domain::TreatmentPlan> SyncPlanDates(
    AppEnv& env, storage::Transaction& tx, const RequestContext& context,
    const base::TimeZone& zone, domain::TreatmentPlan plan,
    const std::vector<domain::Appointment>& appointments, const std::string& override_reason,
    std::optional<domain::PlanStatus> status, std::vector<std::string>& warnings);

// A spacing below the plan's minimum of `min_days` (what `what` says is too close): OK when
// a provider gave `override_reason`; otherwise kFailedPrecondition at /override_reason (only
// a provider may override, and only with a reason).
base::Status CheckSpacingOverride(const RequestContext& context, const std::string& override_reason,
                                  int min_days, const std::string& what);

// Appends the plan's own warnings (SyncPlanDates) as warnings about no one session.
void AddPlanWarnings(const std::vector<std::string>& plan_warnings,
                     std::vector<BookingWarning>& warnings);

// The appointment holding each session of a plan (slot-holding or completed), by session.
std::vector<const domain::Appointment*> SessionsHeld(
    const std::vector<domain::Appointment>& appointments, int sessions);

}  // namespace needlepoint::app
