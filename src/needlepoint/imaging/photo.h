// What the photo engine measures: the value types of the photo contract
// (shared/spec/photo-contract.md), independent of any image library.
//
// Sizes are in millimetres when the photo was calibrated by a colour card and in pixels
// otherwise; colour metrics exist only for calibrated photos (never a guess).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace needlepoint::imaging {

enum class ImageFormat { kJpeg, kPng };

// "jpeg" or "png".
const char* ImageFormatName(ImageFormat format);

// What an upload may be. Checked from the file's header, before any pixel is decoded.
struct UploadLimits {
  std::size_t max_bytes = 20u << 20;  // 20 MiB
  std::int64_t max_pixels = 40'000'000;
  int max_side = 10'000;
};

// An upload made safe: decoded, EXIF orientation applied, re-encoded in its own format with
// no metadata at all (no EXIF/GPS, XMP, ICC, comments, PNG text chunks, trailing bytes).
struct SafeImage {
  ImageFormat format = ImageFormat::kJpeg;
  int width = 0;   // after orientation
  int height = 0;  // after orientation
  std::string bytes;
  std::string sha256;  // lower-case hex of `bytes`; the name storage gives the file
};

// Capture quality. `reasons` holds the contract's codes: "blurred", "overexposed",
// "underexposed", "too_small".
struct Quality {
  bool usable = true;
  std::vector<std::string> reasons;
  double sharpness = 0;         // 99.5th percentile of |Laplacian| on the analysis image
  double clipped_fraction = 0;  // share of non-card pixels with a channel >= 250
};

struct CardResult {
  bool found = false;
  std::optional<double> residual_delta_e;  // mean CIE76 ΔE of the patches after correction
  std::optional<double> max_delta_e;
  std::optional<double> pitch_px;  // detected patch-centre pitch, in image pixels
  int patches_used = 0;            // patches in the fit (saturated ones are left out)
};

// One photo's metrics. Fields marked (mm|px) are millimetre-based when `calibrated`,
// pixel-based otherwise.
struct Metrics {
  std::optional<double> ita_deg;            // null when uncalibrated
  std::optional<std::string> ita_category;  // null when uncalibrated
  std::optional<double> redness_delta_a;    // null when uncalibrated
  std::optional<double> redness_area_fraction;
  int spots_count = 0;
  double spots_area = 0;  // mm² | px²
  int pores_count = 0;
  double pores_density = 0;  // per cm² | per megapixel
  int lines_count = 0;
  double lines_length = 0;       // mm | px
  double texture_roughness = 0;  // band-pass std of L* over feature-free skin (L* units)
};

struct PhotoAnalysis {
  int width = 0;
  int height = 0;
  Quality quality;
  CardResult card;
  bool calibrated = false;
  std::optional<double> px_per_mm;
  std::optional<Metrics> metrics;  // null when the photo is not usable
};

// The similarity part of the transform T mapping an AFTER pixel to BEFORE (contract §2).
struct Registration {
  bool ok = false;
  std::string reason;  // why it failed (empty when ok)
  double rotation_deg = 0;
  double scale = 1;
  double shift_x = 0;
  double shift_y = 0;
  double rms_px = 0;  // RMS residual of the matched features under T, in BEFORE pixels
  int inliers = 0;
  double ecc = 0;  // final ECC correlation (0 when ECC could not refine)
  // T as a 2×3 row-major affine matrix (after pixel → before pixel).
  std::array<double, 6> after_to_before = {1, 0, 0, 0, 1, 0};
};

// One metric's change. Missing values (uncalibrated colour metrics) are null.
struct Change {
  std::string metric;  // "spots.count", "redness.delta_a", …
  std::optional<double> before;
  std::optional<double> after;
  std::optional<double> change;
  std::optional<double> mdc;
  bool significant = false;
};

struct Comparison {
  Registration registration;
  PhotoAnalysis before;
  PhotoAnalysis after;
  std::optional<std::vector<Change>> changes;  // null unless registered and both usable
  std::string changes_reason;                  // why `changes` is null
};

// Encoded overlay images for a comparison (contract §2 `--overlays`).
struct Overlays {
  std::string side_by_side_jpg;  // before | registered after
  std::string wipe_jpg;          // left half before, right half registered after
  std::string features_before_png;
  std::string features_after_png;
};

// The ColorChecker Classic's patch pitch (centre to centre) used when none is given.
inline constexpr double kDefaultCardPitchMm = 45.0;

struct AnalysisOptions {
  double card_pitch_mm = kDefaultCardPitchMm;
  UploadLimits limits;
};

}  // namespace needlepoint::imaging
