// Session and CSRF tokens: shape, parsing, and that neither the session token nor its CSRF
// token can be derived from what the database stores (the SHA-256 of the secret).
#include "needlepoint/security/token.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <set>
#include <vector>

namespace needlepoint::security {
namespace {

// What someone holding the stored hash could compute with the old construction:
// HMAC-SHA-256 keyed by the hash's bytes over the label.
std::string KeyedByStoredHash(const SessionToken& token) {
  const std::string hex = HashToken(token);
  unsigned char key[crypto_auth_hmacsha256_KEYBYTES];
  size_t length = 0;
  EXPECT_EQ(sodium_hex2bin(key, sizeof key, hex.data(), hex.size(), nullptr, &length, nullptr), 0);
  static constexpr std::string_view kLabel = "needlepoint csrf v1";
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(kLabel.data()), kLabel.size(),
                         key);
  std::string out(sodium_base64_ENCODED_LEN(sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), mac, sizeof mac,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.size() - 1);
  return out;
}

TEST(SessionToken, RoundTripsThroughItsTextAndRejectsOtherShapes) {
  const SessionToken token = NewSessionToken(base::ClinicId(42));
  EXPECT_EQ(token.secret.size(), 43u);
  const std::optional<SessionToken> parsed = ParseSessionToken(token.ToString());
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->clinic, base::ClinicId(42));
  EXPECT_EQ(parsed->secret, token.secret);
  const std::vector<std::string> bad_shapes = {"",
                                               "42",
                                               "42.",
                                               ".abc",
                                               "x." + token.secret,
                                               "42." + token.secret + "!",
                                               "42." + token.secret.substr(1)};
  for (const std::string& bad : bad_shapes) {
    EXPECT_FALSE(ParseSessionToken(bad).has_value()) << bad;
  }
}

TEST(CsrfToken, IsStablePerSessionDistinctAcrossSessionsAndNotDerivableFromTheStoredHash) {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const SessionToken token = NewSessionToken(base::ClinicId(7));
    const std::string csrf = CsrfToken(token);
    EXPECT_EQ(CsrfToken(token), csrf);
    EXPECT_TRUE(seen.insert(csrf).second);
    EXPECT_NE(csrf, KeyedByStoredHash(token));
    EXPECT_EQ(csrf.find(HashToken(token)), std::string::npos);
  }
}

}  // namespace
}  // namespace needlepoint::security

namespace needlepoint::security {
namespace {

TEST(Sha256Hex, MatchesTheFips180Examples) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace needlepoint::security
