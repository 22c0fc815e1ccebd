// The commands of the table in command.h, one function per command (defined in *_command.cc).
#pragma once

#include "needlepoint/cli/command.h"

namespace needlepoint::cli {

Command ScreenCommand();
Command PlanCommand();
Command ProtocolCommand();
Command MigrateCommand();
Command BackupCommand();
Command DemoDataCommand();
Command AuditCommand();
Command PhotoCommand();
Command ScheduleCommand();
Command InitCommand();
Command ResetPasswordCommand();
Command Gs1Command();
Command OutboxCommand();

}  // namespace needlepoint::cli
