#include "needlepoint/cli/cli.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/cli/command.h"

namespace needlepoint::cli {

int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err, const base::Clock& clock, Terminal* terminal) {
  CLI::App app{"Needlepoint: the practice system for microneedling clinics.", "needlepoint"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "needlepoint 0.1.0");
  CommandContext context{in, out, err, clock, terminal};
  std::function<int()> run;
  for (const Command& command : Commands()) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.help));
    std::function<int()> runner = command.define(*sub, context);
    sub->callback([&run, runner] { run = runner; });
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
  if (!run) return kExitBadInput;
  return run();
}

}  // namespace needlepoint::cli
