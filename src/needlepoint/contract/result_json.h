// Screening and plan results as the protocol contract's JSON (§2, §3), plus the field
// problems of a bad input. Field names and codes are the contract's; messages, evidence,
// sources and instructions are the extras a clinician needs to act on them. Objects keep the
// contract's key order (verdict first), so the JSON reads top-down.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "needlepoint/base/status.h"
#include "needlepoint/domain/plan.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::contract {

nlohmann::ordered_json ScreeningToJson(const domain::Screening& screening);
nlohmann::ordered_json PlanToJson(const domain::Plan& plan);
// {"screening": …, "plan": … or null}.
nlohmann::ordered_json PlanResultToJson(const domain::PlanResult& result);
// Reads back what ScreeningToJson / PlanToJson wrote (as stored with a consultation or plan):
// ParseScreening(ScreeningToJson(s)) == s. Strict, like every reader here: kInvalidArgument
// with the JSON pointer of each problem. Fields added since v1 (capped_by_zone, timelines,
// not_screened) may be absent, so documents stored by earlier versions still read.
base::Result<domain::Screening> ParseScreening(const nlohmann::json& document);
base::Result<domain::Plan> ParsePlan(const nlohmann::json& document);

// A session's aftercare timeline ([{"code", "from", "to", "instruction"}, …]), and back.
nlohmann::ordered_json AftercareToJson(
    const std::vector<domain::TimelineEntry<domain::AftercareCode>>& aftercare);
base::Result<std::vector<domain::TimelineEntry<domain::AftercareCode>>> ParseAftercare(
    const nlohmann::json& array);

// [{"path": …, "message": …}, …].
nlohmann::ordered_json ProblemsToJson(const std::vector<base::FieldProblem>& problems);

}  // namespace needlepoint::contract
