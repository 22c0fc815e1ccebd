#include "needlepoint/imaging/opencv/opencv_engine.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "needlepoint/imaging/image_header.h"
#include "needlepoint/imaging/opencv/analysis.h"
#include "needlepoint/imaging/opencv/compare.h"
#include "needlepoint/imaging/opencv/decode.h"
#include "needlepoint/imaging/opencv/registration.h"

namespace needlepoint::imaging {
namespace {

// Analysis decodes a large JPEG at 1/2 or 1/4 scale when its shorter side stays above this:
// the analysis grid is ≤ 10 px/mm anyway (cvimpl::kWorkPxPerMm).
constexpr int kAnalysisMinSide = 1000;

cvimpl::RegistrationImage ForRegistration(const cvimpl::Analysed& a) {
  cvimpl::RegistrationImage image;
  cv::cvtColor(a.work_bgr, image.gray, cv::COLOR_BGR2GRAY);
  image.mask = ~a.exclude;
  if (!a.features.skin.empty()) image.mask &= a.features.skin;
  image.full_per_px = a.full_per_work;
  image.full_width = a.result.width;
  image.full_height = a.result.height;
  return image;
}

// Encodes `image` in `out.format` into out.bytes and hashes it. OpenCV's encoders write
// pixels only: no EXIF, XMP, ICC profile, comment or text chunk.
base::Status Encode(const cv::Mat& image, SafeImage& out, int jpeg_quality) {
  std::vector<uchar> bytes;
  const bool encoded_ok =
      out.format == ImageFormat::kJpeg
          ? cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, jpeg_quality})
          : cv::imencode(".png", image, bytes, {cv::IMWRITE_PNG_COMPRESSION, 3});
  if (!encoded_ok) return base::Internal("image: re-encoding failed");
  out.bytes.assign(bytes.begin(), bytes.end());
  out.sha256 = Sha256Hex(out.bytes);
  return base::OkStatus();
}

class OpenCvPhotoEngine final : public PhotoEngine {
 public:
  base::Result<SafeImage> Sanitize(std::string_view encoded,
                                   const UploadLimits& limits) const override {
    NP_ASSIGN_OR_RETURN(cvimpl::Decoded decoded, cvimpl::DecodeImage(encoded, limits));
    SafeImage out;
    out.format = decoded.header.format;
    out.width = decoded.bgr.cols;
    out.height = decoded.bgr.rows;
    NP_RETURN_IF_ERROR(Encode(decoded.bgr, out, 95));
    return out;
  }

  base::Result<SafeImage> Thumbnail(std::string_view encoded, int max_side,
                                    const UploadLimits& limits) const override {
    if (max_side < 1) return base::Fail(base::InvalidArgument("image: thumbnail side below 1"));
    // A large JPEG is decoded at a reduced scale (DCT scaling) when that still covers the
    // thumbnail twice over.
    NP_ASSIGN_OR_RETURN(cvimpl::Decoded decoded,
                        cvimpl::DecodeImage(encoded, limits, 2 * max_side));
    cv::Mat small = decoded.bgr;
    const int longer = std::max(small.cols, small.rows);
    if (longer > max_side) {
      const double scale = static_cast<double>(max_side) / longer;
      const cv::Size size(
          std::clamp(static_cast<int>(std::lround(small.cols * scale)), 1, max_side),
          std::clamp(static_cast<int>(std::lround(small.rows * scale)), 1, max_side));
      cv::resize(decoded.bgr, small, size, 0, 0, cv::INTER_AREA);
    }
    SafeImage out;
    out.format = decoded.header.format;
    out.width = small.cols;
    out.height = small.rows;
    NP_RETURN_IF_ERROR(Encode(small, out, 85));
    return out;
  }

  base::Result<PhotoAnalysis> Analyse(std::string_view encoded,
                                      const AnalysisOptions& options) const override {
    NP_ASSIGN_OR_RETURN(cvimpl::Decoded decoded,
                        cvimpl::DecodeImage(encoded, options.limits, kAnalysisMinSide));
    return cvimpl::AnalyseDecoded(decoded, options).result;
  }

  base::Result<CompareOutput> Compare(std::string_view before_bytes, std::string_view after_bytes,
                                      const AnalysisOptions& options,
                                      bool want_overlays) const override {
    // Both headers are checked before either photo is decoded; errors say which photo.
    for (const auto& [name, bytes] :
         {std::pair{"before ", before_bytes}, {"after ", after_bytes}}) {
      if (base::Result<ImageHeader> probed = ProbeImage(bytes, options.limits); !probed) {
        return base::Fail(base::InvalidArgument(name + probed.error().message()));
      }
    }
    auto analyse = [&options](std::string_view bytes) -> base::Result<cvimpl::Analysed> {
      NP_ASSIGN_OR_RETURN(cvimpl::Decoded decoded,
                          cvimpl::DecodeImage(bytes, options.limits, kAnalysisMinSide));
      return cvimpl::AnalyseDecoded(decoded, options);
    };
    auto after_future = std::async(std::launch::async, analyse, after_bytes);
    base::Result<cvimpl::Analysed> before = analyse(before_bytes);
    base::Result<cvimpl::Analysed> after = after_future.get();
    if (!before) return base::Fail(base::InvalidArgument("before " + before.error().message()));
    if (!after) return base::Fail(base::InvalidArgument("after " + after.error().message()));

    CompareOutput out;
    Comparison& c = out.comparison;
    c.before = before->result;
    c.after = after->result;
    c.registration = cvimpl::RegisterPair(ForRegistration(*before), ForRegistration(*after));
    if (!c.registration.ok) {
      c.changes_reason = "registration failed: " + c.registration.reason;
    } else if (!c.before.quality.usable || !c.after.quality.usable) {
      c.changes_reason = "a photo is not usable (see its quality.reasons)";
    } else {
      c.changes = cvimpl::ComputeChanges(*before, *after, c.registration);
    }
    if (want_overlays) out.overlays = cvimpl::MakeOverlays(*before, *after, c.registration);
    return out;
  }
};

}  // namespace

std::unique_ptr<PhotoEngine> MakeOpenCvPhotoEngine() {
  return std::make_unique<OpenCvPhotoEngine>();
}

}  // namespace needlepoint::imaging
