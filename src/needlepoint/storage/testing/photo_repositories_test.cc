// The storage behind consent and photos, on every backend (SQLite, PostgreSQL and the
// in-memory twin): consent texts numbered per kind with the newest current, signatures with
// their hash and recorder, photos with their notes and stored analysis, overlays tied to two
// photos, the schema's refusals, clinic isolation, and a merge that carries signatures and
// photos to the real record.
#include <gtest/gtest.h>

#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

using base::StatusCode;
using domain::ConsentKind;

const std::string kHashA(64, 'a');
const std::string kHashB(64, 'b');

class PhotoRepositories : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) {
      GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
    }
    auto store = OpenTestStore(GetParam(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().ToString();
    store_ = std::move(*store);
    auto seed = SeedClinic(db(), "photo-repo");
    ASSERT_TRUE(seed.has_value()) << seed.error().ToString();
    seed_ = *seed;
  }

  Database& db() { return store_->db(); }
  std::unique_ptr<Transaction> Write(base::ClinicId clinic = {}) {
    return db().Begin(clinic.valid() ? clinic : seed_.clinic.id, Access::kWrite).value();
  }
  std::unique_ptr<Transaction> Read() { return db().Begin(seed_.clinic.id, Access::kRead).value(); }

  domain::ConsentText Text(ConsentKind kind, std::string body) {
    return {.kind = kind,
            .title = "Consent",
            .body = std::move(body),
            .sha256 = kHashA,
            .created_by = seed_.owner.id};
  }
  domain::Photo NewPhoto(base::PatientId patient, std::string timepoint) {
    domain::Photo p;
    p.patient_id = patient;
    p.timepoint = std::move(timepoint);
    p.view = domain::PhotoView::kLeft45;
    p.notes = "even light";
    p.width = 640;
    p.height = 480;
    p.format = "jpeg";
    p.sha256 = kHashA;
    p.thumbnail_sha256 = kHashB;
    p.uploaded_by = seed_.provider.id;
    return p;
  }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic seed_;
};

TEST_P(PhotoRepositories, ConsentTextsAreVersionedPerKindAndTheNewestIsCurrent) {
  auto tx = Write();
  EXPECT_EQ(tx->consents().LatestText(ConsentKind::kPhotography).error().code(),
            StatusCode::kNotFound);
  const auto t1 = tx->consents().AddText(Text(ConsentKind::kTreatment, "v1")).value();
  const auto p1 = tx->consents().AddText(Text(ConsentKind::kPhotography, "photos v1")).value();
  clock_.Advance(std::chrono::minutes(1));
  const auto t2 = tx->consents().AddText(Text(ConsentKind::kTreatment, "v2")).value();
  EXPECT_EQ(t1.version, 1);
  EXPECT_EQ(p1.version, 1);
  EXPECT_EQ(t2.version, 2);
  EXPECT_EQ(t2.created_at, At(1));
  EXPECT_EQ(t2.created_by, seed_.owner.id);
  EXPECT_EQ(t2.sha256, kHashA);
  ASSERT_TRUE(tx->Commit().ok());
  tx.reset();  // a SQLite writer holds its connection until it is gone

  auto read = Read();
  EXPECT_EQ(read->consents().LatestText(ConsentKind::kTreatment)->id, t2.id);
  EXPECT_EQ(read->consents().LatestText(ConsentKind::kPhotography)->body, "photos v1");
  EXPECT_EQ(read->consents().GetText(t1.id)->body, "v1");
  const auto all = read->consents().ListTexts().value();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].kind, ConsentKind::kPhotography);  // by kind name, then version
  EXPECT_EQ(all[1].id, t1.id);
  EXPECT_EQ(all[2].id, t2.id);
}

TEST_P(PhotoRepositories, SignaturesKeepWhatWasSignedAndWhoRecordedIt) {
  auto tx = Write();
  const auto text = tx->consents().AddText(Text(ConsentKind::kPhotography, "photos")).value();
  domain::ConsentSignature s{.patient_id = seed_.patient.id,
                             .text_id = text.id,
                             .kind = ConsentKind::kPhotography,
                             .text_version = 1,
                             .text_sha256 = kHashA,
                             .typed_name = "Ada Lovelace",
                             .recorded_by = seed_.front_desk.id,
                             .signed_at = At(5)};
  const auto stored = tx->consents().Sign(s).value();
  EXPECT_TRUE(stored.id.valid());
  s.signed_at = At(2);
  s.by_patient = true;
  const auto earlier = tx->consents().Sign(s).value();
  ASSERT_TRUE(tx->Commit().ok());
  tx.reset();  // a SQLite writer holds its connection until it is gone
  // The schema refuses an empty name and a missing text (each in its own transaction: a
  // failed statement ends a PostgreSQL transaction).
  {
    auto bad = s;
    bad.typed_name = "";
    EXPECT_FALSE(Write()->consents().Sign(bad));
    auto missing = s;
    missing.text_id = base::ConsentTextId(999999999);
    EXPECT_EQ(Write()->consents().Sign(missing).error().code(), StatusCode::kFailedPrecondition);
  }
  auto read = Read();
  const auto list = read->consents().ListSignatures(seed_.patient.id).value();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, earlier.id);  // oldest first
  EXPECT_TRUE(list[0].by_patient);
  EXPECT_EQ(list[1].typed_name, "Ada Lovelace");
  EXPECT_EQ(list[1].recorded_by, seed_.front_desk.id);
  EXPECT_FALSE(list[1].by_patient);
  EXPECT_EQ(list[1].text_sha256, kHashA);
  EXPECT_EQ(list[1].signed_at, At(5));
  EXPECT_TRUE(read->consents().ListSignatures(seed_.patient2.id)->empty());
}

TEST_P(PhotoRepositories, PhotosKeepTheirMetadataNotesAndAnalysis) {
  auto tx = Write();
  const auto first = tx->photos().Create(NewPhoto(seed_.patient.id, "baseline")).value();
  clock_.Advance(std::chrono::minutes(3));
  auto second_photo = NewPhoto(seed_.patient.id, "session_2");
  second_photo.patient_taken = true;
  second_photo.format = "png";
  const auto second = tx->photos().Create(second_photo).value();
  EXPECT_EQ(first.view, domain::PhotoView::kLeft45);
  EXPECT_EQ(first.created_at, At(0));
  EXPECT_FALSE(first.analysis.has_value());
  EXPECT_TRUE(second.patient_taken);
  EXPECT_EQ(tx->photos().SetNotes(first.id, "flash off")->notes, "flash off");
  const auto analysed = tx->photos().SetAnalysis(second.id, R"({"width":640})", At(9)).value();
  EXPECT_EQ(analysed.analysis, R"({"width":640})");
  EXPECT_EQ(analysed.analysed_at, At(9));
  EXPECT_EQ(tx->photos().SetNotes(base::PhotoId(999999999), "x").error().code(),
            StatusCode::kNotFound);
  ASSERT_TRUE(tx->Commit().ok());
  tx.reset();  // a SQLite writer holds its connection until it is gone
  // The schema refuses a bad format and a missing patient.
  {
    auto bad = NewPhoto(seed_.patient.id, "baseline");
    bad.format = "gif";
    EXPECT_FALSE(Write()->photos().Create(bad));
    EXPECT_EQ(
        Write()->photos().Create(NewPhoto(base::PatientId(999999999), "baseline")).error().code(),
        StatusCode::kFailedPrecondition);
  }
  auto read = Read();
  const auto list = read->photos().ListForPatient(seed_.patient.id).value();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, first.id);
  EXPECT_EQ(list[0].notes, "flash off");
  EXPECT_EQ(list[0].sha256, kHashA);
  EXPECT_EQ(list[0].thumbnail_sha256, kHashB);
  EXPECT_EQ(list[0].width, 640);
  EXPECT_EQ(list[1].format, "png");
  EXPECT_EQ(list[1].timepoint, "session_2");
  EXPECT_EQ(list[1].analysis, R"({"width":640})");
}

TEST_P(PhotoRepositories, OverlaysNameTheirPhotosAndAnotherClinicSeesNothing) {
  auto tx = Write();
  const auto before = tx->photos().Create(NewPhoto(seed_.patient.id, "baseline")).value();
  const auto after = tx->photos().Create(NewPhoto(seed_.patient.id, "month_3")).value();
  domain::PhotoOverlay o{.patient_id = seed_.patient.id,
                         .before_id = before.id,
                         .after_id = after.id,
                         .name = "wipe",
                         .format = "jpeg",
                         .sha256 = kHashB,
                         .created_by = seed_.provider.id};
  const auto stored = tx->photos().AddOverlay(o).value();
  EXPECT_EQ(tx->photos().GetOverlay(stored.id)->after_id, after.id);
  ASSERT_TRUE(tx->Commit().ok());
  tx.reset();  // a SQLite writer holds its connection until it is gone
  auto bad = o;
  bad.name = "collage";
  EXPECT_FALSE(Write()->photos().AddOverlay(bad));

  auto other = SeedClinic(db(), "photo-other").value();
  auto foreign = db().Begin(other.clinic.id, Access::kRead).value();
  EXPECT_EQ(foreign->photos().Get(before.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(foreign->photos().GetOverlay(stored.id).error().code(), StatusCode::kNotFound);
  EXPECT_TRUE(foreign->photos().ListForPatient(seed_.patient.id)->empty());
  EXPECT_TRUE(foreign->consents().ListTexts()->empty());
}

TEST_P(PhotoRepositories, AMergeCarriesSignaturesAndPhotos) {
  auto tx = Write();
  const auto text = tx->consents().AddText(Text(ConsentKind::kPhotography, "photos")).value();
  ASSERT_TRUE(tx->consents().Sign({.patient_id = seed_.patient2.id,
                                   .text_id = text.id,
                                   .kind = ConsentKind::kPhotography,
                                   .text_sha256 = kHashA,
                                   .typed_name = "Grace Hopper",
                                   .recorded_by = seed_.owner.id,
                                   .signed_at = At(1)}));
  ASSERT_TRUE(tx->photos().Create(NewPhoto(seed_.patient2.id, "baseline")));
  ASSERT_TRUE(tx->patients().Merge(seed_.patient2.id, seed_.patient.id));
  ASSERT_TRUE(tx->Commit().ok());
  tx.reset();  // a SQLite writer holds its connection until it is gone
  auto read = Read();
  EXPECT_EQ(read->consents().ListSignatures(seed_.patient.id)->size(), 1u);
  EXPECT_EQ(read->photos().ListForPatient(seed_.patient.id)->size(), 1u);
  EXPECT_TRUE(read->photos().ListForPatient(seed_.patient2.id)->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, PhotoRepositories,
                         ::testing::Values("sqlite", "postgres", "memory"), BackendName);

}  // namespace
}  // namespace needlepoint::storage::testing
