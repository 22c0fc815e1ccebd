// A protocol as readable tables (`needlepoint protocol show`): the series, depths by zone,
// concerns, findings with levels, windows and actions, adjuncts and the dated timelines,
// followed by the numbered sources and evidence notes.
#pragma once

#include <string>

#include "needlepoint/protocol/protocol.h"

namespace needlepoint::cli {

std::string ProtocolTables(const protocol::Protocol& protocol);

// One line: "needlepoint-default 1.0.0: 16 zones, 12 concerns, 28 findings, …".
std::string ProtocolSummary(const protocol::Protocol& protocol);

}  // namespace needlepoint::cli
