// Audit coverage and tamper evidence (§7 L1, L3, A1): a scripted session of patient-data
// requests — reads, writes, a search, role denials, an ownership denial, a not-found read,
// failed validations — leaves exactly one audit row per request, found by the X-Request-Id
// the response carried, with the right action, outcome, user, role and patient, and nothing
// else; requests that touch no patient data (clinic settings, staff list, protocol, session,
// health, and unauthenticated attempts) leave none. Then rows are tampered with directly in
// the database — a detail altered, a middle row deleted, the last row deleted, two rows'
// sequence numbers swapped — and VerifyAuditChains reports each at the right row, while an
// untouched clinic still verifies.
#include <gtest/gtest.h>

#include "needlepoint/app/administration.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

class AuditTrail : public ServerTest {
 protected:
  AuditTrail() : ServerTest("audit") {}

  std::vector<domain::AuditRecord> Rows(base::ClinicId clinic) const {
    auto tx = server_->db().Begin(clinic, storage::Access::kRead);
    EXPECT_TRUE(tx.has_value());
    if (!tx) return {};
    auto rows = (*tx)->audit().List({.after_seq = 0, .limit = 100000});
    EXPECT_TRUE(rows.has_value()) << rows.error().ToString();
    return rows ? *rows : std::vector<domain::AuditRecord>();
  }

  int64_t PatientVersion(base::PatientId id) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead);
    return (*tx)->patients().Get(id)->version;
  }

  // The chain report of `clinic` (fails the test if there is none).
  storage::ChainReport Verify(base::ClinicId clinic) const {
    auto reports = app::VerifyAuditChains(server_->db(), storage::testing::TestAuditKey());
    EXPECT_TRUE(reports.has_value()) << reports.error().ToString();
    if (reports) {
      for (const app::ClinicChainReport& report : *reports) {
        if (report.clinic == clinic) return report.report;
      }
    }
    ADD_FAILURE() << "no chain report for clinic " << clinic.ToString();
    return {};
  }

  // Runs `sql` as the database owner with the append-only triggers out of the way.
  void Tamper(const std::string& sql) {
    if (!triggers_off_) {
      if (GetParam() == "sqlite") {
        ASSERT_TRUE(server_->store().RawQuery("DROP TRIGGER audit_log_no_update").has_value());
        ASSERT_TRUE(server_->store().RawQuery("DROP TRIGGER audit_log_no_delete").has_value());
      } else {
        // Only for the raw superuser connection: other sessions (and other suites sharing
        // the test database) keep their triggers.
        auto off = server_->store().RawQuery(
            "SELECT set_config('session_replication_role', 'replica', false)");
        ASSERT_TRUE(off.has_value()) << off.error().ToString();
      }
      triggers_off_ = true;
    }
    auto result = server_->store().RawQuery(sql);
    ASSERT_TRUE(result.has_value()) << sql << ": " << result.error().ToString();
  }

  void TearDown() override {
    if (triggers_off_ && GetParam() == "postgres") {
      (void)server_->store().RawQuery(
          "SELECT set_config('session_replication_role', 'origin', false)");
    }
  }

  bool triggers_off_ = false;
};

template <typename Id>
std::string Text(const std::optional<Id>& id) {
  return id ? id->ToString() : "none";
}

struct Step {
  std::string what;
  std::string role;  // whose token; "" for none
  std::string method, path, body;
  int status;
  // The audit row it must leave; no action: none.
  std::string action;
  std::vector<std::string> outcomes;  // any of these
  std::optional<int64_t> patient;     // checked when `check_patient`
  bool check_patient = true;
  bool patient_from_response = false;  // the created patient's id
};

TEST_P(AuditTrail, EveryPatientDataRequestLeavesExactlyOneRow) {
  const storage::testing::SeededClinic& s = a_.seed;
  const int64_t p = s.patient.id.value();
  const int64_t p2 = s.patient2.id.value();
  const std::string patient = "/api/v1/patients/" + std::to_string(p);
  const int64_t missing = 999999999;
  const std::string intake = json{{"patient_id", p},
                                  {"intake",
                                   {{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}},
                                    {"areas", {"cheeks"}},
                                    {"concerns", {{{"code", "texture"}, {"severity", 2}}}}}}}
                                 .dump();
  const std::vector<Step> script = {
      {"read", "provider", "GET", patient, "", 200, "patient.read", {"success"}, p},
      {"update",
       "front_desk",
       "PATCH",
       patient,
       json{{"version", PatientVersion(s.patient.id)}, {"phone", "+44 20 7946 0999"}}.dump(),
       200,
       "patient.update",
       {"success"},
       p},
      {"create",
       "front_desk",
       "POST",
       "/api/v1/patients",
       R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01"})",
       201,
       "patient.create",
       {"success"},
       std::nullopt,
       true,
       true},
      {"search",
       "owner",
       "POST",
       "/api/v1/patients/search",
       R"({"q":"lovelace"})",
       200,
       "patient.search",
       {"success"},
       std::nullopt},
      {"role denial on a patient's consultations",
       "front_desk",
       "GET",
       patient + "/consultations",
       "",
       403,
       "consultation.list",
       {"denied"},
       p},
      {"role denial on a consultation",
       "front_desk",
       "GET",
       "/api/v1/consultations/" + a_.consultation.id.ToString(),
       "",
       403,
       "consultation.read",
       {"denied"},
       std::nullopt,
       false},
      {"role denial on a write",
       "patient",
       "PATCH",
       patient,
       R"({"version":1,"phone":"1"})",
       403,
       "patient.update",
       {"denied"},
       p},
      {"not-found read",
       "provider",
       "GET",
       "/api/v1/patients/" + std::to_string(missing),
       "",
       404,
       "patient.read",
       {"failed", "denied"},
       missing},
      {"portal reading another patient",
       "patient",
       "GET",
       "/api/v1/patients/" + std::to_string(p2),
       "",
       404,
       "patient.read",
       {"denied"},
       p2},
      {"failed validation of an update",
       "provider",
       "PATCH",
       patient,
       R"({"version":1,"phone":"call me maybe"})",
       400,
       "patient.update",
       {"failed"},
       p},
      {"failed validation of a create",
       "provider",
       "POST",
       "/api/v1/patients",
       R"({"given_name":"","family_name":"X","birth_date":"1970-01-01"})",
       400,
       "patient.create",
       {"failed"},
       std::nullopt},
      {"portal plans", "patient", "GET", patient + "/plans", "", 200, "plan.list", {"success"}, p},
      {"plan read",
       "front_desk",
       "GET",
       "/api/v1/plans/" + a_.plan.id.ToString(),
       "",
       200,
       "plan.read",
       {"success"},
       p},
      {"consultation",
       "provider",
       "POST",
       "/api/v1/consultations",
       intake,
       201,
       "consultation.create",
       {"success"},
       p},
      {"screening dry run",
       "provider",
       "POST",
       "/api/v1/consultations/screen",
       intake,
       200,
       "consultation.screen",
       {"success"},
       p},
      {"failed validation of a screening dry run",
       "owner",
       "POST",
       "/api/v1/consultations/screen",
       json{{"patient_id", p}, {"intake", {{"areas", {"cheeks"}}}}}.dump(),
       400,
       "consultation.screen",
       {"failed"},
       p},
      {"role denial on a screening dry run",
       "front_desk",
       "POST",
       "/api/v1/consultations/screen",
       intake,
       403,
       "consultation.screen",
       {"denied"},
       std::nullopt,
       false},
      {"consultation read",
       "provider",
       "GET",
       "/api/v1/consultations/" + a_.consultation.id.ToString(),
       "",
       200,
       "consultation.read",
       {"success"},
       p},
      {"audit read",
       "owner",
       "GET",
       "/api/v1/audit?patient_id=" + std::to_string(p),
       "",
       200,
       "audit.read",
       {"success"},
       p},
      // No patient data: no row.
      {"health", "", "GET", "/healthz", "", 200, "", {}, std::nullopt},
      {"clinic settings", "owner", "GET", "/api/v1/clinic", "", 200, "", {}, std::nullopt},
      {"staff list", "front_desk", "GET", "/api/v1/staff", "", 200, "", {}, std::nullopt},
      {"protocol", "provider", "GET", "/api/v1/protocol", "", 200, "", {}, std::nullopt},
      {"who am I", "patient", "GET", "/api/v1/session", "", 200, "", {}, std::nullopt},
      {"openapi", "", "GET", "/api/openapi.json", "", 200, "", {}, std::nullopt},
      {"the web app's page",
       "",
       "GET",
       "/staff/patients/" + std::to_string(p),
       "",
       200,
       "",
       {},
       std::nullopt},
      // Without a session nobody is known; by design this is logged, not audited.
      {"no session", "", "GET", patient, "", 401, "", {}, std::nullopt},
  };
  const std::map<std::string, base::UserId> users = {{"owner", s.owner.id},
                                                     {"provider", s.provider.id},
                                                     {"front_desk", s.front_desk.id},
                                                     {"patient", a_.patient_user.id}};

  const size_t before = Rows(s.clinic.id).size();
  std::vector<std::pair<std::string, HttpResult>> sent;
  for (const Step& step : script) {
    std::map<std::string, std::string> headers;
    if (!step.role.empty()) headers = Bearer(a_.tokens.at(step.role), !step.body.empty());
    const HttpResult result = client().Send(step.method, step.path, step.body, headers);
    EXPECT_EQ(result.status, step.status) << step.what << ": " << result.body;
    EXPECT_FALSE(result.Header("x-request-id").empty()) << step.what;
    sent.emplace_back(result.Header("x-request-id"), result);
  }

  const std::vector<domain::AuditRecord> all = Rows(s.clinic.id);
  ASSERT_GE(all.size(), before);
  const std::vector<domain::AuditRecord> added(all.begin() + static_cast<ptrdiff_t>(before),
                                               all.end());
  size_t audited = 0;
  for (size_t i = 0; i < script.size(); ++i) {
    const Step& step = script[i];
    const std::string& request_id = sent[i].first;
    std::vector<const domain::AuditRecord*> rows;
    for (const domain::AuditRecord& row : added) {
      if (row.entry.request_id == request_id) rows.push_back(&row);
    }
    if (step.action.empty()) {
      EXPECT_TRUE(rows.empty()) << step.what << " left " << rows.size() << " audit rows";
      continue;
    }
    ++audited;
    ASSERT_EQ(rows.size(), 1u) << step.what << " (request " << request_id << ")";
    const domain::AuditEntry& entry = rows.front()->entry;
    EXPECT_EQ(entry.action, step.action) << step.what;
    const std::string outcome(domain::CodeName(entry.outcome));
    EXPECT_TRUE(std::find(step.outcomes.begin(), step.outcomes.end(), outcome) !=
                step.outcomes.end())
        << step.what << ": outcome " << outcome << " (" << entry.detail << "), expected "
        << step.outcomes.front();
    EXPECT_EQ(Text(entry.user_id), users.at(step.role).ToString()) << step.what;
    EXPECT_EQ(entry.role ? std::string(domain::CodeName(*entry.role)) : "none", step.role)
        << step.what;
    if (step.patient_from_response) {
      const int64_t created = sent[i].second.Json()["id"].get<int64_t>();
      EXPECT_EQ(Text(entry.patient_id), std::to_string(created)) << step.what;
    } else if (step.check_patient) {
      EXPECT_EQ(Text(entry.patient_id), step.patient ? std::to_string(*step.patient) : "none")
          << step.what;
    }
  }
  EXPECT_EQ(added.size(), audited) << "rows that belong to no scripted request";
  // The search's row names the patients it returned, never the query.
  for (const domain::AuditRecord& row : added) {
    EXPECT_EQ(row.entry.detail.find("lovelace"), std::string::npos) << row.entry.detail;
    if (row.entry.action == "patient.search") {
      EXPECT_NE(row.entry.detail.find(std::to_string(p)), std::string::npos) << row.entry.detail;
    }
  }
  // The audit log read through the API shows the same rows with the same request ids.
  const HttpResult listed =
      client().Send("GET", "/api/v1/audit?after=" + std::to_string(before) + "&limit=1000", "",
                    Bearer(a_.tokens.at("owner"), false));
  ASSERT_EQ(listed.status, 200) << listed.body;
  size_t matched = 0;
  const json listed_body = listed.Json();
  for (const json& item : listed_body["items"]) {
    for (const auto& [request_id, result] : sent) {
      if (item["request_id"] == request_id) ++matched;
    }
  }
  EXPECT_EQ(matched, audited);
  const storage::ChainReport report = Verify(s.clinic.id);
  EXPECT_TRUE(report.ok) << report.problem;
}

TEST_P(AuditTrail, TamperingIsDetectedAtTheFirstBadRow) {
  // Some rows in every clinic: the seeding's logins and clinical writes, plus reads.
  struct Victim {
    std::string how;
    SeededApiClinic clinic;
    int64_t rows = 0;
  };
  std::vector<Victim> victims;
  for (const std::string how : {"altered", "middle deleted", "last deleted", "swapped"}) {
    auto seeded = SeedApiClinic(*server_, "tamper");
    ASSERT_TRUE(seeded.has_value()) << seeded.error().ToString();
    for (int i = 0; i < 3; ++i) {
      ASSERT_EQ(client()
                    .Send("GET", "/api/v1/patients/" + seeded->seed.patient.id.ToString(), "",
                          Bearer(seeded->tokens.at("provider"), false))
                    .status,
                200);
    }
    const int64_t rows = static_cast<int64_t>(Rows(seeded->seed.clinic.id).size());
    ASSERT_GE(rows, 8);
    ASSERT_TRUE(Verify(seeded->seed.clinic.id).ok);
    victims.push_back({how, *seeded, rows});
  }

  auto where = [](const Victim& v) {
    return " WHERE clinic_id = " + v.clinic.seed.clinic.id.ToString();
  };
  const Victim& altered = victims[0];
  Tamper("UPDATE audit_log SET detail = 'nothing to see'" + where(altered) + " AND seq = 3");
  const Victim& middle = victims[1];
  Tamper("DELETE FROM audit_log" + where(middle) + " AND seq = 4");
  const Victim& last = victims[2];
  Tamper("DELETE FROM audit_log" + where(last) + " AND seq = " + std::to_string(last.rows));
  const Victim& swapped = victims[3];
  Tamper("UPDATE audit_log SET seq = 1000000" + where(swapped) + " AND seq = 3");
  Tamper("UPDATE audit_log SET seq = 3" + where(swapped) + " AND seq = 6");
  Tamper("UPDATE audit_log SET seq = 6" + where(swapped) + " AND seq = 1000000");
  ASSERT_EQ(static_cast<int64_t>(Rows(swapped.clinic.seed.clinic.id).size()), swapped.rows);

  const storage::ChainReport a = Verify(altered.clinic.seed.clinic.id);
  EXPECT_FALSE(a.ok);
  EXPECT_EQ(a.first_bad_seq, 3) << a.problem;
  const storage::ChainReport m = Verify(middle.clinic.seed.clinic.id);
  EXPECT_FALSE(m.ok);
  // Row 5 now stands where row 4 belongs: the first row that fails.
  EXPECT_EQ(m.first_bad_seq, 5) << m.problem;
  EXPECT_NE(m.problem.find("expected row 4"), std::string::npos) << m.problem;
  const storage::ChainReport l = Verify(last.clinic.seed.clinic.id);
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.first_bad_seq, last.rows) << l.problem;
  const storage::ChainReport w = Verify(swapped.clinic.seed.clinic.id);
  EXPECT_FALSE(w.ok);
  EXPECT_EQ(w.first_bad_seq, 3) << w.problem;

  // The clinic nobody touched still verifies, and keeps working.
  EXPECT_TRUE(Verify(a_.seed.clinic.id).ok);
  ASSERT_EQ(client()
                .Send("GET", "/api/v1/patients/" + a_.seed.patient.id.ToString(), "",
                      Bearer(a_.tokens.at("provider"), false))
                .status,
            200);
  const storage::ChainReport untouched = Verify(a_.seed.clinic.id);
  EXPECT_TRUE(untouched.ok) << untouched.problem;
  EXPECT_EQ(untouched.rows, static_cast<int64_t>(Rows(a_.seed.clinic.id).size()));
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditTrail, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
