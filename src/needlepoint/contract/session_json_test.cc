// The session-day documents: check-in answers and charts are read strictly (each problem at
// its JSON pointer) and the stored forms read back to equal values.
#include "needlepoint/contract/session_json.h"

#include <gtest/gtest.h>

#include <set>

#include "needlepoint/contract/time_text.h"

namespace needlepoint::contract {
namespace {

using json = nlohmann::json;

const base::CivilDate kDay = *base::CivilDate::FromYmd(2026, 12, 4);

json Answers() {
  return json::parse(R"({
    "cold_sore": false, "sunburn": true, "sunburn_areas": ["cheeks"],
    "acne": false, "infection": false,
    "new_medications": [{"code": "fish_oil"}, {"code": "topical_retinoid", "last_use": "2026-12-01"}],
    "other_new_medications": ["herbal tea"],
    "new_procedures": [{"code": "botox", "date": "2026-11-25", "areas": ["forehead"]}],
    "pregnant": false,
    "prep": {"retinoids_acids_stopped": true, "retinoids_acids_last_use": "2026-11-27",
             "no_hair_removal": false,
             "hair_removal": {"code": "waxing", "date": "2026-12-01"},
             "sun_avoided": true}})");
}

std::set<std::string> Paths(const base::Status& status) {
  std::set<std::string> paths;
  for (const auto& problem : status.problems()) paths.insert(problem.path);
  return paths;
}

TEST(CheckInJson, ReadsEveryAnswerAndWritesItBack) {
  const base::Result<domain::CheckInAnswers> answers =
      ParseCheckInAnswers(Answers(), {.session_date = kDay});
  ASSERT_TRUE(answers.has_value()) << answers.error().ToString();
  EXPECT_TRUE(answers->sunburn.present);
  EXPECT_EQ(answers->sunburn.areas, domain::ZoneSet{domain::Zone::kCheeks});
  EXPECT_FALSE(answers->acne.present);
  ASSERT_EQ(answers->new_medications.size(), 2u);
  EXPECT_EQ(answers->new_medications[1].last_taken, base::CivilDate::FromYmd(2026, 12, 1));
  ASSERT_TRUE(answers->prep.hair_removal.has_value());
  EXPECT_EQ(answers->prep.hair_removal->code, domain::ProcedureCode::kWaxing);
  const base::Result<domain::CheckInAnswers> again = ParseCheckInAnswers(
      json::parse(CheckInAnswersToJson(*answers).dump()), {.session_date = kDay});
  ASSERT_TRUE(again.has_value()) << again.error().ToString();
  EXPECT_EQ(*again, *answers);
}

TEST(CheckInJson, EveryQuestionMustBeAnswered) {
  const base::Result<domain::CheckInAnswers> answers = ParseCheckInAnswers(
      json::parse(R"({"prep": {}})"), {.session_date = kDay, .path_prefix = "/answers"});
  ASSERT_FALSE(answers.has_value());
  EXPECT_EQ(Paths(answers.error()),
            (std::set<std::string>{"/answers/cold_sore", "/answers/sunburn", "/answers/acne",
                                   "/answers/infection", "/answers/pregnant",
                                   "/answers/prep/retinoids_acids_stopped",
                                   "/answers/prep/no_hair_removal", "/answers/prep/sun_avoided"}));
}

TEST(CheckInJson, InconsistentAndFutureAnswersAreRefused) {
  json document = Answers();
  document["acne_areas"] = {"chin"};                     // acne is false
  document["new_procedures"][0]["date"] = "2026-12-05";  // after the session's day
  document["new_medications"][0]["code"] = "fishoil";    // unknown code
  document["prep"]["no_hair_removal"] = true;            // but hair_removal is given
  document["prep"]["retinoids_acids_last_use"] = "2026-12-09";
  const base::Result<domain::CheckInAnswers> answers =
      ParseCheckInAnswers(document, {.session_date = kDay});
  ASSERT_FALSE(answers.has_value());
  EXPECT_EQ(
      Paths(answers.error()),
      (std::set<std::string>{"/acne_areas", "/new_procedures/0/date", "/new_medications/0/code",
                             "/prep/hair_removal", "/prep/retinoids_acids_last_use"}));
}

TEST(CheckInJson, HairRemovalMustBeHairRemoval) {
  json document = Answers();
  document["prep"]["hair_removal"]["code"] = "botox";
  const auto answers = ParseCheckInAnswers(document, {.session_date = kDay});
  ASSERT_FALSE(answers.has_value());
  EXPECT_EQ(Paths(answers.error()), std::set<std::string>{"/prep/hair_removal/code"});
  document["prep"].erase("hair_removal");
  EXPECT_EQ(Paths(ParseCheckInAnswers(document, {.session_date = kDay}).error()),
            std::set<std::string>{"/prep/hair_removal"});
}

json Chart() {
  return json::parse(R"({
    "device_id": 12, "pen_serial": "SP-A113",
    "anaesthetic": {"product": "lidocaine 4% cream", "lot": "LC-7",
                    "applied_at": "2026-12-04T09:00:00Z", "removed_at": "2026-12-04T09:35:00Z"},
    "zones": [{"zone": "cheeks", "depth_mm": 1.5, "passes": 3, "pattern": "cross_hatch"},
              {"zone": "forehead", "depth_mm": 0.5, "passes": 2, "pattern": "linear",
               "reason": "thin skin today"}],
    "products": [{"code": "hyaluronic_acid", "lot": "HA-2611", "name": "Hydra"},
                 {"code": "prp", "lot": "KIT-88"}],
    "end_point": "pinpoint_bleeding", "duration_minutes": 45, "notes": "tolerated well"})");
}

TEST(ChartJson, ReadsAChartAndWritesItBack) {
  const base::Result<domain::Chart> chart = ParseChart(Chart(), "/chart");
  ASSERT_TRUE(chart.has_value()) << chart.error().ToString();
  EXPECT_EQ(chart->device_id, base::ResourceId(12));
  ASSERT_EQ(chart->zones.size(), 2u);
  EXPECT_EQ(chart->zones[0].depth, domain::Depth::FromMm(1.5));
  EXPECT_EQ(chart->zones[1].reason, "thin skin today");
  ASSERT_TRUE(chart->anaesthetic.has_value());
  EXPECT_EQ(UtcText(chart->anaesthetic->removed_at), "2026-12-04T09:35:00Z");
  EXPECT_EQ(chart->end_point, domain::EndPoint::kPinpointBleeding);
  const base::Result<domain::Chart> again = ParseChart(json::parse(ChartToJson(*chart).dump()));
  ASSERT_TRUE(again.has_value()) << again.error().ToString();
  EXPECT_EQ(*again, *chart);
  EXPECT_TRUE(ParseChart(json::object()).has_value());  // an empty draft
  // An empty draft as written back (no pen serial yet) reads back as itself.
  const base::Result<domain::Chart> empty =
      ParseChart(json::parse(ChartToJson(domain::Chart{}).dump()));
  ASSERT_TRUE(empty.has_value()) << empty.error().ToString();
  EXPECT_EQ(*empty, domain::Chart{});
}

TEST(ChartJson, BadFieldsAreNamed) {
  json document = Chart();
  document["zones"][0]["depth_mm"] = -1;
  document["zones"][1]["pattern"] = "zigzag";
  document["products"][1]["lot"] = "";
  document["products"][0]["code"] = "botox";
  document["anaesthetic"]["applied_at"] = "09:00";
  document["end_point"] = "bleeding";
  document["colour"] = "red";
  const base::Result<domain::Chart> chart = ParseChart(document, "/chart");
  ASSERT_FALSE(chart.has_value());
  EXPECT_EQ(Paths(chart.error()),
            (std::set<std::string>{"/chart/zones/0/depth_mm", "/chart/zones/1/pattern",
                                   "/chart/products/1/lot", "/chart/products/0/code",
                                   "/chart/anaesthetic/applied_at", "/chart/end_point",
                                   "/chart/colour"}));
}

TEST(StoredJson, TriageSuspectsAndConfirmationsReadBack) {
  domain::Triage triage{domain::Urgency::kUrgent,
                        {{domain::Symptom::kPus, domain::Urgency::kUrgent, "call"},
                         {domain::Symptom::kRedness, domain::Urgency::kExpected, "normal"}},
                        2,
                        {"needlepoint-default", "2.0.0"}};
  EXPECT_EQ(ParseTriage(json::parse(TriageToJson(triage).dump())).value(), triage);
  const std::vector<domain::SuspectLot> suspects = {
      {domain::LotKind::kCartridge, base::CartridgeId(5), "09506000134352", "AB-1",
       std::string("S1"), std::nullopt},
      {domain::LotKind::kProduct, std::nullopt, "", "HA-1", std::nullopt,
       domain::ProductCode::kHyaluronicAcid}};
  EXPECT_EQ(ParseSuspects(json::parse(SuspectsToJson(suspects).dump())).value(), suspects);
  const std::vector<domain::ActionConfirmation> confirmations = {
      {domain::ActionCode::kAntiviralProphylaxis, base::UserId(3),
       base::Timestamp(std::chrono::microseconds(1234567)), "valaciclovir since Tuesday"}};
  EXPECT_EQ(ParseConfirmations(json::parse(ConfirmationsToJson(confirmations).dump())).value(),
            confirmations);
}

TEST(LotText, NoControlCharactersAndAtMost40Bytes) {
  EXPECT_TRUE(IsLotText("AB-123/7"));
  EXPECT_FALSE(IsLotText(""));
  EXPECT_FALSE(IsLotText("AB\n1"));
  EXPECT_FALSE(IsLotText(std::string(41, 'x')));
  EXPECT_TRUE(IsLotText(std::string(40, 'x')));
}

}  // namespace
}  // namespace needlepoint::contract
