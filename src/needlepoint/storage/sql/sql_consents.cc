// Consent texts and signatures.
#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::ConsentKind;
using domain::ConsentSignature;
using domain::ConsentText;

constexpr std::string_view kTextColumns =
    "clinic_id, id, kind, version, title, body, sha256, created_by, created_us";

ConsentText ReadText(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::ConsentTextId>(1),
          .kind = domain::ParseCode<ConsentKind>(row.Text(2)).value_or(ConsentKind::kTreatment),
          .version = static_cast<int>(row.Int(3)),
          .title = row.Text(4),
          .body = row.Text(5),
          .sha256 = row.Text(6),
          .created_by = row.Id<base::UserId>(7),
          .created_at = row.Time(8)};
}

std::string SelectText(std::string_view rest) {
  return "SELECT " + std::string(kTextColumns) + " FROM consent_texts " + std::string(rest);
}

constexpr std::string_view kSignatureColumns =
    "clinic_id, id, patient_id, text_id, kind, text_version, text_sha256, typed_name, "
    "appointment_id, recorded_by, by_patient, signed_us";

ConsentSignature ReadSignature(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::ConsentSignatureId>(1),
          .patient_id = row.Id<base::PatientId>(2),
          .text_id = row.Id<base::ConsentTextId>(3),
          .kind = domain::ParseCode<ConsentKind>(row.Text(4)).value_or(ConsentKind::kTreatment),
          .text_version = static_cast<int>(row.Int(5)),
          .text_sha256 = row.Text(6),
          .typed_name = row.Text(7),
          .appointment_id = row.OptId<base::AppointmentId>(8),
          .recorded_by = row.Id<base::UserId>(9),
          .by_patient = row.Int(10) != 0,
          .signed_at = row.Time(11)};
}

std::string SelectSignature(std::string_view rest) {
  return "SELECT " + std::string(kSignatureColumns) + " FROM consent_signatures " +
         std::string(rest);
}

}  // namespace

Result<ConsentText> SqlConsents::AddText(const ConsentText& text) {
  NP_ASSIGN_OR_RETURN(SqlRows versions,
                      c_.session.Query("SELECT coalesce(max(version), 0) FROM consent_texts "
                                       "WHERE clinic_id = ? AND kind = ?",
                                       {c_.clinic, domain::CodeName(text.kind)}));
  const int64_t version = versions.empty() ? 1 : versions.front().Int(0) + 1;
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO consent_texts (clinic_id, id, kind, version, title, body, sha256, created_by, "
      "created_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, id, domain::CodeName(text.kind), version, text.title, text.body, text.sha256,
       text.created_by, c_.clock.Now()}));
  return GetText(base::ConsentTextId(id));
}

Result<ConsentText> SqlConsents::GetText(base::ConsentTextId id) {
  static const std::string sql = SelectText("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("consent text not found"));
  return ReadText(rows.front());
}

Result<std::vector<ConsentText>> SqlConsents::ListTexts() {
  static const std::string sql = SelectText("WHERE clinic_id = ? ORDER BY kind, version");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic}));
  std::vector<ConsentText> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadText(row));
  return out;
}

Result<ConsentText> SqlConsents::LatestText(ConsentKind kind) {
  static const std::string sql =
      SelectText("WHERE clinic_id = ? AND kind = ? ORDER BY version DESC LIMIT 1");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, domain::CodeName(kind)}));
  if (rows.empty()) return base::Fail(base::NotFound("consent text not found"));
  return ReadText(rows.front());
}

Result<ConsentSignature> SqlConsents::Sign(const ConsentSignature& s) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO consent_signatures (clinic_id, id, patient_id, text_id, kind, text_version, "
      "text_sha256, typed_name, appointment_id, recorded_by, by_patient, signed_us) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, id, s.patient_id, s.text_id, domain::CodeName(s.kind), s.text_version,
       s.text_sha256, s.typed_name, s.appointment_id, s.recorded_by, s.by_patient, s.signed_at}));
  static const std::string sql = SelectSignature("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::Internal("the signature just stored is missing"));
  return ReadSignature(rows.front());
}

Result<std::vector<ConsentSignature>> SqlConsents::ListSignatures(base::PatientId patient) {
  static const std::string sql =
      SelectSignature("WHERE clinic_id = ? AND patient_id = ? ORDER BY signed_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, patient}));
  std::vector<ConsentSignature> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadSignature(row));
  return out;
}

}  // namespace needlepoint::storage::sql
