#include "needlepoint/contract/time_text.h"

#include <gtest/gtest.h>

namespace needlepoint::contract {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

base::Timestamp Utc(std::string_view date, int hour, int minute, int second = 0) {
  return base::Timestamp(base::CivilDate::Parse(date).value().ToChrono() + hours(hour) +
                         minutes(minute) + seconds(second));
}

TEST(TimeTextTest, ClockTimes) {
  EXPECT_EQ(ParseClockTime("00:00", false), 0);
  EXPECT_EQ(ParseClockTime("23:59", false), 23 * 60 + 59);
  EXPECT_EQ(ParseClockTime("24:00", true), 1440);
  EXPECT_FALSE(ParseClockTime("24:00", false).has_value());
  EXPECT_FALSE(ParseClockTime("24:01", true).has_value());
  for (std::string_view bad : {"9:00", "09:60", "09-00", "09:00 ", "0900", "", "ab:cd"}) {
    EXPECT_FALSE(ParseClockTime(bad, true).has_value()) << bad;
  }
  EXPECT_EQ(ClockTimeText(0), "00:00");
  EXPECT_EQ(ClockTimeText(9 * 60 + 5), "09:05");
  EXPECT_EQ(ClockTimeText(1440), "24:00");
}

TEST(TimeTextTest, LocalDateTimes) {
  const base::Result<LocalDateTime> parsed = ParseLocalDateTime("2027-03-14T02:30");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->date.ToString(), "2027-03-14");
  EXPECT_EQ(parsed->minute, 150);
  for (std::string_view bad : {"2027-03-14 02:30", "2027-03-14T02:30:00", "2027-03-14T02:30Z",
                               "2027-03-14T02:30-05:00", "2027-02-30T09:00", "2027-03-14T24:00"}) {
    EXPECT_FALSE(ParseLocalDateTime(bad).has_value()) << bad;
  }
  EXPECT_LT(*ParseLocalDateTime("2027-03-14T23:59"), *ParseLocalDateTime("2027-03-15T00:00"));
}

TEST(TimeTextTest, WritesLocalAndUtcTimes) {
  const base::TimeZone sydney = base::TimeZone::Load("Australia/Sydney").value();
  EXPECT_EQ(LocalDateTimeText(sydney, Utc("2027-03-28", 22, 0)), "2027-03-29T09:00");
  EXPECT_EQ(UtcText(Utc("2027-03-28", 22, 0, 7)), "2027-03-28T22:00:07Z");
  EXPECT_EQ(UtcText(Utc("1969-12-31", 23, 59, 59)), "1969-12-31T23:59:59Z");
}

}  // namespace
}  // namespace needlepoint::contract
