#include "needlepoint/storage/sql/sql_database.h"

#include <algorithm>

#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

// The session the repositories see: the lease's, until the transaction ends.
class TransactionSession final : public SqlSession {
 public:
  explicit TransactionSession(SqlSession& inner) : inner_(inner) {}
  using SqlSession::Execute;
  using SqlSession::Query;
  base::Result<SqlRows> Query(std::string_view sql, std::span<const SqlParam> params) override {
    if (ended_) return base::Fail(Ended());
    return inner_.Query(sql, params);
  }
  base::Result<int64_t> Execute(std::string_view sql, std::span<const SqlParam> params) override {
    if (ended_) return base::Fail(Ended());
    return inner_.Execute(sql, params);
  }
  base::Result<int64_t> NextId() override {
    if (ended_) return base::Fail(Ended());
    return inner_.NextId();
  }
  base::Status SetTenant(base::ClinicId clinic) override {
    if (ended_) return Ended();
    return inner_.SetTenant(clinic);
  }
  base::Status LockResources(std::span<const int64_t> resources) override {
    if (ended_) return Ended();
    return inner_.LockResources(resources);
  }
  base::Status DeferForeignKeys() override {
    if (ended_) return Ended();
    return inner_.DeferForeignKeys();
  }
  void End() { ended_ = true; }

 private:
  static base::Status Ended() {
    return base::FailedPrecondition("the transaction has already ended");
  }
  SqlSession& inner_;
  bool ended_ = false;
};

class SqlTransaction final : public Transaction {
 public:
  SqlTransaction(std::unique_ptr<SqlLease> lease, base::ClinicId clinic, const base::Clock& clock,
                 const AuditKey& key, AuditWitness* witness)
      : witness_(witness),
        lease_(std::move(lease)),
        session_(lease_->session()),
        context_{session_, clinic, clock},
        clinics_(context_),
        users_(context_),
        resources_(context_),
        patients_(context_),
        consultations_(context_),
        plans_(context_),
        skin_types_(context_),
        appointments_(context_),
        audit_(context_, key),
        sessions_(context_),
        login_attempts_(context_),
        protocols_(context_),
        password_tokens_(context_),
        calendars_(context_),
        outbox_(context_),
        mail_settings_(context_),
        booking_requests_(context_),
        consents_(context_),
        photos_(context_),
        treatment_sessions_(context_),
        adverse_(context_) {}

  base::ClinicId clinic() const override { return context_.clinic; }
  ClinicRepository& clinic_settings() override { return clinics_; }
  UserRepository& users() override { return users_; }
  ResourceRepository& resources() override { return resources_; }
  PatientRepository& patients() override { return patients_; }
  ConsultationRepository& consultations() override { return consultations_; }
  PlanRepository& plans() override { return plans_; }
  SkinTypeRepository& skin_types() override { return skin_types_; }
  AppointmentRepository& appointments() override { return appointments_; }
  AuditRepository& audit() override { return audit_; }
  SessionRepository& sessions() override { return sessions_; }
  LoginAttemptRepository& login_attempts() override { return login_attempts_; }
  ProtocolRepository& protocols() override { return protocols_; }
  PasswordTokenRepository& password_tokens() override { return password_tokens_; }
  CalendarRepository& calendars() override { return calendars_; }
  OutboxRepository& outbox() override { return outbox_; }
  MailSettingsRepository& mail_settings() override { return mail_settings_; }
  BookingRequestRepository& booking_requests() override { return booking_requests_; }
  ConsentRepository& consents() override { return consents_; }
  PhotoRepository& photos() override { return photos_; }
  TreatmentSessionRepository& treatment_sessions() override { return treatment_sessions_; }
  AdverseRepository& adverse() override { return adverse_; }
  base::Status Commit() override {
    // Committed or not, the transaction is over: no statement may run after it, outside it.
    session_.End();
    NP_RETURN_IF_ERROR(lease_->Commit());
    if (witness_ != nullptr && audit_.appended_head()) {
      (void)witness_->Record({&*audit_.appended_head(), 1});  // it reports its own failures
    }
    return base::OkStatus();
  }

 private:
  AuditWitness* witness_;
  std::unique_ptr<SqlLease> lease_;
  TransactionSession session_;
  SqlContext context_;
  SqlClinics clinics_;
  SqlUsers users_;
  SqlResources resources_;
  SqlPatients patients_;
  SqlConsultations consultations_;
  SqlPlans plans_;
  SqlSkinTypes skin_types_;
  SqlAppointments appointments_;
  SqlAudit audit_;
  SqlSessions sessions_;
  SqlLoginAttempts login_attempts_;
  SqlProtocols protocols_;
  SqlPasswordTokens password_tokens_;
  SqlCalendars calendars_;
  SqlOutbox outbox_;
  SqlMailSettings mail_settings_;
  SqlBookingRequests booking_requests_;
  SqlConsents consents_;
  SqlPhotos photos_;
  SqlTreatmentSessions treatment_sessions_;
  SqlAdverse adverse_;
};

}  // namespace

SqlDatabase::SqlDatabase(std::unique_ptr<SqlBackend> backend, const base::Clock& clock,
                         AuditKey audit_key)
    : backend_(std::move(backend)), clock_(clock), audit_key_(audit_key) {}

base::Result<std::unique_ptr<Transaction>> SqlDatabase::Begin(base::ClinicId clinic,
                                                              Access access) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<SqlLease> lease, backend_->Begin(access));
  NP_RETURN_IF_ERROR(lease->session().SetTenant(clinic));
  return std::unique_ptr<Transaction>(std::make_unique<SqlTransaction>(
      std::move(lease), clinic, clock_, audit_key_, audit_witness()));
}

base::Result<domain::Clinic> SqlDatabase::CreateClinic(const NewClinic& clinic) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<SqlLease> lease, backend_->Begin(Access::kWrite));
  SqlSession& session = lease->session();
  NP_ASSIGN_OR_RETURN(int64_t id, session.NextId());
  const base::ClinicId clinic_id(id);
  NP_RETURN_IF_ERROR(session.SetTenant(clinic_id));
  NP_RETURN_IF_ERROR(session.Execute("INSERT INTO clinic_directory (slug, clinic_id) VALUES (?, ?)",
                                     {clinic.slug, clinic_id}));
  NP_RETURN_IF_ERROR(session.Execute(
      "INSERT INTO clinics (clinic_id, slug, name, time_zone, created_us) VALUES (?, ?, ?, ?, ?)",
      {clinic_id, clinic.slug, clinic.name, clinic.time_zone, clock_.Now()}));
  NP_RETURN_IF_ERROR(
      session.Execute("INSERT INTO audit_heads (clinic_id, seq, hash) VALUES (?, 0, ?)",
                      {clinic_id, GenesisHash()}));
  SqlClinics clinics({session, clinic_id, clock_});
  NP_ASSIGN_OR_RETURN(domain::Clinic created, clinics.Get());
  NP_RETURN_IF_ERROR(lease->Commit());
  // The empty chain is witnessed too: a clinic whose chain is later wiped is reported.
  if (AuditWitness* witness = audit_witness()) {
    const WitnessedHead genesis{clinic_id, 0, GenesisHash()};
    (void)witness->Record({&genesis, 1});
  }
  return created;
}

base::Result<base::ClinicId> SqlDatabase::FindClinic(std::string_view slug) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<SqlLease> lease, backend_->Begin(Access::kRead));
  NP_ASSIGN_OR_RETURN(SqlRows rows, lease->session().Query("SELECT clinic_id FROM clinic_directory "
                                                           "WHERE slug = ?",
                                                           {slug}));
  if (rows.empty()) return base::Fail(base::NotFound("no such clinic"));
  return base::ClinicId(rows.front().Int(0));
}

base::Result<std::vector<base::ClinicId>> SqlDatabase::ListClinics() {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<SqlLease> lease, backend_->Begin(Access::kRead));
  NP_ASSIGN_OR_RETURN(SqlRows rows, lease->session().Query("SELECT clinic_id FROM "
                                                           "clinic_directory ORDER BY clinic_id",
                                                           {}));
  std::vector<base::ClinicId> out;
  for (const SqlRow& row : rows) out.emplace_back(row.Int(0));
  return out;
}

base::Status SqlDatabase::AppendAudit(std::span<const ClinicAuditEntry> entries,
                                      AuditDurability durability) {
  if (entries.empty()) return base::OkStatus();
  // Group by clinic (stable, so each clinic's rows keep their order) to switch tenant once
  // per clinic.
  std::vector<const ClinicAuditEntry*> ordered;
  ordered.reserve(entries.size());
  for (const ClinicAuditEntry& entry : entries) ordered.push_back(&entry);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto* a, const auto* b) { return a->clinic_id < b->clinic_id; });
  NP_ASSIGN_OR_RETURN(std::unique_ptr<SqlLease> lease,
                      backend_->Begin(Access::kWrite, durability == AuditDurability::kCommitted));
  SqlSession& session = lease->session();
  std::vector<WitnessedHead> heads;  // each clinic's newest row after this batch
  for (size_t start = 0; start < ordered.size();) {
    const base::ClinicId clinic = ordered[start]->clinic_id;
    std::vector<const domain::AuditEntry*> rows;
    size_t end = start;
    for (; end < ordered.size() && ordered[end]->clinic_id == clinic; ++end) {
      rows.push_back(&ordered[end]->entry);
    }
    NP_RETURN_IF_ERROR(session.SetTenant(clinic));
    SqlAudit audit({session, clinic, clock_}, audit_key_);
    NP_RETURN_IF_ERROR(audit.AppendBatch(rows));
    heads.push_back(*audit.appended_head());
    start = end;
  }
  NP_RETURN_IF_ERROR(lease->Commit());
  if (AuditWitness* witness = audit_witness()) {
    // Failures are the witness's to report; the rows themselves are stored.
    if (witness->Record(heads).ok() && durability == AuditDurability::kSynced) {
      (void)witness->Sync();
    }
  }
  return base::OkStatus();
}

base::Status SqlDatabase::Sync() {
  NP_RETURN_IF_ERROR(backend_->Sync());
  if (AuditWitness* witness = audit_witness()) (void)witness->Sync();
  return base::OkStatus();
}

}  // namespace needlepoint::storage::sql
