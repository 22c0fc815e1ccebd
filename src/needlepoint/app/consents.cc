#include "needlepoint/app/consents.h"

#include <map>

#include "needlepoint/app/fields.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/security/token.h"

namespace needlepoint::app {
namespace {

using domain::ConsentKind;

constexpr size_t kMaxTypedNameBytes = 200;

std::string DefaultTitle(ConsentKind kind) {
  return kind == ConsentKind::kTreatment ? "Treatment consent" : "Photography consent";
}

base::Status NotFoundPatient() { return base::NotFound("patient not found"); }

}  // namespace

base::Result<std::vector<domain::ConsentText>> ListConsentTexts(AppEnv& env,
                                                                RequestContext& context) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kRead));
  return tx->consents().ListTexts();
}

base::Result<domain::ConsentText> PublishConsentText(AppEnv& env, RequestContext& context,
                                                     const NewConsentText& given) {
  if (context.principal.role != domain::Role::kOwner) {
    return base::Fail(base::PermissionDenied("only the owner publishes consent texts"));
  }
  const std::string title =
      Trimmed(given.title).empty() ? DefaultTitle(given.kind) : Trimmed(given.title);
  std::vector<base::FieldProblem> problems;
  if (Trimmed(given.text).empty()) {
    problems.push_back({"/text", "must not be empty or only spaces"});
  } else if (given.text.size() > domain::kMaxConsentBodyBytes) {
    problems.push_back({"/text", "must be at most 20000 bytes"});
  }
  if (title.size() > domain::kMaxConsentTitleBytes) {
    problems.push_back({"/title", "must be at most 200 bytes"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::ConsentText text,
                      tx->consents().AddText({.kind = given.kind,
                                              .title = title,
                                              .body = given.text,
                                              .sha256 = security::Sha256Hex(given.text),
                                              .created_by = context.principal.user}));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "consent_text.publish", "consent_text", text.id.ToString(), std::nullopt,
      domain::AuditOutcome::kSuccess,
      std::string(domain::CodeName(text.kind)) + " version " + std::to_string(text.version))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return text;
}

base::Result<bool> HasCurrentConsent(storage::Transaction& tx, base::PatientId patient,
                                     ConsentKind kind) {
  base::Result<domain::ConsentText> latest = tx.consents().LatestText(kind);
  if (!latest) {
    if (latest.error().code() == base::StatusCode::kNotFound) return false;
    return base::Fail(latest.error());
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::ConsentSignature> signatures,
                      tx.consents().ListSignatures(patient));
  for (const domain::ConsentSignature& s : signatures) {
    if (s.text_id == latest->id) return true;
  }
  return false;
}

base::Result<domain::ConsentSignature> SignConsent(AppEnv& env, RequestContext& context,
                                                   base::PatientId patient,
                                                   const ConsentSigning& signing) {
  if (!MaySee(context.principal, patient)) return base::Fail(NotFoundPatient());
  const std::string typed_name = Trimmed(signing.typed_name);
  std::vector<base::FieldProblem> problems;
  if (typed_name.empty()) {
    problems.push_back({"/typed_name", "must not be empty or only spaces"});
  } else if (typed_name.size() > kMaxTypedNameBytes) {
    problems.push_back({"/typed_name", "must be at most 200 bytes"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_RETURN_IF_ERROR(tx->patients().Get(patient));
  base::Result<domain::ConsentText> text = tx->consents().GetText(signing.text_id);
  if (!text || text->kind != signing.kind) {
    if (text || text.error().code() == base::StatusCode::kNotFound) {
      return base::Fail(base::Status::Invalid(
          {{"/text_id", "is not one of the clinic's " +
                            std::string(domain::CodeName(signing.kind)) + " consent texts"}}));
    }
    return base::Fail(text.error());
  }
  NP_ASSIGN_OR_RETURN(domain::ConsentText latest, tx->consents().LatestText(signing.kind));
  if (latest.id != text->id) {
    return base::Fail(base::Conflict(
        "version " + std::to_string(text->version) + " is no longer current: sign version " +
        std::to_string(latest.version) + " (text " + latest.id.ToString() + ")"));
  }
  std::optional<base::AppointmentId> appointment_id = signing.appointment_id;
  if (signing.session_id) {
    base::Result<domain::TreatmentSession> session =
        tx->treatment_sessions().Get(*signing.session_id);
    if (!session || session->patient_id != patient || !session->appointment_id ||
        (appointment_id && appointment_id != session->appointment_id)) {
      if (!session && session.error().code() != base::StatusCode::kNotFound) {
        return base::Fail(session.error());
      }
      return base::Fail(
          base::Status::Invalid({{"/session_id", "is not one of this patient's sessions"}}));
    }
    appointment_id = session->appointment_id;
  }
  if (appointment_id) {
    base::Result<domain::Appointment> appointment = tx->appointments().Get(*appointment_id);
    if (!appointment || appointment->patient_id != patient) {
      if (!appointment && appointment.error().code() != base::StatusCode::kNotFound) {
        return base::Fail(appointment.error());
      }
      return base::Fail(base::Status::Invalid(
          {{"/appointment_id", "is not one of this patient's appointments"}}));
    }
  }
  const bool by_patient = !IsStaff(context.principal);
  NP_ASSIGN_OR_RETURN(domain::ConsentSignature signature,
                      tx->consents().Sign({.patient_id = patient,
                                           .text_id = text->id,
                                           .kind = text->kind,
                                           .text_version = text->version,
                                           .text_sha256 = text->sha256,
                                           .typed_name = typed_name,
                                           .appointment_id = appointment_id,
                                           .recorded_by = context.principal.user,
                                           .by_patient = by_patient,
                                           .signed_at = env.clock.Now()}));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "consent.sign", "patient", patient.ToString(), patient, domain::AuditOutcome::kSuccess,
      std::string(domain::CodeName(text->kind)) + " version " + std::to_string(text->version) +
          (by_patient ? " (portal)" : ""))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return signature;
}

base::Result<PatientConsents> ListConsents(AppEnv& env, RequestContext& context,
                                           base::PatientId patient) {
  const bool allowed = MaySee(context.principal, patient);
  base::Result<PatientConsents> result = [&]() -> base::Result<PatientConsents> {
    if (!allowed) return base::Fail(NotFoundPatient());
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    PatientConsents out;
    NP_ASSIGN_OR_RETURN(out.signatures, tx->consents().ListSignatures(patient));
    std::map<ConsentKind, base::ConsentTextId> latest;
    for (ConsentKind kind : domain::AllCodes<ConsentKind>()) {
      base::Result<domain::ConsentText> text = tx->consents().LatestText(kind);
      if (text) {
        latest[kind] = text->id;
      } else if (text.error().code() != base::StatusCode::kNotFound) {
        return base::Fail(text.error());
      }
    }
    for (const domain::ConsentSignature& s : out.signatures) {
      const bool current = latest.contains(s.kind) && latest[s.kind] == s.text_id;
      out.current.push_back(current);
      if (current && s.kind == ConsentKind::kTreatment) out.treatment_current = true;
      if (current && s.kind == ConsentKind::kPhotography) out.photography_current = true;
    }
    return out;
  }();
  AuditRead(context, "consent.list", "patient", patient.ToString(), patient, result, !allowed);
  return result;
}

}  // namespace needlepoint::app
