// The CLI's command table: each entry names a subcommand, says what it does, adds its options
// and runs it. A command is two plain functions over its own options struct — one declares
// the options, one runs with the values parsed — and talks to the world only through
// CommandContext, so tests run it in-process.
#pragma once

#include <iosfwd>
#include <memory>
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

// One entry of the table. `options` adds the command's options (and subcommands) to its
// CLI::App and returns the object they are parsed into; `run` runs the command with it.
// Made by MakeCommand, which keeps the two functions' options type straight.
struct Command {
  std::string_view name;
  std::string_view help;
  std::shared_ptr<void> (*options)(CLI::App& app);
  int (*run)(const void* options, CommandContext& context);
};

// The entry of a command whose options are an `Options` declared on a CLI::App by `Declare`
// and run by `Run`.
template <typename Options, void (*Declare)(CLI::App&, Options&),
          int (*Run)(const Options&, CommandContext&)>
constexpr Command MakeCommand(std::string_view name, std::string_view help) {
  return {name, help,
          [](CLI::App& app) -> std::shared_ptr<void> {
            auto options = std::make_shared<Options>();
            Declare(app, *options);
            return options;
          },
          [](const void* options, CommandContext& context) {
            return Run(*static_cast<const Options*>(options), context);
          }};
}

// Every command of this module, in the order `needlepoint --help` lists them (the server's
// `serve` is added by the executable, which links the HTTP layer).
const std::vector<Command>& Commands();

}  // namespace needlepoint::cli
