// Patients: create, read, update, search, and give a patient a portal login. Staff see their
// clinic's patients; a patient (portal) sees only their own record, and any other id answers
// as if it did not exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/storage/repositories.h"

namespace needlepoint::app {

struct PatientFields {
  std::string given_name;
  std::string family_name;
  base::CivilDate birth_date;
  std::string email;
  std::string phone;
  std::optional<int> fitzpatrick;
};

// Field problems of `fields` (names 1-100 characters, a plausible birth date, an e-mail with
// an @, a phone of digits, spaces and + ( ) -), each at "/<field>".
std::vector<base::FieldProblem> PatientProblems(const PatientFields& fields, base::CivilDate today);

base::Result<domain::Patient> CreatePatient(AppEnv& env, RequestContext& context,
                                            const PatientFields& fields);
base::Result<domain::Patient> GetPatient(AppEnv& env, RequestContext& context, base::PatientId id);
// The fields a PATCH may change; absent ones keep their value.
struct PatientPatch {
  std::optional<std::string> given_name;
  std::optional<std::string> family_name;
  std::optional<base::CivilDate> birth_date;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<int> fitzpatrick;
};

// Applies `patch`. kConflict if `version` is not the current one.
base::Result<domain::Patient> UpdatePatient(AppEnv& env, RequestContext& context,
                                            base::PatientId id, const PatientPatch& patch,
                                            int64_t version);
base::Result<storage::Page<domain::Patient>> SearchPatients(AppEnv& env, RequestContext& context,
                                                            const storage::PatientQuery& query);

// Creates the portal login of patient `id`. kConflict if the e-mail is taken in the clinic;
// kInvalidArgument for a password the policy refuses.
base::Result<domain::User> CreatePortalAccount(AppEnv& env, RequestContext& context,
                                               base::PatientId id, const std::string& email,
                                               const std::string& password);

// Whether the principal may see patient `id`'s records: staff always, a patient only their own.
bool MaySee(const Principal& principal, base::PatientId id);

// Appends the read audit of `result`: success; denied when `denied` (a patient reaching for
// another patient's record, answered as not found); otherwise failed.
template <typename T>
void AuditRead(RequestContext& context, std::string action, std::string object_type,
               std::string object_id, std::optional<base::PatientId> patient,
               const base::Result<T>& result, bool denied = false) {
  if (result) {
    context.read_audit.push_back(
        context.Audit(std::move(action), std::move(object_type), std::move(object_id), patient));
    return;
  }
  context.read_audit.push_back(
      context.Audit(std::move(action), std::move(object_type), std::move(object_id), patient,
                    denied ? domain::AuditOutcome::kDenied : domain::AuditOutcome::kFailed,
                    denied ? "not the principal's own record"
                           : std::string(base::StatusCodeName(result.error().code()))));
}

}  // namespace needlepoint::app
