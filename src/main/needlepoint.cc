// The `needlepoint` executable: wiring only. The command line's own commands, plus `serve`,
// which brings in the HTTP layer.
#include <iostream>
#include <string>
#include <vector>

#include "main/serve_command.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/cli/cli.h"
#include "needlepoint/cli/terminal.h"

int main(int argc, char** argv) {
  namespace cli = needlepoint::cli;
  std::vector<cli::Command> commands = cli::Commands();
  commands.insert(commands.begin() + 1, needlepoint::server::ServeCommand());  // after init
  const std::vector<std::string> args(argv, argv + argc);
  const std::unique_ptr<cli::Terminal> terminal = cli::ProcessTerminal();
  return cli::RunCli(args, commands, std::cin, std::cout, std::cerr,
                     needlepoint::base::SystemClock::Get(), terminal.get());
}
