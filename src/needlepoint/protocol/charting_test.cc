// Chart rules: the hard maximum refuses whatever the reason, a depth outside the plan's range
// needs a reason, short numbing warns, and a chart being signed must be complete.
#include "needlepoint/protocol/charting.h"

#include <gtest/gtest.h>

#include <set>

#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::protocol {
namespace {

using domain::Depth;
using domain::Zone;

domain::TreatmentPlan PlanWithCheeks() {
  domain::TreatmentPlan plan;
  const domain::DepthRange range{Depth::FromMm(1.0), Depth::FromMm(1.5)};
  plan.zones = {{Zone::kCheeks, range, range, ""}};
  return plan;
}

domain::Chart ChartAt(Zone zone, double mm, std::string reason = "") {
  domain::Chart chart;
  chart.zones = {{zone, Depth::FromMm(mm), 2, domain::NeedlingPattern::kCrossHatch, reason}};
  return chart;
}

base::Result<ChartCheck> Check(const domain::Chart& chart, ChartStage stage = ChartStage::kDraft) {
  return CheckChart(*DefaultProtocol(), PlanWithCheeks(), chart, stage);
}

TEST(Charting, InsideThePlansRangeIsFine) {
  const base::Result<ChartCheck> check = Check(ChartAt(Zone::kCheeks, 1.25));
  ASSERT_TRUE(check.has_value()) << check.error().ToString();
  EXPECT_TRUE(check->warnings.empty());
  EXPECT_TRUE(Check(ChartAt(Zone::kCheeks, 1.0)).has_value());
  EXPECT_TRUE(Check(ChartAt(Zone::kCheeks, 1.5)).has_value());
}

TEST(Charting, OutsideThePlansRangeNeedsAReason) {
  const base::Result<ChartCheck> bare = Check(ChartAt(Zone::kCheeks, 1.75));
  ASSERT_FALSE(bare.has_value());
  EXPECT_EQ(bare.error().problems().at(0).path, "/chart/zones/0/reason");
  const base::Result<ChartCheck> reasoned =
      Check(ChartAt(Zone::kCheeks, 1.75, "boxcar scars respond poorly at 1.5"));
  ASSERT_TRUE(reasoned.has_value());
  EXPECT_EQ(reasoned->warnings.size(), 1u);
  // Shallower than planned needs one too.
  EXPECT_FALSE(Check(ChartAt(Zone::kCheeks, 0.75)).has_value());
}

TEST(Charting, AZoneTheplanDoesNotTreatNeedsAReason) {
  EXPECT_FALSE(Check(ChartAt(Zone::kChin, 1.0)).has_value());
  EXPECT_TRUE(Check(ChartAt(Zone::kChin, 1.0, "patient asked, same concern")).has_value());
}

TEST(Charting, AboveTheHardMaximumIsRefusedWhateverTheReason) {
  // Cheeks: hard maximum 2.0 mm; forehead 1.0 mm (contract §3).
  for (const auto& [zone, mm] : {std::pair{Zone::kCheeks, 2.25}, std::pair{Zone::kForehead, 1.25},
                                 std::pair{Zone::kPeriorbital, 0.75}}) {
    const base::Result<ChartCheck> check = Check(ChartAt(zone, mm, "the provider insists"));
    ASSERT_FALSE(check.has_value()) << domain::CodeName(zone);
    EXPECT_EQ(check.error().problems().at(0).path, "/chart/zones/0/depth_mm");
    EXPECT_NE(check.error().problems().at(0).message.find("hard maximum"), std::string::npos);
  }
  EXPECT_TRUE(Check(ChartAt(Zone::kCheeks, 2.0, "deepest allowed")).has_value());
}

TEST(Charting, ShortNumbingWarnsAndBackwardsNumbingIsAnError) {
  domain::Chart chart = ChartAt(Zone::kCheeks, 1.25);
  const base::Timestamp applied{std::chrono::hours(1000)};
  chart.anaesthetic =
      domain::Anaesthetic{"lidocaine 4%", "L1", applied, applied + std::chrono::minutes(19)};
  base::Result<ChartCheck> check = Check(chart);
  ASSERT_TRUE(check.has_value());
  ASSERT_EQ(check->warnings.size(), 1u);
  EXPECT_NE(check->warnings[0].find("19 minutes"), std::string::npos);
  chart.anaesthetic->removed_at = applied + std::chrono::minutes(20);
  EXPECT_TRUE(Check(chart)->warnings.empty());
  chart.anaesthetic->removed_at = applied - std::chrono::minutes(1);
  check = Check(chart);
  ASSERT_FALSE(check.has_value());
  EXPECT_EQ(check.error().problems().at(0).path, "/chart/anaesthetic/removed_at");
}

TEST(Charting, SigningNeedsACompleteChart) {
  const base::Result<ChartCheck> check = Check(domain::Chart{}, ChartStage::kSigned);
  ASSERT_FALSE(check.has_value());
  std::set<std::string> paths;
  for (const auto& problem : check.error().problems()) paths.insert(problem.path);
  EXPECT_EQ(paths, (std::set<std::string>{"/chart/device_id", "/chart/pen_serial", "/chart/zones",
                                          "/chart/end_point", "/chart/duration_minutes"}));
  EXPECT_TRUE(Check(domain::Chart{}, ChartStage::kDraft).has_value());
}

TEST(Charting, AZoneChartedTwiceIsAnError) {
  domain::Chart chart = ChartAt(Zone::kCheeks, 1.25);
  chart.zones.push_back(chart.zones[0]);
  const base::Result<ChartCheck> check = Check(chart);
  ASSERT_FALSE(check.has_value());
  EXPECT_EQ(check.error().problems().at(0).path, "/chart/zones/1/zone");
}

}  // namespace
}  // namespace needlepoint::protocol
