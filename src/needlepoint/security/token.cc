#include "needlepoint/security/token.h"

#include <sodium.h>

#include <charconv>
#include <stdexcept>

#include "needlepoint/security/sodium_init.h"

namespace needlepoint::security {
namespace {

constexpr size_t kSecretBytes = 32;
constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

std::string Base64Url(const unsigned char* bytes, size_t size) {
  std::string out(sodium_base64_ENCODED_LEN(size, kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, size, kVariant);
  out.resize(out.find('\0'));
  return out;
}

}  // namespace

SessionToken NewSessionToken(base::ClinicId clinic) {
  EnsureSodium();
  unsigned char bytes[kSecretBytes];
  randombytes_buf(bytes, sizeof bytes);
  return {clinic, Base64Url(bytes, sizeof bytes)};
}

std::optional<SessionToken> ParseSessionToken(std::string_view text) {
  const size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 19) return std::nullopt;
  int64_t clinic = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + dot, clinic);
  if (error != std::errc() || end != text.data() + dot || clinic <= 0) return std::nullopt;
  const std::string_view secret = text.substr(dot + 1);
  if (secret.size() != 43) return std::nullopt;
  for (char c : secret) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return std::nullopt;
  }
  return SessionToken{base::ClinicId(clinic), std::string(secret)};
}

std::string HashToken(const SessionToken& token) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.secret.data()),
                     token.secret.size());
  std::string hex(sizeof digest * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest, sizeof digest);
  hex.pop_back();
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  std::string hex(sizeof digest * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest, sizeof digest);
  hex.pop_back();
  return hex;
}

std::string CsrfToken(const SessionToken& token) {
  EnsureSodium();
  // Keyed by the secret itself, not by its SHA-256: that digest is what the database stores,
  // and whoever reads the database must not be able to derive a session's CSRF token.
  static constexpr std::string_view kLabel = "needlepoint csrf v1";
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(token.secret.data()),
                              token.secret.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(kLabel.data()),
                                kLabel.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&state, mac);
  return Base64Url(mac, sizeof mac);
}

bool SecureEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string RandomHex(std::size_t bytes) {
  EnsureSodium();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                 raw.size());
  hex.pop_back();
  return hex;
}

}  // namespace needlepoint::security
