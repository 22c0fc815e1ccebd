#include "needlepoint/cli/store_options.h"

#include <CLI/CLI.hpp>

namespace needlepoint::cli {

void AddStoreOptions(CLI::App& app, storage::StoreConfig& config) {
  app.add_option("--db", config.url,
                 "Database: sqlite:PATH (default sqlite:var/needlepoint.db) or postgres://…");
  app.add_option("--audit-key-file", config.audit_key_file,
                 "Key of the audit hash chain (default: audit.key beside the SQLite file, "
                 "var/audit.key for PostgreSQL)");
}

}  // namespace needlepoint::cli
