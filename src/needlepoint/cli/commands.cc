#include "needlepoint/cli/commands.h"

namespace needlepoint::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      InitCommand(),    ServeCommand(),  ScreenCommand(),   PlanCommand(),  ProtocolCommand(),
      MigrateCommand(), BackupCommand(), DemoDataCommand(), AuditCommand(), ResetPasswordCommand(),
  };
  return commands;
}

}  // namespace needlepoint::cli
