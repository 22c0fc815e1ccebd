// Who is asking, and what the request must leave in the audit log. Every use case takes a
// RequestContext: the principal comes from the authenticated session (never from the
// request body), and the clinic is the principal's clinic.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/audit.h"
#include "needlepoint/domain/clinic.h"

namespace needlepoint::app {

struct Principal {
  base::ClinicId clinic;
  base::UserId user;
  domain::Role role = domain::Role::kFrontDesk;
  std::optional<base::PatientId> patient;  // set for portal accounts
  std::string token_hash;                  // the session, for logout
  base::Timestamp session_expires_at;
};

struct RequestContext {
  Principal principal;
  std::string request_id;
  // Audited reads: a use case that reads patient data appends one entry here instead of
  // writing it itself; the HTTP layer makes the entries durable (group commit) before it
  // sends the response. Writes append their audit row inside their own transaction.
  std::vector<domain::AuditEntry> read_audit;

  // An audit entry for this request, filled with who, role and request id.
  domain::AuditEntry Audit(std::string action, std::string object_type, std::string object_id,
                           std::optional<base::PatientId> patient,
                           domain::AuditOutcome outcome = domain::AuditOutcome::kSuccess,
                           std::string detail = {}) const;
};

// True if the principal is staff (owner, provider or front desk).
inline bool IsStaff(const Principal& principal) { return principal.role != domain::Role::kPatient; }

}  // namespace needlepoint::app
