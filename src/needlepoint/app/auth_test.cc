// Authenticator on the in-memory twin: what a login costs must not reveal what kind of
// account was named. An account without a password, an unknown account and a wrong password
// each cost one Argon2id verification under the current parameters.
#include "needlepoint/app/auth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "needlepoint/storage/memory/memory_test_support.h"

namespace needlepoint::app {
namespace {

using storage::memory::testing::MemoryDatabaseTest;

constexpr std::string_view kPassword = "correct horse battery staple 7";

class AuthTest : public MemoryDatabaseTest {
 protected:
  // Adds an active provider to harbour_ with `password_hash`; returns the e-mail.
  std::string AddUser(const std::string& email, const std::string& password_hash) {
    auto tx = Write(harbour_);
    domain::User user = NewStaff(email, domain::Role::kProvider, "Test User");
    user.password_hash = password_hash;
    EXPECT_TRUE(tx->users().Create(user).has_value());
    EXPECT_TRUE(tx->Commit().ok());
    return email;
  }

  static AuthSettings Settings(security::Argon2Params argon2) {
    AuthSettings settings;
    settings.argon2 = argon2;
    settings.free_failures = 1000;  // time the check, not the throttle
    settings.address_attempts_per_minute = 1'000'000;
    return settings;
  }

  // The median time of `rounds` failed logins of `email` with `password`.
  static std::chrono::duration<double, std::milli> MedianLogin(Authenticator& auth,
                                                               const std::string& email,
                                                               std::string_view password,
                                                               int rounds = 5) {
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
      const auto started = std::chrono::steady_clock::now();
      const base::Result<LoginResult> result =
          auth.Login({"harbour-skin", email, std::string(password)}, "192.0.2.1", "test");
      times.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
              .count());
      EXPECT_FALSE(result.has_value()) << email;
      if (!result) {
        EXPECT_EQ(result.error().code(), base::StatusCode::kUnauthenticated)
            << result.error().ToString();
      }
    }
    std::sort(times.begin(), times.end());
    return std::chrono::duration<double, std::milli>(times[times.size() / 2]);
  }
};

// Regression (issue 8): an account without a password (an invited account that has not set
// one yet, a demo account) answered in about 1 ms, a wrong password in about 210 ms, so the
// timing told an attacker which accounts have no password yet.
TEST_F(AuthTest, AnAccountWithoutAPasswordCostsAFullVerification) {
  const security::Argon2Params params{19 * 1024, 2};
  const std::string real = AddUser("real@example.test", *security::HashPassword(kPassword, params));
  const std::string none = AddUser("invited@example.test", "!");
  Authenticator auth(db_, clock_, Settings(params));
  const auto wrong_password = MedianLogin(auth, real, "not the password 123");
  const auto no_password = MedianLogin(auth, none, "any password at all");
  EXPECT_GE(no_password.count(), 0.5 * wrong_password.count())
      << "no password: " << no_password.count() << " ms, wrong password " << wrong_password.count()
      << " ms";
}

// Regression (issue 8): the dummy hash that unknown accounts are checked against was made
// once per process with the parameters of the first login, so after a change of parameters
// an unknown account answered at the old cost.
TEST_F(AuthTest, UnknownAccountsCostAVerificationUnderTheCurrentParameters) {
  {
    Authenticator cheap(db_, clock_, Settings({19 * 1024, 2}));
    (void)MedianLogin(cheap, "nobody@example.test", "whatever password", 1);
  }
  const security::Argon2Params current{64 * 1024, 2};
  const std::string real =
      AddUser("real@example.test", *security::HashPassword(kPassword, current));
  Authenticator auth(db_, clock_, Settings(current));
  const auto wrong_password = MedianLogin(auth, real, "not the password 123");
  const auto unknown = MedianLogin(auth, "nobody@example.test", "whatever password");
  EXPECT_GE(unknown.count(), 0.5 * wrong_password.count())
      << "unknown account: " << unknown.count() << " ms, wrong password " << wrong_password.count()
      << " ms";
}

}  // namespace
}  // namespace needlepoint::app
