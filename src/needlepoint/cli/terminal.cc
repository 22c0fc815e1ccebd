#include "needlepoint/cli/terminal.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace needlepoint::cli {
namespace {

class ProcessTerminalImpl final : public Terminal {
 public:
  bool Interactive() const override { return ::isatty(STDIN_FILENO) == 1; }

  std::optional<std::string> ReadSecret(std::string_view prompt) override {
    std::cerr << prompt << std::flush;
    termios saved{};
    const bool have_terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (have_terminal) {
      termios quiet = saved;
      quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      quiet.c_lflag |= ECHONL;  // the newline the person types still shows
      ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    if (have_terminal) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!read) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
};

}  // namespace

std::unique_ptr<Terminal> ProcessTerminal() { return std::make_unique<ProcessTerminalImpl>(); }

}  // namespace needlepoint::cli
