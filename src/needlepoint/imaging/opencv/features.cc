#include "needlepoint/imaging/opencv/features.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <opencv2/ximgproc.hpp>

namespace needlepoint::imaging::cvimpl {
namespace {

cv::Mat Blur(const cv::Mat& src, double sigma_px) {
  cv::Mat out;
  if (sigma_px < 0.25) return src.clone();
  cv::GaussianBlur(src, out, cv::Size(), sigma_px, sigma_px, cv::BORDER_REFLECT);
  return out;
}

cv::Mat Dilate(const cv::Mat& mask, double radius_px) {
  const int r = std::max(0, static_cast<int>(std::lround(radius_px)));
  if (r == 0 || cv::countNonZero(mask) == 0) return mask.clone();
  cv::Mat out;
  if (r <= 2) {
    cv::dilate(mask, out,
               cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)));
    return out;
  }
  // Large discs: a distance transform costs the same whatever the radius.
  cv::Mat distance;
  cv::distanceTransform(mask == 0, distance, cv::DIST_L2, cv::DIST_MASK_5);
  return distance <= static_cast<float>(radius_px);
}

// Median of `values` (32F) where `mask` is set, over every `step`-th pixel of each row and
// column; NaN when the mask is empty.
double MaskedMedian(const cv::Mat& values, const cv::Mat& mask, int step = 2) {
  std::vector<float> picked;
  picked.reserve(static_cast<std::size_t>(values.total() / (step * step) + 1));
  for (int y = 0; y < values.rows; y += step) {
    const float* v = values.ptr<float>(y);
    const uchar* m = mask.ptr<uchar>(y);
    for (int x = 0; x < values.cols; x += step) {
      if (m[x]) picked.push_back(v[x]);
    }
  }
  if (picked.empty()) return std::nan("");
  auto middle = picked.begin() + static_cast<std::ptrdiff_t>(picked.size() / 2);
  std::nth_element(picked.begin(), middle, picked.end());
  return *middle;
}

// Local background of L* by a median over `window_mm`, computed at about 1 px/mm.
cv::Mat Background(const cv::Mat& l, const cv::Mat& exclude, double fill, double px_per_mm,
                   double window_mm) {
  cv::Mat filled = l.clone();
  filled.setTo(fill, exclude);
  const double shrink = std::min(1.0, 1.0 / px_per_mm);
  cv::Mat small;
  cv::resize(filled, small, cv::Size(), shrink, shrink, cv::INTER_AREA);
  cv::Mat small8;
  small.convertTo(small8, CV_8U, 2.5);
  int k = static_cast<int>(std::lround(window_mm * px_per_mm * shrink)) | 1;
  k = std::max(3, std::min(k, (std::min(small8.cols, small8.rows) - 1) | 1));
  cv::Mat median8;
  cv::medianBlur(small8, median8, k);
  cv::Mat median;
  median8.convertTo(median, CV_32F, 1 / 2.5);
  cv::Mat out;
  cv::resize(median, out, l.size(), 0, 0, cv::INTER_LINEAR);
  return out;
}

double Elongation(const cv::Moments& m) {
  const double a = m.mu20 / m.m00, c = m.mu02 / m.m00, b = m.mu11 / m.m00;
  const double root = std::sqrt(((a - c) / 2) * ((a - c) / 2) + b * b);
  const double l1 = (a + c) / 2 + root, l2 = std::max((a + c) / 2 - root, 1e-9);
  return std::sqrt(l1 / l2);
}

void FindSpots(const cv::Mat& ls, const cv::Mat& background, const cv::Mat& exclude,
               double px_per_mm, const FeatureParams& p, Features& f) {
  cv::Mat dark = background - ls;
  cv::Mat mask = dark > p.spot_threshold_l;
  mask.setTo(0, exclude);
  cv::morphologyEx(mask, mask, cv::MORPH_OPEN,
                   cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
  const double min_area =
      std::numbers::pi * p.spot_min_radius_mm * p.spot_min_radius_mm * px_per_mm * px_per_mm;
  f.spot_mask = cv::Mat::zeros(mask.size(), CV_8U);
  for (int i = 1; i < n; ++i) {
    if (stats.at<int>(i, cv::CC_STAT_AREA) < min_area) continue;
    const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                       stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
    cv::Mat component = labels(box) == i;
    if (Elongation(cv::moments(component, true)) >= p.spot_max_elongation) continue;
    // The spot's area at half its own depth: independent of where the detection threshold
    // cuts its blurred edge (a threshold below half depth inflates small spots).
    // Depth: the mean over the plateau (within 20 % of the deepest pixel), robust to noise.
    double deepest = 0;
    cv::minMaxLoc(dark(box), nullptr, &deepest, nullptr, nullptr, component);
    const double depth = cv::mean(dark(box), (dark(box) >= 0.8 * deepest) & component)[0];
    const cv::Mat half = (dark(box) >= 0.5 * depth) & component;
    const double half_area = cv::countNonZero(half);
    if (half_area < min_area) continue;
    f.spots.push_back(
        {cv::Point2d(centroids.at<double>(i, 0), centroids.at<double>(i, 1)), half_area});
    f.spot_mask(box).setTo(255, component);
  }
}

// Multi-scale Frangi vesselness for dark ridges, with c fixed in L* units.
cv::Mat Vesselness(const cv::Mat& l, double px_per_mm, double c) {
  cv::Mat best = cv::Mat::zeros(l.size(), CV_32F);
  for (double sigma_mm : {0.15, 0.25}) {
    const double s = std::max(0.7, sigma_mm * px_per_mm);
    cv::Mat g = Blur(l, s);
    cv::Mat dxx, dyy, dxy;
    const double scale = s * s / 4.0;  // Sobel ksize 3 second derivatives carry a factor 4
    cv::Sobel(g, dxx, CV_32F, 2, 0, 3, scale);
    cv::Sobel(g, dyy, CV_32F, 0, 2, 3, scale);
    cv::Sobel(g, dxy, CV_32F, 1, 1, 3, scale);
    const float beta2 = 2 * 0.5f * 0.5f, c2 = static_cast<float>(2 * c * c);
    // V ≤ 1 − exp(−S²/2c²): below this S², V cannot reach the 0.3 that hysteresis keeps.
    const float s2_min = -c2 * std::log(1 - 0.3f);
    for (int y = 0; y < l.rows; ++y) {
      const float *xx = dxx.ptr<float>(y), *yy = dyy.ptr<float>(y), *xy = dxy.ptr<float>(y);
      float* out = best.ptr<float>(y);
      for (int x = 0; x < l.cols; ++x) {
        const float d = xx[x] - yy[x];
        const float root = std::sqrt(d * d + 4 * xy[x] * xy[x]);
        const float l1 = (xx[x] + yy[x] + root) / 2, l2 = (xx[x] + yy[x] - root) / 2;
        if (l1 <= 0) continue;
        const float s2 = l1 * l1 + l2 * l2;
        if (s2 < s2_min) continue;
        const float rb = l2 / l1;
        const float v = std::exp(-rb * rb / beta2) * (1 - std::exp(-s2 / c2));
        out[x] = std::max(out[x], v);
      }
    }
  }
  return best;
}

void FindLines(const cv::Mat& l, const cv::Mat& blocked, double px_per_mm, const FeatureParams& p,
               Features& f) {
  cv::Mat v = Vesselness(l, px_per_mm, p.line_c);
  v.setTo(0, blocked);
  cv::Mat weak = v > 0.3f;
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(weak, labels, stats, centroids, 8, CV_32S);
  std::vector<char> strong(static_cast<std::size_t>(n), 0);
  for (int y = 0; y < v.rows; ++y) {
    const float* row = v.ptr<float>(y);
    const int* lab = labels.ptr<int>(y);
    for (int x = 0; x < v.cols; ++x) {
      if (row[x] > 0.5f) strong[static_cast<std::size_t>(lab[x])] = 1;
    }
  }
  f.line_mask = cv::Mat::zeros(l.size(), CV_8U);
  const double min_length = p.line_min_length_mm * px_per_mm;
  for (int i = 1; i < n; ++i) {
    if (!strong[static_cast<std::size_t>(i)]) continue;
    const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                       stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
    if (std::max(box.width, box.height) < min_length * 0.7) continue;
    const cv::Rect padded =
        (box + cv::Size(2, 2) - cv::Point(1, 1)) & cv::Rect(0, 0, l.cols, l.rows);
    cv::Mat component = labels(padded) == i;
    cv::Mat skeleton;
    cv::ximgproc::thinning(component, skeleton, cv::ximgproc::THINNING_ZHANGSUEN);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(skeleton, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    double length = 0;
    for (const auto& contour : contours) length += cv::arcLength(contour, true) / 2;
    if (length < min_length) continue;
    f.lines.push_back(
        {cv::Point2d(centroids.at<double>(i, 0), centroids.at<double>(i, 1)), length});
    f.line_mask(padded).setTo(255, skeleton);
  }
}

void FindPores(const cv::Mat& fine, const cv::Mat& l, const cv::Mat& blocked, double px_per_mm,
               const FeatureParams& p, Features& f) {
  cv::Mat response = Blur(l, 0.3 * px_per_mm) - fine;  // dark blobs respond positively
  const int r = std::max(1, static_cast<int>(std::lround(0.3 * px_per_mm)));
  cv::Mat local_max;
  cv::dilate(response, local_max,
             cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * r + 1, 2 * r + 1)));
  const float threshold = static_cast<float>(p.pore_threshold_l);
  for (int y = 0; y < response.rows; ++y) {
    const float* resp = response.ptr<float>(y);
    const float* peak = local_max.ptr<float>(y);
    const uchar* no = blocked.ptr<uchar>(y);
    for (int x = 0; x < response.cols; ++x) {
      if (resp[x] > threshold && resp[x] >= peak[x] && !no[x]) {
        f.pores.emplace_back(static_cast<float>(x), static_cast<float>(y));
      }
    }
  }
}

}  // namespace

cv::Mat RedCore(const cv::Mat& red, double px_per_mm) {
  const int r = std::max(1, static_cast<int>(std::lround(kRedCoreMm * px_per_mm)));
  cv::Mat distance;
  cv::distanceTransform(red, distance, cv::DIST_L2, cv::DIST_MASK_5);
  const cv::Mat core = distance > static_cast<float>(r);
  return cv::countNonZero(core) > 0 ? core : red;
}

cv::Mat GlareMask(const cv::Mat& bgr8, const cv::Mat& lab) {
  std::vector<cv::Mat> channels;
  cv::split(bgr8, channels);
  cv::Mat brightest = cv::max(cv::max(channels[0], channels[1]), channels[2]);
  std::vector<cv::Mat> lab_channels;
  cv::split(lab, lab_channels);
  return (brightest >= 250) | (lab_channels[0] > 92.0f);
}

double Sharpness(const cv::Mat& lab, const cv::Mat& exclude) {
  cv::Mat l;
  cv::extractChannel(lab, l, 0);
  cv::Mat lap;
  cv::Laplacian(Blur(l, 1.0), lap, CV_32F, 1);
  lap = cv::abs(lap);
  std::vector<float> values;
  values.reserve(lap.total() / 4 + 1);
  for (int y = 0; y < lap.rows; y += 2) {
    const float* row = lap.ptr<float>(y);
    const uchar* no = exclude.ptr<uchar>(y);
    for (int x = 0; x < lap.cols; x += 2) {
      if (!no[x]) values.push_back(row[x]);
    }
  }
  if (values.empty()) return 0;
  auto at = values.begin() + static_cast<std::ptrdiff_t>(values.size() * 995 / 1000);
  std::nth_element(values.begin(), at, values.end());
  return *at;
}

Features MeasureFeatures(const cv::Mat& lab, const cv::Mat& exclude, const cv::Mat& glare,
                         double ppm, const FeatureParams& p) {
  Features f;
  std::vector<cv::Mat> ch;
  cv::split(lab, ch);
  const cv::Mat& l = ch[0];
  const cv::Mat glare_zone = Dilate(glare, 0.5 * ppm);
  const cv::Mat not_skin = exclude | glare_zone;
  f.skin = ~not_skin;
  f.skin_px = cv::countNonZero(f.skin);
  const cv::Mat blocked = exclude | Dilate(glare, 1.0 * ppm);

  const double skin_l = MaskedMedian(l, f.skin, 4);
  const cv::Mat fine = Blur(l, 0.1 * ppm);
  FindSpots(fine,
            Background(l, not_skin, std::isnan(skin_l) ? 50.0 : skin_l, ppm, p.spot_background_mm),
            blocked, ppm, p, f);
  const cv::Mat spot_zone = Dilate(f.spot_mask, 0.5 * ppm);
  FindLines(l, blocked | spot_zone, ppm, p, f);
  const cv::Mat line_zone = Dilate(f.line_mask, 0.4 * ppm);
  FindPores(fine, l, blocked | spot_zone | line_zone, ppm, p, f);

  // Redness and skin tone over feature-free skin (pores may stay).
  f.a_smooth = Blur(ch[1], 0.3 * ppm);
  const cv::Mat a_segment = Blur(ch[1], 0.6 * ppm);
  const cv::Mat free0 = f.skin & ~spot_zone & ~line_zone;
  double median_a = MaskedMedian(f.a_smooth, free0);
  if (std::isnan(median_a)) median_a = 0;
  cv::Mat free = free0;
  for (int pass = 0; pass < 2; ++pass) {
    f.red = (a_segment > static_cast<float>(median_a + p.red_threshold_a)) & f.skin;
    free = free0 & ~f.red;
    const double refined = MaskedMedian(f.a_smooth, free);
    if (!std::isnan(refined)) median_a = refined;
  }
  f.red = (a_segment > static_cast<float>(median_a + p.red_threshold_a)) & f.skin;
  f.median_a = median_a;
  const int red_px = cv::countNonZero(f.red);
  f.red_fraction = f.skin_px > 0 ? red_px / f.skin_px : 0;
  f.delta_a = red_px > 0 ? cv::mean(f.a_smooth, RedCore(f.red, ppm))[0] - median_a : 0;
  f.median_l = MaskedMedian(Blur(l, 0.3 * ppm), free);
  f.median_b = MaskedMedian(Blur(ch[2], 0.3 * ppm), free);

  // Texture: band-pass (0.1–0.6 mm) L* over feature-free skin away from pores, features
  // and exclusions by three times the wide kernel.
  const cv::Mat band = fine - Blur(l, 0.6 * ppm);
  cv::Mat texture_zone = free & ~Dilate(not_skin | f.spot_mask | f.line_mask, 1.8 * ppm);
  const int pore_r = std::max(1, static_cast<int>(std::lround(1.0 * ppm)));
  for (const cv::Point2f& pore : f.pores) cv::circle(texture_zone, pore, pore_r, 0, -1);
  if (cv::countNonZero(texture_zone) > 100) {
    cv::Scalar mean, sd;
    cv::meanStdDev(band, mean, sd, texture_zone);
    f.roughness = sd[0];
  }
  return f;
}

}  // namespace needlepoint::imaging::cvimpl
