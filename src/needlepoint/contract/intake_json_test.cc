#include "needlepoint/contract/intake_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace needlepoint::contract {
namespace {

using domain::Zone;
using testing::UnorderedElementsAreArray;

const base::CivilDate kToday = *base::CivilDate::FromYmd(2026, 11, 20);

constexpr std::string_view kFull = R"({
  "assessed_on": "2026-11-20",
  "planned_date": "2026-12-04",
  "patient": { "birth_date": "1988-03-14", "fitzpatrick": 3 },
  "areas": ["cheeks", "forehead"],
  "concerns": [
    { "code": "acne_scars", "subtype": "rolling", "severity": 3, "areas": ["cheeks"] },
    { "code": "fine_lines", "severity": 2 }
  ],
  "history": ["herpes_history"],
  "active": [ { "code": "acne", "areas": ["chin"] } ],
  "medications": [
    { "code": "isotretinoin", "last_dose": "2026-08-01" },
    { "code": "topical_retinoid", "last_use": "2026-11-18" },
    { "code": "anticoagulant" }
  ],
  "procedures": [ { "code": "filler", "date": "2026-11-10", "areas": ["perioral"] } ],
  "allergies": ["lidocaine", "penicillin"],
  "pregnant": false,
  "breastfeeding": false
})";

// "path: message" for each problem of parsing `text`.
std::vector<std::string> Problems(std::string_view text) {
  base::Result<domain::Intake> intake = ParseIntakeText(text, {.today = kToday});
  std::vector<std::string> out;
  if (intake) return out;
  for (const auto& problem : intake.error().problems()) {
    out.push_back(problem.path + ": " + problem.message);
  }
  return out;
}

// The minimal valid intake with `extra` members added to the top-level object.
std::string Minimal(std::string_view extra = "") {
  std::string text = R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": 3},
    "areas": ["cheeks"], "concerns": [{"code": "fine_lines", "severity": 2}])";
  if (!extra.empty()) text += ", " + std::string(extra);
  return text + "}";
}

TEST(IntakeJsonTest, ParsesTheContractExample) {
  base::Result<domain::Intake> intake = ParseIntakeText(kFull, {.today = kToday});
  ASSERT_TRUE(intake.has_value()) << intake.error().ToString();
  EXPECT_EQ(intake->planned_date.ToString(), "2026-12-04");
  EXPECT_EQ(intake->fitzpatrick, 3);
  EXPECT_EQ(intake->areas, (domain::ZoneSet{Zone::kCheeks, Zone::kForehead}));
  ASSERT_EQ(intake->concerns.size(), 2u);
  EXPECT_EQ(intake->concerns[0].areas, domain::ZoneSet{Zone::kCheeks});
  EXPECT_EQ(intake->concerns[1].areas, intake->areas);  // defaults to all areas
  EXPECT_EQ(intake->concerns[0].subtype, domain::ConcernSubtype::kRolling);
  ASSERT_EQ(intake->medications.size(), 3u);
  EXPECT_EQ(intake->medications[1].last_taken->ToString(), "2026-11-18");
  EXPECT_FALSE(intake->medications[2].last_taken.has_value());
  EXPECT_TRUE(intake->allergies.Contains(domain::AllergyCode::kLidocaine));
  EXPECT_EQ(intake->other_allergies, std::vector<std::string>{"penicillin"});
  EXPECT_FALSE(intake->active[0].areas->Contains(Zone::kCheeks));
}

TEST(IntakeJsonTest, DatesDefaultToTodayAndAssessment) {
  base::Result<domain::Intake> intake = ParseIntakeText(Minimal(), {.today = kToday});
  ASSERT_TRUE(intake.has_value()) << intake.error().ToString();
  EXPECT_EQ(intake->assessed_on, kToday);
  EXPECT_EQ(intake->planned_date, kToday);
  intake = ParseIntakeText(Minimal(R"("assessed_on": "2026-11-01")"), {.today = kToday});
  EXPECT_EQ(intake->planned_date.ToString(), "2026-11-01");
  intake = ParseIntakeText(Minimal(R"("planned_date": null, "pregnant": null)"), {.today = kToday});
  ASSERT_TRUE(intake.has_value()) << intake.error().ToString();
  EXPECT_EQ(intake->planned_date, kToday);
}

TEST(IntakeJsonTest, CanonicalJsonRoundTrips) {
  base::Result<domain::Intake> intake = ParseIntakeText(kFull, {.today = kToday});
  ASSERT_TRUE(intake.has_value());
  const nlohmann::json canonical = IntakeToJson(*intake);
  base::Result<domain::Intake> again = ParseIntake(canonical, {.today = kToday});
  ASSERT_TRUE(again.has_value()) << again.error().ToString();
  EXPECT_EQ(IntakeToJson(*again), canonical);
}

TEST(IntakeJsonTest, UnknownCodesAreNamedWithTheirPath) {
  EXPECT_THAT(
      Problems(Minimal(R"("medications": [{"code": "aspirin"}, {"code": "isotretinion"}])")),
      UnorderedElementsAreArray(
          {"/medications/1/code: unknown medication 'isotretinion' (did you mean "
           "'isotretinoin'?)"}));
  EXPECT_THAT(Problems(Minimal(R"("history": ["keloids"])")),
              UnorderedElementsAreArray({"/history/0: unknown history item 'keloids'"}));
  EXPECT_THAT(
      Problems(Minimal(R"("procedures": [{"code": "laser", "date": "2026-11-01"}])")),
      UnorderedElementsAreArray({"/procedures/0/code: unknown procedure 'laser' (did you mean "
                                 "'laser_nonablative' or 'laser_ablative'?)"}));
}

TEST(IntakeJsonTest, BadDatesAreRejected) {
  EXPECT_THAT(
      Problems(Minimal(R"("planned_date": "2026-02-30")")),
      UnorderedElementsAreArray({"/planned_date: '2026-02-30' is not a day of the calendar"}));
  EXPECT_THAT(Problems(Minimal(R"("assessed_on": "20/11/2026")")),
              UnorderedElementsAreArray(
                  {"/assessed_on: '20/11/2026' is not a date in the form YYYY-MM-DD"}));
  EXPECT_THAT(
      Problems(R"({"patient": {"birth_date": "2030-01-01", "fitzpatrick": 3},
      "areas": ["cheeks"], "concerns": [{"code": "dullness", "severity": 1}]})"),
      UnorderedElementsAreArray({"/patient/birth_date: is after the assessment date 2026-11-20"}));
  EXPECT_THAT(
      Problems(Minimal(R"("procedures": [{"code": "botox", "date": "1850-01-01"}])")),
      UnorderedElementsAreArray({"/procedures/0/date: 1850-01-01 is not a plausible date"}));
}

TEST(IntakeJsonTest, WrongTypesAndRangesAreRejected) {
  EXPECT_THAT(Problems(R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": "3"},
      "areas": "cheeks", "concerns": [{"code": "dullness", "severity": 2.5}], "pregnant": "no"})"),
              UnorderedElementsAreArray({
                  "/patient/fitzpatrick: must be a whole number, not a string",
                  "/areas: must be an array, not a string",
                  "/concerns/0/severity: must be a whole number, not a fractional number",
                  "/pregnant: must be true or false, not a string",
              }));
  EXPECT_THAT(Problems(R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": 7},
      "areas": ["cheeks"], "concerns": [{"code": "dullness", "severity": 0}]})"),
              UnorderedElementsAreArray({"/patient/fitzpatrick: must be between 1 and 6, not 7",
                                         "/concerns/0/severity: must be between 1 and 4, not 0"}));
}

TEST(IntakeJsonTest, EmptyMissingAndUnknownFieldsAreRejected) {
  EXPECT_THAT(
      Problems(R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": 3},
      "areas": [], "concerns": [], "notes": "x"})"),
      UnorderedElementsAreArray({"/areas: must not be empty", "/concerns: must not be empty",
                                 "/notes: unknown field 'notes'"}));
  EXPECT_THAT(Problems("{}"),
              UnorderedElementsAreArray(
                  {"/patient: is required", "/areas: is required", "/concerns: is required"}));
  EXPECT_THAT(Problems(R"({"patient": {"fitzpatrick": 3, "name": "Ann"},
      "areas": ["cheeks"], "concerns": [{"code": "dullness", "severity": 1}]})"),
              UnorderedElementsAreArray(
                  {"/patient/birth_date: is required", "/patient/name: unknown field 'name'"}));
  EXPECT_THAT(Problems("[]"), UnorderedElementsAreArray({"/: must be an object, not an array"}));
}

TEST(IntakeJsonTest, AreasMustBeConsistent) {
  EXPECT_THAT(Problems(R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": 3},
      "areas": ["cheeks", "cheeks"], "concerns": [{"code": "dullness", "severity": 1}]})"),
              UnorderedElementsAreArray({"/areas/1: 'cheeks' is listed twice"}));
  EXPECT_THAT(Problems(R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": 3},
      "areas": ["cheeks"], "concerns": [{"code": "dullness", "severity": 1, "areas": ["neck"]}]})"),
              UnorderedElementsAreArray({"/concerns/0/areas/0: 'neck' is not one of the areas to "
                                         "treat"}));
  EXPECT_THAT(Problems(R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": 3},
      "areas": ["cheeks"], "concerns": [{"code": "acne_scars", "subtype": "pih", "severity": 1}]})"),
              UnorderedElementsAreArray({"/concerns/0/subtype: 'pih' is not a subtype of "
                                         "acne_scars"}));
}

TEST(IntakeJsonTest, MedicationTakesOneLastDateKey) {
  EXPECT_THAT(Problems(Minimal(R"("medications": [{"code": "isotretinoin",
      "last_dose": "2026-01-01", "last_use": "2026-01-02"}])")),
              UnorderedElementsAreArray({"/medications/0/last_use: give last_dose or last_use, "
                                         "not both"}));
}

TEST(IntakeJsonTest, MalformedJsonIsOneProblemAtTheRoot) {
  EXPECT_THAT(Problems("{\"areas\": [\"cheeks\",]}"),
              testing::ElementsAre(testing::StartsWith("/: invalid JSON")));
}

TEST(IntakeJsonTest, JsonPointerEscapesKeys) {
  EXPECT_THAT(Problems(Minimal(R"("a/b~c": 1)")),
              UnorderedElementsAreArray({"/a~1b~0c: unknown field 'a/b~c'"}));
}

}  // namespace
}  // namespace needlepoint::contract
