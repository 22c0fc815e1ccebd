#include "needlepoint/base/time_zone.h"

#include <gtest/gtest.h>

namespace needlepoint::base {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

Timestamp Utc(std::string_view date, int hour, int minute = 0) {
  return Timestamp(CivilDate::Parse(date).value().ToChrono() + hours(hour) + minutes(minute));
}

TEST(TimeZoneTest, RejectsUnknownNames) {
  Result<TimeZone> zone = TimeZone::Load("Mars/Olympus_Mons");
  ASSERT_FALSE(zone.has_value());
  EXPECT_NE(zone.error().message().find("unknown time zone 'Mars/Olympus_Mons'"),
            std::string::npos);
}

TEST(TimeZoneTest, LocalDateFollowsTheZone) {
  const TimeZone la = TimeZone::Load("America/Los_Angeles").value();
  // 05:00 UTC on 20 Nov is 21:00 on 19 Nov in Los Angeles (UTC-8).
  EXPECT_EQ(la.LocalDate(Utc("2026-11-20", 5)).ToString(), "2026-11-19");
  EXPECT_EQ(la.LocalMinuteOfDay(Utc("2026-11-20", 5)), 21 * 60);
  const TimeZone tokyo = TimeZone::Load("Asia/Tokyo").value();
  EXPECT_EQ(tokyo.LocalDate(Utc("2026-11-20", 16)).ToString(), "2026-11-21");
}

TEST(TimeZoneTest, ToUtcRoundTripsOrdinaryTimes) {
  const TimeZone london = TimeZone::Load("Europe/London").value();
  const CivilDate day = CivilDate::Parse("2026-07-01").value();
  EXPECT_EQ(london.ToUtc(day, 9 * 60), Utc("2026-07-01", 8));  // BST, UTC+1
  EXPECT_EQ(london.LocalMinuteOfDay(london.ToUtc(day, 9 * 60 + 30)), 9 * 60 + 30);
}

TEST(TimeZoneTest, DaylightSavingGapMovesForward) {
  const TimeZone ny = TimeZone::Load("America/New_York").value();
  // 2026-03-08 02:30 does not exist in New York; it maps to 03:30 EDT = 07:30 UTC.
  EXPECT_EQ(ny.ToUtc(CivilDate::Parse("2026-03-08").value(), 2 * 60 + 30),
            Utc("2026-03-08", 7, 30));
}

TEST(TimeZoneTest, RepeatedHourUsesFirstOccurrence) {
  const TimeZone ny = TimeZone::Load("America/New_York").value();
  // 2026-11-01 01:30 happens twice; the first is EDT (UTC-4) = 05:30 UTC.
  EXPECT_EQ(ny.ToUtc(CivilDate::Parse("2026-11-01").value(), 90), Utc("2026-11-01", 5, 30));
}

TEST(ClockTest, FakeClockMovesOnlyWhenTold) {
  FakeClock clock(Utc("2026-11-20", 9));
  EXPECT_EQ(clock.Now(), Utc("2026-11-20", 9));
  clock.Advance(minutes(15));
  EXPECT_EQ(clock.Now(), Utc("2026-11-20", 9, 15));
  EXPECT_EQ(Today(clock, TimeZone::Utc()).ToString(), "2026-11-20");
}

}  // namespace
}  // namespace needlepoint::base
