// The audit log (the twin of sql_audit.cc): the same records, sequence numbers and hashes
// the SQL backends would store, so VerifyChain accepts the twin's chains too.
#include <algorithm>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {

using base::Result;
using domain::AuditRecord;

Result<AuditRecord> MemoryAudit::Append(const domain::AuditEntry& entry) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.clinic_exists()) return base::Fail(base::NotFound("clinic not found"));
  const std::vector<AuditRecord>& log = c_.data().audit;
  AuditRecord record;
  record.clinic_id = c_.clinic();
  record.seq = log.empty() ? 1 : log.back().seq + 1;
  record.prev_hash = log.empty() ? GenesisHash() : log.back().hash;
  record.at = c_.Now();
  record.entry = entry;
  record.hash = AuditRowHash(c_.audit_key(), record);
  c_.Mutable().audit.push_back(record);
  appended_ = WitnessedHead{record.clinic_id, record.seq, record.hash};
  return record;
}

Result<std::vector<AuditRecord>> MemoryAudit::List(const AuditQuery& query) {
  const size_t limit = static_cast<size_t>(std::clamp(query.limit, 1, 100000));
  std::vector<AuditRecord> out;
  for (const AuditRecord& record : c_.data().audit) {
    if (out.size() >= limit) break;
    const domain::AuditEntry& e = record.entry;
    if (record.seq <= query.after_seq) continue;
    if (query.from && record.at < *query.from) continue;
    if (query.to && record.at >= *query.to) continue;
    if (query.user_id && e.user_id != query.user_id) continue;
    if (query.patient_id && e.patient_id != query.patient_id &&
        !(e.patient_id && std::find(query.merged_patients.begin(), query.merged_patients.end(),
                                    *e.patient_id) != query.merged_patients.end())) {
      continue;
    }
    if (!query.action.empty() && e.action != query.action) continue;
    out.push_back(record);
  }
  return out;
}

Result<std::pair<int64_t, std::string>> MemoryAudit::Head() {
  if (!c_.clinic_exists()) return base::Fail(base::NotFound("clinic not found"));
  const std::vector<AuditRecord>& log = c_.data().audit;
  if (log.empty()) return std::pair<int64_t, std::string>(0, GenesisHash());
  return std::pair<int64_t, std::string>(log.back().seq, log.back().hash);
}

}  // namespace needlepoint::storage::memory
