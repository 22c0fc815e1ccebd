// ClinicData: everything the in-memory twin stores for one clinic — the rows the SQL schema
// would hold in its tables, keyed by id. A published ClinicData is never changed again:
// readers share it, and a writer changes a private copy that replaces it on commit.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
#include "needlepoint/storage/shared_rules.h"

namespace needlepoint::storage::memory {

struct ClinicData {
  domain::Clinic clinic;
  std::map<base::UserId, domain::User> users;
  std::map<base::ResourceId, domain::Resource> resources;
  std::map<base::PatientId, domain::Patient> patients;
  std::map<base::ConsultationId, domain::Consultation> consultations;
  std::map<base::PlanId, domain::TreatmentPlan> plans;  // zones sorted by zone
  std::vector<domain::SkinTypeAssessment> skin_types;   // in the order recorded
  std::map<base::AppointmentId, domain::Appointment> appointments;
  std::vector<domain::AuditRecord> audit;                            // seq 1, 2, 3 … in order
  std::map<std::string, domain::AuthSession, std::less<>> sessions;  // by token hash
  std::map<std::string, domain::LoginThrottle, std::less<>> login_attempts;  // by e-mail
  std::vector<domain::StoredProtocol> protocols;                             // upload order
  std::map<base::UserId, domain::PasswordToken> password_tokens;  // at most one per account
  std::map<base::UserId, std::vector<domain::WorkingSpan>> working_hours;  // sorted
  std::map<base::TimeOffId, domain::TimeOff> time_off;
  std::map<domain::AppointmentKind, domain::ServiceType> service_types;
  std::map<base::UserId, domain::CalendarFeed> calendar_feeds;
  std::map<base::MessageId, domain::OutboxMessage> outbox;
  std::optional<domain::MailSettings> mail_settings;
  std::map<domain::MessageKind, domain::MessageTemplate> message_templates;
  std::map<base::BookingRequestId, domain::BookingRequest> booking_requests;
  std::map<base::ConsentTextId, domain::ConsentText> consent_texts;
  std::map<base::ConsentSignatureId, domain::ConsentSignature> consent_signatures;
  std::map<base::PhotoId, domain::Photo> photos;
  std::map<base::PhotoOverlayId, domain::PhotoOverlay> photo_overlays;
  std::map<base::SessionId, domain::TreatmentSession> treatment_sessions;
  std::map<std::pair<base::SessionId, int>, domain::ChartVersion> chart_versions;
  std::map<base::CartridgeId, domain::Cartridge> cartridges;
  std::map<base::AdverseReportId, domain::AdverseReport> adverse_reports;
  std::map<base::AdverseEventId, domain::AdverseEvent> adverse_events;
};

// The errors the SQL backends report for a violated constraint, with the same messages, so
// callers (and tests shared between backends) cannot tell the twin apart.
inline base::Status MissingReference() {
  return base::FailedPrecondition("a referenced record does not exist");
}
inline base::Status DuplicateKey() {
  return base::Conflict("a record with the same key already exists");
}
inline base::Status SchemaViolation() {
  return base::InvalidArgument("a value is outside what the schema allows");
}

// MissingReference() unless `id` is a key of `table` (a foreign key check).
template <typename Map, typename Key>
base::Status CheckReference(const Map& table, const Key& id) {
  return table.contains(id) ? base::OkStatus() : MissingReference();
}

// The row `id` of `table`, or kNotFound "<what> not found".
template <typename Map, typename Key>
base::Result<typename Map::mapped_type> FindRow(const Map& table, const Key& id,
                                                std::string_view what) {
  auto it = table.find(id);
  if (it == table.end()) return base::Fail(base::NotFound(std::string(what) + " not found"));
  return it->second;
}

}  // namespace needlepoint::storage::memory
