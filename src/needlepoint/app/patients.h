// Patients: register (refusing likely duplicates unless confirmed), read, update, archive,
// search, and merge a duplicate into the real record. Staff see their clinic's patients; a
// patient (portal) sees only their own record, and any other id answers as if it did not
// exist. Portal accounts are in portal.h.
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

// Field problems of `fields` (names 1-100 characters, not blank, a plausible birth date, an
// e-mail with an @, a phone of digits, spaces and + ( ) -), each at "/<field>". Names are
// checked as given: the use cases trim them first.
std::vector<base::FieldProblem> PatientProblems(const PatientFields& fields, base::CivilDate today);

// What registering a patient did: created the record, or found records that may be the same
// person (same normalised name and birth date, or same e-mail) and created nothing.
struct PatientRegistration {
  std::optional<domain::Patient> created;
  std::vector<domain::Patient> likely_duplicates;  // when nothing was created
};

// Registers a patient (names trimmed). Unless `confirm_duplicate`, a likely duplicate stops
// it: nothing is stored, the candidates are returned, and the request's audit row names them
// (their names and birth dates are shown to the caller).
base::Result<PatientRegistration> CreatePatient(AppEnv& env, RequestContext& context,
                                                const PatientFields& fields,
                                                bool confirm_duplicate = false);
// CreatePatient's check and insert inside `tx`, which the caller commits (or not), with no
// audit row: for use cases that register a patient as one step of a larger write.
base::Result<PatientRegistration> RegisterPatientIn(AppEnv& env, storage::Transaction& tx,
                                                    const PatientFields& fields,
                                                    bool confirm_duplicate);
base::Result<domain::Patient> GetPatient(AppEnv& env, RequestContext& context, base::PatientId id);
// The fields a PATCH may change; absent ones keep their value.
struct PatientPatch {
  std::optional<std::string> given_name;
  std::optional<std::string> family_name;
  std::optional<base::CivilDate> birth_date;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<int> fitzpatrick;
  std::optional<bool> archived;  // hidden from search and lists, or back
};

// Applies `patch` (names trimmed). kConflict if `version` is not the current one;
// kFailedPrecondition for a record merged into another (change that one).
base::Result<domain::Patient> UpdatePatient(AppEnv& env, RequestContext& context,
                                            base::PatientId id, const PatientPatch& patch,
                                            int64_t version);
// Archived and merged records only with `query.include_hidden`, which only an owner (the
// clinic's auditor) may ask for (kPermissionDenied otherwise).
base::Result<storage::Page<domain::Patient>> SearchPatients(AppEnv& env, RequestContext& context,
                                                            const storage::PatientQuery& query);

struct MergedPatients {
  domain::Patient into;       // the real record
  domain::Patient duplicate;  // kept, with merged_into set
  storage::MergeCounts moved;
  // Portal accounts whose sessions ended: the duplicate's, moved to `into` (its patient
  // changed) or revoked because `into` has its own account.
  std::vector<base::UserId> accounts_changed;
};

// Owner or provider: merges `duplicate` into `into` (the real record): every consultation,
// plan and appointment follows, and the duplicate's portal account too unless `into` has one
// (then the duplicate's is revoked). The duplicate is kept, marked merged, hidden from search;
// its audit history is found through `into` (ListAudit follows merges). One audit row.
// kInvalidArgument if they are the same record; kNotFound if either is missing;
// kFailedPrecondition if either was merged already.
base::Result<MergedPatients> MergePatients(AppEnv& env, RequestContext& context,
                                           base::PatientId into, base::PatientId duplicate);

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
