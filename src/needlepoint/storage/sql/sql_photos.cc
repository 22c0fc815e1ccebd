// Photos' metadata and analyses, and comparison overlays.
#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::Photo;
using domain::PhotoOverlay;

constexpr std::string_view kPhotoColumns =
    "clinic_id, id, patient_id, appointment_id, timepoint, photo_view, notes, width, height, "
    "format, sha256, thumbnail_sha256, uploaded_by, patient_taken, analysis, analysed_us, "
    "created_us";

Photo ReadPhoto(const SqlRow& row) {
  Photo p;
  p.clinic_id = row.Id<base::ClinicId>(0);
  p.id = row.Id<base::PhotoId>(1);
  p.patient_id = row.Id<base::PatientId>(2);
  p.appointment_id = row.OptId<base::AppointmentId>(3);
  p.timepoint = row.Text(4);
  p.view = domain::ParseCode<domain::PhotoView>(row.Text(5)).value_or(domain::PhotoView::kFront);
  p.notes = row.Text(6);
  p.width = static_cast<int>(row.Int(7));
  p.height = static_cast<int>(row.Int(8));
  p.format = row.Text(9);
  p.sha256 = row.Text(10);
  p.thumbnail_sha256 = row.Text(11);
  p.uploaded_by = row.Id<base::UserId>(12);
  p.patient_taken = row.Int(13) != 0;
  if (!row.IsNull(14)) p.analysis = row.Text(14);
  if (!row.IsNull(15)) p.analysed_at = row.Time(15);
  p.created_at = row.Time(16);
  return p;
}

std::string SelectPhoto(std::string_view rest) {
  return "SELECT " + std::string(kPhotoColumns) + " FROM photos " + std::string(rest);
}

constexpr std::string_view kOverlayColumns =
    "clinic_id, id, patient_id, before_id, after_id, name, format, sha256, created_by, "
    "created_us";

PhotoOverlay ReadOverlay(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::PhotoOverlayId>(1),
          .patient_id = row.Id<base::PatientId>(2),
          .before_id = row.Id<base::PhotoId>(3),
          .after_id = row.Id<base::PhotoId>(4),
          .name = row.Text(5),
          .format = row.Text(6),
          .sha256 = row.Text(7),
          .created_by = row.Id<base::UserId>(8),
          .created_at = row.Time(9)};
}

}  // namespace

Result<Photo> SqlPhotos::Create(const Photo& p) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO photos (clinic_id, id, patient_id, appointment_id, timepoint, photo_view, "
      "notes, width, height, format, sha256, thumbnail_sha256, uploaded_by, patient_taken, "
      "analysis, analysed_us, created_us) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)",
      {c_.clinic, id, p.patient_id, p.appointment_id, p.timepoint, domain::CodeName(p.view),
       p.notes, p.width, p.height, p.format, p.sha256, p.thumbnail_sha256, p.uploaded_by,
       p.patient_taken, c_.clock.Now()}));
  return Get(base::PhotoId(id));
}

Result<Photo> SqlPhotos::Get(base::PhotoId id) {
  static const std::string sql = SelectPhoto("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("photo not found"));
  return ReadPhoto(rows.front());
}

Result<std::vector<Photo>> SqlPhotos::ListForPatient(base::PatientId patient) {
  static const std::string sql =
      SelectPhoto("WHERE clinic_id = ? AND patient_id = ? ORDER BY created_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, patient}));
  std::vector<Photo> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadPhoto(row));
  return out;
}

Result<Photo> SqlPhotos::SetNotes(base::PhotoId id, std::string_view notes) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute("UPDATE photos SET notes = ? WHERE clinic_id = ? AND id = ?",
                         {notes, c_.clinic, id}));
  if (changed == 0) return base::Fail(base::NotFound("photo not found"));
  return Get(id);
}

Result<Photo> SqlPhotos::SetAnalysis(base::PhotoId id, std::string_view analysis,
                                     base::Timestamp at) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE photos SET analysis = ?, analysed_us = ? WHERE clinic_id = ? AND id = ?",
          {analysis, at, c_.clinic, id}));
  if (changed == 0) return base::Fail(base::NotFound("photo not found"));
  return Get(id);
}

Result<PhotoOverlay> SqlPhotos::AddOverlay(const PhotoOverlay& o) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO photo_overlays (clinic_id, id, patient_id, before_id, after_id, name, format, "
      "sha256, created_by, created_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, id, o.patient_id, o.before_id, o.after_id, o.name, o.format, o.sha256,
       o.created_by, c_.clock.Now()}));
  return GetOverlay(base::PhotoOverlayId(id));
}

Result<PhotoOverlay> SqlPhotos::GetOverlay(base::PhotoOverlayId id) {
  static const std::string sql = "SELECT " + std::string(kOverlayColumns) +
                                 " FROM photo_overlays WHERE clinic_id = ? AND id = ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("photo overlay not found"));
  return ReadOverlay(rows.front());
}

}  // namespace needlepoint::storage::sql
