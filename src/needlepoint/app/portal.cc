#include "needlepoint/app/portal.h"

#include "needlepoint/app/fields.h"

namespace needlepoint::app {
namespace {

bool MayInvite(const Principal& principal) {
  return principal.role == domain::Role::kOwner || principal.role == domain::Role::kProvider;
}

base::Status EmailTaken() {
  return base::Conflict("another account of the clinic has this e-mail");
}

}  // namespace

base::Result<PortalInvitation> InvitePortalAccount(AppEnv& env, RequestContext& context,
                                                   base::PatientId patient_id,
                                                   const std::optional<std::string>& email) {
  if (!MayInvite(context.principal)) {
    return base::Fail(
        base::PermissionDenied("only an owner or a provider may invite a patient to the portal"));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(patient_id));
  if (patient.merged_into) {
    return base::Fail(base::FailedPrecondition("this record was merged into patient " +
                                               patient.merged_into->ToString() +
                                               "; invite the patient from that record"));
  }
  const std::string address = Trimmed(email.value_or(patient.email));
  if (address.empty()) {
    return base::Fail(base::Status::Invalid(
        {{"/email", "is required: the patient's record has no e-mail address"}}));
  }
  if (!IsEmailAddress(address)) {
    return base::Fail(base::Status::Invalid({{"/email", "is not an e-mail address"}}));
  }
  PortalInvitation invitation;
  base::Result<domain::User> existing = tx->users().FindPortalAccount(patient_id);
  if (existing) {
    domain::User account = *existing;
    account.email = address;
    account.display_name = patient.given_name + " " + patient.family_name;
    account.active = true;
    account.password_hash = std::string(domain::kNoPassword);
    base::Result<domain::User> updated = tx->users().Update(account);
    if (!updated && updated.error().code() == base::StatusCode::kConflict) {
      return base::Fail(EmailTaken());
    }
    NP_RETURN_IF_ERROR(updated);
    NP_RETURN_IF_ERROR(tx->sessions().DeleteForUser(account.id));
    invitation.account = *updated;
  } else if (existing.error().code() == base::StatusCode::kNotFound) {
    domain::User account;
    account.email = address;
    account.display_name = patient.given_name + " " + patient.family_name;
    account.role = domain::Role::kPatient;
    account.patient_id = patient_id;
    account.password_hash = std::string(domain::kNoPassword);
    base::Result<domain::User> created = tx->users().Create(account);
    if (!created && created.error().code() == base::StatusCode::kConflict) {
      return base::Fail(EmailTaken());
    }
    NP_RETURN_IF_ERROR(created);
    invitation.account = *created;
    invitation.created = true;
  } else {
    return base::Fail(existing.error());
  }
  NP_ASSIGN_OR_RETURN(invitation.link, IssuePasswordLink(*tx, env.clock, invitation.account.id,
                                                         domain::PasswordTokenPurpose::kInvitation,
                                                         context.principal.user));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      invitation.created ? "patient.portal_account.create" : "patient.portal_account.reissue",
      "user", invitation.account.id.ToString(), patient_id, domain::AuditOutcome::kSuccess,
      invitation.created ? "invited" : "invitation re-issued: password cleared, sessions ended")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return invitation;
}

base::Result<std::vector<domain::User>> ListPortalAccounts(AppEnv& env, RequestContext& context) {
  using List = std::vector<domain::User>;
  base::Result<List> accounts = [&]() -> base::Result<List> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    return tx->users().ListPortalAccounts();
  }();
  std::string patients;
  if (accounts) {
    for (const domain::User& account : *accounts) {
      patients += (patients.empty() ? "" : ",") + account.patient_id->ToString();
    }
  }
  context.read_audit.push_back(context.Audit(
      "portal_account.list", "user", "", {},
      accounts ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed,
      accounts ? std::to_string(accounts->size()) + " accounts of patients: " + patients
               : "failed"));
  return accounts;
}

base::Result<domain::User> RevokePortalAccount(AppEnv& env, RequestContext& context,
                                               base::UserId id) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::User account, tx->users().Get(id));
  if (!account.patient_id) return base::Fail(base::NotFound("portal account not found"));
  account.active = false;
  NP_ASSIGN_OR_RETURN(account, tx->users().Update(account));
  NP_RETURN_IF_ERROR(tx->sessions().DeleteForUser(id));
  NP_RETURN_IF_ERROR(tx->password_tokens().DeleteForUser(id));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("portal_account.revoke", "user", id.ToString(), account.patient_id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return account;
}

}  // namespace needlepoint::app
