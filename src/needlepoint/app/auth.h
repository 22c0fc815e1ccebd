// Authentication: logging in with clinic, e-mail and password; turning a session token into
// a Principal; logging out. Sessions expire after 15 idle minutes and 12 hours in all
// (configurable). Login attempts back off per account (exponentially, capped, never a
// permanent lockout) and per client address; an unknown clinic, an unknown account and a
// wrong password all get the same answer, in the same time.
//
// Throttling (docs/SECURITY.md): every attempt is counted in the database, atomically,
// before its password is checked, so a concurrent burst gets exactly `free_failures`
// checks; while an account backs off its attempts are refused without being counted, so
// guessing cannot lengthen the wait. A client that logged into the account before presents
// its device cookie (security/device_cookie.h): its attempts are counted on their own, so an
// attacker who keeps failing an account cannot lock out its owner's devices.
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
  // Signs device cookies (32 bytes). Empty: a random key, valid for this process only. The
  // server derives it from the audit key, so every server of a chain accepts the same cookies.
  std::string device_key;
  std::chrono::seconds device_cookie_lifetime = std::chrono::days(180);
  // A validated session is trusted from memory for this long before the database is asked
  // again. Logout on this server takes effect at once; a session ended elsewhere (another
  // server of a chain, a password change) stops working within this time. 0: always ask.
  std::chrono::seconds session_cache_ttl = std::chrono::seconds(2);
};

struct LoginRequest {
  std::string clinic;  // the clinic's login name (slug)
  std::string email;
  std::string password;
  std::string device_cookie;  // as the client sent it; "" if none
};

struct LoginResult {
  security::SessionToken token;
  std::string csrf_token;
  Principal principal;
  domain::User user;
  std::string device_cookie;  // a new device cookie for this client and account
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

  // A new device cookie for `email` of `clinic` (security/device_cookie.h), as a successful
  // login sets. Accepting a set-password link sets one too: the browser that just set the
  // account's password is one of its devices, so logins from it are throttled on its own
  // counter — an attacker keeping the account backing off cannot keep its owner out, even
  // the clinic's last owner on a new device after the operator's reset (issue 8, finding 15).
  std::string NewDeviceCookieFor(base::ClinicId clinic, std::string_view email) const;

  // Drops `user`'s sessions from this server's cache (after a password, role or activity
  // change, which also deletes them from the database).
  void ForgetUser(base::ClinicId clinic, base::UserId user);

  const AuthSettings& settings() const { return settings_; }

 private:
  // kResourceExhausted if `address` made too many attempts in the last minute.
  base::Status CheckAddress(std::string_view address);
  // How long an account backs off after its `attempts`-th attempt (none before
  // `free_failures`; then 1 s, doubling, up to the cap).
  std::optional<std::chrono::seconds> Backoff(int attempts) const;
  // Counts one attempt on `key` in `tx` (and starts its backoff if this attempt uses up the
  // free ones); kResourceExhausted, counting nothing, while `key` is backing off.
  base::Status Admit(storage::Transaction& tx, std::string_view key, base::Timestamp now);
  // Logins naming a clinic that does not exist are throttled in memory exactly like a real
  // clinic's accounts, so a 429 does not reveal which clinic login names exist.
  base::Status FailUnknownClinic(const LoginRequest& request);
  // Records a login attempt: a success (`result`, with the password rehashed under current
  // parameters if `rehashed`) or, without `result`, a failure that counts towards the
  // backoff. kUnauthenticated if the account changed while its password was being checked.
  base::Status RecordOutcome(base::ClinicId clinic, const std::string& throttle_key,
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
  std::string device_key_;
  std::counting_semaphore<64> hashing_;
  std::mutex address_mutex_;
  std::map<std::string, std::deque<base::Timestamp>, std::less<>> address_attempts_;
  std::mutex unknown_mutex_;
  std::map<std::string, domain::LoginThrottle, std::less<>> unknown_clinic_attempts_;
};

// "retry in N s" → N, for the Retry-After header; 1 if absent.
int RetryAfterSeconds(const base::Status& status);

}  // namespace needlepoint::app
