// The skin metrics of one photo, measured in its own pixel grid with every kernel in
// millimetres (docs/PHOTOS.md has the algorithms and their validation).
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace needlepoint::imaging::cvimpl {

struct Spot {
  cv::Point2d centre;  // analysis-image pixels
  double area_px = 0;
};

struct Line {
  cv::Point2d centre;
  double length_px = 0;
};

struct Features {
  std::vector<Spot> spots;
  std::vector<cv::Point2f> pores;
  std::vector<Line> lines;
  cv::Mat skin;         // 8U: usable skin (not card, not glare)
  cv::Mat spot_mask;    // 8U: accepted spots
  cv::Mat line_mask;    // 8U: accepted line skeletons
  cv::Mat red;          // 8U: red area (within skin)
  cv::Mat a_smooth;     // 32F: a* after the 0.3 mm smoothing
  double median_a = 0;  // over feature-free skin
  double median_l = 0;
  double median_b = 0;
  double delta_a = 0;  // mean a* of `red` minus median_a (0 when no red area)
  double red_fraction = 0;
  double roughness = 0;
  double skin_px = 0;  // pixels in `skin`
};

// Thresholds, in physical units (L*, a* and millimetres).
struct FeatureParams {
  double spot_threshold_l = 5.0;     // darker than the local background by this much
  double spot_min_radius_mm = 0.5;   // smaller dark blobs are pores, not spots
  double spot_max_elongation = 2.5;  // longer ones are lines
  double spot_background_mm = 15.0;  // median window: ≥ 3× the largest spot diameter
  double pore_threshold_l = 3.0;     // DoG response
  double line_c = 2.0;               // Frangi's structure constant, in L* units
  double red_threshold_a = 2.5;      // a* above the skin median
  double line_min_length_mm = 2.0;
};

// Measures `lab` (float CIELAB of the analysis image, `px_per_mm` pixels per millimetre).
// `exclude` (8U, same size) marks the card and other non-skin pixels; `glare` marks
// specular highlights (excluded and surrounded by a margin).
Features MeasureFeatures(const cv::Mat& lab, const cv::Mat& exclude, const cv::Mat& glare,
                         double px_per_mm, const FeatureParams& params = {});

// The red area's mean a* is taken over its core, this far inside its edge, so the blurred
// edge (smoothing plus the lesion's own border) does not dilute it.
inline constexpr double kRedCoreMm = 1.0;

// `red` eroded by kRedCoreMm, or `red` itself when nothing would be left.
cv::Mat RedCore(const cv::Mat& red, double px_per_mm);

// Glare: pixels with a channel at or above 250 or L* above 92.
cv::Mat GlareMask(const cv::Mat& bgr8, const cv::Mat& lab);

// The 99.5th percentile of |Laplacian| of the 1-pixel-smoothed L*: low means blurred.
double Sharpness(const cv::Mat& lab, const cv::Mat& exclude);

}  // namespace needlepoint::imaging::cvimpl
