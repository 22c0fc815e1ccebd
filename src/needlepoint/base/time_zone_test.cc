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

TEST(TimeZoneTest, ResolveTellsUniqueSkippedAndRepeatedTimes) {
  const TimeZone ny = TimeZone::Load("America/New_York").value();
  const TimeZone::Resolution plain = ny.Resolve(CivilDate::Parse("2027-03-13").value(), 150);
  EXPECT_EQ(plain.kind, TimeZone::Resolution::Kind::kUnique);
  EXPECT_EQ(plain.first, Utc("2027-03-13", 7, 30));  // EST, UTC-5
  // 2027-03-14 02:30 never happens: the clock jumps from 02:00 EST to 03:00 EDT (07:00 UTC).
  const TimeZone::Resolution gap = ny.Resolve(CivilDate::Parse("2027-03-14").value(), 150);
  EXPECT_EQ(gap.kind, TimeZone::Resolution::Kind::kSkipped);
  EXPECT_EQ(gap.first, Utc("2027-03-14", 7));
  // 2027-11-07 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
  const TimeZone::Resolution twice = ny.Resolve(CivilDate::Parse("2027-11-07").value(), 90);
  EXPECT_EQ(twice.kind, TimeZone::Resolution::Kind::kRepeated);
  EXPECT_EQ(twice.first, Utc("2027-11-07", 5, 30));
  EXPECT_EQ(twice.second, Utc("2027-11-07", 6, 30));
  // 24:00 is the next midnight.
  EXPECT_EQ(ny.Resolve(CivilDate::Parse("2027-03-13").value(), 1440).first, Utc("2027-03-14", 5));
}

TEST(TimeZoneTest, SouthernHemisphereGapAndRepeatedHour) {
  const TimeZone sydney = TimeZone::Load("Australia/Sydney").value();
  // 2027-10-03 02:00 AEST → 03:00 AEDT (16:00 UTC the day before).
  const TimeZone::Resolution gap = sydney.Resolve(CivilDate::Parse("2027-10-03").value(), 135);
  EXPECT_EQ(gap.kind, TimeZone::Resolution::Kind::kSkipped);
  EXPECT_EQ(gap.first, Utc("2027-10-02", 16));
  // 2027-04-04 03:00 AEDT → 02:00 AEST: 02:30 happens at 15:30 and 16:30 UTC on 3 April.
  const TimeZone::Resolution twice = sydney.Resolve(CivilDate::Parse("2027-04-04").value(), 150);
  EXPECT_EQ(twice.kind, TimeZone::Resolution::Kind::kRepeated);
  EXPECT_EQ(twice.first, Utc("2027-04-03", 15, 30));
  EXPECT_EQ(twice.second, Utc("2027-04-03", 16, 30));
}

TEST(TimeZoneTest, OffsetThroughoutIsEmptyOnTransitionDays) {
  const TimeZone berlin = TimeZone::Load("Europe/Berlin").value();
  EXPECT_EQ(berlin.OffsetThroughout(CivilDate::Parse("2027-03-27").value()), hours(1));
  EXPECT_EQ(berlin.OffsetThroughout(CivilDate::Parse("2027-03-28").value()), std::nullopt);
  EXPECT_EQ(berlin.OffsetThroughout(CivilDate::Parse("2027-03-29").value()), hours(2));
  EXPECT_EQ(berlin.OffsetThroughout(CivilDate::Parse("2027-10-31").value()), std::nullopt);
  EXPECT_EQ(TimeZone::Utc().OffsetThroughout(CivilDate::Parse("2027-10-31").value()), hours(0));
}

TEST(TimeZoneTest, TransitionsListsEachChangeOnce) {
  const TimeZone berlin = TimeZone::Load("Europe/Berlin").value();
  const std::vector<TimeZone::Transition> changes =
      berlin.Transitions(Utc("2027-01-01", 0), Utc("2028-01-01", 0));
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].at, Utc("2027-03-28", 1));
  EXPECT_EQ(changes[0].before, (TimeZone::Offset{hours(1), false, "CET"}));
  EXPECT_EQ(changes[0].after, (TimeZone::Offset{hours(2), true, "CEST"}));
  EXPECT_EQ(changes[1].at, Utc("2027-10-31", 1));
  EXPECT_EQ(changes[1].after.abbreviation, "CET");
  EXPECT_TRUE(TimeZone::Load("Asia/Tokyo")
                  .value()
                  .Transitions(Utc("2027-01-01", 0), Utc("2028-01-01", 0))
                  .empty());
  EXPECT_EQ(berlin.OffsetAt(Utc("2027-07-01", 0)).utc_offset, hours(2));
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
