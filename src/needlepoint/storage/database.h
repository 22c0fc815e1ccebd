// Database and Transaction: how Needlepoint reaches storage. A Transaction is bound to one
// clinic when it begins; every repository call inside it reads and writes that clinic only,
// and all its writes commit or vanish together. Implementations: storage/sqlite (embedded
// default), storage/postgres (server), storage/memory (the in-memory twin for unit tests).
// All are thread-safe: many transactions may run at once from different threads.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/audit.h"
#include "needlepoint/domain/clinic.h"
#include "needlepoint/storage/audit_witness.h"
#include "needlepoint/storage/repositories.h"

namespace needlepoint::storage {

enum class Access {
  kRead,   // a consistent snapshot; writes fail
  kWrite,  // serialised with other writers where the backend needs it
};

class Transaction {
 public:
  virtual ~Transaction() = default;  // rolls back unless committed

  virtual base::ClinicId clinic() const = 0;
  virtual ClinicRepository& clinic_settings() = 0;
  virtual UserRepository& users() = 0;
  virtual ResourceRepository& resources() = 0;
  virtual PatientRepository& patients() = 0;
  virtual ConsultationRepository& consultations() = 0;
  virtual PlanRepository& plans() = 0;
  virtual SkinTypeRepository& skin_types() = 0;
  virtual AppointmentRepository& appointments() = 0;
  virtual AuditRepository& audit() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual LoginAttemptRepository& login_attempts() = 0;
  virtual ProtocolRepository& protocols() = 0;
  virtual PasswordTokenRepository& password_tokens() = 0;
  virtual CalendarRepository& calendars() = 0;
  virtual OutboxRepository& outbox() = 0;
  virtual MailSettingsRepository& mail_settings() = 0;
  virtual BookingRequestRepository& booking_requests() = 0;
  virtual ConsentRepository& consents() = 0;
  virtual PhotoRepository& photos() = 0;
  virtual TreatmentSessionRepository& treatment_sessions() = 0;
  virtual AdverseRepository& adverse() = 0;

  // Makes every write durable (the backend's fsync has returned) or none of them.
  // kUnavailable / kConflict mean nothing was written and the work may be retried. After
  // Commit, every repository call fails with kFailedPrecondition. After any failed repository
  // call, discard the transaction rather than committing it (PostgreSQL has already aborted
  // it; the other backends may hold part of the failed call's work).
  virtual base::Status Commit() = 0;
};

struct NewClinic {
  std::string slug;
  std::string name;
  std::string time_zone;
};

// How durable an audit batch must be when AppendAudit returns.
enum class AuditDurability {
  kSynced,     // on disk: survives a power loss (the backend's fsync has returned)
  kCommitted,  // committed: survives any crash of the server process, and reaches the disk
               // with the next Sync() or synced commit (power loss can lose only such a
               // suffix of the log, never a write's own audit row)
};

// An audit entry for a given clinic, for batch appends.
struct ClinicAuditEntry {
  base::ClinicId clinic_id;
  domain::AuditEntry entry;
};

class Database {
 public:
  virtual ~Database() = default;

  // Starts a transaction on `clinic`'s data; kUnavailable if no connection becomes free in
  // time. A transaction on a clinic that does not exist sees nothing and cannot write (its
  // creates fail with kFailedPrecondition).
  virtual base::Result<std::unique_ptr<Transaction>> Begin(base::ClinicId clinic,
                                                           Access access) = 0;

  // Creates a clinic and its empty audit chain. kConflict if the slug is taken.
  virtual base::Result<domain::Clinic> CreateClinic(const NewClinic& clinic) = 0;
  // The clinic with login name `slug`; kNotFound if none.
  virtual base::Result<base::ClinicId> FindClinic(std::string_view slug) = 0;
  // Every clinic id, ascending (operations: audit verification, backups, demo data).
  virtual base::Result<std::vector<base::ClinicId>> ListClinics() = 0;

  // Appends audit rows for several clinics in one transaction (group commit for audited
  // reads); either all rows are stored or none.
  virtual base::Status AppendAudit(std::span<const ClinicAuditEntry> entries,
                                   AuditDurability durability) = 0;
  base::Status AppendAudit(std::span<const ClinicAuditEntry> entries) {
    return AppendAudit(entries, AuditDurability::kSynced);
  }
  // Makes everything committed so far durable on disk (fsync).
  virtual base::Status Sync() = 0;

  // "sqlite", "postgres" or "memory".
  virtual std::string_view backend() const = 0;

  // From now on, every commit that adds audit rows (a write transaction with rows, an
  // AppendAudit batch, a new clinic's empty chain) appends its chains' heads to `witness`
  // (audit_witness.h) once the commit succeeded; an AppendAudit batch in kSynced mode also
  // syncs it, and Sync() syncs it. Null: none. Call before other threads use the database;
  // `witness` must outlive it. A failure to witness never fails the commit (the witness
  // reports it).
  void set_audit_witness(AuditWitness* witness) { witness_ = witness; }

 protected:
  AuditWitness* audit_witness() const { return witness_; }

 private:
  AuditWitness* witness_ = nullptr;
};

}  // namespace needlepoint::storage
