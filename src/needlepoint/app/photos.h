// Before/after photos (issue 13): upload through the engine's gate (header checked before
// any decode, then decoded, oriented and re-encoded with no metadata), stored in the photo
// store named by SHA-256 with a thumbnail, described by a row (patient, appointment,
// timepoint, view, notes, uploader, patient-taken); analysis and comparison through the
// photo engine, stored with the photo; each metric's trend over the patient's timepoints.
//
// Who: staff, for any patient of the clinic; a portal account only for its own patient (any
// other id answers as if it did not exist). An upload needs the patient's signature on the
// newest photography consent. Every call that reads or writes a photo leaves one audit row.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/photo.h"

namespace needlepoint::app {

// The position of a timepoint in the treatment ("baseline" 0, "session_<k>" k for k in
// 1..99, "month_1" 1001, "month_3" 1003, "month_6" 1006), or nullopt if it is none of them.
std::optional<int> TimepointRank(std::string_view timepoint);

struct PhotoUpload {
  std::string bytes;      // the request body as received
  std::string timepoint;  // TimepointRank names the accepted values
  std::string view;       // a domain::PhotoView name
  std::optional<base::AppointmentId> appointment_id;
};

// Stores an upload. Problems, nothing stored: kInvalidArgument at ?timepoint, ?view or
// ?appointment_id (the upload's query parameters; an appointment of another patient);
// kFailedPrecondition for a file the gate refuses (not JPEG/PNG, truncated, over 20 MiB, 40 MP or
// 10,000 px a side) or for a patient without a current photography consent. A file written for a
// request that then fails is removed again.
base::Result<domain::Photo> UploadPhoto(AppEnv& env, RequestContext& context,
                                        base::PatientId patient, const PhotoUpload& upload);

// A patient's photos, oldest first.
base::Result<std::vector<domain::Photo>> ListPhotos(AppEnv& env, RequestContext& context,
                                                    base::PatientId patient);
base::Result<domain::Photo> GetPhoto(AppEnv& env, RequestContext& context, base::PhotoId id);

// Replaces the capture notes (at most 2000 bytes; kInvalidArgument at /notes).
base::Result<domain::Photo> SetPhotoNotes(AppEnv& env, RequestContext& context, base::PhotoId id,
                                          const std::string& notes);

struct PhotoFile {
  domain::Photo photo;
  std::string format;  // "jpeg" or "png"
  std::string bytes;
};
// The stored file of a photo, or its thumbnail.
base::Result<PhotoFile> ReadPhotoFile(AppEnv& env, RequestContext& context, base::PhotoId id,
                                      bool thumbnail);

// Runs the engine's analysis on the stored photo and stores the contract's JSON with it.
base::Result<nlohmann::json> AnalysePhoto(AppEnv& env, RequestContext& context, base::PhotoId id);

struct PhotoComparison {
  nlohmann::json comparison;                   // the contract's comparison JSON
  std::vector<domain::PhotoOverlay> overlays;  // when asked for
};

// Compares two photos of one patient (kNotFound for a photo the principal cannot see,
// kInvalidArgument at /after_id for photos of two patients). With `overlays`, the four overlay
// images are stored and listed.
base::Result<PhotoComparison> ComparePhotos(AppEnv& env, RequestContext& context,
                                            base::PhotoId before, base::PhotoId after,
                                            bool overlays);

struct OverlayFile {
  domain::PhotoOverlay overlay;
  std::string bytes;
};
base::Result<OverlayFile> ReadOverlayFile(AppEnv& env, RequestContext& context,
                                          base::PhotoOverlayId id);

// Each metric of the stored analyses of the patient's `view` photos over their timepoints,
// in timepoint order (the newest analysed photo of each timepoint). Metrics are the numeric
// leaves of the contract's `metrics` ("spots.count", "ita_deg", …).
base::Result<nlohmann::json> PhotoTrend(AppEnv& env, RequestContext& context,
                                        base::PatientId patient, domain::PhotoView view);

}  // namespace needlepoint::app
