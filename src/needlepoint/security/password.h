// Password storage and policy. Passwords are hashed with Argon2id (libsodium) into the
// standard encoded form ($argon2id$v=19$m=…,t=…,p=1$salt$hash) with a 16-byte random salt, so
// the parameters travel with each hash and older hashes can be upgraded at the next login.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/status.h"

namespace needlepoint::security {

struct Argon2Params {
  uint64_t memory_kib = 128 * 1024;  // memory cost in KiB
  uint64_t passes = 3;               // time cost (iterations)
};

// What docs/SECURITY.md records from `make bench` on the reference machine: the strongest
// setting that keeps a login under ~300 ms there. Never below OWASP's 19 MiB / 2 passes.
Argon2Params DefaultArgon2Params();

// Hashes `password`. kResourceExhausted if memory for the hash cannot be allocated.
base::Result<std::string> HashPassword(std::string_view password, const Argon2Params& params);

// True if `password` matches `encoded`. Constant-time with respect to the password; false
// for a malformed or non-Argon2id hash (and for the "!" of an account without a password).
bool VerifyPassword(std::string_view password, std::string_view encoded);

// True if `encoded` was made with weaker parameters than `params` (rehash at next login).
bool NeedsRehash(std::string_view encoded, const Argon2Params& params);

// True if `encoded` is a well-formed Argon2id hash that VerifyPassword can check (false for
// the "!" of an account without a password, or anything damaged).
bool IsUsableHash(std::string_view encoded);

// Runs a verification against a dummy hash made with `params` (once per set of parameters,
// cached), so that a login for an unknown account or an account without a usable hash costs
// the same time as one for a real account under the current parameters. Thread-safe.
void VerifyDummy(std::string_view password, const Argon2Params& params);

// Checks a new password against the policy (ASVS V2.1): 12 to 128 characters (Unicode code
// points, never truncated), not a well-known password, not containing the login name.
// Returns the problems as field problems at `path`.
std::vector<base::FieldProblem> PasswordProblems(std::string_view password, std::string_view email,
                                                 const std::string& path);

}  // namespace needlepoint::security
