#include "needlepoint/security/password.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "needlepoint/security/sodium_init.h"

namespace needlepoint::security {
namespace {

// The most common passwords of public breach corpora that are 12 characters or longer (the
// shorter ones are refused by length already).
constexpr std::array<std::string_view, 40> kCommon = {
    "123456789012",  "1234567890123",    "12345678901234",   "123456123456",  "password1234",
    "password123!",  "passwordpassword", "qwertyuiopas",     "qwerty123456",  "1q2w3e4r5t6y",
    "iloveyou1234",  "aaaaaaaaaaaa",     "111111111111",     "000000000000",  "abcdefghijkl",
    "abc123abc123",  "letmein12345",     "welcome12345",     "welcome123456", "administrator",
    "adminadmin123", "changeme1234",     "trustno1trustno1", "superman1234",  "baseball1234",
    "football1234",  "monkey123456",     "dragon123456",     "sunshine1234",  "princess1234",
    "qwertyqwerty",  "asdfghjkl123",     "zxcvbnm12345",     "passw0rd1234",  "p@ssw0rd1234",
    "microneedling", "needlepoint1",     "needlepoint123",   "clinic123456",  "password12345"};

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Number of Unicode code points in valid UTF-8 `text`; -1 if it is not valid UTF-8.
int64_t CodePoints(std::string_view text) {
  int64_t count = 0;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xe  ? 3
                    : (c >> 3) == 0x1e ? 4
                                       : 0;
    if (length == 0 || i + length > text.size()) return -1;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return -1;
    }
    i += length;
    ++count;
  }
  return count;
}

}  // namespace

Argon2Params DefaultArgon2Params() { return {128 * 1024, 3}; }

base::Result<std::string> HashPassword(std::string_view password, const Argon2Params& params) {
  EnsureSodium();
  char encoded[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(encoded, password.data(), password.size(), params.passes,
                            static_cast<size_t>(params.memory_kib) * 1024,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return base::Fail(base::ResourceExhausted("not enough memory to hash the password"));
  }
  return std::string(encoded);
}

bool VerifyPassword(std::string_view password, std::string_view encoded) {
  EnsureSodium();
  if (!encoded.starts_with("$argon2id$") || encoded.size() >= crypto_pwhash_STRBYTES) {
    return false;
  }
  const std::string hash(encoded);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool NeedsRehash(std::string_view encoded, const Argon2Params& params) {
  EnsureSodium();
  const std::string hash(encoded);
  return crypto_pwhash_str_needs_rehash(hash.c_str(), params.passes,
                                        static_cast<size_t>(params.memory_kib) * 1024) != 0;
}

bool IsUsableHash(std::string_view encoded) {
  EnsureSodium();
  if (!encoded.starts_with("$argon2id$") || encoded.size() >= crypto_pwhash_STRBYTES) {
    return false;
  }
  // needs_rehash parses the whole string; -1 means it is not a valid Argon2id hash.
  const std::string hash(encoded);
  return crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN) != -1;
}

void VerifyDummy(std::string_view password, const Argon2Params& params) {
  static std::mutex mutex;
  static std::map<std::pair<uint64_t, uint64_t>, std::string> dummies;
  const std::pair<uint64_t, uint64_t> key(params.memory_kib, params.passes);
  std::string dummy;
  {
    std::lock_guard lock(mutex);
    if (auto it = dummies.find(key); it != dummies.end()) dummy = it->second;
  }
  if (dummy.empty()) {
    dummy = HashPassword("needlepoint dummy password", params).value_or("");
    std::lock_guard lock(mutex);
    dummies.emplace(key, dummy);
  }
  (void)VerifyPassword(password, dummy);
}

std::vector<base::FieldProblem> PasswordProblems(std::string_view password, std::string_view email,
                                                 const std::string& path) {
  std::vector<base::FieldProblem> problems;
  const int64_t length = CodePoints(password);
  if (length < 0) {
    problems.push_back({path, "must be valid UTF-8 text"});
    return problems;
  }
  if (length < 12) problems.push_back({path, "must be at least 12 characters"});
  if (length > 128) problems.push_back({path, "must be at most 128 characters"});
  const std::string lowered = Lower(password);
  if (std::find(kCommon.begin(), kCommon.end(), lowered) != kCommon.end()) {
    problems.push_back({path, "is a well-known password; choose another"});
  }
  const std::string local = Lower(email.substr(0, email.find('@')));
  if (local.size() >= 4 && lowered.find(local) != std::string::npos) {
    problems.push_back({path, "must not contain the login name"});
  }
  return problems;
}

}  // namespace needlepoint::security
