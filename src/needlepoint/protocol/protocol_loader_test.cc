#include "needlepoint/protocol/protocol_loader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "needlepoint/protocol/safety_limits.h"

namespace needlepoint::protocol {
namespace {

using domain::Depth;
using domain::FindingCode;
using domain::Level;
using domain::Zone;
using testing::ElementsAre;

// The shipped protocol with the first occurrence of `from` replaced by `to`.
std::string Edited(std::string_view from, std::string_view to) {
  std::string text(DefaultProtocolText());
  const size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << "the default protocol has no '" << from << "'";
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

// The 1-based line of the first occurrence of `needle` in `text` after `anchor`.
int LineOf(const std::string& text, std::string_view needle, std::string_view anchor = "") {
  const size_t pos = text.find(needle, text.find(anchor));
  return 1 +
         static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

// Loads `text` and returns its problems as "path: message" lines.
std::vector<std::string> Problems(const std::string& text) {
  base::Result<Protocol> loaded = LoadProtocol(text, "default.toml");
  std::vector<std::string> lines;
  if (loaded) return lines;
  EXPECT_EQ(loaded.error().code(), base::StatusCode::kInvalidArgument);
  for (const base::FieldProblem& problem : loaded.error().problems()) {
    lines.push_back(problem.path + ": " + problem.message);
  }
  return lines;
}

std::string At(const std::string& text, std::string_view needle, std::string_view anchor = "") {
  return "default.toml:" + std::to_string(LineOf(text, needle, anchor)) + ": ";
}

TEST(ProtocolLoaderTest, DefaultProtocolLoadsWithTheContractValues) {
  base::Result<Protocol> loaded = LoadProtocol(DefaultProtocolText(), "default.toml");
  ASSERT_TRUE(loaded.has_value()) << loaded.error().ToString();
  const Protocol& p = *loaded;
  EXPECT_EQ(p.ref.name, "needlepoint-default");
  EXPECT_FALSE(p.ref.version.empty());
  EXPECT_EQ(p.series.interval.min, 28);
  EXPECT_EQ(p.series.interval.max, 42);
  EXPECT_EQ(p.zone(Zone::kCheeks).depth.min, Depth::FromMm(0.5));
  EXPECT_EQ(p.zone(Zone::kCheeks).hard_max, Depth::FromMm(2.0));
  EXPECT_EQ(p.finding(FindingCode::kIsotretinoin).window->amount, 6);
  EXPECT_EQ(p.procedure_window_days[static_cast<size_t>(domain::ProcedureCode::kSurgery)], 180);
  EXPECT_FALSE(p.procedure_window_days[static_cast<size_t>(domain::ProcedureCode::kWaxing)]);
  EXPECT_EQ(p.prep.size(), 8u);
  EXPECT_EQ(p.aftercare.size(), 11u);
  // Every rule names its source, and the shipped levels and actions are the contract's.
  for (FindingCode code : domain::AllCodes<FindingCode>()) {
    EXPECT_FALSE(p.finding(code).text.source.empty()) << domain::CodeName(code);
    EXPECT_EQ(p.finding(code).level, ContractLevel(code)) << domain::CodeName(code);
    EXPECT_EQ(p.finding(code).actions, ContractActions(code)) << domain::CodeName(code);
  }
  for (Zone zone : domain::AllCodes<Zone>()) {
    EXPECT_EQ(p.zone(zone).hard_max, ZoneCeiling(zone)) << domain::CodeName(zone);
    EXPECT_FALSE(p.zone(zone).text.source.empty());
  }
}

TEST(ProtocolLoaderTest, DefaultProtocolIsLoadedOnceAndShared) {
  EXPECT_EQ(DefaultProtocol().get(), DefaultProtocol().get());
  EXPECT_EQ(DefaultProtocol()->ref.name, "needlepoint-default");
}

TEST(ProtocolLoaderTest, MalformedTomlNamesTheLine) {
  const std::string text = Edited("[series]", "[series");
  const std::vector<std::string> problems = Problems(text);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_THAT(problems[0], testing::StartsWith(At(text, "[series") + "TOML syntax: "));
}

TEST(ProtocolLoaderTest, DepthAboveTheZoneHardMaximumIsRefused) {
  const std::string text = Edited("depth_mm = { min = 0.5, max = 1.5 }\nhard_max_mm = 2.0",
                                  "depth_mm = { min = 0.5, max = 2.5 }\nhard_max_mm = 2.0");
  EXPECT_THAT(Problems(text),
              ElementsAre(At(text, "max = 2.5") +
                          "depth max 2.5 exceeds zone hard maximum 2.0 for 'cheeks'"));
}

TEST(ProtocolLoaderTest, HardMaximumAboveTheBuiltInCeilingIsRefused) {
  const std::string text =
      Edited("hard_max_mm = 0.5\nsource = \"protocol contract v1; industry charts",
             "hard_max_mm = 0.75\nsource = \"protocol contract v1; industry charts");
  EXPECT_THAT(Problems(text),
              ElementsAre(At(text, "hard_max_mm = 0.75", "[zones.periorbital]") +
                          "hard maximum 0.75 for 'periorbital' exceeds the safety ceiling 0.5 "
                          "built into Needlepoint"));
}

TEST(ProtocolLoaderTest, LoweringAHardMaximumAlsoCapsTheDefaultRange) {
  const std::string text = Edited("depth_mm = { min = 0.5, max = 1.5 }\nhard_max_mm = 2.0",
                                  "depth_mm = { min = 0.5, max = 1.5 }\nhard_max_mm = 1.25");
  EXPECT_THAT(Problems(text),
              ElementsAre(At(text, "max = 1.5 }\nhard_max_mm = 1.25") +
                          "depth max 1.5 exceeds zone hard maximum 1.25 for 'cheeks'"));
}

TEST(ProtocolLoaderTest, InvertedRangeIsRefused) {
  const std::string text = Edited(
      "depth_mm = { min = 0.25, max = 0.5 }\nhard_max_mm = 0.75\n"
      "source = \"protocol contract v1; temple",
      "depth_mm = { min = 0.5, max = 0.25 }\nhard_max_mm = 0.75\n"
      "source = \"protocol contract v1; temple");
  EXPECT_THAT(Problems(text), ElementsAre(At(text, "min = 0.5, max = 0.25") +
                                          "depth min 0.5 is above max 0.25 in depth_mm of "
                                          "'temples'"));
}

TEST(ProtocolLoaderTest, NegativeWindowIsRefused) {
  const std::string text = Edited("window = { months = 6 }", "window = { months = -6 }");
  EXPECT_THAT(Problems(text),
              ElementsAre(At(text, "months = -6") + "window of [findings.isotretinoin] must not be "
                                                    "negative"));
  const std::string procedure = Edited("surgery = 180", "surgery = -1");
  EXPECT_THAT(Problems(procedure), ElementsAre(At(procedure, "surgery = -1") +
                                               "window for 'surgery' must be 0-3650 days"));
}

TEST(ProtocolLoaderTest, UnknownCodesAreRefused) {
  const std::string zone = Edited("[zones.temples]", "[zones.temple]");
  EXPECT_THAT(Problems(zone),
              ElementsAre(At(zone, "[zones.temple]") +
                              "unknown zone 'temple' (did you mean 'temples'?) in [zones]",
                          "default.toml:" + std::to_string(LineOf(zone, "[zones.forehead]")) +
                              ": missing zone 'temples' in [zones]"));
  const std::string action = Edited("actions = [\"strict_photoprotection\"]",
                                    "actions = [\"strict_photoprotection\", \"patch_test\"]");
  EXPECT_THAT(Problems(action),
              ElementsAre(At(action, "\"patch_test\"") +
                          "unknown action 'patch_test' in actions of 'recent_sun_exposure'"));
  const std::string prep = Edited("code = \"hydrate\"", "code = \"hydration\"");
  EXPECT_THAT(Problems(prep),
              ElementsAre(At(prep, "\"hydration\"") + "unknown prep item 'hydration'",
                          At(prep, "[[prep]]") + "missing prep item 'hydrate' in [[prep]]"));
}

TEST(ProtocolLoaderTest, UnknownKeysAreRefused) {
  const std::string text = Edited("hard_max_mm = 1.0\n", "hard_max_mm = 1.0\nhard_maxx = 2\n");
  EXPECT_THAT(Problems(text),
              ElementsAre(At(text, "hard_maxx") + "unknown key 'hard_maxx' in [zones.forehead]"));
}

TEST(ProtocolLoaderTest, MissingFieldsAreNamed) {
  const std::string text = Edited("hard_max_mm = 1.0\n", "");
  EXPECT_THAT(Problems(text), ElementsAre(At(text, "[zones.forehead]") +
                                          "missing 'hard_max_mm' in [zones.forehead]"));
  const std::string source = Edited("source = \"protocol contract v1; temple dermis",
                                    "sources = \"protocol contract v1; temple dermis");
  EXPECT_THAT(Problems(source),
              ElementsAre(At(source, "[zones.temples]") + "missing 'source' in [zones.temples]",
                          At(source, "sources =") + "unknown key 'sources' in [zones.temples]"));
}

TEST(ProtocolLoaderTest, UndatedTimelineItemIsRefused) {
  const std::string text = Edited("from_day = -3\nto_day = 0\n", "from_day = -3\n");
  EXPECT_THAT(Problems(text), ElementsAre(At(text, "code = \"hydrate\"") +
                                          "timeline item 'hydrate' has no end: give to_day or "
                                          "open_ended = true"));
}

TEST(ProtocolLoaderTest, DroppingATimelineItemIsRefused) {
  std::string text(DefaultProtocolText());
  const size_t start = text.find("[[aftercare]]\ncode = \"warning_signs\"");
  ASSERT_NE(start, std::string::npos);
  text.erase(start);
  EXPECT_THAT(Problems(text),
              ElementsAre(At(text, "[[aftercare]]") + "missing aftercare item 'warning_signs' in "
                                                      "[[aftercare]]"));
}

TEST(ProtocolLoaderTest, TimelineItemEndingBeforeItStartsIsRefused) {
  const std::string text = Edited("from_day = 2\nto_day = 3\n", "from_day = 3\nto_day = 2\n");
  EXPECT_THAT(Problems(text), ElementsAre(At(text, "to_day = 2", "flaking_expected") +
                                          "timeline item 'flaking_expected' ends before it "
                                          "starts"));
}

TEST(ProtocolLoaderTest, WeakerLevelThanTheContractIsRefused) {
  const std::string text = Edited("[findings.keloid_tendency]\nlevel = \"contraindicated\"",
                                  "[findings.keloid_tendency]\nlevel = \"caution\"");
  EXPECT_THAT(Problems(text), ElementsAre(At(text, "level = \"caution\"", "keloid_tendency") +
                                          "level 'caution' for 'keloid_tendency' is weaker than "
                                          "the contract's 'contraindicated'"));
}

TEST(ProtocolLoaderTest, StricterLevelIsAllowed) {
  const std::string text = Edited("[findings.recent_sun_exposure]\nlevel = \"caution\"",
                                  "[findings.recent_sun_exposure]\nlevel = \"defer\"");
  base::Result<Protocol> loaded = LoadProtocol(text, "clinic.toml");
  ASSERT_TRUE(loaded.has_value()) << loaded.error().ToString();
  EXPECT_EQ(loaded->finding(FindingCode::kRecentSunExposure).level, Level::kDefer);
}

TEST(ProtocolLoaderTest, DroppingAContractActionIsRefused) {
  const std::string text = Edited("actions = [\"conservative_depth\", \"strict_photoprotection\"]",
                                  "actions = [\"strict_photoprotection\"]");
  EXPECT_THAT(Problems(text), ElementsAre(At(text,
                                             "actions = [\"strict_photoprotection\"]\n"
                                             "message = \"Fitzpatrick") +
                                          "actions for 'pih_risk' must include "
                                          "'conservative_depth'"));
}

TEST(ProtocolLoaderTest, UnknownPlaceholderIsRefused) {
  const std::string text = Edited("Recent hair removal in a treated area ({detail})",
                                  "Recent hair removal in a treated area ({details})");
  EXPECT_THAT(Problems(text),
              ElementsAre(At(text, "{details}") +
                          "unknown placeholder {details} in message of "
                          "[findings.recent_hair_removal] (use {detail} or {window})"));
}

TEST(ProtocolLoaderTest, WrongTypesAreNamed) {
  const std::string text = Edited("sessions = 3\n", "sessions = \"3\"\n");
  EXPECT_THAT(Problems(text), ElementsAre(At(text, "sessions = \"3\"") +
                                          "sessions for 'dullness' must be a whole number 1-12"));
  const std::string depth = Edited("hard_max_mm = 1.0\n", "hard_max_mm = \"1.0\"\n");
  EXPECT_THAT(Problems(depth), ElementsAre(At(depth, "hard_max_mm = \"1.0\"") +
                                           "'hard_max_mm' in [zones.forehead] must be a number"));
}

TEST(ProtocolLoaderTest, HairRemovalHasNoProcedureWindow) {
  const std::string text = Edited("surgery = 180\n", "surgery = 180\nwaxing = 7\n");
  EXPECT_THAT(Problems(text), ElementsAre(At(text, "waxing = 7") +
                                          "'waxing' is judged by recent_hair_removal, not here"));
}

TEST(ProtocolLoaderTest, ReportsEveryProblemNotJustTheFirst) {
  std::string text = Edited("window = { months = 6 }", "window = { months = -6 }");
  const size_t pos = text.find("hard_max_mm = 1.0\n");
  text.replace(pos, 18, "hard_max_mm = 3.0\n");
  // The forehead's hard maximum above its ceiling, and the negative window.
  EXPECT_EQ(Problems(text).size(), 2u);
}

TEST(WindowTest, AddsCalendarUnitsWithClamping) {
  const base::CivilDate d = *base::CivilDate::FromYmd(2026, 8, 31);
  EXPECT_EQ((Window{Window::Unit::kMonths, 6}).After(d).ToString(), "2027-02-28");
  EXPECT_EQ((Window{Window::Unit::kDays, 5}).After(d).ToString(), "2026-09-05");
  EXPECT_EQ(
      (Window{Window::Unit::kYears, 18}).After(*base::CivilDate::FromYmd(2008, 2, 29)).ToString(),
      "2026-02-28");
  EXPECT_EQ((Window{Window::Unit::kDays, 1}).ToString(), "1 day");
  EXPECT_EQ((Window{Window::Unit::kMonths, 6}).ToString(), "6 months");
}

}  // namespace
}  // namespace needlepoint::protocol
