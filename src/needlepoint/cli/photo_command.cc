// `needlepoint photo analyse IMG` and `needlepoint photo compare BEFORE AFTER`: the photo
// contract's JSON on standard output (shared/spec/photo-contract.md); a bad file is refused
// with exit status 2 and the reason.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/imaging/opencv/opencv_engine.h"
#include "needlepoint/imaging/photo_json.h"

namespace needlepoint::cli {
namespace {

struct PhotoOptions {
  std::string first;
  std::string second;
  double card_pitch_mm = imaging::kDefaultCardPitchMm;
  std::string overlays;
};

base::Result<std::string> ReadPhoto(const std::string& path, CommandContext& context) {
  return ReadInput(path, context.in, imaging::UploadLimits{}.max_bytes);
}

base::Status WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) return base::Unavailable(path.string() + ": cannot be written");
  return base::OkStatus();
}

base::Status WriteOverlays(const std::string& dir, const imaging::Overlays& overlays) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return base::Unavailable(dir + ": " + ec.message());
  const std::filesystem::path base(dir);
  NP_RETURN_IF_ERROR(WriteFile(base / "side_by_side.jpg", overlays.side_by_side_jpg));
  NP_RETURN_IF_ERROR(WriteFile(base / "wipe.jpg", overlays.wipe_jpg));
  NP_RETURN_IF_ERROR(WriteFile(base / "features_before.png", overlays.features_before_png));
  NP_RETURN_IF_ERROR(WriteFile(base / "features_after.png", overlays.features_after_png));
  return base::OkStatus();
}

int Analyse(const PhotoOptions& options, CommandContext& context) {
  base::Result<std::string> bytes = ReadPhoto(options.first, context);
  if (!bytes) return Failed(bytes.error(), context);
  const imaging::AnalysisOptions analysis{.card_pitch_mm = options.card_pitch_mm};
  base::Result<imaging::PhotoAnalysis> result =
      imaging::MakeOpenCvPhotoEngine()->Analyse(*bytes, analysis);
  if (!result) {
    context.err << options.first << ": ";
    return Failed(result.error(), context);
  }
  context.out << imaging::AnalysisToJson(*result).dump(2) << "\n";
  return kExitOk;
}

int Compare(const PhotoOptions& options, CommandContext& context) {
  base::Result<std::string> before = ReadPhoto(options.first, context);
  if (!before) return Failed(before.error(), context);
  base::Result<std::string> after = ReadPhoto(options.second, context);
  if (!after) return Failed(after.error(), context);
  const imaging::AnalysisOptions analysis{.card_pitch_mm = options.card_pitch_mm};
  base::Result<imaging::CompareOutput> result = imaging::MakeOpenCvPhotoEngine()->Compare(
      *before, *after, analysis, !options.overlays.empty());
  if (!result) return Failed(result.error(), context);
  if (result->overlays) {
    if (base::Status written = WriteOverlays(options.overlays, *result->overlays); !written.ok()) {
      return Failed(written, context);
    }
  }
  context.out << imaging::ComparisonToJson(result->comparison).dump(2) << "\n";
  return kExitOk;
}

void AddPitch(CLI::App& app, PhotoOptions& options) {
  app.add_option("--card-pitch-mm", options.card_pitch_mm,
                 "Colour card's patch pitch, centre to centre, in mm (default: the "
                 "ColorChecker Classic's nominal 45)")
      ->check(CLI::Range(1.0, 200.0));
}

}  // namespace

Command PhotoCommand() {
  return {"photo", "Measure skin photos, or compare a follow-up with its baseline",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            app.require_subcommand(1);
            auto options = std::make_shared<PhotoOptions>();
            auto selected = std::make_shared<std::function<int()>>();

            CLI::App* analyse = app.add_subcommand("analyse", "Measure one photo (JPEG or PNG)");
            analyse->add_option("image", options->first, "The photo, or - for standard input")
                ->required();
            AddPitch(*analyse, *options);
            analyse->callback([=, &context] {
              *selected = [=, &context] { return Analyse(*options, context); };
            });

            CLI::App* compare =
                app.add_subcommand("compare", "Register AFTER onto BEFORE and report changes");
            compare->add_option("before", options->first, "The baseline photo")->required();
            compare->add_option("after", options->second, "The follow-up photo")->required();
            AddPitch(*compare, *options);
            compare->add_option("--overlays", options->overlays,
                                "Write side_by_side.jpg, wipe.jpg, features_before.png and "
                                "features_after.png to this directory");
            compare->callback([=, &context] {
              *selected = [=, &context] { return Compare(*options, context); };
            });
            return [selected] { return (*selected) ? (*selected)() : kExitBadInput; };
          }};
}

}  // namespace needlepoint::cli
