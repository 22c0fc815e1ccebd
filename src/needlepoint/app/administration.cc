#include "needlepoint/app/administration.h"

#include <algorithm>

#include "needlepoint/app/fields.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::app {
namespace {

std::string NameProblem(const std::string& value) {
  return value.empty() || value.size() > 200 ? "must be 1 to 200 bytes" : "";
}

// The ids of every record merged into `patient`, directly or through other merged records.
base::Result<std::vector<base::PatientId>> MergedClosure(storage::Transaction& tx,
                                                         base::PatientId patient) {
  constexpr size_t kMaxMerged = 1000;
  std::vector<base::PatientId> found;
  std::vector<base::PatientId> pending = {patient};
  while (!pending.empty() && found.size() < kMaxMerged) {
    const base::PatientId next = pending.back();
    pending.pop_back();
    NP_ASSIGN_OR_RETURN(std::vector<base::PatientId> merged, tx.patients().ListMergedInto(next));
    for (base::PatientId id : merged) {
      if (id == patient || std::find(found.begin(), found.end(), id) != found.end()) continue;
      found.push_back(id);
      pending.push_back(id);
    }
  }
  return found;
}

}  // namespace

base::Result<domain::Clinic> GetClinic(AppEnv& env, RequestContext& context) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kRead));
  return tx->clinic_settings().Get();
}

base::Result<domain::Clinic> UpdateClinic(AppEnv& env, RequestContext& context,
                                          const ClinicChanges& changes) {
  std::vector<base::FieldProblem> problems;
  if (changes.name && !NameProblem(*changes.name).empty()) {
    problems.push_back({"/name", NameProblem(*changes.name)});
  }
  if (changes.time_zone && !base::TimeZone::Load(*changes.time_zone)) {
    problems.push_back({"/time_zone", "is not an IANA time zone such as Europe/London"});
  }
  if (changes.slug && !SlugProblem(*changes.slug).empty()) {
    problems.push_back({"/slug", SlugProblem(*changes.slug)});
  }
  if (changes.phone &&
      (changes.phone->size() > 40 ||
       changes.phone->find_first_not_of("+0123456789 ()-.") != std::string::npos)) {
    problems.push_back({"/phone", "must be at most 40 of: digits, spaces, + ( ) - ."});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic, tx->clinic_settings().Get());
  std::string detail;
  if (changes.slug && *changes.slug != clinic.slug) {
    detail = "login name " + clinic.slug + " -> " + *changes.slug;
    clinic.slug = *changes.slug;
  }
  if (changes.name) clinic.name = *changes.name;
  if (changes.time_zone) clinic.time_zone = *changes.time_zone;
  if (changes.phone) clinic.phone = Trimmed(*changes.phone);
  base::Result<domain::Clinic> updated = tx->clinic_settings().Update(clinic);
  if (!updated && updated.error().code() == base::StatusCode::kConflict) {
    return base::Fail(base::Conflict("another clinic already has the login name " + clinic.slug));
  }
  NP_RETURN_IF_ERROR(updated);
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("clinic.update", "clinic", clinic.id.ToString(), {},
                                       domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return *updated;
}

base::Result<std::vector<domain::User>> ListStaff(AppEnv& env, RequestContext& context) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kRead));
  return tx->users().ListStaff();
}

base::Result<InvitedUser> CreateStaff(AppEnv& env, RequestContext& context, const NewStaff& staff) {
  std::vector<base::FieldProblem> problems;
  if (!IsEmailAddress(staff.email)) {
    problems.push_back({"/email", "is not an e-mail address"});
  }
  if (!NameProblem(staff.display_name).empty()) {
    problems.push_back({"/display_name", NameProblem(staff.display_name)});
  }
  if (staff.role == domain::Role::kPatient) {
    problems.push_back({"/role", "patients get portal accounts from their patient record"});
  }
  if (staff.title.size() > 100) problems.push_back({"/title", "must be at most 100 bytes"});
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  domain::User user;
  user.email = staff.email;
  user.display_name = staff.display_name;
  user.role = staff.role;
  user.title = staff.title;
  user.password_hash = std::string(domain::kNoPassword);
  base::Result<domain::User> created = tx->users().Create(user);
  if (!created && created.error().code() == base::StatusCode::kConflict) {
    return base::Fail(base::Conflict("the clinic already has an account with this e-mail"));
  }
  NP_RETURN_IF_ERROR(created);
  NP_ASSIGN_OR_RETURN(
      PasswordLink link,
      IssuePasswordLink(*tx, env.clock, created->id, domain::PasswordTokenPurpose::kInvitation,
                        context.principal.user));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "staff.create", "user", created->id.ToString(), {}, domain::AuditOutcome::kSuccess,
      "role " + std::string(domain::CodeName(created->role)) + ", invited")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return InvitedUser{*created, std::move(link)};
}

base::Result<domain::User> UpdateStaff(AppEnv& env, RequestContext& context, base::UserId id,
                                       const StaffChanges& changes) {
  std::vector<base::FieldProblem> problems;
  if (changes.display_name && !NameProblem(*changes.display_name).empty()) {
    problems.push_back({"/display_name", NameProblem(*changes.display_name)});
  }
  if (changes.role == domain::Role::kPatient) {
    problems.push_back({"/role", "staff cannot become patient accounts"});
  }
  if (changes.title && changes.title->size() > 100) {
    problems.push_back({"/title", "must be at most 100 bytes"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));

  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  // Decided on the staff as they are once no other change to them can run (two owners
  // demoting themselves at once: the second sees the first's change and is refused).
  NP_RETURN_IF_ERROR(tx->users().LockStaff());
  NP_ASSIGN_OR_RETURN(domain::User user, tx->users().Get(id));
  if (user.role == domain::Role::kPatient) return base::Fail(base::NotFound("user not found"));
  NP_ASSIGN_OR_RETURN(std::vector<domain::User> staff, tx->users().ListStaff());
  const bool last_owner = IsLastOwnerWhoCanLogIn(user, staff);
  std::string detail;
  bool ends_sessions = false;  // a new role or a deactivation
  auto note = [&](const std::string& what) { detail += (detail.empty() ? "" : "; ") + what; };
  if (changes.display_name) user.display_name = *changes.display_name;
  if (changes.title) user.title = *changes.title;
  if (changes.role && *changes.role != user.role) {
    note("role " + std::string(domain::CodeName(user.role)) + " -> " +
         std::string(domain::CodeName(*changes.role)));
    user.role = *changes.role;
    ends_sessions = true;
  }
  if (changes.active && *changes.active != user.active) {
    note(*changes.active ? "reactivated" : "deactivated");
    user.active = *changes.active;
    ends_sessions = ends_sessions || !user.active;
  }
  // The clinic must keep an owner who can log in, whoever asks (the owner themselves too).
  if (last_owner && (user.role != domain::Role::kOwner || !user.active)) {
    return base::Fail(base::FailedPrecondition(
        "this is the clinic's last owner who can log in: it cannot be demoted or deactivated; "
        "make another staff member an owner (who has set a password) first"));
  }
  NP_ASSIGN_OR_RETURN(domain::User updated, tx->users().Update(user));
  if (ends_sessions) NP_RETURN_IF_ERROR(tx->sessions().DeleteForUser(id));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit("staff.update", "user", id.ToString(), {},
                                                      domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return updated;
}

base::Result<ActiveProtocol> GetProtocol(AppEnv& env, RequestContext& context) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kRead));
  base::Result<domain::StoredProtocol> stored = tx->protocols().Active();
  if (stored) return ActiveProtocol{{stored->name, stored->version}, stored->toml, false};
  if (stored.error().code() != base::StatusCode::kNotFound) return base::Fail(stored.error());
  return ActiveProtocol{protocol::DefaultProtocol()->ref,
                        std::string(protocol::DefaultProtocolText()), true};
}

base::Result<ActiveProtocol> UploadProtocol(AppEnv& env, RequestContext& context,
                                            const std::string& toml) {
  NP_ASSIGN_OR_RETURN(protocol::Protocol loaded, protocol::LoadProtocol(toml, "protocol.toml"));
  if (loaded.ref == protocol::DefaultProtocol()->ref) {
    return base::Fail(base::Status::Invalid(
        {{"protocol.toml", "give the clinic's protocol its own name or version; " +
                               loaded.ref.name + " " + loaded.ref.version +
                               " is the built-in one"}}));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  domain::StoredProtocol stored;
  stored.name = loaded.ref.name;
  stored.version = loaded.ref.version;
  stored.toml = toml;
  stored.uploaded_by = context.principal.user;
  base::Result<domain::StoredProtocol> added = tx->protocols().Add(stored);
  if (!added && added.error().code() == base::StatusCode::kConflict) {
    return base::Fail(base::Conflict("protocol " + loaded.ref.name + " " + loaded.ref.version +
                                     " was uploaded before; versions are immutable"));
  }
  NP_RETURN_IF_ERROR(added);
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "protocol.upload", "protocol", loaded.ref.name + " " + loaded.ref.version, {})));
  NP_RETURN_IF_ERROR(tx->Commit());
  return ActiveProtocol{loaded.ref, toml, false};
}

base::Result<std::vector<domain::AuditRecord>> ListAudit(AppEnv& env, RequestContext& context,
                                                         const storage::AuditQuery& query) {
  using List = std::vector<domain::AuditRecord>;
  base::Result<List> rows = [&]() -> base::Result<List> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    storage::AuditQuery effective = query;
    if (query.patient_id) {
      // A patient's history includes the records merged into theirs: the rows stay as they
      // were written (the log is append-only); the search follows the merges.
      NP_ASSIGN_OR_RETURN(effective.merged_patients, MergedClosure(*tx, *query.patient_id));
    }
    return tx->audit().List(effective);
  }();
  context.read_audit.push_back(
      context.Audit("audit.read", "audit", "", query.patient_id,
                    rows ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed,
                    rows ? std::to_string(rows->size()) + " rows" : "failed"));
  return rows;
}

base::Result<std::vector<ClinicChainReport>> VerifyAuditChains(storage::Database& db,
                                                               const storage::AuditKey& key,
                                                               const storage::WitnessLog* witness) {
  std::vector<ClinicChainReport> reports;
  NP_ASSIGN_OR_RETURN(std::vector<base::ClinicId> clinics, db.ListClinics());
  for (base::ClinicId clinic : clinics) {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        db.Begin(clinic, storage::Access::kRead));
    std::vector<domain::AuditRecord> rows;
    for (int64_t after = 0;;) {
      NP_ASSIGN_OR_RETURN(std::vector<domain::AuditRecord> page,
                          tx->audit().List({.after_seq = after, .limit = 10000}));
      if (page.empty()) break;
      after = page.back().seq;
      rows.insert(rows.end(), std::make_move_iterator(page.begin()),
                  std::make_move_iterator(page.end()));
    }
    base::Result<std::pair<int64_t, std::string>> head = tx->audit().Head();
    if (!head && head.error().code() != base::StatusCode::kNotFound) {
      return base::Fail(head.error());
    }
    storage::ChainReport report;
    if (!head) {  // the chain's head is gone: only someone with the database removes it
      report = {static_cast<int64_t>(rows.size()), false, 1, "the chain's head is missing"};
    } else {
      report = storage::VerifyChain(key, rows, head->first, head->second);
    }
    if (report.ok && witness != nullptr) {
      if (auto it = witness->heads.find(clinic); it != witness->heads.end()) {
        report = storage::CheckAgainstWitness(rows, it->second);
      }
    }
    reports.push_back({clinic, std::move(report)});
  }
  if (witness != nullptr) {
    // A witnessed clinic the database no longer lists: its whole chain is gone.
    for (const auto& [clinic, heads] : witness->heads) {
      if (std::find(clinics.begin(), clinics.end(), clinic) != clinics.end()) continue;
      const int64_t last = heads.empty() ? 0 : heads.rbegin()->first;
      reports.push_back({clinic,
                         {0, false, 1,
                          "the witness recorded this clinic's chain up to row " +
                              std::to_string(last) + " but the database has no such clinic"}});
    }
  }
  return reports;
}

}  // namespace needlepoint::app
