// The engines on an intake document alone, with no clinic and no database: what
// `needlepoint screen` and `needlepoint plan` run on a file. The intake is read as the server
// reads one (the contract's parser with the protocol's aliases), then screened or planned.
#pragma once

#include <string_view>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/plan.h"
#include "needlepoint/domain/screening.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::app {

// The screening of the intake JSON `text` under `protocol`; `today` stands in for a missing
// assessed_on. kInvalidArgument naming each bad field of the intake.
base::Result<domain::Screening> ScreenIntakeText(const protocol::Protocol& protocol,
                                                 std::string_view text, base::CivilDate today);

// The screening and, unless not eligible, the plan of the intake JSON `text`.
base::Result<domain::PlanResult> PlanIntakeText(const protocol::Protocol& protocol,
                                                std::string_view text, base::CivilDate today);

}  // namespace needlepoint::app
