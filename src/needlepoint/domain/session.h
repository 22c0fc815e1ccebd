// Login state: an authenticated session (stored by the hash of its token) and the failed-login
// counter behind login throttling.
#pragma once

#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"

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
