// `needlepoint protocol check FILE` and `needlepoint protocol show [--protocol FILE]`.
#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/protocol_table.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::cli {

Command ProtocolCommand() {
  return {"protocol", "Check a clinic's protocol file, or show a protocol as tables",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            app.require_subcommand(1);
            auto file = std::make_shared<std::string>();
            auto selected = std::make_shared<std::function<int()>>();

            CLI::App* check = app.add_subcommand("check", "Validate a protocol TOML file");
            check->add_option("file", *file, "The protocol file")->required();
            check->callback([=, &context] {
              *selected = [=, &context] {
                base::Result<std::shared_ptr<const protocol::Protocol>> loaded =
                    LoadProtocolOption(*file);
                if (!loaded) {
                  PrintStatus(loaded.error(), context.err);
                  context.err << loaded.error().message() << "\n";
                  return kExitBadInput;
                }
                context.out << *file << ": OK, " << ProtocolSummary(**loaded) << "\n";
                const protocol::Protocol& builtin = *protocol::DefaultProtocol();
                if ((*loaded)->ref == builtin.ref) {
                  base::Result<std::string> text = ReadInput(*file, context.in);
                  if (text && *text != protocol::DefaultProtocolText()) {
                    context.err << "warning: " << *file << " differs from the built-in protocol "
                                << "but keeps its name and version (" << builtin.ref.name << " "
                                << builtin.ref.version
                                << "); give it its own version so results can be told apart\n";
                  }
                }
                return kExitOk;
              };
            });

            CLI::App* show = app.add_subcommand("show", "Print a protocol as readable tables");
            show->add_option("--protocol", *file, "Protocol file (default: the built-in one)");
            show->callback([=, &context] {
              *selected = [=, &context] {
                base::Result<std::shared_ptr<const protocol::Protocol>> loaded =
                    LoadProtocolOption(*file);
                if (!loaded) {
                  PrintStatus(loaded.error(), context.err);
                  return kExitBadInput;
                }
                context.out << ProtocolTables(**loaded);
                return kExitOk;
              };
            });
            return [selected] { return (*selected) ? (*selected)() : kExitBadInput; };
          }};
}

}  // namespace needlepoint::cli
