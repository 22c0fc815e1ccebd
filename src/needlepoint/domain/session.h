// Login state: an authenticated session (stored by the hash of its token), the failed-login
// counter behind login throttling, and the one-time links that set an account's password.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

struct AuthSession {
  base::ClinicId clinic_id;
  std::string token_hash;  // hex SHA-256 of the token's secret; the token itself is never stored
  base::UserId user_id;
  base::Timestamp created_at;
  base::Timestamp last_seen_at;  // for the idle timeout
  base::Timestamp expires_at;    // the absolute timeout
};

// Login attempts of one account (or device) since its last successful login, and the time
// before which it may not try again.
struct LoginThrottle {
  int failures = 0;  // attempts counted (each is counted before its password is checked)
  base::Timestamp locked_until;
};

// Why a set-password link was issued.
enum class PasswordTokenPurpose { kInvitation, kReset };
template <>
struct CodeTraits<PasswordTokenPurpose> {
  static constexpr std::string_view kNoun = "link purpose";
  static constexpr std::array<std::string_view, 2> kNames = {"invitation", "reset"};
};

// A one-time set-password link of an account (an invitation or a password reset). Like a
// session token, only the SHA-256 of its secret is stored. An account has at most one.
struct PasswordToken {
  base::ClinicId clinic_id;
  base::UserId user_id;
  std::string token_hash;  // hex SHA-256 of the link's secret
  PasswordTokenPurpose purpose = PasswordTokenPurpose::kInvitation;
  std::optional<base::UserId> created_by;  // absent when issued by `needlepoint init`
  base::Timestamp created_at;
  base::Timestamp expires_at;
};

// A protocol version uploaded by a clinic (the TOML as uploaded).
struct StoredProtocol {
  base::ClinicId clinic_id;
  int64_t seq = 0;  // upload order; the highest is active
  std::string name;
  std::string version;
  std::string toml;
  base::UserId uploaded_by;
  base::Timestamp created_at;
};

}  // namespace needlepoint::domain
