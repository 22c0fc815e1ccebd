// Photos and comparison overlays (the twin of sql_photos.cc).
#include <algorithm>
#include <array>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::Photo;
using domain::PhotoOverlay;

bool IsFormat(const std::string& format) { return format == "jpeg" || format == "png"; }

}  // namespace

Result<Photo> MemoryPhotos::Create(const Photo& photo) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::PhotoId id(c_.NextId());
  if (photo.timepoint.empty() || photo.width <= 0 || photo.height <= 0 || !IsFormat(photo.format) ||
      photo.sha256.size() != 64 || photo.thumbnail_sha256.size() != 64) {
    return base::Fail(SchemaViolation());
  }
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.patients, photo.patient_id));
  if (photo.appointment_id) {
    NP_RETURN_IF_ERROR(CheckReference(data.appointments, *photo.appointment_id));
  }
  NP_RETURN_IF_ERROR(CheckReference(data.users, photo.uploaded_by));
  Photo stored = photo;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.analysis.reset();
  stored.analysed_at.reset();
  stored.created_at = c_.Now();
  c_.Mutable().photos[id] = stored;
  return stored;
}

Result<Photo> MemoryPhotos::Get(base::PhotoId id) { return FindRow(c_.data().photos, id, "photo"); }

Result<std::vector<Photo>> MemoryPhotos::ListForPatient(base::PatientId patient) {
  std::vector<Photo> out;
  for (const auto& [id, photo] : c_.data().photos) {
    if (photo.patient_id == patient) out.push_back(photo);
  }
  std::ranges::stable_sort(out, [](const Photo& a, const Photo& b) {
    return std::tuple(a.created_at, a.id) < std::tuple(b.created_at, b.id);
  });
  return out;
}

Result<Photo> MemoryPhotos::SetNotes(base::PhotoId id, std::string_view notes) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().photos.contains(id)) return base::Fail(base::NotFound("photo not found"));
  Photo& stored = c_.Mutable().photos[id];
  stored.notes = notes;
  return stored;
}

Result<Photo> MemoryPhotos::SetAnalysis(base::PhotoId id, std::string_view analysis,
                                        base::Timestamp at) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().photos.contains(id)) return base::Fail(base::NotFound("photo not found"));
  Photo& stored = c_.Mutable().photos[id];
  stored.analysis = std::string(analysis);
  stored.analysed_at = at;
  return stored;
}

Result<PhotoOverlay> MemoryPhotos::AddOverlay(const PhotoOverlay& overlay) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::PhotoOverlayId id(c_.NextId());
  static constexpr std::array<std::string_view, 4> kNames = {"side_by_side", "wipe",
                                                             "features_before", "features_after"};
  if (std::ranges::find(kNames, overlay.name) == kNames.end() || !IsFormat(overlay.format) ||
      overlay.sha256.size() != 64) {
    return base::Fail(SchemaViolation());
  }
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.patients, overlay.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.photos, overlay.before_id));
  NP_RETURN_IF_ERROR(CheckReference(data.photos, overlay.after_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, overlay.created_by));
  PhotoOverlay stored = overlay;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.created_at = c_.Now();
  c_.Mutable().photo_overlays[id] = stored;
  return stored;
}

Result<PhotoOverlay> MemoryPhotos::GetOverlay(base::PhotoOverlayId id) {
  return FindRow(c_.data().photo_overlays, id, "photo overlay");
}

}  // namespace needlepoint::storage::memory
