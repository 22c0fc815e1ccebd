// `needlepoint schedule`: the contract's exit statuses and streams (0 and the proposal on
// stdout; 3 and the unplaceable object on stdout; 2, nothing on stdout and one line per
// problem on stderr).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "needlepoint/cli/cli.h"

namespace needlepoint::cli {
namespace {

struct CliRun {
  int status;
  std::string out;
  std::string err;
};

CliRun Schedule(const std::string& subcommand, const std::string& stdin_text) {
  static const base::FakeClock clock(base::Timestamp{});
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int status = RunCli({"needlepoint", "schedule", subcommand, "-"}, in, out, err, clock);
  return {status, out.str(), err.str()};
}

std::string Series(const std::string& busy, const std::string& extra = "") {
  return R"({"timezone": "Europe/Berlin", "service_minutes": 60,
    "plan": {"sessions": 2, "interval_days": {"min": 7, "max": 7}, "first_date": "2027-03-22"},
    "providers": [{"id": "p1", "hours": {"mon": [["09:00", "17:00"]]}}],
    "rooms": [{"id": "r1"}], "devices": [{"id": "pen-1"}], "busy": [)" +
         busy + "]" + extra + "}";
}

TEST(ScheduleCommandTest, ProposalIsExitZeroAndOneJsonDocument) {
  const CliRun run = Schedule("propose", Series(""));
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  const nlohmann::json answer = nlohmann::json::parse(run.out);  // throws on trailing text
  ASSERT_EQ(answer["sessions"].size(), 2u);
  EXPECT_EQ(answer["sessions"][0]["start"], "2027-03-22T09:00");
  EXPECT_EQ(answer["sessions"][0]["start_utc"], "2027-03-22T08:00:00Z");  // CET
  EXPECT_EQ(answer["sessions"][1]["start"], "2027-03-29T09:00");
  EXPECT_EQ(answer["sessions"][1]["start_utc"], "2027-03-29T07:00:00Z");  // CEST
  EXPECT_EQ(answer["sessions"][1]["gap_days"], 7);
}

TEST(ScheduleCommandTest, UnplaceableIsExitThree) {
  const CliRun run = Schedule(
      "propose",
      Series(R"({"resource": "p1", "from": "2027-03-29T00:00", "to": "2027-03-30T00:00"})"));
  EXPECT_EQ(run.status, 3);
  EXPECT_EQ(run.err, "");
  const nlohmann::json answer = nlohmann::json::parse(run.out);
  EXPECT_FALSE(answer.contains("sessions"));
  EXPECT_EQ(answer["unplaceable"]["session"], 2);
  EXPECT_EQ(answer["unplaceable"]["from"], "2027-03-29");
  EXPECT_EQ(answer["unplaceable"]["to"], "2027-03-29");
}

TEST(ScheduleCommandTest, BadInputIsExitTwoWithOneLinePerProblem) {
  const CliRun run =
      Schedule("propose",
               Series(R"({"resource": "r9", "from": "2027-03-22T10:00", "to": "2027-03-22T09:00"})",
                      R"(, "colour": "blue")"));
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");  // never a proposal for bad input
  EXPECT_EQ(run.err,
            "/busy/0/to: must be after from\n"
            "/busy/0/resource: unknown resource 'r9' (not the id of a provider, room or device)\n"
            "/colour: unknown field 'colour'\n");
}

TEST(ScheduleCommandTest, MalformedJsonIsExitTwo) {
  const CliRun run = Schedule("propose", "{\"timezone\": ");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err, "");
}

TEST(ScheduleCommandTest, FreeSlotsListsTheFirstStarts) {
  const CliRun run = Schedule("free-slots", R"({"timezone": "Australia/Sydney",
    "service_minutes": 30, "from": "2027-04-05", "count": 2,
    "providers": [{"id": "p1", "hours": {"mon": [["09:00", "17:00"]]}}],
    "rooms": [{"id": "r1"}], "devices": [{"id": "pen-1"}]})");
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json answer = nlohmann::json::parse(run.out);
  ASSERT_EQ(answer["slots"].size(), 2u);
  EXPECT_EQ(answer["slots"][0]["start"], "2027-04-05T09:00");
  EXPECT_EQ(answer["slots"][0]["start_utc"], "2027-04-04T23:00:00Z");  // AEST, UTC+10
  EXPECT_EQ(answer["slots"][1]["start"], "2027-04-05T09:15");
}

}  // namespace
}  // namespace needlepoint::cli
