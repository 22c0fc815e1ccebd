// Sealing small secrets the server must use again later (a clinic's SMTP password): encrypted
// and authenticated (XSalsa20-Poly1305, libsodium's secretbox) under a key that lives outside
// the database, so a copy of the database or a backup yields no usable credential.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

#include "needlepoint/base/status.h"

namespace needlepoint::security {

inline constexpr std::size_t kSecretKeyBytes = 32;
using SecretKey = std::array<unsigned char, kSecretKeyBytes>;

// A subkey of `master` for one purpose (libsodium's KDF, BLAKE2b): `context` is exactly 8
// characters ("np-smtp_"); the same master and context always give the same key, and keys of
// different contexts are independent, so the audit key file can also key sealed settings.
SecretKey DeriveKey(std::span<const unsigned char, kSecretKeyBytes> master,
                    std::string_view context);

// `plaintext` sealed under `key` with a fresh random nonce, as base64 text.
std::string Seal(const SecretKey& key, std::string_view plaintext);

// The plaintext of `sealed`; kInvalidArgument if it is not a sealed value or was made with
// another key or altered.
base::Result<std::string> Unseal(const SecretKey& key, std::string_view sealed);

}  // namespace needlepoint::security
