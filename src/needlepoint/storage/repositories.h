// The repository interfaces: everything Needlepoint stores, per clinic. A repository is
// always reached through a Transaction (database.h), which fixes the clinic: no call can name
// another clinic, and an id that belongs to another clinic answers exactly like a missing one
// (kNotFound).
//
// Errors: kNotFound (no such object in this clinic), kConflict (duplicate, overlapping
// booking, or a stale version), kInvalidArgument (a value the schema rejects),
// kFailedPrecondition (a referenced object does not exist), kUnavailable (the database is
// busy or unreachable; retry), kInternal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/adverse_event.h"
#include "needlepoint/domain/appointment.h"
#include "needlepoint/domain/audit.h"
#include "needlepoint/domain/booking_request.h"
#include "needlepoint/domain/calendar.h"
#include "needlepoint/domain/clinic.h"
#include "needlepoint/domain/consent.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/message.h"
#include "needlepoint/domain/patient.h"
#include "needlepoint/domain/photo.h"
#include "needlepoint/domain/session.h"
#include "needlepoint/domain/treatment_session.h"

namespace needlepoint::storage {

template <typename T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;  // matching rows in the clinic, ignoring limit and offset
};

class ClinicRepository {
 public:
  virtual ~ClinicRepository() = default;
  // The transaction's clinic.
  virtual base::Result<domain::Clinic> Get() = 0;
  // Changes name, time zone and login name (slug). Sessions are unaffected: they name the
  // clinic by id. kConflict if another clinic of the database has the slug.
  virtual base::Result<domain::Clinic> Update(const domain::Clinic& clinic) = 0;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  // Stores a new user (id and created_at assigned). kConflict if the email is taken.
  virtual base::Result<domain::User> Create(const domain::User& user) = 0;
  virtual base::Result<domain::User> Get(base::UserId id) = 0;
  // `email` is compared case-insensitively.
  virtual base::Result<domain::User> FindByEmail(std::string_view email) = 0;
  // Staff first by role, then by name; patients' portal accounts are not listed.
  virtual base::Result<std::vector<domain::User>> ListStaff() = 0;
  // Serialises this write transaction with every other that calls it for the same clinic,
  // until it ends. Call it before reading the staff to decide a change that must keep an
  // owner who can log in: two owners demoting themselves at once must not both succeed
  // because each saw the other. (PostgreSQL: a transaction advisory lock; SQLite and the
  // twin already run one write transaction at a time.)
  virtual base::Status LockStaff() = 0;
  // The portal account of `patient`; kNotFound if the patient has none (a patient has at
  // most one: creating a second is kConflict).
  virtual base::Result<domain::User> FindPortalAccount(base::PatientId patient) = 0;
  // Every portal account, active or revoked, by display name, then id.
  virtual base::Result<std::vector<domain::User>> ListPortalAccounts() = 0;
  // Replaces e-mail, display name, role, title, active and password hash. kConflict if the
  // e-mail is another account's.
  virtual base::Result<domain::User> Update(const domain::User& user) = 0;
};

class ResourceRepository {
 public:
  virtual ~ResourceRepository() = default;
  virtual base::Result<domain::Resource> Create(const domain::Resource& resource) = 0;
  virtual base::Result<domain::Resource> Get(base::ResourceId id) = 0;
  virtual base::Result<std::vector<domain::Resource>> List() = 0;
  // Replaces name, serial and active (the kind never changes). kNotFound if missing.
  virtual base::Result<domain::Resource> Update(const domain::Resource& resource) = 0;
};

struct PatientQuery {
  std::string text;  // matches a name prefix, an e-mail or phone digits; empty: everyone
  int limit = 50;
  int offset = 0;
  bool include_hidden = false;  // archived and merged records too
};

// What a merge moved from the duplicate to the record it was merged into (messages and
// booking requests follow too, uncounted).
struct MergeCounts {
  int64_t consultations = 0;
  int64_t plans = 0;
  int64_t appointments = 0;
  bool portal_account = false;
  int64_t sessions = 0;  // treatment sessions (their reports and events follow them)
};

class PatientRepository {
 public:
  virtual ~PatientRepository() = default;
  // Stores a new patient (id, timestamps, version 1 assigned).
  virtual base::Result<domain::Patient> Create(const domain::Patient& patient) = 0;
  virtual base::Result<domain::Patient> Get(base::PatientId id) = 0;
  // Replaces the patient's fields (archived included; not merged_into) if `patient.version`
  // is current (then increments it); kConflict if someone else changed the patient first.
  virtual base::Result<domain::Patient> Update(const domain::Patient& patient) = 0;
  // Ordered by family name, given name, id. Archived and merged records only with
  // `include_hidden`.
  virtual base::Result<Page<domain::Patient>> Search(const PatientQuery& query) = 0;
  // The records that may be `patient` entered before (LikelyDuplicate in shared_rules.h):
  // archived ones included, merged ones and `patient.id` itself not. Ordered by id.
  virtual base::Result<std::vector<domain::Patient>> FindLikelyDuplicates(
      const domain::Patient& patient) = 0;
  // Moves everything recorded for `duplicate` to `into` — its consultations, plans,
  // appointments, messages, booking requests, consent signatures and photos, and its portal account
  // unless `into` has one — and marks `duplicate` as merged into `into` (incrementing its version).
  // The caller has checked that both exist, differ and are not merged themselves.
  virtual base::Result<MergeCounts> Merge(base::PatientId duplicate, base::PatientId into) = 0;
  // The records merged directly into `patient`, by id.
  virtual base::Result<std::vector<base::PatientId>> ListMergedInto(base::PatientId patient) = 0;
};

class ConsultationRepository {
 public:
  virtual ~ConsultationRepository() = default;
  virtual base::Result<domain::Consultation> Create(const domain::Consultation& consultation) = 0;
  virtual base::Result<domain::Consultation> Get(base::ConsultationId id) = 0;
  // Newest first.
  virtual base::Result<std::vector<domain::Consultation>> ListForPatient(
      base::PatientId patient) = 0;
};

// Every Fitzpatrick assessment of a patient, kept as history (patient.h).
class SkinTypeRepository {
 public:
  virtual ~SkinTypeRepository() = default;
  // Appends an assessment. kFailedPrecondition if the patient, consultation or user is missing.
  virtual base::Status Record(const domain::SkinTypeAssessment& assessment) = 0;
  // Oldest first.
  virtual base::Result<std::vector<domain::SkinTypeAssessment>> ListForPatient(
      base::PatientId patient) = 0;
};

class PlanRepository {
 public:
  virtual ~PlanRepository() = default;
  virtual base::Result<domain::TreatmentPlan> Create(const domain::TreatmentPlan& plan) = 0;
  virtual base::Result<domain::TreatmentPlan> Get(base::PlanId id) = 0;
  // Replaces the status, the plan as it stands (series, dates, timelines), zones, interval
  // reason and overrides if `plan.version` is current (then increments it); kConflict
  // otherwise.
  virtual base::Result<domain::TreatmentPlan> Update(const domain::TreatmentPlan& plan) = 0;
  // Newest first.
  virtual base::Result<std::vector<domain::TreatmentPlan>> ListForPatient(
      base::PatientId patient) = 0;
};

class AppointmentRepository {
 public:
  virtual ~AppointmentRepository() = default;
  // Books a slot. kConflict if an active appointment of the same provider, room or device
  // overlaps [start, end); kInvalidArgument if end <= start or longer than 12 hours.
  virtual base::Result<domain::Appointment> Create(const domain::Appointment& appointment) = 0;
  virtual base::Result<domain::Appointment> Get(base::AppointmentId id) = 0;
  // Moves an appointment to [start, end), keeping its provider, room, device and status, if
  // `expected_version` is current (Move with the appointment's own slot); kConflict on
  // overlap or a stale version.
  base::Result<domain::Appointment> Reschedule(base::AppointmentId id, base::Timestamp start,
                                               base::Timestamp end, int64_t expected_version);
  // Sets the status (cancel, confirm, check in…). Re-activating a cancelled appointment
  // checks for overlaps again.
  virtual base::Result<domain::Appointment> SetStatus(base::AppointmentId id,
                                                      domain::AppointmentStatus status) = 0;
  // One provider's appointments starting in [from, to), by start time (a day view).
  virtual base::Result<std::vector<domain::Appointment>> ListForProvider(base::UserId provider,
                                                                         base::Timestamp from,
                                                                         base::Timestamp to) = 0;
  // Every appointment of a patient, by start time (the full history).
  virtual base::Result<std::vector<domain::Appointment>> ListForPatient(
      base::PatientId patient) = 0;

  // Books every appointment of `appointments` or none (a treatment series): kConflict if any
  // overlaps an active appointment of its provider, room or device, or another of the list.
  // The resources of all of them are locked first, in one order, so racing series cannot
  // deadlock. Returns them as stored, in the order given.
  virtual base::Result<std::vector<domain::Appointment>> CreateAll(
      const std::vector<domain::Appointment>& appointments) = 0;
  // Moves appointment `id` to `slot`'s start, end, provider, room and device and gives it
  // `slot.status` (a cancelled appointment re-booked at a new time) if `expected_version` is
  // current; kConflict on overlap or a stale version, kInvalidArgument for a bad interval.
  virtual base::Result<domain::Appointment> Move(base::AppointmentId id,
                                                 const domain::Appointment& slot,
                                                 int64_t expected_version) = 0;
  // The slot-holding appointments overlapping [from, to), as busy slots (no patient), for a
  // calendar search.
  virtual base::Result<std::vector<domain::BusySlot>> ListBusy(base::Timestamp from,
                                                               base::Timestamp to) = 0;
  // Every appointment starting in [from, to), whatever its status, by start time (the
  // clinic's calendar).
  virtual base::Result<std::vector<domain::Appointment>> ListBetween(base::Timestamp from,
                                                                     base::Timestamp to) = 0;
  // Every appointment of a plan, whatever its status, by session number, then start time.
  virtual base::Result<std::vector<domain::Appointment>> ListForPlan(base::PlanId plan) = 0;
};

// Providers' working hours and time off, the clinic's visit lengths, and providers' private
// calendar feeds.
class CalendarRepository {
 public:
  virtual ~CalendarRepository() = default;
  // A provider's working week, by weekday, then start.
  virtual base::Result<std::vector<domain::WorkingSpan>> WorkingHours(base::UserId provider) = 0;
  // Every provider's working week, by provider, weekday, start (one read for a search).
  virtual base::Result<std::vector<std::pair<base::UserId, domain::WorkingSpan>>>
  AllWorkingHours() = 0;
  // Replaces `provider`'s working week. kFailedPrecondition if the user does not exist;
  // kInvalidArgument for a span outside the day.
  virtual base::Status SetWorkingHours(base::UserId provider,
                                       const std::vector<domain::WorkingSpan>& spans) = 0;
  // Records time off (id and created_at assigned). kFailedPrecondition if the user is missing.
  virtual base::Result<domain::TimeOff> AddTimeOff(const domain::TimeOff& time_off) = 0;
  virtual base::Result<domain::TimeOff> GetTimeOff(base::TimeOffId id) = 0;
  // kNotFound if there is no such time off.
  virtual base::Status DeleteTimeOff(base::TimeOffId id) = 0;
  // Time off overlapping [from, to) of `provider`, or of every provider, by start, then id.
  virtual base::Result<std::vector<domain::TimeOff>> ListTimeOff(
      std::optional<base::UserId> provider, base::Timestamp from, base::Timestamp to) = 0;
  // The visit lengths the clinic set, by kind (kinds it did not set are absent).
  virtual base::Result<std::vector<domain::ServiceType>> ServiceTypes() = 0;
  virtual base::Status PutServiceType(const domain::ServiceType& service) = 0;
  // Stores `feed` as its provider's only feed, replacing (revoking) an earlier one.
  virtual base::Status PutFeed(const domain::CalendarFeed& feed) = 0;
  // The feed whose token hashes to `token_hash`; kNotFound if none.
  virtual base::Result<domain::CalendarFeed> FindFeed(std::string_view token_hash) = 0;
  // `provider`'s feed; kNotFound if none.
  virtual base::Result<domain::CalendarFeed> GetFeed(base::UserId provider) = 0;
  // Revokes `provider`'s feed; revoking a missing one is not an error.
  virtual base::Status DeleteFeed(base::UserId provider) = 0;
};

// The outbox of messages to patients (reminders, invitations). Each message is unique by its
// key, so it is created and sent at most once.
class OutboxRepository {
 public:
  virtual ~OutboxRepository() = default;
  // Creates the message `message.key` names (id and times assigned, pending, no attempts), or,
  // if it exists and is pending, void or failed, gives it `message`'s due time, next attempt
  // and recipient and makes it pending again with no attempts; a sending or sent message is
  // left as it is. Returns the row as stored.
  virtual base::Result<domain::OutboxMessage> Schedule(const domain::OutboxMessage& message) = 0;
  virtual base::Result<domain::OutboxMessage> Get(base::MessageId id) = 0;
  // Voids the pending and failed messages of `appointment`; returns how many.
  virtual base::Result<int64_t> VoidForAppointment(base::AppointmentId appointment) = 0;
  // Messages a sender may take at `now`: pending or sending (a lapsed claim) with
  // next_attempt_at <= now, by next attempt, then id; at most `limit`.
  virtual base::Result<std::vector<domain::OutboxMessage>> Due(base::Timestamp now, int limit) = 0;
  // Writes `next`'s status, next attempt, attempts, last error and sent time if the row still
  // has `expected`'s status and next attempt (compare-and-set); false if another sender
  // changed it first.
  virtual base::Result<bool> Transition(const domain::OutboxMessage& expected,
                                        const domain::OutboxMessage& next) = 0;
  // An appointment's messages, by id.
  virtual base::Result<std::vector<domain::OutboxMessage>> ListForAppointment(
      base::AppointmentId appointment) = 0;
  // Messages with `status` (any if absent) and id < `before` (0: no bound), newest first.
  virtual base::Result<std::vector<domain::OutboxMessage>> List(
      std::optional<domain::MessageStatus> status, base::MessageId before, int limit) = 0;
};

// The clinic's SMTP relay and its own message templates.
class MailSettingsRepository {
 public:
  virtual ~MailSettingsRepository() = default;
  // kNotFound while the clinic has not configured a relay.
  virtual base::Result<domain::MailSettings> Get() = 0;
  virtual base::Status Put(const domain::MailSettings& settings) = 0;
  // The clinic's templates, by kind.
  virtual base::Result<std::vector<domain::MessageTemplate>> Templates() = 0;
  virtual base::Status PutTemplate(const domain::MessageTemplate& message_template) = 0;
  // Back to the built-in text; removing a missing template is not an error.
  virtual base::Status DeleteTemplate(domain::MessageKind kind) = 0;
};

// Requests from the public booking form.
class BookingRequestRepository {
 public:
  virtual ~BookingRequestRepository() = default;
  // Stores a new request (id, times and version 1 assigned).
  virtual base::Result<domain::BookingRequest> Create(const domain::BookingRequest& request) = 0;
  virtual base::Result<domain::BookingRequest> Get(base::BookingRequestId id) = 0;
  // Requests with `status` (any if absent), newest first, at most `limit`, with id < `before`
  // (0: no bound).
  virtual base::Result<std::vector<domain::BookingRequest>> List(
      std::optional<domain::BookingRequestStatus> status, base::BookingRequestId before,
      int limit) = 0;
  // Replaces status, patient and appointment if `request.version` is current (then increments
  // it); kConflict otherwise.
  virtual base::Result<domain::BookingRequest> Update(const domain::BookingRequest& request) = 0;
};

// The clinic's versioned consent texts and patients' signatures on them (domain/consent.h).
class ConsentRepository {
 public:
  virtual ~ConsentRepository() = default;
  // Publishes `text` as the next version of its kind (id, version and created_at assigned;
  // `sha256` as given). kConflict if another transaction published that version first.
  virtual base::Result<domain::ConsentText> AddText(const domain::ConsentText& text) = 0;
  virtual base::Result<domain::ConsentText> GetText(base::ConsentTextId id) = 0;
  // Every version, by kind, then version.
  virtual base::Result<std::vector<domain::ConsentText>> ListTexts() = 0;
  // The highest version of `kind`; kNotFound if the clinic has none.
  virtual base::Result<domain::ConsentText> LatestText(domain::ConsentKind kind) = 0;
  // Stores a signature (id assigned; kind, version and hash as given). kFailedPrecondition
  // if the patient, text, appointment or user is missing.
  virtual base::Result<domain::ConsentSignature> Sign(
      const domain::ConsentSignature& signature) = 0;
  // A patient's signatures, oldest first (by signed_at, then id).
  virtual base::Result<std::vector<domain::ConsentSignature>> ListSignatures(
      base::PatientId patient) = 0;
};

// Photos' metadata and stored analyses, and comparison overlays (domain/photo.h). The image
// files are not here: the app's photo store keeps them, named by SHA-256.
class PhotoRepository {
 public:
  virtual ~PhotoRepository() = default;
  // Stores a new photo (id and created_at assigned; no analysis). kFailedPrecondition if the
  // patient, appointment or uploader is missing.
  virtual base::Result<domain::Photo> Create(const domain::Photo& photo) = 0;
  virtual base::Result<domain::Photo> Get(base::PhotoId id) = 0;
  // A patient's photos, oldest first (by created_at, then id).
  virtual base::Result<std::vector<domain::Photo>> ListForPatient(base::PatientId patient) = 0;
  // Replaces the capture notes. kNotFound if missing.
  virtual base::Result<domain::Photo> SetNotes(base::PhotoId id, std::string_view notes) = 0;
  // Stores (replacing) the analysis JSON and when it was made. kNotFound if missing.
  virtual base::Result<domain::Photo> SetAnalysis(base::PhotoId id, std::string_view analysis,
                                                  base::Timestamp at) = 0;
  // Stores an overlay (id and created_at assigned). kFailedPrecondition if a photo, the
  // patient or the user is missing.
  virtual base::Result<domain::PhotoOverlay> AddOverlay(const domain::PhotoOverlay& overlay) = 0;
  virtual base::Result<domain::PhotoOverlay> GetOverlay(base::PhotoOverlayId id) = 0;
};

// A page of a lot's exposure and the totals of the whole search.
struct ExposurePage {
  std::vector<domain::Exposure> items;
  int64_t total_rows = 0;      // every matching row, ignoring the cursor and limit
  int64_t total_sessions = 0;  // distinct sessions exposed
  int64_t total_patients = 0;  // distinct patients exposed
};
// Keyset paging of an exposure search: rows after (date, session id); `limit` rows at most.
struct ExposureCursor {
  std::optional<base::CivilDate> after_date;
  base::SessionId after_session;
  int limit = 500;
};

// Treatment sessions (domain/treatment_session.h): the day's record of one session of a plan,
// its signed chart versions and the cartridges charted for it. `sessions()` is the login
// sessions' repository; this one is `treatment_sessions()`.
class TreatmentSessionRepository {
 public:
  virtual ~TreatmentSessionRepository() = default;
  // Stores a new session (id, created_at, updated_at assigned; version 1). kConflict if the
  // appointment already has a session on that date; kFailedPrecondition if the patient, plan,
  // appointment, consent signature or a user is missing.
  virtual base::Result<domain::TreatmentSession> Create(const domain::TreatmentSession& s) = 0;
  virtual base::Result<domain::TreatmentSession> Get(base::SessionId id) = 0;
  // The appointment's session on `date`, if any.
  virtual base::Result<std::optional<domain::TreatmentSession>> FindForAppointment(
      base::AppointmentId appointment, base::CivilDate date) = 0;
  // The clinic's sessions on `date`, by id.
  virtual base::Result<std::vector<domain::TreatmentSession>> ListOnDate(base::CivilDate date) = 0;
  // A patient's sessions, by date, then id.
  virtual base::Result<std::vector<domain::TreatmentSession>> ListForPatient(
      base::PatientId patient) = 0;
  // Writes everything that may change (status, check-in, confirmations, start, consent, draft,
  // chart version, sign-off, aftercare) if `s.version` is the stored version; the stored
  // version is then one higher. kConflict for a stale version, kNotFound if missing.
  virtual base::Result<domain::TreatmentSession> Update(const domain::TreatmentSession& s) = 0;
  // Appends a signed chart version (recorded_at assigned). kConflict if that version exists
  // (two racing amendments: one wins); kInvalidArgument for version 1 with a reason or a
  // later one without.
  virtual base::Result<domain::ChartVersion> AddChartVersion(const domain::ChartVersion& v) = 0;
  // A session's signed versions, oldest first.
  virtual base::Result<std::vector<domain::ChartVersion>> ListChartVersions(
      base::SessionId session) = 0;
  // Charts a cartridge (id and recorded_at assigned). kConflict if the clinic already charted
  // the same (GTIN, lot, serial) for any session: the database decides, so of two concurrent
  // chartings exactly one wins. A cartridge without a serial never collides (it needs
  // sealed_pack_confirmed; kInvalidArgument otherwise).
  virtual base::Result<domain::Cartridge> AddCartridge(const domain::Cartridge& cartridge) = 0;
  // The clinic's cartridge with this GTIN, lot and serial, if charted.
  virtual base::Result<std::optional<domain::Cartridge>> FindCartridge(std::string_view gtin,
                                                                       std::string_view lot,
                                                                       std::string_view serial) = 0;
  // A session's cartridges, in the order charted.
  virtual base::Result<std::vector<domain::Cartridge>> ListCartridges(base::SessionId session) = 0;
  // Every session exposed to a lot (a recall), by (date, session id), after the keyset cursor.
  // Cartridges: one row per charted cartridge. Products: one row per (session, product, lot)
  // over the draft and every signed version, with `in_current_chart` false when only an
  // amended-away version recorded it. The cost follows the number exposed: an index range
  // on the lot (or GTIN), then primary-key lookups of sessions and patients.
  virtual base::Result<ExposurePage> Exposure(const domain::LotQuery& query,
                                              const ExposureCursor& cursor) = 0;
};

struct AdverseReportQuery {
  bool open_only = false;  // not yet acknowledged
  std::optional<base::SessionId> session;
  int limit = 200;
};

// What patients report after a session (with its triage) and the adverse events providers
// record. Neither is ever removed.
class AdverseRepository {
 public:
  virtual ~AdverseRepository() = default;
  // id, reported_at and version 1 assigned. kFailedPrecondition if a reference is missing.
  virtual base::Result<domain::AdverseReport> CreateReport(const domain::AdverseReport& r) = 0;
  virtual base::Result<domain::AdverseReport> GetReport(base::AdverseReportId id) = 0;
  // Open (unacknowledged) first, then the strongest urgency, then newest first.
  virtual base::Result<std::vector<domain::AdverseReport>> ListReports(
      const AdverseReportQuery& query) = 0;
  // Writes the acknowledgement and the photo if `r.version` is current (kConflict otherwise).
  virtual base::Result<domain::AdverseReport> UpdateReport(const domain::AdverseReport& r) = 0;
  // id, recorded_at, updated_at and version 1 assigned.
  virtual base::Result<domain::AdverseEvent> CreateEvent(const domain::AdverseEvent& e) = 0;
  virtual base::Result<domain::AdverseEvent> GetEvent(base::AdverseEventId id) = 0;
  // Everything but the ids, session, patient and recorder, if `e.version` is current.
  virtual base::Result<domain::AdverseEvent> UpdateEvent(const domain::AdverseEvent& e) = 0;
  // A session's events (every session's when absent), newest first, at most `limit`.
  virtual base::Result<std::vector<domain::AdverseEvent>> ListEvents(
      std::optional<base::SessionId> session, int limit) = 0;
  // The events recorded for any of `sessions`: (session, event) pairs by session, then event.
  virtual base::Result<std::vector<std::pair<base::SessionId, base::AdverseEventId>>>
  EventsForSessions(const std::vector<base::SessionId>& sessions) = 0;
};

struct AuditQuery {
  std::optional<base::Timestamp> from;  // inclusive
  std::optional<base::Timestamp> to;    // exclusive
  std::optional<base::UserId> user_id;
  std::optional<base::PatientId> patient_id;
  // With patient_id: the rows of these patients too (the records merged into it).
  std::vector<base::PatientId> merged_patients;
  std::string action;     // exact; empty: any
  int64_t after_seq = 0;  // for paging: rows with seq > after_seq
  int limit = 100;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Appends one row to the clinic's hash chain, in this transaction.
  virtual base::Result<domain::AuditRecord> Append(const domain::AuditEntry& entry) = 0;
  // Rows matching `query`, by sequence number.
  virtual base::Result<std::vector<domain::AuditRecord>> List(const AuditQuery& query) = 0;
  // The newest sequence number and hash recorded for the chain (0 and the genesis hash for an
  // empty chain): what verification checks the last row against.
  virtual base::Result<std::pair<int64_t, std::string>> Head() = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual base::Status Create(const domain::AuthSession& session) = 0;
  // The session stored under `token_hash`; kNotFound if none (expired ones included: the
  // caller checks the times).
  virtual base::Result<domain::AuthSession> Get(std::string_view token_hash) = 0;
  virtual base::Status Touch(std::string_view token_hash, base::Timestamp last_seen) = 0;
  // Removes one session (logout); removing a missing one is not an error.
  virtual base::Status Delete(std::string_view token_hash) = 0;
  // Removes every session of `user` (password change, deactivation).
  virtual base::Status DeleteForUser(base::UserId user) = 0;
};

// Login attempts per throttle key: an account's lower-cased e-mail, or "device:<nonce>" for
// the attempts made with one recognised device cookie (app/auth.h).
class LoginAttemptRepository {
 public:
  virtual ~LoginAttemptRepository() = default;
  // The throttle state of `key` (zero attempts if none recorded).
  virtual base::Result<domain::LoginThrottle> Get(std::string_view key) = 0;
  // Counts one attempt on `key` with an atomic increment in the database — unless `key` is
  // backing off at `now` (locked_until > now): then nothing is counted and the result is
  // nullopt. Otherwise the number of attempts counted since the last Reset, this one
  // included; concurrent transactions counting the same key never get the same number.
  virtual base::Result<std::optional<int>> CountAttempt(std::string_view key,
                                                        base::Timestamp now) = 0;
  // Makes `key` back off until `until`; its count is kept.
  virtual base::Status BackOff(std::string_view key, base::Timestamp until) = 0;
  // Forgets `key`'s attempts (after a successful login).
  virtual base::Status Reset(std::string_view key) = 0;
};

class PasswordTokenRepository {
 public:
  virtual ~PasswordTokenRepository() = default;
  // Stores `token` as its account's only set-password link, voiding any earlier one.
  virtual base::Status Put(const domain::PasswordToken& token) = 0;
  // The link stored under `token_hash`; kNotFound if none (expired ones included: the caller
  // checks the time).
  virtual base::Result<domain::PasswordToken> Get(std::string_view token_hash) = 0;
  // Deletes the link stored under `token_hash`; false if there was none (already used or
  // replaced), so that of two racing uses only one succeeds.
  virtual base::Result<bool> Consume(std::string_view token_hash) = 0;
  // Voids `user`'s link, if any.
  virtual base::Status DeleteForUser(base::UserId user) = 0;
};

class ProtocolRepository {
 public:
  virtual ~ProtocolRepository() = default;
  // The newest uploaded protocol; kNotFound if the clinic uses the built-in one.
  virtual base::Result<domain::StoredProtocol> Active() = 0;
  // The uploaded protocol `name` `version` (active or not); kNotFound if none.
  virtual base::Result<domain::StoredProtocol> Find(std::string_view name,
                                                    std::string_view version) = 0;
  // Stores a new version (seq assigned), which becomes active. kConflict if the clinic
  // already has this name and version: versions are immutable.
  virtual base::Result<domain::StoredProtocol> Add(const domain::StoredProtocol& protocol) = 0;
};

}  // namespace needlepoint::storage
