// SqlDatabase: the Database interface over any SqlBackend. It opens transactions on the
// backend's pooled connections, binds them to a clinic and hands out the shared SQL
// repositories; the backend supplies connections, dialect and error mapping.
#pragma once

#include <memory>

#include "needlepoint/base/clock.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/database.h"
#include "needlepoint/storage/sql/sql_session.h"

namespace needlepoint::storage::sql {

class SqlDatabase final : public Database {
 public:
  // `clock` must outlive the database.
  SqlDatabase(std::unique_ptr<SqlBackend> backend, const base::Clock& clock, AuditKey audit_key);

  base::Result<std::unique_ptr<Transaction>> Begin(base::ClinicId clinic, Access access) override;
  base::Result<domain::Clinic> CreateClinic(const NewClinic& clinic) override;
  base::Result<base::ClinicId> FindClinic(std::string_view slug) override;
  base::Result<std::vector<base::ClinicId>> ListClinics() override;
  using Database::AppendAudit;
  base::Status AppendAudit(std::span<const ClinicAuditEntry> entries,
                           AuditDurability durability) override;
  base::Status Sync() override;
  std::string_view backend() const override { return backend_->name(); }

 private:
  std::unique_ptr<SqlBackend> backend_;
  const base::Clock& clock_;
  AuditKey audit_key_;
};

}  // namespace needlepoint::storage::sql
