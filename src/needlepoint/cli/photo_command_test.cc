// `needlepoint photo`: the contract's JSON, exit statuses and overlays, on phantom photos.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "needlepoint/cli/cli.h"
#include "needlepoint/imaging/testing/phantom.h"

namespace needlepoint::cli {
namespace {

using testing::HasSubstr;

struct PhotoRun {
  int status;
  std::string out;
  std::string err;
};

PhotoRun Cli(std::vector<std::string> args) {
  args.insert(args.begin(), "needlepoint");
  static const base::FakeClock clock(base::Timestamp{});
  std::istringstream in;
  std::ostringstream out, err;
  const int status = RunCli(args, in, out, err, clock);
  return {status, out.str(), err.str()};
}

std::string Write(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = std::filesystem::path(testing::TempDir()) / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

imaging::testing::PhantomSpec Small() {
  imaging::testing::PhantomSpec spec;
  spec.width = 800;
  spec.height = 600;
  spec.spots = 10;
  spec.pores = 250;
  spec.lines = 3;
  spec.card_pitch_mm = 5;
  return spec;
}

TEST(PhotoCommandTest, AnalysePrintsTheContractsJson) {
  const auto phantom = imaging::testing::RenderPhantom(Small());
  const PhotoRun run =
      Cli({"photo", "analyse", Write("skin.jpg", imaging::testing::EncodeJpeg(phantom.bgr)),
           "--card-pitch-mm", "5"});
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["width"], 800);
  EXPECT_EQ(json["quality"]["usable"], true);
  EXPECT_EQ(json["card"]["found"], true);
  EXPECT_EQ(json["calibrated"], true);
  EXPECT_NEAR(json["px_per_mm"].get<double>(), 10, 0.1);
  EXPECT_EQ(json["metrics"]["spots"]["count"], 10);
  for (const char* key :
       {"ita_deg", "ita_category", "redness", "spots", "pores", "lines", "texture"}) {
    EXPECT_TRUE(json["metrics"].contains(key)) << key;
  }
  EXPECT_TRUE(json["metrics"]["pores"].contains("per_cm2"));
  EXPECT_TRUE(json["metrics"]["lines"].contains("length_mm"));
}

TEST(PhotoCommandTest, CompareWritesTheOverlays) {
  auto spec = Small();
  const auto before = imaging::testing::RenderPhantom(spec);
  spec.spots_removed = 3;
  spec.rotation_deg = 2;
  spec.noise_seed = 9;
  const auto after = imaging::testing::RenderPhantom(spec);
  const std::string dir = (std::filesystem::path(testing::TempDir()) / "overlays").string();
  std::filesystem::remove_all(dir);
  const PhotoRun run =
      Cli({"photo", "compare", Write("b.png", imaging::testing::EncodePng(before.bgr)),
           Write("a.png", imaging::testing::EncodePng(after.bgr)), "--card-pitch-mm", "5",
           "--overlays", dir});
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["registration"]["ok"], true);
  EXPECT_NEAR(json["registration"]["rotation_deg"].get<double>(), 2, 0.05);
  EXPECT_EQ(json["changes"]["spots.count"]["change"], -3.0);
  EXPECT_EQ(json["changes"]["spots.count"]["significant"], true);
  for (const char* file :
       {"side_by_side.jpg", "wipe.jpg", "features_before.png", "features_after.png"}) {
    EXPECT_GT(std::filesystem::file_size(std::filesystem::path(dir) / file), 1000u) << file;
  }
}

TEST(PhotoCommandTest, BadFilesExitWithStatusTwoAndAReason) {
  const PhotoRun text = Cli({"photo", "analyse", Write("notes.jpg", "just some text")});
  EXPECT_EQ(text.status, 2);
  EXPECT_THAT(text.err, HasSubstr("not a JPEG or PNG"));
  const std::string jpeg =
      imaging::testing::EncodeJpeg(imaging::testing::RenderPhantom(Small()).bgr);
  const PhotoRun cut = Cli({"photo", "analyse", Write("cut.jpg", jpeg.substr(0, jpeg.size() / 2))});
  EXPECT_EQ(cut.status, 2);
  EXPECT_THAT(cut.err, HasSubstr("truncated"));
  const PhotoRun missing =
      Cli({"photo", "compare", Write("ok.jpg", jpeg), "/nonexistent/after.jpg"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_THAT(missing.err, HasSubstr("/nonexistent/after.jpg"));
  const PhotoRun which =
      Cli({"photo", "compare", Write("ok2.jpg", jpeg), Write("bad.png", "GIF89a")});
  EXPECT_EQ(which.status, 2);
  EXPECT_THAT(which.err, HasSubstr("after image: not a JPEG or PNG"));
}

}  // namespace
}  // namespace needlepoint::cli
