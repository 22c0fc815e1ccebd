#include "needlepoint/app/auth.h"

#include <algorithm>
#include <cctype>

#include "needlepoint/security/device_cookie.h"

namespace needlepoint::app {
namespace {

using std::chrono::duration_cast;
using std::chrono::seconds;

base::Status InvalidCredentials() { return base::Unauthenticated("invalid credentials"); }

base::Status TooMany(seconds wait) {
  return base::ResourceExhausted("too many attempts; retry in " +
                                 std::to_string(std::max<int64_t>(1, wait.count())) + " s");
}

std::string NormalisedEmail(std::string_view email) {
  std::string out(email.substr(0, 320));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

int RetryAfterSeconds(const base::Status& status) {
  const std::string& message = status.message();
  const size_t at = message.find("retry in ");
  if (at == std::string::npos) return 1;
  return std::max(1, std::atoi(message.c_str() + at + 9));
}

Authenticator::Authenticator(storage::Database& db, const base::Clock& clock, AuthSettings settings)
    : db_(db),
      clock_(clock),
      settings_(settings),
      device_key_(settings.device_key.empty() ? security::RandomKey() : settings.device_key),
      hashing_(std::clamp(settings.concurrent_hashes, 1, 64)) {
  // Make the dummy hash now, so that the first unknown account does not cost two hashes.
  security::VerifyDummy("", settings_.argon2);
}

base::Status Authenticator::CheckAddress(std::string_view address) {
  const base::Timestamp now = clock_.Now();
  std::lock_guard lock(address_mutex_);
  auto it = address_attempts_.find(address);
  if (it == address_attempts_.end()) {
    it = address_attempts_.emplace(std::string(address), std::deque<base::Timestamp>()).first;
  }
  std::deque<base::Timestamp>& attempts = it->second;
  while (!attempts.empty() && now - attempts.front() >= std::chrono::minutes(1)) {
    attempts.pop_front();
  }
  if (static_cast<int>(attempts.size()) >= settings_.address_attempts_per_minute) {
    return TooMany(duration_cast<seconds>(attempts.front() + std::chrono::minutes(1) - now));
  }
  attempts.push_back(now);
  if (address_attempts_.size() > 100000) address_attempts_.clear();  // bound the memory
  return base::OkStatus();
}

std::optional<seconds> Authenticator::Backoff(int attempts) const {
  const int over = attempts - settings_.free_failures;
  if (over < 0) return std::nullopt;
  return std::min<seconds>(seconds(int64_t{1} << std::min(over, 20)), settings_.max_backoff);
}

base::Status Authenticator::Admit(storage::Transaction& tx, std::string_view key,
                                  base::Timestamp now) {
  NP_ASSIGN_OR_RETURN(std::optional<int> attempts, tx.login_attempts().CountAttempt(key, now));
  if (!attempts) {
    NP_ASSIGN_OR_RETURN(domain::LoginThrottle throttle, tx.login_attempts().Get(key));
    return TooMany(duration_cast<seconds>(throttle.locked_until - now));
  }
  // The backoff starts before the password is checked (a success resets it), so no other
  // attempt slips in while this one is being checked.
  if (const std::optional<seconds> wait = Backoff(*attempts)) {
    NP_RETURN_IF_ERROR(tx.login_attempts().BackOff(key, now + *wait));
  }
  return base::OkStatus();
}

base::Result<LoginResult> Authenticator::Login(const LoginRequest& request,
                                               std::string_view client_address,
                                               std::string_view request_id) {
  NP_RETURN_IF_ERROR(CheckAddress(client_address));
  base::Result<base::ClinicId> clinic = db_.FindClinic(request.clinic);
  if (!clinic) {
    if (clinic.error().code() != base::StatusCode::kNotFound) return base::Fail(clinic.error());
    return base::Fail(FailUnknownClinic(request));
  }
  const std::string email = NormalisedEmail(request.email);
  // A client that logged into this account before is throttled on its own.
  const std::optional<std::string> device =
      request.device_cookie.empty()
          ? std::nullopt
          : security::DeviceCookieNonce(device_key_, request.device_cookie, *clinic, email);
  const std::string throttle_key = device ? "device:" + *device : email;

  // Count the attempt and read the account; the slow hash runs outside any transaction.
  std::optional<domain::User> user;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        db_.Begin(*clinic, storage::Access::kWrite));
    NP_RETURN_IF_ERROR(Admit(*tx, throttle_key, clock_.Now()));
    base::Result<domain::User> found = tx->users().FindByEmail(email);
    if (found) {
      user = std::move(*found);
    } else if (found.error().code() != base::StatusCode::kNotFound) {
      return base::Fail(found.error());
    }
    NP_RETURN_IF_ERROR(tx->Commit());
  }
  bool verified = false;
  std::optional<std::string> rehashed;  // the password under the current parameters
  {
    hashing_.acquire();
    // An account without a usable hash (no password set yet) costs a full verification too.
    if (user && user->active && security::IsUsableHash(user->password_hash)) {
      verified = security::VerifyPassword(request.password, user->password_hash);
    } else {
      security::VerifyDummy(request.password, settings_.argon2);
    }
    if (verified && security::NeedsRehash(user->password_hash, settings_.argon2)) {
      if (auto hash = security::HashPassword(request.password, settings_.argon2)) rehashed = *hash;
    }
    hashing_.release();
  }
  if (!verified) {
    NP_RETURN_IF_ERROR(RecordOutcome(*clinic, throttle_key, user, nullptr, {}, request_id));
    return base::Fail(InvalidCredentials());
  }
  LoginResult result;
  result.token = security::NewSessionToken(*clinic);
  result.csrf_token = security::CsrfToken(result.token);
  result.user = *user;
  result.principal = {*clinic,
                      user->id,
                      user->role,
                      user->patient_id,
                      security::HashToken(result.token),
                      clock_.Now() + settings_.absolute_timeout};
  result.device_cookie = security::NewDeviceCookie(device_key_, *clinic, email);
  NP_RETURN_IF_ERROR(RecordOutcome(*clinic, throttle_key, user, &result, rehashed, request_id));
  return result;
}

std::string Authenticator::NewDeviceCookieFor(base::ClinicId clinic, std::string_view email) const {
  return security::NewDeviceCookie(device_key_, clinic, NormalisedEmail(email));
}

base::Status Authenticator::FailUnknownClinic(const LoginRequest& request) {
  std::string key = request.clinic.substr(0, 200) + '\n' + NormalisedEmail(request.email);
  {
    // The same admission as a real account's, in memory.
    std::lock_guard lock(unknown_mutex_);
    if (unknown_clinic_attempts_.size() > 100000) unknown_clinic_attempts_.clear();  // bound
    domain::LoginThrottle& throttle = unknown_clinic_attempts_[std::move(key)];
    const base::Timestamp now = clock_.Now();
    if (throttle.locked_until > now) {
      return TooMany(duration_cast<seconds>(throttle.locked_until - now));
    }
    if (const std::optional<seconds> wait = Backoff(++throttle.failures)) {
      throttle.locked_until = now + *wait;
    }
  }
  hashing_.acquire();
  security::VerifyDummy(request.password, settings_.argon2);  // the same time as a real check
  hashing_.release();
  return InvalidCredentials();
}

base::Status Authenticator::RecordOutcome(base::ClinicId clinic, const std::string& throttle_key,
                                          const std::optional<domain::User>& user,
                                          const LoginResult* result,
                                          const std::optional<std::string>& rehashed,
                                          std::string_view request_id) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      db_.Begin(clinic, storage::Access::kWrite));
  const base::Timestamp now = clock_.Now();
  domain::AuditEntry entry;
  entry.action = "session.login";
  entry.object_type = "session";
  entry.request_id = std::string(request_id);
  if (user) {
    entry.user_id = user->id;
    entry.role = user->role;
  }
  // The account as it is now: the password check took a while, and meanwhile an owner may
  // have deactivated the user, changed their role or reset their password. Then this login
  // is refused; nothing read before the check is written back.
  bool admitted = result != nullptr;
  if (admitted) {
    NP_ASSIGN_OR_RETURN(domain::User current, tx->users().Get(user->id));
    admitted = current.active && current.role == user->role &&
               current.password_hash == user->password_hash;
    if (admitted) {
      NP_RETURN_IF_ERROR(tx->login_attempts().Reset(throttle_key));
      if (rehashed) {
        current.password_hash = *rehashed;
        NP_RETURN_IF_ERROR(tx->users().Update(current));
      }
      NP_RETURN_IF_ERROR(tx->sessions().Create({clinic, result->principal.token_hash, user->id, now,
                                                now, result->principal.session_expires_at}));
    } else {
      entry.outcome = domain::AuditOutcome::kDenied;
      entry.detail = "account changed during login";
    }
  } else {
    // The attempt was counted before its password was checked.
    entry.outcome = domain::AuditOutcome::kDenied;
    entry.detail = user ? "wrong password" : "unknown account";
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(entry));
  NP_RETURN_IF_ERROR(tx->Commit());
  return admitted || result == nullptr ? base::OkStatus() : InvalidCredentials();
}

std::optional<Principal> Authenticator::FromCache(const std::string& hash, base::Timestamp now) {
  std::lock_guard lock(cache_mutex_);
  auto it = cache_.find(hash);
  if (it == cache_.end()) return std::nullopt;
  const Cached& cached = it->second;
  const bool fresh = now - cached.checked_at < settings_.session_cache_ttl &&
                     now < cached.principal.session_expires_at &&
                     now - cached.last_seen < settings_.touch_interval;
  if (!fresh) return std::nullopt;
  return cached.principal;
}

void Authenticator::Remember(const std::string& hash, const Principal& principal,
                             base::Timestamp last_seen, base::Timestamp now) {
  if (settings_.session_cache_ttl.count() <= 0) return;
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() > 100000) cache_.clear();  // bound the memory
  cache_.insert_or_assign(hash, Cached{principal, last_seen, now});
}

void Authenticator::ForgetUser(base::ClinicId clinic, base::UserId user) {
  std::lock_guard lock(cache_mutex_);
  std::erase_if(cache_, [&](const auto& entry) {
    return entry.second.principal.clinic == clinic && entry.second.principal.user == user;
  });
}

void Authenticator::Forget(const std::string& hash) {
  std::lock_guard lock(cache_mutex_);
  cache_.erase(hash);
}

base::Result<Principal> Authenticator::Authenticate(std::string_view token) {
  const std::optional<security::SessionToken> parsed = security::ParseSessionToken(token);
  if (!parsed) return base::Fail(base::Unauthenticated("no valid session"));
  const std::string hash = security::HashToken(*parsed);
  const base::Timestamp now = clock_.Now();
  if (std::optional<Principal> cached = FromCache(hash, now)) return *cached;
  std::optional<domain::AuthSession> session;
  std::optional<domain::User> user;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        db_.Begin(parsed->clinic, storage::Access::kRead));
    base::Result<domain::AuthSession> found = tx->sessions().Get(hash);
    if (!found) {
      if (found.error().code() == base::StatusCode::kNotFound) {
        return base::Fail(base::Unauthenticated("no valid session"));
      }
      return base::Fail(found.error());
    }
    session = *found;
    base::Result<domain::User> found_user = tx->users().Get(session->user_id);
    if (!found_user) {
      if (found_user.error().code() == base::StatusCode::kNotFound) {
        return base::Fail(base::Unauthenticated("no valid session"));
      }
      return base::Fail(found_user.error());
    }
    user = std::move(*found_user);
  }
  const bool expired = now >= session->expires_at ||
                       now - session->last_seen_at >= settings_.idle_timeout || !user->active;
  const bool stale = now - session->last_seen_at >= settings_.touch_interval;
  if (expired || stale) {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        db_.Begin(parsed->clinic, storage::Access::kWrite));
    if (expired) {
      NP_RETURN_IF_ERROR(tx->sessions().Delete(hash));
    } else {
      NP_RETURN_IF_ERROR(tx->sessions().Touch(hash, now));
    }
    NP_RETURN_IF_ERROR(tx->Commit());
    if (expired) {
      Forget(hash);
      return base::Fail(base::Unauthenticated("the session has expired"));
    }
  }
  const Principal principal{parsed->clinic,   user->id, user->role,
                            user->patient_id, hash,     session->expires_at};
  Remember(hash, principal, stale ? now : session->last_seen_at, now);
  return principal;
}

base::Status Authenticator::Logout(const RequestContext& context) {
  Forget(context.principal.token_hash);
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      db_.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_RETURN_IF_ERROR(tx->sessions().Delete(context.principal.token_hash));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit("session.logout", "session", "", {})));
  return tx->Commit();
}

}  // namespace needlepoint::app
