// The --db / --audit-key-file / --audit-witness options shared by every command that opens
// the database.
#pragma once

#include <memory>

#include "needlepoint/storage/open/store.h"

namespace CLI {
class App;
}

namespace needlepoint::cli {

// Adds --db, --audit-key-file and (with `witness`) --audit-witness to `app`, writing into
// `config`.
void AddStoreOptions(CLI::App& app, storage::StoreConfig& config, bool witness = true);

}  // namespace needlepoint::cli
