#include "needlepoint/app/patients.h"

#include <algorithm>

#include "needlepoint/app/fields.h"
#include "needlepoint/base/time_zone.h"

namespace needlepoint::app {
namespace {

base::Status NotFoundPatient() { return base::NotFound("patient not found"); }

size_t Utf8Length(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// `fields` with the names and e-mail trimmed, as they are checked and stored.
PatientFields TrimmedFields(PatientFields fields) {
  fields.given_name = Trimmed(fields.given_name);
  fields.family_name = Trimmed(fields.family_name);
  fields.email = Trimmed(fields.email);
  return fields;
}

// `patient` carrying `fields`.
domain::Patient WithFields(domain::Patient patient, const PatientFields& fields) {
  patient.given_name = fields.given_name;
  patient.family_name = fields.family_name;
  patient.birth_date = fields.birth_date;
  patient.email = fields.email;
  patient.phone = fields.phone;
  patient.fitzpatrick = fields.fitzpatrick;
  return patient;
}

}  // namespace

bool MaySee(const Principal& principal, base::PatientId id) {
  return IsStaff(principal) || principal.patient == id;
}

std::vector<base::FieldProblem> PatientProblems(const PatientFields& f, base::CivilDate today) {
  std::vector<base::FieldProblem> problems;
  auto name = [&](const std::string& value, const char* path) {
    if (Trimmed(value).empty()) {
      problems.push_back({path, "must not be empty or only spaces"});
    } else if (Utf8Length(value) > 100) {
      problems.push_back({path, "must be 1 to 100 characters"});
    }
  };
  name(f.given_name, "/given_name");
  name(f.family_name, "/family_name");
  if (f.birth_date > today || f.birth_date < *base::CivilDate::FromYmd(1900, 1, 1)) {
    problems.push_back({"/birth_date", "must be a date between 1900-01-01 and today"});
  }
  if (!f.email.empty() && !IsEmailAddress(f.email)) {
    problems.push_back({"/email", "is not an e-mail address"});
  }
  if (f.phone.size() > 32 || f.phone.find_first_not_of("0123456789 +()-.") != std::string::npos) {
    problems.push_back({"/phone", "may hold only digits, spaces and + ( ) - ."});
  }
  if (f.fitzpatrick && (*f.fitzpatrick < 1 || *f.fitzpatrick > 6)) {
    problems.push_back({"/fitzpatrick", "must be between 1 and 6"});
  }
  return problems;
}

base::Result<PatientRegistration> RegisterPatientIn(AppEnv& env, storage::Transaction& tx,
                                                    const PatientFields& given,
                                                    bool confirm_duplicate) {
  const PatientFields fields = TrimmedFields(given);
  NP_ASSIGN_OR_RETURN(base::CivilDate today, ClinicToday(env, tx));
  std::vector<base::FieldProblem> problems = PatientProblems(fields, today);
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  const domain::Patient patient = WithFields({}, fields);
  if (!confirm_duplicate) {
    NP_ASSIGN_OR_RETURN(std::vector<domain::Patient> candidates,
                        tx.patients().FindLikelyDuplicates(patient));
    if (!candidates.empty()) return PatientRegistration{std::nullopt, std::move(candidates)};
  }
  NP_ASSIGN_OR_RETURN(domain::Patient created, tx.patients().Create(patient));
  return PatientRegistration{std::move(created), {}};
}

base::Result<PatientRegistration> CreatePatient(AppEnv& env, RequestContext& context,
                                                const PatientFields& given,
                                                bool confirm_duplicate) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(PatientRegistration registration,
                      RegisterPatientIn(env, *tx, given, confirm_duplicate));
  if (!registration.created) {
    // Nothing is written, but the candidates' names and birth dates are shown: that read
    // is this request's one audit row.
    std::string ids;
    for (const domain::Patient& candidate : registration.likely_duplicates) {
      ids += (ids.empty() ? "" : ",") + candidate.id.ToString();
    }
    context.read_audit.push_back(
        context.Audit("patient.create", "patient", "", registration.likely_duplicates.front().id,
                      domain::AuditOutcome::kFailed, "not created: likely duplicate of " + ids));
    return registration;
  }
  const domain::Patient& created = *registration.created;
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "patient.create", "patient", created.id.ToString(), created.id,
      domain::AuditOutcome::kSuccess, confirm_duplicate ? "duplicate check waived" : "")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return registration;
}

base::Result<domain::Patient> GetPatient(AppEnv& env, RequestContext& context, base::PatientId id) {
  const bool allowed = MaySee(context.principal, id);
  base::Result<domain::Patient> patient = [&]() -> base::Result<domain::Patient> {
    if (!allowed) return base::Fail(NotFoundPatient());
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    return tx->patients().Get(id);
  }();
  AuditRead(context, "patient.read", "patient", id.ToString(), id, patient, !allowed);
  return patient;
}

base::Result<domain::Patient> UpdatePatient(AppEnv& env, RequestContext& context,
                                            base::PatientId id, const PatientPatch& patch,
                                            int64_t version) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(base::CivilDate today, ClinicToday(env, *tx));
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(id));
  if (patient.merged_into) {
    return base::Fail(base::FailedPrecondition("this record was merged into patient " +
                                               patient.merged_into->ToString() +
                                               "; change that record instead"));
  }
  const PatientFields fields =
      TrimmedFields({patch.given_name.value_or(patient.given_name),
                     patch.family_name.value_or(patient.family_name),
                     patch.birth_date.value_or(patient.birth_date),
                     patch.email.value_or(patient.email), patch.phone.value_or(patient.phone),
                     patch.fitzpatrick ? patch.fitzpatrick : patient.fitzpatrick});
  std::vector<base::FieldProblem> problems = PatientProblems(fields, today);
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  std::string detail;
  if (patch.archived && *patch.archived != patient.archived) {
    detail = *patch.archived ? "archived" : "unarchived";
    patient.archived = *patch.archived;
  }
  patient = WithFields(std::move(patient), fields);
  patient.version = version;
  NP_ASSIGN_OR_RETURN(domain::Patient updated, tx->patients().Update(patient));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit("patient.update", "patient", id.ToString(),
                                                      id, domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return updated;
}

base::Result<storage::Page<domain::Patient>> SearchPatients(AppEnv& env, RequestContext& context,
                                                            const storage::PatientQuery& query) {
  base::Result<storage::Page<domain::Patient>> page =
      [&]() -> base::Result<storage::Page<domain::Patient>> {
    if (query.include_hidden && context.principal.role != domain::Role::kOwner) {
      return base::Fail(
          base::PermissionDenied("only an owner may search archived and merged records"));
    }
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    return tx->patients().Search(query);
  }();
  // One row for the search, naming the patients it returned (ids only, never the query).
  std::string ids;
  if (page) {
    for (const domain::Patient& patient : page->items) {
      ids += (ids.empty() ? "" : ",") + patient.id.ToString();
    }
  }
  const bool denied = !page && page.error().code() == base::StatusCode::kPermissionDenied;
  context.read_audit.push_back(context.Audit(
      "patient.search", "patient", "", {},
      page     ? domain::AuditOutcome::kSuccess
      : denied ? domain::AuditOutcome::kDenied
               : domain::AuditOutcome::kFailed,
      page ? std::to_string(page->items.size()) + " results" +
                 (query.include_hidden ? " (archived and merged included)" : "") + ": " + ids
           : (denied ? "archived records: owner only" : "failed")));
  return page;
}

base::Result<MergedPatients> MergePatients(AppEnv& env, RequestContext& context,
                                           base::PatientId into, base::PatientId duplicate) {
  if (context.principal.role != domain::Role::kOwner &&
      context.principal.role != domain::Role::kProvider) {
    return base::Fail(base::PermissionDenied("only an owner or a provider may merge records"));
  }
  if (into == duplicate) {
    return base::Fail(
        base::Status::Invalid({{"/duplicate_id", "is this record; name the duplicate"}}));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  MergedPatients result;
  NP_ASSIGN_OR_RETURN(result.into, tx->patients().Get(into));
  base::Result<domain::Patient> found = tx->patients().Get(duplicate);
  if (!found && found.error().code() == base::StatusCode::kNotFound) {
    return base::Fail(base::NotFound("duplicate patient not found"));
  }
  NP_RETURN_IF_ERROR(found);
  if (result.into.merged_into) {
    return base::Fail(base::FailedPrecondition("this record was merged into patient " +
                                               result.into.merged_into->ToString() +
                                               "; merge into that record"));
  }
  if (found->merged_into) {
    return base::Fail(base::FailedPrecondition("the duplicate was already merged into patient " +
                                               found->merged_into->ToString()));
  }
  // A patient has one portal account: if both records have one, the real record's stays and
  // the duplicate's is revoked (it stays with the merged record, deactivated).
  std::string account = "no portal account";
  base::Result<domain::User> duplicate_account = tx->users().FindPortalAccount(duplicate);
  if (duplicate_account) {
    base::Result<domain::User> into_account = tx->users().FindPortalAccount(into);
    if (into_account) {
      duplicate_account->active = false;
      NP_RETURN_IF_ERROR(tx->users().Update(*duplicate_account));
      NP_RETURN_IF_ERROR(tx->password_tokens().DeleteForUser(duplicate_account->id));
      account = "duplicate's portal account revoked";
    } else if (into_account.error().code() != base::StatusCode::kNotFound) {
      return base::Fail(into_account.error());
    } else {
      account = "portal account moved";
    }
    NP_RETURN_IF_ERROR(tx->sessions().DeleteForUser(duplicate_account->id));
    result.accounts_changed.push_back(duplicate_account->id);
  } else if (duplicate_account.error().code() != base::StatusCode::kNotFound) {
    return base::Fail(duplicate_account.error());
  }
  NP_ASSIGN_OR_RETURN(result.moved, tx->patients().Merge(duplicate, into));
  NP_ASSIGN_OR_RETURN(result.duplicate, tx->patients().Get(duplicate));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "patient.merge", "patient", duplicate.ToString(), into, domain::AuditOutcome::kSuccess,
      "merged patient " + duplicate.ToString() + " into " + into.ToString() + ": " +
          std::to_string(result.moved.consultations) + " consultations, " +
          std::to_string(result.moved.plans) + " plans, " +
          std::to_string(result.moved.appointments) + " appointments, " + account)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return result;
}

}  // namespace needlepoint::app
