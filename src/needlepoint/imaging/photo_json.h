// The photo contract's JSON (shared/spec/photo-contract.md): one photo's analysis and a
// pair's comparison, with exactly the contract's field names and units.
#pragma once

#include <nlohmann/json.hpp>

#include "needlepoint/imaging/photo.h"

namespace needlepoint::imaging {

nlohmann::json AnalysisToJson(const PhotoAnalysis& analysis);
nlohmann::json ComparisonToJson(const Comparison& comparison);

}  // namespace needlepoint::imaging
