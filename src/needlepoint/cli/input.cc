#include "needlepoint/cli/input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::cli {

base::Result<std::string> ReadInput(const std::string& path, std::istream& in, std::size_t limit) {
  std::ifstream file;
  std::istream* stream = &in;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      return base::Fail(base::InvalidArgument(path + ": is a directory"));
    }
    file.open(path, std::ios::binary);
    if (!file) {
      return base::Fail(
          base::InvalidArgument(path + ": cannot open (" + std::strerror(errno) + ")"));
    }
    stream = &file;
  }
  std::string content;
  char buffer[64 * 1024];
  while (stream->read(buffer, sizeof buffer) || stream->gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(stream->gcount()));
    if (content.size() > limit) {
      return base::Fail(base::InvalidArgument((path == "-" ? "standard input" : path) +
                                              ": larger than " + std::to_string(limit) + " bytes"));
    }
  }
  if (stream->bad()) {
    return base::Fail(base::InvalidArgument(path + ": read error"));
  }
  return content;
}

base::Result<std::shared_ptr<const protocol::Protocol>> LoadProtocolOption(
    const std::string& path) {
  if (path.empty()) return protocol::DefaultProtocol();
  if (path == "-") {
    return base::Fail(base::InvalidArgument("--protocol must name a file, not standard input"));
  }
  std::istringstream no_stdin;
  NP_ASSIGN_OR_RETURN(std::string text, ReadInput(path, no_stdin));
  const std::string name = std::filesystem::path(path).filename().string();
  NP_ASSIGN_OR_RETURN(protocol::Protocol loaded, protocol::LoadProtocol(text, name));
  return std::make_shared<const protocol::Protocol>(std::move(loaded));
}

int Failed(const base::Status& status, CommandContext& context) {
  PrintStatus(status, context.err);
  return status.code() == base::StatusCode::kInvalidArgument ? kExitBadInput : kExitFailure;
}

void PrintStatus(const base::Status& status, std::ostream& err) {
  if (status.problems().empty()) {
    err << "error: " << status.message() << "\n";
    return;
  }
  for (const base::FieldProblem& problem : status.problems()) {
    err << problem.path << ": " << problem.message << "\n";
  }
}

}  // namespace needlepoint::cli
