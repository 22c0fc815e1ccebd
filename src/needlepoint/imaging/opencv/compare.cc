#include "needlepoint/imaging/opencv/compare.h"

#include <cmath>
#include <future>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <string>

#include "needlepoint/imaging/metric_rules.h"

namespace needlepoint::imaging::cvimpl {
namespace {

cv::Matx33d ToFull(double k) { return {k, 0, 0.5 * k - 0.5, 0, k, 0.5 * k - 0.5, 0, 0, 1}; }

cv::Matx33d AfterToBefore(const Registration& r) {
  const auto& t = r.after_to_before;
  return {t[0], t[1], t[2], t[3], t[4], t[5], 0, 0, 1};
}

// Analysis pixels of `from` → analysis pixels of `to`, given T (after → before, full pixels).
cv::Matx23d WorkToWork(const Analysed& from, const Analysed& to, const cv::Matx33d& full_map) {
  const cv::Matx33d m = ToFull(to.full_per_work).inv() * full_map * ToFull(from.full_per_work);
  return {m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2)};
}

bool Inside(const cv::Matx23d& m, const cv::Point2d& p, const cv::Size& size) {
  const double x = m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2);
  const double y = m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2);
  return x >= 0 && y >= 0 && x <= size.width - 1 && y <= size.height - 1;
}

// `mask` of `from`'s grid resampled onto `to`'s grid (`to_from` maps to-pixels to from-pixels).
cv::Mat Pull(const cv::Mat& mask, const cv::Matx23d& to_from, const cv::Size& size) {
  cv::Mat out;
  cv::warpAffine(mask, out, cv::Mat(to_from), size, cv::INTER_NEAREST | cv::WARP_INVERSE_MAP,
                 cv::BORDER_CONSTANT, 0);
  return out;
}

struct Side {
  double spots_count = 0, spots_area = 0, pores_density = 0, lines_count = 0, lines_length = 0;
  double red_fraction = 0;
};

// Totals of `a`'s features inside `common` (its grid) and at its centres; `area_unit` and
// `length_unit` convert analysis pixels to the reported unit.
Side Totals(const Analysed& a, const cv::Mat& common, const cv::Matx23d& to_other,
            const cv::Size& other, double length_unit, double per_area_unit) {
  Side s;
  const Features& f = a.features;
  for (const Spot& spot : f.spots) {
    if (!Inside(to_other, spot.centre, other)) continue;
    ++s.spots_count;
    s.spots_area += spot.area_px * length_unit * length_unit;
  }
  for (const Line& line : f.lines) {
    if (!Inside(to_other, line.centre, other)) continue;
    ++s.lines_count;
    s.lines_length += line.length_px * length_unit;
  }
  double pores = 0;
  for (const cv::Point2f& pore : f.pores) {
    if (Inside(to_other, pore, other)) ++pores;
  }
  const cv::Mat skin = f.skin & common;
  const double skin_px = cv::countNonZero(skin);
  const double skin_area = skin_px * length_unit * length_unit / per_area_unit;
  s.pores_density = skin_area > 0 ? pores / skin_area : 0;
  s.red_fraction = skin_px > 0 ? cv::countNonZero(f.red & common) / skin_px : 0;
  return s;
}

double MeanOver(const Analysed& a, const cv::Mat& region) {
  const cv::Mat where = region & a.features.skin;
  if (cv::countNonZero(where) == 0) return 0;
  return cv::mean(a.features.a_smooth, where)[0] - a.features.median_a;
}

Change MakeChange(std::string metric, std::optional<double> before, std::optional<double> after) {
  Change c{.metric = std::move(metric), .before = before, .after = after};
  if (before && after) {
    c.change = *after - *before;
    c.mdc = MinimalDetectableChange(c.metric, *before);
    c.significant = c.mdc && std::abs(*c.change) > *c.mdc;
  }
  return c;
}

}  // namespace

std::vector<Change> ComputeChanges(const Analysed& b, const Analysed& a, const Registration& r) {
  const cv::Matx33d t = AfterToBefore(r);
  const cv::Matx23d b_to_a = WorkToWork(b, a, t.inv());
  const cv::Matx23d a_to_b = WorkToWork(a, b, t);
  const cv::Size size_b = b.work_bgr.size(), size_a = a.work_bgr.size();
  const cv::Mat common_b = Pull(cv::Mat(size_a, CV_8U, cv::Scalar(255)), b_to_a, size_b);
  const cv::Mat common_a = Pull(cv::Mat(size_b, CV_8U, cv::Scalar(255)), a_to_b, size_a);
  const bool calibrated = b.result.calibrated && a.result.calibrated;
  // Units: mm (calibrated) or the BEFORE photo's full-resolution pixels.
  const double unit_b = calibrated ? 1 / b.work_px_per_mm : b.full_per_work;
  const double unit_a = calibrated ? 1 / a.work_px_per_mm : a.full_per_work * r.scale;
  const double per_area = calibrated ? 100.0 : 1e6;  // pores per cm² | per megapixel
  const Side sb = Totals(b, common_b, b_to_a, size_a, unit_b, per_area);
  const Side sa = Totals(a, common_a, a_to_b, size_b, unit_a, per_area);
  const Metrics& mb = *b.result.metrics;
  const Metrics& ma = *a.result.metrics;

  std::vector<Change> changes;
  changes.push_back(MakeChange("spots.count", sb.spots_count, sa.spots_count));
  changes.push_back(
      MakeChange(calibrated ? "spots.area_mm2" : "spots.area_px", sb.spots_area, sa.spots_area));
  changes.push_back(MakeChange(calibrated ? "pores.per_cm2" : "pores.per_mpx", sb.pores_density,
                               sa.pores_density));
  changes.push_back(MakeChange("lines.count", sb.lines_count, sa.lines_count));
  changes.push_back(MakeChange(calibrated ? "lines.length_mm" : "lines.length_px", sb.lines_length,
                               sa.lines_length));
  changes.push_back(MakeChange("texture.roughness", mb.texture_roughness, ma.texture_roughness));
  if (calibrated) {
    const cv::Mat core_b = RedCore(b.features.red, b.work_px_per_mm);
    const cv::Mat red_b = core_b & common_b;
    const cv::Mat red_in_a = Pull(core_b, a_to_b, size_a);
    changes.push_back(MakeChange("redness.delta_a", MeanOver(b, red_b), MeanOver(a, red_in_a)));
    changes.push_back(MakeChange("redness.area_fraction", sb.red_fraction, sa.red_fraction));
    changes.push_back(MakeChange("ita_deg", mb.ita_deg, ma.ita_deg));
  } else {
    for (const char* metric : {"redness.delta_a", "redness.area_fraction", "ita_deg"}) {
      changes.push_back(MakeChange(metric, std::nullopt, std::nullopt));
    }
  }
  return changes;
}

namespace {

cv::Mat FeatureMap(const Analysed& a) {
  cv::Mat out = a.work_bgr.clone();
  const Features& f = a.features;
  const cv::Scalar turquoise(208, 224, 64), green(0, 200, 0), purple(128, 0, 128);
  if (!f.spot_mask.empty()) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(f.spot_mask.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    cv::drawContours(out, contours, -1, turquoise, 2);
  }
  if (!f.line_mask.empty()) {
    cv::Mat thick;
    cv::dilate(f.line_mask, thick, cv::Mat());
    out.setTo(green, thick);
  }
  for (const cv::Point2f& pore : f.pores) cv::circle(out, pore, 3, purple, 1, cv::LINE_AA);
  return out;
}

std::string Encode(const char* ext, const cv::Mat& image, std::vector<int> params) {
  std::vector<uchar> bytes;
  cv::imencode(ext, image, bytes, params);
  return {bytes.begin(), bytes.end()};
}

cv::Mat Fit(const cv::Mat& image, int longest) {
  const double s = static_cast<double>(longest) / std::max(image.cols, image.rows);
  if (s >= 1) return image;
  cv::Mat out;
  cv::resize(image, out, cv::Size(), s, s, cv::INTER_AREA);
  return out;
}

}  // namespace

Overlays MakeOverlays(const Analysed& b, const Analysed& a, const Registration& r) {
  Overlays out;
  const std::vector<int> jpeg = {cv::IMWRITE_JPEG_QUALITY, 90};
  const std::vector<int> png = {cv::IMWRITE_PNG_COMPRESSION, 1};
  cv::Mat before = Fit(b.work_bgr, 1600);
  cv::Mat registered;
  if (r.ok) {
    const cv::Matx23d b_to_a = WorkToWork(b, a, AfterToBefore(r).inv());
    cv::warpAffine(a.work_bgr, registered, cv::Mat(b_to_a), b.work_bgr.size(),
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT,
                   cv::Scalar(0, 0, 0));
    registered = Fit(registered, 1600);
  } else {
    cv::resize(a.work_bgr, registered, before.size(), 0, 0, cv::INTER_AREA);
  }
  cv::Mat side_by_side;
  cv::hconcat(before, registered, side_by_side);
  out.side_by_side_jpg = Encode(".jpg", side_by_side, jpeg);
  cv::Mat wipe = before.clone();
  const int half = wipe.cols / 2;
  registered(cv::Rect(half, 0, wipe.cols - half, wipe.rows))
      .copyTo(wipe(cv::Rect(half, 0, wipe.cols - half, wipe.rows)));
  cv::line(wipe, {half, 0}, {half, wipe.rows - 1}, cv::Scalar(255, 255, 255), 2);
  out.wipe_jpg = Encode(".jpg", wipe, jpeg);
  auto after_png =
      std::async(std::launch::async, [&] { return Encode(".png", FeatureMap(a), png); });
  out.features_before_png = Encode(".png", FeatureMap(b), png);
  out.features_after_png = after_png.get();
  return out;
}

}  // namespace needlepoint::imaging::cvimpl
