#include "needlepoint/app/setup.h"

#include "needlepoint/app/demo_data.h"
#include "needlepoint/app/fields.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/security/token.h"

namespace needlepoint::app {
namespace {

// An audit row for something the command line did (there is no user or request).
domain::AuditEntry OperatorEntry(std::string action, std::string object_type, std::string object_id,
                                 std::string detail = {}) {
  domain::AuditEntry entry;
  entry.action = std::move(action);
  entry.object_type = std::move(object_type);
  entry.object_id = std::move(object_id);
  entry.request_id = "cli";
  entry.detail = std::move(detail);
  return entry;
}

}  // namespace

base::Result<std::optional<OwnerLogin>> EnsureDemoClinic(AppEnv& env, int patients) {
  NP_ASSIGN_OR_RETURN(std::vector<base::ClinicId> clinics, env.db.ListClinics());
  if (!clinics.empty()) return std::optional<OwnerLogin>();

  DemoDataOptions options;
  options.clinics = 1;
  options.patients_per_clinic = patients;
  options.slug_prefix = "demo";
  options.first_day = base::Today(env.clock, base::TimeZone::Utc()).AddDays(-180);
  NP_RETURN_IF_ERROR(GenerateDemoData(env.db, *protocol::DefaultProtocol(), env.clock, options));
  NP_ASSIGN_OR_RETURN(base::ClinicId clinic, env.db.FindClinic("demo-1"));

  OwnerLogin login;
  login.clinic = "demo-1";
  login.email = "owner@demo.clinic";
  login.password = security::RandomHex(10);  // 80 random bits, shown once
  NP_ASSIGN_OR_RETURN(std::string hash, security::HashPassword(login.password, env.argon2));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(clinic, storage::Access::kWrite));
  domain::User owner;
  owner.email = login.email;
  owner.display_name = "Demo Owner";
  owner.role = domain::Role::kOwner;
  owner.password_hash = hash;
  NP_ASSIGN_OR_RETURN(owner, tx->users().Create(owner));
  NP_RETURN_IF_ERROR(
      tx->audit().Append(OperatorEntry("setup.owner_created", "user", owner.id.ToString())));
  NP_RETURN_IF_ERROR(tx->Commit());
  return std::optional<OwnerLogin>(login);
}

std::vector<base::FieldProblem> SetupProblems(const ClinicSetup& setup) {
  std::vector<base::FieldProblem> problems;
  if (const std::string problem = SlugProblem(setup.slug); !problem.empty()) {
    problems.push_back({"/slug", problem});
  }
  auto name = [&](const std::string& value, const char* path) {
    if (Trimmed(value).empty() || value.size() > 200) {
      problems.push_back({path, "must be 1 to 200 bytes, not only spaces"});
    }
  };
  name(setup.name, "/name");
  if (!base::TimeZone::Load(setup.time_zone)) {
    problems.push_back({"/time_zone", "is not an IANA time zone such as Europe/London"});
  }
  if (!IsEmailAddress(setup.owner_email)) {
    problems.push_back({"/owner_email", "is not an e-mail address"});
  }
  name(setup.owner_name, "/owner_name");
  return problems;
}

base::Result<InitializedClinic> InitClinic(AppEnv& env, const ClinicSetup& setup,
                                           const std::optional<std::string>& password) {
  std::vector<base::FieldProblem> problems = SetupProblems(setup);
  if (password) {
    std::vector<base::FieldProblem> weak =
        security::PasswordProblems(*password, setup.owner_email, "/password");
    problems.insert(problems.end(), weak.begin(), weak.end());
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(std::vector<base::ClinicId> clinics, env.db.ListClinics());
  if (!clinics.empty()) {
    return base::Fail(base::FailedPrecondition(
        "the database already holds " + std::to_string(clinics.size()) +
        (clinics.size() == 1 ? " clinic" : " clinics") +
        "; `needlepoint init` only sets up an empty database, and changed nothing"));
  }
  std::optional<std::string> hash;
  if (password) {
    NP_ASSIGN_OR_RETURN(hash, security::HashPassword(*password, env.argon2));
  }
  InitializedClinic result;
  NP_ASSIGN_OR_RETURN(result.clinic,
                      env.db.CreateClinic({setup.slug, Trimmed(setup.name), setup.time_zone}));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(result.clinic.id, storage::Access::kWrite));
  domain::User owner;
  owner.email = setup.owner_email;
  owner.display_name = Trimmed(setup.owner_name);
  owner.role = domain::Role::kOwner;
  owner.password_hash = hash.value_or(std::string(domain::kNoPassword));
  NP_ASSIGN_OR_RETURN(result.owner, tx->users().Create(owner));
  if (!hash) {
    NP_ASSIGN_OR_RETURN(result.link,
                        IssuePasswordLink(*tx, env.clock, result.owner.id,
                                          domain::PasswordTokenPurpose::kInvitation, {}));
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(OperatorEntry(
      "setup.clinic_created", "clinic", result.clinic.id.ToString(), "needlepoint init")));
  NP_RETURN_IF_ERROR(
      tx->audit().Append(OperatorEntry("setup.owner_created", "user", result.owner.id.ToString(),
                                       hash ? "password set at the terminal" : "invited")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return result;
}

base::Result<PasswordLink> ResetPasswordFromServer(AppEnv& env, std::string_view slug,
                                                   std::string_view email) {
  NP_ASSIGN_OR_RETURN(base::ClinicId clinic, env.db.FindClinic(slug));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(clinic, storage::Access::kWrite));
  base::Result<domain::User> user = tx->users().FindByEmail(email);
  if (!user && user.error().code() == base::StatusCode::kNotFound) {
    return base::Fail(base::NotFound("the clinic has no account with this e-mail"));
  }
  NP_RETURN_IF_ERROR(user);
  if (!user->active) {
    return base::Fail(base::FailedPrecondition("the account is deactivated"));
  }
  user->password_hash = std::string(domain::kNoPassword);
  NP_RETURN_IF_ERROR(tx->users().Update(*user));
  NP_RETURN_IF_ERROR(tx->sessions().DeleteForUser(user->id));
  NP_ASSIGN_OR_RETURN(
      PasswordLink link,
      IssuePasswordLink(*tx, env.clock, user->id, domain::PasswordTokenPurpose::kReset, {}));
  domain::AuditEntry entry = OperatorEntry(
      "account.password_reset", "user", user->id.ToString(),
      "by the operator (needlepoint reset-password): password cleared, sessions ended");
  entry.patient_id = user->patient_id;
  NP_RETURN_IF_ERROR(tx->audit().Append(entry));
  NP_RETURN_IF_ERROR(tx->Commit());
  return link;
}

}  // namespace needlepoint::app
