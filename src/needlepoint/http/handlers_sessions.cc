// The session day's routes: today's sessions, check-in and the gate, confirmations, start,
// the chart, cartridge scans, sign-off, amendments, the aftercare; reported concerns and
// adverse events; the lot recall. Thin: read the body strictly, call the use case, answer
// its view.
#include <algorithm>

#include "needlepoint/app/adverse.h"
#include "needlepoint/app/lot_exposure.h"
#include "needlepoint/app/treatment_sessions.h"
#include "needlepoint/contract/json_reader.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/contract/session_json.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"
#include "needlepoint/http/views.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

template <typename T>
Json OptionalTime(const std::optional<T>& t) {
  return t ? Json(TimeText(*t)) : Json(nullptr);
}
template <typename IdT>
Json OptionalId(const std::optional<IdT>& id) {
  return id ? Json(id->value()) : Json(nullptr);
}

Json CartridgeView(const domain::Cartridge& c) {
  return {
      {"id", c.id.value()},
      {"session_id", c.session_id.value()},
      {"gtin", c.gtin},
      {"lot", c.lot},
      {"serial", c.serial ? Json(*c.serial) : Json(nullptr)},
      {"expiry", c.expiry.ToString()},
      {"production_date", c.production_date ? Json(c.production_date->ToString()) : Json(nullptr)},
      {"sealed_pack_confirmed", c.sealed_pack_confirmed},
      {"recorded_by", c.recorded_by.value()},
      {"recorded_at", TimeText(c.recorded_at)}};
}

Json CheckInView(const domain::CheckIn& c, const protocol::GateOutcome& gate) {
  Json blocking = Json::array();
  if (c.gate != domain::GateDecision::kProceed) {
    for (const base::FieldProblem& p : gate.blocking) {
      blocking.push_back({{"path", p.path}, {"message", p.message}});
    }
  }
  Json override_view = nullptr;
  if (c.gate == domain::GateDecision::kOverridden) {
    override_view = {{"reason", c.override_reason},
                     {"by", OptionalId(c.override_by)},
                     {"at", OptionalTime(c.override_at)}};
  }
  return {{"answers", contract::CheckInAnswersToJson(c.answers)},
          {"recorded_by", c.recorded_by.value()},
          {"recorded_at", TimeText(c.recorded_at)},
          {"screening", contract::ScreeningToJson(c.screening)},
          {"gate",
           {{"decision", domain::CodeName(c.gate)},
            {"overridable", gate.overridable},
            {"blocking", std::move(blocking)},
            {"override", std::move(override_view)}}}};
}

Json SessionSummary(const domain::TreatmentSession& s) {
  return {{"id", s.id.value()},
          {"date", s.date.ToString()},
          {"number", s.number},
          {"status", domain::CodeName(s.status)},
          {"gate", s.check_in ? Json(domain::CodeName(s.check_in->gate)) : Json(nullptr)},
          {"signed_off_at", OptionalTime(s.signed_off_at)}};
}

Json SessionDetailView(const app::SessionDetail& d) {
  const domain::TreatmentSession& s = d.session;
  Json actions = Json::array();
  if (s.check_in) {
    for (domain::ActionCode action : s.check_in->screening.actions.ToVector()) {
      Json confirmed = nullptr;
      for (const domain::ActionConfirmation& c : s.confirmations) {
        if (c.action != action) continue;
        confirmed = {{"by", c.by.value()}, {"at", TimeText(c.at)}, {"note", c.note}};
      }
      actions.push_back({{"action", domain::CodeName(action)}, {"confirmed", confirmed}});
    }
  }
  Json zones = Json::array();
  for (const domain::ZonePlan& zp : d.plan.plan.zones) {
    domain::DepthRange depth = zp.depth;
    for (const domain::StoredZone& stored : d.plan.zones) {
      if (stored.zone == zp.zone) depth = stored.depth;
    }
    zones.push_back({{"zone", domain::CodeName(zp.zone)},
                     {"depth_mm", {{"min", depth.min.mm()}, {"max", depth.max.mm()}}},
                     {"hard_max_mm", zp.hard_max.mm()}});
  }
  Json cartridges = Json::array();
  for (const domain::Cartridge& c : d.cartridges) cartridges.push_back(CartridgeView(c));
  return {{"id", s.id.value()},
          {"appointment_id", OptionalId(s.appointment_id)},
          {"patient_id", s.patient_id.value()},
          {"patient",
           {{"id", s.patient_id.value()},
            {"given_name", d.given_name},
            {"family_name", d.family_name}}},
          {"plan_id", s.plan_id.value()},
          {"number", s.number},
          {"sessions_planned", d.plan.plan.sessions},
          {"date", s.date.ToString()},
          {"status", domain::CodeName(s.status)},
          {"version", s.version},
          {"protocol", {{"name", s.protocol.name}, {"version", s.protocol.version}}},
          {"check_in", s.check_in ? CheckInView(*s.check_in, d.gate) : Json(nullptr)},
          {"required_actions", std::move(actions)},
          {"consent",
           {{"required_version", d.consent_version ? Json(*d.consent_version) : Json(nullptr)},
            {"signed", d.consent_signed}}},
          {"started_at", OptionalTime(s.started_at)},
          {"started_by", OptionalId(s.started_by)},
          {"plan_zones", std::move(zones)},
          {"chart", contract::ChartToJson(d.chart)},
          {"chart_version", s.chart_version},
          {"read_only", s.status == domain::SessionStatus::kSignedOff},
          {"signed_off_by", OptionalId(s.signed_off_by)},
          {"signed_off_at", OptionalTime(s.signed_off_at)},
          {"numbing_minutes", d.numbing_minutes ? Json(*d.numbing_minutes) : Json(nullptr)},
          {"cartridges", std::move(cartridges)},
          {"warnings", d.warnings},
          {"aftercare", contract::AftercareToJson(s.aftercare)}};
}

// The `version` of a session write's body; the rest is read by `read`.
template <typename Read>
Response SessionWrite(Call& call, Read read) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const int64_t version = object.Integer("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  return read(object, problems, version);
}

Json ClinicContact(const domain::Clinic& clinic) {
  return {{"name", clinic.name}, {"phone", clinic.phone}};
}

Json ConcernJson(const app::ConcernView& v) {
  const domain::AdverseReport& r = v.report;
  Json symptoms = Json::array();
  for (domain::Symptom s : r.symptoms.ToVector()) symptoms.push_back(domain::CodeName(s));
  Json triage = Json::array();
  for (const domain::SymptomTriage& t : r.triage.symptoms) {
    triage.push_back({{"symptom", domain::CodeName(t.symptom)},
                      {"urgency", domain::CodeName(t.urgency)},
                      {"message", t.message}});
  }
  return {
      {"id", r.id.value()},
      {"session_id", r.session_id.value()},
      {"patient_id", r.patient_id.value()},
      {"patient", {{"given_name", v.given_name}, {"family_name", v.family_name}}},
      {"session_date", v.session_date.ToString()},
      {"symptoms", std::move(symptoms)},
      {"started_on", r.started_on ? Json(r.started_on->ToString()) : Json(nullptr)},
      {"note", r.note},
      {"urgency", domain::CodeName(r.triage.urgency)},
      {"triage",
       {{"urgency", domain::CodeName(r.triage.urgency)},
        {"day", r.triage.day},
        {"protocol", {{"name", r.triage.protocol.name}, {"version", r.triage.protocol.version}}},
        {"symptoms", std::move(triage)}}},
      {"advice", v.advice},
      {"call_clinic_now", r.triage.urgency == domain::Urgency::kUrgent},
      {"clinic", ClinicContact(v.clinic)},
      {"reported_by", r.reported_by.value()},
      {"reported_at", TimeText(r.reported_at)},
      {"acknowledged_by", OptionalId(r.acknowledged_by)},
      {"acknowledged_at", OptionalTime(r.acknowledged_at)},
      {"photo_url", r.photo_sha256 ? Json("/api/v1/adverse-reports/" + r.id.ToString() + "/photo")
                                   : Json(nullptr)},
      {"version", r.version}};
}

Json EventJson(const domain::AdverseEvent& e) {
  return {{"id", e.id.value()},
          {"session_id", e.session_id.value()},
          {"patient_id", e.patient_id.value()},
          {"report_id", OptionalId(e.report_id)},
          {"description", e.description},
          {"onset", e.onset.ToString()},
          {"severity", domain::CodeName(e.severity)},
          {"serious", e.serious},
          {"outcome", domain::CodeName(e.outcome)},
          {"follow_up", e.follow_up},
          {"cause", domain::CodeName(e.cause)},
          {"causality", domain::CodeName(e.causality)},
          {"suspects", contract::SuspectsToJson(e.suspects)},
          {"recorded_by", e.recorded_by.value()},
          {"recorded_at", TimeText(e.recorded_at)},
          {"updated_at", TimeText(e.updated_at)},
          {"version", e.version}};
}

// An event's fields from a body (every field required, as an event is written whole).
app::EventInput ReadEvent(JsonObject& object, Problems& problems) {
  app::EventInput in;
  if (std::optional<int64_t> report = object.Integer("report_id", Need::kOptional, 1, INT64_MAX)) {
    in.report_id = base::AdverseReportId(*report);
  }
  in.description = object.String("description", Need::kRequired, 2000).value_or("");
  in.onset = object.Date("onset", Need::kRequired).value_or(base::CivilDate());
  in.severity =
      object.Code<domain::Severity>("severity", Need::kRequired).value_or(domain::Severity::kMild);
  in.serious = object.Bool("serious", Need::kRequired).value_or(false);
  in.outcome = object.Code<domain::AdverseOutcome>("outcome", Need::kRequired)
                   .value_or(domain::AdverseOutcome::kUnknown);
  in.follow_up = object.String("follow_up", Need::kOptional, 2000).value_or("");
  in.cause = object.Code<domain::SuspectedCause>("cause", Need::kRequired)
                 .value_or(domain::SuspectedCause::kUnknown);
  in.causality = object.Code<domain::Causality>("causality", Need::kRequired)
                     .value_or(domain::Causality::kUnassessable);
  if (const nlohmann::json* suspects = object.Array("suspects", Need::kOptional)) {
    for (std::size_t i = 0; i < suspects->size(); ++i) {
      std::optional<JsonObject> s = JsonObject::Open(
          (*suspects)[i], object.PathOf("suspects") + "/" + std::to_string(i), problems);
      if (!s) continue;
      domain::SuspectLot lot;
      lot.kind =
          s->Code<domain::LotKind>("kind", Need::kRequired).value_or(domain::LotKind::kCartridge);
      if (lot.kind == domain::LotKind::kCartridge) {
        if (std::optional<int64_t> id = s->Integer("cartridge_id", Need::kRequired, 1, INT64_MAX)) {
          lot.cartridge_id = base::CartridgeId(*id);
        }
      } else {
        lot.product = s->Code<domain::ProductCode>("product", Need::kOptional);
        lot.lot = s->String("lot", Need::kRequired, domain::kMaxLotBytes).value_or("");
      }
      s->RejectUnknownKeys();
      in.suspects.push_back(std::move(lot));
    }
  }
  return in;
}

}  // namespace

Response ListSessionsToday(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"date"}));
  std::optional<base::CivilDate> date;
  for (const auto& [name, value] : params) {
    base::Result<base::CivilDate> parsed = base::CivilDate::Parse(value);
    if (!parsed) {
      return Fail(call, base::Status::Invalid({{"?date", "must be a date (YYYY-MM-DD)"}}));
    }
    date = *parsed;
  }
  const bool clinical = call.context.principal.role != domain::Role::kFrontDesk;
  return Answer(call, app::ListSessionsOn(call.env, call.context, date),
                [&](const app::SessionDay& day) {
                  Json items = Json::array();
                  for (const app::SessionDayRow& row : day.rows) {
                    Json session = nullptr;
                    if (row.session) {
                      session = SessionSummary(*row.session);
                      if (!clinical) session.erase("gate");
                    }
                    items.push_back({{"appointment", AppointmentView(day.zone, row.appointment)},
                                     {"patient",
                                      {{"id", row.appointment.patient_id.value()},
                                       {"given_name", row.given_name},
                                       {"family_name", row.family_name}}},
                                     {"plan_id", OptionalId(row.appointment.plan_id)},
                                     {"sessions_planned", row.sessions_planned},
                                     {"session", std::move(session)}});
                  }
                  return Json{{"date", day.date.ToString()},
                              {"time_zone", day.zone.name()},
                              {"items", std::move(items)}};
                });
}

Response OpenSession(Call& call) {
  base::Result<app::OpenedSession> opened =
      app::OpenSession(call.env, call.context, base::AppointmentId(call.Id()));
  if (!opened) return Fail(call, opened.error());
  return JsonResponse(SessionDetailView(opened->detail), opened->created ? 201 : 200);
}

Response GetSession(Call& call) {
  return Answer(call, app::GetSession(call.env, call.context, base::SessionId(call.Id())),
                SessionDetailView);
}

Response CheckInSession(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    const nlohmann::json* answers = object.Field("answers", Need::kRequired);
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(
        call,
        app::CheckInSession(call.env, call.context, base::SessionId(call.Id()), version, *answers),
        SessionDetailView);
  });
}

Response OverrideSessionGate(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    const std::string reason = object.String("reason", Need::kRequired, 4000).value_or("");
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(
        call,
        app::OverrideGate(call.env, call.context, base::SessionId(call.Id()), version, reason),
        SessionDetailView);
  });
}

Response ConfirmSessionAction(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    const std::string action = object.String("action", Need::kRequired, 100).value_or("");
    const std::string note = object.String("note", Need::kOptional, 4000).value_or("");
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(call,
                  app::ConfirmAction(call.env, call.context, base::SessionId(call.Id()), version,
                                     action, note),
                  SessionDetailView);
  });
}

Response StartSession(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(call,
                  app::StartSession(call.env, call.context, base::SessionId(call.Id()), version),
                  SessionDetailView);
  });
}

Response SaveSessionChart(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    const nlohmann::json* chart = object.Field("chart", Need::kRequired);
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(
        call, app::SaveChart(call.env, call.context, base::SessionId(call.Id()), version, *chart),
        SessionDetailView);
  });
}

Response ScanSessionCartridge(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::CartridgeScan scan;
  scan.barcode = object.String("barcode", Need::kRequired, 200).value_or("");
  scan.sealed_pack_confirmed =
      object.Bool("sealed_pack_confirmed", Need::kOptional).value_or(false);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::ScanCartridge(call.env, call.context, base::SessionId(call.Id()), scan),
                SessionDetailView, 201);
}

Response SignOffSession(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(call,
                  app::SignOffSession(call.env, call.context, base::SessionId(call.Id()), version),
                  SessionDetailView);
  });
}

Response AmendSessionChart(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const int chart_version =
      static_cast<int>(object.Integer("chart_version", Need::kRequired, 1, 1'000'000).value_or(0));
  const nlohmann::json* chart = object.Field("chart", Need::kRequired);
  const std::string reason = object.String("reason", Need::kRequired, 4000).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call,
                app::AmendChart(call.env, call.context, base::SessionId(call.Id()), chart_version,
                                *chart, reason),
                SessionDetailView, 201);
}

Response ListSessionChartVersions(Call& call) {
  return Answer(call, app::ListChartVersions(call.env, call.context, base::SessionId(call.Id())),
                [](const std::vector<domain::ChartVersion>& versions) {
                  return Items(versions, [](const domain::ChartVersion& v) {
                    return Json{{"version", v.version},
                                {"reason", v.reason},
                                {"recorded_by", v.recorded_by.value()},
                                {"recorded_at", TimeText(v.recorded_at)},
                                {"chart", contract::ChartToJson(v.chart)}};
                  });
                });
}

Response ListPatientSessions(Call& call) {
  return Answer(call, app::ListPatientSessions(call.env, call.context, base::PatientId(call.Id())),
                [](const std::vector<domain::TreatmentSession>& sessions) {
                  return Items(sessions, SessionSummary);
                });
}

Response GetSessionAftercare(Call& call) {
  return Answer(call, app::GetSessionAftercare(call.env, call.context, base::SessionId(call.Id())),
                [](const app::SessionAftercare& a) {
                  const domain::TreatmentSession& s = a.session;
                  // Day by day from the session to the last dated item (two weeks at least).
                  base::CivilDate last = s.date.AddDays(14);
                  Json warning_signs = Json::array();
                  for (const auto& item : s.aftercare) {
                    if (item.to && *item.to > last) last = *item.to;
                    if (item.code == domain::AftercareCode::kWarningSigns) {
                      warning_signs.push_back(item.instruction);
                    }
                  }
                  Json days = Json::array();
                  for (base::CivilDate d = s.date; d <= last; d = d.AddDays(1)) {
                    Json codes = Json::array();
                    for (const auto& item : s.aftercare) {
                      if (item.code == domain::AftercareCode::kWarningSigns) continue;
                      const bool on = item.from <= d && (item.to ? d <= *item.to : d == item.from);
                      if (on) codes.push_back(domain::CodeName(item.code));
                    }
                    days.push_back({{"date", d.ToString()},
                                    {"day", s.date.DaysUntil(d)},
                                    {"today", d == a.today},
                                    {"items", std::move(codes)}});
                  }
                  return Json{{"session_id", s.id.value()},
                              {"date", s.date.ToString()},
                              {"number", s.number},
                              {"time_zone", a.zone.name()},
                              {"today", a.today.ToString()},
                              {"items", contract::AftercareToJson(s.aftercare)},
                              {"days", std::move(days)},
                              {"warning_signs", std::move(warning_signs)},
                              {"clinic", ClinicContact(a.clinic)}};
                });
}

Response ReportConcern(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::ConcernInput input;
  if (const nlohmann::json* symptoms = object.Array("symptoms", Need::kRequired)) {
    for (std::size_t i = 0; i < symptoms->size(); ++i) {
      const std::string path = "/symptoms/" + std::to_string(i);
      std::optional<domain::Symptom> s =
          contract::CodeAt<domain::Symptom>((*symptoms)[i], path, problems);
      if (!s) continue;
      if (input.symptoms.Contains(*s)) problems.Add(path, "is listed twice");
      input.symptoms.Insert(*s);
    }
  }
  input.started_on = object.Date("started_on", Need::kOptional);
  input.note = object.String("note", Need::kOptional, 4000).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::ReportConcern(call.env, call.context, base::SessionId(call.Id()), input),
                ConcernJson, 201);
}

Response AttachConcernPhoto(Call& call) {
  return Answer(call,
                app::AttachConcernPhoto(call.env, call.context, base::AdverseReportId(call.Id()),
                                        call.request.body),
                ConcernJson, 201);
}

Response GetConcernPhoto(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      app::ConcernPhoto photo,
      app::ReadConcernPhoto(call.env, call.context, base::AdverseReportId(call.Id())));
  return ImageResponse(photo.format, std::move(photo.bytes));
}

Response ListConcerns(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"open"}));
  bool open_only = false;
  for (const auto& [name, value] : params) {
    if (value != "true" && value != "false") {
      return Fail(call, base::Status::Invalid({{"?open", "must be true or false"}}));
    }
    open_only = value == "true";
  }
  return Answer(call, app::ListConcerns(call.env, call.context, open_only),
                [](const std::vector<app::ConcernView>& v) { return Items(v, ConcernJson); });
}

Response GetConcern(Call& call) {
  return Answer(call, app::GetConcern(call.env, call.context, base::AdverseReportId(call.Id())),
                ConcernJson);
}

Response AcknowledgeConcern(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(
        call,
        app::AcknowledgeConcern(call.env, call.context, base::AdverseReportId(call.Id()), version),
        ConcernJson);
  });
}

Response RecordAdverseEvent(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::EventInput input = ReadEvent(object, problems);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call,
                app::RecordAdverseEvent(call.env, call.context, base::SessionId(call.Id()), input),
                EventJson, 201);
}

Response UpdateAdverseEvent(Call& call) {
  return SessionWrite(call, [&](JsonObject& object, Problems& problems, int64_t version) {
    app::EventInput input = ReadEvent(object, problems);
    object.RejectUnknownKeys();
    if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
    return Answer(call,
                  app::UpdateAdverseEvent(call.env, call.context, base::AdverseEventId(call.Id()),
                                          version, input),
                  EventJson);
  });
}

Response GetAdverseEvent(Call& call) {
  return Answer(call, app::GetAdverseEvent(call.env, call.context, base::AdverseEventId(call.Id())),
                EventJson);
}

Response ListAdverseEvents(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"session_id"}));
  std::optional<base::SessionId> session;
  std::vector<base::FieldProblem> problems;
  for (const auto& [name, value] : params) {
    if (std::optional<int64_t> id = QueryNumber(name, value, problems)) {
      session = base::SessionId(*id);
    }
  }
  if (!problems.empty()) return Fail(call, base::Status::Invalid(std::move(problems)));
  return Answer(call, app::ListAdverseEvents(call.env, call.context, session),
                [](const std::vector<domain::AdverseEvent>& v) { return Items(v, EventJson); });
}

namespace {

base::Result<app::LotSearch> ReadLotSearch(Call& call, bool paged) {
  NP_ASSIGN_OR_RETURN(
      auto params,
      paged ? QueryParams(call, {"kind", "lot", "gtin", "product", "barcode", "after", "limit"})
            : QueryParams(call, {"kind", "lot", "gtin", "product", "barcode"}));
  app::LotSearch search;
  std::vector<base::FieldProblem> problems;
  for (const auto& [name, value] : params) {
    if (name == "kind") {
      std::optional<domain::LotKind> kind = domain::ParseCode<domain::LotKind>(value);
      if (!kind) problems.push_back({"?kind", "must be cartridge or product"});
      search.kind = kind.value_or(domain::LotKind::kCartridge);
    } else if (name == "lot") {
      search.lot = value;
    } else if (name == "gtin") {
      search.gtin = value;
    } else if (name == "product") {
      search.product = domain::ParseCode<domain::ProductCode>(value);
      if (!search.product) problems.push_back({"?product", "is not a product code"});
    } else if (name == "barcode") {
      search.barcode = value;
    } else if (name == "limit") {
      if (std::optional<int64_t> limit = QueryNumber(name, value, problems)) {
        search.cursor.limit = static_cast<int>(std::min<int64_t>(*limit, app::kMaxSearchRows + 1));
      }
    } else if (name == "after") {
      // "YYYY-MM-DD/<session id>", as answered in next_after.
      const std::size_t slash = value.find('/');
      base::Result<base::CivilDate> date = base::CivilDate::Parse(value.substr(0, slash));
      std::vector<base::FieldProblem> ignored;
      const std::optional<int64_t> id = slash == std::string::npos
                                            ? std::nullopt
                                            : QueryNumber(name, value.substr(slash + 1), ignored);
      if (!date || !id) {
        problems.push_back({"?after", "must be the next_after of the previous page"});
      } else {
        search.cursor.after_date = *date;
        search.cursor.after_session = base::SessionId(*id);
      }
    }
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  return search;
}

Json ExposureJson(const domain::Exposure& e, const std::vector<base::AdverseEventId>& events) {
  Json ids = Json::array();
  for (base::AdverseEventId id : events) ids.push_back(id.value());
  return {{"session_id", e.session_id.value()},
          {"date", e.date.ToString()},
          {"number", e.number},
          {"status", domain::CodeName(e.status)},
          {"patient",
           {{"id", e.patient_id.value()},
            {"given_name", e.given_name},
            {"family_name", e.family_name},
            {"birth_date", e.birth_date.ToString()},
            {"email", e.email},
            {"phone", e.phone}}},
          {"kind", domain::CodeName(e.kind)},
          {"gtin", e.gtin.empty() ? Json(nullptr) : Json(e.gtin)},
          {"lot", e.lot},
          {"serial", e.serial ? Json(*e.serial) : Json(nullptr)},
          {"product", e.product ? Json(domain::CodeName(*e.product)) : Json(nullptr)},
          {"in_current_chart", e.in_current_chart},
          {"adverse_event_ids", std::move(ids)}};
}

}  // namespace

Response SearchLotExposure(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(app::LotSearch search, ReadLotSearch(call, true));
  return Answer(
      call, app::SearchLotExposure(call.env, call.context, search),
      [](const app::LotExposure& found) {
        Json items = Json::array();
        static const std::vector<base::AdverseEventId> kNone;
        for (const domain::Exposure& e : found.page.items) {
          auto it = found.events.find(e.session_id.value());
          items.push_back(ExposureJson(e, it == found.events.end() ? kNone : it->second));
        }
        Json next = nullptr;
        if (found.more && !found.page.items.empty()) {
          const domain::Exposure& last = found.page.items.back();
          next = last.date.ToString() + "/" + last.session_id.ToString();
        }
        const domain::LotQuery& q = found.query;
        return Json{{"query",
                     {{"kind", domain::CodeName(q.kind)},
                      {"lot", q.lot},
                      {"gtin", q.gtin},
                      {"product", q.product ? Json(domain::CodeName(*q.product)) : Json(nullptr)}}},
                    {"total_rows", found.page.total_rows},
                    {"total_sessions", found.page.total_sessions},
                    {"total_patients", found.page.total_patients},
                    {"items", std::move(items)},
                    {"next_after", std::move(next)}};
      });
}

Response ExportLotExposure(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(app::LotSearch search, ReadLotSearch(call, false));
  NP_ASSIGN_OR_RETURN_RESPONSE(std::string csv,
                               app::ExportLotExposure(call.env, call.context, search));
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(csv);
  response.SetHeader("Content-Disposition", "attachment; filename=\"lot-exposure.csv\"");
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

}  // namespace needlepoint::http
