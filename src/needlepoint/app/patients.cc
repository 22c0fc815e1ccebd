#include "needlepoint/app/patients.h"

#include <algorithm>

#include "needlepoint/app/fields.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/security/password.h"

namespace needlepoint::app {
namespace {

base::Status NotFoundPatient() { return base::NotFound("patient not found"); }

size_t Utf8Length(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

bool MaySee(const Principal& principal, base::PatientId id) {
  return IsStaff(principal) || principal.patient == id;
}

std::vector<base::FieldProblem> PatientProblems(const PatientFields& f, base::CivilDate today) {
  std::vector<base::FieldProblem> problems;
  auto name = [&](const std::string& value, const char* path) {
    if (value.empty() || Utf8Length(value) > 100) {
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

base::Result<domain::Patient> CreatePatient(AppEnv& env, RequestContext& context,
                                            const PatientFields& fields) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(base::CivilDate today, ClinicToday(env, *tx));
  std::vector<base::FieldProblem> problems = PatientProblems(fields, today);
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  domain::Patient patient;
  patient.given_name = fields.given_name;
  patient.family_name = fields.family_name;
  patient.birth_date = fields.birth_date;
  patient.email = fields.email;
  patient.phone = fields.phone;
  patient.fitzpatrick = fields.fitzpatrick;
  NP_ASSIGN_OR_RETURN(domain::Patient created, tx->patients().Create(patient));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("patient.create", "patient", created.id.ToString(), created.id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return created;
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
  PatientFields fields{patch.given_name.value_or(patient.given_name),
                       patch.family_name.value_or(patient.family_name),
                       patch.birth_date.value_or(patient.birth_date),
                       patch.email.value_or(patient.email),
                       patch.phone.value_or(patient.phone),
                       patch.fitzpatrick ? patch.fitzpatrick : patient.fitzpatrick};
  std::vector<base::FieldProblem> problems = PatientProblems(fields, today);
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  patient.given_name = fields.given_name;
  patient.family_name = fields.family_name;
  patient.birth_date = fields.birth_date;
  patient.email = fields.email;
  patient.phone = fields.phone;
  patient.fitzpatrick = fields.fitzpatrick;
  patient.version = version;
  NP_ASSIGN_OR_RETURN(domain::Patient updated, tx->patients().Update(patient));
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("patient.update", "patient", id.ToString(), id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return updated;
}

base::Result<storage::Page<domain::Patient>> SearchPatients(AppEnv& env, RequestContext& context,
                                                            const storage::PatientQuery& query) {
  base::Result<storage::Page<domain::Patient>> page =
      [&]() -> base::Result<storage::Page<domain::Patient>> {
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
  context.read_audit.push_back(
      context.Audit("patient.search", "patient", "", {},
                    page ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed,
                    page ? std::to_string(page->items.size()) + " results: " + ids : "failed"));
  return page;
}

base::Result<domain::User> CreatePortalAccount(AppEnv& env, RequestContext& context,
                                               base::PatientId id, const std::string& email,
                                               const std::string& password) {
  std::vector<base::FieldProblem> problems =
      security::PasswordProblems(password, email, "/password");
  if (!IsEmailAddress(email)) {
    problems.push_back({"/email", "is not an e-mail address"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(std::string hash, security::HashPassword(password, env.argon2));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(id));
  domain::User user;
  user.email = email;
  user.display_name = patient.given_name + " " + patient.family_name;
  user.role = domain::Role::kPatient;
  user.patient_id = id;
  user.password_hash = hash;
  NP_ASSIGN_OR_RETURN(domain::User created, tx->users().Create(user));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("patient.portal_account.create", "user", created.id.ToString(), id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return created;
}

}  // namespace needlepoint::app
