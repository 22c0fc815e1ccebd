// Screening: judges a consultation intake against a protocol, finding by finding, exactly as
// the protocol contract (§2) defines — contraindications, dated and undated deferrals,
// cautions with their required actions, and the verdict they add up to.
#pragma once

#include "needlepoint/domain/intake.h"
#include "needlepoint/domain/screening.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

// Screens `intake` against `protocol`. Every window is judged on intake.planned_date; a
// finding whose window has passed by then is not reported, and several findings with one code
// collapse into one with the latest `until` (an undated one wins). Pure and thread-safe.
domain::Screening Screen(const Protocol& protocol, const domain::Intake& intake);

}  // namespace needlepoint::protocol
