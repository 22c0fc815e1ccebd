// The client's address behind reverse proxies. Every request from behind a proxy arrives from
// the proxy's address, so per-address limits (login attempts) would be shared by all of its
// clients. For a peer that is a trusted proxy, the client is the right-most address of
// X-Forwarded-For that is not itself a trusted proxy (each proxy appends the address it saw;
// whatever is left of the proxies' entries the client wrote itself and is not believed). For
// any other peer X-Forwarded-For is ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/status.h"

namespace needlepoint::http {

class TrustedProxies {
 public:
  // No proxy is trusted.
  TrustedProxies() = default;
  // Parses CIDR blocks ("10.0.0.0/8", "::1/128"; a bare address is one host).
  // kInvalidArgument naming the first one that is not.
  static base::Result<TrustedProxies> Parse(const std::vector<std::string>& cidrs);

  // The client address of a request from `peer` carrying `forwarded_for` (the
  // X-Forwarded-For values, comma-separated; "" if none). IPv4-mapped IPv6 addresses count as
  // IPv4. If an entry that has to be read is not an address, the nearest trusted hop's
  // address is used.
  std::string ClientAddress(std::string_view peer, std::string_view forwarded_for) const;

  bool empty() const { return blocks_.empty(); }

 private:
  struct Block {
    bool v6 = false;
    unsigned char bytes[16] = {};
    int prefix = 0;
  };
  bool Trusted(std::string_view address) const;
  std::vector<Block> blocks_;
};

}  // namespace needlepoint::http
