// Reading what a command works on: an input file or standard input, and the protocol to use.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>

#include "needlepoint/base/status.h"
#include "needlepoint/cli/command.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::cli {

inline constexpr std::size_t kMaxInputBytes = 1 << 20;  // 1 MiB, as for API bodies

// The whole content of `path`, or of `in` when `path` is "-". Fails with kInvalidArgument if
// the file cannot be read or is larger than `limit` bytes.
base::Result<std::string> ReadInput(const std::string& path, std::istream& in,
                                    std::size_t limit = kMaxInputBytes);

// The protocol in the TOML file at `path`, or the built-in one when `path` is empty.
base::Result<std::shared_ptr<const protocol::Protocol>> LoadProtocolOption(const std::string& path);

// Writes `status` to `err`: the message, then one "path: message" line per problem.
void PrintStatus(const base::Status& status, std::ostream& err);

// Prints a failure to context.err and returns its exit status (kExitBadInput for invalid
// input, otherwise kExitFailure).
int Failed(const base::Status& status, CommandContext& context);

}  // namespace needlepoint::cli
