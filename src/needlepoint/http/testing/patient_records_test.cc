// Patient records through the API on every backend: names trimmed and never blank; a likely
// duplicate refused with its candidates (who they are, nothing clinical) unless confirmed;
// merging a duplicate into the real record loses nothing — consultations, plans, appointments
// and the portal account follow, the duplicate is kept, its audit history is found through
// the real record and the audit chain still verifies; an archived record is hidden from
// search but still read by id and found by the owner.
#include <gtest/gtest.h>

#include "needlepoint/app/administration.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

class PatientRecords : public ServerTest {
 protected:
  PatientRecords() : ServerTest("records") {}

  HttpResult As(const std::string& role, const std::string& method, const std::string& path,
                const std::string& body = "") const {
    return client().Send(method, path, body, Bearer(a_.tokens.at(role), !body.empty()));
  }
  HttpResult Register(const json& patient, const std::string& role = "front_desk") const {
    return As(role, "POST", "/api/v1/patients", patient.dump());
  }
  int64_t Version(base::PatientId id) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->patients().Get(id).value().version;
  }
  std::vector<domain::AuditRecord> AuditRows() const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->audit().List({.after_seq = 0, .limit = 100000}).value();
  }
  // The owner's audit search for `patient` (one page: each search is itself audited under
  // the patient, so paging on would never end).
  std::vector<json> AuditOf(base::PatientId patient) const {
    const HttpResult page =
        As("owner", "GET", "/api/v1/audit?patient_id=" + patient.ToString() + "&limit=1000");
    EXPECT_EQ(page.status, 200) << page.body;
    if (page.status != 200) return {};
    EXPECT_LT(page.Json()["items"].size(), 1000u);
    return page.Json()["items"].get<std::vector<json>>();
  }
  int64_t Found(const std::string& query, const std::string& role = "front_desk") const {
    const HttpResult result =
        As(role, "POST", "/api/v1/patients/search", json{{"q", query}, {"limit", 50}}.dump());
    EXPECT_EQ(result.status, 200) << result.body;
    return result.status == 200 ? result.Json()["total"].get<int64_t>() : -1;
  }
  storage::ChainReport Verify() const {
    auto reports = app::VerifyAuditChains(server_->db(), storage::testing::TestAuditKey()).value();
    for (const app::ClinicChainReport& report : reports) {
      if (report.clinic == a_.seed.clinic.id) return report.report;
    }
    ADD_FAILURE() << "no chain report";
    return {};
  }
};

TEST_P(PatientRecords, NamesAreTrimmedAndNeverBlank) {
  const HttpResult created = Register(
      {{"given_name", "  Mary\t"}, {"family_name", " Seacole  "}, {"birth_date", "1970-01-01"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Json()["given_name"], "Mary");
  EXPECT_EQ(created.Json()["family_name"], "Seacole");
  const int64_t before = Found("");
  const HttpResult blank =
      Register({{"given_name", "   "}, {"family_name", "\t"}, {"birth_date", "1970-01-01"}});
  ASSERT_EQ(blank.status, 400) << blank.body;
  ASSERT_EQ(blank.Json()["errors"].size(), 2u);
  EXPECT_EQ(blank.Json()["errors"][0]["path"], "/given_name");
  EXPECT_EQ(blank.Json()["errors"][1]["path"], "/family_name");
  EXPECT_EQ(Found(""), before) << "nothing stored";
  const std::string path = "/api/v1/patients/" + a_.seed.patient.id.ToString();
  const HttpResult patch =
      As("front_desk", "PATCH", path,
         json{{"version", Version(a_.seed.patient.id)}, {"family_name", "  "}}.dump());
  EXPECT_EQ(patch.status, 400) << patch.body;
  EXPECT_EQ(patch.Json()["errors"][0]["path"], "/family_name");
  const HttpResult trimmed =
      As("front_desk", "PATCH", path,
         json{{"version", Version(a_.seed.patient.id)}, {"given_name", " Augusta Ada "}}.dump());
  ASSERT_EQ(trimmed.status, 200) << trimmed.body;
  EXPECT_EQ(trimmed.Json()["given_name"], "Augusta Ada");
}

TEST_P(PatientRecords, ALikelyDuplicateIsRefusedWithItsCandidatesAndNothingClinical) {
  // Ada Lovelace, 1988-03-14, ada@example.test is seeded; give her a skin type.
  ASSERT_EQ(As("provider", "PATCH", "/api/v1/patients/" + a_.seed.patient.id.ToString(),
               json{{"version", Version(a_.seed.patient.id)}, {"fitzpatrick", 4}}.dump())
                .status,
            200);
  const int64_t before = Found("");
  const HttpResult same = Register(
      {{"given_name", "ADA"}, {"family_name", "  lovelace"}, {"birth_date", "1988-03-14"}});
  ASSERT_EQ(same.status, 409) << same.body;
  const json problem = same.Json();
  ASSERT_TRUE(problem.contains("candidates")) << same.body;
  ASSERT_EQ(problem["candidates"].size(), 1u);
  const json& candidate = problem["candidates"][0];
  EXPECT_EQ(candidate["id"], a_.seed.patient.id.value());
  EXPECT_EQ(candidate["given_name"], "Ada");
  EXPECT_EQ(candidate["family_name"], "Lovelace");
  EXPECT_EQ(candidate["birth_date"], "1988-03-14");
  for (const char* hidden :
       {"fitzpatrick", "phone", "+44", "ada@example", "consultation", "plan"}) {
    EXPECT_EQ(same.body.find(hidden), std::string::npos) << hidden << " in " << same.body;
  }
  // The same e-mail under another name is a likely duplicate too.
  const HttpResult email = Register({{"given_name", "Augusta"},
                                     {"family_name", "King"},
                                     {"birth_date", "1990-01-01"},
                                     {"email", "ADA@example.test"}});
  EXPECT_EQ(email.status, 409) << email.body;
  EXPECT_EQ(Found(""), before) << "nothing was created";
  // The refusal showed who the candidate is: one audit row naming them.
  int rows = 0;
  for (const domain::AuditRecord& row : AuditRows()) {
    if (row.entry.request_id != same.Header("x-request-id")) continue;
    ++rows;
    EXPECT_EQ(row.entry.action, "patient.create");
    EXPECT_EQ(row.entry.outcome, domain::AuditOutcome::kFailed);
    EXPECT_EQ(row.entry.patient_id, a_.seed.patient.id);
    EXPECT_NE(row.entry.detail.find(a_.seed.patient.id.ToString()), std::string::npos);
  }
  EXPECT_EQ(rows, 1);
  // A different person with the same name and birth date is registered when confirmed.
  const HttpResult confirmed = Register({{"given_name", "Ada"},
                                         {"family_name", "Lovelace"},
                                         {"birth_date", "1988-03-14"},
                                         {"confirm_duplicate", true}});
  ASSERT_EQ(confirmed.status, 201) << confirmed.body;
  EXPECT_EQ(Found(""), before + 1);
  // A different birth date is no duplicate at all.
  EXPECT_EQ(
      Register({{"given_name", "Ada"}, {"family_name", "Lovelace"}, {"birth_date", "1988-03-15"}})
          .status,
      201);
}

TEST_P(PatientRecords, AMergeLosesNothingAndTheAuditFollowsTheMergedRecord) {
  const base::PatientId real = a_.seed.patient2.id;  // Grace Hopper, no portal account yet
  const HttpResult created = Register({{"given_name", "Grace"},
                                       {"family_name", "Hopper"},
                                       {"birth_date", "1988-03-14"},
                                       {"phone", "+1 555 0100"},
                                       {"confirm_duplicate", true}});
  ASSERT_EQ(created.status, 201) << created.body;
  const base::PatientId duplicate(created.Json()["id"].get<int64_t>());
  const std::string dup = "/api/v1/patients/" + duplicate.ToString();
  // The duplicate gathers a history: a consultation, a plan, an appointment, a portal account
  // and reads.
  const HttpResult consultation =
      As("provider", "POST", "/api/v1/consultations",
         json{{"patient_id", duplicate.value()},
              {"intake",
               {{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 2}}},
                {"areas", {"cheeks"}},
                {"concerns", {{{"code", "texture"}, {"severity", 2}}}}}}}
             .dump());
  ASSERT_EQ(consultation.status, 201) << consultation.body;
  const HttpResult plan = As("provider", "POST", "/api/v1/plans",
                             json{{"consultation_id", consultation.Json()["id"]}}.dump());
  ASSERT_EQ(plan.status, 201) << plan.body;
  domain::Appointment appointment;
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kWrite).value();
    appointment.patient_id = duplicate;
    appointment.provider_id = a_.seed.provider.id;
    appointment.start = storage::testing::At(24 * 60);
    appointment.end = storage::testing::At(25 * 60);
    appointment = tx->appointments().Create(appointment).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  const HttpResult portal = As("provider", "POST", dup + "/portal-account",
                               json{{"email", "grace.portal@example.test"}}.dump());
  ASSERT_EQ(portal.status, 201) << portal.body;
  ASSERT_EQ(As("front_desk", "GET", dup).status, 200);
  const size_t duplicate_history = AuditOf(duplicate).size();
  ASSERT_GE(duplicate_history, 5u);  // create, consultation, plan, portal, read
  const size_t real_history = AuditOf(real).size();
  const std::vector<domain::AuditRecord> before = AuditRows();

  // The front desk may not merge; nor may a record be merged into itself.
  const std::string merge = "/api/v1/patients/" + real.ToString() + "/merge";
  EXPECT_EQ(
      As("front_desk", "POST", merge, json{{"duplicate_id", duplicate.value()}}.dump()).status,
      403);
  const HttpResult self =
      As("provider", "POST", merge, json{{"duplicate_id", real.value()}}.dump());
  EXPECT_EQ(self.status, 400) << self.body;
  EXPECT_EQ(self.Json()["errors"][0]["path"], "/duplicate_id");

  const HttpResult merged =
      As("provider", "POST", merge, json{{"duplicate_id", duplicate.value()}}.dump());
  ASSERT_EQ(merged.status, 200) << merged.body;
  EXPECT_EQ(merged.Json()["moved"]["consultations"], 1);
  EXPECT_EQ(merged.Json()["moved"]["plans"], 1);
  EXPECT_EQ(merged.Json()["moved"]["appointments"], 1);
  EXPECT_TRUE(merged.Json()["moved"]["portal_account"].get<bool>());
  EXPECT_EQ(merged.Json()["duplicate"]["merged_into"], real.value());

  // Everything follows.
  const std::string real_path = "/api/v1/patients/" + real.ToString();
  const HttpResult consultations = As("provider", "GET", real_path + "/consultations");
  ASSERT_EQ(consultations.Json()["items"].size(), 1u);
  EXPECT_EQ(consultations.Json()["items"][0]["id"], consultation.Json()["id"]);
  const HttpResult plans = As("provider", "GET", real_path + "/plans");
  ASSERT_EQ(plans.Json()["items"].size(), 1u);
  EXPECT_EQ(plans.Json()["items"][0]["id"], plan.Json()["id"]);
  EXPECT_TRUE(As("provider", "GET", dup + "/plans").Json()["items"].empty());
  // The Fitzpatrick type the duplicate's consultation assessed follows too.
  const HttpResult skin_types = As("provider", "GET", real_path + "/skin-types");
  ASSERT_EQ(skin_types.Json()["items"].size(), 1u) << skin_types.body;
  EXPECT_EQ(skin_types.Json()["items"][0]["consultation_id"], consultation.Json()["id"]);
  EXPECT_TRUE(As("provider", "GET", dup + "/skin-types").Json()["items"].empty());
  // A merged record takes no new consultation: it belongs on the real record.
  EXPECT_EQ(As("provider", "POST", "/api/v1/consultations",
               json{{"patient_id", duplicate.value()},
                    {"intake",
                     {{"patient", {{"fitzpatrick", 2}}},
                      {"areas", {"cheeks"}},
                      {"concerns", {{{"code", "texture"}, {"severity", 2}}}}}}}
                   .dump())
                .status,
            422);
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    EXPECT_EQ(tx->appointments().Get(appointment.id).value().patient_id, real);
    EXPECT_EQ(tx->users().FindPortalAccount(real).value().email, "grace.portal@example.test");
  }
  // The duplicate is kept, read by id, hidden from search, and cannot be changed or merged
  // again.
  const HttpResult kept = As("front_desk", "GET", dup);
  ASSERT_EQ(kept.status, 200);
  EXPECT_EQ(kept.Json()["merged_into"], real.value());
  EXPECT_EQ(kept.Json()["phone"], "+1 555 0100");
  EXPECT_EQ(Found("hopper"), 1);
  EXPECT_EQ(
      As("front_desk", "PATCH", dup, json{{"version", Version(duplicate)}, {"phone", "1"}}.dump())
          .status,
      422);
  EXPECT_EQ(As("provider", "POST", merge, json{{"duplicate_id", duplicate.value()}}.dump()).status,
            422);

  // Nothing of the audit log was rewritten; the real record's history now includes the
  // duplicate's, and the chain verifies.
  const std::vector<domain::AuditRecord> after = AuditRows();
  ASSERT_GT(after.size(), before.size());
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(after[i].hash, before[i].hash) << "row " << before[i].seq << " changed";
    EXPECT_EQ(after[i].entry.patient_id, before[i].entry.patient_id);
  }
  const std::vector<json> history = AuditOf(real);
  size_t of_duplicate = 0;
  bool merge_row = false;
  for (const json& row : history) {
    if (row["patient_id"] == duplicate.value()) ++of_duplicate;
    merge_row = merge_row || row["action"] == "patient.merge";
  }
  EXPECT_EQ(of_duplicate, AuditOf(duplicate).size());
  EXPECT_GE(of_duplicate, duplicate_history);
  EXPECT_TRUE(merge_row);
  EXPECT_GE(history.size(), real_history + duplicate_history + 1);
  const storage::ChainReport chain = Verify();
  EXPECT_TRUE(chain.ok) << chain.problem;
}

TEST_P(PatientRecords, WhenBothRecordsHaveAPortalAccountTheDuplicatesIsRevoked) {
  const base::PatientId real = a_.seed.patient.id;  // has the seeded portal account
  const HttpResult created = Register({{"given_name", "Ada"},
                                       {"family_name", "Lovelace"},
                                       {"birth_date", "1988-03-14"},
                                       {"confirm_duplicate", true}});
  ASSERT_EQ(created.status, 201);
  const int64_t duplicate = created.Json()["id"];
  const HttpResult invited =
      As("owner", "POST", "/api/v1/patients/" + std::to_string(duplicate) + "/portal-account",
         json{{"email", "ada.second@example.test"}}.dump());
  ASSERT_EQ(invited.status, 201) << invited.body;
  const HttpResult merged = As("owner", "POST", "/api/v1/patients/" + real.ToString() + "/merge",
                               json{{"duplicate_id", duplicate}}.dump());
  ASSERT_EQ(merged.status, 200) << merged.body;
  EXPECT_FALSE(merged.Json()["moved"]["portal_account"].get<bool>());
  auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
  EXPECT_EQ(tx->users().FindPortalAccount(real).value().id, a_.patient_user.id);
  const domain::User revoked =
      tx->users().Get(base::UserId(invited.Json()["id"].get<int64_t>())).value();
  EXPECT_FALSE(revoked.active);
  EXPECT_EQ(revoked.patient_id, base::PatientId(duplicate));
  EXPECT_EQ(
      client().Send("GET", "/api/v1/session", "", Bearer(a_.tokens.at("patient"), false)).status,
      200)
      << "the real record's portal account is untouched";
}

TEST_P(PatientRecords, AnArchivedRecordIsHiddenFromSearchButReadAndAudited) {
  const std::string path = "/api/v1/patients/" + a_.seed.patient2.id.ToString();
  const HttpResult archived =
      As("front_desk", "PATCH", path,
         json{{"version", Version(a_.seed.patient2.id)}, {"archived", true}}.dump());
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_TRUE(archived.Json()["archived"].get<bool>());
  EXPECT_EQ(Found("hopper"), 0);
  EXPECT_EQ(Found("hopper", "provider"), 0);
  const HttpResult read = As("front_desk", "GET", path);
  ASSERT_EQ(read.status, 200) << "still read by id";
  EXPECT_EQ(read.Json()["family_name"], "Hopper");
  // The owner (the clinic's auditor) finds it; nobody else may ask.
  const std::string hidden = json{{"q", "hopper"}, {"include_archived", true}}.dump();
  const HttpResult owner = As("owner", "POST", "/api/v1/patients/search", hidden);
  ASSERT_EQ(owner.status, 200) << owner.body;
  ASSERT_EQ(owner.Json()["total"], 1);
  EXPECT_TRUE(owner.Json()["items"][0]["archived"].get<bool>());
  EXPECT_EQ(As("provider", "POST", "/api/v1/patients/search", hidden).status, 403);
  bool audited = false;
  for (const json& row : AuditOf(a_.seed.patient2.id)) {
    audited = audited || (row["action"] == "patient.update" && row["detail"] == "archived");
  }
  EXPECT_TRUE(audited);
  // Back again.
  ASSERT_EQ(As("front_desk", "PATCH", path,
               json{{"version", Version(a_.seed.patient2.id)}, {"archived", false}}.dump())
                .status,
            200);
  EXPECT_EQ(Found("hopper"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, PatientRecords,
                         ::testing::Values("sqlite", "postgres", "memory"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
