// The engines on an intake document alone (what `needlepoint screen` and `plan` run): the
// protocol's aliases apply, `today` stands in for a missing assessed_on, and a bad document
// is refused naming its field.
#include "needlepoint/app/intake_files.h"

#include <gtest/gtest.h>

#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::app {
namespace {

const protocol::Protocol& Default() { return *protocol::DefaultProtocol(); }
const base::CivilDate kToday = *base::CivilDate::FromYmd(2026, 3, 1);

TEST(IntakeFilesTest, ABrandNameIsReadAsItsCodeAndDefers) {
  const std::string text = R"({"assessed_on": "2026-03-01",
      "patient": {"birth_date": "1990-05-17", "fitzpatrick": 2}, "areas": ["cheeks"],
      "concerns": [{"code": "acne_scars", "severity": 2}],
      "medications": [{"code": "Accutane", "last_dose": "2026-01-15"}]})";
  base::Result<domain::Screening> screening = ScreenIntakeText(Default(), text, kToday);
  ASSERT_TRUE(screening.has_value()) << screening.error().ToString();
  EXPECT_EQ(screening->verdict, domain::Verdict::kDefer);
}

TEST(IntakeFilesTest, TodayStandsInForAMissingAssessmentDate) {
  const std::string text =
      R"({"patient": {"birth_date": "1990-05-17", "fitzpatrick": 2}, "areas": ["forehead"],
      "concerns": [{"code": "fine_lines", "severity": 1}]})";
  base::Result<domain::PlanResult> result = PlanIntakeText(Default(), text, kToday);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  ASSERT_TRUE(result->plan.has_value());
  ASSERT_FALSE(result->plan->schedule.empty());
  EXPECT_EQ(result->plan->schedule.front().date, kToday);
}

TEST(IntakeFilesTest, AnUnknownZoneIsRefusedNamingItsFieldWithASuggestion) {
  const std::string text =
      R"({"patient": {"birth_date": "1990-05-17", "fitzpatrick": 2}, "areas": ["cheek"],
      "concerns": [{"code": "texture", "severity": 2}]})";
  base::Result<domain::Screening> screening = ScreenIntakeText(Default(), text, kToday);
  ASSERT_FALSE(screening.has_value());
  EXPECT_EQ(screening.error().code(), base::StatusCode::kInvalidArgument);
  ASSERT_EQ(screening.error().problems().size(), 1U);
  EXPECT_EQ(screening.error().problems()[0].path, "/areas/0");
  EXPECT_NE(screening.error().problems()[0].message.find("cheeks"), std::string::npos);
}

}  // namespace
}  // namespace needlepoint::app
