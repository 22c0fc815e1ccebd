// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
// or client that has logged into an account successfully gets a cookie naming that account,
// signed with a server key. Login throttling then counts the attempts made with a valid
// device cookie apart from everyone else's, so an attacker who keeps failing an account
// cannot lock out the people who log into it from their own devices.
//
// A device cookie is "<clinic id>.<nonce>.<tag>": 128 random bits and an HMAC-SHA-256 of
// (clinic, account e-mail, nonce) under the device key, both base64url. The e-mail is not in
// the cookie; the tag binds the cookie to it. It grants nothing but a throttle of its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/base/ids.h"

namespace needlepoint::security {

// A new device cookie for the account `email` of `clinic`, signed with `key` (32 bytes).
std::string NewDeviceCookie(std::string_view key, base::ClinicId clinic, std::string_view email);

// The cookie's nonce if `cookie` is a device cookie signed with `key` for the account `email`
// of `clinic`; nullopt for anything else (malformed, another account, another key).
std::optional<std::string> DeviceCookieNonce(std::string_view key, std::string_view cookie,
                                             base::ClinicId clinic, std::string_view email);

// A 32-byte key for one purpose (`label`) derived from a master key: HMAC-SHA-256(master,
// label). The server derives its device-cookie key from the audit key this way, so every
// server of a chain (which share that key) accepts the same cookies.
std::string DeriveKey(std::string_view master, std::string_view label);

// 32 random bytes (a key for this process only).
std::string RandomKey();

}  // namespace needlepoint::security
