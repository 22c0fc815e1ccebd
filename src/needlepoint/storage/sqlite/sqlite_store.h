// SqliteStore: the embedded default backend. One file (WAL mode, synchronous=FULL, foreign
// keys on), one writer connection whose transactions begin IMMEDIATE (so writes are
// serialised and check-then-insert is atomic), and a pool of reader connections that read
// snapshots concurrently with the writer.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/database.h"
#include "needlepoint/storage/migration.h"

namespace needlepoint::storage::sqlite {

struct SqliteOptions {
  std::string path = "var/needlepoint.db";
  int readers = 4;
  int busy_timeout_ms = 5000;
  // The PRAGMA synchronous to request. Anything below FULL loses acknowledged commits on power
  // loss and is refused unless `allow_unsafe_durability` (benchmarks only).
  std::string synchronous = "FULL";
  bool allow_unsafe_durability = false;
  // Apply pending migrations when opening (the server and `needlepoint migrate`); when false,
  // opening fails unless the schema is current.
  bool migrate = true;
  // With `migrate` off: whether an outdated schema is an error (off for backups).
  bool require_current = true;
  // Stop migrating at this version (tests of upgrades from earlier versions).
  std::optional<int> migrate_to;
};

class SqliteStore {
 public:
  // Opens (creating) the database file. Fails with kFailedPrecondition if durability settings
  // are unsafe or the schema is newer than this binary, kUnavailable if the file cannot be
  // opened.
  static base::Result<std::unique_ptr<SqliteStore>> Open(const SqliteOptions& options,
                                                         const base::Clock& clock,
                                                         const AuditKey& audit_key);
  ~SqliteStore();

  Database& database();
  // The applied and latest known schema versions.
  base::Result<SchemaState> Schema();
  // Copies the database online (the server may keep writing) into `destination`, via a
  // temporary file renamed into place once complete and verified.
  base::Status Backup(const std::string& destination);
  // PRAGMA integrity_check and foreign_key_check: "ok", or what is wrong.
  base::Result<std::string> IntegrityCheck();

 private:
  class Impl;
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The migrations compiled into the binary for SQLite.
base::Result<std::vector<Migration>> SqliteMigrations();

}  // namespace needlepoint::storage::sqlite
