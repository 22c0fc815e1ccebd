// Runs every data-driven protocol case (tests/protocol_cases/README.md describes the format):
// the intake goes through the same parser, engine and JSON writer as `needlepoint plan`, and
// the contract's fields are compared with what the case file expects.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/contract/testing/case_files.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::contract {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

using case_files::ReadFile;

std::vector<fs::path> CaseFiles() {
  const fs::path source(NP_SOURCE_DIR);
  return case_files::CaseFiles({source / "tests/protocol_cases", source / "../shared/vignettes"},
                               /*recursive=*/true);
}

std::string TestName(const testing::TestParamInfo<fs::path>& info) {
  return case_files::TestNameOf(info.param.parent_path().filename().string() + "_" +
                                info.param.stem().string() + "_" + std::to_string(info.index));
}

std::set<std::string> AsSet(const json& list) {
  std::set<std::string> out;
  for (const json& item : list) out.insert(item.get<std::string>());
  return out;
}

// Indexes an array of objects by one of their keys.
std::map<std::string, json> ByKey(const json& list, const std::string& key) {
  std::map<std::string, json> out;
  for (const json& item : list) out[item.at(key).get<std::string>()] = item;
  return out;
}

std::set<std::string> Keys(const std::map<std::string, json>& map) {
  std::set<std::string> out;
  for (const auto& [key, value] : map) out.insert(key);
  return out;
}

void ExpectSameNumber(const json& actual, const json& expected, const std::string& what) {
  EXPECT_NEAR(actual.get<double>(), expected.get<double>(), 1e-9) << what;
}

void CheckFindings(const json& actual, const json& expected) {
  const std::map<std::string, json> findings = ByKey(actual, "code");
  std::set<std::string> expected_codes;
  for (const auto& [code, want] : expected.items()) expected_codes.insert(code);
  EXPECT_EQ(Keys(findings), expected_codes) << "finding codes";
  for (const auto& [code, want] : expected.items()) {
    auto it = findings.find(code);
    if (it == findings.end()) continue;
    const json& got = it->second;
    EXPECT_EQ(got.at("level"), want.at("level")) << code;
    EXPECT_EQ(got.at("until"), want.at("until")) << code;
    if (want.contains("alternatives")) {
      EXPECT_EQ(AsSet(got.at("alternatives")), AsSet(want.at("alternatives"))) << code;
    }
    if (want.contains("message_contains")) {
      EXPECT_NE(got.at("message").get<std::string>().find(want.at("message_contains")),
                std::string::npos)
          << code << ": " << got.at("message");
    }
  }
}

void CheckTimeline(const json& actual, const json& expected, const std::string& what) {
  const std::map<std::string, json> got = ByKey(actual, "code");
  const std::map<std::string, json> want = ByKey(expected, "code");
  EXPECT_EQ(Keys(got), Keys(want)) << what << " codes";
  for (const auto& [code, item] : want) {
    auto it = got.find(code);
    if (it == got.end()) continue;
    EXPECT_EQ(it->second.at("from"), item.at("from")) << what << " " << code;
    EXPECT_EQ(it->second.at("to"), item.at("to")) << what << " " << code;
  }
}

void CheckZones(const json& actual, const json& expected) {
  const std::map<std::string, json> got = ByKey(actual, "zone");
  const std::map<std::string, json> want = ByKey(expected, "zone");
  EXPECT_EQ(Keys(got), Keys(want)) << "zones";
  for (const auto& [zone, item] : want) {
    auto it = got.find(zone);
    if (it == got.end()) continue;
    ExpectSameNumber(it->second.at("depth_mm").at("min"), item.at("depth_mm").at("min"),
                     zone + " depth min");
    ExpectSameNumber(it->second.at("depth_mm").at("max"), item.at("depth_mm").at("max"),
                     zone + " depth max");
    if (item.contains("concerns")) {
      EXPECT_EQ(AsSet(it->second.at("concerns")), AsSet(item.at("concerns"))) << zone;
    }
    if (item.contains("pih_reduced")) {
      EXPECT_EQ(it->second.at("pih_reduced"), item.at("pih_reduced")) << zone;
    }
    if (item.contains("capped_by_zone")) {
      EXPECT_EQ(it->second.at("capped_by_zone"), item.at("capped_by_zone")) << zone;
    }
  }
}

void CheckPlan(const json& actual, const json& expected) {
  if (expected.is_null()) {
    EXPECT_TRUE(actual.is_null()) << "a plan was made: " << actual.dump();
    return;
  }
  ASSERT_FALSE(actual.is_null()) << "no plan was made";
  for (const auto& [key, want] : expected.items()) {
    ASSERT_TRUE(actual.contains(key)) << "plan has no " << key;
    const json& got = actual.at(key);
    if (key == "adjuncts" || key == "optional_adjuncts" || key == "alternatives") {
      EXPECT_EQ(AsSet(got), AsSet(want)) << key;
    } else if (key == "zones") {
      CheckZones(got, want);
    } else if (key == "prep" || key == "aftercare") {
      CheckTimeline(got, want, key);
    } else if (key == "timelines") {
      // Each session listed: its date, and the prep / aftercare given (as for session 1).
      const std::map<std::string, json> by_session = [&] {
        std::map<std::string, json> out;
        for (const json& item : got) out[item.at("session").dump()] = item;
        return out;
      }();
      EXPECT_EQ(got.size(), want.size()) << "timelines";
      for (const json& item : want) {
        auto it = by_session.find(item.at("session").dump());
        ASSERT_NE(it, by_session.end()) << "no timeline for session " << item.at("session");
        EXPECT_EQ(it->second.at("date"), item.at("date")) << "session " << item.at("session");
        for (const char* part : {"prep", "aftercare"}) {
          if (item.contains(part)) {
            CheckTimeline(it->second.at(part), item.at(part),
                          std::string(part) + " of session " + item.at("session").dump());
          }
        }
      }
    } else {
      EXPECT_EQ(got, want) << key;
    }
  }
}

class ProtocolCaseTest : public testing::TestWithParam<fs::path> {};

TEST_P(ProtocolCaseTest, MatchesTheContract) {
  const fs::path& path = GetParam();
  const json test_case = json::parse(ReadFile(path));
  SCOPED_TRACE(path.string() + ": " + test_case.value("note", ""));
  std::shared_ptr<const protocol::Protocol> protocol = protocol::DefaultProtocol();
  if (test_case.contains("protocol")) {
    const fs::path file = path.parent_path() / test_case.at("protocol").get<std::string>();
    base::Result<protocol::Protocol> loaded =
        protocol::LoadProtocol(ReadFile(file), file.filename().string());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().ToString();
    protocol = std::make_shared<const protocol::Protocol>(std::move(*loaded));
  }
  const base::CivilDate today =
      base::CivilDate::Parse(test_case.value("today", "2026-11-20")).value();
  const json& expect = test_case.at("expect");
  base::Result<domain::Intake> intake =
      ParseIntake(test_case.at("intake"), {.today = today, .aliases = &protocol->aliases});

  if (expect.contains("errors")) {
    ASSERT_FALSE(intake.has_value()) << "the intake was accepted";
    std::multiset<std::string> got_paths, want_paths;
    for (const base::FieldProblem& problem : intake.error().problems()) {
      got_paths.insert(problem.path);
    }
    for (const json& want : expect.at("errors")) {
      want_paths.insert(want.at("path").get<std::string>());
      if (!want.contains("message_contains")) continue;
      const std::string needle = want.at("message_contains");
      const auto& problems = intake.error().problems();
      EXPECT_TRUE(std::any_of(problems.begin(), problems.end(),
                              [&](const auto& problem) {
                                return problem.path == want.at("path") &&
                                       problem.message.find(needle) != std::string::npos;
                              }))
          << "no problem at " << want.at("path") << " containing '" << needle << "'\n"
          << intake.error().ToString();
    }
    EXPECT_EQ(std::set(got_paths.begin(), got_paths.end()),
              std::set(want_paths.begin(), want_paths.end()))
        << intake.error().ToString();
    return;
  }

  ASSERT_TRUE(intake.has_value()) << intake.error().ToString();
  // Round-trip through the JSON writer, as the CLI and API do.
  const json result =
      json::parse(PlanResultToJson(protocol::ScreenAndPlan(*protocol, *intake)).dump());
  const json& screening = result.at("screening");
  EXPECT_EQ(screening.at("verdict"), expect.at("verdict"));
  EXPECT_EQ(screening.at("earliest_date"), expect.at("earliest_date"));
  EXPECT_EQ(screening.at("actions"), expect.at("actions"));
  CheckFindings(screening.at("findings"), expect.at("findings"));
  EXPECT_EQ(screening.at("protocol").at("name"), protocol->ref.name);
  if (expect.contains("not_screened")) {
    EXPECT_EQ(screening.at("not_screened").at("medications"),
              expect.at("not_screened").at("medications"));
    EXPECT_EQ(screening.at("not_screened").at("conditions"),
              expect.at("not_screened").at("conditions"));
  }
  if (expect.contains("intake")) {
    // The intake as stored: canonical codes, whatever names the file used.
    const json canonical = IntakeToJson(*intake);
    for (const auto& [key, want] : expect.at("intake").items()) {
      EXPECT_EQ(canonical.at(key), want) << "intake " << key;
    }
  }
  if (expect.contains("plan")) CheckPlan(result.at("plan"), expect.at("plan"));
}

INSTANTIATE_TEST_SUITE_P(Cases, ProtocolCaseTest, testing::ValuesIn(CaseFiles()), TestName);

TEST(ProtocolCasesTest, TheCaseFolderIsNotEmpty) {
  EXPECT_GE(CaseFiles().size(), 8u) << "the protocol cases were not found under " NP_SOURCE_DIR;
}

}  // namespace
}  // namespace needlepoint::contract
