// Rules that turn two measurements into a change: the minimal detectable change (MDC) of
// each metric, and the ITA° categories. Pure functions; the numbers and how they were
// measured are in docs/PHOTOS.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace needlepoint::imaging {

// The ITA° category (Chardon 1991 thresholds 55, 41, 28, 10, −30): "very_light", "light",
// "intermediate", "tan", "brown" or "dark".
std::string ItaCategory(double ita_deg);

// The MDC of `metric` (a changes key such as "spots.count") for a baseline value `before`:
// max(absolute floor, relative share × |before|). Unknown metrics have no MDC.
std::optional<double> MinimalDetectableChange(std::string_view metric, double before);

}  // namespace needlepoint::imaging
