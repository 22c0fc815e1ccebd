#include "needlepoint/schedule/spacing.h"

#include <gtest/gtest.h>

namespace needlepoint::schedule {
namespace {

base::CivilDate D(std::string_view text) { return base::CivilDate::Parse(text).value(); }

TEST(CheckSpacingTest, BothNeighboursAreChecked) {
  // Sessions on 1 March and 12 April, 28-42 days apart; the middle one moves.
  const SpacingCheck fine = CheckSpacing(D("2027-03-01"), D("2027-03-29"), D("2027-05-10"), 28, 42);
  EXPECT_EQ(fine.days_after_previous, 28);
  EXPECT_EQ(fine.days_before_next, 42);
  EXPECT_FALSE(fine.needs_override());
  EXPECT_FALSE(fine.warns());

  const SpacingCheck close =
      CheckSpacing(D("2027-03-01"), D("2027-03-28"), D("2027-05-10"), 28, 42);
  EXPECT_EQ(close.previous, Spacing::kTooClose);  // 27 days
  EXPECT_EQ(close.next, Spacing::kTooFar);        // 43 days
  EXPECT_TRUE(close.needs_override());
  EXPECT_TRUE(close.warns());

  const SpacingCheck late = CheckSpacing(D("2027-03-01"), D("2027-04-20"), D("2027-05-10"), 28, 42);
  EXPECT_EQ(late.previous, Spacing::kTooFar);  // 50 days
  EXPECT_EQ(late.next, Spacing::kTooClose);    // 20 days: the next session is now too close
  EXPECT_TRUE(late.needs_override());
}

TEST(CheckSpacingTest, FirstAndLastSessionsHaveOneNeighbour) {
  const SpacingCheck first = CheckSpacing(std::nullopt, D("2027-03-01"), D("2027-03-20"), 28, 42);
  EXPECT_EQ(first.days_after_previous, std::nullopt);
  EXPECT_EQ(first.previous, Spacing::kWithin);
  EXPECT_EQ(first.next, Spacing::kTooClose);
  const SpacingCheck last = CheckSpacing(D("2027-03-01"), D("2027-04-15"), std::nullopt, 28, 42);
  EXPECT_EQ(last.previous, Spacing::kTooFar);
  EXPECT_EQ(last.days_before_next, std::nullopt);
  EXPECT_FALSE(last.needs_override());
}

}  // namespace
}  // namespace needlepoint::schedule
