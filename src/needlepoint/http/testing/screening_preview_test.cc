// POST /api/v1/consultations/screen, the consultation form's dry run: it answers the screening
// a stored consultation would get (verdict, dated findings, actions, the protocol), refuses a
// bad intake with the same JSON pointers as POST /api/v1/consultations, answers another
// clinic's or a missing patient as not found, and stores nothing, on every backend.
#include <gtest/gtest.h>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

class ScreeningPreview : public ServerTest {
 protected:
  ScreeningPreview() : ServerTest("preview") {}

  json Intake(json extra = json::object()) const {
    json intake = {
        {"assessed_on", "2026-11-20"},
        {"patient", {{"birth_date", a_.seed.patient.birth_date.ToString()}, {"fitzpatrick", 3}}},
        {"areas", {"cheeks", "perioral"}},
        {"concerns", {{{"code", "acne_scars"}, {"severity", 2}}}}};
    intake.update(extra);
    return intake;
  }

  HttpResult Screen(const json& intake, int64_t patient, const std::string& role = "provider") {
    return client().Send("POST", "/api/v1/consultations/screen",
                         json{{"patient_id", patient}, {"intake", intake}}.dump(),
                         Bearer(a_.tokens.at(role)));
  }

  size_t Consultations() const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead);
    EXPECT_TRUE(tx.has_value());
    auto list = (*tx)->consultations().ListForPatient(a_.seed.patient.id);
    EXPECT_TRUE(list.has_value());
    return list ? list->size() : 0;
  }
};

TEST_P(ScreeningPreview, AnswersTheScreeningAndStoresNothing) {
  const size_t before = Consultations();
  const HttpResult deferred =
      Screen(Intake({{"medications", {{{"code", "isotretinoin"}, {"last_dose", "2026-08-20"}}}}}),
             a_.seed.patient.id.value());
  ASSERT_EQ(deferred.status, 200) << deferred.body;
  const json body = deferred.Json();
  EXPECT_EQ(body["verdict"], "defer");
  EXPECT_EQ(body["earliest_date"], "2027-02-20");
  EXPECT_EQ(body["patient_id"], a_.seed.patient.id.value());
  EXPECT_EQ(body["protocol"]["name"], "needlepoint-default");
  ASSERT_EQ(body["screening"]["findings"].size(), 1u) << body.dump();
  EXPECT_EQ(body["screening"]["findings"][0]["code"], "isotretinoin");
  EXPECT_EQ(body["screening"]["findings"][0]["until"], "2027-02-20");
  EXPECT_FALSE(body["screening"]["findings"][0]["evidence"].get<std::string>().empty());
  EXPECT_EQ(body["intake"]["planned_date"], "2026-11-20");  // defaults filled in

  const HttpResult precautions =
      Screen(Intake({{"history", {"herpes_history"}}}), a_.seed.patient.id.value(), "owner");
  ASSERT_EQ(precautions.status, 200) << precautions.body;
  EXPECT_EQ(precautions.Json()["verdict"], "eligible_with_precautions");
  EXPECT_EQ(precautions.Json()["screening"]["actions"], json({"antiviral_prophylaxis"}));

  EXPECT_EQ(Consultations(), before);
}

TEST_P(ScreeningPreview, RefusesABadIntakeWithTheFieldsPaths) {
  const size_t before = Consultations();
  json intake = Intake({{"medications", {{{"code", "isotretinion"}}}}});
  intake["patient"]["fitzpatrick"] = 7;
  const HttpResult result = Screen(intake, a_.seed.patient.id.value());
  ASSERT_EQ(result.status, 400) << result.body;
  const json body = result.Json();
  std::set<std::string> paths;
  for (const json& error : body["errors"]) paths.insert(error["path"]);
  EXPECT_EQ(paths,
            (std::set<std::string>{"/intake/medications/0/code", "/intake/patient/fitzpatrick"}));
  EXPECT_EQ(Consultations(), before);
}

TEST_P(ScreeningPreview, AnotherClinicsOrAMissingPatientIsNotFound) {
  auto other = SeedApiClinic(*server_, "preview-other");
  ASSERT_TRUE(other.has_value()) << other.error().ToString();
  EXPECT_EQ(Screen(Intake(), other->seed.patient.id.value()).status, 404);
  EXPECT_EQ(Screen(Intake(), 999999999).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScreeningPreview, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
