// Consent: a clinic's versioned consent texts (treatment, photography) and patients'
// signatures on them. A signature stores the SHA-256 of the exact text signed, the signer's
// typed name, the time and, when it was given for one treatment session, that session; a
// signature without a session covers the patient for that kind until the clinic publishes a
// new version, which needs a new signature.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

enum class ConsentKind { kTreatment, kPhotography };
template <>
struct CodeTraits<ConsentKind> {
  static constexpr std::string_view kNoun = "consent kind";
  static constexpr std::array<std::string_view, 2> kNames = {"treatment", "photography"};
};

// The longest consent text and title, in bytes.
inline constexpr std::size_t kMaxConsentBodyBytes = 20000;
inline constexpr std::size_t kMaxConsentTitleBytes = 200;

// One version of a clinic's consent text of a kind. Versions count 1, 2, 3 … per kind; the
// highest is current. Version 1 is the built-in default until the clinic publishes its own.
struct ConsentText {
  base::ClinicId clinic_id;
  base::ConsentTextId id;
  ConsentKind kind = ConsentKind::kTreatment;
  int version = 1;
  std::string title;
  std::string body;
  std::string sha256;                      // lower-case hex of `body`
  std::optional<base::UserId> created_by;  // absent: the built-in default
  base::Timestamp created_at;
};

struct ConsentSignature {
  base::ClinicId clinic_id;
  base::ConsentSignatureId id;
  base::PatientId patient_id;
  base::ConsentTextId text_id;
  ConsentKind kind = ConsentKind::kTreatment;
  int text_version = 1;
  std::string text_sha256;
  std::string typed_name;
  std::optional<base::SessionId> session_id;  // absent: not tied to one session
  base::UserId recorded_by;  // the patient's portal account, or the staff member present
  base::Timestamp signed_at;
};

}  // namespace needlepoint::domain
