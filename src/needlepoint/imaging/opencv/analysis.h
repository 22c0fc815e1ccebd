// One photo from decoded pixels to the contract's PhotoAnalysis, keeping what a comparison
// and the overlays need (the analysis image, its features, its scale).
#pragma once

#include <opencv2/core.hpp>

#include "needlepoint/imaging/opencv/colour.h"
#include "needlepoint/imaging/opencv/decode.h"
#include "needlepoint/imaging/opencv/features.h"
#include "needlepoint/imaging/photo.h"

namespace needlepoint::imaging::cvimpl {

// Analysis runs at no more than this many pixels per millimetre (kernels are in mm, so a
// finer grid only costs time); below 1.5× this, the photo's own grid is kept as it is.
inline constexpr double kWorkPxPerMm = 10.0;
// Without a card, kernels assume the frame is this wide (sizes are then reported in pixels).
inline constexpr double kNominalFrameWidthMm = 120.0;
inline constexpr int kMinSide = 480;
// Quality gates (docs/PHOTOS.md): sharpness is the 99.5th percentile of |∇²L*|.
inline constexpr double kMinSharpness = 1.0;
inline constexpr double kMaxClippedFraction = 0.10;

struct Analysed {
  PhotoAnalysis result;
  CardFit card;
  cv::Mat work_bgr;          // the analysis image (8-bit BGR)
  cv::Mat exclude;           // card (and its frame) in the analysis image
  Features features;         // empty when the photo is not usable
  double full_per_work = 1;  // full-resolution pixels per analysis pixel
  double work_px_per_mm = 0;
};

Analysed AnalyseDecoded(const Decoded& decoded, const AnalysisOptions& options);

}  // namespace needlepoint::imaging::cvimpl
