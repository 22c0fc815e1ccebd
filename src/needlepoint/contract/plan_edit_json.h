// A PATCH of a treatment plan as JSON: strict reading of the request body into a
// domain::PlanEdit, every problem with its JSON pointer. The clinical rules (hard maxima,
// reasons, spacing, the lifecycle) are judged later by protocol/plan_editing.h.
//
//   { "version": 3,                                   // required: the version edited
//     "status": "active",
//     "interval_days": { "min": 21, "max": 42, "reason": "…" },
//     "zones": [ { "zone": "cheeks", "depth_mm": { "min": 1.0, "max": 1.75 }, "reason": "…" } ],
//     "schedule": [ { "session": 2, "date": "2027-01-10", "reason": "…" } ],
//     "overrides": [ { "finding": "isotretinoin", "reason": "…" } ] }
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "needlepoint/base/status.h"
#include "needlepoint/domain/plan_edit.h"

namespace needlepoint::contract {

struct PlanEditRequest {
  int64_t version = 0;  // optimistic concurrency: the plan version the clinician edited
  domain::PlanEdit edit;
};

// kInvalidArgument listing every problem (unknown keys, wrong types, reasons over the limit,
// depths outside 0-5 mm, too many items).
base::Result<PlanEditRequest> ParsePlanEditRequest(const nlohmann::json& body);

}  // namespace needlepoint::contract
