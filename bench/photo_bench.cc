// The photo engine's benchmark and MDC measurement (`make bench`; docs/PERFORMANCE.md and
// docs/PHOTOS.md).
//   needlepoint_photo_bench --generate DIR    renders a 12-megapixel phantom pair as JPEGs
//   needlepoint_photo_bench --run DIR [N]     times decoding the two JPEGs against the whole
//                                             comparison (with overlays), median of N runs,
//                                             and reports the process's peak memory
//   needlepoint_photo_bench --report          the nominal validation pair, measured vs planted
//   needlepoint_photo_bench --mdc [N]         N synthetic null pairs: the SD of each metric's
//                                             change and 1.96 × SD, the MDC it supports
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "needlepoint/imaging/opencv/opencv_engine.h"
#include "needlepoint/imaging/testing/phantom.h"

namespace {

using needlepoint::imaging::testing::PhantomSpec;
using needlepoint::imaging::testing::RenderPhantom;
using Clock = std::chrono::steady_clock;

constexpr double kCardPitchMm = 6;

PhantomSpec Recaptured(PhantomSpec spec) {
  spec.exposure = 0.75;
  spec.gain_r = 1.10;
  spec.gain_b = 0.82;
  spec.crosstalk = 0.03;
  spec.rotation_deg = 2.5;
  spec.scale = 1.03;
  spec.shift_x = 22 * spec.px_per_mm / 10;
  spec.shift_y = -15 * spec.px_per_mm / 10;
  spec.noise_seed += 100;
  return spec;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

// CPU time of the whole process (all threads), user + system, in ms.
double CpuMs() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

int Generate(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  PhantomSpec spec;  // the 120 × 90 mm phantom at 33.3 px/mm: 4000 × 3000 pixels
  spec.width = 4000;
  spec.height = 3000;
  spec.px_per_mm = 4000 / 120.0;
  spec.card_pitch_mm = kCardPitchMm;
  spec.supersample = 1;
  PhantomSpec after = Recaptured(spec);
  after.spots_removed = 5;
  after.red_da = 2;
  after.texture_amp = 0.9;
  for (const auto& [name, s] : {std::pair{"before.jpg", spec}, {"after.jpg", after}}) {
    const std::string bytes = needlepoint::imaging::testing::EncodeJpeg(RenderPhantom(s).bgr, 92);
    std::ofstream(dir / name, std::ios::binary) << bytes;
  }
  std::printf("wrote %s/before.jpg and after.jpg (4000×3000)\n", dir.c_str());
  return 0;
}

int RunPair(const std::filesystem::path& dir, int reps) {
  const std::string before = ReadFile(dir / "before.jpg"), after = ReadFile(dir / "after.jpg");
  const auto engine = needlepoint::imaging::MakeOpenCvPhotoEngine();
  needlepoint::imaging::AnalysisOptions options;
  options.card_pitch_mm = kCardPitchMm;
  std::vector<double> decode, pipeline, decode_cpu, pipeline_cpu;
  // One warm-up comparison first: OpenCV builds its colour tables on first use, which a
  // running server pays once, not per request.
  if (!engine->Compare(before, after, options, true)) return 1;
  for (int i = 0; i < reps; ++i) {
    double c0 = CpuMs();
    auto t0 = Clock::now();
    for (const std::string* bytes : {&before, &after}) {
      cv::Mat image = cv::imdecode(
          cv::Mat(1, static_cast<int>(bytes->size()), CV_8UC1, const_cast<char*>(bytes->data())),
          cv::IMREAD_COLOR);
      if (image.empty()) return 1;
    }
    decode.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    decode_cpu.push_back(CpuMs() - c0);
    c0 = CpuMs();
    t0 = Clock::now();
    auto result = engine->Compare(before, after, options, /*want_overlays=*/true);
    pipeline.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    pipeline_cpu.push_back(CpuMs() - c0);
    if (!result || !result->comparison.changes) {
      std::fprintf(stderr, "comparison failed\n");
      return 1;
    }
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double load[1] = {0};
  getloadavg(load, 1);
  const double d = Median(decode), p = Median(pipeline);
  const double dc = Median(decode_cpu), pc = Median(pipeline_cpu);
  std::printf("load average at the end          %8.2f (on %ld cores)\n", load[0],
              sysconf(_SC_NPROCESSORS_ONLN));
  std::printf("decode both JPEGs (12 MP each)   %8.0f ms wall, %6.0f ms CPU (median of %d)\n", d,
              dc, reps);
  std::printf("compare pair end to end          %8.0f ms wall, %6.0f ms CPU (min wall %.0f)\n", p,
              pc, *std::min_element(pipeline.begin(), pipeline.end()));
  std::printf("ratio pipeline / decode          %8.2f wall, %6.2f CPU\n", p / d, pc / dc);
  std::printf("peak resident memory             %8.0f MiB\n", usage.ru_maxrss / 1024.0);
  return 0;
}

int MeasureMdc(int pairs) {
  const auto engine = needlepoint::imaging::MakeOpenCvPhotoEngine();
  std::map<std::string, std::vector<double>> changes, relative;
  for (int i = 0; i < pairs; ++i) {
    PhantomSpec spec;
    spec.seed = 1000 + static_cast<std::uint32_t>(i);
    spec.noise_seed = 1 + static_cast<std::uint32_t>(i);
    const PhantomSpec again = Recaptured(spec);
    needlepoint::imaging::AnalysisOptions options;
    options.card_pitch_mm = spec.card_pitch_mm;
    auto result = engine->Compare(
        needlepoint::imaging::testing::EncodePng(RenderPhantom(spec).bgr),
        needlepoint::imaging::testing::EncodePng(RenderPhantom(again).bgr), options);
    if (!result || !result->comparison.changes) {
      std::fprintf(stderr, "null pair %d did not register\n", i);
      return 1;
    }
    for (const auto& change : *result->comparison.changes) {
      if (!change.change) continue;
      changes[change.metric].push_back(*change.change);
      if (*change.before != 0) relative[change.metric].push_back(*change.change / *change.before);
    }
  }
  std::printf("%-24s %10s %10s %10s %14s %10s\n", "metric", "mean", "SD", "1.96×SD",
              "|mean|+1.96SD", "RMS rel");
  for (const auto& [metric, values] : changes) {
    double mean = 0, sq = 0, rel_sq = 0;
    for (double v : values) mean += v;
    mean /= values.size();
    for (double v : values) sq += (v - mean) * (v - mean);
    for (double v : relative[metric]) rel_sq += v * v;
    const double sd = std::sqrt(sq / std::max<std::size_t>(1, values.size() - 1));
    const double rel = std::sqrt(rel_sq / std::max<std::size_t>(1, relative[metric].size()));
    std::printf("%-24s %10.4f %10.4f %10.4f %14.4f %9.2f%%\n", metric.c_str(), mean, sd, 1.96 * sd,
                std::abs(mean) + 1.96 * sd, 100 * rel);
  }
  return 0;
}

// The nominal validation case (docs/PHOTOS.md's "achieved" column): measured vs planted.
int Report() {
  const auto engine = needlepoint::imaging::MakeOpenCvPhotoEngine();
  const PhantomSpec spec;
  PhantomSpec after = Recaptured(spec);
  after.spots_removed = 5;
  after.red_da = 2;
  after.texture_amp *= 0.75;
  const auto b = RenderPhantom(spec), a = RenderPhantom(after);
  needlepoint::imaging::AnalysisOptions options;
  options.card_pitch_mm = spec.card_pitch_mm;
  auto result = engine->Compare(needlepoint::imaging::testing::EncodePng(b.bgr),
                                needlepoint::imaging::testing::EncodePng(a.bgr), options);
  if (!result || !result->comparison.changes) return 1;
  const auto& c = result->comparison;
  const auto& m = *c.before.metrics;
  std::printf(
      "truth: spots %d (%.2f mm²) / after %d (%.2f mm²), pores %d (%.3f /cm²), lines %d "
      "(%.2f mm), ITA %.2f, px/mm %.3f / after %.3f\n",
      b.truth.spots_present, b.truth.spot_area_mm2, a.truth.spots_present, a.truth.spot_area_mm2,
      b.truth.pores, b.truth.pores / (b.truth.skin_area_mm2 / 100), b.truth.lines,
      b.truth.line_length_mm, b.truth.ita_deg, b.truth.px_per_mm, a.truth.px_per_mm);
  std::printf(
      "before: px/mm %.3f, card ΔE %.3f (max %.3f), spots %d (%.2f mm²), pores %d "
      "(%.3f /cm²), lines %d (%.2f mm), ITA %.2f, Δa %.3f, red fraction %.4f "
      "(red area %.1f mm² of a 552.9 mm² ellipse), roughness %.4f\n",
      *c.before.px_per_mm, *c.before.card.residual_delta_e, *c.before.card.max_delta_e,
      m.spots_count, m.spots_area, m.pores_count, m.pores_density, m.lines_count, m.lines_length,
      *m.ita_deg, *m.redness_delta_a, *m.redness_area_fraction,
      *m.redness_area_fraction * b.truth.skin_area_mm2, m.texture_roughness);
  std::printf("after: px/mm %.3f, card ΔE %.3f (max %.3f)\n", *c.after.px_per_mm,
              *c.after.card.residual_delta_e, *c.after.card.max_delta_e);
  std::printf(
      "registration: %.4f° (2.5), scale %.5f (1.03), shift %.3f, %.3f (22, -15), "
      "rms %.3f px, ECC %.4f\n",
      c.registration.rotation_deg, c.registration.scale, c.registration.shift_x,
      c.registration.shift_y, c.registration.rms_px, c.registration.ecc);
  for (const auto& change : *c.changes) {
    std::printf("  %-22s %10.4f -> %10.4f  change %9.4f  mdc %7.4f  %s\n", change.metric.c_str(),
                *change.before, *change.after, *change.change, *change.mdc,
                change.significant ? "significant" : "-");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "--generate" && argc > 2) return Generate(argv[2]);
  if (mode == "--run" && argc > 2) return RunPair(argv[2], argc > 3 ? std::atoi(argv[3]) : 5);
  if (mode == "--report") return Report();
  if (mode == "--mdc") return MeasureMdc(argc > 2 ? std::atoi(argv[2]) : 12);
  std::fprintf(stderr, "usage: %s --generate DIR | --run DIR [N] | --mdc [N]\n", argv[0]);
  return 2;
}
