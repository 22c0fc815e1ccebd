// The repositories of the in-memory twin, over one transaction's MemoryContext. Each mirrors
// its storage/sql counterpart: the same checks in the same order, the same error codes and
// messages (including those the SQL schema's constraints produce), the same ordering.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "needlepoint/storage/memory/memory_context.h"
#include "needlepoint/storage/repositories.h"

namespace needlepoint::storage::memory {

class MemoryClinics final : public ClinicRepository {
 public:
  explicit MemoryClinics(MemoryContext& context) : c_(context) {}
  base::Result<domain::Clinic> Get() override;
  base::Result<domain::Clinic> Update(const domain::Clinic& clinic) override;

 private:
  MemoryContext& c_;
};

class MemoryUsers final : public UserRepository {
 public:
  explicit MemoryUsers(MemoryContext& context) : c_(context) {}
  base::Result<domain::User> Create(const domain::User& user) override;
  base::Result<domain::User> Get(base::UserId id) override;
  base::Result<domain::User> FindByEmail(std::string_view email) override;
  base::Result<std::vector<domain::User>> ListStaff() override;
  // Write transactions already run one at a time (MemoryStore's writer gate).
  base::Status LockStaff() override { return base::OkStatus(); }
  base::Result<domain::User> FindPortalAccount(base::PatientId patient) override;
  base::Result<std::vector<domain::User>> ListPortalAccounts() override;
  base::Result<domain::User> Update(const domain::User& user) override;

 private:
  MemoryContext& c_;
};

class MemoryResources final : public ResourceRepository {
 public:
  explicit MemoryResources(MemoryContext& context) : c_(context) {}
  base::Result<domain::Resource> Create(const domain::Resource& resource) override;
  base::Result<domain::Resource> Get(base::ResourceId id) override;
  base::Result<std::vector<domain::Resource>> List() override;

 private:
  MemoryContext& c_;
};

class MemoryPatients final : public PatientRepository {
 public:
  explicit MemoryPatients(MemoryContext& context) : c_(context) {}
  base::Result<domain::Patient> Create(const domain::Patient& patient) override;
  base::Result<domain::Patient> Get(base::PatientId id) override;
  base::Result<domain::Patient> Update(const domain::Patient& patient) override;
  base::Result<Page<domain::Patient>> Search(const PatientQuery& query) override;
  base::Result<std::vector<domain::Patient>> FindLikelyDuplicates(
      const domain::Patient& patient) override;
  base::Result<MergeCounts> Merge(base::PatientId duplicate, base::PatientId into) override;
  base::Result<std::vector<base::PatientId>> ListMergedInto(base::PatientId patient) override;

 private:
  MemoryContext& c_;
};

class MemoryConsultations final : public ConsultationRepository {
 public:
  explicit MemoryConsultations(MemoryContext& context) : c_(context) {}
  base::Result<domain::Consultation> Create(const domain::Consultation& consultation) override;
  base::Result<domain::Consultation> Get(base::ConsultationId id) override;
  base::Result<std::vector<domain::Consultation>> ListForPatient(base::PatientId patient) override;

 private:
  MemoryContext& c_;
};

class MemorySkinTypes final : public SkinTypeRepository {
 public:
  explicit MemorySkinTypes(MemoryContext& context) : c_(context) {}
  base::Status Record(const domain::SkinTypeAssessment& assessment) override;
  base::Result<std::vector<domain::SkinTypeAssessment>> ListForPatient(
      base::PatientId patient) override;

 private:
  MemoryContext& c_;
};

class MemoryPlans final : public PlanRepository {
 public:
  explicit MemoryPlans(MemoryContext& context) : c_(context) {}
  base::Result<domain::TreatmentPlan> Create(const domain::TreatmentPlan& plan) override;
  base::Result<domain::TreatmentPlan> Get(base::PlanId id) override;
  base::Result<domain::TreatmentPlan> Update(const domain::TreatmentPlan& plan) override;
  base::Result<std::vector<domain::TreatmentPlan>> ListForPatient(base::PatientId patient) override;

 private:
  MemoryContext& c_;
};

class MemoryAppointments final : public AppointmentRepository {
 public:
  explicit MemoryAppointments(MemoryContext& context) : c_(context) {}
  base::Result<domain::Appointment> Create(const domain::Appointment& appointment) override;
  base::Result<domain::Appointment> Get(base::AppointmentId id) override;
  base::Result<domain::Appointment> Reschedule(base::AppointmentId id, base::Timestamp start,
                                               base::Timestamp end,
                                               int64_t expected_version) override;
  base::Result<domain::Appointment> SetStatus(base::AppointmentId id,
                                              domain::AppointmentStatus status) override;
  base::Result<std::vector<domain::Appointment>> ListForProvider(base::UserId provider,
                                                                 base::Timestamp from,
                                                                 base::Timestamp to) override;
  base::Result<std::vector<domain::Appointment>> ListForPatient(base::PatientId patient) override;

 private:
  // kConflict if an appointment holding a slot, other than `self`, overlaps `appointment`'s
  // slot for the same provider, room or device. OK if `appointment` holds no slot.
  base::Status CheckFree(const domain::Appointment& appointment,
                         std::optional<base::AppointmentId> self) const;
  MemoryContext& c_;
};

class MemoryAudit final : public AuditRepository {
 public:
  explicit MemoryAudit(MemoryContext& context) : c_(context) {}
  base::Result<domain::AuditRecord> Append(const domain::AuditEntry& entry) override;
  base::Result<std::vector<domain::AuditRecord>> List(const AuditQuery& query) override;
  base::Result<std::pair<int64_t, std::string>> Head() override;
  // The chain's head after the rows appended through this repository (for the witness).
  const std::optional<WitnessedHead>& appended_head() const { return appended_; }

 private:
  MemoryContext& c_;
  std::optional<WitnessedHead> appended_;
};

class MemorySessions final : public SessionRepository {
 public:
  explicit MemorySessions(MemoryContext& context) : c_(context) {}
  base::Status Create(const domain::AuthSession& session) override;
  base::Result<domain::AuthSession> Get(std::string_view token_hash) override;
  base::Status Touch(std::string_view token_hash, base::Timestamp last_seen) override;
  base::Status Delete(std::string_view token_hash) override;
  base::Status DeleteForUser(base::UserId user) override;

 private:
  MemoryContext& c_;
};

class MemoryLoginAttempts final : public LoginAttemptRepository {
 public:
  explicit MemoryLoginAttempts(MemoryContext& context) : c_(context) {}
  base::Result<domain::LoginThrottle> Get(std::string_view key) override;
  base::Result<std::optional<int>> CountAttempt(std::string_view key, base::Timestamp now) override;
  base::Status BackOff(std::string_view key, base::Timestamp until) override;
  base::Status Reset(std::string_view key) override;

 private:
  MemoryContext& c_;
};

class MemoryProtocols final : public ProtocolRepository {
 public:
  explicit MemoryProtocols(MemoryContext& context) : c_(context) {}
  base::Result<domain::StoredProtocol> Active() override;
  base::Result<domain::StoredProtocol> Find(std::string_view name,
                                            std::string_view version) override;
  base::Result<domain::StoredProtocol> Add(const domain::StoredProtocol& protocol) override;

 private:
  MemoryContext& c_;
};

class MemoryPasswordTokens final : public PasswordTokenRepository {
 public:
  explicit MemoryPasswordTokens(MemoryContext& context) : c_(context) {}
  base::Status Put(const domain::PasswordToken& token) override;
  base::Result<domain::PasswordToken> Get(std::string_view token_hash) override;
  base::Result<bool> Consume(std::string_view token_hash) override;
  base::Status DeleteForUser(base::UserId user) override;

 private:
  MemoryContext& c_;
};

}  // namespace needlepoint::storage::memory
