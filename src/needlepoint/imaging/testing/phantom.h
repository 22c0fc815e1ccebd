// Needlepoint's synthetic skin phantom: photos whose ground truth is known by construction
// (planted spots, pores, lines, a red zone, a ColorChecker card; a known treatment effect,
// exposure and white-balance change, and pose change). Used by the validation tests and by
// `make bench`; the design follows shared/reference/photo-analysis.md §5.1 with every size
// in millimetres.
//
// Geometry: the "world" is the baseline photo's pixel grid. A capture with pose
// (rotation θ, scale s, shift) is rendered so that the contract's T maps its pixels to the
// world: T(p) = s·R(θ)·(p − c) + c + shift, c the image centre. Features and the card live
// in the world, so they move with the pose.
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace needlepoint::imaging::testing {

struct PhantomSpec {
  int width = 1200;
  int height = 900;
  double px_per_mm = 10;  // of the world (the baseline)
  // Skin, CIELAB.
  double skin_l = 65, skin_a = 12, skin_b = 16;
  double texture_amp = 1.2;          // L* units
  double illumination_gradient = 4;  // L* across the width
  // Features (counts are what is planted; `spots_removed` of them are left out).
  int spots = 25;
  int spots_removed = 0;
  double spot_dl = -12, spot_da = 1.5, spot_db = 5;
  int pores = 600;
  double pore_dl = -10;
  int lines = 6;
  double line_dl = -9;
  double red_da = 6;
  int glare_blobs = 0;
  bool card = true;
  double card_pitch_mm = 6;
  // Capture.
  double exposure = 1, gain_r = 1, gain_b = 1, crosstalk = 0;
  double rotation_deg = 0, scale = 1, shift_x = 0, shift_y = 0;
  double blur_px = 0;
  double noise = 1.5;            // 8-bit levels, per channel
  std::uint32_t seed = 1;        // the "patient": feature layout and skin texture
  std::uint32_t noise_seed = 1;  // the capture's sensor noise
  int supersample = 2;           // the texture field is rendered at this factor
};

struct PlantedSpot {
  cv::Point2d world;  // centre, world pixels
  double radius_mm = 0;
  bool removed = false;
};

struct PhantomTruth {
  std::vector<PlantedSpot> spots;  // every planted spot, removed ones flagged
  int spots_present = 0;
  double spot_area_mm2 = 0;  // of the present spots
  int pores = 0;
  int lines = 0;
  double line_length_mm = 0;
  double skin_area_mm2 = 0;  // the photo's area minus the card (with its frame)
  double px_per_mm = 0;      // of this capture (world px/mm ÷ scale)
  double card_pitch_px = 0;  // in this capture
  double ita_deg = 0;
  cv::Matx23d after_to_world;              // the contract's T
  std::vector<cv::Point2d> patch_centres;  // the card's 24 patch centres in this capture
  double patch_px = 0;                     // a patch's side in this capture
};

struct Phantom {
  cv::Mat bgr;  // 8-bit
  PhantomTruth truth;
};

Phantom RenderPhantom(const PhantomSpec& spec);

// JPEG (quality 95) or PNG bytes of a phantom.
std::string EncodeJpeg(const cv::Mat& bgr, int quality = 95);
std::string EncodePng(const cv::Mat& bgr);

}  // namespace needlepoint::imaging::testing
