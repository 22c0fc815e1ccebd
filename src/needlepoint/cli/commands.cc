#include "needlepoint/cli/commands.h"

namespace needlepoint::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      ServeCommand(),    ScreenCommand(),  PlanCommand(),     ScheduleCommand(),
      ProtocolCommand(), MigrateCommand(), BackupCommand(),   DemoDataCommand(),
      AuditCommand(),    PhotoCommand(),
  };
  return commands;
}

}  // namespace needlepoint::cli
