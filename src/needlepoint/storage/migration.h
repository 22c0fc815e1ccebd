// Schema migrations: numbered SQL files per backend (migrations/<backend>/NNNN_what.sql),
// compiled into the binary and applied in order, each in its own transaction, recorded in
// the schema_migrations table. A binary refuses a database whose schema is newer than it.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/embedded_file.h"
#include "needlepoint/base/status.h"

namespace needlepoint::storage {

struct Migration {
  int version = 0;   // from the file name's number
  std::string name;  // "init"
  std::string_view sql;
};

// The migrations in `files`, sorted by version. kInternal if a file name is not
// NNNN_name.sql or two files share a number (a build defect).
base::Result<std::vector<Migration>> ParseMigrations(std::span<const base::EmbeddedFile> files);

// What a backend reports about its schema.
struct SchemaState {
  int current = 0;  // the highest applied version; 0 for an empty database
  int latest = 0;   // the highest version this binary knows
};

// kFailedPrecondition with a clear message if the database's schema is newer than the binary.
base::Status CheckNotNewer(const SchemaState& state);

// CheckNotNewer, and with `require_current` also kFailedPrecondition while migrations are
// pending (a server opened without migrating).
base::Status CheckUsable(const SchemaState& state, bool require_current);

}  // namespace needlepoint::storage
