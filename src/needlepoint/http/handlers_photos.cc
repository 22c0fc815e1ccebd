// Handlers for consent texts, consent signatures and photos: parse, call one app function,
// serialise. Photo bytes go out with their own type, `nosniff` and `private, no-store`.
#include <algorithm>
#include <charconv>
#include <map>

#include "needlepoint/app/consents.h"
#include "needlepoint/app/photos.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"
#include "needlepoint/imaging/image_header.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

Json ConsentTextView(const domain::ConsentText& text, bool current) {
  return {{"id", text.id.value()},
          {"kind", domain::CodeName(text.kind)},
          {"version", text.version},
          {"title", text.title},
          {"text", text.body},
          {"sha256", text.sha256},
          {"created_by", text.created_by.value()},
          {"created_at", TimeText(text.created_at)},
          {"current", current}};
}

Json SignatureView(const domain::ConsentSignature& s, bool current) {
  return {{"id", s.id.value()},
          {"kind", domain::CodeName(s.kind)},
          {"text_id", s.text_id.value()},
          {"text_version", s.text_version},
          {"text_sha256", s.text_sha256},
          {"typed_name", s.typed_name},
          {"appointment_id", s.appointment_id ? Json(s.appointment_id->value()) : Json(nullptr)},
          {"recorded_by", s.recorded_by.value()},
          {"by_patient", s.by_patient},
          {"signed_at", TimeText(s.signed_at)},
          {"current", current}};
}

Json PhotoView(const domain::Photo& p, bool with_analysis) {
  const std::string base = "/api/v1/photos/" + p.id.ToString();
  Json view = {
      {"id", p.id.value()},
      {"patient_id", p.patient_id.value()},
      {"appointment_id", p.appointment_id ? Json(p.appointment_id->value()) : Json(nullptr)},
      {"timepoint", p.timepoint},
      {"view", domain::CodeName(p.view)},
      {"notes", p.notes},
      {"width", p.width},
      {"height", p.height},
      {"format", p.format},
      {"sha256", p.sha256},
      {"uploaded_by", p.uploaded_by.value()},
      {"patient_taken", p.patient_taken},
      {"created_at", TimeText(p.created_at)},
      {"analysed_at", p.analysed_at ? Json(TimeText(*p.analysed_at)) : Json(nullptr)},
      {"image_url", base + "/image"},
      {"thumbnail_url", base + "/thumbnail"}};
  if (with_analysis) {
    view["analysis"] = p.analysis ? Json::parse(*p.analysis, nullptr, false) : Json(nullptr);
  }
  return view;
}

std::string MediaType(std::string_view format) {
  return format == "png" ? "image/png" : "image/jpeg";
}

}  // namespace

// ---- Consent --------------------------------------------------------------------------------

Response ListConsentTexts(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<domain::ConsentText> texts,
                               app::ListConsentTexts(call.env, call.context));
  std::map<domain::ConsentKind, int> newest;
  for (const domain::ConsentText& text : texts) {
    newest[text.kind] = std::max(newest[text.kind], text.version);
  }
  Json items = Json::array();
  for (const domain::ConsentText& text : texts) {
    items.push_back(ConsentTextView(text, newest[text.kind] == text.version));
  }
  return JsonResponse({{"items", std::move(items)}});
}

Response PublishConsentText(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::NewConsentText text;
  text.kind = object.Code<domain::ConsentKind>("kind", Need::kRequired)
                  .value_or(domain::ConsentKind::kTreatment);
  text.title = object.String("title", Need::kOptional, domain::kMaxConsentTitleBytes).value_or("");
  text.text = object.String("text", Need::kRequired, domain::kMaxConsentBodyBytes).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(
      call, app::PublishConsentText(call.env, call.context, text),
      [](const domain::ConsentText& t) { return ConsentTextView(t, true); }, 201);
}

Response SignConsent(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::ConsentSigning signing;
  signing.kind = object.Code<domain::ConsentKind>("kind", Need::kRequired)
                     .value_or(domain::ConsentKind::kTreatment);
  signing.text_id =
      base::ConsentTextId(object.Integer("text_id", Need::kRequired, 1, INT64_MAX).value_or(0));
  signing.typed_name = object.String("typed_name", Need::kRequired, 400).value_or("");
  if (std::optional<int64_t> appointment =
          object.Integer("appointment_id", Need::kOptional, 1, INT64_MAX)) {
    signing.appointment_id = base::AppointmentId(*appointment);
  }
  if (std::optional<int64_t> session =
          object.Integer("session_id", Need::kOptional, 1, INT64_MAX)) {
    signing.session_id = base::SessionId(*session);
  }
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(
      call, app::SignConsent(call.env, call.context, base::PatientId(call.Id()), signing),
      [](const domain::ConsentSignature& s) { return SignatureView(s, true); }, 201);
}

Response ListConsents(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::PatientConsents consents,
      app::ListConsents(call.env, call.context, base::PatientId(call.Id())));
  Json items = Json::array();
  for (size_t i = 0; i < consents.signatures.size(); ++i) {
    items.push_back(SignatureView(consents.signatures[i], consents.current[i]));
  }
  return JsonResponse({{"items", std::move(items)},
                       {"current",
                        {{"treatment", consents.treatment_current},
                         {"photography", consents.photography_current}}}});
}

// ---- Photos ---------------------------------------------------------------------------------

Response UploadPhoto(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params,
                               QueryParams(call, {"timepoint", "view", "appointment_id"}));
  app::PhotoUpload upload;
  std::vector<base::FieldProblem> problems;
  bool has_timepoint = false;
  bool has_view = false;
  for (const auto& [name, value] : params) {
    if (name == "timepoint") {
      upload.timepoint = value;
      has_timepoint = true;
    } else if (name == "view") {
      upload.view = value;
      has_view = true;
    } else {
      int64_t id = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), id);
      if (error != std::errc() || end != value.data() + value.size() || id < 1) {
        problems.push_back({"?appointment_id", "must be an appointment id"});
      } else {
        upload.appointment_id = base::AppointmentId(id);
      }
    }
  }
  if (!has_timepoint) {
    problems.push_back({"?timepoint", "is required"});
  } else if (!app::TimepointRank(upload.timepoint)) {
    problems.push_back(
        {"?timepoint", "must be baseline, session_<1-99>, month_1, month_3 or month_6"});
  }
  if (!has_view) {
    problems.push_back({"?view", "is required"});
  } else if (!domain::ParseCode<domain::PhotoView>(upload.view)) {
    problems.push_back({"?view", domain::UnknownCodeMessage<domain::PhotoView>(upload.view)});
  }
  if (!problems.empty()) return Fail(call, base::Status::Invalid(std::move(problems)));
  // The content decides what the file is; a Content-Type that says otherwise is refused.
  const std::string declared(call.request.Header("content-type"));
  if (base::Result<imaging::ImageHeader> header = imaging::ProbeImage(call.request.body); header) {
    const std::string actual = MediaType(imaging::ImageFormatName(header->format));
    if (!declared.starts_with(actual)) {
      return ProblemWithStatus(415,
                               "the body is a " +
                                   std::string(imaging::ImageFormatName(header->format)) +
                                   " image but Content-Type says " + declared.substr(0, 40),
                               call.request.path, call.context.request_id);
    }
  }
  upload.bytes = call.request.body;
  return Answer(
      call, app::UploadPhoto(call.env, call.context, base::PatientId(call.Id()), upload),
      [](const domain::Photo& p) { return PhotoView(p, false); }, 201);
}

Response ListPatientPhotos(Call& call) {
  return Answer(call, app::ListPhotos(call.env, call.context, base::PatientId(call.Id())),
                [](const std::vector<domain::Photo>& photos) {
                  return Items(photos, [](const domain::Photo& p) { return PhotoView(p, false); });
                });
}

Response GetPhoto(Call& call) {
  return Answer(call, app::GetPhoto(call.env, call.context, base::PhotoId(call.Id())),
                [](const domain::Photo& p) { return PhotoView(p, true); });
}

Response UpdatePhoto(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::string notes =
      object.String("notes", Need::kRequired, domain::kMaxPhotoNotesBytes).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::SetPhotoNotes(call.env, call.context, base::PhotoId(call.Id()), notes),
                [](const domain::Photo& p) { return PhotoView(p, false); });
}

Response GetPhotoImage(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::PhotoFile file,
      app::ReadPhotoFile(call.env, call.context, base::PhotoId(call.Id()), false));
  return ImageResponse(file.format, std::move(file.bytes));
}

Response GetPhotoThumbnail(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::PhotoFile file,
      app::ReadPhotoFile(call.env, call.context, base::PhotoId(call.Id()), true));
  return ImageResponse(file.format, std::move(file.bytes));
}

Response AnalysePhoto(Call& call) {
  return Answer(call, app::AnalysePhoto(call.env, call.context, base::PhotoId(call.Id())),
                [](const nlohmann::json& analysis) { return analysis; });
}

Response ComparePhotos(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const int64_t before = object.Integer("before_id", Need::kRequired, 1, INT64_MAX).value_or(0);
  const int64_t after = object.Integer("after_id", Need::kRequired, 1, INT64_MAX).value_or(0);
  const bool overlays = object.Bool("overlays", Need::kOptional).value_or(false);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  NP_ASSIGN_OR_RETURN_RESPONSE(app::PhotoComparison comparison,
                               app::ComparePhotos(call.env, call.context, base::PhotoId(before),
                                                  base::PhotoId(after), overlays));
  Json view = std::move(comparison.comparison);
  if (overlays) {
    Json list = Json::object();
    for (const domain::PhotoOverlay& overlay : comparison.overlays) {
      list[overlay.name] = {{"id", overlay.id.value()},
                            {"format", overlay.format},
                            {"url", "/api/v1/photo-overlays/" + overlay.id.ToString()}};
    }
    view["overlays"] = std::move(list);
  }
  return JsonResponse(view);
}

Response GetPhotoOverlay(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::OverlayFile file,
      app::ReadOverlayFile(call.env, call.context, base::PhotoOverlayId(call.Id())));
  return ImageResponse(file.overlay.format, std::move(file.bytes));
}

Response PhotoTrend(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"view"}));
  std::string view_name = "front";
  for (const auto& [name, value] : params) view_name = value;
  const std::optional<domain::PhotoView> view = domain::ParseCode<domain::PhotoView>(view_name);
  if (!view) {
    return Fail(call, base::Status::Invalid(
                          {{"?view", domain::UnknownCodeMessage<domain::PhotoView>(view_name)}}));
  }
  return Answer(call, app::PhotoTrend(call.env, call.context, base::PatientId(call.Id()), *view),
                [](const nlohmann::json& trend) { return trend; });
}

}  // namespace needlepoint::http
