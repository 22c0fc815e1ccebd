// Session tokens and CSRF tokens. A session token is "<clinic id>.<43 base64url characters>":
// 256 random bits from the OS CSPRNG, prefixed with the clinic so the server knows which
// tenant to look in. Only its SHA-256 is stored, so a copy of the database cannot be replayed
// as a login. The CSRF token is derived from the session token (HMAC), so it needs no storage
// and an attacker without the session cookie cannot compute it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/base/ids.h"

namespace needlepoint::security {

struct SessionToken {
  base::ClinicId clinic;
  std::string secret;  // the base64url part
  std::string ToString() const { return clinic.ToString() + "." + secret; }
};

// A new random token for `clinic`.
SessionToken NewSessionToken(base::ClinicId clinic);

// Parses "<id>.<secret>"; nullopt unless it has exactly that shape.
std::optional<SessionToken> ParseSessionToken(std::string_view text);

// Hex SHA-256 of the token's secret: what is stored.
std::string HashToken(const SessionToken& token);

// The CSRF token that goes with `token`.
std::string CsrfToken(const SessionToken& token);

// Lower-case hex SHA-256 of `bytes` (what a consent signature stores of the text signed).
std::string Sha256Hex(std::string_view bytes);

// Constant-time equality.
bool SecureEquals(std::string_view a, std::string_view b);

// 16 random hex characters (request ids).
std::string RandomHex(std::size_t bytes = 8);

}  // namespace needlepoint::security
