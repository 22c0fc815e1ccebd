// Reading what an upload claims to be from its bytes alone, before any pixel is decoded:
// the format (by magic bytes, never by name), the dimensions, the EXIF orientation, and
// whether the file is complete. This is the gate that refuses decompression bombs and
// truncated files in microseconds and without allocating pixel memory.
#pragma once

#include <string>
#include <string_view>

#include "needlepoint/base/status.h"
#include "needlepoint/imaging/photo.h"

namespace needlepoint::imaging {

struct ImageHeader {
  ImageFormat format = ImageFormat::kJpeg;
  int width = 0;        // as stored, before orientation
  int height = 0;       // as stored, before orientation
  int orientation = 1;  // EXIF orientation 1..8 (1 when absent or unreadable)
};

// Checks `bytes` against `limits` and walks the file's structure:
// - JPEG (FF D8 FF): every marker segment up to the end-of-image marker, the frame header's
//   size; a file that ends before EOI is truncated. Bytes after EOI are allowed (they do not
//   survive re-encoding).
// - PNG (89 'PNG' 0D 0A 1A 0A): IHDR first, every chunk's length within the file, up to IEND.
// Fails with kInvalidArgument and a message naming the problem: "not a JPEG or PNG image",
// "larger than 20 MiB", "8000×8000 pixels is over the 40 megapixel limit", "truncated", …
base::Result<ImageHeader> ProbeImage(std::string_view bytes, const UploadLimits& limits = {});

// The EXIF orientation (1..8) in a TIFF-structured EXIF block (what follows "Exif\0\0" in a
// JPEG APP1 segment, or a PNG eXIf chunk); 1 when absent or malformed.
int ExifOrientation(std::string_view tiff);

// Lower-case hex SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

}  // namespace needlepoint::imaging
