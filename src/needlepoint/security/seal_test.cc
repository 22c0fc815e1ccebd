#include "needlepoint/security/seal.h"

#include <gtest/gtest.h>

#include "needlepoint/security/device_cookie.h"

namespace needlepoint::security {
namespace {

std::string Key(char fill, std::string_view label = "needlepoint mail relay password v1") {
  return DeriveKey(std::string(32, fill), label);
}

TEST(Seal, RoundTripsAndNeverRepeatsACiphertext) {
  const std::string key = Key('7');
  const std::string a = Seal(key, "relay password").value();
  const std::string b = Seal(key, "relay password").value();
  EXPECT_NE(a, b);  // a fresh nonce each time
  EXPECT_EQ(a.find("relay password"), std::string::npos);
  EXPECT_EQ(Unseal(key, a).value(), "relay password");
  EXPECT_EQ(Unseal(key, b).value(), "relay password");
  EXPECT_EQ(Unseal(key, Seal(key, "").value()).value(), "");
}

TEST(Seal, RefusesAnotherKeyAlteredTextJunkAndShortKeys) {
  const std::string key = Key('7');
  const std::string sealed = Seal(key, "relay password").value();
  EXPECT_FALSE(Unseal(Key('8'), sealed).has_value());
  EXPECT_FALSE(Unseal(Key('7', "another purpose"), sealed).has_value());
  std::string altered = sealed;
  altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(Unseal(key, altered).has_value());
  EXPECT_FALSE(Unseal(key, "not base64 !").has_value());
  EXPECT_FALSE(Unseal(key, "").has_value());
  EXPECT_FALSE(Seal("short", "x").has_value());
  EXPECT_FALSE(Unseal("short", sealed).has_value());
}

}  // namespace
}  // namespace needlepoint::security
