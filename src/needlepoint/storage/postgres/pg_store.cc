#include "needlepoint/storage/postgres/pg_store.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

#include "needlepoint/storage/postgres/pg_connection.h"
#include "needlepoint/storage/sql/sql_database.h"
#include "needlepoint/storage/sql/sql_migrate.h"

namespace needlepoint::storage::postgres {

std::span<const base::EmbeddedFile> EmbeddedPostgresMigrations();  // generated

base::Result<std::vector<Migration>> PostgresMigrations() {
  return ParseMigrations(EmbeddedPostgresMigrations());
}

namespace {

class PgLease final : public sql::SqlLease {
 public:
  PgLease(PgConnection& connection, std::function<void()> release)
      : connection_(connection), release_(std::move(release)) {}
  ~PgLease() override {
    if (open_) (void)connection_.Exec("ROLLBACK");
    release_();
  }
  sql::SqlSession& session() override { return connection_; }
  base::Status Commit() override {
    if (!open_) return base::FailedPrecondition("the transaction has already ended");
    open_ = false;
    if (connection_.TransactionFailed()) {
      (void)connection_.Exec("ROLLBACK");
      return base::Unavailable("a statement of the transaction failed; nothing was saved");
    }
    // A failed COMMIT has rolled back; the caller may retry the whole transaction.
    return connection_.Exec("COMMIT");
  }

 private:
  PgConnection& connection_;
  std::function<void()> release_;
  bool open_ = true;
};

// Opens a connection ready for application transactions.
base::Result<std::unique_ptr<PgConnection>> AppConnection(const PgOptions& options) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> connection,
                      PgConnection::Connect(options.conninfo));
  // The role name comes from configuration, never from a request; quote it anyway.
  std::string role = "\"";
  for (char c : options.app_role) role += c == '"' ? std::string("\"\"") : std::string(1, c);
  role += "\"";
  base::Status switched = connection->Exec("SET ROLE " + role);
  if (!switched.ok()) {
    return base::Fail(base::FailedPrecondition("cannot switch to the application role " +
                                               options.app_role + ": " + switched.message() +
                                               " (the login role must be a member of it)"));
  }
  NP_RETURN_IF_ERROR(connection->Exec("SET application_name = 'needlepoint'"));
  return connection;
}

class PgBackend final : public sql::SqlBackend {
 public:
  explicit PgBackend(PgOptions options) : options_(std::move(options)) {}

  // Opens one connection now, so a misconfigured role fails at startup, not at the first
  // request. The pool grows on demand up to `connections`.
  base::Status Warm() {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> connection, AppConnection(options_));
    std::lock_guard lock(mutex_);
    free_.push_back(connection.get());
    all_.push_back(std::move(connection));
    return base::OkStatus();
  }

  base::Result<std::unique_ptr<sql::SqlLease>> Begin(Access access, bool relaxed) override {
    PgConnection* connection = nullptr;
    {
      std::unique_lock lock(mutex_);
      if (free_.empty() && static_cast<int>(all_.size()) < std::max(1, options_.connections)) {
        // Grow the pool; connecting happens outside the lock.
        all_.push_back(nullptr);
        lock.unlock();
        base::Result<std::unique_ptr<PgConnection>> fresh = AppConnection(options_);
        lock.lock();
        auto slot = std::find(all_.begin(), all_.end(), nullptr);
        if (!fresh) {
          all_.erase(slot);
          return base::Fail(std::move(fresh).error());
        }
        *slot = std::move(*fresh);
        connection = slot->get();
      } else {
        if (!freed_.wait_for(lock, std::chrono::milliseconds(options_.acquire_timeout_ms),
                             [&] { return !free_.empty(); })) {
          return base::Fail(base::Unavailable("no database connection is free; retry"));
        }
        connection = free_.back();
        free_.pop_back();
      }
    }
    if (!connection->Healthy()) {
      // Broken since its last use (a server restart, a network failure): reconnect in place.
      base::Result<std::unique_ptr<PgConnection>> fresh = AppConnection(options_);
      if (!fresh) {
        Release(connection);
        return base::Fail(std::move(fresh).error());
      }
      std::lock_guard lock(mutex_);
      for (auto& owned : all_) {
        if (owned.get() == connection) {
          owned = std::move(*fresh);
          connection = owned.get();
          break;
        }
      }
    }
    auto release = [this, connection] { Release(connection); };
    base::Status begun =
        connection->Exec(access == Access::kRead ? "BEGIN TRANSACTION READ ONLY" : "BEGIN");
    if (begun.ok() && relaxed) {
      // Asynchronous commit for this transaction only: the WAL writer flushes it within
      // three wal_writer_delay periods.
      begun = connection->Exec("SET LOCAL synchronous_commit = off");
    }
    if (!begun.ok()) {
      release();
      return base::Fail(std::move(begun));
    }
    return std::unique_ptr<sql::SqlLease>(std::make_unique<PgLease>(*connection, release));
  }

  std::string_view name() const override { return "postgres"; }

  base::Status Sync() override {
    // Asynchronously committed transactions reach the disk within three wal_writer_delay
    // periods; force it now: a synchronous commit that writes a commit record (txid_current
    // assigns a transaction id) waits for the WAL to be flushed up to it, and so past them.
    NP_ASSIGN_OR_RETURN(std::unique_ptr<sql::SqlLease> lease, Begin(Access::kWrite, false));
    NP_RETURN_IF_ERROR(lease->session().Query("SELECT txid_current()", {}));
    return lease->Commit();
  }

 private:
  void Release(PgConnection* connection) {
    {
      std::lock_guard lock(mutex_);
      free_.push_back(connection);
    }
    freed_.notify_one();
  }

  PgOptions options_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<PgConnection>> all_;
  std::vector<PgConnection*> free_;
};

base::Status CheckDurability(PgConnection& connection, const PgOptions& options) {
  NP_ASSIGN_OR_RETURN(std::string fsync, connection.Show("fsync"));
  NP_ASSIGN_OR_RETURN(std::string synchronous_commit, connection.Show("synchronous_commit"));
  if (options.allow_unsafe_durability) return base::OkStatus();
  if (fsync == "off") {
    return base::FailedPrecondition(
        "refusing to run against a PostgreSQL server with fsync=off: a crash could lose or "
        "corrupt acknowledged bookings");
  }
  if (synchronous_commit == "off") {
    return base::FailedPrecondition(
        "refusing to run with synchronous_commit=off: the most recent acknowledged bookings "
        "could be lost in a crash");
  }
  return base::OkStatus();
}

base::Result<SchemaState> ReadSchema(PgConnection& connection) {
  NP_ASSIGN_OR_RETURN(std::vector<Migration> migrations, PostgresMigrations());
  SchemaState state;
  state.latest = static_cast<int>(migrations.size());
  NP_ASSIGN_OR_RETURN(sql::SqlRows exists,
                      connection.Query("SELECT to_regclass('schema_migrations') IS NOT NULL", {}));
  const sql::SqlValue& flag = exists.front().value(0);
  const std::string* text = std::get_if<std::string>(&flag);
  if (text == nullptr || *text != "t") return state;
  NP_ASSIGN_OR_RETURN(sql::SqlRows rows, connection.Query("SELECT coalesce(max(version), 0) "
                                                          "FROM schema_migrations",
                                                          {}));
  state.current = static_cast<int>(rows.front().Int(0));
  return state;
}

base::Status Migrate(PgConnection& connection, std::optional<int> up_to, const base::Clock& clock) {
  // Serialise migrators across servers for the length of the session.
  NP_RETURN_IF_ERROR(connection.Exec("SELECT pg_advisory_lock(4242001)"));
  auto unlock = [&] { (void)connection.Exec("SELECT pg_advisory_unlock(4242001)"); };
  base::Status status = [&]() -> base::Status {
    NP_RETURN_IF_ERROR(connection.Exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL, applied_us BIGINT NOT NULL)"));
    NP_ASSIGN_OR_RETURN(SchemaState state, ReadSchema(connection));
    NP_RETURN_IF_ERROR(CheckNotNewer(state));
    NP_ASSIGN_OR_RETURN(std::vector<Migration> migrations, PostgresMigrations());
    return sql::ApplyMigrations(
        connection, [&](std::string_view script) { return connection.Exec(script); }, "BEGIN",
        state, migrations, up_to, clock);
  }();
  unlock();
  return status;
}

}  // namespace

class PgStore::Impl {
 public:
  std::unique_ptr<sql::SqlDatabase> database;
  std::unique_ptr<PgConnection> admin;  // the login role, for schema queries
  std::mutex admin_mutex;
};

base::Result<std::unique_ptr<PgStore>> PgStore::Open(const PgOptions& options,
                                                     const base::Clock& clock,
                                                     const AuditKey& audit_key) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> admin, PgConnection::Connect(options.conninfo));
  NP_RETURN_IF_ERROR(CheckDurability(*admin, options));
  if (options.migrate) {
    NP_RETURN_IF_ERROR(Migrate(*admin, options.migrate_to, clock));
  } else {
    NP_ASSIGN_OR_RETURN(SchemaState state, ReadSchema(*admin));
    NP_RETURN_IF_ERROR(CheckUsable(state, options.require_current));
  }
  auto backend = std::make_unique<PgBackend>(options);
  NP_ASSIGN_OR_RETURN(SchemaState state, ReadSchema(*admin));
  if (state.current > 0) NP_RETURN_IF_ERROR(backend->Warm());
  auto impl = std::make_unique<Impl>();
  impl->admin = std::move(admin);
  impl->database = std::make_unique<sql::SqlDatabase>(std::move(backend), clock, audit_key);
  return std::unique_ptr<PgStore>(new PgStore(std::move(impl)));
}

PgStore::PgStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PgStore::~PgStore() = default;

Database& PgStore::database() { return *impl_->database; }

base::Result<SchemaState> PgStore::Schema() {
  std::lock_guard lock(impl_->admin_mutex);
  return ReadSchema(*impl_->admin);
}

}  // namespace needlepoint::storage::postgres
