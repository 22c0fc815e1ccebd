#include "needlepoint/cli/cli.h"

#include <CLI/CLI.hpp>
#include <iostream>

namespace needlepoint::cli {

int RunCli(const std::vector<std::string>& args, const std::vector<Command>& commands,
           std::istream& in, std::ostream& out, std::ostream& err, const base::Clock& clock,
           Terminal* terminal) {
  CLI::App app{"Needlepoint: the practice system for microneedling clinics.", "needlepoint"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "needlepoint 0.1.0");
  std::vector<std::shared_ptr<void>> options;
  options.reserve(commands.size());
  for (const Command& command : commands) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.help));
    options.push_back(command.options(*sub));
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend() - (args.empty() ? 0 : 1));
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    app.exit(e, out, err);
    return kExitBadInput;
  }
  CommandContext context{in, out, err, clock, terminal};
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (app.got_subcommand(std::string(commands[i].name))) {
      return commands[i].run(options[i].get(), context);
    }
  }
  return kExitBadInput;
}

int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err, const base::Clock& clock, Terminal* terminal) {
  return RunCli(args, Commands(), in, out, err, clock, terminal);
}

}  // namespace needlepoint::cli
