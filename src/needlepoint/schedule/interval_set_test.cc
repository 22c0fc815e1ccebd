#include "needlepoint/schedule/interval_set.h"

#include <gtest/gtest.h>

#include "needlepoint/schedule/local_day.h"

namespace needlepoint::schedule {
namespace {

using std::chrono::minutes;

base::Timestamp At(int minute) { return base::Timestamp(minutes(minute)); }
Interval Span(int from, int to) { return {At(from), At(to)}; }

TEST(IntervalSetTest, MergesOverlappingAndTouchingIntervalsInAnyOrder) {
  const IntervalSet set({Span(50, 60), Span(10, 20), Span(20, 30), Span(15, 25), Span(70, 70)});
  EXPECT_EQ(set.intervals(), (std::vector<Interval>{Span(10, 30), Span(50, 60)}));
}

TEST(IntervalSetTest, TouchingIntervalsDoNotOverlap) {
  const IntervalSet set({Span(10, 20)});
  EXPECT_FALSE(set.Overlaps(At(0), At(10)));
  EXPECT_FALSE(set.Overlaps(At(20), At(30)));
  EXPECT_TRUE(set.Overlaps(At(19), At(21)));
  EXPECT_TRUE(set.Overlaps(At(0), At(11)));
  EXPECT_TRUE(set.Overlaps(At(12), At(13)));  // inside
  EXPECT_TRUE(set.Overlaps(At(0), At(40)));   // around
}

TEST(IntervalSetTest, BlockedUntilNamesTheEndOfTheFirstOverlap) {
  const IntervalSet set({Span(10, 20), Span(40, 50), Span(60, 90)});
  EXPECT_EQ(set.BlockedUntil(At(5), At(15)), At(20));
  EXPECT_EQ(set.BlockedUntil(At(15), At(45)), At(20));        // the first of two
  EXPECT_EQ(set.BlockedUntil(At(20), At(40)), std::nullopt);  // fits the gap exactly
  EXPECT_EQ(set.BlockedUntil(At(55), At(65)), At(90));
  EXPECT_EQ(set.BlockedUntil(At(90), At(1000)), std::nullopt);
  EXPECT_EQ(IntervalSet().BlockedUntil(At(0), At(1)), std::nullopt);
}

TEST(IntervalSetTest, AgreesWithABruteForceCheck) {
  std::vector<Interval> members;
  for (int i = 0; i < 200; ++i) {
    const int from = (i * 37) % 1000;
    members.push_back(Span(from, from + 1 + (i * 13) % 20));
  }
  const IntervalSet set(members);
  for (int start = 0; start < 1030; start += 3) {
    for (int length : {1, 5, 17}) {
      bool brute = false;
      for (const Interval& m : members) brute |= m.Overlaps(At(start), At(start + length));
      EXPECT_EQ(set.Overlaps(At(start), At(start + length)), brute) << start << "+" << length;
    }
  }
}

base::CivilDate D(std::string_view text) { return base::CivilDate::Parse(text).value(); }
base::Timestamp Utc(std::string_view date, int hour, int minute = 0) {
  return base::Timestamp(D(date).ToChrono() + std::chrono::hours(hour) + minutes(minute));
}

TEST(LocalDayTest, PlainDayIsAFixedOffset) {
  const base::TimeZone ny = base::TimeZone::Load("America/New_York").value();
  const LocalDay day(ny, D("2027-03-01"));
  EXPECT_EQ(day.weekday(), Weekday::kMon);
  EXPECT_EQ(day.Start(9 * 60), Utc("2027-03-01", 14));
  EXPECT_EQ(day.Bound(24 * 60), Utc("2027-03-02", 5));
}

TEST(LocalDayTest, SpringForwardSkipsStartsAndBoundsMoveToTheTransition) {
  const base::TimeZone ny = base::TimeZone::Load("America/New_York").value();
  const LocalDay day(ny, D("2027-03-14"));
  EXPECT_EQ(day.Start(1 * 60 + 45), Utc("2027-03-14", 6, 45));  // EST
  EXPECT_EQ(day.Start(2 * 60), std::nullopt);
  EXPECT_EQ(day.Start(2 * 60 + 45), std::nullopt);
  EXPECT_EQ(day.Start(3 * 60), Utc("2027-03-14", 7));  // EDT
  EXPECT_EQ(day.Bound(2 * 60 + 30), Utc("2027-03-14", 7));
  EXPECT_EQ(day.Start(9 * 60), Utc("2027-03-14", 13));
}

TEST(LocalDayTest, FallBackUsesTheFirstOccurrence) {
  const base::TimeZone berlin = base::TimeZone::Load("Europe/Berlin").value();
  const LocalDay day(berlin, D("2027-10-31"));
  EXPECT_EQ(day.Start(2 * 60 + 30), Utc("2027-10-31", 0, 30));  // CEST, not 01:30 UTC (CET)
  EXPECT_EQ(day.Start(3 * 60), Utc("2027-10-31", 2));           // CET
  EXPECT_EQ(day.Start(9 * 60), Utc("2027-10-31", 8));
}

}  // namespace
}  // namespace needlepoint::schedule
