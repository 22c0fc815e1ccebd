// Safe decoding: the header gate (imaging/image_header.h) first, then OpenCV's decoder, then
// the EXIF orientation; and the metadata-free re-encoding that makes an upload safe to keep.
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <string_view>

#include "needlepoint/base/status.h"
#include "needlepoint/imaging/image_header.h"

namespace needlepoint::imaging::cvimpl {

struct Decoded {
  cv::Mat bgr;         // 8-bit BGR, oriented
  ImageHeader header;  // as probed (stored dimensions, orientation)
  int full_width = 0;  // oriented full-resolution size
  int full_height = 0;
  double full_per_decoded = 1;  // full-resolution pixels per decoded pixel (JPEG DCT scaling)
};

// Probes, decodes and orients `bytes`. When `min_side_for_reduction` > 0, a JPEG whose
// shorter side is at least 2× (or 4×) that value is decoded at 1/2 (or 1/4) scale through
// libjpeg's DCT scaling, which is several times faster than a full decode followed by a
// resize; PNG is always decoded in full.
base::Result<Decoded> DecodeImage(std::string_view bytes, const UploadLimits& limits,
                                  int min_side_for_reduction = 0);

// Applies EXIF orientation 1..8 to `image`.
cv::Mat ApplyOrientation(const cv::Mat& image, int orientation);

}  // namespace needlepoint::imaging::cvimpl
