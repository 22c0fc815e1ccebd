#include "needlepoint/imaging/opencv/decode.h"

#include <algorithm>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace needlepoint::imaging::cvimpl {

cv::Mat ApplyOrientation(const cv::Mat& image, int orientation) {
  cv::Mat out;
  switch (orientation) {
    case 2:
      cv::flip(image, out, 1);
      return out;
    case 3:
      cv::rotate(image, out, cv::ROTATE_180);
      return out;
    case 4:
      cv::flip(image, out, 0);
      return out;
    case 5:
      cv::transpose(image, out);
      return out;
    case 6:
      cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE);
      return out;
    case 7:
      cv::transpose(image, out);
      cv::flip(out, out, -1);
      return out;
    case 8:
      cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE);
      return out;
    default:
      return image;
  }
}

base::Result<Decoded> DecodeImage(std::string_view bytes, const UploadLimits& limits,
                                  int min_side_for_reduction) {
  NP_ASSIGN_OR_RETURN(ImageHeader header, ProbeImage(bytes, limits));
  int reduction = 1;
  if (header.format == ImageFormat::kJpeg && min_side_for_reduction > 0) {
    const int shorter = std::min(header.width, header.height);
    if (shorter >= 4 * min_side_for_reduction) {
      reduction = 4;
    } else if (shorter >= 2 * min_side_for_reduction) {
      reduction = 2;
    }
  }
  const int flags = cv::IMREAD_IGNORE_ORIENTATION | (reduction == 4   ? cv::IMREAD_REDUCED_COLOR_4
                                                     : reduction == 2 ? cv::IMREAD_REDUCED_COLOR_2
                                                                      : cv::IMREAD_COLOR);
  cv::Mat raw;
  try {
    raw = cv::imdecode(
        cv::Mat(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.data())),
        flags);
  } catch (const cv::Exception& e) {
    return base::Fail(
        base::InvalidArgument(std::string("image: cannot be decoded (") + e.what() + ")"));
  }
  const int expected_w = (header.width + reduction - 1) / reduction;
  const int expected_h = (header.height + reduction - 1) / reduction;
  if (raw.empty() || raw.type() != CV_8UC3 || raw.cols != expected_w || raw.rows != expected_h) {
    return base::Fail(
        base::InvalidArgument(std::string("image: the ") + ImageFormatName(header.format) +
                              " data cannot be decoded (corrupt, or not what its header says)"));
  }
  Decoded out;
  out.header = header;
  out.bgr = ApplyOrientation(raw, header.orientation);
  const bool swapped = header.orientation >= 5;
  out.full_width = swapped ? header.height : header.width;
  out.full_height = swapped ? header.width : header.height;
  out.full_per_decoded = static_cast<double>(out.full_width) / out.bgr.cols;
  return out;
}

}  // namespace needlepoint::imaging::cvimpl
