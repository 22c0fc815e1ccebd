// PgStore: the PostgreSQL backend for clinic chains. A pool of connections, each switched to
// the non-owner role needlepoint_app (so row-level security always applies) and bound to one
// clinic per transaction with a transaction-local app.clinic_id. Startup refuses a server
// that could lose acknowledged commits (fsync=off or synchronous_commit=off).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/database.h"
#include "needlepoint/storage/migration.h"

namespace needlepoint::storage::postgres {

struct PgOptions {
  std::string conninfo;  // libpq URI or keyword string: postgres://user@host:5432/needlepoint
  int connections = 8;
  int acquire_timeout_ms = 5000;
  std::string app_role = "needlepoint_app";
  bool allow_unsafe_durability = false;  // benchmarks only
  bool migrate = true;                   // apply pending migrations when opening
  bool require_current = true;           // with migrate off: refuse an outdated schema
  std::optional<int> migrate_to;         // stop at this version (upgrade tests)
};

class PgStore {
 public:
  // Connects, checks durability, migrates (as the connecting role, under an advisory lock so
  // two servers starting together do not race) and fills the pool.
  static base::Result<std::unique_ptr<PgStore>> Open(const PgOptions& options,
                                                     const base::Clock& clock,
                                                     const AuditKey& audit_key);
  ~PgStore();

  Database& database();
  base::Result<SchemaState> Schema();

 private:
  class Impl;
  explicit PgStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

base::Result<std::vector<Migration>> PostgresMigrations();

}  // namespace needlepoint::storage::postgres
