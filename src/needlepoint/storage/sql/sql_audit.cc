// The audit log: appends extend the clinic's hash chain under the chain head's row lock
// (SQLite serialises writers anyway), so concurrent appends never fork the chain.
#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::AuditRecord;

constexpr std::string_view kColumns =
    "clinic_id, seq, at_us, user_id, role, action, object_type, object_id, patient_id, "
    "request_id, outcome, detail, prev_hash, hash";

AuditRecord ReadRecord(const SqlRow& row) {
  AuditRecord record;
  record.clinic_id = row.Id<base::ClinicId>(0);
  record.seq = row.Int(1);
  record.at = row.Time(2);
  domain::AuditEntry& e = record.entry;
  e.user_id = row.OptId<base::UserId>(3);
  if (!row.IsNull(4)) e.role = domain::ParseCode<domain::Role>(row.Text(4));
  e.action = row.Text(5);
  e.object_type = row.Text(6);
  e.object_id = row.Text(7);
  e.patient_id = row.OptId<base::PatientId>(8);
  e.request_id = row.Text(9);
  e.outcome =
      domain::ParseCode<domain::AuditOutcome>(row.Text(10)).value_or(domain::AuditOutcome::kFailed);
  e.detail = row.Text(11);
  record.prev_hash = row.Text(12);
  record.hash = row.Text(13);
  return record;
}

}  // namespace

Result<AuditRecord> SqlAudit::Append(const domain::AuditEntry& entry) {
  const domain::AuditEntry* one[] = {&entry};
  NP_ASSIGN_OR_RETURN(std::vector<AuditRecord> records, AppendBatch(one));
  return records.front();
}

Result<std::vector<AuditRecord>> SqlAudit::AppendBatch(
    std::span<const domain::AuditEntry* const> entries) {
  if (entries.empty()) return std::vector<AuditRecord>();
  // Reserving the batch's sequence numbers locks the head row until commit (PostgreSQL);
  // SQLite serialises writers anyway. The chain continues from the head's hash.
  NP_ASSIGN_OR_RETURN(SqlRows head,
                      c_.session.Query("UPDATE audit_heads SET seq = seq + ? "
                                       "WHERE clinic_id = ? RETURNING seq, hash",
                                       {static_cast<int64_t>(entries.size()), c_.clinic}));
  if (head.empty()) return base::Fail(base::NotFound("clinic not found"));
  int64_t seq = head.front().Int(0) - static_cast<int64_t>(entries.size());
  std::string previous = head.front().Text(1);
  const base::Timestamp now = c_.clock.Now();
  std::vector<AuditRecord> records;
  records.reserve(entries.size());
  for (const domain::AuditEntry* entry : entries) {
    AuditRecord record;
    record.clinic_id = c_.clinic;
    record.seq = ++seq;
    record.prev_hash = previous;
    record.at = now;
    record.entry = *entry;
    record.hash = AuditRowHash(key_, record);
    const std::optional<std::string> role =
        entry->role ? std::optional<std::string>(std::string(domain::CodeName(*entry->role)))
                    : std::nullopt;
    NP_RETURN_IF_ERROR(c_.session.Execute(
        "INSERT INTO audit_log (clinic_id, seq, at_us, user_id, role, action, object_type, "
        "object_id, patient_id, request_id, outcome, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {c_.clinic, record.seq, record.at, entry->user_id, role, entry->action, entry->object_type,
         entry->object_id, entry->patient_id, entry->request_id, domain::CodeName(entry->outcome),
         entry->detail, record.prev_hash, record.hash}));
    previous = record.hash;
    records.push_back(std::move(record));
  }
  NP_RETURN_IF_ERROR(c_.session.Execute("UPDATE audit_heads SET hash = ? WHERE clinic_id = ?",
                                        {previous, c_.clinic}));
  appended_ = WitnessedHead{c_.clinic, records.back().seq, records.back().hash};
  return records;
}

Result<std::vector<AuditRecord>> SqlAudit::List(const AuditQuery& query) {
  // Only the filters that are set go into the statement, so each combination gets a plan
  // that uses its index (by patient, by time) instead of one plan for all of them.
  std::string sql = "SELECT " + std::string(kColumns) + " FROM audit_log WHERE clinic_id = ?";
  std::vector<SqlParam> params = {c_.clinic};
  if (query.patient_id && query.merged_patients.empty()) {
    sql += " AND patient_id = ?";
    params.emplace_back(*query.patient_id);
  } else if (query.patient_id) {
    sql += " AND patient_id IN (?";
    params.emplace_back(*query.patient_id);
    for (base::PatientId merged : query.merged_patients) {
      sql += ", ?";
      params.emplace_back(merged);
    }
    sql += ")";
  }
  if (query.user_id) {
    sql += " AND user_id = ?";
    params.emplace_back(*query.user_id);
  }
  if (query.from) {
    sql += " AND at_us >= ?";
    params.emplace_back(*query.from);
  }
  if (query.to) {
    sql += " AND at_us < ?";
    params.emplace_back(*query.to);
  }
  if (!query.action.empty()) {
    sql += " AND action = ?";
    params.emplace_back(query.action);
  }
  sql += " AND seq > ? ORDER BY seq LIMIT ?";
  params.emplace_back(query.after_seq);
  params.emplace_back(std::clamp(query.limit, 1, 100000));
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, params));
  std::vector<AuditRecord> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadRecord(row));
  return out;
}

Result<std::pair<int64_t, std::string>> SqlAudit::Head() {
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query("SELECT seq, hash FROM audit_heads "
                                                     "WHERE clinic_id = ?",
                                                     {c_.clinic}));
  if (rows.empty()) return base::Fail(base::NotFound("clinic not found"));
  return std::pair<int64_t, std::string>(rows.front().Int(0), rows.front().Text(1));
}

}  // namespace needlepoint::storage::sql
