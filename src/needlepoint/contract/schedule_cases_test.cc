// Runs every data-driven schedule case (tests/schedule_cases/README.md describes the format):
// the input goes through the same parser, engine and JSON writer as `needlepoint schedule`,
// and the contract's fields are compared with what the case file expects.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "needlepoint/contract/schedule_input_json.h"
#include "needlepoint/contract/schedule_result_json.h"
#include "needlepoint/contract/testing/case_files.h"

namespace needlepoint::contract {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

using case_files::ReadFile;

std::vector<fs::path> CaseFiles() {
  return case_files::CaseFiles({fs::path(NP_SOURCE_DIR) / "tests/schedule_cases"});
}

std::string TestName(const testing::TestParamInfo<fs::path>& info) {
  return case_files::TestNameOf(info.param.stem().string());
}

// What running the case's command gives: the answer, or the input's problems.
struct Outcome {
  std::optional<json> answer;
  std::optional<base::Status> error;
};

Outcome RunCase(const json& test_case) {
  const std::string command = test_case.value("command", "propose");
  const json& input = test_case.at("input");
  auto fail = [](const base::Status& status) { return Outcome{std::nullopt, status}; };
  if (command == "free-slots") {
    base::Result<SlotSearchInput> parsed = ParseSlotSearchInput(input);
    if (!parsed) return fail(parsed.error());
    const base::TimeZone zone = parsed->calendar.zone;
    base::Result<schedule::Availability> index =
        schedule::Availability::Build(std::move(parsed->calendar));
    if (!index) return fail(index.error());
    base::Result<std::vector<schedule::Slot>> slots =
        schedule::FindFreeSlots(*index, parsed->request);
    if (!slots) return fail(slots.error());
    return {json::parse(FreeSlotsToJson(*slots, zone).dump()), std::nullopt};
  }
  base::Result<SeriesInput> parsed = ParseSeriesInput(input);
  if (!parsed) return fail(parsed.error());
  const base::TimeZone zone = parsed->calendar.zone;
  base::Result<schedule::Availability> index =
      schedule::Availability::Build(std::move(parsed->calendar));
  if (!index) return fail(index.error());
  base::Result<schedule::SeriesProposal> proposal =
      schedule::ProposeSeries(*index, parsed->request);
  if (!proposal) return fail(proposal.error());
  return {json::parse(SeriesProposalToJson(*proposal, zone).dump()), std::nullopt};
}

// `actual` must have as many items as `expected`, and each the keys its counterpart gives.
void CheckList(const json& actual, const json& expected, const std::string& what) {
  ASSERT_EQ(actual.size(), expected.size()) << what << ": " << actual.dump(2);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    for (const auto& [key, want] : expected[i].items()) {
      ASSERT_TRUE(actual[i].contains(key)) << what << " " << i + 1 << " has no " << key;
      EXPECT_EQ(actual[i][key], want) << what << " " << i + 1 << ": " << key;
    }
  }
}

void CheckErrors(const base::Status& error, const json& expected) {
  std::set<std::string> got_paths, want_paths;
  for (const base::FieldProblem& problem : error.problems()) got_paths.insert(problem.path);
  for (const json& want : expected) {
    const std::string path = want.at("path");
    want_paths.insert(path);
    if (!want.contains("message_contains")) continue;
    const std::string needle = want.at("message_contains");
    const auto& problems = error.problems();
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(),
                            [&](const base::FieldProblem& problem) {
                              return problem.path == path &&
                                     problem.message.find(needle) != std::string::npos;
                            }))
        << "no problem at " << path << " containing '" << needle << "'\n"
        << error.ToString();
  }
  EXPECT_EQ(got_paths, want_paths) << error.ToString();
}

class ScheduleCaseTest : public testing::TestWithParam<fs::path> {};

TEST_P(ScheduleCaseTest, MatchesTheContract) {
  const json test_case = json::parse(ReadFile(GetParam()));
  SCOPED_TRACE(GetParam().string() + ": " + test_case.value("note", ""));
  const json& expect = test_case.at("expect");
  const Outcome outcome = RunCase(test_case);

  if (expect.contains("errors")) {
    ASSERT_TRUE(outcome.error.has_value()) << "accepted: " << outcome.answer->dump(2);
    EXPECT_EQ(outcome.error->code(), base::StatusCode::kInvalidArgument);
    CheckErrors(*outcome.error, expect.at("errors"));
    return;
  }
  ASSERT_FALSE(outcome.error.has_value()) << outcome.error->ToString();
  const json& answer = *outcome.answer;
  if (expect.contains("unplaceable")) {
    ASSERT_TRUE(answer.contains("unplaceable")) << answer.dump(2);
    EXPECT_FALSE(answer.contains("sessions")) << "a partial series was proposed";
    const json& got = answer.at("unplaceable");
    const json& want = expect.at("unplaceable");
    EXPECT_EQ(got.at("session"), want.at("session"));
    EXPECT_EQ(got.at("from"), want.at("from"));
    EXPECT_EQ(got.at("to"), want.at("to"));
    EXPECT_FALSE(got.at("reason").get<std::string>().empty());
    if (want.contains("reason_contains")) {
      EXPECT_NE(got.at("reason").get<std::string>().find(want.at("reason_contains")),
                std::string::npos)
          << got.at("reason");
    }
  }
  if (expect.contains("sessions")) {
    ASSERT_TRUE(answer.contains("sessions")) << answer.dump(2);
    CheckList(answer.at("sessions"), expect.at("sessions"), "session");
  }
  if (expect.contains("slots")) CheckList(answer.at("slots"), expect.at("slots"), "slot");
}

INSTANTIATE_TEST_SUITE_P(Cases, ScheduleCaseTest, testing::ValuesIn(CaseFiles()), TestName);

TEST(ScheduleCasesTest, TheCaseFolderIsNotEmpty) {
  EXPECT_GE(CaseFiles().size(), 40u) << "the schedule cases were not found under " NP_SOURCE_DIR;
}

}  // namespace
}  // namespace needlepoint::contract
