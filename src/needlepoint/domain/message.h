// Messages to patients: the outbox of reminders and invitations, the clinic's mail relay and
// its message templates. An outbox row is keyed by what it is about and what kind it is
// (appointment 42, "prep_7d"), so each message is created and sent at most once; its content
// is rendered when it is sent, from the appointment as it then stands.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

enum class MessageKind {
  kVisitReminder,      // the day before a consultation or follow-up visit
  kPrep14d,            // a treatment session's preparation, 14 days before
  kPrep7d,             // … 7 days before
  kPrep1d,             // … the day before
  kAftercareEvening,   // the evening of a treatment session
  kAftercareDay1,      // the day after
  kAftercareDay3,      // three days after
  kAftercareDay7,      // a week after: the check-in asking about warning signs
  kPhotoFollowUp,      // a follow-up photo visit after the series (one per date)
  kMaintenanceRecall,  // the maintenance window after the series opens
  kPortalInvitation,   // the patient's portal set-password link
  kUrgentConcern,      // to the provider: a patient's report the triage marks urgent
};
template <>
struct CodeTraits<MessageKind> {
  static constexpr std::string_view kNoun = "message kind";
  static constexpr std::array<std::string_view, 12> kNames = {
      "visit_reminder",    "prep_14d",           "prep_7d",           "prep_1d",
      "aftercare_evening", "aftercare_day1",     "aftercare_day3",    "aftercare_day7",
      "photo_follow_up",   "maintenance_recall", "portal_invitation", "urgent_concern"};
};

// An outbox row's life: pending → sending (claimed by a sender) → sent; back to pending with a
// later attempt when the relay fails; void when the visit was cancelled or moved so that the
// message no longer applies; failed after too many attempts or a permanent refusal.
enum class MessageStatus { kPending, kSending, kSent, kVoid, kFailed };
template <>
struct CodeTraits<MessageStatus> {
  static constexpr std::string_view kNoun = "message status";
  static constexpr std::array<std::string_view, 5> kNames = {"pending", "sending", "sent", "void",
                                                             "failed"};
};

struct OutboxMessage {
  base::ClinicId clinic_id;
  base::MessageId id;
  // Unique in the clinic: "a42/prep_7d", "a42/photo_follow_up/2", "u17/portal_invitation/9".
  std::string key;
  MessageKind kind = MessageKind::kVisitReminder;
  std::optional<base::AppointmentId> appointment_id;
  std::optional<base::PlanId> plan_id;
  std::optional<base::PatientId> patient_id;  // the recipient
  std::optional<base::UserId> user_id;        // the portal account (invitations)
  MessageStatus status = MessageStatus::kPending;
  base::Timestamp due_at;           // when it should go out
  base::Timestamp next_attempt_at;  // when a sender may (re)try it; the claim's lease while sending
  int attempts = 0;
  std::string last_error;  // the relay's answer, without addresses
  base::Timestamp created_at;
  base::Timestamp updated_at;
  std::optional<base::Timestamp> sent_at;
};

// How the connection to the relay is encrypted: not at all (a relay on this machine), STARTTLS
// required, TLS from the first byte (smtps), or STARTTLS when the relay offers it.
enum class TlsMode { kNone, kStartTls, kTls, kOpportunistic };
template <>
struct CodeTraits<TlsMode> {
  static constexpr std::string_view kNoun = "TLS mode";
  static constexpr std::array<std::string_view, 4> kNames = {"none", "starttls", "tls",
                                                             "opportunistic"};
};

// The clinic's SMTP relay. The password is stored sealed (XSalsa20-Poly1305 under a key kept
// outside the database, docs/SECURITY.md) and never leaves the server.
struct MailSettings {
  std::string host;
  int port = 587;
  TlsMode tls = TlsMode::kStartTls;
  std::string username;
  std::string password_sealed;  // empty: no password
  std::string from_address;
  std::string from_name;   // default: the clinic's name
  std::string portal_url;  // the public address of the portal, for links in messages
  int timeout_seconds = 30;
  bool enabled = true;
  base::Timestamp updated_at;
};

// A clinic's own wording of one kind of message; kinds without one use the built-in text.
struct MessageTemplate {
  MessageKind kind = MessageKind::kVisitReminder;
  std::string subject;
  std::string body;
  friend bool operator==(const MessageTemplate&, const MessageTemplate&) = default;
};

}  // namespace needlepoint::domain
