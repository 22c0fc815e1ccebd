#include "needlepoint/app/photos.h"

#include <map>
#include <tuple>

#include "needlepoint/app/consents.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/imaging/image_header.h"
#include "needlepoint/imaging/photo_json.h"

namespace needlepoint::app {
namespace {

constexpr int kThumbnailSide = 320;

base::Status NotFoundPhoto() { return base::NotFound("photo not found"); }

// The photo `id` if the principal may see its patient; kNotFound (as if missing) otherwise.
base::Result<domain::Photo> VisiblePhoto(storage::Transaction& tx, const Principal& principal,
                                         base::PhotoId id) {
  NP_ASSIGN_OR_RETURN(domain::Photo photo, tx.photos().Get(id));
  if (!MaySee(principal, photo.patient_id)) return base::Fail(NotFoundPhoto());
  return photo;
}

// Removes the files this request created, unless disarmed (the row naming them committed).
class CreatedFiles {
 public:
  explicit CreatedFiles(PhotoStore& store) : store_(store) {}
  ~CreatedFiles() {
    for (const std::string& name : names_) store_.Remove(name);
  }
  CreatedFiles(const CreatedFiles&) = delete;
  CreatedFiles& operator=(const CreatedFiles&) = delete;

  // Stores `bytes` as `name`, remembering it if this call created it.
  base::Status Put(const std::string& name, std::string_view bytes) {
    NP_ASSIGN_OR_RETURN(bool created, store_.Put(name, bytes));
    if (created) names_.push_back(name);
    return base::OkStatus();
  }
  void Keep() { names_.clear(); }

 private:
  PhotoStore& store_;
  std::vector<std::string> names_;
};

// The read audit of a photo's metadata, naming its patient when it was found.
void AuditPhotoRead(RequestContext& context, std::string action, base::PhotoId id,
                    const base::Result<domain::Photo>& photo) {
  std::optional<base::PatientId> patient;
  if (photo) patient = photo->patient_id;
  AuditRead(context, std::move(action), "photo", id.ToString(), patient, photo);
}

// Numeric leaves of `node` as "a.b" → value.
void Flatten(const nlohmann::json& node, const std::string& prefix,
             std::map<std::string, double>& out) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      Flatten(value, prefix.empty() ? key : prefix + "." + key, out);
    }
  } else if (node.is_number()) {
    out[prefix] = node.get<double>();
  }
}

}  // namespace

std::optional<int> TimepointRank(std::string_view timepoint) {
  if (timepoint == "baseline") return 0;
  if (timepoint == "month_1") return 1001;
  if (timepoint == "month_3") return 1003;
  if (timepoint == "month_6") return 1006;
  constexpr std::string_view kSession = "session_";
  if (!timepoint.starts_with(kSession)) return std::nullopt;
  const std::string_view digits = timepoint.substr(kSession.size());
  if (digits.empty() || digits.size() > 2 || digits.front() == '0' ||
      digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return std::stoi(std::string(digits));
}

base::Result<domain::Photo> UploadPhoto(AppEnv& env, RequestContext& context,
                                        base::PatientId patient, const PhotoUpload& upload) {
  NP_RETURN_IF_ERROR(RequirePhotoTools(env));
  if (!MaySee(context.principal, patient)) return base::Fail(base::NotFound("patient not found"));
  std::vector<base::FieldProblem> problems;
  if (!TimepointRank(upload.timepoint)) {
    problems.push_back(
        {"?timepoint", "must be baseline, session_<1-99>, month_1, month_3 or month_6"});
  }
  const std::optional<domain::PhotoView> view = domain::ParseCode<domain::PhotoView>(upload.view);
  if (!view) {
    problems.push_back(
        {"?view", "must be front, left_45, right_45, left_90, right_90 or close_up"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  // The gate: the header first (type by content, size, pixel count, completeness), before
  // any pixel is decoded; then decode, orient and re-encode without metadata.
  if (base::Result<imaging::ImageHeader> header = imaging::ProbeImage(upload.bytes); !header) {
    return base::Fail(base::FailedPrecondition("image refused: " + header.error().message()));
  }
  // Consent is checked before the (costly) decode.
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    NP_ASSIGN_OR_RETURN(bool consented,
                        HasCurrentConsent(*tx, patient, domain::ConsentKind::kPhotography));
    if (!consented) {
      return base::Fail(
          base::FailedPrecondition("the patient has not signed the current photography consent"));
    }
  }
  base::Result<imaging::SafeImage> safe = env.photo_engine->Sanitize(upload.bytes);
  if (!safe)
    return base::Fail(base::FailedPrecondition("image refused: " + safe.error().message()));
  base::Result<imaging::SafeImage> thumbnail =
      env.photo_engine->Thumbnail(safe->bytes, kThumbnailSide);
  if (!thumbnail) {
    return base::Fail(base::FailedPrecondition("image refused: " + thumbnail.error().message()));
  }

  CreatedFiles files(*env.photo_store);
  NP_RETURN_IF_ERROR(files.Put(safe->sha256, safe->bytes));
  NP_RETURN_IF_ERROR(files.Put(thumbnail->sha256, thumbnail->bytes));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  // Checked again in the write transaction: consent may have changed since.
  NP_ASSIGN_OR_RETURN(bool consented,
                      HasCurrentConsent(*tx, patient, domain::ConsentKind::kPhotography));
  if (!consented) {
    return base::Fail(
        base::FailedPrecondition("the patient has not signed the current photography consent"));
  }
  if (upload.appointment_id) {
    base::Result<domain::Appointment> appointment = tx->appointments().Get(*upload.appointment_id);
    if (!appointment || appointment->patient_id != patient) {
      if (!appointment && appointment.error().code() != base::StatusCode::kNotFound) {
        return base::Fail(appointment.error());
      }
      return base::Fail(base::Status::Invalid(
          {{"?appointment_id", "is not one of this patient's appointments"}}));
    }
  }
  domain::Photo row;
  row.patient_id = patient;
  row.appointment_id = upload.appointment_id;
  row.timepoint = upload.timepoint;
  row.view = *view;
  row.width = safe->width;
  row.height = safe->height;
  row.format = imaging::ImageFormatName(safe->format);
  row.sha256 = safe->sha256;
  row.thumbnail_sha256 = thumbnail->sha256;
  row.uploaded_by = context.principal.user;
  row.patient_taken = !IsStaff(context.principal);
  NP_ASSIGN_OR_RETURN(domain::Photo stored, tx->photos().Create(row));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "photo.upload", "photo", stored.id.ToString(), patient, domain::AuditOutcome::kSuccess,
      std::string(upload.timepoint) + " " + upload.view +
          (stored.patient_taken ? " (patient-taken)" : ""))));
  NP_RETURN_IF_ERROR(tx->Commit());
  files.Keep();
  return stored;
}

base::Result<std::vector<domain::Photo>> ListPhotos(AppEnv& env, RequestContext& context,
                                                    base::PatientId patient) {
  const bool allowed = MaySee(context.principal, patient);
  base::Result<std::vector<domain::Photo>> result =
      [&]() -> base::Result<std::vector<domain::Photo>> {
    if (!allowed) return base::Fail(base::NotFound("patient not found"));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    return tx->photos().ListForPatient(patient);
  }();
  AuditRead(context, "photo.list", "patient", patient.ToString(), patient, result, !allowed);
  return result;
}

base::Result<domain::Photo> GetPhoto(AppEnv& env, RequestContext& context, base::PhotoId id) {
  base::Result<domain::Photo> photo = [&]() -> base::Result<domain::Photo> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    return VisiblePhoto(*tx, context.principal, id);
  }();
  AuditPhotoRead(context, "photo.read", id, photo);
  return photo;
}

base::Result<domain::Photo> SetPhotoNotes(AppEnv& env, RequestContext& context, base::PhotoId id,
                                          const std::string& notes) {
  if (notes.size() > domain::kMaxPhotoNotesBytes) {
    return base::Fail(base::Status::Invalid({{"/notes", "must be at most 2000 bytes"}}));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::Photo photo, VisiblePhoto(*tx, context.principal, id));
  NP_ASSIGN_OR_RETURN(domain::Photo updated, tx->photos().SetNotes(id, notes));
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("photo.update", "photo", id.ToString(), photo.patient_id,
                                       domain::AuditOutcome::kSuccess, "notes")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return updated;
}

base::Result<PhotoFile> ReadPhotoFile(AppEnv& env, RequestContext& context, base::PhotoId id,
                                      bool thumbnail) {
  NP_RETURN_IF_ERROR(RequirePhotoTools(env));
  base::Result<domain::Photo> photo = [&]() -> base::Result<domain::Photo> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    return VisiblePhoto(*tx, context.principal, id);
  }();
  base::Result<PhotoFile> file = [&]() -> base::Result<PhotoFile> {
    if (!photo) return base::Fail(photo.error());
    base::Result<std::string> bytes =
        env.photo_store->Read(thumbnail ? photo->thumbnail_sha256 : photo->sha256);
    if (!bytes) return base::Fail(base::Unavailable("the photo's file cannot be read"));
    return PhotoFile{*photo, photo->format, *std::move(bytes)};
  }();
  std::optional<base::PatientId> patient;
  if (photo) patient = photo->patient_id;
  AuditRead(context, thumbnail ? "photo.thumbnail" : "photo.image", "photo", id.ToString(), patient,
            file);
  return file;
}

base::Result<nlohmann::json> AnalysePhoto(AppEnv& env, RequestContext& context, base::PhotoId id) {
  NP_RETURN_IF_ERROR(RequirePhotoTools(env));
  domain::Photo photo;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(photo, VisiblePhoto(*tx, context.principal, id));
  }
  base::Result<std::string> bytes = env.photo_store->Read(photo.sha256);
  if (!bytes) return base::Fail(base::Unavailable("the photo's file cannot be read"));
  NP_ASSIGN_OR_RETURN(imaging::PhotoAnalysis analysis, env.photo_engine->Analyse(*bytes));
  nlohmann::json json = imaging::AnalysisToJson(analysis);
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_RETURN_IF_ERROR(tx->photos().SetAnalysis(id, json.dump(), env.clock.Now()));
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("photo.analyse", "photo", id.ToString(), photo.patient_id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return json;
}

base::Result<PhotoComparison> ComparePhotos(AppEnv& env, RequestContext& context,
                                            base::PhotoId before_id, base::PhotoId after_id,
                                            bool want_overlays) {
  NP_RETURN_IF_ERROR(RequirePhotoTools(env));
  domain::Photo before;
  domain::Photo after;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    // A photo the principal may not see answers as a missing one.
    NP_ASSIGN_OR_RETURN(domain::Photo b, VisiblePhoto(*tx, context.principal, before_id));
    NP_ASSIGN_OR_RETURN(domain::Photo a, VisiblePhoto(*tx, context.principal, after_id));
    if (b.patient_id != a.patient_id) {
      return base::Fail(
          base::Status::Invalid({{"/after_id", "is a photo of another patient than before_id"}}));
    }
    before = std::move(b);
    after = std::move(a);
  }
  base::Result<std::string> before_bytes = env.photo_store->Read(before.sha256);
  base::Result<std::string> after_bytes = env.photo_store->Read(after.sha256);
  if (!before_bytes || !after_bytes) {
    return base::Fail(base::Unavailable("a photo's file cannot be read"));
  }
  NP_ASSIGN_OR_RETURN(imaging::CompareOutput output,
                      env.photo_engine->Compare(*before_bytes, *after_bytes, {}, want_overlays));
  PhotoComparison out;
  out.comparison = imaging::ComparisonToJson(output.comparison);
  const std::string object = before_id.ToString() + "," + after_id.ToString();
  if (!want_overlays || !output.overlays) {
    context.read_audit.push_back(
        context.Audit("photo.compare", "photo", object, before.patient_id));
    return out;
  }
  const imaging::Overlays& o = *output.overlays;
  const std::vector<std::tuple<std::string, std::string, const std::string*>> images = {
      {"side_by_side", "jpeg", &o.side_by_side_jpg},
      {"wipe", "jpeg", &o.wipe_jpg},
      {"features_before", "png", &o.features_before_png},
      {"features_after", "png", &o.features_after_png}};
  CreatedFiles files(*env.photo_store);
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  for (const auto& [name, format, bytes] : images) {
    const std::string sha = imaging::Sha256Hex(*bytes);
    NP_RETURN_IF_ERROR(files.Put(sha, *bytes));
    NP_ASSIGN_OR_RETURN(domain::PhotoOverlay overlay,
                        tx->photos().AddOverlay({.patient_id = before.patient_id,
                                                 .before_id = before_id,
                                                 .after_id = after_id,
                                                 .name = name,
                                                 .format = format,
                                                 .sha256 = sha,
                                                 .created_by = context.principal.user}));
    out.overlays.push_back(std::move(overlay));
  }
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("photo.compare", "photo", object, before.patient_id,
                                       domain::AuditOutcome::kSuccess, "overlays stored")));
  NP_RETURN_IF_ERROR(tx->Commit());
  files.Keep();
  return out;
}

base::Result<OverlayFile> ReadOverlayFile(AppEnv& env, RequestContext& context,
                                          base::PhotoOverlayId id) {
  NP_RETURN_IF_ERROR(RequirePhotoTools(env));
  std::optional<base::PatientId> patient;
  base::Result<OverlayFile> file = [&]() -> base::Result<OverlayFile> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(domain::PhotoOverlay overlay, tx->photos().GetOverlay(id));
    if (!MaySee(context.principal, overlay.patient_id)) {
      return base::Fail(base::NotFound("photo overlay not found"));
    }
    patient = overlay.patient_id;
    base::Result<std::string> bytes = env.photo_store->Read(overlay.sha256);
    if (!bytes) return base::Fail(base::Unavailable("the overlay's file cannot be read"));
    return OverlayFile{std::move(overlay), *std::move(bytes)};
  }();
  AuditRead(context, "photo.overlay", "photo_overlay", id.ToString(), patient, file);
  return file;
}

base::Result<nlohmann::json> PhotoTrend(AppEnv& env, RequestContext& context,
                                        base::PatientId patient, domain::PhotoView view) {
  const bool allowed = MaySee(context.principal, patient);
  base::Result<nlohmann::json> result = [&]() -> base::Result<nlohmann::json> {
    if (!allowed) return base::Fail(base::NotFound("patient not found"));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    NP_ASSIGN_OR_RETURN(std::vector<domain::Photo> photos, tx->photos().ListForPatient(patient));
    // The newest analysed photo of each timepoint (photos are oldest first).
    std::map<int, const domain::Photo*> chosen;
    for (const domain::Photo& photo : photos) {
      if (photo.view != view || !photo.analysis) continue;
      const std::optional<int> rank = TimepointRank(photo.timepoint);
      if (rank) chosen[*rank] = &photo;
    }
    nlohmann::json points = nlohmann::json::array();
    std::map<std::string, nlohmann::json> metrics;
    for (const auto& [rank, photo] : chosen) {
      const nlohmann::json analysis = nlohmann::json::parse(*photo->analysis, nullptr, false);
      points.push_back(
          {{"timepoint", photo->timepoint},
           {"photo_id", photo->id.value()},
           {"calibrated", analysis.value("calibrated", false)},
           {"usable",
            analysis.contains("quality") ? analysis["quality"].value("usable", false) : false}});
      std::map<std::string, double> values;
      if (analysis.is_object() && analysis.contains("metrics")) {
        Flatten(analysis["metrics"], "", values);
      }
      for (const auto& [metric, value] : values) {
        metrics[metric].push_back(
            {{"timepoint", photo->timepoint}, {"photo_id", photo->id.value()}, {"value", value}});
      }
    }
    nlohmann::json out = {{"view", domain::CodeName(view)}, {"points", std::move(points)}};
    out["metrics"] = nlohmann::json::object();
    for (auto& [metric, series] : metrics) out["metrics"][metric] = std::move(series);
    return out;
  }();
  AuditRead(context, "photo.trend", "patient", patient.ToString(), patient, result, !allowed);
  return result;
}

}  // namespace needlepoint::app
