// MemoryContext: one memory transaction's view of its clinic, shared by the transaction's
// repositories. Reads see the snapshot taken at Begin (plus this transaction's own writes);
// the first write copies the snapshot, and the copy is what a commit publishes. Used by one
// thread at a time, like any Transaction.
#pragma once

#include <memory>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/database.h"
#include "needlepoint/storage/memory/clinic_data.h"
#include "needlepoint/storage/memory/memory_store.h"

namespace needlepoint::storage::memory {

class MemoryContext {
 public:
  // `snapshot` is the clinic's published data, or null if the clinic does not exist (then the
  // transaction sees nothing and every write fails as a foreign key would). `store`, `clock`
  // and `key` must outlive the context.
  MemoryContext(MemoryStore& store, base::ClinicId clinic, Access access,
                std::shared_ptr<const ClinicData> snapshot, const base::Clock& clock,
                const AuditKey& key);

  base::ClinicId clinic() const { return clinic_; }
  // False when the transaction was begun on a clinic id that does not exist.
  bool clinic_exists() const { return snapshot_ != nullptr; }

  // The clinic's rows as this transaction sees them.
  const ClinicData& data() const;

  // OK if the transaction may write: kInternal in a read transaction (as SQLite reports a
  // write on a read-only connection), kFailedPrecondition once the transaction has ended.
  // Repositories call it where the SQL implementation issues its first write.
  base::Status CheckWritable() const;

  // The transaction's private copy of the clinic's rows, made on first use. Call only after
  // CheckWritable() and every check of the write have passed.
  ClinicData& Mutable();

  // The clinic that has login name `slug` as published; kNotFound if none.
  base::Result<base::ClinicId> FindClinic(std::string_view slug) const {
    return store_.FindClinic(slug);
  }

  // The next database-wide id (consumed even if the transaction rolls back).
  int64_t NextId() { return store_.NextId(); }
  base::Timestamp Now() const { return clock_.Now(); }
  const AuditKey& audit_key() const { return key_; }

  // Ends the transaction and returns what it wrote: the new data for the clinic, or null if
  // it wrote nothing. Later writes fail; later reads see the data as it was at the end.
  std::shared_ptr<const ClinicData> Finish();
  bool ended() const { return ended_; }

 private:
  MemoryStore& store_;
  base::ClinicId clinic_;
  Access access_;
  std::shared_ptr<const ClinicData> snapshot_;  // shared, immutable
  std::shared_ptr<ClinicData> written_;         // private until Finish()
  const base::Clock& clock_;
  const AuditKey& key_;
  bool ended_ = false;
};

}  // namespace needlepoint::storage::memory
