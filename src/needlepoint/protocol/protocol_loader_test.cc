#include "needlepoint/protocol/protocol_loader.h"

#include <gtest/gtest.h>

namespace needlepoint::protocol {
namespace {

TEST(ProtocolLoaderTest, DefaultProtocolLoads) {
  base::Result<Protocol> protocol = LoadProtocol(DefaultProtocolText(), "default.toml");
  ASSERT_TRUE(protocol.has_value()) << protocol.error().ToString();
}

}  // namespace
}  // namespace needlepoint::protocol
