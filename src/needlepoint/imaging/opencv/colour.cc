#include "needlepoint/imaging/opencv/colour.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <opencv2/mcc.hpp>

#include "needlepoint/imaging/colorchecker.h"

namespace needlepoint::imaging::cvimpl {
namespace {

constexpr double kClipHigh = 250.0;  // a patch mean at or above this is saturated
constexpr double kClipLow = 3.0;
constexpr double kMaxPlausibleResidual = 6.0;  // mean ΔE76 above this: not a usable card fit

cv::Vec3f LabOfLinearRgb(const cv::Vec3d& rgb) {
  cv::Mat pixel(1, 1, CV_32FC3, cv::Scalar(rgb[0], rgb[1], rgb[2]));
  cv::Mat lab;
  cv::cvtColor(pixel, lab, cv::COLOR_LRGB2Lab);
  return lab.at<cv::Vec3f>(0, 0);
}

// Refines the patch pitch from the patches themselves: each patch's centroid (pixels of its
// own colour around where mcc's box puts it), then a least-squares affine grid through the
// centroids. Centroids do not move when edges blur or thresholds shift them in or out, which
// biases a box-based pitch. Returns 0 when the patches do not fit a grid.
double RefinedPitch(const cv::Mat& bgr, const std::vector<cv::Point2f>& box,
                    const std::array<cv::Vec3d, 24>& rgb) {
  const std::vector<cv::Point2f> model = {
      {0, 0},
      {static_cast<float>(kCardModelWidth), 0},
      {static_cast<float>(kCardModelWidth), static_cast<float>(kCardModelHeight)},
      {0, static_cast<float>(kCardModelHeight)}};
  const cv::Matx33d h = cv::getPerspectiveTransform(model, box);
  cv::Mat design(0, 3, CV_64F), targets(0, 2, CV_64F);
  for (int i = 0; i < 24; ++i) {
    const int col = i % 6, row = i / 6;
    const double mx = 1.5 + col * kCardModelPitch, my = 1.5 + row * kCardModelPitch;
    const cv::Vec3d p = h * cv::Vec3d(mx, my, 1);
    const cv::Point2d centre(p[0] / p[2], p[1] / p[2]);
    const cv::Vec3d q = h * cv::Vec3d(mx + kCardModelPatch / 2, my, 1);
    const double half = cv::norm(cv::Point2d(q[0] / q[2], q[1] / q[2]) - centre);
    const int r = static_cast<int>(std::ceil(0.55 * 2 * half));
    const cv::Rect window = cv::Rect(static_cast<int>(centre.x) - r, static_cast<int>(centre.y) - r,
                                     2 * r + 1, 2 * r + 1) &
                            cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (window.area() == 0) return 0;
    const cv::Vec3d& c = rgb[static_cast<std::size_t>(i)];
    cv::Mat diff;
    cv::absdiff(bgr(window), cv::Scalar(c[2], c[1], c[0]), diff);
    cv::Mat close;
    cv::inRange(diff, cv::Scalar(0, 0, 0), cv::Scalar(20, 20, 20), close);
    const cv::Moments m = cv::moments(close, true);
    if (m.m00 < 0.3 * (2 * half) * (2 * half)) continue;
    design.push_back(cv::Mat(cv::Matx13d(col, row, 1)));
    targets.push_back(cv::Mat(cv::Matx12d(window.x + m.m10 / m.m00, window.y + m.m01 / m.m00)));
  }
  if (design.rows < 12) return 0;
  cv::Mat grid;  // 3 × 2: [col row 1] · grid = centre
  if (!cv::solve(design, targets, grid, cv::DECOMP_SVD)) return 0;
  const double along = std::hypot(grid.at<double>(0, 0), grid.at<double>(0, 1));
  const double across = std::hypot(grid.at<double>(1, 0), grid.at<double>(1, 1));
  const cv::Mat residual = design * grid - targets;
  const double rms = std::sqrt(cv::sum(residual.mul(residual))[0] / design.rows);
  if (rms > 0.1 * along || std::abs(along / across - 1) > 0.2) return 0;
  return (along + across) / 2;
}

}  // namespace

double SrgbToLinear(double v) {
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double LinearToSrgb(double v) {
  return v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055;
}

void FitCorrection(CardFit& fit) {
  std::vector<int> used;
  for (int i = 0; i < 24; ++i) {
    const cv::Vec3d& m = fit.measured_rgb[i];
    const double hi = std::max({m[0], m[1], m[2]}), lo = std::min({m[0], m[1], m[2]});
    if (hi < kClipHigh && lo > kClipLow) used.push_back(i);
  }
  fit.patches_used = static_cast<int>(used.size());
  fit.usable = false;
  if (used.size() < 12) return;
  cv::Mat measured(static_cast<int>(used.size()), 3, CV_64F);
  cv::Mat reference(static_cast<int>(used.size()), 3, CV_64F);
  for (int row = 0; row < static_cast<int>(used.size()); ++row) {
    const CardPatch& patch = kColorCheckerClassic[used[row]];
    const double ref[3] = {patch.r / 255.0, patch.g / 255.0, patch.b / 255.0};
    for (int c = 0; c < 3; ++c) {
      measured.at<double>(row, c) = SrgbToLinear(fit.measured_rgb[used[row]][c] / 255.0);
      reference.at<double>(row, c) = SrgbToLinear(ref[c]);
    }
  }
  cv::Mat x;  // measured · x ≈ reference (rows are RGB pixels)
  if (!cv::solve(measured, reference, x, cv::DECOMP_SVD)) return;
  cv::Mat corrected = measured * x;
  double sum = 0, worst = 0;
  for (int row = 0; row < corrected.rows; ++row) {
    const cv::Vec3d out(corrected.at<double>(row, 0), corrected.at<double>(row, 1),
                        corrected.at<double>(row, 2));
    const cv::Vec3d ref(reference.at<double>(row, 0), reference.at<double>(row, 1),
                        reference.at<double>(row, 2));
    const double delta_e = cv::norm(LabOfLinearRgb(out) - LabOfLinearRgb(ref));
    sum += delta_e;
    worst = std::max(worst, delta_e);
  }
  fit.residual_mean = sum / corrected.rows;
  fit.residual_max = worst;
  // cv::transform computes M·pixel; pixels are BGR, x works on RGB row vectors.
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) {
      fit.ccm_bgr(2 - r, 2 - c) = static_cast<float>(x.at<double>(c, r));
    }
  }
  fit.usable = fit.residual_mean <= kMaxPlausibleResidual;
}

CardFit FindCard(const cv::Mat& bgr, int search_side) {
  CardFit fit;
  const double scale =
      std::min(1.0, static_cast<double>(search_side) / std::max(bgr.cols, bgr.rows));
  cv::Mat search = bgr;
  if (scale < 1.0) cv::resize(bgr, search, cv::Size(), scale, scale, cv::INTER_AREA);
  cv::Ptr<cv::mcc::CCheckerDetector> detector = cv::mcc::CCheckerDetector::create();
  // Three adaptive-threshold windows instead of mcc's nine (23…153 by 16), and no upscaling
  // of the already reduced search image: a third of the time, the same detections on the
  // validation phantoms.
  cv::Ptr<cv::mcc::DetectorParameters> params = cv::mcc::DetectorParameters::create();
  params->adaptiveThreshWinSizeMin = 23;
  params->adaptiveThreshWinSizeMax = 83;
  params->adaptiveThreshWinSizeStep = 30;
  params->minImageSize = std::min(search.cols, search.rows);
  cv::Ptr<cv::mcc::CChecker> checker;
  try {
    if (!detector->process(search, cv::mcc::MCC24, 1, false, params)) return fit;
    checker = detector->getBestColorChecker();
  } catch (const cv::Exception&) {
    return fit;
  }
  if (!checker) return fit;
  const std::vector<cv::Point2f> box = checker->getBox();
  const cv::Mat charts = checker->getChartsRGB();  // 72 × 5: per patch and channel; col 1 mean
  if (box.size() != 4 || charts.rows != 72 || charts.cols < 2) return fit;
  fit.found = true;
  for (const cv::Point2f& corner : box) fit.box.push_back(corner * (1.0 / scale));
  const auto side = [&](int i, int j) { return cv::norm(fit.box[i] - fit.box[j]); };
  const double a = (side(0, 1) + side(2, 3)) / 2, b = (side(1, 2) + side(3, 0)) / 2;
  const double long_side = std::max(a, b), short_side = std::min(a, b);
  fit.pitch_px = (long_side / (kCardModelWidth / kCardModelPitch) +
                  short_side / (kCardModelHeight / kCardModelPitch)) /
                 2;
  cv::Mat means;
  charts.col(1).convertTo(means, CV_64F);
  for (int i = 0; i < 24; ++i) {
    fit.measured_rgb[i] = cv::Vec3d(means.at<double>(3 * i), means.at<double>(3 * i + 1),
                                    means.at<double>(3 * i + 2));
  }
  if (const double refined = RefinedPitch(bgr, fit.box, fit.measured_rgb); refined > 0) {
    fit.pitch_px = refined;
  }
  FitCorrection(fit);
  return fit;
}

cv::Mat ToLab(const cv::Mat& bgr8, const CardFit* fit) {
  cv::Mat lab;
  if (fit == nullptr) {
    cv::Mat f;
    bgr8.convertTo(f, CV_32F, 1.0 / 255);
    cv::cvtColor(f, lab, cv::COLOR_BGR2Lab);
    return lab;
  }
  cv::Mat lut(1, 256, CV_32F);
  for (int i = 0; i < 256; ++i) lut.at<float>(i) = static_cast<float>(SrgbToLinear(i / 255.0));
  cv::Mat linear;
  cv::LUT(bgr8, lut, linear);
  cv::transform(linear, linear, fit->ccm_bgr);
  cv::max(linear, 0.0, linear);
  cv::cvtColor(linear, lab, cv::COLOR_LBGR2Lab);
  return lab;
}

}  // namespace needlepoint::imaging::cvimpl
