// The `needlepoint` executable: wiring only.
#include <iostream>
#include <string>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/cli/cli.h"
#include "needlepoint/cli/terminal.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  const std::unique_ptr<needlepoint::cli::Terminal> terminal = needlepoint::cli::ProcessTerminal();
  return needlepoint::cli::RunCli(args, std::cin, std::cout, std::cerr,
                                  needlepoint::base::SystemClock::Get(), terminal.get());
}
