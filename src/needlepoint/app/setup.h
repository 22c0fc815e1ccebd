// First start: an empty database gets a demo clinic — staff, patients, plans and a year of
// appointments — and an owner login whose generated password is shown once. There are no
// default credentials.
#pragma once

#include <optional>
#include <string>

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

}  // namespace needlepoint::app
