#include "needlepoint/cli/commands.h"

namespace needlepoint::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      InitCommand(),     ServeCommand(),    ScreenCommand(),        PlanCommand(),
      ScheduleCommand(), ProtocolCommand(), MigrateCommand(),       BackupCommand(),
      DemoDataCommand(), AuditCommand(),    ResetPasswordCommand(), PhotoCommand(),
      Gs1Command(),
  };
  return commands;
}

}  // namespace needlepoint::cli
