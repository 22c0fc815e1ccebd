// A patient's clinic or progress photo as stored: who, when in the treatment (timepoint), from
// which angle (view), the sanitized file's SHA-256 (the file itself lives in the photo
// directory, named by it), its thumbnail's, and the stored analysis (the photo contract's
// JSON) once it was run. Overlays are images a comparison of two photos derived.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

enum class PhotoView { kFront, kLeft45, kRight45, kLeft90, kRight90, kCloseUp };
template <>
struct CodeTraits<PhotoView> {
  static constexpr std::string_view kNoun = "photo view";
  static constexpr std::array<std::string_view, 6> kNames = {"front",   "left_45",  "right_45",
                                                             "left_90", "right_90", "close_up"};
};

// The longest capture note, in bytes.
inline constexpr std::size_t kMaxPhotoNotesBytes = 2000;

struct Photo {
  base::ClinicId clinic_id;
  base::PhotoId id;
  base::PatientId patient_id;
  std::optional<base::AppointmentId> appointment_id;  // the visit or session it was taken at
  std::string timepoint;  // "baseline", "session_<k>", "month_1", "month_3", "month_6"
  PhotoView view = PhotoView::kFront;
  std::string notes;
  int width = 0;  // oriented
  int height = 0;
  std::string format;  // "jpeg" or "png"
  std::string sha256;  // of the stored (sanitized) file: its name
  std::string thumbnail_sha256;
  base::UserId uploaded_by;
  bool patient_taken = false;           // uploaded by the patient's own portal account
  std::optional<std::string> analysis;  // the contract's analysis JSON, once run
  std::optional<base::Timestamp> analysed_at;
  base::Timestamp created_at;
};

// An image a comparison derived from two photos of one patient.
struct PhotoOverlay {
  base::ClinicId clinic_id;
  base::PhotoOverlayId id;
  base::PatientId patient_id;
  base::PhotoId before_id;
  base::PhotoId after_id;
  std::string name;    // "side_by_side", "wipe", "features_before", "features_after"
  std::string format;  // "jpeg" or "png"
  std::string sha256;
  base::UserId created_by;
  base::Timestamp created_at;
};

}  // namespace needlepoint::domain
