// Entry point of the `needlepoint` command line.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/cli/terminal.h"

namespace needlepoint::cli {

// Runs the command line `args` (args[0] is the program name) and returns the exit status.
// Reads standard input from `in` (for `-`), writes results to `out` and diagnostics to `err`,
// and asks for secrets on `terminal` (null: nobody to ask).
int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err, const base::Clock& clock, Terminal* terminal = nullptr);

}  // namespace needlepoint::cli
