// Login throttling and account enumeration (§7 P3), on SQLite: after 5 wrong passwords an
// account answers 429 with Retry-After — even to the right password — and backs off
// exponentially up to 15 minutes, never for good: once the (fake) clock passes the backoff
// the right password gets in. An unknown account, an unknown clinic and a wrong password get
// the same status and body (apart from request_id), and an unknown account or clinic backs
// off like a real account. The per-address limit answers 429 after 30 attempts in a minute and
// recovers.
#include <gtest/gtest.h>

#include <future>

#include "needlepoint/app/setup.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::string_view kWrong = "not the right password 1";

class Throttling : public ::testing::Test {
 protected:
  void Start(const TestServerOptions& options = {}) {
    auto server = TestServer::Start(options);
    ASSERT_TRUE(server.has_value()) << server.error().ToString();
    server_ = std::move(*server);
    auto a = SeedApiClinic(*server_, "throttle");
    ASSERT_TRUE(a.has_value()) << a.error().ToString();
    a_ = *a;
  }

  Client client() const { return Client(server_->port()); }
  HttpResult Attempt(const std::string& email, std::string_view password,
                     const std::string& clinic = "") const {
    return Login(client(), clinic.empty() ? a_.seed.clinic.slug : clinic, email, password);
  }
  static int RetryAfter(const HttpResult& result) {
    const std::string value = result.Header("retry-after");
    return value.empty() ? -1 : std::stoi(value);
  }
  // The body without what differs per request.
  static nlohmann::json Comparable(const HttpResult& result) {
    nlohmann::json body = result.Json();
    if (body.is_object()) body.erase("request_id");
    return body;
  }

  std::unique_ptr<TestServer> server_;
  SeededApiClinic a_;
};

TEST_F(Throttling, FiveWrongPasswordsBackOffWithRetryAfterButNeverLockForGood) {
  Start();
  const std::string email = a_.seed.provider.email;
  for (int i = 0; i < 5; ++i) {
    const HttpResult result = Attempt(email, kWrong);
    ASSERT_EQ(result.status, 401) << "attempt " << i + 1 << ": " << result.body;
  }
  // Now even the right password waits.
  HttpResult throttled = Attempt(email, kTestPassword);
  EXPECT_EQ(throttled.status, 429) << throttled.body;
  EXPECT_GE(RetryAfter(throttled), 1);
  EXPECT_TRUE(throttled.Header("content-type").starts_with("application/problem+json"));
  EXPECT_EQ(throttled.body.find("Lovelace"), std::string::npos);
  // Other accounts are not affected.
  EXPECT_EQ(Attempt(a_.seed.front_desk.email, kTestPassword).status, 201);

  // Past the backoff the right password gets in, and success resets the count.
  server_->clock().Advance(seconds(RetryAfter(throttled)));
  const HttpResult in = Attempt(email, kTestPassword);
  ASSERT_EQ(in.status, 201) << in.body;
  for (int i = 0; i < 4; ++i) ASSERT_EQ(Attempt(email, kWrong).status, 401);
  EXPECT_EQ(Attempt(email, kTestPassword).status, 201) << "four failures must not lock";

  // Keep guessing: the backoff doubles, capped at 15 minutes.
  for (int i = 0; i < 5; ++i) ASSERT_EQ(Attempt(email, kWrong).status, 401);
  int previous = 0;
  for (int round = 0; round < 14; ++round) {
    const HttpResult blocked = Attempt(email, kWrong);
    ASSERT_EQ(blocked.status, 429) << "round " << round << ": " << blocked.body;
    const int wait = RetryAfter(blocked);
    EXPECT_GE(wait, previous) << "round " << round;
    EXPECT_LE(wait, 15 * 60) << "round " << round;
    previous = wait;
    server_->clock().Advance(seconds(wait));
    ASSERT_EQ(Attempt(email, kWrong).status, 401) << "round " << round;
  }
  EXPECT_EQ(previous, 15 * 60) << "the backoff should reach its 15-minute cap";
  const HttpResult capped = Attempt(email, kTestPassword);
  EXPECT_EQ(capped.status, 429);
  EXPECT_LE(RetryAfter(capped), 15 * 60);
  server_->clock().Advance(minutes(15));
  EXPECT_EQ(Attempt(email, kTestPassword).status, 201) << "no permanent lockout";
}

TEST_F(Throttling, UnknownAccountsAndClinicsLookLikeWrongPasswords) {
  Start();
  const HttpResult wrong_password = Attempt(a_.seed.owner.email, kWrong);
  const HttpResult unknown_account = Attempt("nobody@example.test", kWrong);
  const HttpResult unknown_clinic = Attempt(a_.seed.owner.email, kWrong, "no-such-clinic");
  const HttpResult unknown_both = Attempt("nobody@example.test", kWrong, "no-such-clinic");
  EXPECT_EQ(wrong_password.status, 401) << wrong_password.body;
  for (const HttpResult* other : {&unknown_account, &unknown_clinic, &unknown_both}) {
    EXPECT_EQ(other->status, wrong_password.status) << other->body;
    EXPECT_EQ(Comparable(*other), Comparable(wrong_password)) << other->body << "\nvs\n"
                                                              << wrong_password.body;
    EXPECT_EQ(other->Header("content-type"), wrong_password.Header("content-type"));
    EXPECT_EQ(other->Header("www-authenticate"), wrong_password.Header("www-authenticate"));
    EXPECT_EQ(other->headers.contains("set-cookie"), wrong_password.headers.contains("set-cookie"));
  }
  // Locking out: an unknown account, and an account of an unknown clinic, back off exactly
  // like a real one, so the 429 reveals neither which accounts nor which clinics exist.
  for (int i = 0; i < 4; ++i) {
    ASSERT_EQ(Attempt(a_.seed.owner.email, kWrong).status, 401);
    ASSERT_EQ(Attempt("nobody@example.test", kWrong).status, 401);
    ASSERT_EQ(Attempt(a_.seed.owner.email, kWrong, "no-such-clinic").status, 401);
  }
  const HttpResult real = Attempt(a_.seed.owner.email, kWrong);
  const HttpResult fake = Attempt("nobody@example.test", kWrong);
  const HttpResult no_clinic = Attempt(a_.seed.owner.email, kWrong, "no-such-clinic");
  EXPECT_EQ(real.status, 429);
  for (const HttpResult* other : {&fake, &no_clinic}) {
    EXPECT_EQ(other->status, real.status);
    EXPECT_EQ(other->Header("retry-after"), real.Header("retry-after"));
    EXPECT_EQ(Comparable(*other), Comparable(real)) << other->body << "\nvs\n" << real.body;
  }
  // The e-mail is matched without regard to case, so case variants share the throttle.
  const HttpResult upper = Attempt("OWNER@EXAMPLE.TEST", kTestPassword);
  EXPECT_EQ(upper.status, 429) << upper.body;
  // The unknown clinic's backoff ends like a real one's.
  server_->clock().Advance(seconds(RetryAfter(no_clinic)));
  EXPECT_EQ(Attempt(a_.seed.owner.email, kWrong, "no-such-clinic").status, 401);
}

TEST_F(Throttling, TheAddressLimitAnswers429After30AttemptsAMinuteAndRecovers) {
  TestServerOptions options;
  options.auth.address_attempts_per_minute = 30;
  Start(options);
  server_->clock().Advance(seconds(61));  // forget the seeding's logins
  for (int i = 0; i < 30; ++i) {
    // Different accounts, so no account's own backoff interferes.
    const HttpResult result = i % 3 == 0
                                  ? Attempt(a_.seed.owner.email, kTestPassword)
                                  : Attempt("guess" + std::to_string(i) + "@example.test", kWrong);
    ASSERT_EQ(result.status, i % 3 == 0 ? 201 : 401) << "attempt " << i + 1 << ": " << result.body;
    server_->clock().Advance(seconds(1));
  }
  const HttpResult blocked = Attempt(a_.seed.owner.email, kTestPassword);
  EXPECT_EQ(blocked.status, 429) << blocked.body;
  const int wait = RetryAfter(blocked);
  EXPECT_GE(wait, 1);
  EXPECT_LE(wait, 60);
  // Also for another clinic's accounts: the limit is the address's.
  EXPECT_EQ(Attempt("someone@example.test", kWrong, "no-such-clinic").status, 429);
  // Logged-in requests are not login attempts.
  EXPECT_EQ(
      client().Send("GET", "/api/v1/session", "", Bearer(a_.tokens.at("owner"), false)).status,
      200);
  server_->clock().Advance(seconds(wait));
  EXPECT_EQ(Attempt(a_.seed.owner.email, kTestPassword).status, 201);
}

// The same server on every backend, for what depends on how the database counts.
class LoginRaces : public ServerTest {
 protected:
  LoginRaces() : ServerTest("races") {}
  HttpResult Attempt(const std::string& email, std::string_view password) const {
    return Login(client(), a_.seed.clinic.slug, email, password);
  }
};

// Regression (issue 8): concurrent wrong passwords all passed the backoff check before any
// of them was counted, so a burst got far more than the free failures. Attempts are counted
// atomically in the database before the password is checked: exactly `free_failures` of a
// burst are checked, the rest answer 429.
TEST_P(LoginRaces, ConcurrentWrongPasswordsGetExactlyTheFreeFailures) {
  constexpr int kBurst = 20;
  const std::string email = a_.seed.provider.email;
  std::vector<std::future<HttpResult>> attempts;
  for (int i = 0; i < kBurst; ++i) {
    attempts.push_back(
        std::async(std::launch::async, [&] { return Attempt(email, "not the password 123"); }));
  }
  int checked = 0;
  int throttled = 0;
  for (auto& attempt : attempts) {
    const HttpResult result = attempt.get();
    if (result.status == 401) ++checked;
    if (result.status == 429) ++throttled;
  }
  const int free_failures = TestServerOptions().auth.free_failures;
  EXPECT_EQ(checked, free_failures);
  EXPECT_EQ(throttled, kBurst - free_failures);
  EXPECT_EQ(Attempt(email, kTestPassword).status, 429) << "the account must be backing off";
}

// Regression (issue 8): an attacker who keeps failing the owner's account kept it locked:
// each failure at the end of a backoff started a longer one, for everyone. Attempts made
// while the account backs off are refused without being counted (the wait does not grow),
// and a client that logged into the account before — it holds a device cookie — is throttled
// on its own, so the owner gets in from their own devices however the attacker guesses.
TEST_P(LoginRaces, AnAttackerCannotKeepTheOwnerLockedOut) {
  const std::string owner = a_.seed.owner.email;
  const std::string wrong = "not the password 123";
  // The owner's device logged in before (the seeding did not keep its cookie).
  const HttpResult first = Attempt(owner, kTestPassword);
  ASSERT_EQ(first.status, 201) << first.body;
  const std::string device = first.Cookie(kDeviceCookie);
  ASSERT_FALSE(device.empty()) << "no device cookie was set";
  EXPECT_NE(first.Cookie(kSessionCookie), "") << "the session cookie must still be set";
  const std::map<std::string, std::string> from_device = {
      {"Cookie", std::string(kDeviceCookie) + "=" + device}};
  auto owner_logs_in = [&] {
    return Login(client(), a_.seed.clinic.slug, owner, kTestPassword, from_device);
  };

  // The attacker uses up the free failures: the account backs off for everyone else.
  for (int i = 0; i < 5; ++i) ASSERT_EQ(Attempt(owner, wrong).status, 401);
  const HttpResult locked = Attempt(owner, kTestPassword);
  ASSERT_EQ(locked.status, 429) << locked.body;
  const int wait = std::stoi(locked.Header("retry-after"));
  // ... but not for the owner's device.
  const HttpResult in = owner_logs_in();
  EXPECT_EQ(in.status, 201) << in.body;
  EXPECT_FALSE(in.Cookie(kDeviceCookie).empty());

  // Guessing during the backoff does not lengthen it.
  for (int i = 0; i < 10; ++i) ASSERT_EQ(Attempt(owner, wrong).status, 429);
  server_->clock().Advance(std::chrono::seconds(wait));
  EXPECT_EQ(Attempt(owner, wrong).status, 401) << "the backoff grew while it was refused";

  // The attacker keeps at it for hours, trying again the moment each backoff ends; the
  // owner's device gets in whenever the owner tries.
  for (int round = 0; round < 12; ++round) {
    const HttpResult blocked = Attempt(owner, wrong);
    ASSERT_EQ(blocked.status, 429) << "round " << round;
    EXPECT_EQ(owner_logs_in().status, 201) << "round " << round;
    server_->clock().Advance(std::chrono::seconds(std::stoi(blocked.Header("retry-after"))));
    ASSERT_EQ(Attempt(owner, wrong).status, 401) << "round " << round;
  }

  // A device cookie vouches only for its own account.
  const std::map<std::string, std::string> other_account = {
      {"Cookie", std::string(kDeviceCookie) + "=" + device}};
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.front_desk.email, "wrong again 123",
                  other_account)
                .status,
            401);
  // A stolen device cookie has its own small budget: five failures, then it backs off too,
  // while the account's other devices still get in.
  const std::string second_device = owner_logs_in().Cookie(kDeviceCookie);
  ASSERT_FALSE(second_device.empty());
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(Login(client(), a_.seed.clinic.slug, owner, wrong, from_device).status, 401);
  }
  EXPECT_EQ(owner_logs_in().status, 429) << "the stolen cookie kept guessing";
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, owner, kTestPassword,
                  {{"Cookie", std::string(kDeviceCookie) + "=" + second_device}})
                .status,
            201);
  // A forged cookie is no cookie.
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, owner, kTestPassword,
                  {{"Cookie", std::string(kDeviceCookie) + "=" + device + "x"}})
                .status,
            429);
}

// Regression (issue 8): behind a reverse proxy every request came from the proxy's address, so
// one client's 30 login attempts a minute locked every client out of logging in. With the
// proxy trusted (--trusted-proxy), the client address is the right-most untrusted entry of
// X-Forwarded-For; without it, X-Forwarded-For is ignored (a client could write anything).
TEST_P(LoginRaces, OneClientBehindATrustedProxyCannotLockEveryoneOut) {
  auto flood = [&](const std::string& forwarded_for) {
    for (int i = 0; i < 30; ++i) {
      const HttpResult result =
          Login(client(), a_.seed.clinic.slug, "guess" + std::to_string(i) + "@example.test",
                "not the password 123", {{"X-Forwarded-For", forwarded_for}});
      ASSERT_EQ(result.status, 401) << "attempt " << i + 1 << ": " << result.body;
    }
  };
  auto login_via = [&](const std::string& forwarded_for) {
    return Login(client(), a_.seed.clinic.slug, a_.seed.owner.email, kTestPassword,
                 {{"X-Forwarded-For", forwarded_for}})
        .status;
  };
  TestServerOptions options;
  options.auth.address_attempts_per_minute = 30;
  options.trusted_proxies = {"127.0.0.1/32"};
  StartServer(options);
  if (Stopped()) return;
  server_->clock().Advance(std::chrono::seconds(61));  // forget the seeding's logins
  ASSERT_NO_FATAL_FAILURE(flood("203.0.113.7"));
  EXPECT_EQ(login_via("203.0.113.7"), 429) << "the flooding client is limited";
  EXPECT_EQ(login_via("198.51.100.9"), 201) << "another client behind the proxy is not";
  // What the client writes itself, left of what the proxy appended, changes nothing.
  EXPECT_EQ(login_via("198.51.100.9, 203.0.113.7"), 429);

  // The proxy not trusted: X-Forwarded-For is ignored, the address is the proxy's (shared).
  options.trusted_proxies.clear();
  StartServer(options);
  if (Stopped()) return;
  server_->clock().Advance(std::chrono::seconds(61));
  ASSERT_NO_FATAL_FAILURE(flood("203.0.113.7"));
  EXPECT_EQ(login_via("198.51.100.9"), 429);
}

// Regression (issue 8, finding 15): throttling must never block the correct password of the
// clinic's last owner indefinitely. An attacker who retries the moment each backoff ends
// keeps the account backing off for every client that never logged into it; the owner's own
// devices get in regardless (AnAttackerCannotKeepTheOwnerLockedOut). On a new device, the
// last owner — nobody else can reset them — gets in through the operator's reset: the browser
// that accepts the link is given a device cookie, so it logs in on its own counter while the
// attacker keeps going.
TEST_P(LoginRaces, TheLastOwnersCorrectPasswordIsNeverBlockedIndefinitely) {
  const std::string owner = a_.seed.owner.email;
  const std::string wrong = "not the password 123";
  for (int i = 0; i < 5; ++i) ASSERT_EQ(Attempt(owner, wrong).status, 401);
  ASSERT_EQ(Attempt(owner, kTestPassword).status, 429) << "a new device waits like anyone";

  // The operator resets the last owner's password on the server (`needlepoint
  // reset-password`); the owner accepts the link on the new device.
  auto link = app::ResetPasswordFromServer(server_->env(), a_.seed.clinic.slug, owner);
  ASSERT_TRUE(link.has_value()) << link.error().ToString();
  constexpr std::string_view kNew = "a brand new passphrase 42 x";
  const HttpResult accepted =
      client().Send("POST", "/api/v1/invitations/accept",
                    nlohmann::json{{"token", link->token}, {"password", kNew}}.dump(),
                    {{"Content-Type", "application/json"}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  const std::string device = accepted.Cookie(kDeviceCookie);
  ASSERT_FALSE(device.empty()) << "accepting the link set no device cookie";
  for (const std::string& cookie : accepted.set_cookies) {
    if (!cookie.starts_with(std::string(kDeviceCookie) + "=")) continue;
    for (const char* attribute : {"; Path=/", "; Secure", "; HttpOnly", "; SameSite=Strict"}) {
      EXPECT_NE(cookie.find(attribute), std::string::npos) << cookie;
    }
  }
  const std::map<std::string, std::string> from_device = {
      {"Cookie", std::string(kDeviceCookie) + "=" + device}};

  // The attacker goes on for hours, retrying the moment each backoff ends; the account stays
  // backing off for clients without a device cookie, and the owner gets in every time.
  for (int round = 0; round < 12; ++round) {
    const HttpResult blocked = Attempt(owner, wrong);
    ASSERT_EQ(blocked.status, 429) << "round " << round;
    EXPECT_EQ(Attempt(owner, kNew).status, 429) << "round " << round << ": no cookie, no entry";
    const HttpResult in = Login(client(), a_.seed.clinic.slug, owner, kNew, from_device);
    EXPECT_EQ(in.status, 201) << "round " << round << ": " << in.body;
    server_->clock().Advance(std::chrono::seconds(std::stoi(blocked.Header("retry-after"))));
    ASSERT_EQ(Attempt(owner, wrong).status, 401) << "round " << round;
  }
  // The cookie vouches for this account only.
  EXPECT_EQ(Login(client(), a_.seed.clinic.slug, a_.seed.provider.email, wrong, from_device).status,
            401);
}

INSTANTIATE_TEST_SUITE_P(Backends, LoginRaces, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
