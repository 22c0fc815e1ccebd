// The day-of gate: the check-in merged into the consultation's intake (dated on the session's
// day) and screened by the same engine; contraindications block for good, deferrals block
// until a provider overrides, precautions proceed with their actions, and a deferral the plan
// already set aside does not block again.
#include "needlepoint/protocol/day_of_gate.h"

#include <gtest/gtest.h>

#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/protocol/screen.h"

namespace needlepoint::protocol {
namespace {

using base::CivilDate;
using domain::ActiveCode;
using domain::CheckInAnswers;
using domain::FindingCode;
using domain::GateDecision;
using domain::MedicationCode;
using domain::Zone;

CivilDate D(int y, unsigned m, unsigned d) { return *CivilDate::FromYmd(y, m, d); }

const CivilDate kSessionDay = D(2026, 12, 4);

domain::Intake ConsultationIntake() {
  domain::Intake intake;
  intake.assessed_on = D(2026, 11, 1);
  intake.planned_date = D(2026, 11, 20);
  intake.birth_date = D(1988, 3, 14);
  intake.fitzpatrick = 2;
  intake.areas = {Zone::kCheeks, Zone::kForehead};
  intake.concerns = {{domain::Concern::kFineLines, std::nullopt, 2, intake.areas}};
  return intake;
}

domain::Screening ScreenOnTheDay(const domain::Intake& consultation,
                                 const CheckInAnswers& answers) {
  base::Result<domain::Intake> merged = MergeCheckIn(consultation, answers, kSessionDay);
  EXPECT_TRUE(merged.has_value()) << merged.error().ToString();
  return Screen(*DefaultProtocol(), *merged);
}

GateOutcome Gate(const domain::Screening& screening, const domain::TreatmentPlan& plan = {}) {
  return JudgeGate(*DefaultProtocol(), screening, plan);
}

TEST(DayOfGate, TheMergedIntakeIsDatedOnTheSessionDay) {
  const base::Result<domain::Intake> merged = MergeCheckIn(ConsultationIntake(), {}, kSessionDay);
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(merged->assessed_on, kSessionDay);
  EXPECT_EQ(merged->planned_date, kSessionDay);
  EXPECT_EQ(merged->areas, ConsultationIntake().areas);
  const domain::Screening screening = ScreenOnTheDay(ConsultationIntake(), {});
  EXPECT_EQ(screening.verdict, domain::Verdict::kEligible);
  const GateOutcome gate = Gate(screening);
  EXPECT_EQ(gate.decision, GateDecision::kProceed);
  EXPECT_TRUE(gate.blocking.empty());
}

TEST(DayOfGate, ANewColdSoreDefersAndMayBeOverridden) {
  CheckInAnswers answers;
  answers.cold_sore = true;
  const GateOutcome gate = Gate(ScreenOnTheDay(ConsultationIntake(), answers));
  EXPECT_EQ(gate.decision, GateDecision::kBlocked);
  EXPECT_TRUE(gate.overridable);
  ASSERT_EQ(gate.blocking.size(), 1u);
  EXPECT_EQ(gate.blocking[0].path, "/findings/active_cold_sore");
}

TEST(DayOfGate, SkinAnswersCountOnlyInTheTreatedArea) {
  CheckInAnswers elsewhere;
  elsewhere.acne = {true, domain::ZoneSet{Zone::kBack}};
  EXPECT_EQ(Gate(ScreenOnTheDay(ConsultationIntake(), elsewhere)).decision, GateDecision::kProceed);
  CheckInAnswers here;
  here.infection = {true, domain::ZoneSet{Zone::kCheeks}};
  here.sunburn = {true, std::nullopt};
  const GateOutcome gate = Gate(ScreenOnTheDay(ConsultationIntake(), here));
  EXPECT_EQ(gate.decision, GateDecision::kBlocked);
  EXPECT_EQ(gate.blocking.size(), 2u);
}

TEST(DayOfGate, TheDaysAnswersReplaceTheConsultationsSkinToday) {
  domain::Intake consultation = ConsultationIntake();
  consultation.active = {{ActiveCode::kAcne, domain::ZoneSet{Zone::kCheeks}},
                         {ActiveCode::kEczema, domain::ZoneSet{Zone::kCheeks}}};
  const base::Result<domain::Intake> merged = MergeCheckIn(consultation, {}, kSessionDay);
  ASSERT_TRUE(merged.has_value());
  // The acne the consultation saw has cleared by the day (the answer says no); the eczema flare,
  // which the day's questions do not ask about, still stands until a new consultation.
  ASSERT_EQ(merged->active.size(), 1u);
  EXPECT_EQ(merged->active[0].code, ActiveCode::kEczema);
}

TEST(DayOfGate, PregnancyDefers) {
  CheckInAnswers answers;
  answers.pregnant = true;
  const domain::Screening screening = ScreenOnTheDay(ConsultationIntake(), answers);
  EXPECT_EQ(screening.verdict, domain::Verdict::kDefer);
  EXPECT_NE(screening.Find(FindingCode::kPregnancy), nullptr);
}

TEST(DayOfGate, AContraindicationBlocksWithNoOverride) {
  domain::Intake consultation = ConsultationIntake();
  CheckInAnswers answers;
  answers.new_medications = {};
  consultation.active.push_back({ActiveCode::kSkinCancer, domain::ZoneSet{Zone::kCheeks}});
  answers.cold_sore = true;  // a deferral as well: the contraindication still wins
  const GateOutcome gate = Gate(ScreenOnTheDay(consultation, answers));
  EXPECT_EQ(gate.decision, GateDecision::kBlocked);
  EXPECT_FALSE(gate.overridable);
  EXPECT_EQ(gate.blocking.front().path, "/findings/skin_cancer");
}

TEST(DayOfGate, PrecautionsProceedWithTheirActions) {
  CheckInAnswers answers;
  answers.new_medications = {{MedicationCode::kFishOil, std::nullopt}};
  answers.prep.sun_avoided = false;
  const domain::Screening screening = ScreenOnTheDay(ConsultationIntake(), answers);
  EXPECT_EQ(screening.verdict, domain::Verdict::kEligibleWithPrecautions);
  const GateOutcome gate = Gate(screening);
  EXPECT_EQ(gate.decision, GateDecision::kProceed);
  EXPECT_TRUE(gate.required_actions.Contains(domain::ActionCode::kReviewBloodThinners));
  EXPECT_TRUE(gate.required_actions.Contains(domain::ActionCode::kStrictPhotoprotection));
}

TEST(DayOfGate, RetinoidsNotStoppedDefer) {
  CheckInAnswers answers;
  answers.prep.retinoids_acids_stopped = false;
  const domain::Screening screening = ScreenOnTheDay(ConsultationIntake(), answers);
  const domain::Finding* finding = screening.Find(FindingCode::kRetinoidOrAcid);
  ASSERT_NE(finding, nullptr);
  EXPECT_EQ(finding->level, domain::Level::kDefer);
}

TEST(DayOfGate, RetinoidsStoppedSixDaysAgoAreFineAndFourDaysAgoDefer) {
  domain::Intake consultation = ConsultationIntake();
  consultation.medications = {{MedicationCode::kTopicalRetinoid, std::nullopt}};  // ongoing then
  CheckInAnswers answers;
  // Stopped without a date: the consultation's ongoing use needs one.
  const base::Result<domain::Intake> undated = MergeCheckIn(consultation, answers, kSessionDay);
  ASSERT_FALSE(undated.has_value());
  EXPECT_EQ(undated.error().problems().at(0).path, "/prep/retinoids_acids_last_use");

  answers.prep.retinoids_acids_last_use = kSessionDay.AddDays(-6);
  EXPECT_EQ(ScreenOnTheDay(consultation, answers).Find(FindingCode::kRetinoidOrAcid), nullptr);
  answers.prep.retinoids_acids_last_use = kSessionDay.AddDays(-4);
  const domain::Screening screening = ScreenOnTheDay(consultation, answers);
  const domain::Finding* finding = screening.Find(FindingCode::kRetinoidOrAcid);
  ASSERT_NE(finding, nullptr);
  EXPECT_EQ(finding->until, kSessionDay.AddDays(1));  // last use + 5 days
}

TEST(DayOfGate, WaxingDuringThePrepDefersForAWeek) {
  CheckInAnswers answers;
  answers.prep.no_hair_removal = false;
  answers.prep.hair_removal = domain::ProcedureEntry{
      domain::ProcedureCode::kWaxing, kSessionDay.AddDays(-2), domain::ZoneSet{Zone::kForehead}};
  const domain::Screening screening = ScreenOnTheDay(ConsultationIntake(), answers);
  const domain::Finding* finding = screening.Find(FindingCode::kRecentHairRemoval);
  ASSERT_NE(finding, nullptr);
  EXPECT_EQ(finding->until, kSessionDay.AddDays(5));
}

TEST(DayOfGate, ADeferralThePlanSetAsideDoesNotBlockAgain) {
  domain::Intake consultation = ConsultationIntake();
  consultation.medications = {{MedicationCode::kIsotretinoin, D(2026, 9, 1)}};
  const domain::Screening screening = ScreenOnTheDay(consultation, {});
  ASSERT_NE(screening.Find(FindingCode::kIsotretinoin), nullptr);
  EXPECT_EQ(Gate(screening).decision, GateDecision::kBlocked);
  domain::TreatmentPlan plan;
  plan.overrides = {{FindingCode::kIsotretinoin, "Spring 2017: no need to delay", base::UserId(7),
                     base::Timestamp{}}};
  EXPECT_EQ(Gate(screening, plan).decision, GateDecision::kProceed);
}

}  // namespace
}  // namespace needlepoint::protocol
