// Consent: a clinic's versioned consent texts (treatment, photography) and patients'
// signatures on them. A signature stores the SHA-256 of the exact text signed, the signer's
// typed name, the time, who recorded it and, when it was given at one visit or treatment
// session, that appointment; a signature covers the patient for its kind until the clinic
// publishes a new version, which needs a new signature.
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
// highest is current. A clinic has no text of a kind until its owner publishes one.
struct ConsentText {
  base::ClinicId clinic_id;
  base::ConsentTextId id;
  ConsentKind kind = ConsentKind::kTreatment;
  int version = 1;
  std::string title;
  std::string body;
  std::string sha256;  // lower-case hex of `body`
  base::UserId created_by;
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
  std::optional<base::AppointmentId> appointment_id;  // the visit or session it was given at
  base::UserId recorded_by;  // the patient's portal account, or the staff member present
  bool by_patient = false;   // recorded by the patient's own portal account
  base::Timestamp signed_at;
};

}  // namespace needlepoint::domain
