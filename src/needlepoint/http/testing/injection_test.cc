// Injection payloads (§7 F3, L5): SQL-injection, XSS, template, path, shell, percent-encoded,
// control-character and Unicode payloads in every free-text field of patient create, update
// and search and of staff accounts are stored and returned verbatim (byte-identical inside
// the JSON), every response is JSON with nosniff (never text/html), searches treat them as
// literal text, fields that only admit a format (phone) refuse them with a 400 problem, and
// the tables are intact afterwards.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

// Up to 100 characters each: the name limit.
const std::vector<std::string>& NamePayloads() {
  static const std::vector<std::string> payloads = {
      "Robert'); DROP TABLE patients;--",
      "' OR '1'='1",
      "\" OR \"\"=\"",
      "'; UPDATE users SET role='owner' WHERE '1'='1",
      "1; SELECT pg_sleep(5); SELECT sqlite_version()--",
      "admin'/*",
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "javascript:alert(document.cookie)",
      "</textarea><svg onload=alert`1`>",
      "{{7*7}}${7*7}<%= 7*7 %>",
      "%00",
      "%27%20OR%201%3D1--",
      "%_%",
      "../../../../etc/passwd",
      "$(rm -rf /) `id` | cat /etc/shadow",
      "back\\slash \\' \\\" \\% \\_",
      "Zo\u00eb \u00c5ngstr\u00f6m \u5c71\u7530\u592a\u90ce \U0001F642",
      "\u202eevil\u202c \u200bzero\u200dwidth \ufeffbom",
      "line\nbreak\r\ttab \x1b[31mred\x1b[0m",
  };
  return payloads;
}

// Payloads an e-mail address may carry (an @, no spaces or angle brackets).
const std::vector<std::string>& EmailPayloads() {
  static const std::vector<std::string> payloads = {
      "o'brien'--@example.test",
      "x'or'1'='1@example.test",
      "robert');DROP/**/TABLE/**/patients;--@example.test",
      "\"onmouseover=alert(1)//@example.test",
      "%00%27@example.test",
      "zo\u00eb.\u5c71\u7530@\u4f8b\u3048.\u30c6\u30b9\u30c8",
  };
  return payloads;
}

class Injection : public ServerTest {
 protected:
  Injection() : ServerTest("inject") {}
  void SetUp() override {
    ServerTest::SetUp();
    if (Stopped()) return;
    token_ = a_.tokens.at("owner");
  }

  std::string clinic() const { return a_.seed.clinic.id.ToString(); }

  // Every response is JSON (problem or not) with nosniff, never something a browser renders.
  static void ExpectJson(const HttpResult& result, const std::string& where) {
    const std::string type = result.Header("content-type");
    EXPECT_TRUE(type.starts_with("application/json") ||
                type.starts_with("application/problem+json"))
        << where << ": " << type;
    EXPECT_EQ(type.find("html"), std::string::npos) << where;
    EXPECT_EQ(result.Header("x-content-type-options"), "nosniff") << where;
    EXPECT_LT(result.status, 500) << where << ": " << result.body;
    EXPECT_FALSE(result.Json().is_discarded()) << where << ": " << result.body;
  }

  // `field` of `object` equals `payload`, and the raw body holds it exactly as JSON encodes it.
  static void ExpectVerbatim(const HttpResult& result, const json& object, const std::string& field,
                             const std::string& payload, const std::string& where) {
    ASSERT_TRUE(object.contains(field)) << where << ": " << result.body;
    EXPECT_EQ(object[field].get<std::string>(), payload) << where;
    EXPECT_NE(result.body.find(json(payload).dump()), std::string::npos)
        << where << ": " << result.body;
  }

  HttpResult CreatePatient(const std::string& given, const std::string& family,
                           const std::string& email = "") const {
    // Many records share a name here on purpose: the duplicate check is waived.
    json body = {{"given_name", given},
                 {"family_name", family},
                 {"birth_date", "1970-01-01"},
                 {"confirm_duplicate", true}};
    if (!email.empty()) body["email"] = email;
    return client().Send("POST", "/api/v1/patients", body.dump(), Bearer(token_));
  }

  std::vector<int64_t> SearchIds(const std::string& q, const std::string& where) const {
    const HttpResult result = client().Send("POST", "/api/v1/patients/search",
                                            json{{"q", q}, {"limit", 500}}.dump(), Bearer(token_));
    ExpectJson(result, where);
    EXPECT_EQ(result.status, 200) << where << ": " << result.body;
    std::vector<int64_t> ids;
    const json body = result.Json();
    if (!body.contains("items")) return ids;
    for (const json& item : body["items"]) ids.push_back(item["id"].get<int64_t>());
    EXPECT_EQ(body["total"].get<int64_t>(), static_cast<int64_t>(ids.size())) << where;
    return ids;
  }

  int64_t Count(const std::string& table) const {
    auto rows = server_->store().RawQuery("SELECT count(*) FROM " + table +
                                          " WHERE clinic_id = " + clinic());
    EXPECT_TRUE(rows.has_value()) << table << ": " << rows.error().ToString();
    return rows && !rows->empty() ? std::stoll(rows->front()) : -1;
  }

  void ExpectTablesIntact() const {
    const std::string names =
        "('clinics', 'users', 'patients', 'consultations', "
        "'treatment_plans', 'audit_log', 'auth_sessions')";
    auto tables = server_->store().RawQuery(
        GetParam() == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN " + names
            : "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN " +
                  names);
    ASSERT_TRUE(tables.has_value()) << tables.error().ToString();
    EXPECT_EQ(tables->size(), 7u);
    // The seeded patients are still there and readable (the second may have been renamed).
    for (const domain::Patient* patient : {&a_.seed.patient, &a_.seed.patient2}) {
      const HttpResult read = client().Send("GET", "/api/v1/patients/" + patient->id.ToString(), "",
                                            Bearer(token_, false));
      ASSERT_EQ(read.status, 200) << read.body;
      if (patient == &a_.seed.patient) {
        EXPECT_EQ(read.Json()["family_name"], patient->family_name);
      }
    }
  }

  std::string token_;
};

TEST_P(Injection, SearchPayloadsAreLiteralText) {
  // Before any payload is stored, no payload matches anyone: no "OR 1=1", no wildcards.
  for (const std::string& payload : NamePayloads()) {
    EXPECT_TRUE(SearchIds(payload, "search for " + payload).empty()) << payload;
  }
  for (const std::string& payload : EmailPayloads()) {
    EXPECT_TRUE(SearchIds(payload, "search for " + payload).empty()) << payload;
  }
  EXPECT_EQ(Count("patients"), 2);
  ExpectTablesIntact();
}

TEST_P(Injection, PatientFieldsStoreAndReturnPayloadsVerbatim) {
  const int64_t before = Count("patients");
  std::map<int64_t, std::string> created;  // id -> the payload in its names
  for (const std::string& payload : NamePayloads()) {
    // (Names are trimmed, so the payload is not put last: some end in a space when cut.)
    const HttpResult result = CreatePatient(payload, payload.substr(0, 10) + " " + payload);
    const std::string where = "create with " + payload;
    ExpectJson(result, where);
    ASSERT_EQ(result.status, 201) << where << ": " << result.body;
    const json body = result.Json();
    ExpectVerbatim(result, body, "given_name", payload, where);
    ExpectVerbatim(result, body, "family_name", payload.substr(0, 10) + " " + payload, where);
    created[body["id"].get<int64_t>()] = payload;
  }
  for (const std::string& email : EmailPayloads()) {
    const HttpResult result = CreatePatient("Mail", "Payload", email);
    ExpectJson(result, "create with e-mail " + email);
    ASSERT_EQ(result.status, 201) << email << ": " << result.body;
    ExpectVerbatim(result, result.Json(), "email", email, "e-mail " + email);
    created[result.Json()["id"].get<int64_t>()] = email;
  }
  // Read back, one by one.
  for (const auto& [id, payload] : created) {
    const HttpResult read =
        client().Send("GET", "/api/v1/patients/" + std::to_string(id), "", Bearer(token_, false));
    ExpectJson(read, "read of " + payload);
    ASSERT_EQ(read.status, 200) << read.body;
    const json body = read.Json();
    const bool is_email = body["given_name"] == "Mail";
    ExpectVerbatim(read, body, is_email ? "email" : "given_name", payload, "read of " + payload);
  }
  // Searching for a payload finds its patient and never the seeded ones.
  const std::set<int64_t> seeded = {a_.seed.patient.id.value(), a_.seed.patient2.id.value()};
  for (const auto& [id, payload] : created) {
    const std::vector<int64_t> ids = SearchIds(payload, "search for " + payload);
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << "search for " << payload;
    for (int64_t found : ids) EXPECT_FALSE(seeded.contains(found)) << "search for " << payload;
  }
  EXPECT_EQ(Count("patients"), before + static_cast<int64_t>(created.size()));
  ExpectTablesIntact();
}

TEST_P(Injection, PatientUpdatesStorePayloadsVerbatim) {
  const std::string path = "/api/v1/patients/" + a_.seed.patient2.id.ToString();
  int64_t version = a_.seed.patient2.version;
  for (size_t i = 0; i < NamePayloads().size(); ++i) {
    const std::string& payload = NamePayloads()[i];
    json patch = {{"version", version}, {"given_name", payload}, {"family_name", payload}};
    if (i < EmailPayloads().size()) patch["email"] = EmailPayloads()[i];
    const HttpResult result = client().Send("PATCH", path, patch.dump(), Bearer(token_));
    const std::string where = "update with " + payload;
    ExpectJson(result, where);
    ASSERT_EQ(result.status, 200) << where << ": " << result.body;
    version = result.Json()["version"].get<int64_t>();
    const HttpResult read = client().Send("GET", path, "", Bearer(token_, false));
    ASSERT_EQ(read.status, 200);
    ExpectVerbatim(read, read.Json(), "given_name", payload, where);
    ExpectVerbatim(read, read.Json(), "family_name", payload, where);
    if (i < EmailPayloads().size()) {
      ExpectVerbatim(read, read.Json(), "email", EmailPayloads()[i], where);
    }
  }
  EXPECT_EQ(Count("patients"), 2);
  ExpectTablesIntact();
}

TEST_P(Injection, FormattedFieldsRefusePayloadsAsProblems) {
  const std::string path = "/api/v1/patients/" + a_.seed.patient.id.ToString();
  for (const std::string& payload :
       {std::string("' OR '1'='1"), std::string("1; DROP TABLE patients"),
        std::string("<script>alert(1)</script>"), std::string("%00")}) {
    const HttpResult create = client().Send("POST", "/api/v1/patients",
                                            json{{"given_name", "A"},
                                                 {"family_name", "B"},
                                                 {"birth_date", "1970-01-01"},
                                                 {"phone", payload}}
                                                .dump(),
                                            Bearer(token_));
    ExpectJson(create, "phone " + payload);
    EXPECT_EQ(create.status, 400) << create.body;
    const HttpResult update = client().Send(
        "PATCH", path, json{{"version", a_.seed.patient.version}, {"phone", payload}}.dump(),
        Bearer(token_));
    ExpectJson(update, "phone update " + payload);
    EXPECT_EQ(update.status, 400) << update.body;
  }
  for (const std::string& email :
       {std::string("\"><script>alert(1)</script>@x.test"), std::string("' OR 1=1 --@x.test")}) {
    const HttpResult create = CreatePatient("A", "B", email);
    ExpectJson(create, "e-mail " + email);
    EXPECT_EQ(create.status, 400) << create.body;
  }
  EXPECT_EQ(Count("patients"), 2);
  const HttpResult read = client().Send("GET", path, "", Bearer(token_, false));
  EXPECT_EQ(read.Json()["phone"], a_.seed.patient.phone);
  ExpectTablesIntact();
}

TEST_P(Injection, StaffNamesStoreAndReturnPayloadsVerbatim) {
  const int64_t users_before = Count("users");
  int n = 0;
  std::map<int64_t, std::string> created;
  std::string invitation6;  // payload6's set-password link
  for (const std::string& payload : NamePayloads()) {
    const std::string email = "payload" + std::to_string(n++) + "@example.test";
    const HttpResult result = client().Send("POST", "/api/v1/staff",
                                            json{{"email", email},
                                                 {"display_name", payload},
                                                 {"role", "provider"},
                                                 {"title", payload.substr(0, 60)}}
                                                .dump(),
                                            Bearer(token_));
    const std::string where = "staff " + payload;
    ExpectJson(result, where);
    ASSERT_EQ(result.status, 201) << where << ": " << result.body;
    ExpectVerbatim(result, result.Json(), "display_name", payload, where);
    ExpectVerbatim(result, result.Json(), "title", payload.substr(0, 60), where);
    created[result.Json()["id"].get<int64_t>()] = payload;
    if (n == 7) invitation6 = result.Json()["invitation"]["url"];
  }
  // Renaming an existing account.
  const std::string renamed = NamePayloads()[6] + " " + NamePayloads()[0];
  const HttpResult patch =
      client().Send("PATCH", "/api/v1/staff/" + a_.seed.provider2.id.ToString(),
                    json{{"display_name", renamed}}.dump(), Bearer(token_));
  ExpectJson(patch, "rename");
  ASSERT_EQ(patch.status, 200) << patch.body;
  created[a_.seed.provider2.id.value()] = renamed;

  const HttpResult list = client().Send("GET", "/api/v1/staff", "", Bearer(token_, false));
  ExpectJson(list, "staff list");
  ASSERT_EQ(list.status, 200);
  std::map<int64_t, std::string> listed;
  const json list_body = list.Json();
  for (const json& user : list_body["items"]) {
    listed[user["id"].get<int64_t>()] = user["display_name"].get<std::string>();
  }
  for (const auto& [id, payload] : created) {
    EXPECT_EQ(listed[id], payload);
    EXPECT_NE(list.body.find(json(payload).dump()), std::string::npos) << payload;
  }
  // A payload-named user sets their password, logs in, and the session shows the name
  // verbatim.
  const HttpResult accepted = client().Send(
      "POST", "/api/v1/invitations/accept",
      json{{"token", invitation6.substr(invitation6.find('#') + 1)}, {"password", kTestPassword}}
          .dump(),
      {{"Content-Type", "application/json"}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  const HttpResult login = Login(client(), a_.seed.clinic.slug, "payload6@example.test");
  ASSERT_EQ(login.status, 201) << login.body;
  ExpectVerbatim(login, login.Json()["user"], "display_name", NamePayloads()[6], "login");
  EXPECT_EQ(Count("users"), users_before + static_cast<int64_t>(NamePayloads().size()));
  ExpectTablesIntact();
}

TEST_P(Injection, ANulCharacterIsStoredVerbatimOrRefusedNeverTruncated) {
  const std::string given = std::string("Ada") + '\0' + "Null";
  const HttpResult result = CreatePatient(given, "Byte");
  ExpectJson(result, "a NUL in a name");
  ASSERT_TRUE(result.status == 201 || result.status == 400) << result.status << " " << result.body;
  if (result.status == 201) {
    const std::string id = std::to_string(result.Json()["id"].get<int64_t>());
    EXPECT_EQ(result.Json()["given_name"].get<std::string>(), given)
        << "the name was changed on the way in: " << result.body;
    const HttpResult read =
        client().Send("GET", "/api/v1/patients/" + id, "", Bearer(token_, false));
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.Json()["given_name"].get<std::string>(), given)
        << "the stored name is not what was sent: " << read.body;
  }
  // A NUL in a search is literal text too, never an error.
  const HttpResult search =
      client().Send("POST", "/api/v1/patients/search",
                    json{{"q", std::string("ada") + '\0'}}.dump(), Bearer(token_));
  ExpectJson(search, "a NUL in a search");
  EXPECT_TRUE(search.status == 200 || search.status == 400) << search.body;
  if (search.status == 200) {
    const json found = search.Json();
    for (const json& item : found["items"]) {
      EXPECT_NE(item["id"].get<int64_t>(), a_.seed.patient.id.value())
          << "'ada\\0' matched 'Ada Lovelace': the NUL was dropped";
    }
  }
  ExpectTablesIntact();
}

INSTANTIATE_TEST_SUITE_P(Backends, Injection, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
