#include "needlepoint/storage/sqlite/sqlite_connection.h"

#include <sqlite3.h>

namespace needlepoint::storage::sqlite {
namespace {

// Resets a statement when the step loop ends, however it ends.
class StatementReset {
 public:
  explicit StatementReset(sqlite3_stmt* statement) : statement_(statement) {}
  ~StatementReset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;

 private:
  sqlite3_stmt* statement_;
};

sql::SqlValue Column(sqlite3_stmt* statement, int i) {
  switch (sqlite3_column_type(statement, i)) {
    case SQLITE_INTEGER:
      return int64_t{sqlite3_column_int64(statement, i)};
    case SQLITE_FLOAT:
      return sqlite3_column_double(statement, i);
    case SQLITE_NULL:
      return std::monostate{};
    default: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
      return std::string(text, static_cast<size_t>(sqlite3_column_bytes(statement, i)));
    }
  }
}

}  // namespace

base::Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path,
                                                                       Mode mode,
                                                                       int busy_timeout_ms) {
  sqlite3* db = nullptr;
  const int flags = (mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY
                                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return base::Fail(base::Unavailable("cannot open the database " + path + ": " + message));
  }
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db, path));
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  NP_RETURN_IF_ERROR(connection->Exec("PRAGMA foreign_keys = ON"));
  return connection;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  sqlite3_close(db_);
}

base::Status SqliteConnection::Error(int code, std::string_view context) const {
  const std::string detail = sqlite3_errmsg(db_);
  switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return base::Conflict("a record with the same key already exists");
    case SQLITE_CONSTRAINT_TRIGGER:
      if (detail.starts_with("conflict")) {
        return base::Conflict("the provider, room or device is already booked at that time");
      }
      return base::FailedPrecondition(detail);  // append-only audit log
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return base::FailedPrecondition("a referenced record does not exist");
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      return base::InvalidArgument("a value is outside what the schema allows");
    default:
      break;
  }
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return base::Unavailable("the database is busy; retry");
    case SQLITE_FULL:
      return base::Unavailable("the disk is full");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      return base::Unavailable("database I/O error (" + detail + ")");
    case SQLITE_READONLY:
      return base::Internal("a write was attempted in a read-only transaction");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return base::Internal("the database file is damaged (" + detail + ")");
    default:
      return base::Internal("database error in " + std::string(context) + ": " + detail);
  }
}

base::Result<sqlite3_stmt*> SqliteConnection::Prepare(std::string_view sql,
                                                      std::span<const sql::SqlParam> params) {
  auto it = statements_.find(sql);
  sqlite3_stmt* statement = nullptr;
  if (it != statements_.end()) {
    statement = it->second;
  } else {
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) return base::Fail(Error(rc, "prepare"));
    statements_.emplace(std::string(sql), statement);
  }
  if (static_cast<size_t>(sqlite3_bind_parameter_count(statement)) != params.size()) {
    return base::Fail(base::Internal("statement expects " +
                                     std::to_string(sqlite3_bind_parameter_count(statement)) +
                                     " parameters, got " + std::to_string(params.size())));
  }
  for (size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const sql::SqlValue& value = params[i].value();
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<int64_t>(&value)) {
      rc = sqlite3_bind_int64(statement, index, *n);
    } else if (const auto* d = std::get_if<double>(&value)) {
      rc = sqlite3_bind_double(statement, index, *d);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      rc = sqlite3_bind_text64(statement, index, s->data(), s->size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
    } else {
      rc = sqlite3_bind_null(statement, index);
    }
    if (rc != SQLITE_OK) return base::Fail(Error(rc, "bind"));
  }
  return statement;
}

base::Result<sql::SqlRows> SqliteConnection::Query(std::string_view sql,
                                                   std::span<const sql::SqlParam> params) {
  NP_ASSIGN_OR_RETURN(sqlite3_stmt * statement, Prepare(sql, params));
  StatementReset reset(statement);
  sql::SqlRows rows;
  const int columns = sqlite3_column_count(statement);
  for (;;) {
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return base::Fail(Error(sqlite3_extended_errcode(db_), "query"));
    std::vector<sql::SqlValue> values;
    values.reserve(static_cast<size_t>(columns));
    for (int i = 0; i < columns; ++i) values.push_back(Column(statement, i));
    rows.emplace_back(std::move(values));
  }
  return rows;
}

base::Result<int64_t> SqliteConnection::Execute(std::string_view sql,
                                                std::span<const sql::SqlParam> params) {
  NP_ASSIGN_OR_RETURN(sqlite3_stmt * statement, Prepare(sql, params));
  StatementReset reset(statement);
  int rc;
  while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) return base::Fail(Error(sqlite3_extended_errcode(db_), "statement"));
  return int64_t{sqlite3_changes64(db_)};
}

base::Result<int64_t> SqliteConnection::NextId() {
  NP_ASSIGN_OR_RETURN(sql::SqlRows rows,
                      Query("UPDATE id_sequence SET value = value + 1 RETURNING value", {}));
  if (rows.empty()) return base::Fail(base::Internal("the id sequence is missing"));
  return rows.front().Int(0);
}

base::Status SqliteConnection::Exec(std::string_view script) {
  const std::string text(script);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    base::Status status = Error(sqlite3_extended_errcode(db_), "script");
    sqlite3_free(message);
    return status;
  }
  return base::OkStatus();
}

base::Result<std::string> SqliteConnection::Pragma(std::string_view name) {
  NP_ASSIGN_OR_RETURN(sql::SqlRows rows, Query("PRAGMA " + std::string(name), {}));
  if (rows.empty()) return std::string();
  const sql::SqlValue& value = rows.front().value(0);
  if (const auto* n = std::get_if<int64_t>(&value)) return std::to_string(*n);
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  return std::string();
}

}  // namespace needlepoint::storage::sqlite
