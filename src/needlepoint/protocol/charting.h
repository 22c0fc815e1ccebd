// The clinical rules of a session chart, judged against the plan and its protocol version:
//   - a zone's depth above the zone's hard maximum is refused, whatever anyone says;
//   - a depth outside the plan's range for the zone (or a zone the plan does not treat)
//     needs a written reason, and is then charted with a warning;
//   - a topical anaesthetic removed before it was applied is an error; under 20 minutes of
//     contact it is charted with a warning;
//   - a chart being signed must be complete: the pen, at least one zone, the end point and
//     the duration.
// Pure and thread-safe.
#pragma once

#include <string>
#include <vector>

#include "needlepoint/base/status.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/treatment_session.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

enum class ChartStage { kDraft, kSigned };

// What the provider should see about a chart that passes.
struct ChartCheck {
  std::vector<std::string> warnings;
};

// Checks `chart` for a session of `plan`; `protocol` is the plan's version. Problems are
// kInvalidArgument, each at its JSON pointer under `prefix` ("/chart/zones/1/depth_mm").
base::Result<ChartCheck> CheckChart(const Protocol& protocol, const domain::TreatmentPlan& plan,
                                    const domain::Chart& chart, ChartStage stage,
                                    std::string_view prefix = "/chart");

}  // namespace needlepoint::protocol
