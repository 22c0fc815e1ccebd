// `needlepoint serve`: the HTTP server over a store. It lives with the executable, the one
// place that links the HTTP layer and the command line together (cli/ does not see http/).
#pragma once

#include "needlepoint/cli/command.h"

namespace needlepoint::server {

cli::Command ServeCommand();

}  // namespace needlepoint::server
