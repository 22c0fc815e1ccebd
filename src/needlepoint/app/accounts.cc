#include "needlepoint/app/accounts.h"

#include <algorithm>

#include "needlepoint/security/password.h"
#include "needlepoint/security/token.h"

namespace needlepoint::app {
namespace {

base::Status InvalidLink() { return base::Unauthenticated(std::string(kInvalidLink)); }

struct LiveLink {
  domain::PasswordToken link;
  domain::User user;
};

// The link stored under `hash` and its account, if the link is live: stored, not expired,
// its account active.
base::Result<LiveLink> FindLiveLink(storage::Transaction& tx, const std::string& hash,
                                    base::Timestamp now) {
  base::Result<domain::PasswordToken> link = tx.password_tokens().Get(hash);
  if (!link) {
    if (link.error().code() == base::StatusCode::kNotFound) return base::Fail(InvalidLink());
    return base::Fail(link.error());
  }
  if (now >= link->expires_at) return base::Fail(InvalidLink());
  NP_ASSIGN_OR_RETURN(domain::User user, tx.users().Get(link->user_id));
  if (!user.active) return base::Fail(InvalidLink());
  return LiveLink{std::move(*link), std::move(user)};
}

}  // namespace

base::Result<PasswordLink> IssuePasswordLink(storage::Transaction& tx, const base::Clock& clock,
                                             base::UserId user,
                                             domain::PasswordTokenPurpose purpose,
                                             std::optional<base::UserId> issued_by) {
  const security::SessionToken token = security::NewSessionToken(tx.clinic());
  const base::Timestamp now = clock.Now();
  domain::PasswordToken stored{.clinic_id = tx.clinic(),
                               .user_id = user,
                               .token_hash = security::HashToken(token),
                               .purpose = purpose,
                               .created_by = issued_by,
                               .created_at = now,
                               .expires_at = now + kPasswordLinkLifetime};
  NP_RETURN_IF_ERROR(tx.password_tokens().Put(stored));
  return PasswordLink{token.ToString(), stored.expires_at};
}

base::Result<AcceptedLink> AcceptPasswordLink(AppEnv& env, std::string_view token,
                                              std::string_view password,
                                              std::string_view request_id) {
  const std::optional<security::SessionToken> parsed = security::ParseSessionToken(token);
  if (!parsed) return base::Fail(InvalidLink());
  const std::string hash = security::HashToken(*parsed);
  domain::User user;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(parsed->clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(LiveLink live, FindLiveLink(*tx, hash, env.clock.Now()));
    user = std::move(live.user);
  }
  std::vector<base::FieldProblem> problems =
      security::PasswordProblems(password, user.email, "/password");
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  // The slow hash runs outside any transaction; the link is consumed afterwards, so of two
  // racing uses only the first to commit sets a password.
  NP_ASSIGN_OR_RETURN(std::string password_hash, security::HashPassword(password, env.argon2));

  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(parsed->clinic, storage::Access::kWrite));
  // Checked again: meanwhile the link may have been used, replaced or have expired, and the
  // account may have been deactivated.
  NP_ASSIGN_OR_RETURN(LiveLink live, FindLiveLink(*tx, hash, env.clock.Now()));
  user = std::move(live.user);
  NP_ASSIGN_OR_RETURN(bool consumed, tx->password_tokens().Consume(hash));
  if (!consumed) return base::Fail(InvalidLink());
  user.password_hash = password_hash;
  NP_ASSIGN_OR_RETURN(user, tx->users().Update(user));
  NP_RETURN_IF_ERROR(tx->sessions().DeleteForUser(user.id));
  domain::AuditEntry entry;
  entry.user_id = user.id;
  entry.role = user.role;
  entry.action = "account.password_set";
  entry.object_type = "user";
  entry.object_id = user.id.ToString();
  entry.patient_id = user.patient_id;
  entry.request_id = std::string(request_id);
  entry.detail = live.link.purpose == domain::PasswordTokenPurpose::kInvitation
                     ? "invitation accepted"
                     : "password reset completed";
  NP_RETURN_IF_ERROR(tx->audit().Append(entry));
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic, tx->clinic_settings().Get());
  NP_RETURN_IF_ERROR(tx->Commit());
  return AcceptedLink{std::move(clinic), std::move(user)};
}

bool IsLastOwnerWhoCanLogIn(const domain::User& user, const std::vector<domain::User>& staff) {
  if (user.role != domain::Role::kOwner || !domain::CanLogIn(user)) return false;
  return std::none_of(staff.begin(), staff.end(), [&](const domain::User& other) {
    return other.id != user.id && other.role == domain::Role::kOwner && domain::CanLogIn(other);
  });
}

base::Result<PasswordLink> ResetStaffPassword(AppEnv& env, RequestContext& context,
                                              base::UserId id) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_RETURN_IF_ERROR(tx->users().LockStaff());  // as UpdateStaff does
  NP_ASSIGN_OR_RETURN(domain::User user, tx->users().Get(id));
  if (user.role == domain::Role::kPatient) return base::Fail(base::NotFound("user not found"));
  if (!user.active) {
    return base::Fail(base::FailedPrecondition(
        "the account is deactivated; reactivate it before resetting its password"));
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::User> staff, tx->users().ListStaff());
  if (IsLastOwnerWhoCanLogIn(user, staff)) {
    return base::Fail(base::FailedPrecondition(
        "this is the clinic's last owner who can log in: a reset would leave nobody able to "
        "run the clinic; add another owner first, or run `needlepoint reset-password` on the "
        "server"));
  }
  user.password_hash = std::string(domain::kNoPassword);
  NP_RETURN_IF_ERROR(tx->users().Update(user));
  NP_RETURN_IF_ERROR(tx->sessions().DeleteForUser(id));
  NP_ASSIGN_OR_RETURN(PasswordLink link,
                      IssuePasswordLink(*tx, env.clock, id, domain::PasswordTokenPurpose::kReset,
                                        context.principal.user));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit("staff.password_reset", "user", id.ToString(),
                                                      {}, domain::AuditOutcome::kSuccess,
                                                      "password cleared, sessions ended")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return link;
}

base::Result<domain::User> CurrentUser(AppEnv& env, const RequestContext& context) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kRead));
  return tx->users().Get(context.principal.user);
}

}  // namespace needlepoint::app
