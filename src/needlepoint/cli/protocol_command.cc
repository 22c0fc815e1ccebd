// `needlepoint protocol check FILE` and `needlepoint protocol show [--protocol FILE]`.
#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/protocol_table.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::cli {
namespace {

struct ProtocolOptions {
  std::string file;
  const CLI::App* check = nullptr;
};

void DeclareProtocol(CLI::App& app, ProtocolOptions& options) {
  app.require_subcommand(1);
  CLI::App* check = app.add_subcommand("check", "Validate a protocol TOML file");
  check->add_option("file", options.file, "The protocol file")->required();
  options.check = check;
  CLI::App* show = app.add_subcommand("show", "Print a protocol as readable tables");
  show->add_option("--protocol", options.file, "Protocol file (default: the built-in one)");
}

int Check(const std::string& file, CommandContext& context) {
  base::Result<std::shared_ptr<const protocol::Protocol>> loaded = LoadProtocolOption(file);
  if (!loaded) {
    PrintStatus(loaded.error(), context.err);
    return kExitBadInput;
  }
  context.out << file << ": OK, " << ProtocolSummary(**loaded) << "\n";
  const protocol::Protocol& builtin = *protocol::DefaultProtocol();
  if ((*loaded)->ref == builtin.ref) {
    base::Result<std::string> text = ReadInput(file, context.in);
    if (text && *text != protocol::DefaultProtocolText()) {
      context.err << "warning: " << file << " differs from the built-in protocol "
                  << "but keeps its name and version (" << builtin.ref.name << " "
                  << builtin.ref.version
                  << "); give it its own version so results can be told apart\n";
    }
  }
  return kExitOk;
}

int Show(const std::string& file, CommandContext& context) {
  base::Result<std::shared_ptr<const protocol::Protocol>> loaded = LoadProtocolOption(file);
  if (!loaded) {
    PrintStatus(loaded.error(), context.err);
    return kExitBadInput;
  }
  context.out << ProtocolTables(**loaded);
  return kExitOk;
}

int RunProtocol(const ProtocolOptions& options, CommandContext& context) {
  return options.check->parsed() ? Check(options.file, context) : Show(options.file, context);
}

}  // namespace

Command ProtocolCommand() {
  return MakeCommand<ProtocolOptions, DeclareProtocol, RunProtocol>(
      "protocol", "Check a clinic's protocol file, or show a protocol as tables");
}

}  // namespace needlepoint::cli
