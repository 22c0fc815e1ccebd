#include "needlepoint/cli/commands.h"

namespace needlepoint::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      InitCommand(),     ScreenCommand(),        PlanCommand(),   ScheduleCommand(),
      ProtocolCommand(), MigrateCommand(),       BackupCommand(), DemoDataCommand(),
      AuditCommand(),    ResetPasswordCommand(), PhotoCommand(),  Gs1Command(),
      OutboxCommand(),
  };
  return commands;
}

}  // namespace needlepoint::cli
