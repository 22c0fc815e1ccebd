#include "needlepoint/storage/open/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "needlepoint/storage/postgres/pg_store.h"
#include "needlepoint/storage/sqlite/sqlite_store.h"

namespace needlepoint::storage {
namespace {

namespace fs = std::filesystem;

// What every handle keeps besides its backend: the key and the witness.
class HandleBase : public Store {
 public:
  explicit HandleBase(AuditKey key) : key_(key) {}
  const AuditKey& audit_key() const override { return key_; }
  const std::string& audit_witness_path() const override {
    static const std::string none;
    return witness_ != nullptr ? witness_->path() : none;
  }
  void set_witness(std::unique_ptr<AuditWitness> witness) {
    witness_ = std::move(witness);
    database().set_audit_witness(witness_.get());
  }

 private:
  AuditKey key_;
  std::unique_ptr<AuditWitness> witness_;
};

class SqliteHandle final : public HandleBase {
 public:
  SqliteHandle(std::unique_ptr<sqlite::SqliteStore> store, AuditKey key)
      : HandleBase(key), store_(std::move(store)) {}
  ~SqliteHandle() override { set_witness(nullptr); }  // detach before the database goes
  Database& database() override { return store_->database(); }
  base::Result<SchemaState> Schema() override { return store_->Schema(); }
  base::Status Backup(const std::string& destination) override {
    return store_->Backup(destination);
  }
  base::Result<std::string> IntegrityCheck() override { return store_->IntegrityCheck(); }

 private:
  std::unique_ptr<sqlite::SqliteStore> store_;
};

class PostgresHandle final : public HandleBase {
 public:
  PostgresHandle(std::unique_ptr<postgres::PgStore> store, AuditKey key)
      : HandleBase(key), store_(std::move(store)) {}
  ~PostgresHandle() override { set_witness(nullptr); }
  Database& database() override { return store_->database(); }
  base::Result<SchemaState> Schema() override { return store_->Schema(); }
  base::Status Backup(const std::string&) override {
    return base::FailedPrecondition(
        "back up PostgreSQL with pg_dump or a base backup (see docs/OPERATIONS.md)");
  }
  base::Result<std::string> IntegrityCheck() override { return std::string("ok"); }

 private:
  std::unique_ptr<postgres::PgStore> store_;
};

// The newest row of every clinic's chain.
base::Result<std::vector<WitnessedHead>> CurrentHeads(Database& db) {
  std::vector<WitnessedHead> heads;
  NP_ASSIGN_OR_RETURN(std::vector<base::ClinicId> clinics, db.ListClinics());
  for (base::ClinicId clinic : clinics) {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<Transaction> tx, db.Begin(clinic, Access::kRead));
    NP_ASSIGN_OR_RETURN(auto head, tx->audit().Head());
    heads.push_back({clinic, head.first, head.second});
  }
  return heads;
}

// Opens the witness `config` names for `url` and attaches it to the handle's database.
base::Status AttachWitness(HandleBase& handle, const StoreConfig& config) {
  if (!config.witness) return base::OkStatus();
  const std::string path = !config.audit_witness_file.empty() ? config.audit_witness_file
                                                              : DefaultWitnessPath(config.url);
  std::error_code ec;
  const bool existed = fs::exists(path, ec);
  std::vector<WitnessedHead> heads;
  if (!existed) {
    NP_ASSIGN_OR_RETURN(heads, CurrentHeads(handle.database()));
    const bool has_rows = std::any_of(heads.begin(), heads.end(),
                                      [](const WitnessedHead& head) { return head.seq > 0; });
    if (has_rows && !config.new_witness) {
      return base::FailedPrecondition(
          "the audit witness " + path +
          " is missing but the database already holds audit rows: it was deleted or moved, "
          "or the database comes from elsewhere (a restore, or a version without a witness). "
          "Run `needlepoint audit verify` with the witness files you have; once you know "
          "why, start with --new-audit-witness (docs/OPERATIONS.md)");
    }
  }
  auto on_error = config.on_witness_error;
  if (!on_error) {
    on_error = [](const base::Status& status) {
      std::cerr << (status.ok() ? "the audit witness can be written again"
                                : "audit witness: " + status.ToString())
                << "\n";
    };
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<AuditWitness> witness,
                      AuditWitness::Open(path, handle.audit_key(), std::move(on_error)));
  if (!existed) {
    // A new witness starts from the chains as they are now.
    NP_RETURN_IF_ERROR(witness->Record(heads));
    NP_RETURN_IF_ERROR(witness->Sync());
  }
  handle.set_witness(std::move(witness));
  return base::OkStatus();
}

}  // namespace

std::string DefaultWitnessPath(std::string_view database_url) {
  if (database_url.starts_with("sqlite:")) {
    return std::string(database_url.substr(7)) + ".audit-witness";
  }
  return "var/audit.witness";
}

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
    auto handle = std::make_unique<SqliteHandle>(std::move(store), key);
    NP_RETURN_IF_ERROR(AttachWitness(*handle, config));
    return std::unique_ptr<Store>(std::move(handle));
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
    auto handle = std::make_unique<PostgresHandle>(std::move(store), key);
    NP_RETURN_IF_ERROR(AttachWitness(*handle, config));
    return std::unique_ptr<Store>(std::move(handle));
  }
  // Do not echo the URL: it may carry a password.
  return base::Fail(base::InvalidArgument("--db must be sqlite:PATH or postgres://…; '" +
                                          url.substr(0, url.find(':')) +
                                          ":' is not a known scheme"));
}

}  // namespace needlepoint::storage
