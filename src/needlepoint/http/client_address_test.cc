#include "needlepoint/http/client_address.h"

#include <gtest/gtest.h>

namespace needlepoint::http {
namespace {

TrustedProxies Trust(const std::vector<std::string>& cidrs) {
  base::Result<TrustedProxies> proxies = TrustedProxies::Parse(cidrs);
  EXPECT_TRUE(proxies.has_value()) << proxies.error().ToString();
  return proxies.value_or(TrustedProxies());
}

TEST(TrustedProxiesTest, WithoutTrustedProxiesForwardedForIsIgnored) {
  const TrustedProxies none;
  EXPECT_EQ(none.ClientAddress("127.0.0.1", "203.0.113.7"), "127.0.0.1");
  EXPECT_EQ(none.ClientAddress("::ffff:10.1.2.3", ""), "10.1.2.3");
}

TEST(TrustedProxiesTest, ARequestFromAnUntrustedPeerKeepsThePeerAddress) {
  const TrustedProxies proxies = Trust({"10.0.0.0/8"});
  EXPECT_EQ(proxies.ClientAddress("192.0.2.50", "203.0.113.7"), "192.0.2.50");
}

TEST(TrustedProxiesTest, TheRightMostUntrustedAddressIsTheClient) {
  const TrustedProxies proxies = Trust({"10.0.0.0/8", "2001:db8::/32", "127.0.0.1"});
  EXPECT_EQ(proxies.ClientAddress("127.0.0.1", "203.0.113.7"), "203.0.113.7");
  // The client wrote the left part itself: not believed.
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "198.51.100.1, 203.0.113.7"), "203.0.113.7");
  // Two proxies in a row.
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "198.51.100.1,203.0.113.7 , 10.9.9.9"),
            "203.0.113.7");
  EXPECT_EQ(proxies.ClientAddress("2001:db8::1", "2001:db8::5, 2001:db9::7"), "2001:db9::7");
  EXPECT_EQ(proxies.ClientAddress("::ffff:10.0.0.2", "::ffff:203.0.113.7"), "203.0.113.7");
  // Only proxies: the left-most one.
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "10.0.0.3, 10.0.0.4"), "10.0.0.3");
  // No header: the proxy itself.
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", ""), "10.0.0.2");
  // An unreadable entry where the client should be: the nearest trusted hop.
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "203.0.113.7, garbage"), "10.0.0.2");
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "garbage, 10.0.0.9"), "10.0.0.9");
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "203.0.113.7:5555"), "10.0.0.2");
}

TEST(TrustedProxiesTest, PrefixesMatchBitByBit) {
  const TrustedProxies proxies = Trust({"192.168.4.0/22"});
  EXPECT_EQ(proxies.ClientAddress("192.168.7.255", "203.0.113.7"), "203.0.113.7");
  EXPECT_EQ(proxies.ClientAddress("192.168.8.0", "203.0.113.7"), "192.168.8.0");
  EXPECT_EQ(Trust({"0.0.0.0/0"}).ClientAddress("198.51.100.4", "203.0.113.7"), "203.0.113.7");
}

TEST(TrustedProxiesTest, MalformedBlocksAreRefused) {
  for (const std::string bad : {"", "10.0.0.0/33", "10.0.0.0/", "10.0.0/8", "::1/129", "localhost",
                                "10.0.0.0/8x", "10.0.0.0/-1"}) {
    EXPECT_FALSE(TrustedProxies::Parse({bad}).has_value()) << bad;
  }
}

}  // namespace
}  // namespace needlepoint::http
