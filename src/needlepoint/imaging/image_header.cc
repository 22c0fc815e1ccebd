#include "needlepoint/imaging/image_header.h"

#include <sodium.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace needlepoint::imaging {
namespace {

using base::Fail;
using base::InvalidArgument;

std::uint32_t Be16(std::string_view b, std::size_t at) {
  return (std::uint32_t{static_cast<unsigned char>(b[at])} << 8) |
         static_cast<unsigned char>(b[at + 1]);
}
std::uint32_t Be32(std::string_view b, std::size_t at) {
  return (Be16(b, at) << 16) | Be16(b, at + 2);
}

std::string Megapixels(std::int64_t pixels) {
  char text[32];
  std::snprintf(text, sizeof text, "%.0f", static_cast<double>(pixels) / 1e6);
  return text;
}

base::Status CheckSize(int width, int height, const UploadLimits& limits) {
  if (width <= 0 || height <= 0) {
    return InvalidArgument("image: the header gives no size (" + std::to_string(width) + "×" +
                           std::to_string(height) + ")");
  }
  const std::string size = std::to_string(width) + "×" + std::to_string(height);
  if (width > limits.max_side || height > limits.max_side) {
    return InvalidArgument("image: " + size + " pixels has a side over the " +
                           std::to_string(limits.max_side) + " pixel limit");
  }
  if (std::int64_t{width} * height > limits.max_pixels) {
    return InvalidArgument("image: " + size + " pixels is over the " +
                           Megapixels(limits.max_pixels) + " megapixel limit");
  }
  return base::OkStatus();
}

bool IsStartOfFrame(unsigned marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

base::Result<ImageHeader> ProbeJpeg(std::string_view b, const UploadLimits& limits) {
  ImageHeader header{.format = ImageFormat::kJpeg};
  bool have_frame = false;
  bool have_scan = false;
  std::size_t at = 2;  // after SOI
  const auto truncated = [] {
    return Fail(InvalidArgument("image: truncated JPEG (the file ends before its last marker)"));
  };
  while (true) {
    if (at >= b.size()) return truncated();
    if (static_cast<unsigned char>(b[at]) != 0xFF) {
      return Fail(InvalidArgument("image: corrupt JPEG (no marker where one must be)"));
    }
    while (at < b.size() && static_cast<unsigned char>(b[at]) == 0xFF) ++at;  // fill bytes
    if (at >= b.size()) return truncated();
    const unsigned marker = static_cast<unsigned char>(b[at++]);
    if (marker == 0xD9) break;  // EOI
    if (marker == 0xD8 || marker == 0x00) {
      return Fail(InvalidArgument("image: corrupt JPEG (unexpected marker)"));
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no length
    if (at + 2 > b.size()) return truncated();
    const std::size_t length = Be16(b, at);
    if (length < 2) return Fail(InvalidArgument("image: corrupt JPEG (bad segment length)"));
    if (at + length > b.size()) return truncated();
    const std::string_view segment = b.substr(at + 2, length - 2);
    if (IsStartOfFrame(marker)) {
      if (segment.size() < 6) return Fail(InvalidArgument("image: corrupt JPEG frame header"));
      header.height = static_cast<int>(Be16(segment, 1));
      header.width = static_cast<int>(Be16(segment, 3));
      const int components = static_cast<unsigned char>(segment[5]);
      if (components != 1 && components != 3 && components != 4) {
        return Fail(InvalidArgument("image: unsupported JPEG (" + std::to_string(components) +
                                    " colour components)"));
      }
      NP_RETURN_IF_ERROR(CheckSize(header.width, header.height, limits));
      have_frame = true;
    } else if (marker == 0xE1 && segment.starts_with(std::string_view("Exif\0\0", 6))) {
      header.orientation = ExifOrientation(segment.substr(6));
    }
    at += length;
    if (marker == 0xDA) {  // SOS: entropy-coded data runs to the next real marker
      if (!have_frame) return Fail(InvalidArgument("image: corrupt JPEG (scan before frame)"));
      have_scan = true;
      while (true) {
        if (at + 1 >= b.size()) return truncated();
        if (static_cast<unsigned char>(b[at]) == 0xFF) {
          const unsigned next = static_cast<unsigned char>(b[at + 1]);
          if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) break;
          at += next == 0xFF ? 1 : 2;
        } else {
          ++at;
        }
      }
    }
  }
  if (!have_frame || !have_scan) {
    return Fail(InvalidArgument("image: corrupt JPEG (no frame or no image data)"));
  }
  return header;
}

base::Result<ImageHeader> ProbePng(std::string_view b, const UploadLimits& limits) {
  ImageHeader header{.format = ImageFormat::kPng};
  std::size_t at = 8;
  bool first = true;
  bool have_data = false;
  while (true) {
    if (at + 12 > b.size()) {
      return Fail(InvalidArgument("image: truncated PNG (the file ends before IEND)"));
    }
    const std::size_t length = Be32(b, at);
    const std::string_view type = b.substr(at + 4, 4);
    if (length > 0x7FFFFFFF || at + 12 + length > b.size()) {
      return Fail(InvalidArgument("image: truncated PNG (a chunk runs past the end)"));
    }
    const std::string_view data = b.substr(at + 8, length);
    if (first) {
      if (type != "IHDR" || length != 13) {
        return Fail(InvalidArgument("image: corrupt PNG (IHDR is not the first chunk)"));
      }
      header.width = static_cast<int>(std::min<std::uint32_t>(Be32(data, 0), 0x7FFFFFFF));
      header.height = static_cast<int>(std::min<std::uint32_t>(Be32(data, 4), 0x7FFFFFFF));
      NP_RETURN_IF_ERROR(CheckSize(header.width, header.height, limits));
      first = false;
    } else if (type == "IDAT") {
      have_data = true;
    } else if (type == "eXIf") {
      header.orientation = ExifOrientation(data);
    } else if (type == "IEND") {
      break;
    }
    at += 12 + length;
  }
  if (!have_data) return Fail(InvalidArgument("image: corrupt PNG (no image data)"));
  return header;
}

}  // namespace

const char* ImageFormatName(ImageFormat format) {
  return format == ImageFormat::kJpeg ? "jpeg" : "png";
}

int ExifOrientation(std::string_view t) {
  if (t.size() < 8) return 1;
  const bool little = t.starts_with("II");
  if (!little && !t.starts_with("MM")) return 1;
  const auto u16 = [&](std::size_t at) -> std::uint32_t {
    if (at + 2 > t.size()) return 0;
    const auto lo = static_cast<unsigned char>(t[at]), hi = static_cast<unsigned char>(t[at + 1]);
    return little ? (hi << 8 | lo) : (lo << 8 | hi);
  };
  const auto u32 = [&](std::size_t at) -> std::uint32_t {
    return little ? (u16(at + 2) << 16 | u16(at)) : (u16(at) << 16 | u16(at + 2));
  };
  const std::size_t ifd = u32(4);
  if (ifd + 2 > t.size()) return 1;
  const std::size_t entries = u16(ifd);
  for (std::size_t i = 0; i < entries; ++i) {
    const std::size_t entry = ifd + 2 + 12 * i;
    if (entry + 12 > t.size()) return 1;
    if (u16(entry) == 0x0112) {  // Orientation, SHORT, count 1, value in the entry
      const std::uint32_t value = u16(entry + 8);
      return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
    }
  }
  return 1;
}

base::Result<ImageHeader> ProbeImage(std::string_view bytes, const UploadLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    return Fail(InvalidArgument("image: larger than " + std::to_string(limits.max_bytes >> 20) +
                                " MiB (" + std::to_string(bytes.size()) + " bytes)"));
  }
  if (bytes.size() >= 3 && bytes.starts_with("\xFF\xD8\xFF")) return ProbeJpeg(bytes, limits);
  if (bytes.starts_with(std::string_view("\x89PNG\r\n\x1A\n", 8))) return ProbePng(bytes, limits);
  return Fail(InvalidArgument(
      "image: not a JPEG or PNG image (recognised by content, whatever the file is called)"));
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof digest);
  for (unsigned char byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 15];
  }
  return hex;
}

}  // namespace needlepoint::imaging
