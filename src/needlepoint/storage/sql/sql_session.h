// The seam between the shared SQL repositories (this folder) and a database driver
// (storage/sqlite, storage/postgres). Statements are written once, with `?` placeholders and
// portable SQL; a driver binds parameters (never by string concatenation), maps its errors to
// Status codes and runs its own dialect where it must (ids, tenant setting, transactions).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::storage::sql {

// NULL, an integer, a float or text.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

// A bound parameter, built implicitly from the values repositories bind.
class SqlParam {
 public:
  SqlParam(std::nullopt_t) {}                        // NOLINT(google-explicit-constructor): NULL
  SqlParam(int64_t v) : value_(v) {}                 // NOLINT(google-explicit-constructor)
  SqlParam(int v) : value_(int64_t{v}) {}            // NOLINT(google-explicit-constructor)
  SqlParam(bool v) : value_(int64_t{v ? 1 : 0}) {}   // NOLINT(google-explicit-constructor)
  SqlParam(std::string v) : value_(std::move(v)) {}  // NOLINT(google-explicit-constructor)
  SqlParam(std::string_view v) : value_(std::string(v)) {}  // NOLINT(google-explicit-constructor)
  SqlParam(const char* v) : value_(std::string(v)) {}       // NOLINT(google-explicit-constructor)
  SqlParam(base::Timestamp t)  // NOLINT(google-explicit-constructor): microseconds since epoch
      : value_(int64_t{t.time_since_epoch().count()}) {}
  SqlParam(base::CivilDate d) : value_(d.ToString()) {}  // NOLINT(google-explicit-constructor)
  template <typename Tag>
  SqlParam(base::Id<Tag> id) : value_(id.value()) {}  // NOLINT(google-explicit-constructor)
  template <typename T>
  SqlParam(const std::optional<T>& v) {  // NOLINT(google-explicit-constructor)
    if (v) value_ = SqlParam(*v).value_;
  }

  const SqlValue& value() const { return value_; }

 private:
  SqlValue value_;
};

using SqlParams = std::initializer_list<SqlParam>;

// One result row. Accessors check the column's type and report a mismatch as kInternal via
// `ok()`; callers read all columns, then check once.
class SqlRow {
 public:
  explicit SqlRow(std::vector<SqlValue> values) : values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  const SqlValue& value(std::size_t i) const { return values_.at(i); }
  bool IsNull(std::size_t i) const { return std::holds_alternative<std::monostate>(values_[i]); }
  int64_t Int(std::size_t i) const;
  std::optional<int64_t> OptInt(std::size_t i) const;
  const std::string& Text(std::size_t i) const;
  base::Timestamp Time(std::size_t i) const;
  base::CivilDate Date(std::size_t i) const;
  std::optional<base::CivilDate> OptDate(std::size_t i) const;
  template <typename IdT>
  IdT Id(std::size_t i) const {
    return IdT(Int(i));
  }
  template <typename IdT>
  std::optional<IdT> OptId(std::size_t i) const {
    std::optional<int64_t> v = OptInt(i);
    return v ? std::optional<IdT>(IdT(*v)) : std::nullopt;
  }

 private:
  std::vector<SqlValue> values_;
};

using SqlRows = std::vector<SqlRow>;

// A driver's cache of prepared statements by SQL text, looked up by string_view without
// building a std::string per statement.
struct SqlTextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};
template <typename Statement>
using StatementCache = std::unordered_map<std::string, Statement, SqlTextHash, std::equal_to<>>;

class SqlSession {
 public:
  virtual ~SqlSession() = default;
  // Runs one statement (placeholders `?`, bound in order) and returns its rows.
  virtual base::Result<SqlRows> Query(std::string_view sql, std::span<const SqlParam> params) = 0;
  // Runs one statement and returns the number of rows it changed.
  virtual base::Result<int64_t> Execute(std::string_view sql, std::span<const SqlParam> params) = 0;
  // The next value of the database-wide id sequence.
  virtual base::Result<int64_t> NextId() = 0;
  // Binds the rest of the transaction to `clinic` where the backend enforces tenancy itself
  // (PostgreSQL row-level security). SQLite has nothing to do.
  virtual base::Status SetTenant(base::ClinicId clinic) = 0;
  // Serialises, until the transaction ends, the writers that change the schedule of any of
  // `resources` (provider, room and device ids), so that racing bookings of one slot queue
  // and the later ones see the earlier ones' rows — instead of deadlocking each other on the
  // exclusion constraints (PostgreSQL). SQLite has a single writer: nothing to do.
  virtual base::Status LockResources(std::span<const int64_t> resources) = 0;
  // Checks foreign keys at commit instead of after each statement, for the rest of the
  // transaction, so that a key and the rows naming it can change one after the other (renaming
  // a clinic's login name). SQLite: PRAGMA defer_foreign_keys. PostgreSQL: nothing to do, the
  // constraints that need it are declared DEFERRABLE INITIALLY DEFERRED.
  virtual base::Status DeferForeignKeys() = 0;

  base::Result<SqlRows> Query(std::string_view sql, SqlParams params) {
    return Query(sql, std::span<const SqlParam>(params.begin(), params.size()));
  }
  base::Result<int64_t> Execute(std::string_view sql, SqlParams params) {
    return Execute(sql, std::span<const SqlParam>(params.begin(), params.size()));
  }
};

// A connection checked out for one transaction. Destroying it without Commit() rolls back
// and returns the connection to its pool.
class SqlLease {
 public:
  virtual ~SqlLease() = default;
  virtual SqlSession& session() = 0;
  virtual base::Status Commit() = 0;
};

// What a driver provides: transactions on pooled connections.
class SqlBackend {
 public:
  virtual ~SqlBackend() = default;
  // Begins a transaction (SQLite: BEGIN IMMEDIATE for writes; PostgreSQL: BEGIN). A
  // `relaxed` write commits without waiting for the disk (see AuditDurability::kCommitted).
  virtual base::Result<std::unique_ptr<SqlLease>> Begin(Access access, bool relaxed = false) = 0;
  // fsyncs what has been committed.
  virtual base::Status Sync() = 0;
  virtual std::string_view name() const = 0;
};

}  // namespace needlepoint::storage::sql
