#include "needlepoint/storage/memory/memory_database.h"

#include <map>

#include "needlepoint/storage/memory/memory_context.h"
#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

class MemoryTransaction final : public Transaction {
 public:
  // `writer` is held for a write transaction and empty for a read one.
  MemoryTransaction(MemoryStore& store, WriterLease writer, base::ClinicId clinic, Access access,
                    const base::Clock& clock, const AuditKey& key, AuditWitness* witness)
      : witness_(witness),
        store_(store),
        writer_(std::move(writer)),
        context_(store, clinic, access, store.Snapshot(clinic), clock, key),
        clinics_(context_),
        users_(context_),
        resources_(context_),
        patients_(context_),
        consultations_(context_),
        plans_(context_),
        skin_types_(context_),
        appointments_(context_),
        audit_(context_),
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

  base::ClinicId clinic() const override { return context_.clinic(); }
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
    if (context_.ended()) return base::FailedPrecondition("the transaction has already ended");
    std::shared_ptr<const ClinicData> changed = context_.Finish();
    const bool published = changed != nullptr;
    if (published) store_.Publish({{context_.clinic(), std::move(changed)}});
    writer_.Release();  // nothing more can be written: let the next writer in
    if (witness_ != nullptr && published && audit_.appended_head()) {
      (void)witness_->Record({&*audit_.appended_head(), 1});  // it reports its own failures
    }
    return base::OkStatus();
  }

  // Destruction without Commit() drops the private copy and releases the writer gate.

 private:
  AuditWitness* witness_;
  MemoryStore& store_;
  WriterLease writer_;
  MemoryContext context_;  // before the repositories, which refer to it
  MemoryClinics clinics_;
  MemoryUsers users_;
  MemoryResources resources_;
  MemoryPatients patients_;
  MemoryConsultations consultations_;
  MemoryPlans plans_;
  MemorySkinTypes skin_types_;
  MemoryAppointments appointments_;
  MemoryAudit audit_;
  MemorySessions sessions_;
  MemoryLoginAttempts login_attempts_;
  MemoryProtocols protocols_;
  MemoryPasswordTokens password_tokens_;
  MemoryCalendars calendars_;
  MemoryOutbox outbox_;
  MemoryMailSettings mail_settings_;
  MemoryBookingRequests booking_requests_;
  MemoryConsents consents_;
  MemoryPhotos photos_;
  MemoryTreatmentSessions treatment_sessions_;
  MemoryAdverse adverse_;
};

}  // namespace

MemoryDatabase::MemoryDatabase(const base::Clock& clock, AuditKey audit_key)
    : clock_(clock), audit_key_(audit_key) {}

base::Result<std::unique_ptr<Transaction>> MemoryDatabase::Begin(base::ClinicId clinic,
                                                                 Access access) {
  WriterLease writer;
  if (access == Access::kWrite) {
    NP_ASSIGN_OR_RETURN(writer, store_.AcquireWriter());
  }
  // The snapshot is taken after the writer gate is held, so a writer sees every commit
  // before it.
  return std::unique_ptr<Transaction>(std::make_unique<MemoryTransaction>(
      store_, std::move(writer), clinic, access, clock_, audit_key_, audit_witness()));
}

base::Result<domain::Clinic> MemoryDatabase::CreateClinic(const NewClinic& clinic) {
  // No writer gate: a new clinic's data is published whole, and touches no other clinic's.
  auto data = std::make_shared<ClinicData>();
  data->clinic = {.id = base::ClinicId(store_.NextId()),
                  .slug = clinic.slug,
                  .name = clinic.name,
                  .time_zone = clinic.time_zone,
                  .created_at = clock_.Now()};
  domain::Clinic created = data->clinic;
  NP_RETURN_IF_ERROR(store_.AddClinic(std::move(data)));
  if (AuditWitness* witness = audit_witness()) {
    const WitnessedHead genesis{created.id, 0, GenesisHash()};
    (void)witness->Record({&genesis, 1});
  }
  return created;
}

base::Result<base::ClinicId> MemoryDatabase::FindClinic(std::string_view slug) {
  return store_.FindClinic(slug);
}

base::Result<std::vector<base::ClinicId>> MemoryDatabase::ListClinics() {
  return store_.ListClinics();
}

base::Status MemoryDatabase::AppendAudit(std::span<const ClinicAuditEntry> entries,
                                         AuditDurability durability) {
  if (entries.empty()) return base::OkStatus();
  // Held until the batch is published, so no write transaction interleaves.
  NP_ASSIGN_OR_RETURN(WriterLease writer, store_.AcquireWriter());
  // One context per clinic, so each clinic's rows chain on in the order given.
  std::map<base::ClinicId, std::unique_ptr<MemoryContext>> contexts;
  for (const ClinicAuditEntry& entry : entries) {
    std::unique_ptr<MemoryContext>& context = contexts[entry.clinic_id];
    if (context == nullptr) {
      context =
          std::make_unique<MemoryContext>(store_, entry.clinic_id, Access::kWrite,
                                          store_.Snapshot(entry.clinic_id), clock_, audit_key_);
    }
    MemoryAudit audit(*context);
    NP_RETURN_IF_ERROR(audit.Append(entry.entry));
  }
  std::vector<ClinicChange> changes;
  std::vector<WitnessedHead> heads;
  for (auto& [clinic, context] : contexts) {
    std::shared_ptr<const ClinicData> data = context->Finish();
    if (data != nullptr && !data->audit.empty()) {
      heads.push_back({clinic, data->audit.back().seq, data->audit.back().hash});
    }
    changes.emplace_back(clinic, std::move(data));
  }
  store_.Publish(std::move(changes));
  writer.Release();
  if (AuditWitness* witness = audit_witness()) {
    if (witness->Record(heads).ok() && durability == AuditDurability::kSynced) {
      (void)witness->Sync();
    }
  }
  return base::OkStatus();
}

base::Status MemoryDatabase::Sync() {
  if (AuditWitness* witness = audit_witness()) return witness->Sync();
  return base::OkStatus();
}

}  // namespace needlepoint::storage::memory
