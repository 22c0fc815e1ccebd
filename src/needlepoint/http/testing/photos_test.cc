// Consent and photos through the API, on every backend: the upload gate (bombs, truncated
// files, wrong and mismatched types, polyglot tails, the 20 MiB limit) with nothing left in
// the photo directory by a refused or failed upload; no EXIF/GPS in the stored file (parsed);
// photography consent required, versioned and re-signed; the portal's own photos only; one
// audit row per call; analysis, comparison with overlays and the trend on phantom photos.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "needlepoint/app/booking.h"
#include "needlepoint/http/testing/test_server.h"
#include "needlepoint/imaging/image_header.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;

std::string Be16(unsigned v) { return {static_cast<char>(v >> 8), static_cast<char>(v & 255)}; }
std::string Le16(unsigned v) { return {static_cast<char>(v & 255), static_cast<char>(v >> 8)}; }
std::string Le32(unsigned v) { return Le16(v & 0xFFFF) + Le16(v >> 16); }

std::string Segment(unsigned marker, const std::string& payload) {
  return std::string{'\xFF', static_cast<char>(marker)} +
         Be16(static_cast<unsigned>(payload.size() + 2)) + payload;
}

// An EXIF block with a GPS IFD placing the photo at 48°51'N.
std::string ExifWithGps() {
  std::string tiff = "II" + Le16(42) + Le32(8);
  tiff += Le16(1) + Le16(0x8825) + Le16(4) + Le32(1) + Le32(26) + Le32(0);  // GPS IFD at 26
  tiff += Le16(2) + Le16(1) + Le16(2) + Le32(2) + std::string("N\0\0\0", 4);
  tiff += Le16(2) + Le16(5) + Le32(3) + Le32(56) + Le32(0);  // GPSLatitude at 56
  tiff += Le32(48) + Le32(1) + Le32(51) + Le32(1) + Le32(0) + Le32(1);
  return "Exif" + std::string(2, '\0') + tiff;
}

// The phantom JPEG with a GPS-tagged EXIF block and a comment naming a street.
std::string GpsTaggedJpeg() {
  const std::string& clean = PhantomJpeg();
  return clean.substr(0, 2) + Segment(0xE1, ExifWithGps()) +
         Segment(0xFE, "taken at 12 Rue Example, Paris") + clean.substr(2);
}

// The phantom JPEG whose frame header claims `width`×`height` pixels.
std::string ClaimingSize(unsigned width, unsigned height) {
  std::string jpeg = PhantomJpeg();
  for (size_t at = 2; at + 9 < jpeg.size();) {
    const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
    if (marker == 0xC0 || marker == 0xC2) {
      jpeg.replace(at + 5, 4, Be16(height) + Be16(width));
      return jpeg;
    }
    at += 2 + (static_cast<unsigned char>(jpeg[at + 2]) << 8 |
               static_cast<unsigned char>(jpeg[at + 3]));
  }
  return jpeg;
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

class Photos : public ServerTest {
 protected:
  Photos() : ServerTest("photos") {}

  HttpResult As(const std::string& role, const std::string& method, const std::string& path,
                const std::string& body = "") const {
    return client().Send(method, path, body, Bearer(a_.tokens.at(role), !body.empty()));
  }
  HttpResult Upload(const std::string& role, base::PatientId patient, const std::string& bytes,
                    const std::string& query = "timepoint=baseline&view=front",
                    const std::string& type = "image/jpeg") const {
    std::map<std::string, std::string> headers = Bearer(a_.tokens.at(role), false);
    headers["Content-Type"] = type;
    return client().Send("POST", "/api/v1/patients/" + patient.ToString() + "/photos?" + query,
                         bytes, headers);
  }
  // The regular files in the server's photo directory.
  size_t StoredFiles() const {
    size_t count = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(server_->photo_dir(), ec)) {
      if (entry.is_regular_file()) ++count;
    }
    return count;
  }
  size_t AuditCount() const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->audit().List({.after_seq = 0, .limit = 100000}).value().size();
  }
  int64_t PublishPhotoText(const std::string& text) {
    const HttpResult published = As("owner", "POST", "/api/v1/consent-texts",
                                    json{{"kind", "photography"}, {"text", text}}.dump());
    EXPECT_EQ(published.status, 201) << published.body;
    return published.Json().value("id", int64_t{0});
  }
  HttpResult Sign(const std::string& role, base::PatientId patient, int64_t text_id) {
    return As(
        role, "POST", "/api/v1/patients/" + patient.ToString() + "/consents",
        json{{"kind", "photography"}, {"text_id", text_id}, {"typed_name", "Ada Lovelace"}}.dump());
  }
};

TEST_P(Photos, ConsentIsRequiredVersionedAndSignedAgainForANewVersion) {
  const base::PatientId patient = a_.seed.patient.id;
  // No photography text yet: nothing to sign, no upload.
  HttpResult refused = Upload("provider", patient, PhantomJpeg());
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_NE(refused.body.find("photography consent"), std::string::npos) << refused.body;
  const int64_t v1 = PublishPhotoText("Photos of my treated areas may be taken. v1");
  EXPECT_EQ(As("provider", "POST", "/api/v1/consent-texts",
               R"({"kind":"photography","text":"not the owner"})")
                .status,
            403);
  // The patient signs from the portal.
  const HttpResult signed_v1 = Sign("patient", patient, v1);
  ASSERT_EQ(signed_v1.status, 201) << signed_v1.body;
  EXPECT_TRUE(signed_v1.Json().value("by_patient", false));
  EXPECT_EQ(signed_v1.Json().value("text_sha256", "").size(), 64u);
  EXPECT_EQ(Upload("provider", patient, PhantomJpeg()).status, 201);

  // A new version: the old signature lapses, signing the old text is refused.
  const int64_t v2 = PublishPhotoText("Photos of my treated areas may be taken. v2");
  json texts = As("patient", "GET", "/api/v1/consent-texts").Json();
  ASSERT_EQ(texts["items"].size(), 2u);
  EXPECT_FALSE(texts["items"][0].value("current", true));
  EXPECT_TRUE(texts["items"][1].value("current", false));
  EXPECT_EQ(texts["items"][1].value("version", 0), 2);
  json consents =
      As("front_desk", "GET", "/api/v1/patients/" + patient.ToString() + "/consents").Json();
  EXPECT_FALSE(consents["current"].value("photography", true));
  EXPECT_FALSE(consents["items"][0].value("current", true));
  EXPECT_EQ(Upload("provider", patient, PhantomJpeg()).status, 422);
  const HttpResult stale = Sign("front_desk", patient, v1);
  EXPECT_EQ(stale.status, 409) << stale.body;
  // A text of another kind, or none, is named as the problem.
  const HttpResult wrong =
      As("front_desk", "POST", "/api/v1/patients/" + patient.ToString() + "/consents",
         json{{"kind", "treatment"}, {"text_id", v2}, {"typed_name", "Ada Lovelace"}}.dump());
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(wrong.body.find("/text_id"), std::string::npos) << wrong.body;
  const HttpResult blank =
      As("front_desk", "POST", "/api/v1/patients/" + patient.ToString() + "/consents",
         json{{"kind", "photography"}, {"text_id", v2}, {"typed_name", "  "}}.dump());
  EXPECT_EQ(blank.status, 400);
  EXPECT_NE(blank.body.find("/typed_name"), std::string::npos) << blank.body;
  // Signed again (by staff this time): current, and uploads work again.
  const HttpResult signed_v2 = Sign("front_desk", patient, v2);
  ASSERT_EQ(signed_v2.status, 201) << signed_v2.body;
  EXPECT_FALSE(signed_v2.Json().value("by_patient", true));
  consents = As("patient", "GET", "/api/v1/patients/" + patient.ToString() + "/consents").Json();
  EXPECT_TRUE(consents["current"].value("photography", false));
  EXPECT_EQ(Upload("patient", patient, PhantomJpeg()).status, 201);
  // The portal signs only for itself.
  EXPECT_EQ(Sign("patient", a_.seed.patient2.id, v2).status, 404);
}

TEST_P(Photos, TheStoredFileHasNoExifOrGpsLeft) {
  ASSERT_TRUE(EnsurePhotoConsent(*server_, a_, a_.seed.patient.id).ok());
  const std::string tagged = GpsTaggedJpeg();
  ASSERT_NE(tagged.find("Exif"), std::string::npos);
  ASSERT_NE(tagged.find("Paris"), std::string::npos);
  ASSERT_EQ(JpegMarkers(tagged).at(0), 0xE1u);  // the EXIF block (with its GPS IFD) is first
  const HttpResult uploaded = Upload("provider", a_.seed.patient.id, tagged);
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  const json photo = uploaded.Json();
  EXPECT_EQ(photo.value("width", 0), 640);
  EXPECT_EQ(photo.value("format", ""), "jpeg");
  EXPECT_FALSE(photo.value("patient_taken", true));
  // The file on disk, named by its SHA-256, owner-only.
  const std::string sha = photo.value("sha256", "");
  const std::filesystem::path file = server_->photo_dir() / sha;
  ASSERT_TRUE(std::filesystem::exists(file)) << file;
  EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  EXPECT_EQ(
      std::filesystem::status(server_->photo_dir()).permissions() & std::filesystem::perms::all,
      std::filesystem::perms::owner_all);
  // What is served is what is stored; parse it: no APPn but JFIF's APP0, no comment.
  const HttpResult image =
      As("provider", "GET", "/api/v1/photos/" + std::to_string(photo.value("id", 0)) + "/image");
  ASSERT_EQ(image.status, 200);
  EXPECT_EQ(image.Header("content-type"), "image/jpeg");
  EXPECT_EQ(image.Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(image.Header("cache-control"), "private, no-store");
  EXPECT_EQ(imaging::Sha256Hex(image.body), sha);
  for (unsigned marker : JpegMarkers(image.body)) {
    EXPECT_FALSE(marker >= 0xE1 && marker <= 0xEF) << std::hex << marker;
    EXPECT_NE(marker, 0xFEu);
  }
  for (const char* trace : {"Exif", "Paris", "\x25\x88"}) {  // 0x8825: the GPS IFD's tag
    EXPECT_EQ(image.body.find(trace), std::string::npos) << trace;
  }
  // The thumbnail: at most 320 px, no metadata either.
  const HttpResult thumbnail = As(
      "provider", "GET", "/api/v1/photos/" + std::to_string(photo.value("id", 0)) + "/thumbnail");
  ASSERT_EQ(thumbnail.status, 200);
  base::Result<imaging::ImageHeader> header = imaging::ProbeImage(thumbnail.body);
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(std::max(header->width, header->height), 320);
  EXPECT_EQ(thumbnail.body.find("GPS"), std::string::npos);
}

TEST_P(Photos, TheGateRefusesBadFilesAndLeavesNothingBehind) {
  const base::PatientId patient = a_.seed.patient.id;
  ASSERT_TRUE(EnsurePhotoConsent(*server_, a_, patient).ok());
  const std::string& jpeg = PhantomJpeg();
  const size_t files_before = StoredFiles();
  struct Case {
    std::string what, body, type;
    int status;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"a decompression bomb", ClaimingSize(30000, 30000), "image/jpeg", 422, "limit"},
      {"a side over 10,000 px", ClaimingSize(12000, 100), "image/jpeg", 422, "10"},
      {"a truncated JPEG", jpeg.substr(0, jpeg.size() / 2), "image/jpeg", 422, "truncated"},
      {"not an image", "GIF89a" + std::string(100, '\1'), "image/jpeg", 422, "JPEG or PNG"},
      {"HTML as an image", "<html><script>alert(1)</script></html>", "image/png", 422,
       "JPEG or PNG"},
      {"a JPEG declared PNG", jpeg, "image/png", 415, "Content-Type"},
      {"a wrong media type", jpeg, "text/plain", 415, "image/jpeg"},
      {"an empty body", "", "image/jpeg", 422, ""},
  };
  for (const Case& c : cases) {
    const auto started = std::chrono::steady_clock::now();
    const HttpResult result =
        Upload("provider", patient, c.body, "timepoint=baseline&view=front", c.type);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(1)) << c.what;
    EXPECT_EQ(result.status, c.status) << c.what << ": " << result.body;
    EXPECT_NE(result.body.find(c.says), std::string::npos) << c.what << ": " << result.body;
  }
  // Metadata problems name their parameter.
  const HttpResult bad_query =
      Upload("provider", patient, jpeg, "timepoint=month_2&view=top&appointment_id=x");
  EXPECT_EQ(bad_query.status, 400);
  for (const char* name : {"?timepoint", "?view", "?appointment_id"}) {
    EXPECT_NE(bad_query.body.find(name), std::string::npos) << name << ": " << bad_query.body;
  }
  EXPECT_EQ(Upload("provider", patient, jpeg, "view=front").status, 400);
  // A request that fails after its files were written (an appointment of another patient,
  // found in the write transaction) removes them again.
  app::RequestContext owner = ContextOf(a_, a_.seed.owner);
  const auto other = app::BookVisit(server_->env(), owner,
                                    {.patient = a_.seed.patient2.id,
                                     .start = {NextBookingDay(), 9 * 60},
                                     .provider = a_.seed.provider.id});
  ASSERT_TRUE(other.has_value()) << other.error().ToString();
  const HttpResult foreign = Upload(
      "provider", patient, GpsTaggedJpeg(),
      "timepoint=baseline&view=front&appointment_id=" + other->appointments.at(0).id.ToString());
  EXPECT_EQ(foreign.status, 400) << foreign.body;
  EXPECT_EQ(StoredFiles(), files_before) << "a refused upload left a file behind";
  // Over 20 MiB: refused from the header, the body never read.
  const std::string head =
      "POST /api/v1/patients/" + patient.ToString() +
      "/photos?timepoint=baseline&view=front HTTP/1.1\r\nHost: 127.0.0.1\r\n"
      "Authorization: Bearer " +
      a_.tokens.at("provider") +
      "\r\nContent-Type: image/jpeg\r\nContent-Length: " + std::to_string((20u << 20) + 1) +
      "\r\n\r\n";
  const HttpResult over = ParseHttpResponse(client().SendRaw(head, milliseconds(5000)));
  EXPECT_EQ(over.status, 413) << over.body;
  EXPECT_NE(over.body.find("20 MiB"), std::string::npos) << over.body;
  // Between the API's 1 MiB and 20 MiB this route reads the body: a JPEG with 1.5 MiB of
  // HTML appended (a polyglot) is stored without its tail.
  const std::string polyglot =
      jpeg + "<html><script>alert(1)</script>" + std::string(1536 * 1024, ' ') + "</html>";
  const HttpResult stored = Upload("provider", patient, polyglot);
  ASSERT_EQ(stored.status, 201) << stored.body;
  const HttpResult image =
      As("provider", "GET",
         "/api/v1/photos/" + std::to_string(stored.Json().value("id", 0)) + "/image");
  EXPECT_EQ(image.body.find("<script>"), std::string::npos);
  EXPECT_LT(image.body.size(), 1024u * 1024u);
  EXPECT_EQ(StoredFiles(), files_before + 2);  // the photo and its thumbnail
}

TEST_P(Photos, PortalAccountsUploadAndReadOnlyTheirOwn) {
  ASSERT_TRUE(EnsurePhotoConsent(*server_, a_, a_.seed.patient.id).ok());
  const HttpResult own =
      Upload("patient", a_.seed.patient.id, PhantomJpeg(), "timepoint=month_1&view=close_up");
  ASSERT_EQ(own.status, 201) << own.body;
  EXPECT_TRUE(own.Json().value("patient_taken", false));
  EXPECT_EQ(own.Json().value("timepoint", ""), "month_1");
  const std::string id = std::to_string(own.Json().value("id", 0));
  EXPECT_EQ(As("patient", "PATCH", "/api/v1/photos/" + id, R"({"notes":"bathroom light"})").status,
            200);
  EXPECT_EQ(As("provider", "GET", "/api/v1/photos/" + id).Json().value("notes", ""),
            "bathroom light");
  // Someone else's photo answers as missing; so does another patient's list and upload.
  const base::Result<domain::Photo> theirs = FreshPhoto(*server_, a_, a_.seed.patient2.id);
  ASSERT_TRUE(theirs.has_value()) << theirs.error().ToString();
  for (const std::string& path :
       {"/api/v1/photos/" + theirs->id.ToString(),
        "/api/v1/photos/" + theirs->id.ToString() + "/image",
        "/api/v1/patients/" + a_.seed.patient2.id.ToString() + "/photos"}) {
    EXPECT_EQ(As("patient", "GET", path).status, 404) << path;
  }
  EXPECT_EQ(Upload("patient", a_.seed.patient2.id, PhantomJpeg()).status, 404);
  // Analysis and comparison are staff tools.
  EXPECT_EQ(As("patient", "POST", "/api/v1/photos/" + id + "/analysis").status, 403);
  // Another clinic sees nothing.
  const base::Result<SeededApiClinic> b = SeedApiClinic(*server_, "photos-b");
  ASSERT_TRUE(b.has_value()) << b.error().ToString();
  EXPECT_EQ(
      client().Send("GET", "/api/v1/photos/" + id, "", Bearer(b->tokens.at("owner"), false)).status,
      404);
  const json list =
      As("front_desk", "GET", "/api/v1/patients/" + a_.seed.patient.id.ToString() + "/photos")
          .Json();
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0].value("view", ""), "close_up");
}

TEST_P(Photos, EveryCallLeavesExactlyOneAuditRow) {
  ASSERT_TRUE(EnsurePhotoConsent(*server_, a_, a_.seed.patient.id).ok());
  const std::string patient = a_.seed.patient.id.ToString();
  size_t before = AuditCount();
  const HttpResult uploaded = Upload("provider", a_.seed.patient.id, PhantomJpeg());
  ASSERT_EQ(uploaded.status, 201);
  const std::string id = std::to_string(uploaded.Json().value("id", 0));
  EXPECT_EQ(AuditCount(), before + 1) << "upload";
  const std::vector<std::pair<std::string, std::string>> calls = {
      {"GET", "/api/v1/patients/" + patient + "/photos"},
      {"GET", "/api/v1/photos/" + id},
      {"GET", "/api/v1/photos/" + id + "/image"},
      {"GET", "/api/v1/photos/" + id + "/thumbnail"},
      {"GET", "/api/v1/patients/" + patient + "/consents"},
      {"GET", "/api/v1/patients/" + patient + "/photo-trend?view=front"},
      {"GET", "/api/v1/photos/999999999"},  // a refusal counts too
  };
  for (const auto& [method, path] : calls) {
    before = AuditCount();
    const HttpResult result = As("provider", method, path);
    EXPECT_EQ(AuditCount(), before + 1) << path << " answered " << result.status;
  }
  before = AuditCount();
  EXPECT_EQ(Upload("provider", a_.seed.patient.id, "not an image").status, 422);
  EXPECT_EQ(AuditCount(), before + 1) << "refused upload";
  before = AuditCount();
  EXPECT_EQ(As("provider", "PATCH", "/api/v1/photos/" + id, R"({"notes":"x"})").status, 200);
  EXPECT_EQ(AuditCount(), before + 1) << "notes";
}

TEST_P(Photos, AnalysisComparisonOverlaysAndTrendOnPhantoms) {
  const base::PatientId patient = a_.seed.patient.id;
  ASSERT_TRUE(EnsurePhotoConsent(*server_, a_, patient).ok());
  const HttpResult baseline = Upload("provider", patient, PhantomJpeg());
  const HttpResult follow_up =
      Upload("provider", patient, PhantomJpeg(), "timepoint=month_3&view=front");
  ASSERT_EQ(baseline.status, 201);
  ASSERT_EQ(follow_up.status, 201);
  const int64_t before_id = baseline.Json().value("id", int64_t{0});
  const int64_t after_id = follow_up.Json().value("id", int64_t{0});
  // Analysis: the contract's JSON, stored with the photo.
  for (int64_t id : {after_id, before_id}) {
    const HttpResult analysed =
        As("provider", "POST", "/api/v1/photos/" + std::to_string(id) + "/analysis");
    ASSERT_EQ(analysed.status, 200) << analysed.body;
    const json analysis = analysed.Json();
    EXPECT_EQ(analysis.value("width", 0), 640);
    EXPECT_TRUE(analysis.contains("quality"));
    EXPECT_TRUE(analysis.contains("card"));
  }
  const json stored = As("patient", "GET", "/api/v1/photos/" + std::to_string(before_id)).Json();
  EXPECT_EQ(stored["analysis"].value("height", 0), 480);
  EXPECT_TRUE(stored["analysed_at"].is_string());
  // Comparison of the pair (the same capture twice: registered, nothing significant).
  const HttpResult compared =
      As("provider", "POST", "/api/v1/photos/compare",
         json{{"before_id", before_id}, {"after_id", after_id}, {"overlays", true}}.dump());
  ASSERT_EQ(compared.status, 200) << compared.body;
  const json comparison = compared.Json();
  EXPECT_TRUE(comparison["registration"].value("ok", false)) << comparison["registration"];
  EXPECT_LT(std::abs(comparison["registration"].value("rotation_deg", 9.0)), 0.5);
  for (const auto& [metric, change] : comparison["changes"].items()) {
    EXPECT_FALSE(change.value("significant", true)) << metric;
  }
  for (const char* name : {"side_by_side", "wipe", "features_before", "features_after"}) {
    ASSERT_TRUE(comparison["overlays"].contains(name)) << name;
    const HttpResult overlay = As("provider", "GET", comparison["overlays"][name].value("url", ""));
    EXPECT_EQ(overlay.status, 200) << name;
    EXPECT_TRUE(overlay.Header("content-type").starts_with("image/")) << name;
    EXPECT_TRUE(imaging::ProbeImage(overlay.body).has_value()) << name;
  }
  // Photos of two patients are not compared.
  const base::Result<domain::Photo> theirs = FreshPhoto(*server_, a_, a_.seed.patient2.id);
  ASSERT_TRUE(theirs.has_value());
  const HttpResult mixed =
      As("provider", "POST", "/api/v1/photos/compare",
         json{{"before_id", before_id}, {"after_id", theirs->id.value()}}.dump());
  EXPECT_EQ(mixed.status, 400);
  EXPECT_NE(mixed.body.find("/after_id"), std::string::npos) << mixed.body;
  // The trend: every metric over the timepoints, baseline first.
  const json trend =
      As("patient", "GET", "/api/v1/patients/" + patient.ToString() + "/photo-trend?view=front")
          .Json();
  ASSERT_EQ(trend["points"].size(), 2u) << trend;
  EXPECT_EQ(trend["points"][0].value("timepoint", ""), "baseline");
  EXPECT_EQ(trend["points"][1].value("timepoint", ""), "month_3");
  ASSERT_TRUE(trend["metrics"].contains("spots.count")) << trend;
  EXPECT_EQ(trend["metrics"]["spots.count"].size(), 2u);
  EXPECT_EQ(trend["metrics"]["spots.count"][0].value("photo_id", int64_t{0}), before_id);
  EXPECT_EQ(
      As("provider", "GET", "/api/v1/patients/" + patient.ToString() + "/photo-trend?view=sideways")
          .status,
      400);
}

INSTANTIATE_TEST_SUITE_P(Backends, Photos, ::testing::Values("sqlite", "postgres", "memory"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
