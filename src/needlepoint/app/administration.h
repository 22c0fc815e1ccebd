// Running the clinic: its settings, its staff accounts, its clinical protocol versions and
// its audit log. Every change here is a security event with an audit row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/accounts.h"
#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/repositories.h"

namespace needlepoint::app {

// ---- Clinic settings
base::Result<domain::Clinic> GetClinic(AppEnv& env, RequestContext& context);
struct ClinicChanges {
  std::optional<std::string> name;
  std::optional<std::string> time_zone;  // an IANA name
  std::optional<std::string> slug;       // the login name (SlugProblem in fields.h)
  // What patients call ("call the clinic now"): up to 40 of + 0-9 space ( ) - . ; "" clears.
  std::optional<std::string> phone;
};
// kInvalidArgument at /name, /time_zone, /slug or /phone; kConflict if another clinic has the slug.
// Sessions keep working after a rename (they name the clinic by id); logins use the new name.
base::Result<domain::Clinic> UpdateClinic(AppEnv& env, RequestContext& context,
                                          const ClinicChanges& changes);

// ---- Staff
base::Result<std::vector<domain::User>> ListStaff(AppEnv& env, RequestContext& context);
struct NewStaff {
  std::string email;
  std::string display_name;
  domain::Role role = domain::Role::kProvider;  // never kPatient
  std::string title;
};
struct InvitedUser {
  domain::User user;
  PasswordLink link;  // shown once to the inviter; the person sets their own password with it
};
// Creates the account without a password, as an invitation (accounts.h). kConflict if the
// e-mail is taken in the clinic.
base::Result<InvitedUser> CreateStaff(AppEnv& env, RequestContext& context, const NewStaff& staff);
struct StaffChanges {
  std::optional<std::string> display_name;
  std::optional<domain::Role> role;
  std::optional<std::string> title;
  std::optional<bool> active;
};
// A new role or a deactivation ends the user's sessions. kFailedPrecondition if it would
// demote or deactivate the clinic's last owner who can log in (whoever asks).
base::Result<domain::User> UpdateStaff(AppEnv& env, RequestContext& context, base::UserId id,
                                       const StaffChanges& changes);

// ---- Protocol
struct ActiveProtocol {
  domain::ProtocolRef ref;
  std::string toml;
  bool built_in = true;
};
base::Result<ActiveProtocol> GetProtocol(AppEnv& env, RequestContext& context);
// Validates `toml` with the protocol loader (every problem with its line) and stores it as the
// clinic's active protocol. kConflict if this name and version were uploaded before.
base::Result<ActiveProtocol> UploadProtocol(AppEnv& env, RequestContext& context,
                                            const std::string& toml);

// ---- Audit
base::Result<std::vector<domain::AuditRecord>> ListAudit(AppEnv& env, RequestContext& context,
                                                         const storage::AuditQuery& query);
// Verifies every clinic's chain (for `needlepoint audit verify`), and with `witness` also
// that no chain ends before, or differs at, a row the witness recorded, and that no
// witnessed clinic is gone (storage/audit_witness.h).
struct ClinicChainReport {
  base::ClinicId clinic;
  storage::ChainReport report;
};
base::Result<std::vector<ClinicChainReport>> VerifyAuditChains(
    storage::Database& db, const storage::AuditKey& key,
    const storage::WitnessLog* witness = nullptr);

}  // namespace needlepoint::app
