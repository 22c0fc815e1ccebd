#include "needlepoint/app/context.h"

namespace needlepoint::app {

domain::AuditEntry RequestContext::Audit(std::string action, std::string object_type,
                                         std::string object_id,
                                         std::optional<base::PatientId> patient,
                                         domain::AuditOutcome outcome, std::string detail) const {
  domain::AuditEntry entry;
  if (principal.user.valid()) {
    entry.user_id = principal.user;
    entry.role = principal.role;
  }
  entry.action = std::move(action);
  entry.object_type = std::move(object_type);
  entry.object_id = std::move(object_id);
  entry.patient_id = patient;
  entry.request_id = request_id;
  entry.outcome = outcome;
  entry.detail = std::move(detail);
  return entry;
}

}  // namespace needlepoint::app
