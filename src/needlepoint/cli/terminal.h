// The terminal a command may ask a person at the keyboard for a secret on — never the command
// line, where a password would land in the shell history and the process list. Behind an
// interface so tests can play the person.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace needlepoint::cli {

class Terminal {
 public:
  virtual ~Terminal() = default;
  // Whether standard input is a terminal a person types at (not a pipe or a file).
  virtual bool Interactive() const = 0;
  // Shows `prompt` and reads one line without echoing what is typed; nullopt at the end of
  // input.
  virtual std::optional<std::string> ReadSecret(std::string_view prompt) = 0;
};

// The process's standard input: interactive when it is a terminal; echo is turned off
// (termios) while a secret is typed and restored afterwards. The prompt goes to standard
// error, so standard output stays clean.
std::unique_ptr<Terminal> ProcessTerminal();

}  // namespace needlepoint::cli
