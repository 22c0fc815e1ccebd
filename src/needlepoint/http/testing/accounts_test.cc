// Accounts without chosen passwords, through the API on every backend: staff invitations and
// password resets as one-time set-password links (shown once, stored only hashed, single use,
// 72 hours, one generic refusal, throttled like logins); portal accounts only from an owner
// or a provider (the front-desk finding), one per patient, listed and revoked by the owner;
// a portal principal never sees more than a clinician of the same patient; the clinic's last
// owner who can log in stays one; renaming the clinic's login name.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <future>
#include <set>

#include "needlepoint/app/booking.h"
#include "needlepoint/http/routes.h"
#include "needlepoint/http/testing/test_server.h"
#include "needlepoint/security/password.h"
#include "needlepoint/security/token.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::string_view kNewPassword = "a passphrase of my own 81";
// A validated session may be served from the authenticator's cache this long.
constexpr seconds kCachePropagation{5};

class Accounts : public ServerTest {
 protected:
  Accounts() : ServerTest("accounts") {}

  HttpResult As(const std::string& role, const std::string& method, const std::string& path,
                const std::string& body = "") const {
    return client().Send(method, path, body, Bearer(a_.tokens.at(role), !body.empty()));
  }
  HttpResult Accept(const std::string& token, std::string_view password = kNewPassword) const {
    return client().Send("POST", "/api/v1/invitations/accept",
                         json{{"token", token}, {"password", password}}.dump(),
                         {{"Content-Type", "application/json"}});
  }
  int WhoAmI(const std::string& token) const {
    return client().Send("GET", "/api/v1/session", "", Bearer(token, false)).status;
  }
  // The token of the link in an answer that carries one ("/invite#<token>").
  static std::string LinkToken(const HttpResult& result) {
    const json body = result.Json();
    if (!body.is_object() || !body.contains("invitation")) return "";
    const std::string url = body["invitation"]["url"];
    EXPECT_TRUE(url.starts_with("/invite#")) << url;
    return url.substr(url.find('#') + 1);
  }
  HttpResult Invite(const std::string& email, const std::string& role = "provider") const {
    return As("owner", "POST", "/api/v1/staff",
              json{{"email", email}, {"display_name", "New Colleague"}, {"role", role}}.dump());
  }
  // The problem body without what differs per request.
  static json Comparable(const HttpResult& result) {
    json body = result.Json();
    if (body.is_object()) {
      body.erase("request_id");
      body.erase("instance");
    }
    return body;
  }
  std::vector<domain::AuditRecord> AuditRows() const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->audit().List({.after_seq = 0, .limit = 100000}).value();
  }
  std::optional<domain::User> PortalAccountOf(base::PatientId patient) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    auto account = tx->users().FindPortalAccount(patient);
    return account ? std::optional<domain::User>(*account) : std::nullopt;
  }
};

TEST_P(Accounts, StaffAreInvitedAndSetTheirOwnPassword) {
  const HttpResult invited = Invite("new.nurse@example.test");
  ASSERT_EQ(invited.status, 201) << invited.body;
  EXPECT_FALSE(invited.Json()["password_set"].get<bool>());
  EXPECT_TRUE(invited.Json()["invitation"].contains("expires_at"));
  EXPECT_EQ(invited.Json()["invitation"]["expires_at"], "2026-12-04T00:00:00Z") << "72 hours";
  const std::string token = LinkToken(invited);
  ASSERT_TRUE(security::ParseSessionToken(token).has_value()) << token;
  // Nobody can log in to the account before the person sets a password, nor read the link
  // again.
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, "new.nurse@example.test", kNewPassword).status,
            401);
  const HttpResult staff = As("owner", "GET", "/api/v1/staff");
  ASSERT_EQ(staff.status, 200);
  EXPECT_EQ(staff.body.find(token.substr(token.find('.') + 1)), std::string::npos);
  EXPECT_EQ(staff.body.find("invitation"), std::string::npos);

  // The policy still applies; a refused password leaves the link usable.
  const HttpResult weak = Accept(token, "short");
  EXPECT_EQ(weak.status, 400) << weak.body;
  EXPECT_EQ(weak.Json()["errors"][0]["path"], "/password") << weak.body;
  const HttpResult named = Accept(token, "new.nurse@example.test!!");
  EXPECT_EQ(named.status, 400) << "containing the login name: " << named.body;

  const HttpResult accepted = Accept(token);
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.Json()["clinic"], a_.seed.clinic.slug);
  EXPECT_EQ(accepted.Json()["email"], "new.nurse@example.test");
  const HttpResult login =
      Login(client(), a_.seed.clinic.slug, "new.nurse@example.test", kNewPassword);
  ASSERT_EQ(login.status, 201) << login.body;
  EXPECT_TRUE(login.Json()["user"]["password_set"].get<bool>());
  // The audit log has the invitation and its acceptance, neither with the token.
  bool created = false;
  bool set = false;
  for (const domain::AuditRecord& row : AuditRows()) {
    EXPECT_EQ(row.entry.detail.find(token.substr(token.find('.') + 1)), std::string::npos);
    created = created || row.entry.action == "staff.create";
    set = set ||
          (row.entry.action == "account.password_set" && row.entry.detail == "invitation accepted");
  }
  EXPECT_TRUE(created);
  EXPECT_TRUE(set);
}

TEST_P(Accounts, ALinkWorksOnceAndEveryBadLinkGetsTheSameAnswer) {
  const std::string token = LinkToken(Invite("once@example.test"));
  ASSERT_EQ(Accept(token).status, 200);
  const HttpResult used = Accept(token, "yet another passphrase 9");
  EXPECT_EQ(used.status, 401) << used.body;
  // The password set first still holds.
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, "once@example.test", kNewPassword).status, 201);

  const std::string expiring = LinkToken(Invite("late@example.test"));
  server_->clock().Advance(hours(72));
  const HttpResult expired = Accept(expiring);
  const HttpResult unknown = Accept(UnknownToken(a_.seed.clinic.id));
  const HttpResult malformed = Accept("not-a-token");
  const HttpResult elsewhere = Accept(UnknownToken(base::ClinicId(999999999)));
  for (const HttpResult* refused : {&used, &expired, &unknown, &malformed, &elsewhere}) {
    EXPECT_EQ(refused->status, 401) << refused->body;
    EXPECT_EQ(Comparable(*refused), Comparable(used)) << refused->body;
  }
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, "late@example.test", kNewPassword).status, 401);
}

TEST_P(Accounts, ALinkExpiresAfterSeventyTwoHours) {
  const std::string token = LinkToken(Invite("timely@example.test"));
  server_->clock().Advance(hours(72) - minutes(1));
  EXPECT_EQ(Accept(token).status, 200) << "a minute before the end";
  const std::string late = LinkToken(Invite("tardy@example.test"));
  server_->clock().Advance(hours(72));
  EXPECT_EQ(Accept(late).status, 401);
}

TEST_P(Accounts, ReissuingALinkVoidsTheOldOne) {
  const HttpResult invited = Invite("twice@example.test");
  const std::string first = LinkToken(invited);
  const std::string path =
      "/api/v1/staff/" + std::to_string(invited.Json()["id"].get<int64_t>()) + "/password-reset";
  const HttpResult reissued = As("owner", "POST", path);
  ASSERT_EQ(reissued.status, 200) << reissued.body;
  const std::string second = LinkToken(reissued);
  EXPECT_NE(first, second);
  EXPECT_EQ(Accept(first).status, 401);
  EXPECT_EQ(Accept(second).status, 200);
}

TEST_P(Accounts, AResetEndsTheSessionsAndTheOldPassword) {
  const std::string session = a_.tokens.at("provider");
  const std::string other = Login(client(), a_.seed.clinic.slug, a_.seed.provider.email)
                                .Json()["token"]
                                .get<std::string>();
  ASSERT_EQ(WhoAmI(session), 200);
  const HttpResult reset =
      As("owner", "POST", "/api/v1/staff/" + a_.seed.provider.id.ToString() + "/password-reset");
  ASSERT_EQ(reset.status, 200) << reset.body;
  server_->clock().Advance(kCachePropagation);
  EXPECT_EQ(WhoAmI(session), 401);
  EXPECT_EQ(WhoAmI(other), 401);
  EXPECT_EQ(WhoAmI(a_.tokens.at("front_desk")), 200) << "only the provider's sessions end";
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.provider.email).status, 401);
  ASSERT_EQ(Accept(LinkToken(reset)).status, 200);
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.provider.email, kNewPassword).status, 201);
  // A deactivated account's link is refused like any bad link.
  const HttpResult invited = Invite("leaver@example.test");
  ASSERT_EQ(
      As("owner", "PATCH", "/api/v1/staff/" + std::to_string(invited.Json()["id"].get<int64_t>()),
         R"({"active":false})")
          .status,
      200);
  EXPECT_EQ(Accept(LinkToken(invited)).status, 401);
}

TEST_P(Accounts, TheLinkTokenIsNeverStoredInClear) {
  const HttpResult invited = Invite("hashed@example.test");
  const std::string token = LinkToken(invited);
  const std::string secret = token.substr(token.find('.') + 1);
  const std::string hash = security::HashToken(*security::ParseSessionToken(token));
  // Through the repositories: found by its hash, never by its secret.
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    EXPECT_TRUE(tx->password_tokens().Get(hash).has_value());
    EXPECT_FALSE(tx->password_tokens().Get(secret).has_value());
    EXPECT_FALSE(tx->password_tokens().Get(token).has_value());
  }
  if (GetParam() == "memory") return;  // no SQL to look at beneath the repositories
  // Every text of every row of every table, read around the repositories.
  std::vector<std::string> tables;
  std::function<std::string(const std::string&)> rows_as_text;
  if (GetParam() == "sqlite") {
    tables =
        server_->store().RawQuery("SELECT name FROM sqlite_master WHERE type = 'table'").value();
    rows_as_text = [&](const std::string& table) {
      std::string concat;
      const std::vector<std::string> columns =
          server_->store().RawQuery("SELECT name FROM pragma_table_info('" + table + "')").value();
      for (const std::string& column : columns) {
        concat += (concat.empty() ? "" : " || '|' || ") + std::string("coalesce(CAST(\"") + column +
                  "\" AS TEXT), '')";
      }
      return "SELECT " + concat + " FROM \"" + table + "\"";
    };
  } else {
    tables = server_->store()
                 .RawQuery("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
                 .value();
    rows_as_text = [](const std::string& table) {
      return "SELECT t::text FROM \"" + table + "\" t";
    };
  }
  ASSERT_FALSE(tables.empty());
  bool hash_seen = false;
  for (const std::string& table : tables) {
    auto rows = server_->store().RawQuery(rows_as_text(table));
    ASSERT_TRUE(rows.has_value()) << table << ": " << rows.error().ToString();
    for (const std::string& row : *rows) {
      EXPECT_EQ(row.find(secret), std::string::npos) << "the link's secret is in " << table;
      hash_seen = hash_seen || row.find(hash) != std::string::npos;
    }
  }
  EXPECT_TRUE(hash_seen) << "the dump missed the password_tokens table";
}

TEST_P(Accounts, AcceptingALinkIsThrottledLikeLogins) {
  TestServerOptions options;
  options.auth.address_attempts_per_minute = 5;
  StartServer(options);
  if (Stopped()) return;
  server_->clock().Advance(minutes(1));  // past the seeding's logins
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(Accept(UnknownToken(a_.seed.clinic.id)).status, 401) << "attempt " << i + 1;
  }
  const HttpResult throttled = Accept(UnknownToken(a_.seed.clinic.id));
  EXPECT_EQ(throttled.status, 429) << throttled.body;
  EXPECT_GE(
      std::stoi(throttled.Header("retry-after").empty() ? "0" : throttled.Header("retry-after")),
      1);
  // Logins from the same address share the budget.
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.owner.email).status, 429);
  server_->clock().Advance(minutes(1));
  EXPECT_EQ(Accept(UnknownToken(a_.seed.clinic.id)).status, 401) << "never a lockout";
}

// ---- Portal accounts (the front-desk finding) ------------------------------------------------

TEST_P(Accounts, FrontDeskCannotReadClinicalDetailsThroughAPortalAccount) {
  // The finding: the front desk created a portal account with a password of its choosing and
  // logged in as the patient, whose portal shows the plan. Now the front desk can neither
  // create, nor re-issue, nor replace a portal account, with or without a password.
  const std::string patient2 = "/api/v1/patients/" + a_.seed.patient2.id.ToString();
  const std::string patient1 = "/api/v1/patients/" + a_.seed.patient.id.ToString();
  const size_t rows_before = AuditRows().size();
  for (const auto& [path, body] : std::vector<std::pair<std::string, std::string>>{
           {patient2 + "/portal-account",
            json{{"email", "desk.owns.this@example.test"}, {"password", kTestPassword}}.dump()},
           {patient2 + "/portal-account", json{{"email", "desk.owns.this@example.test"}}.dump()},
           {patient2 + "/portal-account", "{}"},
           {patient1 + "/portal-account", json{{"email", "desk.owns.this@example.test"}}.dump()}}) {
    const HttpResult refused = As("front_desk", "POST", path, body);
    EXPECT_EQ(refused.status, 403) << path << " " << body << ": " << refused.body;
    EXPECT_EQ(refused.body.find("/invite#"), std::string::npos);
  }
  EXPECT_FALSE(PortalAccountOf(a_.seed.patient2.id).has_value()) << "nothing was created";
  // The seeded patient's account is untouched: its password and session still work.
  EXPECT_EQ(WhoAmI(a_.tokens.at("patient")), 200);
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.patient_user.email).status, 201);
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, "desk.owns.this@example.test").status, 401);
  // Each refusal is one denied audit row.
  int denied = 0;
  const std::vector<domain::AuditRecord> rows = AuditRows();
  for (size_t i = rows_before; i < rows.size(); ++i) {
    if (rows[i].entry.action == "patient.portal_account.create") {
      EXPECT_EQ(rows[i].entry.outcome, domain::AuditOutcome::kDenied);
      ++denied;
    }
  }
  EXPECT_EQ(denied, 4);
  // And the front desk's own view of the plan has no clinical detail.
  const HttpResult plan = As("front_desk", "GET", "/api/v1/plans/" + a_.plan.id.ToString());
  ASSERT_EQ(plan.status, 200);
  for (const char* clinical : {"zones", "depth_mm", "computed", "prep", "aftercare"}) {
    EXPECT_FALSE(plan.Json().contains(clinical)) << clinical;
  }
}

TEST_P(Accounts, AProviderInvitesAPatientAndTheLinkIsShownOnceToThem) {
  const std::string path = "/api/v1/patients/" + a_.seed.patient2.id.ToString() + "/portal-account";
  // Without an address the record's e-mail is used.
  const HttpResult invited = As("provider", "POST", path, "{}");
  ASSERT_EQ(invited.status, 201) << invited.body;
  EXPECT_EQ(invited.Json()["email"], "grace@example.test");
  EXPECT_EQ(invited.Json()["patient_id"], a_.seed.patient2.id.value());
  const std::string token = LinkToken(invited);
  const std::string secret = token.substr(token.find('.') + 1);
  // Not retrievable again: not in the patient's record, not in the owner's list.
  for (const std::string& read : {"/api/v1/patients/" + a_.seed.patient2.id.ToString(),
                                  std::string("/api/v1/portal-accounts")}) {
    const HttpResult result = As("owner", "GET", read);
    ASSERT_EQ(result.status, 200) << read;
    EXPECT_EQ(result.body.find(secret), std::string::npos) << read;
  }
  ASSERT_EQ(Accept(token).status, 200);
  const HttpResult login = Login(client(), a_.seed.clinic.slug, "grace@example.test", kNewPassword);
  ASSERT_EQ(login.status, 201) << login.body;
  const std::string portal = login.Json()["token"];
  EXPECT_EQ(client()
                .Send("GET", "/api/v1/patients/" + a_.seed.patient2.id.ToString(), "",
                      Bearer(portal, false))
                .status,
            200);
  EXPECT_EQ(client()
                .Send("GET", "/api/v1/patients/" + a_.seed.patient.id.ToString(), "",
                      Bearer(portal, false))
                .status,
            404);
}

TEST_P(Accounts, ASecondInvitationReissuesTheOneAccount) {
  const std::string path = "/api/v1/patients/" + a_.seed.patient.id.ToString() + "/portal-account";
  const HttpResult first = As("owner", "POST", path, "{}");
  ASSERT_EQ(first.status, 200) << "the patient already has an account: re-issued: " << first.body;
  EXPECT_EQ(first.Json()["id"], a_.patient_user.id.value());
  EXPECT_FALSE(first.Json()["password_set"].get<bool>());
  server_->clock().Advance(kCachePropagation);
  EXPECT_EQ(WhoAmI(a_.tokens.at("patient")), 401) << "re-issuing ends the portal sessions";
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.patient_user.email).status, 401);
  const HttpResult second =
      As("provider", "POST", path, json{{"email", "ada.new@example.test"}}.dump());
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.Json()["id"], a_.patient_user.id.value()) << "still one account";
  EXPECT_EQ(second.Json()["email"], "ada.new@example.test");
  EXPECT_EQ(Accept(LinkToken(first)).status, 401) << "the first link is void";
  ASSERT_EQ(Accept(LinkToken(second)).status, 200);
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, "ada.new@example.test", kNewPassword).status, 201);
  // Another account's e-mail is refused.
  const HttpResult taken =
      As("provider", "POST", path, json{{"email", a_.seed.owner.email}}.dump());
  EXPECT_EQ(taken.status, 409) << taken.body;
}

TEST_P(Accounts, TheOwnerListsAndRevokesPortalAccounts) {
  const HttpResult list = As("owner", "GET", "/api/v1/portal-accounts");
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.Json()["items"].size(), 1u);
  EXPECT_EQ(list.Json()["items"][0]["patient_id"], a_.seed.patient.id.value());
  EXPECT_EQ(list.body.find("argon2"), std::string::npos);
  const std::string revoke = "/api/v1/portal-accounts/" + a_.patient_user.id.ToString();
  const HttpResult revoked = As("owner", "DELETE", revoke);
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  EXPECT_FALSE(revoked.Json()["active"].get<bool>());
  server_->clock().Advance(kCachePropagation);
  EXPECT_EQ(WhoAmI(a_.tokens.at("patient")), 401);
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.patient_user.email).status, 401);
  // Staff accounts are not portal accounts.
  EXPECT_EQ(
      As("owner", "DELETE", "/api/v1/portal-accounts/" + a_.seed.provider.id.ToString()).status,
      404);
  // The revocation is in the patient's audit history.
  bool found = false;
  for (const domain::AuditRecord& row : AuditRows()) {
    found = found || (row.entry.action == "portal_account.revoke" &&
                      row.entry.patient_id == a_.seed.patient.id);
  }
  EXPECT_TRUE(found);
}

// Every scalar in `value`, as text, with its key ("key=value").
void Leaves(const json& value, const std::string& key, std::multiset<std::string>& out) {
  if (value.is_object()) {
    for (const auto& [k, v] : value.items()) Leaves(v, k, out);
  } else if (value.is_array()) {
    for (const json& item : value) Leaves(item, key, out);
  } else {
    out.insert(key + "=" + value.dump());
  }
}

TEST_P(Accounts, APortalPrincipalNeverSeesMoreThanAClinicianOfTheSamePatient) {
  // Every route the patient role may call, from the route table: a new one fails here until
  // it is compared too.
  const std::string own = a_.seed.patient.id.ToString();
  app::RequestContext owner = ContextOf(a_, a_.seed.owner);
  const base::Result<app::Booking> visit = app::BookVisit(server_->env(), owner,
                                                          {.patient = a_.seed.patient.id,
                                                           .start = {NextBookingDay(), 9 * 60},
                                                           .provider = a_.seed.provider.id});
  ASSERT_TRUE(visit.has_value()) << visit.error().ToString();
  const base::Result<domain::Photo> photo = FreshPhoto(*server_, a_, a_.seed.patient.id);
  ASSERT_TRUE(photo.has_value()) << photo.error().ToString();
  const base::Result<app::ConcernView> concern = FreshConcern(*server_, a_, a_.seed.patient.id);
  ASSERT_TRUE(concern.has_value()) << concern.error().ToString();
  const std::string session = concern->report.session_id.ToString();
  const std::map<std::string, std::vector<std::string>> requests = {
      {"GET /api/v1/sessions/{id}/aftercare", {"/api/v1/sessions/" + session + "/aftercare"}},
      {"GET /api/v1/patients/{id}/sessions", {"/api/v1/patients/" + own + "/sessions"}},
      {"GET /api/v1/adverse-reports/{id}",
       {"/api/v1/adverse-reports/" + concern->report.id.ToString()}},
      {"POST /api/v1/sessions/{id}/adverse-reports", {}},
      // A concern's photo: the same file whoever asks; the upload answers what was written.
      {"GET /api/v1/adverse-reports/{id}/photo", {}},
      {"POST /api/v1/adverse-reports/{id}/photo", {}},
      {"GET /api/v1/appointments/{id}",
       {"/api/v1/appointments/" + visit->appointments.at(0).id.ToString()}},
      {"GET /api/v1/patients/{id}", {"/api/v1/patients/" + own}},
      {"GET /api/v1/patients/{id}/plans", {"/api/v1/patients/" + own + "/plans"}},
      {"GET /api/v1/patients/{id}/appointments", {"/api/v1/patients/" + own + "/appointments"}},
      {"GET /api/v1/appointments/{id}/calendar.ics",
       {"/api/v1/appointments/" + visit->appointments.at(0).id.ToString() + "/calendar.ics"}},
      {"GET /api/v1/plans/{id}", {"/api/v1/plans/" + a_.plan.id.ToString()}},
      {"GET /api/v1/consent-texts", {"/api/v1/consent-texts"}},
      {"GET /api/v1/patients/{id}/consents", {"/api/v1/patients/" + own + "/consents"}},
      {"GET /api/v1/patients/{id}/photos", {"/api/v1/patients/" + own + "/photos"}},
      {"GET /api/v1/patients/{id}/photo-trend", {"/api/v1/patients/" + own + "/photo-trend"}},
      {"GET /api/v1/photos/{id}", {"/api/v1/photos/" + photo->id.ToString()}},
      // The photo's bytes are the same file whoever asks; writes return what was written.
      {"GET /api/v1/photos/{id}/image", {}},
      {"GET /api/v1/photos/{id}/thumbnail", {}},
      {"PATCH /api/v1/photos/{id}", {}},
      {"POST /api/v1/patients/{id}/photos", {}},
      {"POST /api/v1/patients/{id}/consents", {}},
      // About the session itself, not a patient: the principal's own account.
      {"GET /api/v1/session", {}},
      {"DELETE /api/v1/session", {}},
  };
  for (const Route& route : ApiRoutes()) {
    if (route.is_public() || !route.roles.Contains(domain::Role::kPatient)) continue;
    auto it = requests.find(RouteKey(route));
    ASSERT_NE(it, requests.end()) << RouteKey(route) << " accepts the patient role: compare it";
    for (const std::string& path : it->second) {
      const HttpResult portal = As("patient", "GET", path);
      const HttpResult clinician = As("provider", "GET", path);
      ASSERT_EQ(portal.status, 200) << path << ": " << portal.body;
      ASSERT_EQ(clinician.status, 200) << path;
      if (path.ends_with(".ics")) {  // the patient-facing file, the same whoever downloads it
        EXPECT_EQ(portal.body, clinician.body) << path;
        continue;
      }
      std::multiset<std::string> seen_by_portal, seen_by_clinician;
      Leaves(portal.Json(), "", seen_by_portal);
      Leaves(clinician.Json(), "", seen_by_clinician);
      std::set<std::string> clinician_values;
      for (const std::string& leaf : seen_by_clinician) {
        clinician_values.insert(leaf);
        clinician_values.insert(leaf.substr(leaf.find('=')));  // the value under any key
      }
      for (const std::string& leaf : seen_by_portal) {
        EXPECT_TRUE(clinician_values.contains(leaf) ||
                    clinician_values.contains(leaf.substr(leaf.find('='))))
            << path << ": the portal sees " << leaf << ", which a clinician does not";
      }
    }
  }
  // And nothing of another patient: the patient's records only.
  const std::string other = a_.seed.patient2.id.ToString();
  EXPECT_EQ(As("patient", "GET", "/api/v1/patients/" + other).status, 404);
  EXPECT_EQ(As("patient", "GET", "/api/v1/patients/" + other + "/plans").status, 404);
}

// ---- Owners -----------------------------------------------------------------------------------

TEST_P(Accounts, TheLastOwnerWhoCanLogInCannotBeDemotedOrDeactivated) {
  const std::string self = "/api/v1/staff/" + a_.seed.owner.id.ToString();
  for (const char* change : {R"({"role":"provider"})", R"({"active":false})"}) {
    const HttpResult refused = As("owner", "PATCH", self, change);
    EXPECT_EQ(refused.status, 422) << change << ": " << refused.body;
    EXPECT_NE(refused.body.find("last owner"), std::string::npos) << refused.body;
  }
  const HttpResult reset = As("owner", "POST", self + "/password-reset");
  EXPECT_EQ(reset.status, 422) << reset.body;
  EXPECT_EQ(WhoAmI(a_.tokens.at("owner")), 200) << "nothing changed";
  // A second owner who has not set a password yet cannot log in: still refused.
  const HttpResult second = Invite("second.owner@example.test", "owner");
  ASSERT_EQ(second.status, 201);
  EXPECT_EQ(As("owner", "PATCH", self, R"({"role":"provider"})").status, 422);
  // Once they can log in, the first owner may step down, and the second is then the last.
  ASSERT_EQ(Accept(LinkToken(second)).status, 200);
  EXPECT_EQ(As("owner", "PATCH", self, R"({"role":"provider"})").status, 200);
  const HttpResult login =
      Login(client(), a_.seed.clinic.slug, "second.owner@example.test", kNewPassword);
  ASSERT_EQ(login.status, 201);
  const std::string second_self =
      "/api/v1/staff/" + std::to_string(second.Json()["id"].get<int64_t>());
  EXPECT_EQ(client()
                .Send("PATCH", second_self, R"({"active":false})",
                      Bearer(login.Json()["token"].get<std::string>()))
                .status,
            422);
}

// Regression (issue 8, finding 16: the last owner able to log in cannot demote themselves).
// Each change checked the other owners and then wrote: two owners demoting themselves at the
// same moment each saw the other still an owner, and on PostgreSQL both succeeded, leaving
// the clinic without an owner. Now the second change sees the first and is refused.
TEST_P(Accounts, TheLastOwnerCannotDemoteThemselvesEvenWhenTwoOwnersTryAtOnce) {
  const HttpResult invited = Invite("second.owner@example.test", "owner");
  ASSERT_EQ(invited.status, 201) << invited.body;
  ASSERT_EQ(Accept(LinkToken(invited)).status, 200);
  struct Owner {
    std::string email;
    std::string password;
    std::string path;
  };
  const std::array<Owner, 2> owners = {
      Owner{a_.seed.owner.email, std::string(kTestPassword),
            "/api/v1/staff/" + a_.seed.owner.id.ToString()},
      Owner{"second.owner@example.test", std::string(kNewPassword),
            "/api/v1/staff/" + std::to_string(invited.Json()["id"].get<int64_t>())}};
  auto log_in = [&](const Owner& owner) {
    const HttpResult login = Login(client(), a_.seed.clinic.slug, owner.email, owner.password);
    EXPECT_EQ(login.status, 201) << owner.email << ": " << login.body;
    return login.status == 201 ? login.Json()["token"].get<std::string>() : std::string();
  };
  for (int round = 0; round < 8; ++round) {
    const std::array<std::string, 2> tokens = {log_in(owners[0]), log_in(owners[1])};
    ASSERT_FALSE(tokens[0].empty() || tokens[1].empty()) << "round " << round;
    std::array<std::future<HttpResult>, 2> demotions;
    for (int i = 0; i < 2; ++i) {
      demotions[i] = std::async(std::launch::async, [&, i] {
        return client().Send("PATCH", owners[i].path, R"({"role":"provider"})", Bearer(tokens[i]));
      });
    }
    const std::array<int, 2> statuses = {demotions[0].get().status, demotions[1].get().status};
    std::vector<domain::User> staff;
    {
      auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
      staff = tx->users().ListStaff().value();
    }
    const auto owner_left = std::count_if(staff.begin(), staff.end(), [](const domain::User& u) {
      return u.role == domain::Role::kOwner && u.active;
    });
    ASSERT_EQ(owner_left, 1) << "round " << round << ": answers " << statuses[0] << ", "
                             << statuses[1];
    ASSERT_EQ(std::count(statuses.begin(), statuses.end(), 200), 1) << "round " << round;
    ASSERT_EQ(std::count(statuses.begin(), statuses.end(), 422), 1) << "round " << round;
    // The owner who stayed makes the other an owner again for the next round.
    const int stayed = statuses[0] == 200 ? 1 : 0;
    const HttpResult promoted = client().Send("PATCH", owners[1 - stayed].path,
                                              R"({"role":"owner"})", Bearer(tokens[stayed]));
    ASSERT_EQ(promoted.status, 200) << promoted.body;
  }
}

// ---- The clinic's login name -----------------------------------------------------------------

TEST_P(Accounts, TheOwnerRenamesTheClinicsLoginName) {
  const SeededApiClinic b = SeedApiClinic(*server_, "accounts-b").value();
  const std::string renamed = storage::testing::UniqueSlug("renamed");
  const HttpResult bad = As("owner", "PATCH", "/api/v1/clinic", R"({"slug":"Not A Slug"})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["errors"][0]["path"], "/slug");
  const HttpResult taken =
      As("owner", "PATCH", "/api/v1/clinic", json{{"slug", b.seed.clinic.slug}}.dump());
  EXPECT_EQ(taken.status, 409) << taken.body;
  const HttpResult changed = As("owner", "PATCH", "/api/v1/clinic", json{{"slug", renamed}}.dump());
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["slug"], renamed);
  // Sessions keep working; logins use the new name only.
  for (const auto& [role, token] : a_.tokens) EXPECT_EQ(WhoAmI(token), 200) << role;
  EXPECT_EQ(Login(client(), renamed, a_.seed.owner.email).status, 201);
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.owner.email).status, 401);
  EXPECT_EQ(Login(client(), b.seed.clinic.slug, b.seed.owner.email).status, 201);
  bool audited = false;
  for (const domain::AuditRecord& row : AuditRows()) {
    audited = audited || (row.entry.action == "clinic.update" &&
                          row.entry.detail.find(renamed) != std::string::npos);
  }
  EXPECT_TRUE(audited);
}

INSTANTIATE_TEST_SUITE_P(Backends, Accounts, ::testing::Values("sqlite", "postgres", "memory"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
