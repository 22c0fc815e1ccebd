// Setting a database up: `needlepoint init` creates a real clinic and its owner on an empty
// database; `make run` (`serve` on an empty database) creates the demo clinic instead —
// invented staff, patients, plans and a year of appointments — for evaluation, with an owner
// login whose generated password is shown once. There are no default credentials. The
// operator's `needlepoint reset-password` recovers an account from the server.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/app/accounts.h"
#include "needlepoint/app/env.h"

namespace needlepoint::app {

struct OwnerLogin {
  std::string clinic;  // login name of the clinic
  std::string email;
  std::string password;  // generated; stored only as its Argon2id hash
};

// If the database holds no clinic, creates the demo clinic with `patients` patients and returns
// its owner login; otherwise returns nullopt and changes nothing.
base::Result<std::optional<OwnerLogin>> EnsureDemoClinic(AppEnv& env, int patients = 60);

struct ClinicSetup {
  std::string slug;       // login name (SlugProblem in fields.h)
  std::string name;       // display name
  std::string time_zone;  // IANA name
  std::string owner_email;
  std::string owner_name;
};

// Every problem of `setup`, at /slug, /name, /time_zone, /owner_email and /owner_name.
std::vector<base::FieldProblem> SetupProblems(const ClinicSetup& setup);

struct InitializedClinic {
  domain::Clinic clinic;
  domain::User owner;
  std::optional<PasswordLink> link;  // when the owner was invited rather than given a password
};

// Creates the clinic of `setup` and its owner on a database that holds no clinic yet. The
// owner's password is `password`, or, without one, the owner is invited: the returned link
// sets it. kFailedPrecondition if the database already holds a clinic (nothing is changed);
// kInvalidArgument for problems of `setup` or a password the policy refuses.
base::Result<InitializedClinic> InitClinic(AppEnv& env, const ClinicSetup& setup,
                                           const std::optional<std::string>& password);

// For the operator on the server (`needlepoint reset-password`), e.g. when a clinic's only
// owner lost their password: a reset link for account `email` of clinic `slug`; its password
// stops working and its sessions end. kNotFound for an unknown clinic or account;
// kFailedPrecondition for a deactivated account.
base::Result<PasswordLink> ResetPasswordFromServer(AppEnv& env, std::string_view slug,
                                                   std::string_view email);

}  // namespace needlepoint::app
