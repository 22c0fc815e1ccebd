// The --db / --audit-key-file options shared by every command that opens the database.
#pragma once

#include <memory>

#include "needlepoint/storage/open/store.h"

namespace CLI {
class App;
}

namespace needlepoint::cli {

// Adds --db and --audit-key-file to `app`, writing into `config`.
void AddStoreOptions(CLI::App& app, storage::StoreConfig& config);

}  // namespace needlepoint::cli
