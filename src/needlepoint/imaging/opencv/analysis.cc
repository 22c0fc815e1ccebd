#include "needlepoint/imaging/opencv/analysis.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "needlepoint/imaging/metric_rules.h"

namespace needlepoint::imaging::cvimpl {
namespace {

cv::Mat CardMask(const CardFit& card, double work_per_decoded, cv::Size size) {
  cv::Mat mask = cv::Mat::zeros(size, CV_8U);
  if (!card.found) return mask;
  std::vector<cv::Point> polygon;
  for (const cv::Point2f& corner : card.box) {
    polygon.emplace_back(static_cast<int>(std::lround(corner.x * work_per_decoded)),
                         static_cast<int>(std::lround(corner.y * work_per_decoded)));
  }
  cv::fillConvexPoly(mask, polygon, 255);
  // The card's frame reaches beyond the patch grid: exclude a further patch pitch.
  const int r = std::max(1, static_cast<int>(std::lround(card.pitch_px * work_per_decoded)));
  cv::dilate(mask, mask, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * r + 1, 2 * r + 1)));
  return mask;
}

double ClippedFraction(const cv::Mat& bgr8, const cv::Mat& exclude, double& median_brightest) {
  std::vector<cv::Mat> channels;
  cv::split(bgr8, channels);
  cv::Mat brightest = cv::max(cv::max(channels[0], channels[1]), channels[2]);
  const cv::Mat counted = ~exclude;
  const double n = std::max(1, cv::countNonZero(counted));
  cv::Mat hist;
  const int size[] = {256};
  const float range[] = {0, 256};
  const float* ranges[] = {range};
  const int channel0[] = {0};
  cv::calcHist(&brightest, 1, channel0, counted, hist, 1, size, ranges);
  double below = 0, clipped = 0;
  median_brightest = 255;
  bool median_found = false;
  for (int v = 0; v < 256; ++v) {
    const double count = hist.at<float>(v);
    below += count;
    if (!median_found && below >= n / 2) {
      median_brightest = v;
      median_found = true;
    }
    if (v >= 250) clipped += count;
  }
  return clipped / n;
}

}  // namespace

Analysed AnalyseDecoded(const Decoded& decoded, const AnalysisOptions& options) {
  Analysed out;
  PhotoAnalysis& result = out.result;
  result.width = decoded.full_width;
  result.height = decoded.full_height;

  out.card = FindCard(decoded.bgr);
  result.card.found = out.card.found;
  const bool calibrated = out.card.found && out.card.usable && options.card_pitch_mm > 0;
  if (out.card.found) {
    result.card.pitch_px = out.card.pitch_px * decoded.full_per_decoded;
    result.card.patches_used = out.card.patches_used;
    if (out.card.patches_used > 0) {
      result.card.residual_delta_e = out.card.residual_mean;
      result.card.max_delta_e = out.card.residual_max;
    }
  }
  result.calibrated = calibrated;
  const double decoded_px_per_mm = calibrated ? out.card.pitch_px / options.card_pitch_mm
                                              : decoded.bgr.cols / kNominalFrameWidthMm;
  if (calibrated) result.px_per_mm = decoded_px_per_mm / decoded.full_per_decoded;

  // The analysis image: the decoded photo, shrunk only when much finer than needed.
  double work_per_decoded = 1;
  out.work_bgr = decoded.bgr;
  if (decoded_px_per_mm > 1.5 * kWorkPxPerMm) {
    work_per_decoded = kWorkPxPerMm / decoded_px_per_mm;
    cv::resize(decoded.bgr, out.work_bgr, cv::Size(), work_per_decoded, work_per_decoded,
               cv::INTER_AREA);
    work_per_decoded = static_cast<double>(out.work_bgr.cols) / decoded.bgr.cols;
  }
  out.full_per_work = decoded.full_per_decoded / work_per_decoded;
  out.work_px_per_mm = decoded_px_per_mm * work_per_decoded;
  out.exclude = CardMask(out.card, work_per_decoded, out.work_bgr.size());

  const cv::Mat lab = ToLab(out.work_bgr, calibrated ? &out.card : nullptr);

  // Capture quality.
  Quality& q = result.quality;
  double median_brightest = 0;
  q.clipped_fraction = ClippedFraction(out.work_bgr, out.exclude, median_brightest);
  q.sharpness = Sharpness(lab, out.exclude);
  if (std::min(result.width, result.height) < kMinSide) q.reasons.push_back("too_small");
  if (q.sharpness < kMinSharpness) q.reasons.push_back("blurred");
  if (q.clipped_fraction > kMaxClippedFraction || median_brightest >= 245) {
    q.reasons.push_back("overexposed");
  }
  if (median_brightest < 35) q.reasons.push_back("underexposed");
  q.usable = q.reasons.empty();
  if (!q.usable) return out;

  out.features =
      MeasureFeatures(lab, out.exclude, GlareMask(out.work_bgr, lab), out.work_px_per_mm);
  const Features& f = out.features;
  Metrics m;
  const double ppm = out.work_px_per_mm;
  const double k = out.full_per_work;
  m.spots_count = static_cast<int>(f.spots.size());
  m.pores_count = static_cast<int>(f.pores.size());
  m.lines_count = static_cast<int>(f.lines.size());
  double spot_area = 0, line_length = 0;
  for (const Spot& spot : f.spots) spot_area += spot.area_px;
  for (const Line& line : f.lines) line_length += line.length_px;
  m.texture_roughness = f.roughness;
  if (calibrated) {
    m.spots_area = spot_area / (ppm * ppm);
    m.lines_length = line_length / ppm;
    const double skin_cm2 = f.skin_px / (ppm * ppm) / 100;
    m.pores_density = skin_cm2 > 0 ? m.pores_count / skin_cm2 : 0;
    if (!std::isnan(f.median_l) && !std::isnan(f.median_b)) {
      m.ita_deg = std::atan2(f.median_l - 50, f.median_b) * 180 / M_PI;
      m.ita_category = ItaCategory(*m.ita_deg);
    }
    m.redness_delta_a = f.delta_a;
    m.redness_area_fraction = f.red_fraction;
  } else {
    m.spots_area = spot_area * k * k;
    m.lines_length = line_length * k;
    const double skin_mpx = f.skin_px * k * k / 1e6;
    m.pores_density = skin_mpx > 0 ? m.pores_count / skin_mpx : 0;
  }
  result.metrics = m;
  return out;
}

}  // namespace needlepoint::imaging::cvimpl
