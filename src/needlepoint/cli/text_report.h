// Screening and plan results as text for a person at a desk: the verdict first, then each
// finding with its reason and date, then the actions, then the plan's dates.
#pragma once

#include <string>

#include "needlepoint/domain/plan.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::cli {

std::string ScreeningReport(const domain::Screening& screening);
std::string PlanReport(const domain::PlanResult& result);

// Splits `text` into lines of at most `width` columns, each prefixed by `indent`.
std::string Wrap(const std::string& text, std::size_t width, const std::string& indent);

}  // namespace needlepoint::cli
