// Clinical safety through the API (issue 8, contract v2), on every backend: an intake belongs
// to its patient (the record's birth date, never someone else's; the Fitzpatrick type kept
// with who and when), dates that contradict each other are refused with nothing stored, a
// plan's lifecycle and its activation check hold, and only a provider may override a deferral
// — audited, shown on the plan, and refused for findings the protocol does not mark.
#include <gtest/gtest.h>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

class ClinicalSafety : public ServerTest {
 protected:
  ClinicalSafety() : ServerTest("clinical") {}

  // A consultation for `patient` with `intake` as `role`.
  HttpResult Consult(const std::string& role, base::PatientId patient, const json& intake) {
    return client().Send("POST", "/api/v1/consultations",
                         json{{"patient_id", patient.value()}, {"intake", intake}}.dump(),
                         Bearer(a_.tokens.at(role)));
  }
  int64_t ConsultationCount(base::PatientId patient) {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return static_cast<int64_t>(tx->consultations().ListForPatient(patient).value().size());
  }
  int64_t AuditCount(const std::string& action) {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return static_cast<int64_t>(tx->audit().List({.action = action, .limit = 10000})->size());
  }
  HttpResult PatchPlan(const std::string& role, int64_t plan, json body) {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    body["version"] = tx->plans().Get(base::PlanId(plan))->version;
    return client().Send("PATCH", "/api/v1/plans/" + std::to_string(plan), body.dump(),
                         Bearer(a_.tokens.at(role)));
  }
  // A plan for `patient` from `intake` (as the provider); its id.
  int64_t PlanFrom(base::PatientId patient, const json& intake) {
    const HttpResult consultation = Consult("provider", patient, intake);
    EXPECT_EQ(consultation.status, 201) << consultation.body;
    const HttpResult plan = client().Send(
        "POST", "/api/v1/plans", json{{"consultation_id", consultation.Json()["id"]}}.dump(),
        Bearer(a_.tokens.at("provider")));
    EXPECT_EQ(plan.status, 201) << plan.body;
    return plan.Json()["id"].get<int64_t>();
  }

  static json Intake(json extra = json::object()) {
    json intake = {{"assessed_on", "2026-11-20"},
                   {"planned_date", "2026-11-30"},
                   {"areas", {"cheeks"}},
                   {"concerns", {{{"code", "acne_scars"}, {"severity", 2}}}}};
    for (const auto& [key, value] : extra.items()) intake[key] = value;
    return intake;
  }
};

// Issue 8.1: a minor posted with an adult birth date once screened eligible.
TEST_P(ClinicalSafety, AnIntakeWithSomeoneElsesBirthDateIsRefusedAndNothingIsStored) {
  if (Stopped()) return;
  const base::PatientId patient = a_.seed.patient.id;  // born 1988-03-14
  const int64_t before = ConsultationCount(patient);
  const HttpResult refused =
      Consult("provider", patient,
              Intake({{"patient", {{"birth_date", "1970-01-01"}, {"fitzpatrick", 3}}}}));
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.Json()["errors"][0]["path"], "/intake/patient/birth_date");
  EXPECT_EQ(ConsultationCount(patient), before);

  // Omitted, the record's birth date is used; given and equal, it is accepted.
  const HttpResult from_record =
      Consult("provider", patient, Intake({{"patient", {{"fitzpatrick", 3}}}}));
  ASSERT_EQ(from_record.status, 201) << from_record.body;
  EXPECT_EQ(from_record.Json()["intake"]["patient"]["birth_date"], "1988-03-14");
  const HttpResult equal =
      Consult("provider", patient,
              Intake({{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}}}));
  EXPECT_EQ(equal.status, 201) << equal.body;
}

TEST_P(ClinicalSafety, AMinorIsScreenedWithTheRecordsAgeNotTheIntakes) {
  if (Stopped()) return;
  const HttpResult created =
      client().Send("POST", "/api/v1/patients",
                    R"({"given_name":"Teo","family_name":"Young","birth_date":"2010-05-02"})",
                    Bearer(a_.tokens.at("provider")));
  ASSERT_EQ(created.status, 201) << created.body;
  const base::PatientId teen(created.Json()["id"].get<int64_t>());
  const HttpResult consultation =
      Consult("provider", teen, Intake({{"patient", {{"fitzpatrick", 1}}}}));
  ASSERT_EQ(consultation.status, 201) << consultation.body;
  EXPECT_EQ(consultation.Json()["verdict"], "defer");
  EXPECT_EQ(consultation.Json()["earliest_date"], "2028-05-02");  // the 18th birthday
}

TEST_P(ClinicalSafety, DatesThatContradictEachOtherAre400WithTheirPathsAndNothingStored) {
  if (Stopped()) return;
  const base::PatientId patient = a_.seed.patient.id;
  const int64_t before = ConsultationCount(patient);
  struct Case {
    json extra;
    std::string path;
  };
  const std::vector<Case> cases = {
      {{{"planned_date", "2026-11-10"}}, "/intake/planned_date"},
      {{{"medications", {{{"code", "isotretinoin"}, {"last_dose", "2026-11-21"}}}}},
       "/intake/medications/0/last_dose"},
      {{{"procedures", {{{"code", "botox"}, {"date", "2026-11-25"}}}}},
       "/intake/procedures/0/date"},
      // The test server's clock stands at 2026-12-01: an assessment after it is in the future.
      {{{"assessed_on", "2026-12-02"}, {"planned_date", "2026-12-10"}}, "/intake/assessed_on"},
  };
  for (const Case& c : cases) {
    json intake = Intake({{"patient", {{"fitzpatrick", 3}}}});
    intake.update(c.extra);
    const HttpResult refused = Consult("provider", patient, intake);
    ASSERT_EQ(refused.status, 400) << c.path << ": " << refused.body;
    EXPECT_EQ(refused.Json()["errors"][0]["path"], c.path) << refused.body;
  }
  EXPECT_EQ(ConsultationCount(patient), before);
}

TEST_P(ClinicalSafety, AChangedSkinTypeIsShownKeptWithWhoAndWhenAndUpdatesTheRecord) {
  if (Stopped()) return;
  const base::PatientId patient = a_.seed.patient2.id;  // never assessed
  const HttpResult first =
      Consult("provider", patient, Intake({{"patient", {{"fitzpatrick", 2}}}}));
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.Json()["skin_type_change"]["fitzpatrick"], 2);
  EXPECT_TRUE(first.Json()["skin_type_change"]["previous"].is_null());

  // Omitted now: the record's type (2) is used, and nothing changes.
  const HttpResult same = Consult("owner", patient, Intake());
  ASSERT_EQ(same.status, 201) << same.body;
  EXPECT_EQ(same.Json()["intake"]["patient"]["fitzpatrick"], 2);
  EXPECT_FALSE(same.Json().contains("skin_type_change"));

  const HttpResult darker = Consult("owner", patient, Intake({{"patient", {{"fitzpatrick", 4}}}}));
  ASSERT_EQ(darker.status, 201) << darker.body;
  EXPECT_EQ(darker.Json()["skin_type_change"]["previous"], 2);
  EXPECT_EQ(darker.Json()["screening"]["findings"][0]["code"], "pih_risk");

  const HttpResult chart = client().Send("GET", "/api/v1/patients/" + patient.ToString(), "",
                                         Bearer(a_.tokens.at("front_desk"), false));
  EXPECT_EQ(chart.Json()["fitzpatrick"], 4);  // the chart shows the current type
  const HttpResult history =
      client().Send("GET", "/api/v1/patients/" + patient.ToString() + "/skin-types", "",
                    Bearer(a_.tokens.at("provider"), false));
  ASSERT_EQ(history.status, 200) << history.body;
  const json items = history.Json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["fitzpatrick"], 2);
  EXPECT_EQ(items[0]["assessed_by"], a_.seed.provider.id.value());
  EXPECT_EQ(items[1]["fitzpatrick"], 4);
  EXPECT_EQ(items[1]["previous"], 2);
  EXPECT_EQ(items[1]["assessed_by"], a_.seed.owner.id.value());
  EXPECT_EQ(items[1]["consultation_id"], darker.Json()["id"]);
  // Front desk sees the type on the chart, not the clinical history behind it.
  EXPECT_EQ(client()
                .Send("GET", "/api/v1/patients/" + patient.ToString() + "/skin-types", "",
                      Bearer(a_.tokens.at("front_desk"), false))
                .status,
            403);
}

TEST_P(ClinicalSafety, BrandNamesAreScreenedAndFreeTextIsShownAsNotScreened) {
  if (Stopped()) return;
  const HttpResult consultation = Consult("provider", a_.seed.patient.id,
                                          Intake({{"patient", {{"fitzpatrick", 3}}},
                                                  {"medications", {{{"code", "Eliquis"}}}},
                                                  {"other_medications", {"spironolactone"}}}));
  ASSERT_EQ(consultation.status, 201) << consultation.body;
  const json body = consultation.Json();
  EXPECT_EQ(body["intake"]["medications"][0]["code"], "anticoagulant");
  EXPECT_EQ(body["screening"]["findings"][0]["code"], "anticoagulant");
  EXPECT_EQ(body["screening"]["not_screened"]["medications"][0], "spironolactone");
  EXPECT_EQ(body["verdict"], "eligible_with_precautions");
}

TEST_P(ClinicalSafety, PlanStatusFollowsTheLifecycleAndClosedPlansStayClosed) {
  if (Stopped()) return;
  const int64_t plan = PlanFrom(a_.seed.patient.id, Intake({{"patient", {{"fitzpatrick", 3}}}}));
  EXPECT_EQ(PatchPlan("provider", plan, {{"status", "completed"}}).status, 422);
  const HttpResult active = PatchPlan("provider", plan, {{"status", "active"}});
  ASSERT_EQ(active.status, 200) << active.body;
  EXPECT_EQ(active.Json()["plan"]["status"], "active");
  EXPECT_EQ(PatchPlan("owner", plan, {{"status", "proposed"}}).status, 422);
  EXPECT_EQ(PatchPlan("owner", plan, {{"status", "cancelled"}}).status, 200);
  const HttpResult closed = PatchPlan("provider", plan, {{"status", "active"}});
  EXPECT_EQ(closed.status, 422);
  EXPECT_NE(closed.body.find("cancelled and can no longer be changed"), std::string::npos);
  // Front desk may read the schedule but not change the plan.
  EXPECT_EQ(PatchPlan("front_desk", plan, {{"status", "active"}}).status, 403);
}

TEST_P(ClinicalSafety, OnlyAProviderOverridesAnOverridableDeferralAndItIsAuditedAndShown) {
  if (Stopped()) return;
  const int64_t plan = PlanFrom(
      a_.seed.patient.id,
      Intake({{"patient", {{"fitzpatrick", 3}}},
              {"medications", {{{"code", "isotretinoin"}, {"last_dose", "2026-08-01"}}}}}));
  // The deferral runs to 2027-02-01; the first session waits for it.
  const HttpResult moved =
      PatchPlan("provider", plan, {{"schedule", {{{"session", 1}, {"date", "2026-12-07"}}}}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  const HttpResult blocked = PatchPlan("provider", plan, {{"status", "active"}});
  ASSERT_EQ(blocked.status, 422) << blocked.body;
  EXPECT_EQ(blocked.Json()["errors"][0]["path"], "/findings/isotretinoin");

  const json override_body = {
      {"overrides",
       {{{"finding", "isotretinoin"}, {"reason", "low-dose course, letter on file"}}}}};
  EXPECT_EQ(PatchPlan("owner", plan, override_body).status, 403);
  EXPECT_EQ(PatchPlan("front_desk", plan, override_body).status, 403);
  const int64_t updates_before = AuditCount("plan.update");
  const HttpResult overridden = PatchPlan("provider", plan, override_body);
  ASSERT_EQ(overridden.status, 200) << overridden.body;
  EXPECT_EQ(AuditCount("plan.update"), updates_before + 1);
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    const auto rows = tx->audit().List({.action = "plan.update", .limit = 10000}).value();
    EXPECT_EQ(rows.back().entry.detail, "override isotretinoin");  // never the reason's text
  }
  const json shown = overridden.Json()["plan"]["overrides"];
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0]["finding"], "isotretinoin");
  EXPECT_EQ(shown[0]["reason"], "low-dose course, letter on file");
  EXPECT_EQ(shown[0]["by"], a_.seed.provider.id.value());
  EXPECT_EQ(PatchPlan("provider", plan, {{"status", "active"}}).status, 200);

  // The portal does not show clinical overrides.
  const HttpResult portal = client().Send("GET", "/api/v1/plans/" + std::to_string(plan), "",
                                          Bearer(a_.tokens.at("patient"), false));
  ASSERT_EQ(portal.status, 200) << portal.body;
  EXPECT_FALSE(portal.Json().contains("overrides"));
  EXPECT_EQ(portal.Json()["timelines"].size(), portal.Json()["sessions"].get<size_t>());
}

TEST_P(ClinicalSafety, AFindingTheProtocolDoesNotMarkCannotBeOverridden) {
  if (Stopped()) return;
  const int64_t plan = PlanFrom(
      a_.seed.patient.id,
      Intake({{"patient", {{"fitzpatrick", 3}}},
              {"planned_date", "2026-11-20"},
              {"medications", {{{"code", "topical_retinoid"}, {"last_use", "2026-11-19"}}}}}));
  const HttpResult refused = PatchPlan(
      "provider", plan, {{"overrides", {{{"finding", "retinoid_or_acid"}, {"reason", "x"}}}}});
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.Json()["errors"][0]["path"], "/overrides/0/finding");
}

INSTANTIATE_TEST_SUITE_P(Backends, ClinicalSafety, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
