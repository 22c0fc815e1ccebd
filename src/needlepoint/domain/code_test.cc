#include "needlepoint/domain/code.h"

#include <gtest/gtest.h>

#include <set>

#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/depth.h"

namespace needlepoint::domain {
namespace {

template <typename E>
void ExpectNamesRoundTripAndAreUnique() {
  std::set<std::string_view> seen;
  for (E code : AllCodes<E>()) {
    std::string_view name = CodeName(code);
    EXPECT_FALSE(name.empty());
    EXPECT_TRUE(seen.insert(name).second) << "duplicate name " << name;
    EXPECT_EQ(ParseCode<E>(name), code) << name;
  }
}

TEST(CodeTest, EveryVocabularyRoundTrips) {
  ExpectNamesRoundTripAndAreUnique<Zone>();
  ExpectNamesRoundTripAndAreUnique<Concern>();
  ExpectNamesRoundTripAndAreUnique<ConcernSubtype>();
  ExpectNamesRoundTripAndAreUnique<HistoryCode>();
  ExpectNamesRoundTripAndAreUnique<ActiveCode>();
  ExpectNamesRoundTripAndAreUnique<MedicationCode>();
  ExpectNamesRoundTripAndAreUnique<ProcedureCode>();
  ExpectNamesRoundTripAndAreUnique<AllergyCode>();
  ExpectNamesRoundTripAndAreUnique<Level>();
  ExpectNamesRoundTripAndAreUnique<Verdict>();
  ExpectNamesRoundTripAndAreUnique<FindingCode>();
  ExpectNamesRoundTripAndAreUnique<ActionCode>();
  ExpectNamesRoundTripAndAreUnique<AlternativeCode>();
  ExpectNamesRoundTripAndAreUnique<AdjunctCode>();
  ExpectNamesRoundTripAndAreUnique<PrepCode>();
  ExpectNamesRoundTripAndAreUnique<AftercareCode>();
}

TEST(CodeTest, ActionsAreDeclaredAlphabetically) {
  // The contract reports actions sorted; CodeSet iterates in enum order.
  auto all = AllCodes<ActionCode>();
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(CodeName(all[i - 1]), CodeName(all[i]));
  auto alternatives = AllCodes<AlternativeCode>();
  for (size_t i = 1; i < alternatives.size(); ++i) {
    EXPECT_LT(CodeName(alternatives[i - 1]), CodeName(alternatives[i]));
  }
}

TEST(CodeTest, UnknownNamesAreRejectedWithTheNoun) {
  EXPECT_EQ(ParseCode<MedicationCode>("isotretinion"), std::nullopt);
  EXPECT_EQ(ParseCode<Zone>("Cheeks"), std::nullopt);
  EXPECT_EQ(UnknownCodeMessage<MedicationCode>("isotretinion"),
            "unknown medication 'isotretinion' (did you mean 'isotretinoin'?)");
  EXPECT_EQ(UnknownCodeMessage<Zone>("cheek"), "unknown zone 'cheek' (did you mean 'cheeks'?)");
  EXPECT_EQ(UnknownCodeMessage<Zone>("elbow"), "unknown zone 'elbow'");  // nothing close
}

TEST(CodeSetTest, IteratesInEnumOrderAndIntersects) {
  CodeSet<ActionCode> actions = {ActionCode::kStrictPhotoprotection,
                                 ActionCode::kAlternativeAnaesthesia};
  actions.Insert(ActionCode::kPhysicianClearance);
  actions.Insert(ActionCode::kPhysicianClearance);
  ASSERT_EQ(actions.size(), 3);
  EXPECT_EQ(actions.ToVector(), (std::vector<ActionCode>{ActionCode::kAlternativeAnaesthesia,
                                                         ActionCode::kPhysicianClearance,
                                                         ActionCode::kStrictPhotoprotection}));
  EXPECT_TRUE(kFaceZones.Contains(Zone::kJawline));
  EXPECT_FALSE(kFaceZones.Contains(Zone::kNeck));
  EXPECT_TRUE(kFaceZones.Intersects({Zone::kNeck, Zone::kChin}));
  EXPECT_FALSE(kFaceZones.Intersects({Zone::kNeck, Zone::kHands}));
  EXPECT_EQ(ZoneSet::All().size(), 16);
}

TEST(DepthTest, PrintsMillimetresExactly) {
  EXPECT_EQ(Depth::FromMm(1.5).ToString(), "1.5");
  EXPECT_EQ(Depth::FromMm(0.25).ToString(), "0.25");
  EXPECT_EQ(Depth::FromMm(2.0).ToString(), "2.0");
  EXPECT_EQ(Depth::FromMm(0.1).micrometres(), 100);
  EXPECT_EQ((Depth::FromMm(1.5) - Depth::FromMm(0.25)).ToString(), "1.25");
  EXPECT_EQ(Depth::FromMicrometres(-250).ToString(), "-0.25");
}

}  // namespace
}  // namespace needlepoint::domain
