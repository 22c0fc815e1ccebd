#include "needlepoint/imaging/metric_rules.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace needlepoint::imaging {
namespace {

// mdc = max(absolute, relative × |before|), per metric. docs/PHOTOS.md has the derivation.
// - `absolute`: at least |mean| + 1.96 × SD of the change over 16 synthetic null pairs
//   (same skin, new sensor noise, the nominal exposure/white-balance and pose change;
//   `needlepoint_photo_bench --mdc 16`), rounded up, and never below the metric's resolution
//   (one feature for counts). For the colour metrics the floor is raised to a judgement
//   (0.5 a*, 1° ITA) because real captures vary far more than the phantom (an SEM above one
//   CIELAB unit from camera geometry alone, PMC10247498); it stands until the clinic's own
//   repeat captures are measured.
// - `relative`: the repeatability published for a clinical capture rig (Henseler 2024,
//   VISIA: ≈6 % spots and wrinkles, 2–4 % pores and red areas, < 2 % texture), because
//   synthetic null pairs have no repositioning, expression or lighting change.
struct Rule {
  std::string_view metric;
  double absolute;
  double relative;
};

constexpr std::array<Rule, 12> kRules = {{
    {"spots.count", 1.0, 0.06},              // null pairs: 0 ± 0
    {"spots.area_mm2", 2.0, 0.06},           // null pairs: −0.77 ± 0.34 mm² (SD)
    {"spots.area_px", 200.0, 0.06},          // the same at the 10 px/mm analysis grid
    {"pores.per_cm2", 0.15, 0.04},           // null pairs: +0.041 ± 0.012 /cm²
    {"pores.per_mpx", 15.0, 0.04},           // the same at 10 px/mm
    {"lines.count", 1.0, 0.06},              // null pairs: 0 ± 0
    {"lines.length_mm", 2.5, 0.06},          // null pairs: −0.52 ± 0.79 mm
    {"lines.length_px", 25.0, 0.06},         // the same at 10 px/mm
    {"redness.delta_a", 0.5, 0.04},          // null pairs: +0.001 ± 0.010 a* (floor raised)
    {"redness.area_fraction", 0.002, 0.04},  // null pairs: +0.0001 ± 0.0001
    {"texture.roughness", 0.005, 0.02},      // null pairs: −0.0019 ± 0.0011 L*
    {"ita_deg", 1.0, 0.0},                   // null pairs: +0.18 ± 0.023° (floor raised)
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
