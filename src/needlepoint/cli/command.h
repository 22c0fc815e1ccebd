// The CLI's command table: each entry names a subcommand, says what it does, and defines its
// options. Commands are thin — read input, call one function, write output — and talk to the
// world only through CommandContext, so tests run them in-process.
#pragma once

#include <functional>
#include <iosfwd>
#include <string_view>
#include <vector>

#include "needlepoint/base/clock.h"

namespace CLI {
class App;
}

namespace needlepoint::cli {

class Terminal;

// Exit statuses: 0 success; 1 the command could not do its work (a database or network
// failure, an internal error); 2 the input, a file it names, or the command line was invalid;
// 3 a valid series request that cannot be placed (the scheduling contract's `unplaceable`).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitUnplaceable = 3;

struct CommandContext {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  const base::Clock& clock;
  Terminal* terminal = nullptr;  // null: no person at a keyboard (tests, pipes)
};

struct Command {
  std::string_view name;
  std::string_view help;
  // Adds the command's options to `app` (its subcommand) and returns what runs it.
  std::function<std::function<int()>(CLI::App& app, CommandContext& context)> define;
};

// Every command, in the order `needlepoint --help` lists them.
const std::vector<Command>& Commands();

}  // namespace needlepoint::cli
