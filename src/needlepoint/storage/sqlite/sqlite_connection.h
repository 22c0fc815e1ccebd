// SqliteConnection: one SQLite connection with a prepared-statement cache, speaking the
// SqlSession interface. Not thread-safe: the pool (sqlite_store.h) hands each connection to
// one transaction at a time. The only file besides sqlite_connection.cc that may include
// <sqlite3.h> is sqlite_store.cc.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "needlepoint/storage/sql/sql_session.h"

struct sqlite3;
struct sqlite3_stmt;

namespace needlepoint::storage::sqlite {

class SqliteConnection final : public sql::SqlSession {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (creating if `mode` allows) the database at `path` with foreign keys on and the
  // given busy timeout. Does not change journal mode or durability (the store does).
  static base::Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path, Mode mode,
                                                              int busy_timeout_ms);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  using sql::SqlSession::Execute;
  using sql::SqlSession::Query;
  base::Result<sql::SqlRows> Query(std::string_view sql,
                                   std::span<const sql::SqlParam> params) override;
  base::Result<int64_t> Execute(std::string_view sql,
                                std::span<const sql::SqlParam> params) override;
  base::Result<int64_t> NextId() override;
  base::Status SetTenant(base::ClinicId) override { return base::OkStatus(); }
  base::Status LockResources(std::span<const int64_t>) override { return base::OkStatus(); }
  base::Status DeferForeignKeys() override { return Exec("PRAGMA defer_foreign_keys = ON"); }

  // Runs a script of several statements without parameters (migrations, BEGIN/COMMIT).
  base::Status Exec(std::string_view script);
  // The value of a PRAGMA that returns one row with one column, as text.
  base::Result<std::string> Pragma(std::string_view name);

  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  base::Result<sqlite3_stmt*> Prepare(std::string_view sql, std::span<const sql::SqlParam> params);
  base::Status Error(int code, std::string_view context) const;

  sqlite3* db_;
  std::string path_;
  sql::StatementCache<sqlite3_stmt*> statements_;
};

}  // namespace needlepoint::storage::sqlite
