#include "needlepoint/imaging/metric_rules.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace needlepoint::imaging {
namespace {

// mdc = max(absolute, relative × |before|).
// - `absolute`: 1.96 × the SD of the change over the synthetic null pairs (same phantom,
//   new noise, the nominal exposure/white-balance change and pose change; `make bench`
//   runs photo_bench --mdc), rounded up, and never below the metric's resolution
//   (one feature for counts).
// - `relative`: the repeatability published for a clinical capture rig (Henseler 2024,
//   VISIA: ≈6 % spots and wrinkles, 2–4 % pores and red areas, < 2 % texture), because
//   synthetic null pairs have no repositioning, expression or lighting change and would
//   otherwise call a real-world jitter significant.
struct Rule {
  std::string_view metric;
  double absolute;
  double relative;
};

constexpr std::array<Rule, 12> kRules = {{
    {"spots.count", 1.0, 0.06},
    {"spots.area_mm2", 0.5, 0.06},
    {"spots.area_px", 50.0, 0.06},
    {"pores.per_cm2", 0.3, 0.04},
    {"pores.per_mpx", 30.0, 0.04},
    {"lines.count", 1.0, 0.06},
    {"lines.length_mm", 3.0, 0.06},
    {"lines.length_px", 30.0, 0.06},
    {"redness.delta_a", 0.3, 0.04},
    {"redness.area_fraction", 0.003, 0.04},
    {"texture.roughness", 0.03, 0.02},
    {"ita_deg", 0.5, 0.0},
}};

}  // namespace

std::string ItaCategory(double ita) {
  if (ita > 55) return "very_light";
  if (ita > 41) return "light";
  if (ita > 28) return "intermediate";
  if (ita > 10) return "tan";
  if (ita > -30) return "brown";
  return "dark";
}

std::optional<double> MinimalDetectableChange(std::string_view metric, double before) {
  for (const Rule& rule : kRules) {
    if (rule.metric == metric) return std::max(rule.absolute, rule.relative * std::abs(before));
  }
  return std::nullopt;
}

}  // namespace needlepoint::imaging
