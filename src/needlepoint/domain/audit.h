// Audit: one append-only, hash-chained row per read or write of patient data, per denial and
// per security event. Rows never hold PHI beyond ids.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/clinic.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

enum class AuditOutcome { kSuccess, kDenied, kFailed };
template <>
struct CodeTraits<AuditOutcome> {
  static constexpr std::string_view kNoun = "audit outcome";
  static constexpr std::array<std::string_view, 3> kNames = {"success", "denied", "failed"};
};

// What to record; storage adds the sequence number, time and hashes.
struct AuditEntry {
  std::optional<base::UserId> user_id;  // absent for anonymous events (failed login)
  std::optional<Role> role;
  std::string action;       // "patient.read", "appointment.create", "session.login"
  std::string object_type;  // "patient", "appointment", …
  std::string object_id;    // empty for lists and searches
  std::optional<base::PatientId> patient_id;
  std::string request_id;
  AuditOutcome outcome = AuditOutcome::kSuccess;
  std::string detail;  // non-PHI context: "3 results", "depth override", a denial reason
};

struct AuditRecord {
  base::ClinicId clinic_id;
  int64_t seq = 0;  // 1, 2, 3 … per clinic, no gaps
  base::Timestamp at;
  AuditEntry entry;
  std::string prev_hash;  // hex; the previous row's hash, or 64 zeros for the first
  std::string hash;       // hex keyed hash of prev_hash and this row's fields
};

}  // namespace needlepoint::domain
