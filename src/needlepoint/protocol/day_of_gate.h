// The day-of gate (session-day contract §2): the check-in answers merged into the
// consultation's intake as an intake of the protocol contract dated on the session's day, and
// what the screening of it means for the session —
//   not_eligible (any contraindication)  blocked; no override exists
//   defer                                blocked unless a provider overrides with a reason
//   eligible_with_precautions            proceeds; each required action confirmed first
//   eligible                             proceeds
// A deferral the plan already set aside (an overridable finding, dated, overridden on the
// plan with a reason) does not block again. Pure and thread-safe.
#pragma once

#include <vector>

#include "needlepoint/base/status.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/treatment_session.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

// The consultation's `intake` as it stands on `session_date`, with `answers` merged in:
// assessed_on and planned_date are the session's date; the skin-today conditions the
// questions ask about (cold sore, sunburn, acne, infection, recent sun exposure) are the
// answers', the others stay as the consultation recorded them; new medications, procedures
// and free-text medications are added; pregnancy and breastfeeding are the answers'. The prep:
// not stopping retinoids or acids makes them ongoing; stopping them dates every ongoing one
// at `retinoids_acids_last_use` (kInvalidArgument at /prep/retinoids_acids_last_use when the
// consultation recorded ongoing use and no date is given); hair removal during the prep is a
// procedure; not avoiding the sun is recent sun exposure.
base::Result<domain::Intake> MergeCheckIn(const domain::Intake& intake,
                                          const domain::CheckInAnswers& answers,
                                          base::CivilDate session_date);

struct GateOutcome {
  domain::GateDecision decision = domain::GateDecision::kBlocked;  // proceed or blocked
  // Why it is blocked, one problem per finding at /findings/<code>.
  std::vector<base::FieldProblem> blocking;
  // Whether a provider may override the block: only deferrals block it, no contraindication.
  bool overridable = false;
  // What must be confirmed on the chart before the session starts (the screening's actions).
  domain::ActionSet required_actions;
};

// What `screening` (the day-of screening by `protocol`, the plan's version) means for a
// session of `plan`.
GateOutcome JudgeGate(const Protocol& protocol, const domain::Screening& screening,
                      const domain::TreatmentPlan& plan);

}  // namespace needlepoint::protocol
