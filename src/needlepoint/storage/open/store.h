// Opening the configured backend from a database URL, with its audit key: the one place that
// knows every backend (wiring for the server and the CLI).
//   sqlite:PATH                      the embedded default (sqlite:var/needlepoint.db)
//   postgres://… or postgresql://…   a PostgreSQL server (libpq URI)
#pragma once

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
};

// Opens the store `config` names. kInvalidArgument for a malformed URL.
base::Result<std::unique_ptr<Store>> OpenStore(const StoreConfig& config, const base::Clock& clock);

// Reads the 64-hex-digit key in `path`, creating it with a new random key if missing and
// `create` is set.
base::Result<AuditKey> LoadAuditKey(const std::string& path, bool create);

}  // namespace needlepoint::storage
