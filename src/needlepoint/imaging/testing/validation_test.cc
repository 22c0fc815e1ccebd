// Validation of the photo engine on Needlepoint's synthetic phantom (docs/PHOTOS.md): each
// metric against ground truth known by construction, with the tolerances of
// shared/reference/photo-analysis.md §5.2, plus the null pair, a hard misalignment, dark
// skin, glare and monotonic response sweeps. Images are 1200×900 at 10 px/mm (the analysis
// grid's own resolution) or smaller for the sweeps, to keep the suite quick.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>
#include <opencv2/imgproc.hpp>

#include "needlepoint/imaging/opencv/analysis.h"
#include "needlepoint/imaging/opencv/opencv_engine.h"
#include "needlepoint/imaging/opencv/registration.h"
#include "needlepoint/imaging/photo_json.h"
#include "needlepoint/imaging/testing/phantom.h"

namespace needlepoint::imaging::testing {
namespace {

AnalysisOptions Options(const PhantomSpec& spec) {
  AnalysisOptions options;
  options.card_pitch_mm = spec.card_pitch_mm;
  return options;
}

// The reference's nominal follow-up capture: exposure 0.75, white balance R×1.10 B×0.82,
// cross-talk 0.03, pose 2.5°, scale 1.03, shift (22, −15) px, new sensor noise.
PhantomSpec Recaptured(PhantomSpec spec) {
  spec.exposure = 0.75;
  spec.gain_r = 1.10;
  spec.gain_b = 0.82;
  spec.crosstalk = 0.03;
  spec.rotation_deg = 2.5;
  spec.scale = 1.03;
  spec.shift_x = 22;
  spec.shift_y = -15;
  spec.noise_seed += 100;
  return spec;
}

// The planted treatment: 5 spots gone, Δa* 6 → 2, texture amplitude × 0.75.
PhantomSpec Treated(PhantomSpec spec) {
  spec.spots_removed = 5;
  spec.red_da = 2;
  spec.texture_amp *= 0.75;
  return spec;
}

cvimpl::Analysed AnalysePhantom(const Phantom& phantom, const PhantomSpec& spec) {
  cvimpl::Decoded decoded;
  decoded.bgr = phantom.bgr;
  decoded.full_width = phantom.bgr.cols;
  decoded.full_height = phantom.bgr.rows;
  return cvimpl::AnalyseDecoded(decoded, Options(spec));
}

CompareOutput ComparePhantoms(const Phantom& before, const Phantom& after, const PhantomSpec& spec,
                              bool overlays = false) {
  base::Result<CompareOutput> out = MakeOpenCvPhotoEngine()->Compare(
      EncodePng(before.bgr), EncodePng(after.bgr), Options(spec), overlays);
  EXPECT_TRUE(out.has_value()) << out.error().ToString();
  return *out;
}

// RMS distance between the estimated and the true T over a grid on the after photo.
double GridError(const Registration& r, const cv::Matx23d& truth, cv::Size size) {
  double sum = 0;
  int n = 0;
  for (int y = 0; y <= 10; ++y) {
    for (int x = 0; x <= 10; ++x) {
      const cv::Vec3d p(x * (size.width - 1) / 10.0, y * (size.height - 1) / 10.0, 1);
      const cv::Vec2d want = truth * p;
      const auto& t = r.after_to_before;
      const double ex = t[0] * p[0] + t[1] * p[1] + t[2], ey = t[3] * p[0] + t[4] * p[1] + t[5];
      sum += (ex - want[0]) * (ex - want[0]) + (ey - want[1]) * (ey - want[1]);
      ++n;
    }
  }
  return std::sqrt(sum / n);
}

double GridError(const cv::Matx23d& m, const cv::Matx23d& truth, cv::Size size) {
  Registration r;
  for (int i = 0; i < 6; ++i) r.after_to_before[static_cast<std::size_t>(i)] = m.val[i];
  return GridError(r, truth, size);
}

std::map<std::string, Change> ByMetric(const Comparison& c) {
  std::map<std::string, Change> out;
  if (c.changes) {
    for (const Change& change : *c.changes) out[change.metric] = change;
  }
  return out;
}

TEST(PhotoValidationTest, CardIsFoundAndTheCorrectionUndoesExposureAndWhiteBalance) {
  const PhantomSpec spec = Recaptured(PhantomSpec{});
  const Phantom phantom = RenderPhantom(spec);
  const cvimpl::CardFit card = cvimpl::FindCard(phantom.bgr);
  ASSERT_TRUE(card.found);
  // Patch means against the means sampled where the phantom put each patch.
  for (int i = 0; i < 24; ++i) {
    const cv::Point2d c = phantom.truth.patch_centres[static_cast<std::size_t>(i)];
    const int half = static_cast<int>(phantom.truth.patch_px / 4);
    const cv::Scalar truth = cv::mean(phantom.bgr(
        cv::Rect(static_cast<int>(c.x) - half, static_cast<int>(c.y) - half, 2 * half, 2 * half)));
    for (int ch = 0; ch < 3; ++ch) {
      EXPECT_NEAR(card.measured_rgb[static_cast<std::size_t>(i)][ch], truth[2 - ch], 2.0)
          << "patch " << i + 1 << " channel " << ch;
    }
  }
  EXPECT_LT(card.residual_mean, 1.0);
  EXPECT_LT(card.residual_max, 2.5);
  EXPECT_EQ(card.patches_used, 24);
  EXPECT_NEAR(card.pitch_px / phantom.truth.card_pitch_px, 1.0, 0.005);  // brief: 1 %

  // Skin colour after the correction matches the undegraded capture's.
  const PhantomSpec clean_spec{};
  const cvimpl::Analysed clean = AnalysePhantom(RenderPhantom(clean_spec), clean_spec);
  const cvimpl::Analysed corrected = AnalysePhantom(phantom, spec);
  ASSERT_TRUE(clean.result.metrics && corrected.result.metrics);
  const double skin_delta_e = std::hypot(clean.features.median_l - corrected.features.median_l,
                                         clean.features.median_a - corrected.features.median_a,
                                         clean.features.median_b - corrected.features.median_b);
  EXPECT_LT(skin_delta_e, 1.0);
  ASSERT_TRUE(corrected.result.px_per_mm);
  EXPECT_NEAR(*corrected.result.px_per_mm / phantom.truth.px_per_mm, 1.0, 0.005);
}

TEST(PhotoValidationTest, OnePhotoMeetsTheToleranceOfEveryMetric) {
  const PhantomSpec spec;
  const Phantom phantom = RenderPhantom(spec);
  const cvimpl::Analysed analysed = AnalysePhantom(phantom, spec);
  const PhotoAnalysis& a = analysed.result;
  ASSERT_TRUE(a.quality.usable);
  ASSERT_TRUE(a.calibrated);
  const Metrics& m = *a.metrics;
  const PhantomTruth& truth = phantom.truth;
  EXPECT_EQ(m.spots_count, truth.spots_present);
  EXPECT_NEAR(m.spots_area / truth.spot_area_mm2, 1.0, 0.05);
  // Every planted spot found, each within 10 % of its area.
  const double ppm = analysed.work_px_per_mm;
  for (const PlantedSpot& planted : truth.spots) {
    const cvimpl::Spot* found = nullptr;
    for (const cvimpl::Spot& spot : analysed.features.spots) {
      if (cv::norm(spot.centre - planted.world) < planted.radius_mm * ppm) found = &spot;
    }
    ASSERT_NE(found, nullptr) << "spot at " << planted.world;
    const double area_mm2 = found->area_px / (ppm * ppm);
    EXPECT_NEAR(area_mm2 / (std::numbers::pi * planted.radius_mm * planted.radius_mm), 1.0, 0.10);
  }
  EXPECT_NEAR(static_cast<double>(m.pores_count) / truth.pores, 1.0, 0.05);
  EXPECT_NEAR(m.pores_density / (truth.pores / (truth.skin_area_mm2 / 100)), 1.0, 0.05);
  EXPECT_EQ(m.lines_count, truth.lines);
  EXPECT_GE(m.lines_length / truth.line_length_mm, 1.0);
  EXPECT_LE(m.lines_length / truth.line_length_mm, 1.10);
  ASSERT_TRUE(m.redness_delta_a && m.redness_area_fraction && m.ita_deg);
  EXPECT_NEAR(*m.redness_delta_a, spec.red_da, 0.3);
  const double red_area = std::numbers::pi * 16 * 11;  // the phantom's ellipse, mm²
  EXPECT_NEAR(*m.redness_area_fraction * analysed.features.skin_px / (ppm * ppm) / red_area, 1.0,
              0.05);
  EXPECT_NEAR(*m.ita_deg, truth.ita_deg, 0.5);
  EXPECT_EQ(*m.ita_category, "light");
}

TEST(PhotoValidationTest, TreatedPairShowsThePlantedChangesAndOnlyThose) {
  const PhantomSpec spec;
  const Phantom before = RenderPhantom(spec);
  const Phantom after = RenderPhantom(Recaptured(Treated(spec)));
  const CompareOutput out = ComparePhantoms(before, after, spec, /*overlays=*/true);
  const Comparison& c = out.comparison;
  ASSERT_TRUE(c.registration.ok) << c.registration.reason;
  EXPECT_LT(GridError(c.registration, after.truth.after_to_world, after.bgr.size()), 0.5);
  EXPECT_NEAR(c.registration.rotation_deg, 2.5, 0.05);
  EXPECT_NEAR(c.registration.scale, 1.03, 1.03 * 0.002);
  EXPECT_NEAR(c.registration.shift_x, 22, 0.5);
  EXPECT_NEAR(c.registration.shift_y, -15, 0.5);
  auto changes = ByMetric(c);
  ASSERT_EQ(changes.size(), 9u);
  EXPECT_EQ(*changes["spots.count"].before, 25);
  EXPECT_EQ(*changes["spots.count"].after, 20);
  EXPECT_TRUE(changes["spots.count"].significant);
  EXPECT_NEAR(*changes["spots.area_mm2"].after / after.truth.spot_area_mm2, 1.0, 0.05);
  EXPECT_NEAR(*changes["redness.delta_a"].before, 6.0, 0.3);
  EXPECT_NEAR(*changes["redness.delta_a"].after, 2.0, 0.3);
  EXPECT_TRUE(changes["redness.delta_a"].significant);
  const double texture_ratio =
      *changes["texture.roughness"].after / *changes["texture.roughness"].before;
  EXPECT_NEAR(texture_ratio, 0.75, 0.05);
  EXPECT_TRUE(changes["texture.roughness"].significant);
  for (const char* unchanged : {"pores.per_cm2", "lines.count", "lines.length_mm", "ita_deg"}) {
    EXPECT_FALSE(changes[unchanged].significant) << unchanged;
  }
  EXPECT_NEAR(*changes["pores.per_cm2"].after / *changes["pores.per_cm2"].before, 1.0, 0.05);
  EXPECT_NEAR(*changes["lines.length_mm"].after / *changes["lines.length_mm"].before, 1.0, 0.03);
  // The overlays decode and have the registered pair side by side.
  ASSERT_TRUE(out.overlays);
  EXPECT_TRUE(out.overlays->side_by_side_jpg.starts_with("\xFF\xD8\xFF"));
  EXPECT_TRUE(out.overlays->wipe_jpg.starts_with("\xFF\xD8\xFF"));
  EXPECT_TRUE(out.overlays->features_before_png.starts_with("\x89PNG"));
  EXPECT_TRUE(out.overlays->features_after_png.starts_with("\x89PNG"));
  // The contract's JSON has the same numbers.
  const nlohmann::json json = ComparisonToJson(c);
  EXPECT_EQ(json["changes"]["spots.count"]["change"], -5.0);
  EXPECT_EQ(json["before"]["metrics"]["spots"]["count"], 25);
}

TEST(PhotoValidationTest, NullPairChangesNothingSignificantly) {
  const PhantomSpec spec;
  const Phantom before = RenderPhantom(spec);
  const Phantom after = RenderPhantom(Recaptured(spec));  // same skin; new noise, light, pose
  const Comparison c = ComparePhantoms(before, after, spec).comparison;
  ASSERT_TRUE(c.registration.ok) << c.registration.reason;
  for (const auto& [metric, change] : ByMetric(c)) {
    ASSERT_TRUE(change.before && change.after) << metric;
    EXPECT_FALSE(change.significant) << metric << " changed by " << *change.change;
    if (metric == "ita_deg" || metric == "redness.delta_a") continue;  // absolute units
    const double limit = metric == "texture.roughness" ? 0.05 : 0.03;
    EXPECT_LE(std::abs(*change.change), limit * std::abs(*change.before) + 1e-9) << metric;
  }
  auto changes = ByMetric(c);
  EXPECT_LT(std::abs(*changes["ita_deg"].change), 0.5);
  EXPECT_LT(std::abs(*changes["redness.delta_a"].change), 0.3);
}

TEST(PhotoValidationTest, HardMisalignmentNeedsTheFeatureStart) {
  PhantomSpec spec;
  spec.rotation_deg = 8;
  spec.scale = 1.10;
  spec.shift_x = 80;
  spec.shift_y = 50;
  spec.noise_seed = 7;
  const Phantom before = RenderPhantom(PhantomSpec{});
  const Phantom after = RenderPhantom(spec);
  const Comparison c = ComparePhantoms(before, after, spec).comparison;
  ASSERT_TRUE(c.registration.ok) << c.registration.reason;
  EXPECT_LT(GridError(c.registration, after.truth.after_to_world, after.bgr.size()), 0.5);
  EXPECT_NEAR(c.registration.rotation_deg, 8, 0.05);
  EXPECT_NEAR(c.registration.scale, 1.10, 1.10 * 0.002);

  // ECC alone, from the identity, does not get there (a guard for the initialisation path).
  cvimpl::RegistrationImage b{.gray = {},
                              .mask = {},
                              .full_per_px = 1,
                              .full_width = before.bgr.cols,
                              .full_height = before.bgr.rows};
  cvimpl::RegistrationImage a = b;
  cv::cvtColor(before.bgr, b.gray, cv::COLOR_BGR2GRAY);
  cv::cvtColor(after.bgr, a.gray, cv::COLOR_BGR2GRAY);
  b.mask = cv::Mat(b.gray.size(), CV_8U, cv::Scalar(255));
  a.mask = b.mask;
  const std::optional<cv::Matx23d> ecc_only = cvimpl::RegisterEccOnly(b, a);
  if (ecc_only) {
    EXPECT_GT(GridError(*ecc_only, after.truth.after_to_world, after.bgr.size()), 5.0);
  }
}

TEST(PhotoValidationTest, DarkSkinKeepsThresholdsWorking) {
  PhantomSpec spec;
  spec.skin_l = 40;
  spec.skin_a = 14;
  spec.skin_b = 20;
  const Phantom phantom = RenderPhantom(spec);
  const PhotoAnalysis a = AnalysePhantom(phantom, spec).result;
  ASSERT_TRUE(a.metrics) << (a.quality.reasons.empty() ? "" : a.quality.reasons[0]);
  EXPECT_NEAR(*a.metrics->ita_deg, phantom.truth.ita_deg, 0.5);
  EXPECT_NEAR(*a.metrics->ita_deg, -27, 1.0);
  EXPECT_EQ(*a.metrics->ita_category, "brown");
  EXPECT_EQ(a.metrics->spots_count, phantom.truth.spots_present);
  EXPECT_NEAR(a.metrics->spots_area / phantom.truth.spot_area_mm2, 1.0, 0.05);
  EXPECT_EQ(a.metrics->lines_count, phantom.truth.lines);
  EXPECT_NEAR(static_cast<double>(a.metrics->pores_count) / phantom.truth.pores, 1.0, 0.05);
  EXPECT_NEAR(*a.metrics->redness_delta_a, spec.red_da, 0.3);
}

TEST(PhotoValidationTest, GlareIsExcludedNotCountedAsSpotsOrRedness) {
  PhantomSpec spec;
  const PhotoAnalysis plain = AnalysePhantom(RenderPhantom(spec), spec).result;
  spec.glare_blobs = 10;
  const Phantom phantom = RenderPhantom(spec);
  const PhotoAnalysis a = AnalysePhantom(phantom, spec).result;
  ASSERT_TRUE(a.quality.usable);
  EXPECT_GT(a.quality.clipped_fraction, 0.001);  // the glare is there
  EXPECT_EQ(a.metrics->spots_count, phantom.truth.spots_present);
  EXPECT_EQ(a.metrics->lines_count, phantom.truth.lines);
  EXPECT_NEAR(static_cast<double>(a.metrics->pores_count) / phantom.truth.pores, 1.0, 0.05);
  EXPECT_NEAR(*a.metrics->redness_delta_a, *plain.metrics->redness_delta_a, 0.2);
  EXPECT_NEAR(*a.metrics->ita_deg, *plain.metrics->ita_deg, 0.5);
}

TEST(PhotoValidationTest, WithoutACardSizesArePixelsAndColourIsNull) {
  PhantomSpec spec;
  spec.card = false;
  const Phantom phantom = RenderPhantom(spec);
  const PhotoAnalysis a = AnalysePhantom(phantom, spec).result;
  EXPECT_FALSE(a.card.found);
  EXPECT_FALSE(a.calibrated);
  EXPECT_FALSE(a.px_per_mm);
  ASSERT_TRUE(a.metrics);
  EXPECT_FALSE(a.metrics->ita_deg);
  EXPECT_FALSE(a.metrics->redness_delta_a);
  EXPECT_EQ(a.metrics->spots_count, phantom.truth.spots_present);
  EXPECT_NEAR(a.metrics->spots_area / (phantom.truth.spot_area_mm2 * 100), 1.0, 0.08);  // px²
  const nlohmann::json json = AnalysisToJson(a);
  EXPECT_TRUE(json["metrics"]["spots"].contains("area_px"));
  EXPECT_TRUE(json["metrics"]["lines"].contains("length_px"));
  EXPECT_TRUE(json["metrics"]["pores"].contains("per_mpx"));
  EXPECT_TRUE(json["metrics"]["ita_deg"].is_null());
  EXPECT_TRUE(json["metrics"]["redness"].is_null());
  EXPECT_TRUE(json["px_per_mm"].is_null());
  EXPECT_EQ(json["card"], nlohmann::json({{"found", false}}));
}

TEST(PhotoValidationTest, UncalibratedPairComparesPixelsInTheBaselinesUnits) {
  PhantomSpec spec;
  spec.width = 800;
  spec.height = 600;
  spec.spots = 10;
  spec.pores = 250;
  spec.lines = 3;
  spec.card = false;
  PhantomSpec after_spec = spec;
  after_spec.spots_removed = 3;
  after_spec.scale = 1.05;
  after_spec.rotation_deg = 1.5;
  after_spec.noise_seed = 4;
  const Phantom before = RenderPhantom(spec);
  const Phantom after = RenderPhantom(after_spec);
  const Comparison c = ComparePhantoms(before, after, spec).comparison;
  ASSERT_TRUE(c.registration.ok) << c.registration.reason;
  auto changes = ByMetric(c);
  ASSERT_TRUE(changes.contains("spots.area_px") && changes.contains("pores.per_mpx") &&
              changes.contains("lines.length_px"));
  EXPECT_FALSE(changes.contains("spots.area_mm2"));
  EXPECT_EQ(*changes["spots.count"].change, -3);
  // The after photo's pixels are 1/1.05 of the baseline's: converted, lengths agree.
  EXPECT_NEAR(*changes["lines.length_px"].after / *changes["lines.length_px"].before, 1.0, 0.03);
  EXPECT_NEAR(*changes["pores.per_mpx"].after / *changes["pores.per_mpx"].before, 1.0, 0.05);
  for (const char* colour : {"ita_deg", "redness.delta_a", "redness.area_fraction"}) {
    EXPECT_FALSE(changes[colour].before) << colour;
    EXPECT_FALSE(changes[colour].significant) << colour;
  }
  EXPECT_TRUE(ComparisonToJson(c)["changes"]["ita_deg"]["change"].is_null());
}

TEST(PhotoValidationTest, QualityGatesRefuseBlurExposureAndSize) {
  PhantomSpec spec;
  spec.width = 800;
  spec.height = 600;
  spec.spots = 10;
  spec.pores = 250;
  spec.lines = 3;
  spec.card_pitch_mm = 5;
  EXPECT_TRUE(AnalysePhantom(RenderPhantom(spec), spec).result.quality.usable);
  const auto reasons = [&](PhantomSpec changed) {
    const PhotoAnalysis a = AnalysePhantom(RenderPhantom(changed), changed).result;
    EXPECT_FALSE(a.quality.usable);
    EXPECT_FALSE(a.metrics);
    return a.quality.reasons;
  };
  PhantomSpec blurred = spec;
  blurred.blur_px = 2;
  EXPECT_EQ(reasons(blurred), std::vector<std::string>{"blurred"});
  PhantomSpec bright = spec;
  bright.exposure = 4;
  EXPECT_EQ(reasons(bright), std::vector<std::string>{"overexposed"});
  PhantomSpec dark = spec;
  dark.exposure = 0.03;
  EXPECT_EQ(reasons(dark), std::vector<std::string>{"underexposed"});
  PhantomSpec small = spec;
  small.width = 400;
  small.height = 300;
  small.card_pitch_mm = 2.5;
  EXPECT_EQ(reasons(small), std::vector<std::string>{"too_small"});
}

// Sweeps use a smaller phantom.
PhantomSpec SweepSpec() {
  PhantomSpec spec;
  spec.width = 800;
  spec.height = 600;
  spec.spots = 10;
  spec.pores = 250;
  spec.lines = 3;
  spec.card_pitch_mm = 5;
  return spec;
}

TEST(PhotoValidationTest, SpotDetectionRisesWithContrast) {
  int previous = -1;
  for (double contrast : {3.0, 6.0, 9.0, 12.0}) {
    PhantomSpec spec = SweepSpec();
    spec.spot_dl = -contrast;
    const PhotoAnalysis a = AnalysePhantom(RenderPhantom(spec), spec).result;
    ASSERT_TRUE(a.metrics);
    EXPECT_GE(a.metrics->spots_count, previous) << "contrast " << contrast;
    previous = a.metrics->spots_count;
    if (contrast == 3.0) {
      EXPECT_EQ(a.metrics->spots_count, 0);  // below the 5 L* threshold
    }
    if (contrast >= 9.0) {
      EXPECT_EQ(a.metrics->spots_count, spec.spots);
    }
  }
}

TEST(PhotoValidationTest, RednessChangeIsLinearWithSlopeOne) {
  const PhantomSpec spec = SweepSpec();
  const Phantom before = RenderPhantom(spec);
  std::vector<double> planted, measured;
  for (double da : {0.0, 1.0, 2.0, 4.0, 6.0}) {
    PhantomSpec after_spec = Recaptured(spec);
    after_spec.red_da = da;
    const Comparison c = ComparePhantoms(before, RenderPhantom(after_spec), spec).comparison;
    ASSERT_TRUE(c.changes) << c.changes_reason;
    planted.push_back(da);
    measured.push_back(*ByMetric(c)["redness.delta_a"].after);
  }
  const double n = 5, sx = 13, sxx = 57;
  double sy = 0, sxy = 0;
  for (int i = 0; i < 5; ++i) sy += measured[i], sxy += planted[i] * measured[i];
  const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const double intercept = (sy - slope * sx) / n;
  EXPECT_NEAR(slope, 1.0, 0.05);
  EXPECT_NEAR(intercept, 0.0, 0.2);
}

TEST(PhotoValidationTest, RoughnessRisesWithTextureAmplitude) {
  double previous = 0;
  std::vector<double> roughness;
  for (double amp : {0.6, 0.9, 1.2, 1.5}) {
    PhantomSpec spec = SweepSpec();
    spec.texture_amp = amp;
    const PhotoAnalysis a = AnalysePhantom(RenderPhantom(spec), spec).result;
    ASSERT_TRUE(a.metrics);
    EXPECT_GT(a.metrics->texture_roughness, previous) << "amplitude " << amp;
    previous = a.metrics->texture_roughness;
    roughness.push_back(previous);
  }
  EXPECT_NEAR(roughness[0] / roughness[2], 0.5, 0.06);  // the band-pass rejects most noise
}

TEST(PhotoValidationTest, RegistrationHoldsAcrossRotations) {
  const PhantomSpec spec = SweepSpec();
  const Phantom before = RenderPhantom(spec);
  for (double degrees : {0.0, 2.0, 4.0, 6.0, 8.0, 10.0}) {
    PhantomSpec after_spec = spec;
    after_spec.rotation_deg = degrees;
    after_spec.noise_seed = 5;
    const Phantom after = RenderPhantom(after_spec);
    const Comparison c = ComparePhantoms(before, after, spec).comparison;
    ASSERT_TRUE(c.registration.ok) << degrees << "°: " << c.registration.reason;
    EXPECT_LT(GridError(c.registration, after.truth.after_to_world, after.bgr.size()), 0.5)
        << degrees << "°";
  }
}

TEST(PhotoValidationTest, CorrectionHoldsAcrossExposures) {
  for (double exposure : {0.5, 0.75, 1.0, 1.25, 1.5}) {
    PhantomSpec spec = SweepSpec();
    spec.exposure = exposure;
    spec.gain_r = 1.1;
    spec.gain_b = 0.82;
    const cvimpl::CardFit card = cvimpl::FindCard(RenderPhantom(spec).bgr);
    ASSERT_TRUE(card.found) << "exposure " << exposure;
    if (exposure <= 0.75) {
      EXPECT_EQ(card.patches_used, 24) << "exposure " << exposure;
    }
    if (exposure >= 1.0) {  // the white patch's red (gain 1.1) clips and is left out
      EXPECT_LT(card.patches_used, 24) << "exposure " << exposure;
    }
    EXPECT_LT(card.residual_mean, exposure <= 1.0 ? 1.0 : 2.5) << "exposure " << exposure;
    EXPECT_LT(card.residual_max, 2.5) << "exposure " << exposure;
  }
}

TEST(PhotoValidationTest, NoiseDoesNotInventPores) {
  double previous = 0;
  for (double noise : {0.5, 1.0, 2.0, 4.0}) {
    PhantomSpec spec = SweepSpec();
    spec.noise = noise;
    const Phantom phantom = RenderPhantom(spec);
    const PhotoAnalysis a = AnalysePhantom(phantom, spec).result;
    ASSERT_TRUE(a.metrics);
    if (noise <= 2.0) {
      EXPECT_NEAR(static_cast<double>(a.metrics->pores_count) / phantom.truth.pores, 1.0, 0.05)
          << "noise " << noise;
    }
    EXPECT_GE(a.metrics->texture_roughness, previous) << "noise " << noise;
    previous = a.metrics->texture_roughness;
  }
}

TEST(PhotoValidationTest, SpotAreaIsTheSameAtTwiceTheResolution) {
  PhantomSpec low = SweepSpec();
  low.px_per_mm = 8;
  PhantomSpec high = low;
  high.width *= 2;
  high.height *= 2;
  high.px_per_mm *= 2;
  high.supersample = 1;
  const PhotoAnalysis a = AnalysePhantom(RenderPhantom(low), low).result;
  const PhotoAnalysis b = AnalysePhantom(RenderPhantom(high), high).result;
  ASSERT_TRUE(a.metrics && b.metrics);
  EXPECT_EQ(a.metrics->spots_count, b.metrics->spots_count);
  EXPECT_NEAR(b.metrics->spots_area / a.metrics->spots_area, 1.0, 0.05);
  EXPECT_NEAR(b.metrics->lines_length / a.metrics->lines_length, 1.0, 0.05);
}

}  // namespace
}  // namespace needlepoint::imaging::testing
