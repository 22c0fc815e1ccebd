// Session lifetime (§7 A5), on SQLite with the fake clock: 15 idle minutes end a session;
// activity every 10 minutes keeps it alive only until the 12-hour absolute limit; logout
// ends it server-side at once (the old token answers 401); every login issues a new 256-bit
// token; and an owner resetting a staff member's password, or changing their role or active flag,
// ends that member's sessions (and only theirs) — within the few seconds a validated session may be
// served from the authenticator's cache — while a harmless change ends none.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/http/testing/test_server.h"
#include "needlepoint/security/password.h"

namespace needlepoint::http::testing {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// A validated session may be trusted from memory for a few seconds
// (AuthSettings::session_cache_ttl) before the database is asked again, so a change made
// through another path than logout must take effect within this long.
constexpr seconds kCachePropagation{5};

class Sessions : public ::testing::Test {
 protected:
  void SetUp() override {
    auto server = TestServer::Start();
    ASSERT_TRUE(server.has_value()) << server.error().ToString();
    server_ = std::move(*server);
    auto a = SeedApiClinic(*server_, "session");
    ASSERT_TRUE(a.has_value()) << a.error().ToString();
    a_ = *a;
  }

  Client client() const { return Client(server_->port()); }

  std::string NewSession(const std::string& email, std::string_view password = kTestPassword) {
    const HttpResult login = Login(client(), a_.seed.clinic.slug, email, password);
    EXPECT_EQ(login.status, 201) << login.body;
    return login.status == 201 ? login.Json()["token"].get<std::string>() : "";
  }

  int WhoAmI(const std::string& token) const {
    return client().Send("GET", "/api/v1/session", "", Bearer(token, false)).status;
  }

  HttpResult ChangeStaff(const domain::User& user, const nlohmann::json& change) const {
    return client().Send("PATCH", "/api/v1/staff/" + user.id.ToString(), change.dump(),
                         Bearer(a_.tokens.at("owner")));
  }

  std::unique_ptr<TestServer> server_;
  SeededApiClinic a_;
};

TEST_F(Sessions, FifteenIdleMinutesEndASession) {
  const std::string token = NewSession(a_.seed.provider.email);
  server_->clock().Advance(minutes(14));
  EXPECT_EQ(WhoAmI(token), 200);
  server_->clock().Advance(minutes(14) + seconds(59));
  EXPECT_EQ(WhoAmI(token), 200) << "activity restarts the idle timer";
  server_->clock().Advance(minutes(15));
  const HttpResult expired = client().Send("GET", "/api/v1/session", "", Bearer(token, false));
  EXPECT_EQ(expired.status, 401) << expired.body;
  EXPECT_TRUE(expired.Header("www-authenticate").starts_with("Bearer"));
  // Gone for good: activity right after does not revive it.
  EXPECT_EQ(WhoAmI(token), 401);
  EXPECT_EQ(client()
                .Send("GET", "/api/v1/patients/" + a_.seed.patient.id.ToString(), "",
                      Bearer(token, false))
                .status,
            401);
}

TEST_F(Sessions, ActivityKeepsASessionAliveOnlyUntilTwelveHours) {
  const HttpResult login = Login(client(), a_.seed.clinic.slug, a_.seed.provider.email);
  ASSERT_EQ(login.status, 201);
  const std::string token = login.Json()["token"];
  EXPECT_EQ(login.Json()["expires_at"], "2026-12-01T12:00:00Z");
  int elapsed = 0;
  for (; elapsed < 12 * 60 - 10;) {
    server_->clock().Advance(minutes(10));
    elapsed += 10;
    ASSERT_EQ(WhoAmI(token), 200) << "after " << elapsed << " minutes";
  }
  EXPECT_EQ(elapsed, 710);
  server_->clock().Advance(minutes(10));
  EXPECT_EQ(WhoAmI(token), 401) << "past the absolute limit";
  // A fresh login works again.
  EXPECT_EQ(WhoAmI(NewSession(a_.seed.provider.email)), 200);
}

TEST_F(Sessions, LogoutEndsTheSessionAtOnce) {
  const std::string token = NewSession(a_.seed.front_desk.email);
  const std::string other = NewSession(a_.seed.front_desk.email);
  ASSERT_EQ(WhoAmI(token), 200);
  const HttpResult logout = client().Send("DELETE", "/api/v1/session", "", Bearer(token, false));
  ASSERT_EQ(logout.status, 204) << logout.body;
  const std::string cookie = logout.Header("set-cookie");
  EXPECT_TRUE(cookie.starts_with("__Host-np_session=;")) << cookie;
  EXPECT_NE(cookie.find("Max-Age=0"), std::string::npos) << cookie;
  // The same instant, no clock movement: the token is dead, with a bearer header or a cookie.
  EXPECT_EQ(WhoAmI(token), 401);
  EXPECT_EQ(client()
                .Send("GET", "/api/v1/patients/" + a_.seed.patient.id.ToString(), "",
                      SessionCookie(token, "", false))
                .status,
            401);
  EXPECT_EQ(client().Send("DELETE", "/api/v1/session", "", Bearer(token, false)).status, 401);
  // The user's other session is a different session.
  EXPECT_EQ(WhoAmI(other), 200);
}

TEST_F(Sessions, EveryLoginIssuesANewToken) {
  std::set<std::string> tokens;
  std::set<std::string> csrf_tokens;
  for (int i = 0; i < 5; ++i) {
    const HttpResult login = Login(client(), a_.seed.clinic.slug, a_.seed.owner.email);
    ASSERT_EQ(login.status, 201);
    const std::string token = login.Json()["token"];
    // "<clinic>.<43 base64url characters>": 256 random bits.
    ASSERT_EQ(token.substr(0, token.find('.')), a_.seed.clinic.id.ToString());
    EXPECT_EQ(token.size() - token.find('.') - 1, 43u) << token;
    tokens.insert(token);
    csrf_tokens.insert(login.Json()["csrf_token"].get<std::string>());
  }
  EXPECT_EQ(tokens.size(), 5u);
  EXPECT_EQ(csrf_tokens.size(), 5u);
  EXPECT_FALSE(tokens.contains(a_.tokens.at("owner")));
  for (const std::string& token : tokens) EXPECT_EQ(WhoAmI(token), 200);
}

TEST_F(Sessions, AHashUnderOldParametersIsReplacedAtTheNextLogin) {
  // Store the provider's password under other Argon2id parameters than the server's.
  const security::Argon2Params old_params{19 * 1024, 3};
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kWrite);
    ASSERT_TRUE(tx.has_value());
    domain::User user = (*tx)->users().Get(a_.seed.provider.id).value();
    user.password_hash = security::HashPassword(kTestPassword, old_params).value();
    ASSERT_TRUE((*tx)->users().Update(user).has_value());
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  const HttpResult login = Login(client(), a_.seed.clinic.slug, a_.seed.provider.email);
  ASSERT_EQ(login.status, 201) << login.body;

  auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead);
  ASSERT_TRUE(tx.has_value());
  const domain::User after = (*tx)->users().Get(a_.seed.provider.id).value();
  EXPECT_TRUE(security::NeedsRehash(after.password_hash, old_params)) << after.password_hash;
  EXPECT_FALSE(security::NeedsRehash(after.password_hash, server_->env().argon2))
      << after.password_hash;
  EXPECT_TRUE(security::VerifyPassword(kTestPassword, after.password_hash));
  // Only the hash changed.
  EXPECT_EQ(after.role, a_.seed.provider.role);
  EXPECT_TRUE(after.active);
}

TEST_F(Sessions, APasswordResetEndsThatUsersSessions) {
  const std::vector<std::string> provider = {a_.tokens.at("provider"),
                                             NewSession(a_.seed.provider.email),
                                             NewSession(a_.seed.provider.email)};
  for (const std::string& token : provider) ASSERT_EQ(WhoAmI(token), 200);
  // A harmless change ends nothing — also when it resends the role the user already has, as
  // an edit form does.
  ASSERT_EQ(ChangeStaff(a_.seed.provider, {{"title", "Nurse practitioner"}}).status, 200);
  ASSERT_EQ(ChangeStaff(a_.seed.provider, {{"title", "Lead nurse"}, {"role", "provider"}}).status,
            200);
  server_->clock().Advance(kCachePropagation);
  for (const std::string& token : provider) EXPECT_EQ(WhoAmI(token), 200);

  // The owner no longer chooses anyone's password.
  const HttpResult chosen = ChangeStaff(a_.seed.provider, {{"password", "a chosen password 42"}});
  EXPECT_EQ(chosen.status, 400) << chosen.body;

  const HttpResult reset =
      client().Send("POST", "/api/v1/staff/" + a_.seed.provider.id.ToString() + "/password-reset",
                    "", Bearer(a_.tokens.at("owner"), false));
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.body.find("argon2"), std::string::npos) << "a hash left the server";
  server_->clock().Advance(kCachePropagation);
  for (const std::string& token : provider) EXPECT_EQ(WhoAmI(token), 401);
  // Nobody else was logged out.
  EXPECT_EQ(WhoAmI(a_.tokens.at("owner")), 200);
  EXPECT_EQ(WhoAmI(a_.tokens.at("front_desk")), 200);
  // The old password is gone; the provider sets a new one with the link.
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.provider.email).status, 401);
  const std::string url = reset.Json()["invitation"]["url"];
  const std::string fresh = "a brand new passphrase 42";
  const HttpResult set = client().Send(
      "POST", "/api/v1/invitations/accept",
      nlohmann::json{{"token", url.substr(url.find('#') + 1)}, {"password", fresh}}.dump(),
      {{"Content-Type", "application/json"}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(WhoAmI(NewSession(a_.seed.provider.email, fresh)), 200);
}

TEST_F(Sessions, ARoleChangeOrDeactivationEndsThatUsersSessions) {
  const std::string desk = NewSession(a_.seed.front_desk.email);
  ASSERT_EQ(WhoAmI(desk), 200);
  ASSERT_EQ(ChangeStaff(a_.seed.front_desk, {{"role", "provider"}}).status, 200);
  server_->clock().Advance(kCachePropagation);
  EXPECT_EQ(WhoAmI(desk), 401) << "a privilege change must issue a new session";
  const HttpResult again = Login(client(), a_.seed.clinic.slug, a_.seed.front_desk.email);
  ASSERT_EQ(again.status, 201);
  EXPECT_EQ(again.Json()["role"], "provider");

  const std::string provider2 = NewSession(a_.seed.provider2.email);
  ASSERT_EQ(WhoAmI(provider2), 200);
  ASSERT_EQ(ChangeStaff(a_.seed.provider2, {{"active", false}}).status, 200);
  server_->clock().Advance(kCachePropagation);
  EXPECT_EQ(WhoAmI(provider2), 401);
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.provider2.email).status, 401);
  EXPECT_EQ(WhoAmI(a_.tokens.at("owner")), 200);
}

}  // namespace
}  // namespace needlepoint::http::testing
