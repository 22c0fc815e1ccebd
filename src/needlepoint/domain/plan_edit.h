// PlanEdit: one change a clinician asks of a stored treatment plan — depths, interval,
// session dates, overridden findings, status — as values. The contract's JSON reader makes
// one from a PATCH body (contract/plan_edit_json.h); the protocol's plan editing judges it
// (protocol/plan_editing.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/depth.h"

namespace needlepoint::domain {

struct ZoneDepthEdit {
  Zone zone = Zone::kForehead;
  DepthRange depth;
  std::string reason;  // required when `depth` leaves the protocol's range
};

struct IntervalEdit {
  std::optional<int> min;  // absent: unchanged
  std::optional<int> max;
  std::string reason;  // required when min is below the protocol's minimum
};

struct SessionDateEdit {
  int session = 1;  // 1-based
  base::CivilDate date;
  std::string reason;  // required when the gap to the session before is below the minimum
};

struct OverrideRequest {
  FindingCode finding = FindingCode::kIsotretinoin;
  std::string reason;
};

// One PATCH of a plan. Problems are reported with JSON pointers into this shape:
// /status, /interval_days/{min,max,reason}, /zones/i/{zone,depth_mm,reason},
// /schedule/i/{session,date,reason}, /overrides/i/{finding,reason}.
struct PlanEdit {
  std::optional<PlanStatus> status;
  std::optional<IntervalEdit> interval;
  std::vector<ZoneDepthEdit> zones;
  std::vector<SessionDateEdit> sessions;
  std::vector<OverrideRequest> overrides;
};

}  // namespace needlepoint::domain
