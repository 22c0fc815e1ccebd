#include "needlepoint/app/outbox_sender.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "needlepoint/app/accounts.h"
#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/mail_settings.h"
#include "needlepoint/app/message_templates.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/domain/appointment.h"
#include "needlepoint/security/token.h"

namespace needlepoint::app {

using domain::MessageKind;
using domain::MessageStatus;
using domain::OutboxMessage;

// What processing a claimed message came to before (or instead of) sending it.
struct OutboxSender::Prepared {
  enum class Action { kSend, kVoid, kFail, kWait } action = Action::kSend;
  std::string reason;          // kVoid, kFail, kWait: "<class>: why" (no addresses, no content)
  base::Timestamp wait_until;  // kWait
  bool audited = true;         // false: nothing of the patient was read (no audit row)
  mail::Relay relay;
  mail::MailMessage message;
};

namespace {

std::string DomainOf(const std::string& address) {
  const size_t at = address.rfind('@');
  return at == std::string::npos ? "needlepoint.invalid" : address.substr(at + 1);
}

// Aftercare goes out only once the visit it follows was recorded as having happened.
bool NeedsVisitDone(MessageKind kind) {
  return kind == MessageKind::kAftercareEvening || kind == MessageKind::kAftercareDay1 ||
         kind == MessageKind::kAftercareDay3 || kind == MessageKind::kAftercareDay7;
}

// Kinds about a date of their own (a window opening), not about an appointment's time.
bool AboutADate(MessageKind kind) {
  return kind == MessageKind::kPhotoFollowUp || kind == MessageKind::kMaintenanceRecall ||
         kind == MessageKind::kPortalInvitation || kind == MessageKind::kUrgentConcern;
}

std::string_view ErrorClass(mail::Delivery delivery) {
  switch (delivery) {
    case mail::Delivery::kAccepted:
      return "";
    case mail::Delivery::kTransient:
      return "relay_transient";
    case mail::Delivery::kTimeout:
      return "timeout";
    case mail::Delivery::kPermanent:
      return "relay_refused";
    case mail::Delivery::kInvalid:
      return "invalid_message";
  }
  return "relay_transient";
}

}  // namespace

OutboxSender::OutboxSender(AppEnv& env, mail::MailTransport& transport, SenderSettings settings)
    : env_(env), transport_(transport), settings_(settings) {}

std::chrono::seconds OutboxSender::Backoff(int attempts) const {
  std::chrono::seconds wait = settings_.first_retry;
  for (int i = 1; i < attempts && wait < settings_.max_retry; ++i) wait *= 2;
  return std::min(wait, settings_.max_retry);
}

base::Result<SendReport> OutboxSender::RunOnce() {
  NP_ASSIGN_OR_RETURN(std::vector<base::ClinicId> clinics, env_.db.ListClinics());
  SendReport total;
  for (base::ClinicId clinic : clinics) {
    NP_ASSIGN_OR_RETURN(SendReport report, RunClinic(clinic));
    total.sent += report.sent;
    total.retrying += report.retrying;
    total.failed += report.failed;
    total.voided += report.voided;
    total.waiting += report.waiting;
  }
  return total;
}

base::Result<SendReport> OutboxSender::RunClinic(base::ClinicId clinic) {
  SendReport report;
  const base::Timestamp now = env_.clock.Now();
  {  // A read first: most rounds find nothing, and need no write transaction.
    NP_ASSIGN_OR_RETURN(auto tx, env_.db.Begin(clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(std::vector<OutboxMessage> due, tx->outbox().Due(now, 1));
    if (due.empty()) return report;
  }
  std::vector<OutboxMessage> claimed;
  {
    NP_ASSIGN_OR_RETURN(auto tx, env_.db.Begin(clinic, storage::Access::kWrite));
    NP_ASSIGN_OR_RETURN(std::vector<OutboxMessage> due, tx->outbox().Due(now, settings_.batch));
    for (const OutboxMessage& message : due) {
      OutboxMessage claim = message;
      claim.status = MessageStatus::kSending;
      claim.next_attempt_at = now + settings_.lease;
      claim.attempts = message.attempts + 1;
      NP_ASSIGN_OR_RETURN(bool taken, tx->outbox().Transition(message, claim));
      if (taken) claimed.push_back(claim);
    }
    NP_RETURN_IF_ERROR(tx->Commit());
  }
  for (const OutboxMessage& message : claimed) {
    base::Result<Prepared> prepared = Prepare(clinic, message);
    if (!prepared) {
      // The database failed us: the claim lapses and the message is taken again later.
      spdlog::error("outbox: message {} of clinic {} could not be prepared: {}", message.id.value(),
                    clinic.value(), prepared.error().ToString());
      continue;
    }
    mail::SendResult sent;
    if (prepared->action == Prepared::Action::kSend) {
      sent = transport_.Send(prepared->relay, prepared->message);
    }
    NP_RETURN_IF_ERROR(Finish(clinic, message, *prepared, sent, report));
  }
  return report;
}

base::Result<OutboxSender::Prepared> OutboxSender::Prepare(base::ClinicId clinic,
                                                           const OutboxMessage& m) {
  using Action = Prepared::Action;
  const base::Timestamp now = env_.clock.Now();
  Prepared out;
  auto wait = [&](std::string reason) {
    out.action = Action::kWait;
    out.reason = std::move(reason);
    out.wait_until = now + std::chrono::hours(1);
    out.audited = false;
    return out;
  };
  NP_ASSIGN_OR_RETURN(auto tx, env_.db.Begin(clinic, storage::Access::kWrite));
  base::Result<domain::MailSettings> settings = tx->mail_settings().Get();
  if (!settings) {
    if (settings.error().code() != base::StatusCode::kNotFound) return base::Fail(settings.error());
    return wait("not_configured: no mail relay is configured");
  }
  if (!settings->enabled) return wait("not_configured: sending is switched off");
  base::Result<mail::Relay> relay = RelayOf(env_, *settings);
  if (!relay) return wait("relay_settings: " + relay.error().message());
  out.relay = std::move(*relay);
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic_row, tx->clinic_settings().Get());
  NP_ASSIGN_OR_RETURN(base::TimeZone zone, ClinicZone(*tx));
  MessageFields fields{.clinic = clinic_row.name, .portal_url = settings->portal_url};
  if (!m.patient_id) {
    out.action = Action::kFail;
    out.reason = "no_address: the message names no patient";
    out.audited = false;
    return out;
  }
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(*m.patient_id));
  fields.first_name = patient.given_name;
  if (m.appointment_id && !AboutADate(m.kind)) {
    NP_ASSIGN_OR_RETURN(domain::Appointment a, tx->appointments().Get(*m.appointment_id));
    if (!domain::HoldsSlot(a.status)) {
      out.action = Action::kVoid;
      out.reason = "void: the visit is " + std::string(domain::CodeName(a.status));
      return out;
    }
    if (NeedsVisitDone(m.kind) && a.status != domain::AppointmentStatus::kCheckedIn &&
        a.status != domain::AppointmentStatus::kCompleted) {
      if (now < m.due_at + settings_.aftercare_grace) {
        out.action = Action::kWait;
        out.reason = "waiting: the visit is not recorded as checked in or completed yet";
        out.wait_until = now + std::chrono::hours(1);
        return out;
      }
      out.action = Action::kVoid;
      out.reason = "void: the visit was never recorded as checked in or completed";
      return out;
    }
    fields.date = LongDate(zone.LocalDate(a.start));
    fields.time = contract::ClockTimeText(zone.LocalMinuteOfDay(a.start));
  } else {
    fields.date = LongDate(zone.LocalDate(m.due_at));
  }
  std::string to = patient.email;
  if (m.kind == MessageKind::kUrgentConcern) {
    // To the provider, never the patient: only a link to the report, which needs a login.
    if (!m.user_id || settings->portal_url.empty()) {
      out.action = Action::kFail;
      out.reason = "relay_settings: an urgent concern needs the web address in the mail settings";
      return out;
    }
    NP_ASSIGN_OR_RETURN(domain::User provider, tx->users().Get(*m.user_id));
    if (!provider.active || !mail::IsSafeAddress(provider.email)) {
      out.action = Action::kFail;
      out.reason = "no_address: the provider's account has no usable e-mail address";
      return out;
    }
    to = provider.email;
    std::string base = settings->portal_url;
    while (base.ends_with('/')) base.pop_back();
    if (base.ends_with("/portal")) base.resize(base.size() - 7);
    fields.link = base + "/staff/concerns/" + m.key.substr(m.key.rfind('/') + 1);
  } else if (patient.email.empty() || !mail::IsSafeAddress(patient.email)) {
    out.action = Action::kFail;
    out.reason = "no_address: the patient has no usable e-mail address";
    return out;
  }
  if (m.kind == MessageKind::kPortalInvitation) {
    if (!m.user_id || settings->portal_url.empty()) {
      out.action = Action::kFail;
      out.reason = "relay_settings: an invitation needs the portal's address in the mail settings";
      return out;
    }
    NP_ASSIGN_OR_RETURN(domain::User account, tx->users().Get(*m.user_id));
    if (!account.active || domain::HasPassword(account) || account.patient_id != patient.id) {
      out.action = Action::kVoid;
      out.reason = "void: the portal account was set up, revoked or moved meanwhile";
      return out;
    }
    // The link exists only in this e-mail: made now, stored hashed, shown to no one.
    NP_ASSIGN_OR_RETURN(PasswordLink link,
                        IssuePasswordLink(*tx, env_.clock, account.id,
                                          domain::PasswordTokenPurpose::kInvitation, std::nullopt));
    std::string base = settings->portal_url;
    while (base.ends_with('/')) base.pop_back();
    fields.link = base + link.Path();
  }
  domain::MessageTemplate message_template = DefaultTemplate(m.kind);
  NP_ASSIGN_OR_RETURN(std::vector<domain::MessageTemplate> own, tx->mail_settings().Templates());
  for (const domain::MessageTemplate& t : own) {
    if (t.kind == m.kind) message_template = t;
  }
  const RenderedMessage rendered = Render(message_template, fields);
  out.message = {.from_address = settings->from_address,
                 .from_name = settings->from_name.empty() ? clinic_row.name : settings->from_name,
                 .to = to,
                 .subject = rendered.subject,
                 .text = rendered.text,
                 .message_id = "np." + clinic.ToString() + "." + m.id.ToString() + "@" +
                               DomainOf(settings->from_address),
                 .date = now};
  NP_RETURN_IF_ERROR(tx->Commit());
  return out;
}

base::Status OutboxSender::Finish(base::ClinicId clinic, const OutboxMessage& claimed,
                                  const Prepared& prepared, const mail::SendResult& sent,
                                  SendReport& report) {
  using Action = Prepared::Action;
  const base::Timestamp now = env_.clock.Now();
  OutboxMessage next = claimed;
  domain::AuditOutcome outcome = domain::AuditOutcome::kSuccess;
  std::string detail = std::string(domain::CodeName(claimed.kind));
  switch (prepared.action) {
    case Action::kSend: {
      const std::string error_class(ErrorClass(sent.delivery));
      const bool retry =
          sent.delivery == mail::Delivery::kTransient || sent.delivery == mail::Delivery::kTimeout;
      if (sent.delivery == mail::Delivery::kAccepted) {
        next.status = MessageStatus::kSent;
        next.sent_at = now;
        next.last_error.clear();
        ++report.sent;
        detail += ": sent";
      } else if (retry && claimed.attempts < settings_.max_attempts) {
        next.status = MessageStatus::kPending;
        next.next_attempt_at = now + Backoff(claimed.attempts);
        next.last_error = error_class + ": " + sent.detail;
        ++report.retrying;
        outcome = domain::AuditOutcome::kFailed;
        detail += ": " + error_class + ", retrying";
      } else {
        next.status = MessageStatus::kFailed;
        next.last_error = error_class + ": " + sent.detail;
        ++report.failed;
        outcome = domain::AuditOutcome::kFailed;
        detail += ": " + error_class + ", not sent";
      }
      break;
    }
    case Action::kVoid:
      next.status = MessageStatus::kVoid;
      next.last_error = prepared.reason;
      ++report.voided;
      detail += ": void";
      break;
    case Action::kFail:
      next.status = MessageStatus::kFailed;
      next.last_error = prepared.reason;
      ++report.failed;
      outcome = domain::AuditOutcome::kFailed;
      detail += ": " + prepared.reason.substr(0, prepared.reason.find(':')) + ", not sent";
      break;
    case Action::kWait:
      next.status = MessageStatus::kPending;
      next.next_attempt_at = prepared.wait_until;
      next.attempts = claimed.attempts - 1;  // waiting is not an attempt
      next.last_error = prepared.reason;
      ++report.waiting;
      detail += ": waiting";
      break;
  }
  NP_ASSIGN_OR_RETURN(auto tx, env_.db.Begin(clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(bool ours, tx->outbox().Transition(claimed, next));
  if (!ours) {
    spdlog::warn("outbox: message {} of clinic {} was taken by another sender meanwhile",
                 claimed.id.value(), clinic.value());
    return base::OkStatus();
  }
  if (prepared.audited) {
    domain::AuditEntry entry;
    entry.action = "message.send";
    entry.object_type = "message";
    entry.object_id = claimed.id.ToString();
    entry.patient_id = claimed.patient_id;
    entry.request_id = "outbox-" + security::RandomHex(6);
    entry.outcome = outcome;
    entry.detail = detail;
    NP_RETURN_IF_ERROR(tx->audit().Append(entry));
  }
  return tx->Commit();
}

OutboxWorker::OutboxWorker(OutboxSender& sender, std::chrono::seconds interval)
    : sender_(sender), interval_(interval), thread_([this] { Run(); }) {}

void OutboxWorker::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void OutboxWorker::Run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    base::Result<SendReport> report = sender_.RunOnce();
    if (!report) {
      spdlog::error("outbox: a round failed: {}", report.error().ToString());
    } else if (report->sent + report->failed + report->retrying + report->voided > 0) {
      spdlog::info("outbox: sent {}, retrying {}, failed {}, void {}", report->sent,
                   report->retrying, report->failed, report->voided);
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace needlepoint::app
