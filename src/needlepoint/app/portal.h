// Portal accounts: a patient's own login, which shows them their record and the portal view
// of their plans. Only an owner or a provider may invite a patient (or re-issue the
// invitation), and the set-password link is shown once, to them: a front-desk user holding a
// portal credential could read the patient's plan through it (docs/SECURITY.md). A patient
// has at most one portal account. The owner lists them and may revoke one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/accounts.h"
#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"

namespace needlepoint::app {

struct PortalInvitation {
  domain::User account;
  PasswordLink link;     // shown once to the inviter, for the patient
  bool created = false;  // false: the existing account's invitation was re-issued
};

// Invites patient `patient` to the portal at `email` (default: the e-mail on their record).
// Without an account, one is created without a password. With one (active or revoked), the
// invitation is re-issued on it: it is (re)activated at `email`, its password stops working,
// its sessions end and any earlier link is void — this is also how a patient's portal
// password is reset. Either way the answer holds a new link.
// kPermissionDenied unless owner or provider; kNotFound for a missing patient;
// kInvalidArgument at /email (none given and none on record, or not an address);
// kConflict if another account of the clinic has the e-mail; kFailedPrecondition for a
// merged record.
base::Result<PortalInvitation> InvitePortalAccount(AppEnv& env, RequestContext& context,
                                                   base::PatientId patient,
                                                   const std::optional<std::string>& email);

// Owner: every portal account, active or revoked (an audited read: the accounts name
// patients).
base::Result<std::vector<domain::User>> ListPortalAccounts(AppEnv& env, RequestContext& context);

// Owner: revokes portal account `id` — deactivated, its sessions ended, its link void. The
// patient's record is untouched; inviting them again re-activates the account. kNotFound if
// `id` is not a portal account of the clinic.
base::Result<domain::User> RevokePortalAccount(AppEnv& env, RequestContext& context,
                                               base::UserId id);

}  // namespace needlepoint::app
