#include "needlepoint/base/civil_date.h"

#include <gtest/gtest.h>

namespace needlepoint::base {
namespace {

CivilDate D(std::string_view text) { return CivilDate::Parse(text).value(); }

TEST(CivilDateTest, ParsesAndFormatsRoundTrip) {
  for (std::string_view text :
       {"1970-01-01", "2026-11-20", "2000-02-29", "1899-12-31", "2099-12-31", "0001-01-01"}) {
    EXPECT_EQ(D(text).ToString(), text);
  }
  EXPECT_EQ(D("1970-01-02").days_since_epoch(), 1);
  EXPECT_EQ(D("1969-12-31").days_since_epoch(), -1);
}

TEST(CivilDateTest, IsoWeekday) {
  EXPECT_EQ(D("1970-01-01").iso_weekday(), 4);  // Thursday
  EXPECT_EQ(D("2027-03-01").iso_weekday(), 1);  // Monday
  EXPECT_EQ(D("2027-02-28").iso_weekday(), 7);  // Sunday
  EXPECT_EQ(D("1969-12-29").iso_weekday(), 1);  // before the epoch
  EXPECT_EQ(D("1900-01-01").iso_weekday(), 1);
}

TEST(CivilDateTest, RejectsMalformedText) {
  for (std::string_view text :
       {"", "2026-1-20", "2026/11/20", " 2026-11-20", "2026-11-20 ", "20261120", "2026-11-20T00:00",
        "yyyy-mm-dd", "+026-11-20", "2026-11-2x"}) {
    Result<CivilDate> parsed = CivilDate::Parse(text);
    ASSERT_FALSE(parsed.has_value()) << text;
    EXPECT_EQ(parsed.error().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(parsed.error().message().find("YYYY-MM-DD"), std::string::npos) << text;
  }
}

TEST(CivilDateTest, RejectsDaysThatDoNotExist) {
  for (std::string_view text : {"2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01",
                                "2026-00-10", "2026-01-00", "2100-02-29"}) {
    EXPECT_FALSE(CivilDate::Parse(text).has_value()) << text;
  }
  EXPECT_TRUE(CivilDate::Parse("2024-02-29").has_value());
  EXPECT_EQ(CivilDate::Parse("2026-13-01").error().message(), "'2026-13-01' has no month 13");
}

TEST(CivilDateTest, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ(D("2026-08-31").AddMonths(6), D("2027-02-28"));  // the contract's example
  EXPECT_EQ(D("2027-08-31").AddMonths(6), D("2028-02-29"));  // leap year
  EXPECT_EQ(D("2026-01-31").AddMonths(1), D("2026-02-28"));
  EXPECT_EQ(D("2026-03-31").AddMonths(1), D("2026-04-30"));
  EXPECT_EQ(D("2026-08-01").AddMonths(6), D("2027-02-01"));
  EXPECT_EQ(D("2026-11-30").AddMonths(3), D("2027-02-28"));
  EXPECT_EQ(D("2026-03-31").AddMonths(-1), D("2026-02-28"));
  EXPECT_EQ(D("2008-02-29").AddYears(18), D("2026-02-28"));
  EXPECT_EQ(D("2026-05-15").AddMonths(0), D("2026-05-15"));
}

TEST(CivilDateTest, DayArithmeticCrossesMonthAndYear) {
  EXPECT_EQ(D("2026-11-18").AddDays(5), D("2026-11-23"));
  EXPECT_EQ(D("2026-12-30").AddDays(3), D("2027-01-02"));
  EXPECT_EQ(D("2026-03-01").AddDays(-1), D("2026-02-28"));
  EXPECT_EQ(D("2026-11-20").DaysUntil(D("2026-12-04")), 14);
  EXPECT_LT(D("2026-11-20"), D("2026-11-21"));
}

TEST(CivilDateTest, ExposesFields) {
  const CivilDate date = D("2027-02-01");
  EXPECT_EQ(date.year(), 2027);
  EXPECT_EQ(date.month(), 2u);
  EXPECT_EQ(date.day(), 1u);
}

}  // namespace
}  // namespace needlepoint::base
