#include "needlepoint/http/client_address.h"

#include <charconv>
#include <cstring>
#include <optional>

#include "needlepoint/http/asio.h"

namespace needlepoint::http {
namespace {

namespace ip = boost::asio::ip;

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The address in `text`, IPv4-mapped IPv6 turned into IPv4; nullopt if it is not one.
std::optional<ip::address> ParseAddress(std::string_view text) {
  boost::system::error_code ec;
  ip::address address = ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    return ip::address(ip::make_address_v4(ip::v4_mapped, address.to_v6()));
  }
  return address;
}

}  // namespace

base::Result<TrustedProxies> TrustedProxies::Parse(const std::vector<std::string>& cidrs) {
  TrustedProxies proxies;
  for (const std::string& cidr : cidrs) {
    const std::size_t slash = cidr.find('/');
    const std::optional<ip::address> address = ParseAddress(cidr.substr(0, slash));
    auto invalid = [&] {
      return base::Fail(
          base::InvalidArgument("--trusted-proxy: '" + cidr + "' is not an address or CIDR block"));
    };
    if (!address) return invalid();
    Block block;
    block.v6 = address->is_v6();
    const int bits = block.v6 ? 128 : 32;
    block.prefix = bits;
    if (slash != std::string::npos) {
      const std::string_view digits = std::string_view(cidr).substr(slash + 1);
      const auto [end, error] =
          std::from_chars(digits.data(), digits.data() + digits.size(), block.prefix);
      if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
          block.prefix < 0 || block.prefix > bits) {
        return invalid();
      }
    }
    if (block.v6) {
      const auto bytes = address->to_v6().to_bytes();
      std::memcpy(block.bytes, bytes.data(), bytes.size());
    } else {
      const auto bytes = address->to_v4().to_bytes();
      std::memcpy(block.bytes, bytes.data(), bytes.size());
    }
    proxies.blocks_.push_back(block);
  }
  return proxies;
}

bool TrustedProxies::Trusted(std::string_view text) const {
  const std::optional<ip::address> address = ParseAddress(text);
  if (!address) return false;
  unsigned char bytes[16] = {};
  if (address->is_v6()) {
    const auto raw = address->to_v6().to_bytes();
    std::memcpy(bytes, raw.data(), raw.size());
  } else {
    const auto raw = address->to_v4().to_bytes();
    std::memcpy(bytes, raw.data(), raw.size());
  }
  for (const Block& block : blocks_) {
    if (block.v6 != address->is_v6()) continue;
    int bits = block.prefix;
    bool match = true;
    for (int i = 0; bits > 0 && match; ++i, bits -= 8) {
      const unsigned mask = bits >= 8 ? 0xffu : (0xffu << (8 - bits)) & 0xffu;
      match = (bytes[i] & mask) == (block.bytes[i] & mask);
    }
    if (match) return true;
  }
  return false;
}

std::string TrustedProxies::ClientAddress(std::string_view peer,
                                          std::string_view forwarded_for) const {
  const std::optional<ip::address> parsed_peer = ParseAddress(peer);
  std::string client = parsed_peer ? parsed_peer->to_string() : std::string(peer);
  if (blocks_.empty() || !Trusted(client)) return client;
  // Walk from the right: each trusted proxy appended the address it saw.
  while (!forwarded_for.empty()) {
    const std::size_t comma = forwarded_for.rfind(',');
    const std::string_view entry =
        Trim(comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1));
    forwarded_for =
        comma == std::string_view::npos ? std::string_view() : forwarded_for.substr(0, comma);
    const std::optional<ip::address> hop = ParseAddress(entry);
    if (!hop) return client;  // unreadable: keep the nearest trusted hop
    client = hop->to_string();
    if (!Trusted(client)) return client;
  }
  return client;  // every hop is a trusted proxy: the left-most one
}

}  // namespace needlepoint::http
