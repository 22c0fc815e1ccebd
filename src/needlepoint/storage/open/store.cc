#include "needlepoint/storage/open/store.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "needlepoint/storage/postgres/pg_store.h"
#include "needlepoint/storage/sqlite/sqlite_store.h"

namespace needlepoint::storage {
namespace {

namespace fs = std::filesystem;

class SqliteHandle final : public Store {
 public:
  SqliteHandle(std::unique_ptr<sqlite::SqliteStore> store, AuditKey key)
      : store_(std::move(store)), key_(key) {}
  Database& database() override { return store_->database(); }
  base::Result<SchemaState> Schema() override { return store_->Schema(); }
  base::Status Backup(const std::string& destination) override {
    return store_->Backup(destination);
  }
  base::Result<std::string> IntegrityCheck() override { return store_->IntegrityCheck(); }
  const AuditKey& audit_key() const override { return key_; }

 private:
  std::unique_ptr<sqlite::SqliteStore> store_;
  AuditKey key_;
};

class PostgresHandle final : public Store {
 public:
  PostgresHandle(std::unique_ptr<postgres::PgStore> store, AuditKey key)
      : store_(std::move(store)), key_(key) {}
  Database& database() override { return store_->database(); }
  base::Result<SchemaState> Schema() override { return store_->Schema(); }
  base::Status Backup(const std::string&) override {
    return base::FailedPrecondition(
        "back up PostgreSQL with pg_dump or a base backup (see docs/OPERATIONS.md)");
  }
  base::Result<std::string> IntegrityCheck() override { return std::string("ok"); }
  const AuditKey& audit_key() const override { return key_; }

 private:
  std::unique_ptr<postgres::PgStore> store_;
  AuditKey key_;
};

}  // namespace

base::Result<AuditKey> LoadAuditKey(const std::string& path, bool create) {
  std::ifstream in(path);
  if (in) {
    std::string hex;
    std::getline(in, hex);
    base::Result<AuditKey> key = AuditKeyFromHex(hex);
    if (!key)
      return base::Fail(base::FailedPrecondition("the audit key file " + path +
                                                 " is damaged: " + key.error().message()));
    return key;
  }
  if (!create) {
    return base::Fail(base::FailedPrecondition("the audit key file " + path + " is missing"));
  }
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  const AuditKey key = NewAuditKey();
  const mode_t old_mask = umask(077);
  std::ofstream out(path, std::ios::trunc);
  out << AuditKeyToHex(key) << "\n";
  out.close();
  umask(old_mask);
  if (!out) return base::Fail(base::Unavailable("cannot write the audit key file " + path));
  return key;
}

base::Result<std::unique_ptr<Store>> OpenStore(const StoreConfig& config,
                                               const base::Clock& clock) {
  const std::string& url = config.url;
  if (url.starts_with("sqlite:")) {
    const std::string path = url.substr(7);
    if (path.empty()) return base::Fail(base::InvalidArgument("sqlite: needs a file path"));
    const std::string key_file = !config.audit_key_file.empty()
                                     ? config.audit_key_file
                                     : (fs::path(path).parent_path() / "audit.key").string();
    NP_ASSIGN_OR_RETURN(AuditKey key, LoadAuditKey(key_file, config.create_key));
    sqlite::SqliteOptions options;
    options.path = path;
    options.readers = std::max(1, config.connections / 2);
    options.migrate = config.migrate;
    options.require_current = config.require_current;
    options.migrate_to = config.migrate_to;
    options.allow_unsafe_durability = config.allow_unsafe_durability;
    NP_ASSIGN_OR_RETURN(std::unique_ptr<sqlite::SqliteStore> store,
                        sqlite::SqliteStore::Open(options, clock, key));
    return std::unique_ptr<Store>(std::make_unique<SqliteHandle>(std::move(store), key));
  }
  if (url.starts_with("postgres://") || url.starts_with("postgresql://")) {
    const std::string key_file =
        !config.audit_key_file.empty() ? config.audit_key_file : "var/audit.key";
    NP_ASSIGN_OR_RETURN(AuditKey key, LoadAuditKey(key_file, config.create_key));
    postgres::PgOptions options;
    options.conninfo = url;
    options.connections = config.connections;
    options.migrate = config.migrate;
    options.require_current = config.require_current;
    options.migrate_to = config.migrate_to;
    options.allow_unsafe_durability = config.allow_unsafe_durability;
    NP_ASSIGN_OR_RETURN(std::unique_ptr<postgres::PgStore> store,
                        postgres::PgStore::Open(options, clock, key));
    return std::unique_ptr<Store>(std::make_unique<PostgresHandle>(std::move(store), key));
  }
  // Do not echo the URL: it may carry a password.
  return base::Fail(base::InvalidArgument("--db must be sqlite:PATH or postgres://…; '" +
                                          url.substr(0, url.find(':')) +
                                          ":' is not a known scheme"));
}

}  // namespace needlepoint::storage
