#include "needlepoint/imaging/photo_json.h"

#include <cmath>

namespace needlepoint::imaging {
namespace {

using nlohmann::json;

// Rounds for output: metric values carry no more digits than they can mean.
json Num(double value, int digits = 4) {
  const double scale = std::pow(10.0, digits);
  return std::round(value * scale) / scale;
}
json Opt(const std::optional<double>& value, int digits = 4) {
  return value ? Num(*value, digits) : json(nullptr);
}

json MetricsToJson(const Metrics& m, bool calibrated) {
  json out;
  out["ita_deg"] = Opt(m.ita_deg, 2);
  out["ita_category"] = m.ita_category ? json(*m.ita_category) : json(nullptr);
  if (m.redness_delta_a) {
    out["redness"] = {{"delta_a", Num(*m.redness_delta_a, 2)},
                      {"area_fraction", Opt(m.redness_area_fraction, 4)}};
  } else {
    out["redness"] = nullptr;
  }
  if (calibrated) {
    out["spots"] = {{"count", m.spots_count}, {"area_mm2", Num(m.spots_area, 2)}};
    out["pores"] = {{"count", m.pores_count}, {"per_cm2", Num(m.pores_density, 2)}};
    out["lines"] = {{"count", m.lines_count}, {"length_mm", Num(m.lines_length, 2)}};
  } else {
    out["spots"] = {{"count", m.spots_count}, {"area_px", Num(m.spots_area, 1)}};
    out["pores"] = {{"count", m.pores_count}, {"per_mpx", Num(m.pores_density, 1)}};
    out["lines"] = {{"count", m.lines_count}, {"length_px", Num(m.lines_length, 1)}};
  }
  out["texture"] = {{"roughness", Num(m.texture_roughness, 3)}};
  return out;
}

}  // namespace

json AnalysisToJson(const PhotoAnalysis& a) {
  json out;
  out["width"] = a.width;
  out["height"] = a.height;
  out["quality"] = {{"usable", a.quality.usable},
                    {"reasons", a.quality.reasons},
                    {"sharpness", Num(a.quality.sharpness, 2)},
                    {"clipped_fraction", Num(a.quality.clipped_fraction, 4)}};
  json card = {{"found", a.card.found}};
  if (a.card.found) {
    card["residual_delta_e"] = Opt(a.card.residual_delta_e, 2);
    card["max_delta_e"] = Opt(a.card.max_delta_e, 2);
    card["pitch_px"] = Opt(a.card.pitch_px, 2);
    card["patches_used"] = a.card.patches_used;
  }
  out["card"] = card;
  out["calibrated"] = a.calibrated;
  out["px_per_mm"] = Opt(a.px_per_mm, 3);
  out["metrics"] = a.metrics ? MetricsToJson(*a.metrics, a.calibrated) : json(nullptr);
  return out;
}

json ComparisonToJson(const Comparison& c) {
  const Registration& r = c.registration;
  json registration = {{"rotation_deg", Num(r.rotation_deg, 3)},
                       {"scale", Num(r.scale, 5)},
                       {"shift_px", {Num(r.shift_x, 2), Num(r.shift_y, 2)}},
                       {"rms_px", Num(r.rms_px, 3)},
                       {"ok", r.ok},
                       {"inliers", r.inliers},
                       {"ecc", Num(r.ecc, 4)}};
  if (!r.ok) registration["reason"] = r.reason;
  json out;
  out["registration"] = registration;
  out["before"] = AnalysisToJson(c.before);
  out["after"] = AnalysisToJson(c.after);
  if (c.changes) {
    json changes = json::object();
    for (const Change& change : *c.changes) {
      changes[change.metric] = {{"before", Opt(change.before)},
                                {"after", Opt(change.after)},
                                {"change", Opt(change.change)},
                                {"mdc", Opt(change.mdc)},
                                {"significant", change.significant}};
    }
    out["changes"] = changes;
  } else {
    out["changes"] = nullptr;
    out["changes_reason"] = c.changes_reason;
  }
  return out;
}

}  // namespace needlepoint::imaging
