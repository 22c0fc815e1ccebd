// Login sessions, login throttling and uploaded protocol versions.
#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {

using base::Result;

// ---- Sessions -------------------------------------------------------------------------------

base::Status SqlSessions::Create(const domain::AuthSession& session) {
  return base::StatusOf(c_.session.Execute(
      "INSERT INTO auth_sessions (clinic_id, token_hash, user_id, created_us, last_seen_us, "
      "expires_us) VALUES (?, ?, ?, ?, ?, ?)",
      {c_.clinic, session.token_hash, session.user_id, session.created_at, session.last_seen_at,
       session.expires_at}));
}

Result<domain::AuthSession> SqlSessions::Get(std::string_view token_hash) {
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT user_id, created_us, last_seen_us, expires_us FROM auth_sessions "
                       "WHERE clinic_id = ? AND token_hash = ?",
                       {c_.clinic, token_hash}));
  if (rows.empty()) return base::Fail(base::NotFound("session not found"));
  const SqlRow& row = rows.front();
  return domain::AuthSession{
      c_.clinic,  std::string(token_hash), row.Id<base::UserId>(0), row.Time(1), row.Time(2),
      row.Time(3)};
}

base::Status SqlSessions::Touch(std::string_view token_hash, base::Timestamp last_seen) {
  return base::StatusOf(c_.session.Execute(
      "UPDATE auth_sessions SET last_seen_us = ? WHERE clinic_id = ? AND token_hash = ?",
      {last_seen, c_.clinic, token_hash}));
}

base::Status SqlSessions::Delete(std::string_view token_hash) {
  return base::StatusOf(c_.session.Execute(
      "DELETE FROM auth_sessions WHERE clinic_id = ? AND token_hash = ?", {c_.clinic, token_hash}));
}

base::Status SqlSessions::DeleteForUser(base::UserId user) {
  return base::StatusOf(c_.session.Execute(
      "DELETE FROM auth_sessions WHERE clinic_id = ? AND user_id = ?", {c_.clinic, user}));
}

// ---- Login attempts -------------------------------------------------------------------------

Result<domain::LoginThrottle> SqlLoginAttempts::Get(std::string_view key) {
  NP_ASSIGN_OR_RETURN(SqlRows rows,
                      c_.session.Query("SELECT failures, locked_until_us FROM login_attempts "
                                       "WHERE clinic_id = ? AND email = ?",
                                       {c_.clinic, key}));
  if (rows.empty()) return domain::LoginThrottle{};
  return domain::LoginThrottle{static_cast<int>(rows.front().Int(0)), rows.front().Time(1)};
}

Result<std::optional<int>> SqlLoginAttempts::CountAttempt(std::string_view key,
                                                          base::Timestamp now) {
  // One statement: the increment happens in the database under the row's lock, so two
  // concurrent attempts cannot both read the same count (PostgreSQL re-checks the WHERE
  // against the row a concurrent transaction committed). No row back: backing off.
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("INSERT INTO login_attempts (clinic_id, email, failures, locked_until_us) "
                       "VALUES (?, ?, 1, 0) ON CONFLICT (clinic_id, email) DO UPDATE SET "
                       "failures = login_attempts.failures + 1 "
                       "WHERE login_attempts.locked_until_us <= ? RETURNING failures",
                       {c_.clinic, key, now}));
  if (rows.empty()) return std::optional<int>();
  return std::optional<int>(static_cast<int>(rows.front().Int(0)));
}

base::Status SqlLoginAttempts::BackOff(std::string_view key, base::Timestamp until) {
  return base::StatusOf(c_.session.Execute(
      "UPDATE login_attempts SET locked_until_us = ? WHERE clinic_id = ? AND email = ?",
      {until, c_.clinic, key}));
}

base::Status SqlLoginAttempts::Reset(std::string_view key) {
  return base::StatusOf(c_.session.Execute(
      "DELETE FROM login_attempts WHERE clinic_id = ? AND email = ?", {c_.clinic, key}));
}

// ---- Protocols ------------------------------------------------------------------------------

Result<domain::StoredProtocol> SqlProtocols::Active() {
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT seq, name, version, toml, uploaded_by, created_us "
                       "FROM clinic_protocols WHERE clinic_id = ? ORDER BY seq DESC LIMIT 1",
                       {c_.clinic}));
  if (rows.empty()) return base::Fail(base::NotFound("the clinic uses the built-in protocol"));
  const SqlRow& row = rows.front();
  return domain::StoredProtocol{c_.clinic,   row.Int(0),  row.Text(1),
                                row.Text(2), row.Text(3), row.Id<base::UserId>(4),
                                row.Time(5)};
}

Result<domain::StoredProtocol> SqlProtocols::Find(std::string_view name, std::string_view version) {
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT seq, name, version, toml, uploaded_by, created_us "
                       "FROM clinic_protocols WHERE clinic_id = ? AND name = ? AND version = ?",
                       {c_.clinic, name, version}));
  if (rows.empty()) return base::Fail(base::NotFound("no such protocol version"));
  const SqlRow& row = rows.front();
  return domain::StoredProtocol{c_.clinic,   row.Int(0),  row.Text(1),
                                row.Text(2), row.Text(3), row.Id<base::UserId>(4),
                                row.Time(5)};
}

Result<domain::StoredProtocol> SqlProtocols::Add(const domain::StoredProtocol& protocol) {
  NP_ASSIGN_OR_RETURN(SqlRows next, c_.session.Query("SELECT coalesce(max(seq), 0) + 1 FROM "
                                                     "clinic_protocols WHERE clinic_id = ?",
                                                     {c_.clinic}));
  domain::StoredProtocol stored = protocol;
  stored.clinic_id = c_.clinic;
  stored.seq = next.front().Int(0);
  stored.created_at = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO clinic_protocols (clinic_id, seq, name, version, toml, uploaded_by, "
      "created_us) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, stored.seq, stored.name, stored.version, stored.toml, stored.uploaded_by,
       stored.created_at}));
  return stored;
}

}  // namespace needlepoint::storage::sql
