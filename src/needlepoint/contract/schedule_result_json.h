// The scheduling contract's answers as JSON (§3): a series proposal ({"sessions": […]}) or
// why it is unplaceable ({"unplaceable": {…}}), and the slots of a free-slot search
// ({"slots": […]}). Local times are wall-clock times in the clinic's zone; `start_utc` and
// the extra `end_utc` are the instants. Keys keep the contract's order.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "needlepoint/base/time_zone.h"
#include "needlepoint/schedule/search.h"
#include "needlepoint/schedule/series.h"

namespace needlepoint::contract {

nlohmann::ordered_json SeriesProposalToJson(const schedule::SeriesProposal& proposal,
                                            const base::TimeZone& zone);
nlohmann::ordered_json FreeSlotsToJson(const std::vector<schedule::Slot>& slots,
                                       const base::TimeZone& zone);

}  // namespace needlepoint::contract
