#include "needlepoint/cli/commands.h"

namespace needlepoint::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      ScreenCommand(),
      PlanCommand(),
      ProtocolCommand(),
      MigrateCommand(),
      BackupCommand(),
      DemoDataCommand(),
  };
  return commands;
}

}  // namespace needlepoint::cli
