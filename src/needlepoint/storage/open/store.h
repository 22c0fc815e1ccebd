// Opening the configured backend from a database URL, with its audit key: the one place that
// knows every backend (wiring for the server and the CLI).
//   sqlite:PATH                      the embedded default (sqlite:var/needlepoint.db)
//   postgres://… or postgresql://…   a PostgreSQL server (libpq URI)
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/database.h"
#include "needlepoint/storage/migration.h"

namespace needlepoint::storage {

inline constexpr std::string_view kDefaultDatabaseUrl = "sqlite:var/needlepoint.db";

struct StoreConfig {
  std::string url = std::string(kDefaultDatabaseUrl);
  // The audit chain's key file. Empty: `audit.key` beside a SQLite database, or
  // var/audit.key for PostgreSQL. Created (mode 0600) when missing and `create_key` is set.
  std::string audit_key_file;
  bool create_key = true;
  bool migrate = true;
  bool require_current = true;  // with migrate off: refuse an outdated schema
  std::optional<int> migrate_to;
  int connections = 8;  // PostgreSQL pool size / SQLite readers
  bool allow_unsafe_durability = false;
  // The audit witness this process appends to (storage/audit_witness.h). Empty: the default
  // (DefaultWitnessPath). `witness` off: none is opened (commands that write no audit rows).
  std::string audit_witness_file;
  bool witness = true;
  // Start a new witness file although the database already holds audit rows (after an
  // upgrade from a version without a witness, or a restore); otherwise that is refused,
  // since a missing witness may have been deleted to hide a truncation.
  bool new_witness = false;
  // Told when the witness cannot be written and when it can again (the server logs it);
  // default: a line on stderr.
  std::function<void(const base::Status&)> on_witness_error;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Database& database() = 0;
  virtual base::Result<SchemaState> Schema() = 0;
  // Online backup into `destination` (SQLite); kFailedPrecondition for PostgreSQL, which is
  // backed up with pg_dump / base backups (docs/OPERATIONS.md).
  virtual base::Status Backup(const std::string& destination) = 0;
  // "ok" or the problems found (SQLite integrity and foreign-key checks; PostgreSQL: "ok").
  virtual base::Result<std::string> IntegrityCheck() = 0;
  virtual const AuditKey& audit_key() const = 0;
  // The witness file the database appends to; "" if none was opened.
  virtual const std::string& audit_witness_path() const = 0;
};

// The default audit witness of a database URL: `<file>.audit-witness` beside a SQLite
// database, var/audit.witness for PostgreSQL (one per machine; docs/OPERATIONS.md).
std::string DefaultWitnessPath(std::string_view database_url);

// Opens the store `config` names. kInvalidArgument for a malformed URL.
base::Result<std::unique_ptr<Store>> OpenStore(const StoreConfig& config, const base::Clock& clock);

// Reads the 64-hex-digit key in `path`, creating it with a new random key if missing and
// `create` is set.
base::Result<AuditKey> LoadAuditKey(const std::string& path, bool create);

}  // namespace needlepoint::storage
