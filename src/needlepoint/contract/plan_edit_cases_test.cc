// Runs every data-driven plan-editing case (tests/plan_edit_cases/README.md describes the
// format): an intake is screened and planned as `needlepoint plan` does, then each step's PATCH
// body goes through the same reader and the same clinical rules as PATCH /api/v1/plans/{id},
// and the outcome is compared with what the case expects.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/plan_edit_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/contract/testing/case_files.h"
#include "needlepoint/protocol/plan_editing.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/protocol/screen.h"

namespace needlepoint::contract {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

const fs::path kCaseDir = fs::path(NP_SOURCE_DIR) / "tests/plan_edit_cases";

using case_files::ReadFile;

std::vector<fs::path> CaseFiles() { return case_files::CaseFiles({kCaseDir}); }

std::string TestName(const testing::TestParamInfo<fs::path>& info) {
  return case_files::TestNameOf(info.param.stem().string());
}

std::set<std::string> Paths(const base::Status& status) {
  std::set<std::string> out;
  for (const base::FieldProblem& problem : status.problems()) out.insert(problem.path);
  return out;
}

// Each wanted {path, message_contains?} is a problem of `status`, and nothing else is.
void CheckProblems(const base::Status& status, const json& wanted) {
  std::set<std::string> want_paths;
  for (const json& want : wanted) {
    const std::string path = want.at("path");
    want_paths.insert(path);
    if (!want.contains("message_contains")) continue;
    const std::string needle = want.at("message_contains");
    const auto& problems = status.problems();
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(),
                            [&](const auto& p) {
                              return p.path == path && p.message.find(needle) != std::string::npos;
                            }))
        << "no problem at " << path << " containing '" << needle << "': " << status.ToString();
  }
  EXPECT_EQ(Paths(status), want_paths) << status.ToString();
}

void CheckOutcome(const protocol::EditOutcome& outcome, const json& expect) {
  const domain::TreatmentPlan& plan = outcome.plan;
  const json series = json::parse(PlanToJson(plan.plan).dump());
  for (const auto& [key, want] : expect.items()) {
    if (key == "status") {
      EXPECT_EQ(domain::CodeName(plan.status), want.get<std::string>());
    } else if (key == "zones") {
      for (const json& zone : want) {
        auto stored = std::find_if(plan.zones.begin(), plan.zones.end(), [&](const auto& z) {
          return domain::CodeName(z.zone) == zone.at("zone").get<std::string>();
        });
        ASSERT_NE(stored, plan.zones.end()) << zone.at("zone");
        EXPECT_DOUBLE_EQ(stored->depth.min.mm(), zone.at("depth_mm").at("min").get<double>());
        EXPECT_DOUBLE_EQ(stored->depth.max.mm(), zone.at("depth_mm").at("max").get<double>());
        if (zone.contains("override_reason")) {
          EXPECT_EQ(stored->override_reason, zone.at("override_reason").get<std::string>());
        }
      }
    } else if (key == "warnings_contain") {
      for (const json& needle : want) {
        EXPECT_TRUE(std::any_of(outcome.warnings.begin(), outcome.warnings.end(),
                                [&](const std::string& w) {
                                  return w.find(needle.get<std::string>()) != std::string::npos;
                                }))
            << "no warning containing " << needle;
      }
    } else if (key == "warnings") {
      EXPECT_EQ(json(outcome.warnings), want);
    } else if (key == "overrides") {
      json codes = json::array();
      for (const auto& o : plan.overrides) codes.push_back(domain::CodeName(o.finding));
      EXPECT_EQ(codes, want);
    } else if (key == "interval_override_reason") {
      EXPECT_EQ(plan.interval_override_reason, want.get<std::string>());
    } else if (key == "audit_detail") {
      EXPECT_EQ(outcome.audit_detail, want.get<std::string>());
    } else if (key == "timelines") {
      ASSERT_EQ(series.at("timelines").size(), want.size());
      for (size_t i = 0; i < want.size(); ++i) {
        const json& got = series.at("timelines")[i];
        EXPECT_EQ(got.at("session"), want[i].at("session"));
        EXPECT_EQ(got.at("date"), want[i].at("date"));
        if (!want[i].contains("prep")) continue;
        for (const auto& [code, window] : want[i].at("prep").items()) {
          auto item = std::find_if(got.at("prep").begin(), got.at("prep").end(),
                                   [&](const json& p) { return p.at("code") == code; });
          ASSERT_NE(item, got.at("prep").end()) << "session " << i + 1 << " has no " << code;
          EXPECT_EQ(item->at("from"), window.at("from")) << code;
          EXPECT_EQ(item->at("to"), window.at("to")) << code;
        }
      }
    } else {
      // schedule, interval_days, maintenance, follow_up_photos: the contract's JSON exactly.
      ASSERT_TRUE(series.contains(key)) << "unknown expectation " << key;
      EXPECT_EQ(series.at(key), want) << key;
    }
  }
}

class PlanEditCaseTest : public testing::TestWithParam<fs::path> {};

TEST_P(PlanEditCaseTest, FollowsTheProtocolsRules) {
  const json test_case = json::parse(ReadFile(GetParam()));
  SCOPED_TRACE(GetParam().filename().string() + ": " + test_case.value("note", ""));
  std::shared_ptr<const protocol::Protocol> protocol = protocol::DefaultProtocol();
  const base::CivilDate today =
      base::CivilDate::Parse(test_case.value("today", "2026-11-20")).value();
  base::Result<domain::Intake> intake =
      ParseIntake(test_case.at("intake"), {.today = today, .aliases = &protocol->aliases});
  ASSERT_TRUE(intake.has_value()) << intake.error().ToString();

  domain::Consultation consultation;
  consultation.id = base::ConsultationId(1);
  consultation.intake = *intake;
  consultation.screening = protocol::Screen(*protocol, *intake);
  ASSERT_NE(consultation.screening.verdict, domain::Verdict::kNotEligible);
  domain::TreatmentPlan plan;
  plan.plan = protocol::MakePlan(*protocol, *intake, consultation.screening);
  plan.protocol = protocol->ref;
  for (const domain::ZonePlan& zone : plan.plan.zones) {
    plan.zones.push_back({zone.zone, zone.depth, zone.depth, ""});
  }
  const base::UserId provider(7);
  int step_number = 0;
  for (const json& step : test_case.at("steps")) {
    SCOPED_TRACE("step " + std::to_string(++step_number) + ": " + step.value("note", ""));
    json body = step.at("edit");
    body["version"] = 1;
    base::Result<PlanEditRequest> request = ParsePlanEditRequest(body);
    const json& expect = step.at("expect");
    if (!request) {
      ASSERT_TRUE(expect.contains("errors")) << request.error().ToString();
      CheckProblems(request.error(), expect.at("errors"));
      continue;
    }
    base::Result<protocol::EditOutcome> outcome =
        protocol::ApplyPlanEdit(*protocol, consultation, plan, request->edit, provider,
                                base::Timestamp(std::chrono::sys_days(today.ToChrono())));
    if (expect.contains("errors") || expect.contains("refused")) {
      ASSERT_FALSE(outcome.has_value()) << "the edit was accepted";
      const bool refused = expect.contains("refused");
      EXPECT_EQ(outcome.error().code(), refused ? base::StatusCode::kFailedPrecondition
                                                : base::StatusCode::kInvalidArgument)
          << outcome.error().ToString();
      const json& wanted = refused ? expect.at("refused") : expect.at("errors");
      if (wanted.is_array()) {
        CheckProblems(outcome.error(), wanted);
      } else if (wanted.contains("message_contains")) {
        EXPECT_NE(outcome.error().message().find(wanted.at("message_contains").get<std::string>()),
                  std::string::npos)
            << outcome.error().ToString();
      }
      continue;
    }
    ASSERT_TRUE(outcome.has_value()) << outcome.error().ToString();
    CheckOutcome(*outcome, expect);
    plan = outcome->plan;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, PlanEditCaseTest, testing::ValuesIn(CaseFiles()), TestName);

TEST(PlanEditCasesTest, TheCaseFolderIsNotEmpty) {
  EXPECT_GE(CaseFiles().size(), 8u) << "the plan edit cases were not found under " << kCaseDir;
}

}  // namespace
}  // namespace needlepoint::contract
