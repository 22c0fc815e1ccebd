#include "needlepoint/storage/sqlite/sqlite_store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <vector>

#include "needlepoint/storage/sql/sql_database.h"
#include "needlepoint/storage/sql/sql_migrate.h"
#include "needlepoint/storage/sqlite/sqlite_connection.h"

namespace needlepoint::storage::sqlite {

std::span<const base::EmbeddedFile> EmbeddedSqliteMigrations();  // generated

base::Result<std::vector<Migration>> SqliteMigrations() {
  return ParseMigrations(EmbeddedSqliteMigrations());
}

namespace {

using Mode = SqliteConnection::Mode;

// A connection for one transaction: commits or rolls back, then gives the connection back.
class SqliteLease final : public sql::SqlLease {
 public:
  SqliteLease(SqliteConnection& connection, std::function<void()> release)
      : connection_(connection), release_(std::move(release)) {}
  ~SqliteLease() override {
    if (open_) (void)connection_.Execute("ROLLBACK", {});
    release_();
  }
  sql::SqlSession& session() override { return connection_; }
  base::Status Commit() override {
    if (!open_) return base::FailedPrecondition("the transaction has already ended");
    base::Status status = base::StatusOf(connection_.Execute("COMMIT", {}));
    if (!status.ok()) return status;  // still open: the destructor rolls back
    open_ = false;
    return status;
  }

 private:
  SqliteConnection& connection_;
  std::function<void()> release_;
  bool open_ = true;
};

class SqliteBackend final : public sql::SqlBackend {
 public:
  SqliteBackend(std::unique_ptr<SqliteConnection> writer,
                std::vector<std::unique_ptr<SqliteConnection>> readers, int timeout_ms)
      : writer_(std::move(writer)),
        // The configured level (FULL or EXTRA), restored after each relaxed commit.
        restore_level_("PRAGMA synchronous = " + writer_->Pragma("synchronous").value_or("2")),
        readers_(std::move(readers)),
        timeout_(timeout_ms) {
    for (auto& reader : readers_) free_readers_.push_back(reader.get());
  }

  base::Result<std::unique_ptr<sql::SqlLease>> Begin(Access access, bool relaxed) override {
    if (access == Access::kWrite) {
      if (!writer_mutex_.try_lock_for(timeout_)) {
        return base::Fail(base::Unavailable("the database is busy; retry"));
      }
      // A relaxed commit skips the WAL fsync; the next synced commit or Sync() covers it.
      if (relaxed) (void)writer_->Exec("PRAGMA synchronous = NORMAL");
      // A writer left relaxed by a failed restore is restored before any other write.
      if (!relaxed && left_relaxed_) {
        if (!writer_->Exec(restore_level_).ok()) {
          writer_mutex_.unlock();
          return base::Fail(base::Unavailable("the database cannot be made durable; retry"));
        }
        left_relaxed_ = false;
      }
      auto release = [this, relaxed] {
        if (relaxed) left_relaxed_ = !writer_->Exec(restore_level_).ok();
        writer_mutex_.unlock();
      };
      base::Status begun = base::StatusOf(writer_->Execute("BEGIN IMMEDIATE", {}));
      if (!begun.ok()) {
        release();
        return base::Fail(std::move(begun));
      }
      return std::unique_ptr<sql::SqlLease>(std::make_unique<SqliteLease>(*writer_, release));
    }
    SqliteConnection* reader = nullptr;
    {
      std::unique_lock lock(readers_mutex_);
      if (!reader_freed_.wait_for(lock, timeout_, [&] { return !free_readers_.empty(); })) {
        return base::Fail(base::Unavailable("no database connection is free; retry"));
      }
      reader = free_readers_.back();
      free_readers_.pop_back();
    }
    auto release = [this, reader] {
      {
        std::lock_guard lock(readers_mutex_);
        free_readers_.push_back(reader);
      }
      reader_freed_.notify_one();
    };
    base::Status begun = base::StatusOf(reader->Execute("BEGIN", {}));
    if (!begun.ok()) {
      release();
      return base::Fail(std::move(begun));
    }
    return std::unique_ptr<sql::SqlLease>(std::make_unique<SqliteLease>(*reader, release));
  }

  std::string_view name() const override { return "sqlite"; }

  base::Status Sync() override {
    // fdatasync on any descriptor of the WAL file flushes every committed frame.
    const std::string wal = writer_->path() + "-wal";
    const int fd = ::open(wal.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return base::OkStatus();  // no WAL: everything was checkpointed
    const int rc = ::fdatasync(fd);
    ::close(fd);
    if (rc != 0) return base::Unavailable("cannot sync the database's write-ahead log");
    return base::OkStatus();
  }

 private:
  std::unique_ptr<SqliteConnection> writer_;
  const std::string restore_level_;
  std::timed_mutex writer_mutex_;
  bool left_relaxed_ = false;  // guarded by writer_mutex_
  std::vector<std::unique_ptr<SqliteConnection>> readers_;
  std::vector<SqliteConnection*> free_readers_;
  std::mutex readers_mutex_;
  std::condition_variable reader_freed_;
  std::chrono::milliseconds timeout_;
};

int SynchronousLevel(const std::string& value) {
  // PRAGMA synchronous reports 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
  try {
    return std::stoi(value);
  } catch (const std::exception&) {
    return -1;
  }
}

// Applies the pragmas every connection needs and checks durability.
base::Status Configure(SqliteConnection& connection, const SqliteOptions& options) {
  std::string requested = options.synchronous;
  for (char& c : requested) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::vector<std::string> kLevels = {"OFF", "NORMAL", "FULL", "EXTRA"};
  if (std::find(kLevels.begin(), kLevels.end(), requested) == kLevels.end()) {
    return base::InvalidArgument("unknown synchronous level '" + options.synchronous + "'");
  }
  NP_RETURN_IF_ERROR(connection.Exec("PRAGMA synchronous = " + requested));
  NP_ASSIGN_OR_RETURN(std::string level, connection.Pragma("synchronous"));
  if (SynchronousLevel(level) < 2 && !options.allow_unsafe_durability) {
    return base::FailedPrecondition(
        "refusing to run with PRAGMA synchronous=" + requested +
        ": acknowledged bookings could be lost on power failure. Use FULL (the default).");
  }
  return base::OkStatus();
}

base::Result<SchemaState> ReadSchema(SqliteConnection& connection) {
  NP_ASSIGN_OR_RETURN(std::vector<Migration> migrations, SqliteMigrations());
  NP_ASSIGN_OR_RETURN(sql::SqlRows exists,
                      connection.Query("SELECT count(*) FROM sqlite_schema "
                                       "WHERE type = 'table' AND name = 'schema_migrations'",
                                       {}));
  SchemaState state;
  state.latest = static_cast<int>(migrations.size());
  if (exists.front().Int(0) == 0) return state;
  NP_ASSIGN_OR_RETURN(sql::SqlRows rows, connection.Query("SELECT coalesce(max(version), 0) "
                                                          "FROM schema_migrations",
                                                          {}));
  state.current = static_cast<int>(rows.front().Int(0));
  return state;
}

base::Status Migrate(SqliteConnection& connection, std::optional<int> up_to,
                     const base::Clock& clock) {
  NP_RETURN_IF_ERROR(
      connection.Exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                      "name TEXT NOT NULL, applied_us INTEGER NOT NULL)"));
  NP_ASSIGN_OR_RETURN(SchemaState state, ReadSchema(connection));
  NP_RETURN_IF_ERROR(CheckNotNewer(state));
  NP_ASSIGN_OR_RETURN(std::vector<Migration> migrations, SqliteMigrations());
  return sql::ApplyMigrations(
      connection, [&](std::string_view script) { return connection.Exec(script); },
      "BEGIN IMMEDIATE", state, migrations, up_to, clock);
}

}  // namespace

class SqliteStore::Impl {
 public:
  std::string path;
  std::unique_ptr<sql::SqlDatabase> database;
  // A connection for schema queries, backups and checks, outside the transaction pool.
  std::unique_ptr<SqliteConnection> admin;
  std::mutex admin_mutex;
};

base::Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const SqliteOptions& options,
                                                             const base::Clock& clock,
                                                             const AuditKey& audit_key) {
  if (options.path.empty() || options.path == ":memory:") {
    return base::Fail(base::InvalidArgument("the SQLite store needs a file path"));
  }
  const std::filesystem::path parent = std::filesystem::path(options.path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  // Patient data: readable by the service's user only. SQLite gives the -wal and -shm files
  // the database file's permissions.
  if (!std::filesystem::exists(options.path, ec)) {
    const int fd = ::open(options.path.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) ::close(fd);
  }

  NP_ASSIGN_OR_RETURN(
      std::unique_ptr<SqliteConnection> writer,
      SqliteConnection::Open(options.path, Mode::kReadWrite, options.busy_timeout_ms));
  NP_ASSIGN_OR_RETURN(std::string journal, writer->Pragma("journal_mode = WAL"));
  if (journal != "wal") {
    return base::Fail(
        base::FailedPrecondition("the database could not switch to WAL mode (" + journal + ")"));
  }
  NP_RETURN_IF_ERROR(Configure(*writer, options));
  if (options.migrate) {
    NP_RETURN_IF_ERROR(Migrate(*writer, options.migrate_to, clock));
  } else {
    NP_ASSIGN_OR_RETURN(SchemaState state, ReadSchema(*writer));
    NP_RETURN_IF_ERROR(CheckUsable(state, options.require_current));
  }

  std::vector<std::unique_ptr<SqliteConnection>> readers;
  for (int i = 0; i < std::max(1, options.readers); ++i) {
    NP_ASSIGN_OR_RETURN(
        std::unique_ptr<SqliteConnection> reader,
        SqliteConnection::Open(options.path, Mode::kReadOnly, options.busy_timeout_ms));
    readers.push_back(std::move(reader));
  }
  NP_ASSIGN_OR_RETURN(
      std::unique_ptr<SqliteConnection> admin,
      SqliteConnection::Open(options.path, Mode::kReadWrite, options.busy_timeout_ms));
  NP_RETURN_IF_ERROR(Configure(*admin, options));

  auto impl = std::make_unique<Impl>();
  impl->path = options.path;
  impl->admin = std::move(admin);
  impl->database = std::make_unique<sql::SqlDatabase>(
      std::make_unique<SqliteBackend>(std::move(writer), std::move(readers),
                                      options.busy_timeout_ms),
      clock, audit_key);
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(impl)));
}

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteStore::~SqliteStore() = default;

Database& SqliteStore::database() { return *impl_->database; }

base::Result<SchemaState> SqliteStore::Schema() {
  std::lock_guard lock(impl_->admin_mutex);
  return ReadSchema(*impl_->admin);
}

base::Result<std::string> SqliteStore::IntegrityCheck() {
  std::lock_guard lock(impl_->admin_mutex);
  NP_ASSIGN_OR_RETURN(sql::SqlRows integrity, impl_->admin->Query("PRAGMA integrity_check", {}));
  std::string problems;
  for (const sql::SqlRow& row : integrity) {
    if (row.Text(0) != "ok") problems += row.Text(0) + "\n";
  }
  NP_ASSIGN_OR_RETURN(sql::SqlRows foreign, impl_->admin->Query("PRAGMA foreign_key_check", {}));
  for (const sql::SqlRow& row : foreign) {
    problems += "foreign key violation in table " + row.Text(0) + "\n";
  }
  return problems.empty() ? std::string("ok") : problems;
}

base::Status SqliteStore::Backup(const std::string& destination) {
  const std::string temporary = destination + ".partial";
  std::error_code ec;
  std::filesystem::remove(temporary, ec);
  // The copy holds every patient's data: readable by the service's user only, whatever the
  // umask (SQLite would create it 0644 less the umask; its journal copies the file's mode).
  const int fd = ::open(temporary.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0 || ::fchmod(fd, 0600) != 0) {
    if (fd >= 0) ::close(fd);
    return base::Unavailable("cannot create the backup file " + temporary);
  }
  ::close(fd);
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<SqliteConnection> target,
                        SqliteConnection::Open(temporary, Mode::kReadWrite, 5000));
    std::lock_guard lock(impl_->admin_mutex);
    sqlite3_backup* backup =
        sqlite3_backup_init(target->handle(), "main", impl_->admin->handle(), "main");
    if (backup == nullptr) {
      return base::Internal(std::string("backup failed to start: ") +
                            sqlite3_errmsg(target->handle()));
    }
    // One step copies a single consistent snapshot; in WAL mode the server keeps writing
    // meanwhile (its commits land after the snapshot and are not in this copy).
    int rc;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      sqlite3_sleep(5);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
      return base::Unavailable(std::string("backup failed: ") + sqlite3_errstr(rc));
    }
    NP_ASSIGN_OR_RETURN(sql::SqlRows check, target->Query("PRAGMA integrity_check", {}));
    if (check.empty() || check.front().Text(0) != "ok") {
      return base::Internal("the backup copy failed its integrity check");
    }
    NP_RETURN_IF_ERROR(target->Exec("PRAGMA journal_mode = DELETE"));
  }
  std::filesystem::rename(temporary, destination, ec);
  if (ec) return base::Unavailable("cannot move the backup into place: " + ec.message());
  return base::OkStatus();
}

}  // namespace needlepoint::storage::sqlite
