#include "needlepoint/app/env.h"

#include "needlepoint/base/time_zone.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::app {

base::Result<std::shared_ptr<const protocol::Protocol>> ProtocolCache::Active(
    storage::Transaction& tx) {
  base::Result<domain::StoredProtocol> stored = tx.protocols().Active();
  if (!stored) {
    if (stored.error().code() == base::StatusCode::kNotFound) return protocol::DefaultProtocol();
    return base::Fail(stored.error());
  }
  return Parsed(tx.clinic(), *stored);
}

base::Result<std::shared_ptr<const protocol::Protocol>> ProtocolCache::ForRef(
    storage::Transaction& tx, const domain::ProtocolRef& ref) {
  std::shared_ptr<const protocol::Protocol> built_in = protocol::DefaultProtocol();
  if (ref == built_in->ref) return built_in;
  base::Result<domain::StoredProtocol> stored = tx.protocols().Find(ref.name, ref.version);
  if (!stored) {
    if (stored.error().code() != base::StatusCode::kNotFound) return base::Fail(stored.error());
    return base::Fail(base::FailedPrecondition("the protocol " + ref.name + " " + ref.version +
                                               " that made this record is no longer available"));
  }
  return Parsed(tx.clinic(), *stored);
}

base::Result<std::shared_ptr<const protocol::Protocol>> ProtocolCache::Parsed(
    base::ClinicId clinic, const domain::StoredProtocol& stored) {
  const auto key = std::make_pair(clinic, stored.seq);
  {
    std::lock_guard lock(mutex_);
    auto it = parsed_.find(key);
    if (it != parsed_.end()) return it->second;
  }
  // Uploads were validated when stored; a failure here means the stored text was damaged.
  base::Result<protocol::Protocol> loaded =
      protocol::LoadProtocol(stored.toml, stored.name + "-" + stored.version + ".toml");
  if (!loaded) {
    return base::Fail(base::Internal("the clinic's stored protocol no longer loads: " +
                                     loaded.error().ToString()));
  }
  auto shared = std::make_shared<const protocol::Protocol>(std::move(*loaded));
  std::lock_guard lock(mutex_);
  parsed_.emplace(key, shared);
  return shared;
}

base::Result<base::CivilDate> ClinicToday(const AppEnv& env, storage::Transaction& tx) {
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic, tx.clinic_settings().Get());
  base::Result<base::TimeZone> zone = base::TimeZone::Load(clinic.time_zone);
  return base::Today(env.clock, zone ? *zone : base::TimeZone::Utc());
}

base::Status RequirePhotoTools(const AppEnv& env) {
  if (env.photo_engine == nullptr || env.photo_store == nullptr) {
    return base::Unavailable("this process handles no photos (it has no photo store)");
  }
  return base::OkStatus();
}

}  // namespace needlepoint::app
