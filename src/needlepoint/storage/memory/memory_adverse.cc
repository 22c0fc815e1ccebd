// Reported concerns and adverse events (the twin of sql_adverse.cc), with the schema's
// references, CHECKs and version checks.
#include <algorithm>
#include <set>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::AdverseEvent;
using domain::AdverseReport;

base::Status CheckReportReferences(const ClinicData& data, const AdverseReport& r) {
  NP_RETURN_IF_ERROR(CheckReference(data.patients, r.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.treatment_sessions, r.session_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, r.reported_by));
  if (r.acknowledged_by) NP_RETURN_IF_ERROR(CheckReference(data.users, *r.acknowledged_by));
  return base::OkStatus();
}

base::Status CheckEvent(const ClinicData& data, const AdverseEvent& e) {
  if (e.description.empty()) return SchemaViolation();
  NP_RETURN_IF_ERROR(CheckReference(data.patients, e.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.treatment_sessions, e.session_id));
  if (e.report_id) NP_RETURN_IF_ERROR(CheckReference(data.adverse_reports, *e.report_id));
  return CheckReference(data.users, e.recorded_by);
}

}  // namespace

Result<AdverseReport> MemoryAdverse::CreateReport(const AdverseReport& r) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::AdverseReportId id(c_.NextId());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  NP_RETURN_IF_ERROR(CheckReportReferences(c_.data(), r));
  AdverseReport stored = r;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.reported_at = c_.Now();
  stored.version = 1;
  c_.Mutable().adverse_reports[id] = stored;
  return stored;
}

Result<AdverseReport> MemoryAdverse::GetReport(base::AdverseReportId id) {
  return FindRow(c_.data().adverse_reports, id, "adverse report");
}

Result<std::vector<AdverseReport>> MemoryAdverse::ListReports(const AdverseReportQuery& query) {
  std::vector<AdverseReport> out;
  for (const auto& [id, r] : c_.data().adverse_reports) {
    if (query.open_only && r.acknowledged_at) continue;
    if (query.session && r.session_id != *query.session) continue;
    out.push_back(r);
  }
  std::ranges::sort(out, [](const AdverseReport& a, const AdverseReport& b) {
    // Open first, the strongest urgency (the enum's order) next, then newest first.
    return std::tuple(a.acknowledged_at.has_value(), a.triage.urgency, b.reported_at, b.id) <
           std::tuple(b.acknowledged_at.has_value(), b.triage.urgency, a.reported_at, a.id);
  });
  if (std::cmp_less(query.limit, out.size())) out.resize(static_cast<std::size_t>(query.limit));
  return out;
}

Result<AdverseReport> MemoryAdverse::UpdateReport(const AdverseReport& r) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  auto it = c_.data().adverse_reports.find(r.id);
  if (it == c_.data().adverse_reports.end()) {
    return base::Fail(base::NotFound("adverse report not found"));
  }
  if (it->second.version != r.version) {
    return base::Fail(base::Conflict("the report was changed by someone else"));
  }
  AdverseReport next = it->second;
  next.photo_sha256 = r.photo_sha256;
  next.acknowledged_by = r.acknowledged_by;
  next.acknowledged_at = r.acknowledged_at;
  NP_RETURN_IF_ERROR(CheckReportReferences(c_.data(), next));
  next.version = r.version + 1;
  c_.Mutable().adverse_reports[r.id] = next;
  return next;
}

Result<AdverseEvent> MemoryAdverse::CreateEvent(const AdverseEvent& e) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::AdverseEventId id(c_.NextId());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  NP_RETURN_IF_ERROR(CheckEvent(c_.data(), e));
  AdverseEvent stored = e;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.recorded_at = stored.updated_at = c_.Now();
  stored.version = 1;
  c_.Mutable().adverse_events[id] = stored;
  return stored;
}

Result<AdverseEvent> MemoryAdverse::GetEvent(base::AdverseEventId id) {
  return FindRow(c_.data().adverse_events, id, "adverse event");
}

Result<AdverseEvent> MemoryAdverse::UpdateEvent(const AdverseEvent& e) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  auto it = c_.data().adverse_events.find(e.id);
  if (it == c_.data().adverse_events.end()) {
    return base::Fail(base::NotFound("adverse event not found"));
  }
  if (it->second.version != e.version) {
    return base::Fail(base::Conflict("the adverse event was changed by someone else"));
  }
  AdverseEvent next = it->second;  // ids, session, patient and recorder stay
  next.report_id = e.report_id;
  next.description = e.description;
  next.onset = e.onset;
  next.severity = e.severity;
  next.serious = e.serious;
  next.outcome = e.outcome;
  next.follow_up = e.follow_up;
  next.cause = e.cause;
  next.causality = e.causality;
  next.suspects = e.suspects;
  NP_RETURN_IF_ERROR(CheckEvent(c_.data(), next));
  next.updated_at = c_.Now();
  next.version = e.version + 1;
  c_.Mutable().adverse_events[e.id] = next;
  return next;
}

Result<std::vector<AdverseEvent>> MemoryAdverse::ListEvents(std::optional<base::SessionId> session,
                                                            int limit) {
  std::vector<AdverseEvent> out;
  const auto& events = c_.data().adverse_events;
  for (auto it = events.rbegin(); it != events.rend(); ++it) {  // newest (highest id) first
    if (std::cmp_greater_equal(out.size(), limit)) break;
    if (!session || it->second.session_id == *session) out.push_back(it->second);
  }
  return out;
}

Result<std::vector<std::pair<base::SessionId, base::AdverseEventId>>>
MemoryAdverse::EventsForSessions(const std::vector<base::SessionId>& sessions) {
  const std::set<base::SessionId> wanted(sessions.begin(), sessions.end());
  std::vector<std::pair<base::SessionId, base::AdverseEventId>> out;
  for (const auto& [id, e] : c_.data().adverse_events) {
    if (wanted.contains(e.session_id)) out.emplace_back(e.session_id, id);
  }
  std::ranges::sort(out);  // by session, then event, as the SQL orders them
  return out;
}

}  // namespace needlepoint::storage::memory
