// Upload safety of the OpenCV engine: what Sanitize keeps and what it refuses.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

#include "needlepoint/imaging/image_header.h"
#include "needlepoint/imaging/opencv/opencv_engine.h"

namespace needlepoint::imaging {
namespace {

using testing::HasSubstr;

std::string Be16(unsigned v) { return {static_cast<char>(v >> 8), static_cast<char>(v & 255)}; }
std::string Be32(unsigned v) { return Be16(v >> 16) + Be16(v & 0xFFFF); }
std::string Le16(unsigned v) { return {static_cast<char>(v & 255), static_cast<char>(v >> 8)}; }
std::string Le32(unsigned v) { return Le16(v & 0xFFFF) + Le16(v >> 16); }

std::uint32_t Crc32(const std::string& bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char byte : bytes) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

std::string PngChunk(const std::string& type, const std::string& data) {
  return Be32(static_cast<unsigned>(data.size())) + type + data + Be32(Crc32(type + data));
}

// A 60×40 test picture: grey with a red block in its top-left corner.
cv::Mat Picture() {
  cv::Mat image(40, 60, CV_8UC3, cv::Scalar(128, 128, 128));
  image(cv::Rect(0, 0, 12, 8)).setTo(cv::Scalar(0, 0, 255));
  return image;
}

std::string Encode(const char* ext, const cv::Mat& image) {
  std::vector<uchar> bytes;
  cv::imencode(ext, image, bytes);
  return {bytes.begin(), bytes.end()};
}

// EXIF with Orientation 6 and a GPS IFD placing the photo at 48°51'N.
std::string ExifWithGps() {
  std::string tiff = "II" + Le16(42) + Le32(8);
  tiff += Le16(2) + Le16(0x0112) + Le16(3) + Le32(1) + Le16(6) + Le16(0);  // orientation
  tiff += Le16(0x8825) + Le16(4) + Le32(1) + Le32(38) + Le32(0);           // GPS IFD at 38
  tiff += Le16(2) + Le16(1) + Le16(2) + Le32(2) + std::string("N\0\0\0", 4);
  tiff += Le16(2) + Le16(5) + Le32(3) + Le32(68) + Le32(0);  // GPSLatitude at 68
  tiff += Le32(48) + Le32(1) + Le32(51) + Le32(1) + Le32(0) + Le32(1);
  return "Exif" + std::string(2, '\0') + tiff;
}

std::string Segment(unsigned marker, const std::string& payload) {
  return std::string{'\xFF', static_cast<char>(marker)} +
         Be16(static_cast<unsigned>(payload.size() + 2)) + payload;
}

// Every marker of a JPEG up to its first scan.
std::vector<unsigned> JpegMarkers(const std::string& jpeg) {
  std::vector<unsigned> markers;
  std::size_t at = 2;
  while (at + 4 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
    const unsigned marker = static_cast<unsigned char>(jpeg[at + 1]);
    markers.push_back(marker);
    if (marker == 0xDA) break;
    at += 2 + (static_cast<unsigned char>(jpeg[at + 2]) << 8 |
               static_cast<unsigned char>(jpeg[at + 3]));
  }
  return markers;
}

std::vector<std::string> PngChunkTypes(const std::string& png) {
  std::vector<std::string> types;
  for (std::size_t at = 8; at + 8 <= png.size();) {
    const std::size_t length = static_cast<std::size_t>(static_cast<unsigned char>(png[at])) << 24 |
                               static_cast<unsigned char>(png[at + 1]) << 16 |
                               static_cast<unsigned char>(png[at + 2]) << 8 |
                               static_cast<unsigned char>(png[at + 3]);
    types.push_back(png.substr(at + 4, 4));
    at += 12 + length;
  }
  return types;
}

long MaxRssKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

class UploadTest : public testing::Test {
 protected:
  std::unique_ptr<PhotoEngine> engine_ = MakeOpenCvPhotoEngine();
};

TEST_F(UploadTest, GpsTaggedJpegLosesEveryMetadataBlockAndIsOriented) {
  const std::string clean = Encode(".jpg", Picture());
  const std::string tagged =
      clean.substr(0, 2) + Segment(0xE1, ExifWithGps()) +
      Segment(0xE1, "http://ns.adobe.com/xap/1.0/" + std::string(1, '\0') +
                        "<x:xmpmeta><exif:GPSLatitude>48,51N</exif:GPSLatitude></x:xmpmeta>") +
      Segment(0xE2, "ICC_PROFILE" + std::string(1, '\0') + "\x01\x01 profile with a desc tag") +
      Segment(0xFE, "taken at 12 Rue Example, Paris") + clean.substr(2);
  ASSERT_EQ(ProbeImage(tagged)->orientation, 6);
  base::Result<SafeImage> safe = engine_->Sanitize(tagged);
  ASSERT_TRUE(safe) << safe.error().ToString();
  EXPECT_EQ(safe->format, ImageFormat::kJpeg);
  // Orientation 6: displayed rotated 90° clockwise, so 40×60 with the red block top right.
  EXPECT_EQ(safe->width, 40);
  EXPECT_EQ(safe->height, 60);
  const cv::Mat decoded =
      cv::imdecode(cv::Mat(1, static_cast<int>(safe->bytes.size()), CV_8UC1, safe->bytes.data()),
                   cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
  EXPECT_GT(decoded.at<cv::Vec3b>(2, 37)[2], 200);
  EXPECT_LT(decoded.at<cv::Vec3b>(2, 37)[0], 60);
  EXPECT_LT(decoded.at<cv::Vec3b>(2, 2)[2], 160);
  // Parse what would be stored: no APPn but JFIF's APP0, no comment.
  for (unsigned marker : JpegMarkers(safe->bytes)) {
    EXPECT_FALSE(marker >= 0xE1 && marker <= 0xEF) << std::hex << marker;
    EXPECT_NE(marker, 0xFEu);
  }
  for (const char* trace : {"Exif", "GPS", "xmpmeta", "ICC_PROFILE", "Paris", "48,51"}) {
    EXPECT_EQ(safe->bytes.find(trace), std::string::npos) << trace;
  }
  EXPECT_EQ(ProbeImage(safe->bytes)->orientation, 1);
  EXPECT_EQ(safe->sha256, Sha256Hex(safe->bytes));
  EXPECT_EQ(safe->sha256.size(), 64u);
}

TEST_F(UploadTest, ThumbnailsAreSmallOrientedAndCarryNoMetadata) {
  cv::Mat large(900, 1200, CV_8UC3, cv::Scalar(128, 128, 128));
  large(cv::Rect(0, 0, 240, 180)).setTo(cv::Scalar(0, 0, 255));
  const std::string clean = Encode(".jpg", large);
  const std::string tagged = clean.substr(0, 2) + Segment(0xE1, ExifWithGps()) + clean.substr(2);
  base::Result<SafeImage> thumb = engine_->Thumbnail(tagged, 320);
  ASSERT_TRUE(thumb) << thumb.error().ToString();
  // Orientation 6 turns 1200×900 into 900×1200; the longer side becomes 320.
  EXPECT_EQ(thumb->format, ImageFormat::kJpeg);
  EXPECT_EQ(thumb->width, 240);
  EXPECT_EQ(thumb->height, 320);
  base::Result<ImageHeader> header = ProbeImage(thumb->bytes);
  ASSERT_TRUE(header);
  EXPECT_EQ(header->width, 240);
  EXPECT_EQ(header->orientation, 1);
  for (unsigned marker : JpegMarkers(thumb->bytes)) {
    EXPECT_FALSE(marker >= 0xE1 && marker <= 0xEF) << std::hex << marker;
  }
  EXPECT_EQ(thumb->bytes.find("GPS"), std::string::npos);
  EXPECT_EQ(thumb->sha256, Sha256Hex(thumb->bytes));
  // A picture already small is not enlarged; a PNG stays a PNG.
  base::Result<SafeImage> small = engine_->Thumbnail(Encode(".png", Picture()), 320);
  ASSERT_TRUE(small) << small.error().ToString();
  EXPECT_EQ(small->format, ImageFormat::kPng);
  EXPECT_EQ(small->width, 60);
  EXPECT_EQ(small->height, 40);
  // The upload gate applies: a truncated file is refused.
  EXPECT_FALSE(engine_->Thumbnail(clean.substr(0, clean.size() / 2), 320));
}

TEST_F(UploadTest, PngTextExifAndIccChunksAreDropped) {
  const std::string clean = Encode(".png", Picture());
  const std::size_t after_ihdr = 8 + 25;
  const std::string tagged =
      clean.substr(0, after_ihdr) + PngChunk("tEXt", std::string("GPS\0") + "48.85N 2.35E") +
      PngChunk("iTXt", std::string("XML:com.adobe.xmp\0\0\0\0\0", 22) + "<x:xmpmeta/>") +
      PngChunk("eXIf", ExifWithGps().substr(6)) +
      PngChunk("iCCP", std::string("profile\0\0", 9) + "xx") + clean.substr(after_ihdr);
  ASSERT_EQ(ProbeImage(tagged)->orientation, 6);
  base::Result<SafeImage> safe = engine_->Sanitize(tagged);
  ASSERT_TRUE(safe) << safe.error().ToString();
  EXPECT_EQ(safe->format, ImageFormat::kPng);
  EXPECT_EQ(safe->width, 40);
  for (const std::string& type : PngChunkTypes(safe->bytes)) {
    EXPECT_THAT((std::vector<std::string>{"IHDR", "PLTE", "IDAT", "IEND"}),
                testing::Contains(type));
  }
  EXPECT_EQ(safe->bytes.find("GPS"), std::string::npos);
  EXPECT_EQ(safe->bytes.find("xmpmeta"), std::string::npos);
}

TEST_F(UploadTest, PolyglotTailsAndCommentsDoNotSurvive) {
  const std::string clean = Encode(".jpg", Picture());
  const std::string polyglot = clean.substr(0, 2) + Segment(0xFE, "<?php system($_GET['c']); ?>") +
                               clean.substr(2) + "PK\x03\x04\x14\x00 evil.zip " +
                               "<html><script>alert(1)</script></html>";
  base::Result<SafeImage> safe = engine_->Sanitize(polyglot);
  ASSERT_TRUE(safe) << safe.error().ToString();
  for (const char* trace : {"PK\x03\x04", "<html", "<script", "<?php"}) {
    EXPECT_EQ(safe->bytes.find(trace), std::string::npos) << trace;
  }
  EXPECT_TRUE(safe->bytes.ends_with("\xFF\xD9"));
  const std::string png = Encode(".png", Picture());
  base::Result<SafeImage> safe_png = engine_->Sanitize(png + "<html>x</html>");
  ASSERT_TRUE(safe_png);
  EXPECT_EQ(safe_png->bytes.find("<html"), std::string::npos);
  EXPECT_TRUE(safe_png->bytes.ends_with(PngChunk("IEND", "")));
}

TEST_F(UploadTest, BombsAreRefusedFastAndWithoutAllocatingThePixels) {
  const std::string ihdr_bomb =
      std::string("\x89PNG\r\n\x1A\n", 8) +
      PngChunk("IHDR", Be32(30000) + Be32(30000) + std::string("\x08\x02\x00\x00\x00", 5)) +
      PngChunk("IDAT", std::string("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9)) +
      PngChunk("IEND", "");
  std::string jpeg_bomb = Encode(".jpg", Picture());
  const std::size_t sof = jpeg_bomb.find("\xFF\xC0");
  ASSERT_NE(sof, std::string::npos);
  jpeg_bomb.replace(sof + 5, 4, Be16(9500) + Be16(9500));  // 90 MP, each side under 10,000
  const long rss_before = MaxRssKiB();
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& bomb : {ihdr_bomb, jpeg_bomb}) {
    base::Result<SafeImage> safe = engine_->Sanitize(bomb);
    ASSERT_FALSE(safe);
    EXPECT_THAT(safe.error().message(), HasSubstr("limit"));
    base::Result<PhotoAnalysis> analysed = engine_->Analyse(bomb);
    ASSERT_FALSE(analysed);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(100));
  EXPECT_LT(MaxRssKiB() - rss_before, 10 * 1024);  // 30000² pixels would be 2.5 GiB
}

TEST_F(UploadTest, TruncatedAndCorruptFilesAreRefusedWithAReason) {
  const std::string jpeg = Encode(".jpg", Picture()), png = Encode(".png", Picture());
  for (const std::string& bad :
       {jpeg.substr(0, jpeg.size() * 6 / 10), png.substr(0, png.size() * 6 / 10)}) {
    base::Result<SafeImage> safe = engine_->Sanitize(bad);
    ASSERT_FALSE(safe);
    EXPECT_THAT(safe.error().message(), HasSubstr("truncated"));
  }
  // Complete structure, garbage inside the PNG's compressed data.
  std::string corrupt = png;
  const std::size_t idat = corrupt.find("IDAT");
  for (std::size_t i = idat + 6; i < idat + 30 && i < corrupt.size() - 12; ++i) corrupt[i] ^= 0x5A;
  base::Result<SafeImage> safe = engine_->Sanitize(corrupt);
  ASSERT_FALSE(safe);
  EXPECT_THAT(safe.error().message(), HasSubstr("cannot be decoded"));
}

TEST_F(UploadTest, WrongTypesAreRefusedWhateverTheyClaim) {
  const std::string gif = std::string("GIF89a\x3c\x00\x28\x00\x80\x00\x00", 13);
  for (const std::string& bad : {gif, std::string("BM6\x00\x00\x00"), std::string("%PDF-1.4\n"),
                                 std::string("<svg xmlns='http://www.w3.org/2000/svg'/>")}) {
    base::Result<SafeImage> safe = engine_->Sanitize(bad);
    ASSERT_FALSE(safe);
    EXPECT_EQ(safe.error().code(), base::StatusCode::kInvalidArgument);
    EXPECT_THAT(safe.error().message(), HasSubstr("not a JPEG or PNG"));
  }
}

TEST_F(UploadTest, SanitizingIsStableAndHashesTheStoredBytes) {
  const std::string png = Encode(".png", Picture());
  base::Result<SafeImage> first = engine_->Sanitize(png);
  ASSERT_TRUE(first);
  base::Result<SafeImage> second = engine_->Sanitize(first->bytes);
  ASSERT_TRUE(second);
  EXPECT_EQ(first->sha256, second->sha256);  // lossless PNG: the same pixels, the same bytes
  const cv::Mat decoded =
      cv::imdecode(cv::Mat(1, static_cast<int>(first->bytes.size()), CV_8UC1, first->bytes.data()),
                   cv::IMREAD_COLOR);
  EXPECT_EQ(cv::norm(decoded, Picture(), cv::NORM_INF), 0);
}

}  // namespace
}  // namespace needlepoint::imaging
