#include "needlepoint/cli/store_options.h"

#include <CLI/CLI.hpp>

namespace needlepoint::cli {

void AddStoreOptions(CLI::App& app, storage::StoreConfig& config, bool witness) {
  app.add_option("--db", config.url,
                 "Database: sqlite:PATH (default sqlite:var/needlepoint.db) or postgres://…");
  app.add_option("--audit-key-file", config.audit_key_file,
                 "Key of the audit hash chain (default: audit.key beside the SQLite file, "
                 "var/audit.key for PostgreSQL)");
  if (witness) {
    app.add_option("--audit-witness", config.audit_witness_file,
                   "The audit witness file to append to (default: DB.audit-witness beside the "
                   "SQLite file, var/audit.witness for PostgreSQL; docs/OPERATIONS.md)");
  }
}

}  // namespace needlepoint::cli
