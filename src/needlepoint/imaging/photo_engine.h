// The photo engine's interface: what the CLI and the API call. The OpenCV implementation is
// in imaging/opencv (MakeOpenCvPhotoEngine); nothing else in Needlepoint sees OpenCV.
//
// Every entry point takes the encoded bytes of an upload (JPEG or PNG, recognised by
// content) and refuses a bad file with kInvalidArgument and a message saying why, before any
// full decode: wrong type, over the byte/pixel/side limits, truncated, undecodable.
// Implementations are stateless and safe to call from any thread.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "needlepoint/base/status.h"
#include "needlepoint/imaging/photo.h"

namespace needlepoint::imaging {

struct CompareOutput {
  Comparison comparison;
  std::optional<Overlays> overlays;  // present when asked for
};

class PhotoEngine {
 public:
  virtual ~PhotoEngine() = default;

  // The upload decoded, oriented (EXIF), stripped of every metadata block by re-encoding,
  // and hashed. What storage should keep: never the original bytes.
  virtual base::Result<SafeImage> Sanitize(std::string_view encoded,
                                           const UploadLimits& limits = {}) const = 0;

  // A small copy of the upload for lists and galleries: decoded, oriented, scaled down with
  // area averaging so its longer side is at most `max_side` (never enlarged), re-encoded in
  // the upload's format with no metadata, and hashed.
  virtual base::Result<SafeImage> Thumbnail(std::string_view encoded, int max_side = 320,
                                            const UploadLimits& limits = {}) const = 0;

  // Measures one photo. An unusable photo is a result (quality.usable false), not an error.
  virtual base::Result<PhotoAnalysis> Analyse(std::string_view encoded,
                                              const AnalysisOptions& options = {}) const = 0;

  // Registers AFTER onto BEFORE, measures both in their own pixel grids and reports the
  // changes with their minimal detectable change. A failed registration is a result
  // (registration.ok false, changes null), not an error.
  virtual base::Result<CompareOutput> Compare(std::string_view before, std::string_view after,
                                              const AnalysisOptions& options = {},
                                              bool want_overlays = false) const = 0;
};

}  // namespace needlepoint::imaging
