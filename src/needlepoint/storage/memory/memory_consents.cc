// Consent texts and signatures (the twin of sql_consents.cc).
#include <algorithm>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::ConsentSignature;
using domain::ConsentText;

}  // namespace

Result<ConsentText> MemoryConsents::AddText(const ConsentText& text) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  int version = 1;
  for (const auto& [id, other] : c_.data().consent_texts) {
    if (other.kind == text.kind) version = std::max(version, other.version + 1);
  }
  const base::ConsentTextId id(c_.NextId());
  // Constraint order as in SQL: CHECK, then the foreign keys.
  if (text.body.empty() || text.sha256.size() != 64) return base::Fail(SchemaViolation());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  NP_RETURN_IF_ERROR(CheckReference(c_.data().users, text.created_by));
  ConsentText stored = text;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.version = version;
  stored.created_at = c_.Now();
  c_.Mutable().consent_texts[id] = stored;
  return stored;
}

Result<ConsentText> MemoryConsents::GetText(base::ConsentTextId id) {
  return FindRow(c_.data().consent_texts, id, "consent text");
}

Result<std::vector<ConsentText>> MemoryConsents::ListTexts() {
  std::vector<ConsentText> out;
  for (const auto& [id, text] : c_.data().consent_texts) out.push_back(text);
  std::ranges::sort(out, [](const ConsentText& a, const ConsentText& b) {
    return std::tuple(domain::CodeName(a.kind), a.version) <
           std::tuple(domain::CodeName(b.kind), b.version);
  });
  return out;
}

Result<ConsentText> MemoryConsents::LatestText(domain::ConsentKind kind) {
  const ConsentText* latest = nullptr;
  for (const auto& [id, text] : c_.data().consent_texts) {
    if (text.kind == kind && (latest == nullptr || text.version > latest->version)) latest = &text;
  }
  if (latest == nullptr) return base::Fail(base::NotFound("consent text not found"));
  return *latest;
}

Result<ConsentSignature> MemoryConsents::Sign(const ConsentSignature& signature) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::ConsentSignatureId id(c_.NextId());
  if (signature.typed_name.empty() || signature.text_sha256.size() != 64) {
    return base::Fail(SchemaViolation());
  }
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.patients, signature.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.consent_texts, signature.text_id));
  if (signature.appointment_id) {
    NP_RETURN_IF_ERROR(CheckReference(data.appointments, *signature.appointment_id));
  }
  NP_RETURN_IF_ERROR(CheckReference(data.users, signature.recorded_by));
  ConsentSignature stored = signature;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  c_.Mutable().consent_signatures[id] = stored;
  return stored;
}

Result<std::vector<ConsentSignature>> MemoryConsents::ListSignatures(base::PatientId patient) {
  std::vector<ConsentSignature> out;
  for (const auto& [id, signature] : c_.data().consent_signatures) {
    if (signature.patient_id == patient) out.push_back(signature);
  }
  std::ranges::stable_sort(out, [](const ConsentSignature& a, const ConsentSignature& b) {
    return std::tuple(a.signed_at, a.id) < std::tuple(b.signed_at, b.id);
  });
  return out;
}

}  // namespace needlepoint::storage::memory
