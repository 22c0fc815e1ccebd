// Concerns patients report after a session and the adverse events providers record. The
// triage and the suspect lots are stored as JSON through contract/ (session_json.h); the
// symptoms as a JSON array of codes. Neither table loses a row.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "needlepoint/contract/session_json.h"
#include "needlepoint/storage/sql/sql_repositories.h"
#include "needlepoint/storage/sql/stored_json.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::AdverseEvent;
using domain::AdverseReport;

constexpr std::string_view kReportColumns =
    "clinic_id, id, patient_id, session_id, symptoms, started_on, note, urgency, triage, "
    "photo_sha256, reported_by, reported_us, acknowledged_by, acknowledged_us, version";

std::string SymptomsText(domain::SymptomSet symptoms) {
  nlohmann::json array = nlohmann::json::array();
  for (domain::Symptom s : symptoms.ToVector()) array.push_back(domain::CodeName(s));
  return array.dump();
}

Result<domain::SymptomSet> ParseSymptoms(const nlohmann::json& array) {
  if (!array.is_array()) return base::Fail(base::InvalidArgument("symptoms: not an array"));
  domain::SymptomSet set;
  for (const nlohmann::json& code : array) {
    const std::optional<domain::Symptom> symptom =
        code.is_string() ? domain::ParseCode<domain::Symptom>(code.get<std::string>())
                         : std::nullopt;
    if (!symptom) return base::Fail(base::InvalidArgument("symptoms: unknown code"));
    set.Insert(*symptom);
  }
  return set;
}

Result<AdverseReport> ReadReport(const SqlRow& row) {
  AdverseReport r;
  r.clinic_id = row.Id<base::ClinicId>(0);
  r.id = row.Id<base::AdverseReportId>(1);
  const std::string record = "adverse report " + r.id.ToString();
  r.patient_id = row.Id<base::PatientId>(2);
  r.session_id = row.Id<base::SessionId>(3);
  NP_ASSIGN_OR_RETURN(
      r.symptoms, ReadStored<domain::SymptomSet>(row.Text(4), record,
                                                 [](const auto& d) { return ParseSymptoms(d); }));
  r.started_on = row.OptDate(5);
  r.note = row.Text(6);
  NP_ASSIGN_OR_RETURN(r.triage, ReadStored<domain::Triage>(row.Text(8), record, [](auto& d) {
                        return contract::ParseTriage(d);
                      }));
  if (!row.IsNull(9)) r.photo_sha256 = row.Text(9);
  r.reported_by = row.Id<base::UserId>(10);
  r.reported_at = row.Time(11);
  r.acknowledged_by = row.OptId<base::UserId>(12);
  if (!row.IsNull(13)) r.acknowledged_at = row.Time(13);
  r.version = row.Int(14);
  return r;
}

Result<std::vector<AdverseReport>> ReadReports(const SqlRows& rows) {
  std::vector<AdverseReport> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(AdverseReport r, ReadReport(row));
    out.push_back(std::move(r));
  }
  return out;
}

constexpr std::string_view kEventColumns =
    "clinic_id, id, patient_id, session_id, report_id, description, onset, severity, serious, "
    "outcome, follow_up, cause, causality, suspects, recorded_by, recorded_us, updated_us, version";

template <typename E>
Result<E> StoredCode(const std::string& text, std::string_view record) {
  const std::optional<E> code = domain::ParseCode<E>(text);
  if (!code) {
    return base::Fail(base::Internal(std::string(record) + ": unknown " +
                                     std::string(domain::CodeTraits<E>::kNoun) + " " + text));
  }
  return *code;
}

Result<AdverseEvent> ReadEvent(const SqlRow& row) {
  AdverseEvent e;
  e.clinic_id = row.Id<base::ClinicId>(0);
  e.id = row.Id<base::AdverseEventId>(1);
  const std::string record = "adverse event " + e.id.ToString();
  e.patient_id = row.Id<base::PatientId>(2);
  e.session_id = row.Id<base::SessionId>(3);
  e.report_id = row.OptId<base::AdverseReportId>(4);
  e.description = row.Text(5);
  e.onset = row.Date(6);
  NP_ASSIGN_OR_RETURN(e.severity, StoredCode<domain::Severity>(row.Text(7), record));
  e.serious = row.Int(8) != 0;
  NP_ASSIGN_OR_RETURN(e.outcome, StoredCode<domain::AdverseOutcome>(row.Text(9), record));
  e.follow_up = row.Text(10);
  NP_ASSIGN_OR_RETURN(e.cause, StoredCode<domain::SuspectedCause>(row.Text(11), record));
  NP_ASSIGN_OR_RETURN(e.causality, StoredCode<domain::Causality>(row.Text(12), record));
  NP_ASSIGN_OR_RETURN(e.suspects, ReadStored<std::vector<domain::SuspectLot>>(
                                      row.Text(13), record,
                                      [](const auto& d) { return contract::ParseSuspects(d); }));
  e.recorded_by = row.Id<base::UserId>(14);
  e.recorded_at = row.Time(15);
  e.updated_at = row.Time(16);
  e.version = row.Int(17);
  return e;
}

Result<std::vector<AdverseEvent>> ReadEvents(const SqlRows& rows) {
  std::vector<AdverseEvent> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(AdverseEvent e, ReadEvent(row));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<AdverseReport> SqlAdverse::CreateReport(const AdverseReport& r) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO adverse_reports (" + std::string(kReportColumns) +
          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
      {c_.clinic, id, r.patient_id, r.session_id, SymptomsText(r.symptoms), r.started_on, r.note,
       domain::CodeName(r.triage.urgency), contract::TriageToJson(r.triage).dump(), r.photo_sha256,
       r.reported_by, c_.clock.Now(), r.acknowledged_by, r.acknowledged_at}));
  return GetReport(base::AdverseReportId(id));
}

Result<AdverseReport> SqlAdverse::GetReport(base::AdverseReportId id) {
  static const std::string sql = "SELECT " + std::string(kReportColumns) +
                                 " FROM adverse_reports WHERE clinic_id = ? AND id = ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("adverse report not found"));
  return ReadReport(rows.front());
}

Result<std::vector<AdverseReport>> SqlAdverse::ListReports(const AdverseReportQuery& query) {
  std::string sql =
      "SELECT " + std::string(kReportColumns) + " FROM adverse_reports WHERE clinic_id = ?";
  std::vector<SqlParam> params = {c_.clinic};
  if (query.open_only) sql += " AND acknowledged_us IS NULL";
  if (query.session) {
    sql += " AND session_id = ?";
    params.emplace_back(*query.session);
  }
  // Open first, then urgent > review > expected, then newest first.
  sql +=
      " ORDER BY CASE WHEN acknowledged_us IS NULL THEN 0 ELSE 1 END, CASE urgency WHEN "
      "'urgent' THEN 0 WHEN 'review' THEN 1 ELSE 2 END, reported_us DESC, id DESC LIMIT ?";
  params.emplace_back(static_cast<int64_t>(query.limit));
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, params));
  return ReadReports(rows);
}

Result<AdverseReport> SqlAdverse::UpdateReport(const AdverseReport& r) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE adverse_reports SET photo_sha256 = ?, "
          "acknowledged_by = ?, acknowledged_us = ?, version = "
          "version + 1 WHERE clinic_id = ? AND id = ? AND version = ?",
          {r.photo_sha256, r.acknowledged_by, r.acknowledged_at, c_.clinic, r.id, r.version}));
  if (changed == 0) {
    NP_RETURN_IF_ERROR(GetReport(r.id));
    return base::Fail(base::Conflict("the report was changed by someone else"));
  }
  return GetReport(r.id);
}

Result<AdverseEvent> SqlAdverse::CreateEvent(const AdverseEvent& e) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const base::Timestamp now = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO adverse_events (" + std::string(kEventColumns) +
          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
      {c_.clinic, id, e.patient_id, e.session_id, e.report_id, e.description, e.onset,
       domain::CodeName(e.severity), e.serious, domain::CodeName(e.outcome), e.follow_up,
       domain::CodeName(e.cause), domain::CodeName(e.causality),
       contract::SuspectsToJson(e.suspects).dump(), e.recorded_by, now, now}));
  return GetEvent(base::AdverseEventId(id));
}

Result<AdverseEvent> SqlAdverse::GetEvent(base::AdverseEventId id) {
  static const std::string sql = "SELECT " + std::string(kEventColumns) +
                                 " FROM adverse_events WHERE clinic_id = ? AND id = ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("adverse event not found"));
  return ReadEvent(rows.front());
}

Result<AdverseEvent> SqlAdverse::UpdateEvent(const AdverseEvent& e) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE adverse_events SET report_id = ?, description = ?, onset = ?, severity = ?, "
          "serious = ?, outcome = ?, follow_up = ?, cause = ?, causality = ?, suspects = ?, "
          "updated_us = ?, version = version + 1 WHERE clinic_id = ? AND id = ? AND version = ?",
          {e.report_id, e.description, e.onset, domain::CodeName(e.severity), e.serious,
           domain::CodeName(e.outcome), e.follow_up, domain::CodeName(e.cause),
           domain::CodeName(e.causality), contract::SuspectsToJson(e.suspects).dump(),
           c_.clock.Now(), c_.clinic, e.id, e.version}));
  if (changed == 0) {
    NP_RETURN_IF_ERROR(GetEvent(e.id));
    return base::Fail(base::Conflict("the adverse event was changed by someone else"));
  }
  return GetEvent(e.id);
}

Result<std::vector<AdverseEvent>> SqlAdverse::ListEvents(std::optional<base::SessionId> session,
                                                         int limit) {
  if (session) {
    static const std::string sql =
        "SELECT " + std::string(kEventColumns) +
        " FROM adverse_events WHERE clinic_id = ? AND session_id = ? ORDER BY id DESC LIMIT ?";
    NP_ASSIGN_OR_RETURN(SqlRows rows,
                        c_.session.Query(sql, {c_.clinic, *session, static_cast<int64_t>(limit)}));
    return ReadEvents(rows);
  }
  static const std::string sql =
      "SELECT " + std::string(kEventColumns) +
      " FROM adverse_events WHERE clinic_id = ? ORDER BY id DESC LIMIT ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows,
                      c_.session.Query(sql, {c_.clinic, static_cast<int64_t>(limit)}));
  return ReadEvents(rows);
}

Result<std::vector<std::pair<base::SessionId, base::AdverseEventId>>> SqlAdverse::EventsForSessions(
    const std::vector<base::SessionId>& sessions) {
  std::vector<std::pair<base::SessionId, base::AdverseEventId>> out;
  // One query per chunk of sessions (the index on (clinic, session) serves each), not one per
  // session: a recall page lists up to 1,000 of them.
  constexpr std::size_t kChunk = 500;
  for (std::size_t from = 0; from < sessions.size(); from += kChunk) {
    const std::size_t to = std::min(sessions.size(), from + kChunk);
    std::string sql =
        "SELECT session_id, id FROM adverse_events WHERE clinic_id = ? AND session_id IN (";
    std::vector<SqlParam> params = {c_.clinic};
    for (std::size_t i = from; i < to; ++i) {
      sql += i == from ? "?" : ", ?";
      params.emplace_back(sessions[i]);
    }
    sql += ") ORDER BY session_id, id";
    NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, params));
    for (const SqlRow& row : rows) {
      out.emplace_back(row.Id<base::SessionId>(0), row.Id<base::AdverseEventId>(1));
    }
  }
  return out;
}

}  // namespace needlepoint::storage::sql
