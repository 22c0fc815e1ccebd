// PgConnection: one libpq connection speaking the SqlSession interface with prepared
// statements only (each distinct statement is prepared once per connection, then executed
// with bound parameters). Not thread-safe: the pool hands it to one transaction at a time.
// Only this folder includes libpq.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "needlepoint/storage/sql/sql_session.h"

struct pg_conn;
struct pg_result;

namespace needlepoint::storage::postgres {

class PgConnection final : public sql::SqlSession {
 public:
  // Connects with a libpq connection string or URI. kUnavailable if the server is unreachable.
  static base::Result<std::unique_ptr<PgConnection>> Connect(const std::string& conninfo);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  using sql::SqlSession::Execute;
  using sql::SqlSession::Query;
  base::Result<sql::SqlRows> Query(std::string_view sql,
                                   std::span<const sql::SqlParam> params) override;
  base::Result<int64_t> Execute(std::string_view sql,
                                std::span<const sql::SqlParam> params) override;
  base::Result<int64_t> NextId() override;
  base::Status SetTenant(base::ClinicId clinic) override;
  base::Status LockResources(std::span<const int64_t> resources) override;
  base::Status DeferForeignKeys() override { return base::OkStatus(); }

  // Runs a parameterless command or script (transaction control, SET ROLE, migrations).
  base::Status Exec(std::string_view command);
  // The value of a server setting (SHOW name).
  base::Result<std::string> Show(std::string_view setting);
  // Whether the connection is still usable.
  bool Healthy() const;
  // Whether a statement of the open transaction failed: PostgreSQL then answers COMMIT with
  // a rollback, not an error.
  bool TransactionFailed() const;

 private:
  explicit PgConnection(pg_conn* conn) : conn_(conn) {}
  base::Result<pg_result*> Run(std::string_view sql, std::span<const sql::SqlParam> params);

  pg_conn* conn_;
  sql::StatementCache<std::string> prepared_;  // SQL text -> statement name
};

// `sql` with each `?` outside string literals replaced by $1, $2, ….
std::string NumberPlaceholders(std::string_view sql);

}  // namespace needlepoint::storage::postgres
