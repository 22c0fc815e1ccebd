// Plan editing: the clinical rules for changing a stored treatment plan, as one pure function
// the use case calls between reading and writing the plan —
//   - a zone's depth: never above the zone's hard maximum; outside the protocol's computed
//     range only with a reason (deeper than a capped zone's default is such an edit);
//   - the interval, and a session's date: spacing below the protocol's minimum only with a
//     reason (trials used two weeks, so it warns, it does not forbid); above the maximum warns;
//     moving a session re-dates the sessions after it, and every change re-dates the
//     timelines, follow-up photos and maintenance window;
//   - overriding a deferral the protocol marks overridable (isotretinoin's past-use window),
//     with a reason;
//   - the status: proposed → active → completed, or cancelled; activating (and moving an
//     active plan's first session) needs a screening that allows treatment on the first
//     session's date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/status.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/plan_edit.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

struct EditOutcome {
  domain::TreatmentPlan plan;
  std::vector<std::string> warnings;  // what the clinician should see about the change
  // For the audit row: what was overridden or changed, never the free-text reasons (which
  // may hold clinical details).
  std::string audit_detail;
};

// Applies `edit` to `plan`, judged by `protocol` (the plan's own protocol version) and the
// consultation the plan was made from. `editor` and `now` stamp new overrides.
// Errors: kInvalidArgument with every problem's path; kFailedPrecondition for a closed plan,
// a refused status transition or an activation the screening does not allow (each blocking
// finding named at /findings/<code>).
base::Result<EditOutcome> ApplyPlanEdit(const Protocol& protocol,
                                        const domain::Consultation& consultation,
                                        domain::TreatmentPlan plan, const domain::PlanEdit& edit,
                                        base::UserId editor, base::Timestamp now);

// Whether `plan` may be treated from its first session: the consultation's intake screened
// again on the first session's date, with the plan's overridden findings set aside, must not
// be not_eligible or defer. OK, or kFailedPrecondition naming each blocking finding at
// /findings/<code> (a dated deferral with its date; an undated one needs a new consultation).
base::Status CheckActivation(const Protocol& protocol, const domain::Consultation& consultation,
                             const domain::TreatmentPlan& plan);

}  // namespace needlepoint::protocol
