#include "needlepoint/imaging/opencv/registration.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>
#include <vector>

namespace needlepoint::imaging::cvimpl {
namespace {

constexpr int kRegistrationSide = 960;  // longer side of the images registration works on
constexpr int kMinInliers = 12;
constexpr double kMinEcc = 0.5;

struct Level {
  cv::Mat gray;  // 8-bit
  cv::Mat mask;
  double full_per_px;
};

Level Prepare(const RegistrationImage& image) {
  const double shrink = std::min(
      1.0, static_cast<double>(kRegistrationSide) / std::max(image.gray.cols, image.gray.rows));
  Level level{image.gray, image.mask, image.full_per_px};
  if (shrink < 1.0) {
    cv::resize(image.gray, level.gray, cv::Size(), shrink, shrink, cv::INTER_AREA);
    cv::resize(image.mask, level.mask, level.gray.size(), 0, 0, cv::INTER_NEAREST);
    level.full_per_px = image.full_per_px * image.gray.cols / level.gray.cols;
  }
  return level;
}

cv::Matx33d H(const cv::Matx23d& m) {
  return {m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2), 0, 0, 1};
}
cv::Matx23d A(const cv::Matx33d& m) {
  return {m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2)};
}
// Image pixel → full-resolution pixel (pixel centres: x_full = k (x + 0.5) − 0.5).
cv::Matx33d ToFull(double k) { return {k, 0, 0.5 * k - 0.5, 0, k, 0.5 * k - 0.5, 0, 0, 1}; }

// Refines `warp` (before pixel → after pixel, as ECC defines it) on a 1/4, 1/2, 1 pyramid.
// Returns the last level's correlation, or a negative value when no level converged.
double EccPyramid(const Level& before, const Level& after, cv::Matx23d& warp) {
  double rho = -1;
  cv::Matx23f w(static_cast<float>(warp(0, 0)), static_cast<float>(warp(0, 1)),
                static_cast<float>(warp(0, 2)), static_cast<float>(warp(1, 0)),
                static_cast<float>(warp(1, 1)), static_cast<float>(warp(1, 2)));
  // (scale, iterations): most of the work at 1/4, a few refining steps at 1/2 and 1.
  for (const auto& [q, iterations] : {std::pair{0.25, 50}, {0.5, 12}, {1.0, 5}}) {
    cv::Mat templ, input, mask;
    if (q < 1.0) {
      cv::resize(before.gray, templ, cv::Size(), q, q, cv::INTER_AREA);
      cv::resize(after.gray, input, cv::Size(), q, q, cv::INTER_AREA);
      cv::resize(before.mask, mask, templ.size(), 0, 0, cv::INTER_NEAREST);
    } else {
      templ = before.gray;
      input = after.gray;
      mask = before.mask;
    }
    cv::Matx23f wq = w;
    wq(0, 2) *= static_cast<float>(q);
    wq(1, 2) *= static_cast<float>(q);
    cv::Mat wm(wq);
    try {
      rho = cv::findTransformECC(
          templ, input, wm, cv::MOTION_AFFINE,
          cv::TermCriteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, iterations, 1e-4), mask,
          5);
    } catch (const cv::Exception&) {
      continue;  // keep the previous level's warp
    }
    w = cv::Matx23f(wm.ptr<float>());
    w(0, 2) /= static_cast<float>(q);
    w(1, 2) /= static_cast<float>(q);
  }
  for (int i = 0; i < 6; ++i) warp.val[i] = w.val[i];
  return rho;
}

// Level pixels (after → before) to full-resolution pixels.
cv::Matx23d LevelToFull(const cv::Matx23d& t, const Level& before, const Level& after) {
  return A(ToFull(before.full_per_px) * H(t) * ToFull(after.full_per_px).inv());
}

}  // namespace

void DescribeSimilarity(Registration& r, int bw, int bh, int aw, int ah) {
  const auto& t = r.after_to_before;
  r.scale = std::sqrt(std::abs(t[0] * t[4] - t[1] * t[3]));
  r.rotation_deg = std::atan2(t[1] - t[3], t[0] + t[4]) * 180 / std::numbers::pi;
  const double ax = (aw - 1) / 2.0, ay = (ah - 1) / 2.0;
  r.shift_x = t[0] * ax + t[1] * ay + t[2] - (bw - 1) / 2.0;
  r.shift_y = t[3] * ax + t[4] * ay + t[5] - (bh - 1) / 2.0;
}

Registration RegisterPair(const RegistrationImage& before_image,
                          const RegistrationImage& after_image) {
  Registration r;
  const Level before = Prepare(before_image), after = Prepare(after_image);
  cv::Ptr<cv::ORB> orb = cv::ORB::create(3000, 1.2f, 8, 31, 0, 2, cv::ORB::HARRIS_SCORE, 31, 10);
  std::vector<cv::KeyPoint> kb, ka;
  cv::Mat db, da;
  orb->detectAndCompute(before.gray, before.mask, kb, db);
  orb->detectAndCompute(after.gray, after.mask, ka, da);
  if (kb.size() < kMinInliers || ka.size() < kMinInliers) {
    r.reason =
        "too few features to register (" + std::to_string(std::min(kb.size(), ka.size())) + ")";
    return r;
  }
  std::vector<std::vector<cv::DMatch>> knn;
  cv::BFMatcher(cv::NORM_HAMMING).knnMatch(da, db, knn, 2);
  std::vector<cv::Point2f> from, to;
  for (const auto& pair : knn) {
    if (pair.size() == 2 && pair[0].distance < 0.8f * pair[1].distance) {
      from.push_back(ka[static_cast<std::size_t>(pair[0].queryIdx)].pt);
      to.push_back(kb[static_cast<std::size_t>(pair[0].trainIdx)].pt);
    }
  }
  if (from.size() < kMinInliers) {
    r.reason = "too few matching features (" + std::to_string(from.size()) + ")";
    return r;
  }
  std::vector<uchar> inlier;
  cv::Mat similarity =
      cv::estimateAffinePartial2D(from, to, inlier, cv::RANSAC, 3.0, 5000, 0.995, 10);
  r.inliers = static_cast<int>(std::count(inlier.begin(), inlier.end(), 1));
  if (similarity.empty() || r.inliers < kMinInliers) {
    r.reason = "too few consistent feature matches (" + std::to_string(r.inliers) + ")";
    return r;
  }
  const cv::Matx23d initial(similarity.ptr<double>());
  cv::Matx23d warp = A(H(initial).inv());  // ECC's direction: before → after
  r.ecc = EccPyramid(before, after, warp);
  const cv::Matx23d t_level = r.ecc > 0 ? A(H(warp).inv()) : initial;
  const cv::Matx23d t = LevelToFull(t_level, before, after);
  for (int i = 0; i < 6; ++i) r.after_to_before[static_cast<std::size_t>(i)] = t.val[i];
  DescribeSimilarity(r, before_image.full_width, before_image.full_height, after_image.full_width,
                     after_image.full_height);
  // Residual of the inlier matches under the final T, in before (full) pixels.
  double sum = 0;
  int n = 0;
  const cv::Matx33d to_full_a = ToFull(after.full_per_px), to_full_b = ToFull(before.full_per_px);
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (!inlier[i]) continue;
    const cv::Vec3d pa = to_full_a * cv::Vec3d(from[i].x, from[i].y, 1);
    const cv::Vec3d pb = to_full_b * cv::Vec3d(to[i].x, to[i].y, 1);
    const cv::Vec2d mapped = t * pa;
    sum += (mapped[0] - pb[0]) * (mapped[0] - pb[0]) + (mapped[1] - pb[1]) * (mapped[1] - pb[1]);
    ++n;
  }
  r.rms_px = n > 0 ? std::sqrt(sum / n) : 0;
  if (r.ecc > 0 && r.ecc < kMinEcc) {
    r.reason = "the photos do not correlate after alignment (ECC " + std::to_string(r.ecc) + ")";
    return r;
  }
  r.ok = true;
  return r;
}

std::optional<cv::Matx23d> RegisterEccOnly(const RegistrationImage& before_image,
                                           const RegistrationImage& after_image) {
  const Level before = Prepare(before_image), after = Prepare(after_image);
  cv::Matx23d warp(1, 0, 0, 0, 1, 0);
  if (EccPyramid(before, after, warp) <= 0) return std::nullopt;
  return LevelToFull(A(H(warp).inv()), before, after);
}

}  // namespace needlepoint::imaging::cvimpl
