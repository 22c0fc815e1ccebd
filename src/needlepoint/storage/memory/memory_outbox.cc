// The outbox, mail settings and templates, and booking requests (the twins of sql_outbox.cc
// and sql_booking_requests.cc).
#include <algorithm>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {

using base::Result;
using domain::MessageStatus;
using domain::OutboxMessage;

Result<OutboxMessage> MemoryOutbox::Schedule(const OutboxMessage& message) {
  const ClinicData& data = c_.data();
  auto existing = std::find_if(data.outbox.begin(), data.outbox.end(),
                               [&](const auto& row) { return row.second.key == message.key; });
  if (existing != data.outbox.end()) {
    const OutboxMessage& found = existing->second;
    if (found.status == MessageStatus::kSent || found.status == MessageStatus::kSending) {
      return found;
    }
    NP_RETURN_IF_ERROR(c_.CheckWritable());
    OutboxMessage updated = found;
    updated.status = MessageStatus::kPending;
    updated.due_at = message.due_at;
    updated.next_attempt_at = message.next_attempt_at;
    updated.patient_id = message.patient_id;
    updated.user_id = message.user_id;
    updated.attempts = 0;
    updated.last_error.clear();
    updated.updated_at = c_.Now();
    c_.Mutable().outbox[updated.id] = updated;
    return updated;
  }
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::MessageId id(c_.NextId());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  if (message.appointment_id) {
    NP_RETURN_IF_ERROR(CheckReference(data.appointments, *message.appointment_id));
  }
  if (message.plan_id) NP_RETURN_IF_ERROR(CheckReference(data.plans, *message.plan_id));
  if (message.patient_id) NP_RETURN_IF_ERROR(CheckReference(data.patients, *message.patient_id));
  if (message.user_id) NP_RETURN_IF_ERROR(CheckReference(data.users, *message.user_id));
  OutboxMessage stored = message;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.status = MessageStatus::kPending;
  stored.attempts = 0;
  stored.last_error.clear();
  stored.created_at = stored.updated_at = c_.Now();
  stored.sent_at.reset();
  c_.Mutable().outbox[id] = stored;
  return stored;
}

Result<OutboxMessage> MemoryOutbox::Get(base::MessageId id) {
  return FindRow(c_.data().outbox, id, "message");
}

Result<int64_t> MemoryOutbox::VoidForAppointment(base::AppointmentId appointment) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  std::vector<base::MessageId> ids;
  for (const auto& [id, m] : c_.data().outbox) {
    if (m.appointment_id == appointment &&
        (m.status == MessageStatus::kPending || m.status == MessageStatus::kFailed)) {
      ids.push_back(id);
    }
  }
  if (ids.empty()) return int64_t{0};
  ClinicData& data = c_.Mutable();
  for (base::MessageId id : ids) {
    data.outbox[id].status = MessageStatus::kVoid;
    data.outbox[id].updated_at = c_.Now();
  }
  return static_cast<int64_t>(ids.size());
}

Result<std::vector<OutboxMessage>> MemoryOutbox::Due(base::Timestamp now, int limit) {
  std::vector<OutboxMessage> out;
  for (const auto& [id, m] : c_.data().outbox) {
    if ((m.status == MessageStatus::kPending || m.status == MessageStatus::kSending) &&
        m.next_attempt_at <= now) {
      out.push_back(m);
    }
  }
  std::sort(out.begin(), out.end(), [](const OutboxMessage& a, const OutboxMessage& b) {
    return std::tie(a.next_attempt_at, a.id) < std::tie(b.next_attempt_at, b.id);
  });
  if (static_cast<int>(out.size()) > limit) out.resize(static_cast<size_t>(std::max(0, limit)));
  return out;
}

Result<bool> MemoryOutbox::Transition(const OutboxMessage& expected, const OutboxMessage& next) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  auto it = c_.data().outbox.find(expected.id);
  if (it == c_.data().outbox.end() || it->second.status != expected.status ||
      it->second.next_attempt_at != expected.next_attempt_at) {
    return false;
  }
  OutboxMessage updated = it->second;
  updated.status = next.status;
  updated.next_attempt_at = next.next_attempt_at;
  updated.attempts = next.attempts;
  updated.last_error = next.last_error;
  updated.sent_at = next.sent_at;
  updated.updated_at = c_.Now();
  c_.Mutable().outbox[expected.id] = updated;
  return true;
}

Result<std::vector<OutboxMessage>> MemoryOutbox::ListForAppointment(
    base::AppointmentId appointment) {
  std::vector<OutboxMessage> out;
  for (const auto& [id, m] : c_.data().outbox) {
    if (m.appointment_id == appointment) out.push_back(m);
  }
  return out;
}

Result<std::vector<OutboxMessage>> MemoryOutbox::List(std::optional<MessageStatus> status,
                                                      base::MessageId before, int limit) {
  std::vector<OutboxMessage> out;
  for (auto it = c_.data().outbox.rbegin(); it != c_.data().outbox.rend(); ++it) {
    if (static_cast<int>(out.size()) >= limit) break;
    if (before.valid() && it->first >= before) continue;
    if (status && it->second.status != *status) continue;
    out.push_back(it->second);
  }
  return out;
}

// ---- Mail settings and templates -------------------------------------------------------------

Result<domain::MailSettings> MemoryMailSettings::Get() {
  if (!c_.data().mail_settings) {
    return base::Fail(base::NotFound("no mail relay is configured"));
  }
  return *c_.data().mail_settings;
}

base::Status MemoryMailSettings::Put(const domain::MailSettings& settings) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (settings.port < 1 || settings.port > 65535 || settings.timeout_seconds < 1 ||
      settings.timeout_seconds > 300) {
    return SchemaViolation();
  }
  if (!c_.clinic_exists()) return MissingReference();
  domain::MailSettings stored = settings;
  stored.updated_at = c_.Now();
  c_.Mutable().mail_settings = stored;
  return base::OkStatus();
}

Result<std::vector<domain::MessageTemplate>> MemoryMailSettings::Templates() {
  std::vector<domain::MessageTemplate> out;
  for (const auto& [kind, t] : c_.data().message_templates) out.push_back(t);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return domain::CodeName(a.kind) < domain::CodeName(b.kind);
  });
  return out;
}

base::Status MemoryMailSettings::PutTemplate(const domain::MessageTemplate& message_template) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.clinic_exists()) return MissingReference();
  c_.Mutable().message_templates[message_template.kind] = message_template;
  return base::OkStatus();
}

base::Status MemoryMailSettings::DeleteTemplate(domain::MessageKind kind) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (c_.data().message_templates.contains(kind)) c_.Mutable().message_templates.erase(kind);
  return base::OkStatus();
}

// ---- Booking requests ------------------------------------------------------------------------

Result<domain::BookingRequest> MemoryBookingRequests::Create(
    const domain::BookingRequest& request) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::BookingRequestId id(c_.NextId());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  if (request.email.empty() && request.phone.empty()) return base::Fail(SchemaViolation());
  domain::BookingRequest stored = request;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.created_at = stored.updated_at = c_.Now();
  stored.version = 1;
  c_.Mutable().booking_requests[id] = stored;
  return stored;
}

Result<domain::BookingRequest> MemoryBookingRequests::Get(base::BookingRequestId id) {
  return FindRow(c_.data().booking_requests, id, "booking request");
}

Result<std::vector<domain::BookingRequest>> MemoryBookingRequests::List(
    std::optional<domain::BookingRequestStatus> status, base::BookingRequestId before, int limit) {
  std::vector<domain::BookingRequest> out;
  const auto& table = c_.data().booking_requests;
  for (auto it = table.rbegin(); it != table.rend(); ++it) {
    if (static_cast<int>(out.size()) >= limit) break;
    if (before.valid() && it->first >= before) continue;
    if (status && it->second.status != *status) continue;
    out.push_back(it->second);
  }
  return out;
}

Result<domain::BookingRequest> MemoryBookingRequests::Update(
    const domain::BookingRequest& request) {
  NP_ASSIGN_OR_RETURN(domain::BookingRequest stored, Get(request.id));
  if (stored.version != request.version) {
    return base::Fail(base::Conflict("the booking request was changed by someone else"));
  }
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const ClinicData& data = c_.data();
  if (request.patient_id) NP_RETURN_IF_ERROR(CheckReference(data.patients, *request.patient_id));
  if (request.appointment_id) {
    NP_RETURN_IF_ERROR(CheckReference(data.appointments, *request.appointment_id));
  }
  stored.status = request.status;
  stored.patient_id = request.patient_id;
  stored.appointment_id = request.appointment_id;
  stored.updated_at = c_.Now();
  ++stored.version;
  c_.Mutable().booking_requests[request.id] = stored;
  return stored;
}

}  // namespace needlepoint::storage::memory
