// Colour calibration: find the 24-patch ColorChecker with OpenCV mcc, fit a 3×3 colour
// correction in linear sRGB by least squares, and convert pixels to float CIELAB.
#pragma once

#include <array>
#include <opencv2/core.hpp>
#include <vector>

namespace needlepoint::imaging::cvimpl {

struct CardFit {
  bool found = false;                        // mcc found a 24-patch card
  bool usable = false;                       // enough unsaturated patches and a plausible fit
  double pitch_px = 0;                       // patch-centre pitch in the searched image's pixels
  std::vector<cv::Point2f> box;              // the card's patch area (mcc box), image pixels
  std::array<cv::Vec3d, 24> measured_rgb{};  // patch means, sRGB 0..255, card order
  cv::Matx33f ccm_bgr = cv::Matx33f::eye();  // linear BGR → corrected linear BGR
  double residual_mean = 0;                  // CIE76 ΔE after correction, over the fitted patches
  double residual_max = 0;
  int patches_used = 0;
};

// Searches `bgr` (8-bit) for a ColorChecker Classic. The search runs on a copy whose longer
// side is at most `search_side` pixels; everything returned is in `bgr`'s pixels.
CardFit FindCard(const cv::Mat& bgr, int search_side = 1000);

// Fits the correction to `fit.measured_rgb` (all patches not clipped), filling ccm_bgr,
// residuals and patches_used; sets `usable`. Exposed for tests.
void FitCorrection(CardFit& fit);

// Float CIELAB (L* 0..100, a*, b* in real units) of an 8-bit BGR image, through the card's
// correction when `fit` is given, else treating the pixels as sRGB.
cv::Mat ToLab(const cv::Mat& bgr8, const CardFit* fit);

// sRGB (0..1) ↔ linear light, the exact piecewise curve.
double SrgbToLinear(double v);
double LinearToSrgb(double v);

}  // namespace needlepoint::imaging::cvimpl
