#include "needlepoint/imaging/image_header.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace needlepoint::imaging {
namespace {

using testing::HasSubstr;

std::string Be16(unsigned v) { return {static_cast<char>(v >> 8), static_cast<char>(v & 255)}; }
std::string Be32(unsigned v) { return Be16(v >> 16) + Be16(v & 0xFFFF); }

// A minimal structurally complete JPEG: SOI, SOF0 with the given size, SOS, one data byte, EOI.
std::string Jpeg(int width, int height, const std::string& extra_segments = "") {
  std::string sof = std::string("\x08", 1) + Be16(height) + Be16(width) + "\x03" +
                    std::string("\x01\x22\x00\x02\x11\x01\x03\x11\x01", 9);
  std::string sos = std::string("\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00", 10);
  return std::string("\xFF\xD8", 2) + extra_segments + "\xFF\xC0" + Be16(sof.size() + 2) + sof +
         "\xFF\xDA" + Be16(sos.size() + 2) + sos + std::string("\x12\x34\xFF\x00\x56", 5) +
         "\xFF\xD9";
}

std::string PngChunk(const std::string& type, const std::string& data) {
  return Be32(data.size()) + type + data + Be32(0);  // the probe does not check CRCs
}

std::string Png(unsigned width, unsigned height) {
  return std::string("\x89PNG\r\n\x1A\n", 8) +
         PngChunk("IHDR", Be32(width) + Be32(height) + std::string("\x08\x02\x00\x00\x00", 5)) +
         PngChunk("IDAT", "x") + PngChunk("IEND", "");
}

// A little- or big-endian TIFF block with one IFD entry: Orientation = `orientation`.
std::string ExifTiff(int orientation, bool little) {
  const auto u16 = [&](unsigned v) {
    return little ? std::string{static_cast<char>(v & 255), static_cast<char>(v >> 8)} : Be16(v);
  };
  const auto u32 = [&](unsigned v) { return little ? u16(v & 0xFFFF) + u16(v >> 16) : Be32(v); };
  return std::string(little ? "II" : "MM") + u16(42) + u32(8) + u16(1) + u16(0x0112) + u16(3) +
         u32(1) + u16(static_cast<unsigned>(orientation)) + u16(0) + u32(0);
}

TEST(ImageHeaderTest, ReadsJpegAndPngSizes) {
  base::Result<ImageHeader> jpeg = ProbeImage(Jpeg(640, 480));
  ASSERT_TRUE(jpeg) << jpeg.error().ToString();
  EXPECT_EQ(jpeg->format, ImageFormat::kJpeg);
  EXPECT_EQ(jpeg->width, 640);
  EXPECT_EQ(jpeg->height, 480);
  EXPECT_EQ(jpeg->orientation, 1);
  base::Result<ImageHeader> png = ProbeImage(Png(300, 200));
  ASSERT_TRUE(png) << png.error().ToString();
  EXPECT_EQ(png->format, ImageFormat::kPng);
  EXPECT_EQ(png->width, 300);
  EXPECT_EQ(png->height, 200);
}

TEST(ImageHeaderTest, RecognisesTypesByContentNotName) {
  for (const std::string& bytes :
       {std::string("GIF89a\x01\x00\x01\x00", 10), std::string("BM\x3a\x00\x00\x00", 6),
        std::string("%PDF-1.7\n"), std::string("<html><body>hi</body></html>"),
        std::string("II*\x00\x08\x00\x00\x00", 8), std::string("RIFF\x10\x00\x00\x00WEBPVP8 ", 16),
        std::string(), std::string("\xFF\xD8", 2), std::string("\x89PNG", 4)}) {
    base::Result<ImageHeader> probed = ProbeImage(bytes);
    ASSERT_FALSE(probed) << bytes;
    EXPECT_THAT(probed.error().message(), HasSubstr("not a JPEG or PNG")) << bytes;
  }
}

TEST(ImageHeaderTest, RefusesDecompressionBombsFromTheHeaderAlone) {
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& bomb : {Png(20000, 20000), Png(8000, 8000), Jpeg(9000, 9000),
                                  Jpeg(12000, 100), Png(100, 0x7FFFFFFF), Png(0, 10)}) {
    base::Result<ImageHeader> probed = ProbeImage(bomb);
    ASSERT_FALSE(probed);
    EXPECT_EQ(probed.error().code(), base::StatusCode::kInvalidArgument);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(50));
  EXPECT_THAT(ProbeImage(Png(8000, 8000)).error().message(), HasSubstr("40 megapixel"));
  EXPECT_THAT(ProbeImage(Jpeg(12000, 100)).error().message(), HasSubstr("10000 pixel"));
  EXPECT_TRUE(ProbeImage(Png(8000, 5000)));  // exactly 40 MP is allowed
}

TEST(ImageHeaderTest, RefusesFilesOverTheByteLimit) {
  std::string big = Jpeg(100, 100);
  big.insert(2, (20u << 20), '\0');
  EXPECT_THAT(ProbeImage(big).error().message(), HasSubstr("larger than 20 MiB"));
}

TEST(ImageHeaderTest, RefusesTruncatedFiles) {
  const std::string jpeg = Jpeg(640, 480), png = Png(300, 200);
  for (std::size_t cut : {3ul, 10ul, jpeg.size() / 2, jpeg.size() - 2, jpeg.size() - 1}) {
    base::Result<ImageHeader> probed = ProbeImage(jpeg.substr(0, cut));
    ASSERT_FALSE(probed) << "JPEG cut at " << cut;
  }
  EXPECT_THAT(ProbeImage(jpeg.substr(0, jpeg.size() - 2)).error().message(),
              HasSubstr("truncated"));
  for (std::size_t cut : {9ul, 20ul, png.size() / 2, png.size() - 1}) {
    base::Result<ImageHeader> probed = ProbeImage(png.substr(0, cut));
    ASSERT_FALSE(probed) << "PNG cut at " << cut;
    EXPECT_THAT(probed.error().message(), HasSubstr("truncated")) << cut;
  }
}

TEST(ImageHeaderTest, AllowsBytesAfterTheEndOfImage) {
  // A polyglot's tail does not stop the probe; re-encoding drops it (see upload_test).
  EXPECT_TRUE(ProbeImage(Jpeg(64, 64) + "PK\x03\x04 zip"));
}

TEST(ImageHeaderTest, ReadsExifOrientationInBothByteOrders) {
  for (bool little : {true, false}) {
    for (int orientation = 1; orientation <= 8; ++orientation) {
      EXPECT_EQ(ExifOrientation(ExifTiff(orientation, little)), orientation);
      const std::string app1 = "Exif" + std::string(2, '\0') + ExifTiff(orientation, little);
      base::Result<ImageHeader> probed =
          ProbeImage(Jpeg(64, 48, "\xFF\xE1" + Be16(app1.size() + 2) + app1));
      ASSERT_TRUE(probed);
      EXPECT_EQ(probed->orientation, orientation);
    }
  }
  EXPECT_EQ(ExifOrientation(ExifTiff(9, true)), 1);  // out of range
  EXPECT_EQ(ExifOrientation("garbage"), 1);
  EXPECT_EQ(ExifOrientation(ExifTiff(6, true).substr(0, 12)), 1);  // cut short
}

TEST(ImageHeaderTest, Sha256MatchesTheStandardVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace needlepoint::imaging
