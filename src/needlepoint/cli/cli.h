// Entry point of the `needlepoint` command line.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "needlepoint/base/clock.h"

namespace needlepoint::cli {

// Runs the command line `args` (args[0] is the program name) and returns the exit status.
// Reads standard input from `in` (for `-`), writes results to `out` and diagnostics to `err`.
int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err, const base::Clock& clock);

}  // namespace needlepoint::cli
