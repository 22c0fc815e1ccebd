// Authentication: logging in with clinic, e-mail and password; turning a session token into
// a Principal; logging out. Sessions expire after 15 idle minutes and 12 hours in all
// (configurable). Failed logins back off per account (exponentially, capped, never a
// permanent lockout) and per client address; an unknown clinic, an unknown account and a
// wrong password all get the same answer, in the same time.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <semaphore>
#include <string>
#include <unordered_map>

#include "needlepoint/app/context.h"
#include "needlepoint/security/password.h"
#include "needlepoint/security/token.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

struct AuthSettings {
  std::chrono::seconds idle_timeout = std::chrono::minutes(15);
  std::chrono::seconds absolute_timeout = std::chrono::hours(12);
  // last_seen is written back at most this often (so reads stay reads); the idle timeout is
  // therefore exact to within this much.
  std::chrono::seconds touch_interval = std::chrono::seconds(30);
  int free_failures = 5;  // failed logins before the account backs off
  std::chrono::seconds max_backoff = std::chrono::minutes(15);
  int address_attempts_per_minute = 30;
  security::Argon2Params argon2 = security::DefaultArgon2Params();
  int concurrent_hashes = 2;  // bounds the memory Argon2 can take under a login burst
  // A validated session is trusted from memory for this long before the database is asked
  // again. Logout on this server takes effect at once; a session ended elsewhere (another
  // server of a chain, a password change) stops working within this time. 0: always ask.
  std::chrono::seconds session_cache_ttl = std::chrono::seconds(2);
};

struct LoginRequest {
  std::string clinic;  // the clinic's login name (slug)
  std::string email;
  std::string password;
};

struct LoginResult {
  security::SessionToken token;
  std::string csrf_token;
  Principal principal;
  domain::User user;
};

class Authenticator {
 public:
  // `db` and `clock` must outlive the authenticator. Thread-safe.
  Authenticator(storage::Database& db, const base::Clock& clock, AuthSettings settings = {});

  // kUnauthenticated "invalid credentials" for any wrong clinic, account or password (or an
  // account without a password); kResourceExhausted "too many attempts; retry in N s" while
  // the account or the address is backing off.
  base::Result<LoginResult> Login(const LoginRequest& request, std::string_view client_address,
                                  std::string_view request_id);

  // The principal of a live session; kUnauthenticated if the token is malformed, unknown,
  // idle for too long, past its absolute lifetime, or its user was deactivated.
  base::Result<Principal> Authenticate(std::string_view token);

  // Ends the session server-side; the token is useless afterwards.
  base::Status Logout(const RequestContext& context);

  // Counts one attempt by `address` against the per-address limit logins have; accepting a
  // set-password link (app/accounts.h) shares it. kResourceExhausted "… retry in N s" while
  // the address is over the limit.
  base::Status CountAddressAttempt(std::string_view address) { return CheckAddress(address); }

  // Drops `user`'s sessions from this server's cache (after a password, role or activity
  // change, which also deletes them from the database).
  void ForgetUser(base::ClinicId clinic, base::UserId user);

  const AuthSettings& settings() const { return settings_; }

 private:
  // kResourceExhausted if `address` made too many attempts in the last minute.
  base::Status CheckAddress(std::string_view address);
  // Counts one failed attempt: after `free_failures`, doubles the backoff up to the cap.
  void CountFailure(domain::LoginThrottle& throttle, base::Timestamp now) const;
  // Logins naming a clinic that does not exist are throttled in memory exactly like a real
  // clinic's accounts, so a 429 does not reveal which clinic login names exist.
  base::Status FailUnknownClinic(const LoginRequest& request);
  // Records a login attempt: a success (`result`, with the password rehashed under current
  // parameters if `rehashed`) or, without `result`, a failure that counts towards the
  // backoff. kUnauthenticated if the account changed while its password was being checked.
  base::Status RecordOutcome(base::ClinicId clinic, const std::string& email,
                             const std::optional<domain::User>& user, const LoginResult* result,
                             const std::optional<std::string>& rehashed,
                             std::string_view request_id);

  struct Cached {
    Principal principal;
    base::Timestamp last_seen;
    base::Timestamp checked_at;
  };
  std::optional<Principal> FromCache(const std::string& hash, base::Timestamp now);
  void Remember(const std::string& hash, const Principal& principal, base::Timestamp last_seen,
                base::Timestamp now);
  void Forget(const std::string& hash);

  storage::Database& db_;
  const base::Clock& clock_;
  AuthSettings settings_;
  std::mutex cache_mutex_;
  std::unordered_map<std::string, Cached> cache_;  // by token hash
  std::counting_semaphore<64> hashing_;
  std::mutex address_mutex_;
  std::map<std::string, std::deque<base::Timestamp>, std::less<>> address_attempts_;
  std::mutex unknown_mutex_;
  std::map<std::string, domain::LoginThrottle, std::less<>> unknown_clinic_attempts_;
};

// "retry in N s" → N, for the Retry-After header; 1 if absent.
int RetryAfterSeconds(const base::Status& status);

}  // namespace needlepoint::app
