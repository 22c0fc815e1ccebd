// Consent (session-day contract, "Consent"): the clinic's versioned consent texts per kind
// (treatment, photography) and patients' signatures on them. The owner publishes a new
// version; a signature stores the SHA-256 of the exact text signed, the typed name, the time
// and who recorded it (staff, or the patient's own portal account). A signature counts as
// current only while its text is the kind's newest version: a new version needs a new
// signature. Texts are clinic documents (no patient data); signatures are patient data, and
// every read or write of them leaves one audit row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/consent.h"

namespace needlepoint::app {

// Every version of the clinic's consent texts, by kind, then version. Anyone of the clinic.
base::Result<std::vector<domain::ConsentText>> ListConsentTexts(AppEnv& env,
                                                                RequestContext& context);

struct NewConsentText {
  domain::ConsentKind kind = domain::ConsentKind::kTreatment;
  std::string title;  // empty: "Treatment consent" / "Photography consent"
  std::string text;
};

// Owner: publishes `text` as the kind's next version (its SHA-256 stored with it); earlier
// signatures of the kind stop being current. Field problems at /text and /title.
base::Result<domain::ConsentText> PublishConsentText(AppEnv& env, RequestContext& context,
                                                     const NewConsentText& text);

struct ConsentSigning {
  domain::ConsentKind kind = domain::ConsentKind::kTreatment;
  base::ConsentTextId text_id;
  std::string typed_name;
  std::optional<base::AppointmentId> appointment_id;
  // Signed at a treatment session (the session-day contract): the signature names the
  // session's appointment, which is also its day's session.
  std::optional<base::SessionId> session_id;
};

// Records `patient`'s signature on the text `signing.text_id`, which must be the newest
// version of `signing.kind` (kConflict names the current version otherwise; kInvalidArgument
// at /text_id for a text of another kind or none, at /appointment_id for an appointment that
// is not the patient's, at /typed_name for an empty or over-long name). Staff record it for
// any patient of the clinic; a portal account only for its own patient.
base::Result<domain::ConsentSignature> SignConsent(AppEnv& env, RequestContext& context,
                                                   base::PatientId patient,
                                                   const ConsentSigning& signing);

struct PatientConsents {
  std::vector<domain::ConsentSignature> signatures;  // oldest first
  std::vector<bool> current;  // per signature: its text is still the kind's newest version
  bool treatment_current = false;
  bool photography_current = false;
};

// A patient's signatures, each marked current or not. Staff, or the patient's own account.
base::Result<PatientConsents> ListConsents(AppEnv& env, RequestContext& context,
                                           base::PatientId patient);

// Whether `patient` has signed the newest version of `kind`, in `tx` (for use cases that
// require consent: photo uploads, a session's start).
base::Result<bool> HasCurrentConsent(storage::Transaction& tx, base::PatientId patient,
                                     domain::ConsentKind kind);

}  // namespace needlepoint::app
