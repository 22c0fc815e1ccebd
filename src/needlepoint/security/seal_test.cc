#include "needlepoint/security/seal.h"

#include <gtest/gtest.h>

namespace needlepoint::security {
namespace {

SecretKey Master(unsigned char fill) {
  SecretKey key;
  key.fill(fill);
  return key;
}

TEST(Seal, RoundTripsAndNeverRepeatsACiphertext) {
  const SecretKey key = DeriveKey(Master(7), "np-smtp_");
  const std::string a = Seal(key, "relay password");
  const std::string b = Seal(key, "relay password");
  EXPECT_NE(a, b);  // a fresh nonce each time
  EXPECT_EQ(a.find("relay password"), std::string::npos);
  EXPECT_EQ(Unseal(key, a).value(), "relay password");
  EXPECT_EQ(Unseal(key, b).value(), "relay password");
  EXPECT_EQ(Unseal(key, Seal(key, "")).value(), "");
}

TEST(Seal, RefusesAnotherKeyAlteredTextAndJunk) {
  const SecretKey key = DeriveKey(Master(7), "np-smtp_");
  const std::string sealed = Seal(key, "relay password");
  EXPECT_FALSE(Unseal(DeriveKey(Master(8), "np-smtp_"), sealed).has_value());
  EXPECT_FALSE(Unseal(DeriveKey(Master(7), "np-other"), sealed).has_value());
  std::string altered = sealed;
  altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(Unseal(key, altered).has_value());
  EXPECT_FALSE(Unseal(key, "not base64 !").has_value());
  EXPECT_FALSE(Unseal(key, "").has_value());
}

TEST(Seal, DerivedKeysDependOnMasterAndContext) {
  EXPECT_EQ(DeriveKey(Master(1), "np-smtp_"), DeriveKey(Master(1), "np-smtp_"));
  EXPECT_NE(DeriveKey(Master(1), "np-smtp_"), DeriveKey(Master(2), "np-smtp_"));
  EXPECT_NE(DeriveKey(Master(1), "np-smtp_"), DeriveKey(Master(1), "np-feed_"));
}

}  // namespace
}  // namespace needlepoint::security
