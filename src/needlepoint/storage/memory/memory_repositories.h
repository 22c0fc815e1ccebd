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
  base::Result<domain::Resource> Update(const domain::Resource& resource) override;

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
  base::Result<domain::Appointment> SetStatus(base::AppointmentId id,
                                              domain::AppointmentStatus status) override;
  base::Result<std::vector<domain::Appointment>> ListForProvider(base::UserId provider,
                                                                 base::Timestamp from,
                                                                 base::Timestamp to) override;
  base::Result<std::vector<domain::Appointment>> ListForPatient(base::PatientId patient) override;
  base::Result<std::vector<domain::Appointment>> CreateAll(
      const std::vector<domain::Appointment>& appointments) override;
  base::Result<domain::Appointment> Move(base::AppointmentId id, const domain::Appointment& slot,
                                         int64_t expected_version) override;
  base::Result<std::vector<domain::BusySlot>> ListBusy(base::Timestamp from,
                                                       base::Timestamp to) override;
  base::Result<std::vector<domain::Appointment>> ListBetween(base::Timestamp from,
                                                             base::Timestamp to) override;
  base::Result<std::vector<domain::Appointment>> ListForPlan(base::PlanId plan) override;

 private:
  // kConflict if an appointment holding a slot, other than `self`, overlaps `appointment`'s
  // slot for the same provider, room or device. OK if `appointment` holds no slot.
  base::Status CheckFree(const domain::Appointment& appointment,
                         std::optional<base::AppointmentId> self) const;
  MemoryContext& c_;
};

class MemoryCalendars final : public CalendarRepository {
 public:
  explicit MemoryCalendars(MemoryContext& context) : c_(context) {}
  base::Result<std::vector<domain::WorkingSpan>> WorkingHours(base::UserId provider) override;
  base::Result<std::vector<std::pair<base::UserId, domain::WorkingSpan>>> AllWorkingHours()
      override;
  base::Status SetWorkingHours(base::UserId provider,
                               const std::vector<domain::WorkingSpan>& spans) override;
  base::Result<domain::TimeOff> AddTimeOff(const domain::TimeOff& time_off) override;
  base::Result<domain::TimeOff> GetTimeOff(base::TimeOffId id) override;
  base::Status DeleteTimeOff(base::TimeOffId id) override;
  base::Result<std::vector<domain::TimeOff>> ListTimeOff(std::optional<base::UserId> provider,
                                                         base::Timestamp from,
                                                         base::Timestamp to) override;
  base::Result<std::vector<domain::ServiceType>> ServiceTypes() override;
  base::Status PutServiceType(const domain::ServiceType& service) override;
  base::Status PutFeed(const domain::CalendarFeed& feed) override;
  base::Result<domain::CalendarFeed> FindFeed(std::string_view token_hash) override;
  base::Result<domain::CalendarFeed> GetFeed(base::UserId provider) override;
  base::Status DeleteFeed(base::UserId provider) override;

 private:
  MemoryContext& c_;
};

class MemoryOutbox final : public OutboxRepository {
 public:
  explicit MemoryOutbox(MemoryContext& context) : c_(context) {}
  base::Result<domain::OutboxMessage> Schedule(const domain::OutboxMessage& message) override;
  base::Result<domain::OutboxMessage> Get(base::MessageId id) override;
  base::Result<int64_t> VoidForAppointment(base::AppointmentId appointment) override;
  base::Result<std::vector<domain::OutboxMessage>> Due(base::Timestamp now, int limit) override;
  base::Result<bool> Transition(const domain::OutboxMessage& expected,
                                const domain::OutboxMessage& next) override;
  base::Result<std::vector<domain::OutboxMessage>> ListForAppointment(
      base::AppointmentId appointment) override;
  base::Result<std::vector<domain::OutboxMessage>> List(std::optional<domain::MessageStatus> status,
                                                        base::MessageId before, int limit) override;

 private:
  MemoryContext& c_;
};

class MemoryMailSettings final : public MailSettingsRepository {
 public:
  explicit MemoryMailSettings(MemoryContext& context) : c_(context) {}
  base::Result<domain::MailSettings> Get() override;
  base::Status Put(const domain::MailSettings& settings) override;
  base::Result<std::vector<domain::MessageTemplate>> Templates() override;
  base::Status PutTemplate(const domain::MessageTemplate& message_template) override;
  base::Status DeleteTemplate(domain::MessageKind kind) override;

 private:
  MemoryContext& c_;
};

class MemoryBookingRequests final : public BookingRequestRepository {
 public:
  explicit MemoryBookingRequests(MemoryContext& context) : c_(context) {}
  base::Result<domain::BookingRequest> Create(const domain::BookingRequest& request) override;
  base::Result<domain::BookingRequest> Get(base::BookingRequestId id) override;
  base::Result<std::vector<domain::BookingRequest>> List(
      std::optional<domain::BookingRequestStatus> status, base::BookingRequestId before,
      int limit) override;
  base::Result<domain::BookingRequest> Update(const domain::BookingRequest& request) override;

 private:
  MemoryContext& c_;
};

class MemoryConsents final : public ConsentRepository {
 public:
  explicit MemoryConsents(MemoryContext& context) : c_(context) {}
  base::Result<domain::ConsentText> AddText(const domain::ConsentText& text) override;
  base::Result<domain::ConsentText> GetText(base::ConsentTextId id) override;
  base::Result<std::vector<domain::ConsentText>> ListTexts() override;
  base::Result<domain::ConsentText> LatestText(domain::ConsentKind kind) override;
  base::Result<domain::ConsentSignature> Sign(const domain::ConsentSignature& signature) override;
  base::Result<std::vector<domain::ConsentSignature>> ListSignatures(
      base::PatientId patient) override;

 private:
  MemoryContext& c_;
};

class MemoryTreatmentSessions final : public TreatmentSessionRepository {
 public:
  explicit MemoryTreatmentSessions(MemoryContext& context) : c_(context) {}
  base::Result<domain::TreatmentSession> Create(const domain::TreatmentSession& s) override;
  base::Result<domain::TreatmentSession> Get(base::SessionId id) override;
  base::Result<std::optional<domain::TreatmentSession>> FindForAppointment(
      base::AppointmentId appointment, base::CivilDate date) override;
  base::Result<std::vector<domain::TreatmentSession>> ListOnDate(base::CivilDate date) override;
  base::Result<std::vector<domain::TreatmentSession>> ListForPatient(
      base::PatientId patient) override;
  base::Result<domain::TreatmentSession> Update(const domain::TreatmentSession& s) override;
  base::Result<domain::ChartVersion> AddChartVersion(const domain::ChartVersion& v) override;
  base::Result<std::vector<domain::ChartVersion>> ListChartVersions(
      base::SessionId session) override;
  base::Result<domain::Cartridge> AddCartridge(const domain::Cartridge& cartridge) override;
  base::Result<std::optional<domain::Cartridge>> FindCartridge(std::string_view gtin,
                                                               std::string_view lot,
                                                               std::string_view serial) override;
  base::Result<std::vector<domain::Cartridge>> ListCartridges(base::SessionId session) override;

 private:
  MemoryContext& c_;
  base::Result<ExposurePage> Exposure(const domain::LotQuery& query,
                                      const ExposureCursor& cursor) override;
};

class MemoryAdverse final : public AdverseRepository {
 public:
  explicit MemoryAdverse(MemoryContext& context) : c_(context) {}
  base::Result<domain::AdverseReport> CreateReport(const domain::AdverseReport& r) override;
  base::Result<domain::AdverseReport> GetReport(base::AdverseReportId id) override;
  base::Result<std::vector<domain::AdverseReport>> ListReports(
      const AdverseReportQuery& query) override;
  base::Result<domain::AdverseReport> UpdateReport(const domain::AdverseReport& r) override;
  base::Result<domain::AdverseEvent> CreateEvent(const domain::AdverseEvent& e) override;
  base::Result<domain::AdverseEvent> GetEvent(base::AdverseEventId id) override;
  base::Result<domain::AdverseEvent> UpdateEvent(const domain::AdverseEvent& e) override;
  base::Result<std::vector<domain::AdverseEvent>> ListEvents(std::optional<base::SessionId> session,
                                                             int limit) override;
  base::Result<std::vector<std::pair<base::SessionId, base::AdverseEventId>>> EventsForSessions(
      const std::vector<base::SessionId>& sessions) override;

 private:
  MemoryContext& c_;
};

class MemoryPhotos final : public PhotoRepository {
 public:
  explicit MemoryPhotos(MemoryContext& context) : c_(context) {}
  base::Result<domain::Photo> Create(const domain::Photo& photo) override;
  base::Result<domain::Photo> Get(base::PhotoId id) override;
  base::Result<std::vector<domain::Photo>> ListForPatient(base::PatientId patient) override;
  base::Result<domain::Photo> SetNotes(base::PhotoId id, std::string_view notes) override;
  base::Result<domain::Photo> SetAnalysis(base::PhotoId id, std::string_view analysis,
                                          base::Timestamp at) override;
  base::Result<domain::PhotoOverlay> AddOverlay(const domain::PhotoOverlay& overlay) override;
  base::Result<domain::PhotoOverlay> GetOverlay(base::PhotoOverlayId id) override;

 private:
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
