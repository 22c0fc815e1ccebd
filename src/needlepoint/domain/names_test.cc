#include "needlepoint/domain/names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "needlepoint/domain/aliases.h"

namespace needlepoint::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(NamesTest, NormalFormIgnoresCaseSpacingHyphensAndUnderscores) {
  EXPECT_EQ(NormalizeName("  Retin-A "), "retin a");
  EXPECT_EQ(NormalizeName("topical_retinoid"), "topical retinoid");
  EXPECT_EQ(NormalizeName("Omega -- 3"), "omega 3");
  EXPECT_EQ(NormalizeName(" - _ "), "");
}

TEST(NamesTest, EditDistanceCountsTranspositionsOnceAndStopsAtTheCap) {
  EXPECT_EQ(EditDistance("isotretinion", "isotretinoin", 3), 1u);  // one transposition
  EXPECT_EQ(EditDistance("cheek", "cheeks", 3), 1u);
  EXPECT_EQ(EditDistance("kitten", "sitting", 5), 3u);
  EXPECT_EQ(EditDistance("a", "abcdefgh", 2), 3u);  // capped: cap + 1
  EXPECT_EQ(EditDistance("", "", 1), 0u);
}

TEST(NamesTest, SuggestionsAreTheCloseNamesClosestFirstThenPrefixes) {
  const std::vector<std::string_view> names = {"laser_ablative", "laser_nonablative", "cheeks",
                                               "chin", "forehead"};
  EXPECT_THAT(Suggestions("cheek", names), ElementsAre("cheeks"));
  EXPECT_THAT(Suggestions("laser", names), ElementsAre("laser_ablative", "laser_nonablative"));
  EXPECT_THAT(Suggestions("elbow", names), IsEmpty());
  EXPECT_THAT(Suggestions("", names), IsEmpty());
  EXPECT_EQ(DidYouMean({"a", "b", "c"}), " (did you mean 'a', 'b' or 'c'?)");
  EXPECT_EQ(DidYouMean({}), "");
}

TEST(AliasesTest, AliasesResolveLooselyAndNeverShadowACode) {
  AliasTable<MedicationCode> table;
  EXPECT_TRUE(table.Add("Accutane", MedicationCode::kIsotretinoin));
  EXPECT_TRUE(table.Add("accutane", MedicationCode::kIsotretinoin));    // the same name again
  EXPECT_FALSE(table.Add("ACCUTANE", MedicationCode::kAspirin));        // names another code
  EXPECT_FALSE(table.Add("Topical-Retinoid", MedicationCode::kNsaid));  // is a wire name
  EXPECT_FALSE(table.Add(" - ", MedicationCode::kNsaid));               // empty in normal form
  EXPECT_EQ(table.Resolve("ACCUTANE"), MedicationCode::kIsotretinoin);
  EXPECT_EQ(table.Resolve("Isotretinoin"), MedicationCode::kIsotretinoin);
  EXPECT_EQ(table.Resolve("fish oil"), MedicationCode::kFishOil);
  EXPECT_EQ(table.Resolve("acutane"), std::nullopt);
  EXPECT_EQ(UnknownCodeMessage("acutane", table),
            "unknown medication 'acutane' (did you mean 'Accutane'?)");
  EXPECT_THAT(table.AliasesOf(MedicationCode::kIsotretinoin), ElementsAre("Accutane"));
}

}  // namespace
}  // namespace needlepoint::domain
