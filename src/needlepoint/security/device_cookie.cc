#include "needlepoint/security/device_cookie.h"

#include <sodium.h>

#include <charconv>

#include "needlepoint/security/sodium_init.h"
#include "needlepoint/security/token.h"

namespace needlepoint::security {
namespace {

constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
constexpr std::size_t kNonceBytes = 16;

std::string Base64Url(const unsigned char* bytes, std::size_t size) {
  std::string out(sodium_base64_ENCODED_LEN(size, kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, size, kVariant);
  out.resize(out.find('\0'));
  return out;
}

std::string Hmac(std::string_view key, std::string_view message) {
  EnsureSodium();
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                              key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()),
                                message.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&state, mac);
  return std::string(reinterpret_cast<const char*>(mac), sizeof mac);
}

std::string Tag(std::string_view key, base::ClinicId clinic, std::string_view email,
                std::string_view nonce) {
  // Length-prefixed fields, so no two (clinic, email, nonce) sign the same text.
  std::string message = "needlepoint device cookie v1;";
  for (const std::string_view field : {std::string_view(clinic.ToString()), email, nonce}) {
    message += std::to_string(field.size()) + ":" + std::string(field) + ";";
  }
  const std::string mac = Hmac(key, message);
  return Base64Url(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
}

}  // namespace

std::string NewDeviceCookie(std::string_view key, base::ClinicId clinic, std::string_view email) {
  EnsureSodium();
  unsigned char bytes[kNonceBytes];
  randombytes_buf(bytes, sizeof bytes);
  const std::string nonce = Base64Url(bytes, sizeof bytes);
  return clinic.ToString() + "." + nonce + "." + Tag(key, clinic, email, nonce);
}

std::optional<std::string> DeviceCookieNonce(std::string_view key, std::string_view cookie,
                                             base::ClinicId clinic, std::string_view email) {
  const std::size_t first = cookie.find('.');
  const std::size_t second = cookie.find('.', first == std::string_view::npos ? 0 : first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos || cookie.size() > 200) {
    return std::nullopt;
  }
  int64_t id = 0;
  const auto [end, error] = std::from_chars(cookie.data(), cookie.data() + first, id);
  if (error != std::errc() || end != cookie.data() + first || id != clinic.value()) {
    return std::nullopt;
  }
  const std::string_view nonce = cookie.substr(first + 1, second - first - 1);
  const std::string_view tag = cookie.substr(second + 1);
  if (nonce.empty() || !SecureEquals(tag, Tag(key, clinic, email, nonce))) return std::nullopt;
  return std::string(nonce);
}

std::string DeriveKey(std::string_view master, std::string_view label) {
  return Hmac(master, label);
}

std::string RandomKey() {
  EnsureSodium();
  std::string key(32, '\0');
  randombytes_buf(key.data(), key.size());
  return key;
}

}  // namespace needlepoint::security
