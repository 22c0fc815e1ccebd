// The OpenCV implementation of imaging::PhotoEngine (OpenCV 4.6 with contrib's mcc and
// ximgproc, from Debian 12). The only module in Needlepoint that includes OpenCV headers;
// this header does not, so callers stay free of them.
#pragma once

#include <memory>

#include "needlepoint/imaging/photo_engine.h"

namespace needlepoint::imaging {

std::unique_ptr<PhotoEngine> MakeOpenCvPhotoEngine();

}  // namespace needlepoint::imaging
