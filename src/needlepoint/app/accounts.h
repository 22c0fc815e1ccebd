// Accounts without chosen passwords. Nobody picks a password for someone else: a new staff or
// portal account, a password reset and the first owner of a clinic (`needlepoint init --invite`)
// all get a one-time set-password link — 256 random bits (libsodium), stored only as their
// SHA-256 like session tokens, valid for 72 hours, at most one per account (a new link voids
// the old one), shown once to whoever issued it and used once by the person it is for.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

inline constexpr std::chrono::hours kPasswordLinkLifetime{72};

// A set-password link as its issuer sees it, once.
struct PasswordLink {
  std::string token;  // "<clinic id>.<43 base64url characters>"
  base::Timestamp expires_at;
  // Where the person sets their password. The token is in the fragment, which browsers never
  // send to a server, so it appears in no request line and no log.
  std::string Path() const { return "/invite#" + token; }
};

// Issues a new link for `user` in `tx`, voiding any earlier one. `issued_by` is absent when
// the command line issues it (`needlepoint init`).
base::Result<PasswordLink> IssuePasswordLink(storage::Transaction& tx, const base::Clock& clock,
                                             base::UserId user,
                                             domain::PasswordTokenPurpose purpose,
                                             std::optional<base::UserId> issued_by);

// What accepting a link set up: the clinic (for its login name) and the account.
struct AcceptedLink {
  domain::Clinic clinic;
  domain::User user;
};

// Sets the password of the account `token` names, deletes the link and ends the account's
// sessions, with an audit row. kUnauthenticated with one message for every kind of bad link —
// malformed, unknown, replaced, expired, used, or its account deactivated — so an answer
// says nothing about which; kInvalidArgument at /password for a password the policy refuses
// (the link stays usable).
base::Result<AcceptedLink> AcceptPasswordLink(AppEnv& env, std::string_view token,
                                              std::string_view password,
                                              std::string_view request_id);

// Owner: a password reset for staff member `id` — the password stops working, their sessions
// end, any earlier link is void, and the new link is returned. kNotFound for an id that is not
// a staff account of the clinic; kFailedPrecondition for a deactivated account, and for the
// clinic's last owner who can log in (it would leave nobody able to run the clinic: use
// `needlepoint reset-password` on the server instead).
base::Result<PasswordLink> ResetStaffPassword(AppEnv& env, RequestContext& context,
                                              base::UserId id);

// Whether `user` is an owner who can log in and no other owner of `staff` can: changing them
// so that they cannot would leave the clinic without anyone able to run it.
bool IsLastOwnerWhoCanLogIn(const domain::User& user, const std::vector<domain::User>& staff);

// The message of every refused link.
inline constexpr std::string_view kInvalidLink =
    "this link is not valid: it may have expired, been used or been replaced; ask the clinic "
    "for a new one";

}  // namespace needlepoint::app
