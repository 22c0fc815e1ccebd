#include "needlepoint/security/device_cookie.h"

#include <gtest/gtest.h>

#include <vector>

namespace needlepoint::security {
namespace {

TEST(DeviceCookieTest, ValidOnlyForItsAccountClinicAndKey) {
  const std::string key = RandomKey();
  const base::ClinicId clinic(7);
  const std::string cookie = NewDeviceCookie(key, clinic, "owner@example.test");
  const std::optional<std::string> nonce =
      DeviceCookieNonce(key, cookie, clinic, "owner@example.test");
  ASSERT_TRUE(nonce.has_value()) << cookie;
  EXPECT_GE(nonce->size(), 20u);
  EXPECT_NE(NewDeviceCookie(key, clinic, "owner@example.test"), cookie) << "nonces repeat";
  EXPECT_FALSE(DeviceCookieNonce(key, cookie, clinic, "someone@example.test"));
  EXPECT_FALSE(DeviceCookieNonce(key, cookie, base::ClinicId(8), "owner@example.test"));
  EXPECT_FALSE(DeviceCookieNonce(RandomKey(), cookie, clinic, "owner@example.test"));
  std::string altered = cookie;
  altered[3] = altered[3] == 'A' ? 'B' : 'A';  // inside the nonce
  EXPECT_FALSE(DeviceCookieNonce(key, altered, clinic, "owner@example.test"));
  for (const std::string& bad :
       std::vector<std::string>{"", ".", "7..", "7.x.", "x.y.z", "7." + *nonce + ".", cookie + "x",
                                cookie.substr(0, cookie.size() - 1)}) {
    EXPECT_FALSE(DeviceCookieNonce(key, bad, clinic, "owner@example.test")) << bad;
  }
}

TEST(DeviceCookieTest, DerivedKeysDependOnMasterAndLabel) {
  const std::string master = RandomKey();
  EXPECT_EQ(DeriveKey(master, "a").size(), 32u);
  EXPECT_EQ(DeriveKey(master, "a"), DeriveKey(master, "a"));
  EXPECT_NE(DeriveKey(master, "a"), DeriveKey(master, "b"));
  EXPECT_NE(DeriveKey(master, "a"), DeriveKey(RandomKey(), "a"));
}

}  // namespace
}  // namespace needlepoint::security
