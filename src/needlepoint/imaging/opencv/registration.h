// Registration of a follow-up photo onto its baseline: ORB features + RANSAC similarity for
// a wide capture range, then ECC (affine) on a pyramid for sub-pixel accuracy.
#pragma once

#include <opencv2/core.hpp>
#include <optional>

#include "needlepoint/imaging/photo.h"

namespace needlepoint::imaging::cvimpl {

// One photo as registration sees it: an 8-bit grey image, a mask of what may be used (not
// the card, not glare), and how many full-resolution pixels one of its pixels spans.
struct RegistrationImage {
  cv::Mat gray;
  cv::Mat mask;
  double full_per_px = 1;
  int full_width = 0;
  int full_height = 0;
};

// T (after → before, full-resolution pixels) and the contract's similarity numbers.
Registration RegisterPair(const RegistrationImage& before, const RegistrationImage& after);

// ECC alone, started from the identity, on the same pyramid: the T it ends with, or nothing
// when ECC fails. Kept to show (in tests) why the feature-based start is needed.
std::optional<cv::Matx23d> RegisterEccOnly(const RegistrationImage& before,
                                           const RegistrationImage& after);

// Fills rotation, scale and shift of `r` from r.after_to_before and the two full sizes.
void DescribeSimilarity(Registration& r, int before_width, int before_height, int after_width,
                        int after_height);

}  // namespace needlepoint::imaging::cvimpl
