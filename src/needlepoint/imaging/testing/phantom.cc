#include "needlepoint/imaging/testing/phantom.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>

#include "needlepoint/imaging/colorchecker.h"

namespace needlepoint::imaging::testing {
namespace {

struct Segment {
  cv::Point2d a, b;
};

double DistanceToSegment(const cv::Point2d& p, const Segment& s) {
  const cv::Point2d d = s.b - s.a;
  const double t = std::clamp((p - s.a).dot(d) / d.dot(d), 0.0, 1.0);
  return cv::norm(p - (s.a + t * d));
}

double SegmentDistance(const Segment& s, const Segment& t) {
  double best = 1e18;
  for (int i = 0; i <= 20; ++i) {
    best = std::min(best, DistanceToSegment(s.a + (s.b - s.a) * (i / 20.0), t));
    best = std::min(best, DistanceToSegment(t.a + (t.b - t.a) * (i / 20.0), s));
  }
  return best;
}

struct Layout {
  cv::Rect2d card;   // the card's outer frame, world px
  cv::Point2d grid;  // top-left of patch (0, 0)
  double pitch = 0, patch = 0;
  cv::Rect2d card_zone;  // what features keep out of
  std::vector<PlantedSpot> spots;
  std::vector<cv::Point2d> pores;
  std::vector<Segment> lines;
  cv::Point2d red_centre;
  double red_ax = 0, red_ay = 0, red_angle = 0;
  std::vector<std::pair<cv::Point2d, double>> glare;  // centre, radius (px)
};

Layout MakeLayout(const PhantomSpec& spec) {
  Layout layout;
  cv::RNG rng(spec.seed);
  const double mm = spec.px_per_mm, w = spec.width, h = spec.height;
  if (spec.card) {
    layout.pitch = spec.card_pitch_mm * mm;
    layout.patch = layout.pitch * kCardModelPatch / kCardModelPitch;
    const double frame = 0.5 * layout.pitch;
    layout.card = cv::Rect2d(0.04 * w, 0.04 * h, 5 * layout.pitch + layout.patch + 2 * frame,
                             3 * layout.pitch + layout.patch + 2 * frame);
    layout.grid = cv::Point2d(layout.card.x + frame, layout.card.y + frame);
    const double margin = layout.pitch + 1.0 * mm;
    layout.card_zone = cv::Rect2d(layout.card.x - margin, layout.card.y - margin,
                                  layout.card.width + 2 * margin, layout.card.height + 2 * margin);
  }
  const auto in_card_zone = [&](const cv::Point2d& p, double r) {
    const cv::Rect2d& z = layout.card_zone;
    return spec.card && p.x + r > z.x && p.x - r < z.x + z.width && p.y + r > z.y &&
           p.y - r < z.y + z.height;
  };
  const auto safe = [&](const cv::Point2d& p, double r) {
    return p.x - r > 0.08 * w && p.x + r < 0.92 * w && p.y - r > 0.08 * h && p.y + r < 0.92 * h &&
           !in_card_zone(p, r);
  };
  // Red zone: an ellipse in the free part of the frame.
  layout.red_ax = std::min(16 * mm, 0.18 * w);
  layout.red_ay = std::min(11 * mm, 0.16 * h);
  for (int tries = 0; tries < 10000; ++tries) {
    layout.red_centre = {rng.uniform(0.0, w), rng.uniform(0.0, h)};
    if (safe(layout.red_centre, layout.red_ax + 2 * mm)) break;
  }
  layout.red_angle = rng.uniform(0.0, std::numbers::pi);
  const auto in_red = [&](const cv::Point2d& p, double margin) {
    return cv::norm(p - layout.red_centre) < layout.red_ax + margin;
  };
  for (int i = 0, tries = 0; i < spec.spots && tries < 100000; ++tries) {
    const double r = rng.uniform(0.7, 1.8) * mm;
    const cv::Point2d c(rng.uniform(0.0, w), rng.uniform(0.0, h));
    if (!safe(c, r + 2 * mm) || in_red(c, r + 3 * mm)) continue;
    bool clear = true;
    for (const PlantedSpot& s : layout.spots) {
      clear = clear && cv::norm(c - s.world) > r + s.radius_mm * mm + 3 * mm;
    }
    if (!clear) continue;
    layout.spots.push_back({c, r / mm, i < spec.spots_removed});
    ++i;
  }
  for (int i = 0, tries = 0; i < spec.lines && tries < 100000; ++tries) {
    const double length = rng.uniform(15.0, 30.0) * mm;
    const double angle = rng.uniform(0.0, std::numbers::pi);
    const cv::Point2d c(rng.uniform(0.0, w), rng.uniform(0.0, h));
    const cv::Point2d d(std::cos(angle) * length / 2, std::sin(angle) * length / 2);
    const Segment s{c - d, c + d};
    if (!safe(s.a, 2 * mm) || !safe(s.b, 2 * mm) || !safe(c, 2 * mm)) continue;
    bool clear = true;
    for (const PlantedSpot& spot : layout.spots) {
      clear = clear && DistanceToSegment(spot.world, s) > spot.radius_mm * mm + 3 * mm;
    }
    for (const Segment& other : layout.lines) clear = clear && SegmentDistance(s, other) > 3 * mm;
    if (!clear) continue;
    layout.lines.push_back(s);
    ++i;
  }
  for (int i = 0, tries = 0; i < spec.glare_blobs && tries < 100000; ++tries) {
    const double r = rng.uniform(1.0, 2.5) * mm;
    const cv::Point2d c(rng.uniform(0.0, w), rng.uniform(0.0, h));
    if (!safe(c, r + 2 * mm) || in_red(c, r + 2 * mm)) continue;
    bool clear = true;
    for (const PlantedSpot& s : layout.spots) {
      clear = clear && cv::norm(c - s.world) > r + s.radius_mm * mm + 3 * mm;
    }
    for (const Segment& s : layout.lines) clear = clear && DistanceToSegment(c, s) > r + 3 * mm;
    if (!clear) continue;
    layout.glare.emplace_back(c, r);
    ++i;
  }
  // Pores fill the skin, away from the card, spots and lines and from each other.
  const double cell = 1.0 * mm;
  for (int i = 0, tries = 0; i < spec.pores && tries < 200000; ++tries) {
    const cv::Point2d c(rng.uniform(0.03 * w, 0.97 * w), rng.uniform(0.03 * h, 0.97 * h));
    if (in_card_zone(c, 1 * mm)) continue;
    bool clear = true;
    for (const PlantedSpot& s : layout.spots) {
      clear = clear && cv::norm(c - s.world) > s.radius_mm * mm + 1.5 * mm;
    }
    for (const Segment& s : layout.lines) clear = clear && DistanceToSegment(c, s) > 1.5 * mm;
    for (const auto& [g, r] : layout.glare) clear = clear && cv::norm(c - g) > r + 1.5 * mm;
    for (const cv::Point2d& p : layout.pores) clear = clear && cv::norm(c - p) > cell;
    if (!clear) continue;
    layout.pores.push_back(c);
    ++i;
  }
  return layout;
}

double SrgbToLinear(double v) {
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
double LinearToSrgb(double v) {
  v = std::clamp(v, 0.0, 1.0);
  return v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055;
}

cv::Mat UnitField(cv::RNG& rng, cv::Size size, double sigma) {
  cv::Mat field(size, CV_32F);
  rng.fill(field, cv::RNG::NORMAL, 0, 1);
  cv::GaussianBlur(field, field, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
  cv::Scalar mean, sd;
  cv::meanStdDev(field, mean, sd);
  field = (field - mean[0]) / sd[0];
  return field;
}

}  // namespace

Phantom RenderPhantom(const PhantomSpec& spec) {
  const Layout layout = MakeLayout(spec);
  const int w = spec.width, h = spec.height;
  const double mm = spec.px_per_mm;
  const double theta = spec.rotation_deg * std::numbers::pi / 180;
  const double cx = (w - 1) / 2.0, cy = (h - 1) / 2.0;
  // T: capture pixel → world pixel (the contract's after → before).
  const cv::Matx23d t(spec.scale * std::cos(theta), spec.scale * std::sin(theta), 0,
                      -spec.scale * std::sin(theta), spec.scale * std::cos(theta), 0);
  cv::Matx23d full = t;
  full(0, 2) = cx + spec.shift_x - (t(0, 0) * cx + t(0, 1) * cy);
  full(1, 2) = cy + spec.shift_y - (t(1, 0) * cx + t(1, 1) * cy);
  const auto to_world = [&](double x, double y) {
    return cv::Point2d(full(0, 0) * x + full(0, 1) * y + full(0, 2),
                       full(1, 0) * x + full(1, 1) * y + full(1, 2));
  };
  cv::Matx33d full3(full(0, 0), full(0, 1), full(0, 2), full(1, 0), full(1, 1), full(1, 2), 0, 0,
                    1);
  const cv::Matx33d inverse = full3.inv();
  const auto to_capture = [&](const cv::Point2d& p) {
    return cv::Point2d(inverse(0, 0) * p.x + inverse(0, 1) * p.y + inverse(0, 2),
                       inverse(1, 0) * p.x + inverse(1, 1) * p.y + inverse(1, 2));
  };
  const bool identity =
      spec.rotation_deg == 0 && spec.scale == 1 && spec.shift_x == 0 && spec.shift_y == 0;

  // Skin texture: two unit Gaussian fields (0.12 mm and 0.5 mm), rendered at `supersample`
  // times the resolution, posed, then averaged down.
  cv::RNG texture_rng(spec.seed * 7919u + 17u);
  const int k = std::max(1, spec.supersample);
  const cv::Size big(w * k, h * k);
  cv::Mat texture = 0.7 * UnitField(texture_rng, big, 0.12 * mm * k) +
                    0.7 * UnitField(texture_rng, big, 0.5 * mm * k);
  if (!identity) {
    const cv::Matx33d s(k, 0, 0.5 * k - 0.5, 0, k, 0.5 * k - 0.5, 0, 0, 1);
    const cv::Matx33d m = s * full3 * s.inv();
    cv::Mat posed;
    cv::warpAffine(texture, posed, cv::Mat(cv::Matx23d(m.val)), big,
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REFLECT);
    texture = posed;
  }
  if (k > 1) cv::resize(texture, texture, cv::Size(w, h), 0, 0, cv::INTER_AREA);

  cv::Mat lab(h, w, CV_32FC3);
  for (int y = 0; y < h; ++y) {
    const float* tex = texture.ptr<float>(y);
    cv::Vec3f* row = lab.ptr<cv::Vec3f>(y);
    for (int x = 0; x < w; ++x) {
      const cv::Point2d q = to_world(x, y);
      row[x] = cv::Vec3f(static_cast<float>(spec.skin_l + spec.texture_amp * tex[x] +
                                            spec.illumination_gradient * (q.x / w - 0.5)),
                         static_cast<float>(spec.skin_a), static_cast<float>(spec.skin_b));
    }
  }
  // Paints `paint(world point) → (dL, da, db)` over the capture pixels near `centre` (world).
  const auto stamp = [&](const cv::Point2d& centre, double radius, auto paint) {
    const cv::Point2d c = to_capture(centre);
    const double r = radius / spec.scale + 2;
    const int x0 = std::max(0, static_cast<int>(c.x - r)),
              x1 = std::min(w - 1, static_cast<int>(c.x + r));
    const int y0 = std::max(0, static_cast<int>(c.y - r)),
              y1 = std::min(h - 1, static_cast<int>(c.y + r));
    for (int y = y0; y <= y1; ++y) {
      cv::Vec3f* row = lab.ptr<cv::Vec3f>(y);
      for (int x = x0; x <= x1; ++x) row[x] += paint(to_world(x, y));
    }
  };
  const double edge = 0.05 * mm;
  for (const PlantedSpot& spot : layout.spots) {
    if (spot.removed) continue;
    const double r = spot.radius_mm * mm;
    stamp(spot.world, r + 8 * edge + 2, [&](const cv::Point2d& q) {
      const float wgt =
          static_cast<float>(1 / (1 + std::exp((cv::norm(q - spot.world) - r) / edge)));
      return cv::Vec3f(static_cast<float>(spec.spot_dl) * wgt,
                       static_cast<float>(spec.spot_da) * wgt,
                       static_cast<float>(spec.spot_db) * wgt);
    });
  }
  const double pore_sigma = 0.15 * mm;
  for (const cv::Point2d& pore : layout.pores) {
    stamp(pore, 4 * pore_sigma, [&](const cv::Point2d& q) {
      const double d2 = (q - pore).dot(q - pore);
      return cv::Vec3f(
          static_cast<float>(spec.pore_dl * std::exp(-d2 / (2 * pore_sigma * pore_sigma))), 0, 0);
    });
  }
  const double line_sigma = 0.15 * mm;
  for (const Segment& line : layout.lines) {
    const cv::Point2d centre = (line.a + line.b) / 2;
    stamp(centre, cv::norm(line.b - line.a) / 2 + 4 * line_sigma, [&](const cv::Point2d& q) {
      const double d = DistanceToSegment(q, line);
      return cv::Vec3f(
          static_cast<float>(spec.line_dl * std::exp(-d * d / (2 * line_sigma * line_sigma))), 0,
          0);
    });
  }
  if (spec.red_da != 0) {
    const double ca = std::cos(layout.red_angle), sa = std::sin(layout.red_angle);
    stamp(layout.red_centre, layout.red_ax + 4 * mm, [&](const cv::Point2d& q) {
      const cv::Point2d d = q - layout.red_centre;
      const double u = (ca * d.x + sa * d.y) / layout.red_ax,
                   v = (-sa * d.x + ca * d.y) / layout.red_ay;
      const double signed_distance = (std::sqrt(u * u + v * v) - 1) * layout.red_ay;
      const double wgt = 1 / (1 + std::exp(signed_distance / (0.5 * mm)));
      return cv::Vec3f(0, static_cast<float>(spec.red_da * wgt), 0);
    });
  }

  cv::Mat bgr;
  cv::cvtColor(lab, bgr, cv::COLOR_Lab2BGR);  // sRGB-encoded, 0..1

  if (spec.card) {
    const double frame_srgb = 22 / 255.0;
    const cv::Point2d corners[4] = {layout.card.tl(),
                                    {layout.card.br().x, layout.card.y},
                                    layout.card.br(),
                                    {layout.card.x, layout.card.br().y}};
    double x0 = w, x1 = 0, y0 = h, y1 = 0;
    for (const cv::Point2d& corner : corners) {
      const cv::Point2d c = to_capture(corner);
      x0 = std::min(x0, c.x), x1 = std::max(x1, c.x), y0 = std::min(y0, c.y),
      y1 = std::max(y1, c.y);
    }
    const auto colour_at = [&](const cv::Point2d& q) -> std::optional<cv::Vec3f> {
      if (!layout.card.contains(q)) return std::nullopt;
      const double gx = (q.x - layout.grid.x) / layout.pitch,
                   gy = (q.y - layout.grid.y) / layout.pitch;
      const int col = static_cast<int>(std::floor(gx)), row = static_cast<int>(std::floor(gy));
      const double patch = layout.patch / layout.pitch;
      if (col >= 0 && col < 6 && row >= 0 && row < 4 && gx - col < patch && gy - row < patch) {
        const CardPatch& p = kColorCheckerClassic[static_cast<std::size_t>(row * 6 + col)];
        return cv::Vec3f(p.b / 255.0f, p.g / 255.0f, p.r / 255.0f);
      }
      return cv::Vec3f(static_cast<float>(frame_srgb), static_cast<float>(frame_srgb),
                       static_cast<float>(frame_srgb));
    };
    for (int y = std::max(0, static_cast<int>(y0) - 1);
         y <= std::min(h - 1, static_cast<int>(y1) + 1); ++y) {
      cv::Vec3f* row = bgr.ptr<cv::Vec3f>(y);
      for (int x = std::max(0, static_cast<int>(x0) - 1);
           x <= std::min(w - 1, static_cast<int>(x1) + 1); ++x) {
        cv::Vec3f sum(0, 0, 0);
        int inside = 0;
        for (double sy : {-0.25, 0.25}) {
          for (double sx : {-0.25, 0.25}) {
            if (auto c = colour_at(to_world(x + sx, y + sy))) {
              sum += *c;
              ++inside;
            } else {
              sum += row[x];
            }
          }
        }
        if (inside > 0) row[x] = sum * 0.25f;
      }
    }
  }

  // Capture: to linear light, glare, exposure/white balance/cross-talk, optics, noise.
  const double ct = spec.crosstalk;
  const cv::Matx33d rgb(spec.gain_r * (1 - 2 * ct), spec.gain_r * ct, spec.gain_r * ct,  //
                        ct, 1 - 2 * ct, ct,                                              //
                        spec.gain_b * ct, spec.gain_b * ct, spec.gain_b * (1 - 2 * ct));
  cv::Matx33f m;
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) m(2 - r, 2 - c) = static_cast<float>(spec.exposure * rgb(r, c));
  }
  cv::Mat linear(h, w, CV_32FC3);
  for (int y = 0; y < h; ++y) {
    const cv::Vec3f* in = bgr.ptr<cv::Vec3f>(y);
    cv::Vec3f* out = linear.ptr<cv::Vec3f>(y);
    for (int x = 0; x < w; ++x) {
      for (int c = 0; c < 3; ++c)
        out[x][c] = static_cast<float>(SrgbToLinear(std::clamp(in[x][c], 0.0f, 1.0f)));
    }
  }
  for (const auto& [centre, radius] : layout.glare) {
    const cv::Point2d c = to_capture(centre);
    const double r = radius / spec.scale, e = 0.2 * mm / spec.scale;
    for (int y = std::max(0, static_cast<int>(c.y - r - 6 * e));
         y <= std::min(h - 1, static_cast<int>(c.y + r + 6 * e)); ++y) {
      cv::Vec3f* row = linear.ptr<cv::Vec3f>(y);
      for (int x = std::max(0, static_cast<int>(c.x - r - 6 * e));
           x <= std::min(w - 1, static_cast<int>(c.x + r + 6 * e)); ++x) {
        const float wgt =
            static_cast<float>(1 / (1 + std::exp((cv::norm(cv::Point2d(x, y) - c) - r) / e)));
        row[x] = row[x] * (1 - wgt) + cv::Vec3f(4, 4, 4) * wgt;
      }
    }
  }
  cv::transform(linear, linear, m);
  if (spec.blur_px > 0) cv::GaussianBlur(linear, linear, cv::Size(), spec.blur_px, spec.blur_px);
  cv::RNG noise_rng(spec.noise_seed * 104729u + 3u);
  cv::Mat noise(h, w, CV_32FC3);
  noise_rng.fill(noise, cv::RNG::NORMAL, 0, spec.noise);
  Phantom out;
  out.bgr.create(h, w, CV_8UC3);
  for (int y = 0; y < h; ++y) {
    const cv::Vec3f* in = linear.ptr<cv::Vec3f>(y);
    const cv::Vec3f* n = noise.ptr<cv::Vec3f>(y);
    cv::Vec3b* o = out.bgr.ptr<cv::Vec3b>(y);
    for (int x = 0; x < w; ++x) {
      for (int c = 0; c < 3; ++c) {
        o[x][c] = cv::saturate_cast<uchar>(LinearToSrgb(in[x][c]) * 255 + n[x][c]);
      }
    }
  }

  PhantomTruth& truth = out.truth;
  truth.spots = layout.spots;
  for (const PlantedSpot& s : layout.spots) {
    if (s.removed) continue;
    ++truth.spots_present;
    truth.spot_area_mm2 += std::numbers::pi * s.radius_mm * s.radius_mm;
  }
  truth.pores = static_cast<int>(layout.pores.size());
  truth.lines = static_cast<int>(layout.lines.size());
  for (const Segment& s : layout.lines) truth.line_length_mm += cv::norm(s.b - s.a) / mm;
  double card_area = 0;
  if (spec.card) {
    // The analysis leaves out the detected patch box grown by one pitch on every side.
    const double margin =
        layout.pitch * (1 + 0.25 / kCardModelPitch) - (layout.pitch - layout.patch) / 2;
    card_area = (5 * layout.pitch + layout.patch + 2 * margin) *
                (3 * layout.pitch + layout.patch + 2 * margin);
  }
  truth.skin_area_mm2 = (static_cast<double>(w) * h - card_area) / (mm * mm);
  truth.px_per_mm = mm / spec.scale;
  truth.card_pitch_px = spec.card_pitch_mm * mm / spec.scale;
  // The skin's true median L*: base, texture and illumination gradient over the skin the
  // photo shows (the card hides part of the gradient).
  std::vector<float> base_l;
  base_l.reserve(static_cast<std::size_t>(w) * h / 4);
  for (int y = 0; y < h; y += 2) {
    for (int x = 0; x < w; x += 2) {
      const cv::Point2d q = to_world(x, y);
      if (spec.card && layout.card_zone.contains(q)) continue;
      base_l.push_back(static_cast<float>(spec.skin_l + spec.texture_amp * texture.at<float>(y, x) +
                                          spec.illumination_gradient * (q.x / w - 0.5)));
    }
  }
  std::nth_element(base_l.begin(), base_l.begin() + static_cast<std::ptrdiff_t>(base_l.size() / 2),
                   base_l.end());
  const double median_l = base_l[base_l.size() / 2];
  truth.ita_deg = std::atan2(median_l - 50, spec.skin_b) * 180 / std::numbers::pi;
  truth.after_to_world = full;
  if (spec.card) {
    for (int i = 0; i < 24; ++i) {
      const cv::Point2d centre =
          layout.grid + cv::Point2d((i % 6) * layout.pitch + layout.patch / 2,
                                    (i / 6) * layout.pitch + layout.patch / 2);
      truth.patch_centres.push_back(to_capture(centre));
    }
    truth.patch_px = layout.patch / spec.scale;
  }
  return out;
}

std::string EncodeJpeg(const cv::Mat& bgr, int quality) {
  std::vector<uchar> bytes;
  cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
  return {bytes.begin(), bytes.end()};
}

std::string EncodePng(const cv::Mat& bgr) {
  std::vector<uchar> bytes;
  cv::imencode(".png", bgr, bytes, {cv::IMWRITE_PNG_COMPRESSION, 1});
  return {bytes.begin(), bytes.end()};
}

}  // namespace needlepoint::imaging::testing
