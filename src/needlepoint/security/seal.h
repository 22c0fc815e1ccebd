// Sealing small secrets the server must use again later (a clinic's SMTP relay password):
// encrypted and authenticated (XSalsa20-Poly1305, libsodium's secretbox) under a key that
// lives outside the database, so a copy of the database or a backup yields no usable
// credential. The server derives that key from its audit key file (DeriveKey in
// device_cookie.h), the one secret file an operator keeps and backs up apart from the data.
#pragma once

#include <string>
#include <string_view>

#include "needlepoint/base/status.h"

namespace needlepoint::security {

// `plaintext` sealed under `key` (32 bytes) with a fresh random nonce, as base64 text.
// kInvalidArgument if the key is not 32 bytes.
base::Result<std::string> Seal(std::string_view key, std::string_view plaintext);

// The plaintext of `sealed`; kInvalidArgument if the key is not 32 bytes, or `sealed` is not
// a sealed value, was made with another key, or was altered.
base::Result<std::string> Unseal(std::string_view key, std::string_view sealed);

}  // namespace needlepoint::security
