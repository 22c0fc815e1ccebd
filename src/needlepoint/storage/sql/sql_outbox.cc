// The outbox of messages to patients, and the clinic's mail relay and templates.
#include <chrono>

#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::MessageStatus;
using domain::OutboxMessage;

constexpr std::string_view kColumns =
    "clinic_id, id, dedup_key, kind, appointment_id, plan_id, patient_id, user_id, status, "
    "due_us, next_attempt_us, attempts, last_error, created_us, updated_us, sent_us";

OutboxMessage ReadMessage(const SqlRow& row) {
  OutboxMessage m{
      .clinic_id = row.Id<base::ClinicId>(0),
      .id = row.Id<base::MessageId>(1),
      .key = row.Text(2),
      .kind = domain::ParseCode<domain::MessageKind>(row.Text(3))
                  .value_or(domain::MessageKind::kVisitReminder),
      .appointment_id = row.OptId<base::AppointmentId>(4),
      .plan_id = row.OptId<base::PlanId>(5),
      .patient_id = row.OptId<base::PatientId>(6),
      .user_id = row.OptId<base::UserId>(7),
      .status = domain::ParseCode<MessageStatus>(row.Text(8)).value_or(MessageStatus::kFailed),
      .due_at = row.Time(9),
      .next_attempt_at = row.Time(10),
      .attempts = static_cast<int>(row.Int(11)),
      .last_error = row.Text(12),
      .created_at = row.Time(13),
      .updated_at = row.Time(14)};
  if (std::optional<int64_t> sent = row.OptInt(15)) {
    m.sent_at = base::Timestamp(std::chrono::microseconds(*sent));
  }
  return m;
}

std::string SelectSql(std::string_view rest) {
  return "SELECT " + std::string(kColumns) + " FROM outbox " + std::string(rest);
}

Result<std::vector<OutboxMessage>> Messages(Result<SqlRows> rows) {
  if (!rows) return base::Fail(std::move(rows).error());
  std::vector<OutboxMessage> out;
  out.reserve(rows->size());
  for (const SqlRow& row : *rows) out.push_back(ReadMessage(row));
  return out;
}

}  // namespace

Result<std::optional<OutboxMessage>> SqlOutbox::FindByKey(const std::string& key) {
  static const std::string sql = SelectSql("WHERE clinic_id = ? AND dedup_key = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, key}));
  if (rows.empty()) return std::optional<OutboxMessage>();
  return std::optional<OutboxMessage>(ReadMessage(rows.front()));
}

Result<OutboxMessage> SqlOutbox::Schedule(const OutboxMessage& message) {
  NP_ASSIGN_OR_RETURN(std::optional<OutboxMessage> existing, FindByKey(message.key));
  const base::Timestamp now = c_.clock.Now();
  if (!existing) {
    NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
    NP_RETURN_IF_ERROR(c_.session.Execute(
        "INSERT INTO outbox (clinic_id, id, dedup_key, kind, appointment_id, plan_id, "
        "patient_id, user_id, status, due_us, next_attempt_us, attempts, last_error, "
        "created_us, updated_us, sent_us) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, 0, '', ?, ?, NULL)",
        {c_.clinic, id, message.key, domain::CodeName(message.kind), message.appointment_id,
         message.plan_id, message.patient_id, message.user_id, message.due_at,
         message.next_attempt_at, now, now}));
    return Get(base::MessageId(id));
  }
  if (existing->status == MessageStatus::kSent || existing->status == MessageStatus::kSending) {
    return *existing;  // never sent twice, never changed under a sender
  }
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE outbox SET status = 'pending', due_us = ?, next_attempt_us = ?, patient_id = ?, "
      "user_id = ?, attempts = 0, last_error = '', updated_us = ? "
      "WHERE clinic_id = ? AND id = ? AND status IN ('pending', 'void', 'failed')",
      {message.due_at, message.next_attempt_at, message.patient_id, message.user_id, now, c_.clinic,
       existing->id}));
  return Get(existing->id);
}

Result<OutboxMessage> SqlOutbox::Get(base::MessageId id) {
  static const std::string sql = SelectSql("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("message not found"));
  return ReadMessage(rows.front());
}

Result<int64_t> SqlOutbox::VoidForAppointment(base::AppointmentId appointment) {
  return c_.session.Execute(
      "UPDATE outbox SET status = 'void', updated_us = ? WHERE clinic_id = ? "
      "AND appointment_id = ? AND status IN ('pending', 'failed')",
      {c_.clock.Now(), c_.clinic, appointment});
}

Result<std::vector<OutboxMessage>> SqlOutbox::Due(base::Timestamp now, int limit) {
  static const std::string sql = SelectSql(
      "WHERE clinic_id = ? AND status IN ('pending', 'sending') AND next_attempt_us <= ? "
      "ORDER BY next_attempt_us, id LIMIT ?");
  return Messages(c_.session.Query(sql, {c_.clinic, now, limit}));
}

Result<bool> SqlOutbox::Transition(const OutboxMessage& expected, const OutboxMessage& next) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE outbox SET status = ?, next_attempt_us = ?, attempts = ?, last_error = ?, "
          "sent_us = ?, updated_us = ? WHERE clinic_id = ? AND id = ? AND status = ? "
          "AND next_attempt_us = ?",
          {domain::CodeName(next.status), next.next_attempt_at, next.attempts, next.last_error,
           next.sent_at, c_.clock.Now(), c_.clinic, expected.id, domain::CodeName(expected.status),
           expected.next_attempt_at}));
  return changed > 0;
}

Result<std::vector<OutboxMessage>> SqlOutbox::ListForAppointment(base::AppointmentId appointment) {
  static const std::string sql =
      SelectSql("WHERE clinic_id = ? AND appointment_id = ? ORDER BY id");
  return Messages(c_.session.Query(sql, {c_.clinic, appointment}));
}

Result<std::vector<OutboxMessage>> SqlOutbox::List(std::optional<MessageStatus> status,
                                                   base::MessageId before, int limit) {
  const int64_t bound = before.valid() ? before.value() : INT64_MAX;
  if (status) {
    static const std::string sql =
        SelectSql("WHERE clinic_id = ? AND status = ? AND id < ? ORDER BY id DESC LIMIT ?");
    return Messages(c_.session.Query(sql, {c_.clinic, domain::CodeName(*status), bound, limit}));
  }
  static const std::string sql =
      SelectSql("WHERE clinic_id = ? AND id < ? ORDER BY id DESC LIMIT ?");
  return Messages(c_.session.Query(sql, {c_.clinic, bound, limit}));
}

// ---- Mail settings and templates -------------------------------------------------------------

Result<domain::MailSettings> SqlMailSettings::Get() {
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT host, port, tls, username, password_sealed, from_address, "
                       "from_name, portal_url, timeout_s, enabled, updated_us "
                       "FROM mail_settings WHERE clinic_id = ?",
                       {c_.clinic}));
  if (rows.empty()) return base::Fail(base::NotFound("no mail relay is configured"));
  const SqlRow& row = rows.front();
  return domain::MailSettings{
      .host = row.Text(0),
      .port = static_cast<int>(row.Int(1)),
      .tls = domain::ParseCode<domain::TlsMode>(row.Text(2)).value_or(domain::TlsMode::kTls),
      .username = row.Text(3),
      .password_sealed = row.Text(4),
      .from_address = row.Text(5),
      .from_name = row.Text(6),
      .portal_url = row.Text(7),
      .timeout_seconds = static_cast<int>(row.Int(8)),
      .enabled = row.Int(9) != 0,
      .updated_at = row.Time(10)};
}

base::Status SqlMailSettings::Put(const domain::MailSettings& s) {
  NP_RETURN_IF_ERROR(
      c_.session.Execute("DELETE FROM mail_settings WHERE clinic_id = ?", {c_.clinic}));
  return base::StatusOf(c_.session.Execute(
      "INSERT INTO mail_settings (clinic_id, host, port, tls, username, password_sealed, "
      "from_address, from_name, portal_url, timeout_s, enabled, updated_us) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, s.host, s.port, domain::CodeName(s.tls), s.username, s.password_sealed,
       s.from_address, s.from_name, s.portal_url, s.timeout_seconds, s.enabled, c_.clock.Now()}));
}

Result<std::vector<domain::MessageTemplate>> SqlMailSettings::Templates() {
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query("SELECT kind, subject, body FROM "
                                                     "message_templates WHERE clinic_id = ? "
                                                     "ORDER BY kind",
                                                     {c_.clinic}));
  std::vector<domain::MessageTemplate> out;
  for (const SqlRow& row : rows) {
    std::optional<domain::MessageKind> kind = domain::ParseCode<domain::MessageKind>(row.Text(0));
    if (kind) out.push_back({*kind, row.Text(1), row.Text(2)});
  }
  return out;
}

base::Status SqlMailSettings::PutTemplate(const domain::MessageTemplate& t) {
  NP_RETURN_IF_ERROR(DeleteTemplate(t.kind));
  return base::StatusOf(c_.session.Execute(
      "INSERT INTO message_templates (clinic_id, kind, subject, body) VALUES (?, ?, ?, ?)",
      {c_.clinic, domain::CodeName(t.kind), t.subject, t.body}));
}

base::Status SqlMailSettings::DeleteTemplate(domain::MessageKind kind) {
  return base::StatusOf(
      c_.session.Execute("DELETE FROM message_templates WHERE clinic_id = ? AND kind = ?",
                         {c_.clinic, domain::CodeName(kind)}));
}

}  // namespace needlepoint::storage::sql
