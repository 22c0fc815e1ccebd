// The repositories implemented once in portable SQL over an SqlSession. Every statement
// names `clinic_id = ?` bound to the transaction's clinic, so tenancy holds even where the
// backend has no row-level security (SQLite); PostgreSQL enforces it a second time.
#pragma once

#include "needlepoint/base/clock.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/repositories.h"
#include "needlepoint/storage/shared_rules.h"
#include "needlepoint/storage/sql/sql_session.h"

namespace needlepoint::storage::sql {

// What every SQL repository holds: the session, the clinic and the clock.
struct SqlContext {
  SqlSession& session;
  base::ClinicId clinic;
  const base::Clock& clock;
};

class SqlClinics final : public ClinicRepository {
 public:
  explicit SqlClinics(SqlContext context) : c_(context) {}
  base::Result<domain::Clinic> Get() override;
  base::Result<domain::Clinic> Update(const domain::Clinic& clinic) override;

 private:
  SqlContext c_;
};

class SqlUsers final : public UserRepository {
 public:
  explicit SqlUsers(SqlContext context) : c_(context) {}
  base::Result<domain::User> Create(const domain::User& user) override;
  base::Result<domain::User> Get(base::UserId id) override;
  base::Result<domain::User> FindByEmail(std::string_view email) override;
  base::Result<std::vector<domain::User>> ListStaff() override;
  base::Status LockStaff() override;
  base::Result<domain::User> FindPortalAccount(base::PatientId patient) override;
  base::Result<std::vector<domain::User>> ListPortalAccounts() override;
  base::Result<domain::User> Update(const domain::User& user) override;

 private:
  SqlContext c_;
};

class SqlResources final : public ResourceRepository {
 public:
  explicit SqlResources(SqlContext context) : c_(context) {}
  base::Result<domain::Resource> Create(const domain::Resource& resource) override;
  base::Result<domain::Resource> Get(base::ResourceId id) override;
  base::Result<std::vector<domain::Resource>> List() override;
  base::Result<domain::Resource> Update(const domain::Resource& resource) override;

 private:
  SqlContext c_;
};

class SqlPatients final : public PatientRepository {
 public:
  explicit SqlPatients(SqlContext context) : c_(context) {}
  base::Result<domain::Patient> Create(const domain::Patient& patient) override;
  base::Result<domain::Patient> Get(base::PatientId id) override;
  base::Result<domain::Patient> Update(const domain::Patient& patient) override;
  base::Result<Page<domain::Patient>> Search(const PatientQuery& query) override;
  base::Result<std::vector<domain::Patient>> FindLikelyDuplicates(
      const domain::Patient& patient) override;
  base::Result<MergeCounts> Merge(base::PatientId duplicate, base::PatientId into) override;
  base::Result<std::vector<base::PatientId>> ListMergedInto(base::PatientId patient) override;

 private:
  SqlContext c_;
};

class SqlConsultations final : public ConsultationRepository {
 public:
  explicit SqlConsultations(SqlContext context) : c_(context) {}
  base::Result<domain::Consultation> Create(const domain::Consultation& consultation) override;
  base::Result<domain::Consultation> Get(base::ConsultationId id) override;
  base::Result<std::vector<domain::Consultation>> ListForPatient(base::PatientId patient) override;

 private:
  SqlContext c_;
};

class SqlSkinTypes final : public SkinTypeRepository {
 public:
  explicit SqlSkinTypes(SqlContext context) : c_(context) {}
  base::Status Record(const domain::SkinTypeAssessment& assessment) override;
  base::Result<std::vector<domain::SkinTypeAssessment>> ListForPatient(
      base::PatientId patient) override;

 private:
  SqlContext c_;
};

class SqlPlans final : public PlanRepository {
 public:
  explicit SqlPlans(SqlContext context) : c_(context) {}
  base::Result<domain::TreatmentPlan> Create(const domain::TreatmentPlan& plan) override;
  base::Result<domain::TreatmentPlan> Get(base::PlanId id) override;
  base::Result<domain::TreatmentPlan> Update(const domain::TreatmentPlan& plan) override;
  base::Result<std::vector<domain::TreatmentPlan>> ListForPatient(base::PatientId patient) override;

 private:
  // The plan's zones and overrides, replaced / read back.
  base::Status WriteParts(const domain::TreatmentPlan& plan);
  base::Result<domain::TreatmentPlan> ReadParts(domain::TreatmentPlan plan);
  SqlContext c_;
};

class SqlAppointments final : public AppointmentRepository {
 public:
  explicit SqlAppointments(SqlContext context) : c_(context) {}
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
  // kConflict if an active appointment other than `self` overlaps `appointment`'s slot.
  base::Status CheckFree(const domain::Appointment& appointment);
  SqlContext c_;
};

class SqlCalendars final : public CalendarRepository {
 public:
  explicit SqlCalendars(SqlContext context) : c_(context) {}
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
  SqlContext c_;
};

class SqlOutbox final : public OutboxRepository {
 public:
  explicit SqlOutbox(SqlContext context) : c_(context) {}
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
  base::Result<std::optional<domain::OutboxMessage>> FindByKey(const std::string& key);
  SqlContext c_;
};

class SqlMailSettings final : public MailSettingsRepository {
 public:
  explicit SqlMailSettings(SqlContext context) : c_(context) {}
  base::Result<domain::MailSettings> Get() override;
  base::Status Put(const domain::MailSettings& settings) override;
  base::Result<std::vector<domain::MessageTemplate>> Templates() override;
  base::Status PutTemplate(const domain::MessageTemplate& message_template) override;
  base::Status DeleteTemplate(domain::MessageKind kind) override;

 private:
  SqlContext c_;
};

class SqlConsents final : public ConsentRepository {
 public:
  explicit SqlConsents(SqlContext context) : c_(context) {}
  base::Result<domain::ConsentText> AddText(const domain::ConsentText& text) override;
  base::Result<domain::ConsentText> GetText(base::ConsentTextId id) override;
  base::Result<std::vector<domain::ConsentText>> ListTexts() override;
  base::Result<domain::ConsentText> LatestText(domain::ConsentKind kind) override;
  base::Result<domain::ConsentSignature> Sign(const domain::ConsentSignature& signature) override;
  base::Result<std::vector<domain::ConsentSignature>> ListSignatures(
      base::PatientId patient) override;

 private:
  SqlContext c_;
};

class SqlPhotos final : public PhotoRepository {
 public:
  explicit SqlPhotos(SqlContext context) : c_(context) {}
  base::Result<domain::Photo> Create(const domain::Photo& photo) override;
  base::Result<domain::Photo> Get(base::PhotoId id) override;
  base::Result<std::vector<domain::Photo>> ListForPatient(base::PatientId patient) override;
  base::Result<domain::Photo> SetNotes(base::PhotoId id, std::string_view notes) override;
  base::Result<domain::Photo> SetAnalysis(base::PhotoId id, std::string_view analysis,
                                          base::Timestamp at) override;
  base::Result<domain::PhotoOverlay> AddOverlay(const domain::PhotoOverlay& overlay) override;
  base::Result<domain::PhotoOverlay> GetOverlay(base::PhotoOverlayId id) override;

 private:
  SqlContext c_;
};

class SqlTreatmentSessions final : public TreatmentSessionRepository {
 public:
  explicit SqlTreatmentSessions(SqlContext context) : c_(context) {}
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
  SqlContext c_;
  base::Result<ExposurePage> Exposure(const domain::LotQuery& query,
                                      const ExposureCursor& cursor) override;
};

class SqlAdverse final : public AdverseRepository {
 public:
  explicit SqlAdverse(SqlContext context) : c_(context) {}
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
  SqlContext c_;
};

class SqlBookingRequests final : public BookingRequestRepository {
 public:
  explicit SqlBookingRequests(SqlContext context) : c_(context) {}
  base::Result<domain::BookingRequest> Create(const domain::BookingRequest& request) override;
  base::Result<domain::BookingRequest> Get(base::BookingRequestId id) override;
  base::Result<std::vector<domain::BookingRequest>> List(
      std::optional<domain::BookingRequestStatus> status, base::BookingRequestId before,
      int limit) override;
  base::Result<domain::BookingRequest> Update(const domain::BookingRequest& request) override;

 private:
  SqlContext c_;
};

class SqlAudit final : public AuditRepository {
 public:
  SqlAudit(SqlContext context, const AuditKey& key) : c_(context), key_(key) {}
  base::Result<domain::AuditRecord> Append(const domain::AuditEntry& entry) override;
  base::Result<std::vector<domain::AuditRecord>> List(const AuditQuery& query) override;
  base::Result<std::pair<int64_t, std::string>> Head() override;
  // Appends several rows with one read and one update of the chain head.
  base::Result<std::vector<domain::AuditRecord>> AppendBatch(
      std::span<const domain::AuditEntry* const> entries);
  // The chain's head after the rows appended through this repository (for the witness);
  // nullopt if none was.
  const std::optional<WitnessedHead>& appended_head() const { return appended_; }

 private:
  SqlContext c_;
  const AuditKey& key_;
  std::optional<WitnessedHead> appended_;
};

class SqlSessions final : public SessionRepository {
 public:
  explicit SqlSessions(SqlContext context) : c_(context) {}
  base::Status Create(const domain::AuthSession& session) override;
  base::Result<domain::AuthSession> Get(std::string_view token_hash) override;
  base::Status Touch(std::string_view token_hash, base::Timestamp last_seen) override;
  base::Status Delete(std::string_view token_hash) override;
  base::Status DeleteForUser(base::UserId user) override;

 private:
  SqlContext c_;
};

class SqlLoginAttempts final : public LoginAttemptRepository {
 public:
  explicit SqlLoginAttempts(SqlContext context) : c_(context) {}
  base::Result<domain::LoginThrottle> Get(std::string_view key) override;
  base::Result<std::optional<int>> CountAttempt(std::string_view key, base::Timestamp now) override;
  base::Status BackOff(std::string_view key, base::Timestamp until) override;
  base::Status Reset(std::string_view key) override;

 private:
  SqlContext c_;
};

class SqlProtocols final : public ProtocolRepository {
 public:
  explicit SqlProtocols(SqlContext context) : c_(context) {}
  base::Result<domain::StoredProtocol> Active() override;
  base::Result<domain::StoredProtocol> Find(std::string_view name,
                                            std::string_view version) override;
  base::Result<domain::StoredProtocol> Add(const domain::StoredProtocol& protocol) override;

 private:
  SqlContext c_;
};

class SqlPasswordTokens final : public PasswordTokenRepository {
 public:
  explicit SqlPasswordTokens(SqlContext context) : c_(context) {}
  base::Status Put(const domain::PasswordToken& token) override;
  base::Result<domain::PasswordToken> Get(std::string_view token_hash) override;
  base::Result<bool> Consume(std::string_view token_hash) override;
  base::Status DeleteForUser(base::UserId user) override;

 private:
  SqlContext c_;
};

}  // namespace needlepoint::storage::sql
