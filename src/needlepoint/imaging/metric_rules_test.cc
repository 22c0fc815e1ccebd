#include "needlepoint/imaging/metric_rules.h"

#include <gtest/gtest.h>

namespace needlepoint::imaging {
namespace {

TEST(MetricRulesTest, ItaCategoriesFollowChardonsThresholds) {
  const std::pair<double, const char*> cases[] = {
      {60, "very_light"},   {55.01, "very_light"}, {55, "light"}, {43.1, "light"},
      {41, "intermediate"}, {30, "intermediate"},  {28, "tan"},   {10.5, "tan"},
      {10, "brown"},        {-26.6, "brown"},      {-30, "dark"}, {-45, "dark"}};
  for (const auto& [ita, category] : cases) EXPECT_EQ(ItaCategory(ita), category) << ita;
}

TEST(MetricRulesTest, MdcIsTheLargerOfTheFloorAndTheRelativeShare) {
  EXPECT_EQ(MinimalDetectableChange("spots.count", 5), 1.0);           // floor: one spot
  EXPECT_DOUBLE_EQ(*MinimalDetectableChange("spots.count", 50), 3.0);  // 6 %
  EXPECT_DOUBLE_EQ(*MinimalDetectableChange("redness.delta_a", 6), 0.5);
  EXPECT_DOUBLE_EQ(*MinimalDetectableChange("redness.delta_a", 20), 0.8);  // 4 %
  EXPECT_FALSE(MinimalDetectableChange("no.such.metric", 1));
}

}  // namespace
}  // namespace needlepoint::imaging
