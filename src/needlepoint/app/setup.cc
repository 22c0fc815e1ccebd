#include "needlepoint/app/setup.h"

#include "needlepoint/app/demo_data.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/security/token.h"

namespace needlepoint::app {

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
  domain::AuditEntry entry;
  entry.action = "setup.owner_created";
  entry.object_type = "user";
  entry.object_id = owner.id.ToString();
  NP_RETURN_IF_ERROR(tx->audit().Append(entry));
  NP_RETURN_IF_ERROR(tx->Commit());
  return std::optional<OwnerLogin>(login);
}

}  // namespace needlepoint::app
