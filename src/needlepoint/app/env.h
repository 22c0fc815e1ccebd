// What every use case runs against: the database, the clock, the clinic protocols and the
// password settings. Built once by the server (or a test) and shared by all requests.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "needlepoint/app/photo_store.h"
#include "needlepoint/app/rate_limiter.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/imaging/photo_engine.h"
#include "needlepoint/protocol/protocol.h"
#include "needlepoint/security/password.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

// Each clinic's active protocol, parsed once per uploaded version. Thread-safe.
class ProtocolCache {
 public:
  // The active protocol of the transaction's clinic: its newest upload, or the built-in one.
  base::Result<std::shared_ptr<const protocol::Protocol>> Active(storage::Transaction& tx);
  // The protocol `ref` names, active or not (a stored plan is judged by the version that made
  // it): the built-in one, or one of the clinic's uploads. kFailedPrecondition if the clinic
  // has no such version (e.g. a plan made by a built-in version this binary no longer ships).
  base::Result<std::shared_ptr<const protocol::Protocol>> ForRef(storage::Transaction& tx,
                                                                 const domain::ProtocolRef& ref);

 private:
  // `stored`, parsed once per clinic and upload.
  base::Result<std::shared_ptr<const protocol::Protocol>> Parsed(
      base::ClinicId clinic, const domain::StoredProtocol& stored);

  std::mutex mutex_;
  std::map<std::pair<base::ClinicId, int64_t>, std::shared_ptr<const protocol::Protocol>> parsed_;
};

struct AppEnv {
  storage::Database& db;
  const base::Clock& clock;
  ProtocolCache& protocols;
  security::Argon2Params argon2 = security::DefaultArgon2Params();
  // The 32-byte key that seals a clinic's SMTP relay password (security/seal.h), derived from
  // the audit key file by MailSealKey (mail_settings.h); empty: no password can be stored.
  std::string seal_key;
  // The public booking form's limit per client address (rate_limiter.h).
  std::shared_ptr<AddressRateLimiter> public_form_limit = std::make_shared<AddressRateLimiter>();
  // Photos: the engine that sanitizes, measures and compares them (the server passes the
  // OpenCV one; app never sees OpenCV), and the directory their files are kept in. Null in a
  // process that handles no photo (the command line): photo functions then answer
  // kUnavailable (RequirePhotoTools).
  const imaging::PhotoEngine* photo_engine = nullptr;
  PhotoStore* photo_store = nullptr;
};

// OK if `env` has a photo engine and store; kUnavailable otherwise.
base::Status RequirePhotoTools(const AppEnv& env);

// Today's date in the transaction's clinic (its time zone; UTC if the zone is unknown).
base::Result<base::CivilDate> ClinicToday(const AppEnv& env, storage::Transaction& tx);

}  // namespace needlepoint::app
