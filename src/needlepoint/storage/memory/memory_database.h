// MemoryDatabase: the in-memory twin of the SQL storage backends, for unit tests of the code
// above storage. It keeps the Database and repository contracts exactly as the SQL backends
// do — errors, ordering, versions, overlaps, tenancy, the audit hash chain — but stores
// nothing durably.
//
// Transactions: one write transaction at a time (a second Begin(kWrite) waits, and gives
// kUnavailable after MemoryStore::kWriterWait); it works on a private copy of its clinic's
// data that Commit() publishes atomically, and that vanishes if the transaction is destroyed
// uncommitted. A read transaction sees the snapshot published when it began; a write
// through it fails with kInternal, as on SQLite's read-only connections. Begin on a clinic id
// that does not exist succeeds, as in SQL: the transaction sees nothing and its writes fail
// as the schema's foreign keys would (kFailedPrecondition).
//
// Thread-safe. Transactions must not outlive the database.
#pragma once

#include <memory>

#include "needlepoint/base/clock.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/database.h"
#include "needlepoint/storage/memory/memory_store.h"

namespace needlepoint::storage::memory {

class MemoryDatabase final : public Database {
 public:
  // `clock` stamps every row and must outlive the database; `audit_key` keys the audit chain.
  MemoryDatabase(const base::Clock& clock, AuditKey audit_key);

  base::Result<std::unique_ptr<Transaction>> Begin(base::ClinicId clinic, Access access) override;
  base::Result<domain::Clinic> CreateClinic(const NewClinic& clinic) override;
  base::Result<base::ClinicId> FindClinic(std::string_view slug) override;
  base::Result<std::vector<base::ClinicId>> ListClinics() override;
  // kNotFound ("clinic not found") if an entry names a clinic that does not exist; then no
  // row is stored.
  using Database::AppendAudit;
  base::Status AppendAudit(std::span<const ClinicAuditEntry> entries,
                           AuditDurability durability) override;
  base::Status Sync() override;  // only the witness, if any: nothing here is durable
  std::string_view backend() const override { return "memory"; }

 private:
  const base::Clock& clock_;
  AuditKey audit_key_;
  MemoryStore store_;
};

}  // namespace needlepoint::storage::memory
