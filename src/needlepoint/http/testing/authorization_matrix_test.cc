// The authorisation matrix, generated from the route table: every route × every role
// (and no session) × its own clinic's object, another patient's, another clinic's and a
// missing one → the expected status, with no patient data in any denial. A route added
// without an entry here fails the suite.
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <set>

#include "needlepoint/app/booking.h"
#include "needlepoint/app/calendar_files.h"
#include "needlepoint/app/clinic_calendars.h"
#include "needlepoint/app/consultations.h"
#include "needlepoint/contract/session_json.h"
#include "needlepoint/http/routes.h"
#include "needlepoint/http/testing/test_server.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

// Every day 08:00-20:00, as SeedApiClinic sets it (bookings in the examples need it).
constexpr std::string_view kFullWeek =
    R"({"hours":{"mon":[{"from":"08:00","to":"20:00"}],"tue":[{"from":"08:00","to":"20:00"}],"wed":[{"from":"08:00","to":"20:00"}],"thu":[{"from":"08:00","to":"20:00"}],"fri":[{"from":"08:00","to":"20:00"}],"sat":[{"from":"08:00","to":"20:00"}],"sun":[{"from":"08:00","to":"20:00"}]}})";

enum class Target { kOwn, kOtherPatient, kOtherClinic, kMissing };
constexpr std::array<std::string_view, 4> kRoles = {"owner", "provider", "front_desk", "patient"};

// Expected status for each role on its own clinic's object (for the patient: their own).
struct Expectation {
  int owner, provider, front_desk, patient;
  int For(std::string_view role) const {
    return role == "owner"        ? owner
           : role == "provider"   ? provider
           : role == "front_desk" ? front_desk
                                  : patient;
  }
};

const std::map<std::string, Expectation>& Matrix() {
  static const std::map<std::string, Expectation> matrix = {
      {"GET /healthz", {200, 200, 200, 200}},
      {"GET /api/openapi.json", {200, 200, 200, 200}},
      {"POST /api/v1/session", {201, 201, 201, 201}},
      {"GET /api/v1/session", {200, 200, 200, 200}},
      {"DELETE /api/v1/session", {204, 204, 204, 204}},
      {"POST /api/v1/invitations/accept", {200, 200, 200, 200}},
      {"GET /api/v1/clinic", {200, 200, 200, 403}},
      {"PATCH /api/v1/clinic", {200, 403, 403, 403}},
      {"GET /api/v1/clinic/mail", {200, 403, 403, 403}},
      {"PUT /api/v1/clinic/mail", {200, 403, 403, 403}},
      {"GET /api/v1/clinic/message-templates", {200, 403, 403, 403}},
      {"PUT /api/v1/clinic/message-templates/{kind}", {200, 403, 403, 403}},
      {"DELETE /api/v1/clinic/message-templates/{kind}", {200, 403, 403, 403}},
      {"GET /api/v1/outbox", {200, 403, 200, 403}},
      {"POST /api/v1/public/clinics/{slug}/booking-requests", {202, 202, 202, 202}},
      {"GET /api/v1/booking-requests", {200, 200, 200, 403}},
      {"GET /api/v1/booking-requests/{id}", {200, 200, 200, 403}},
      {"PATCH /api/v1/booking-requests/{id}", {200, 200, 200, 403}},
      {"POST /api/v1/booking-requests/{id}/convert", {201, 201, 201, 403}},
      {"GET /api/v1/staff", {200, 200, 200, 403}},
      {"POST /api/v1/staff", {201, 403, 403, 403}},
      {"PATCH /api/v1/staff/{id}", {200, 403, 403, 403}},
      {"POST /api/v1/staff/{id}/password-reset", {200, 403, 403, 403}},
      {"GET /api/v1/resources", {200, 200, 200, 403}},
      {"POST /api/v1/resources", {201, 403, 403, 403}},
      {"PATCH /api/v1/resources/{id}", {200, 403, 403, 403}},
      {"GET /api/v1/providers/{id}/hours", {200, 200, 200, 403}},
      // A provider sets their own hours and time off (the matrix's provider is the one named).
      {"PUT /api/v1/providers/{id}/hours", {200, 200, 403, 403}},
      {"GET /api/v1/providers/{id}/time-off", {200, 200, 200, 403}},
      {"POST /api/v1/providers/{id}/time-off", {201, 201, 403, 403}},
      {"DELETE /api/v1/time-off/{id}", {204, 204, 403, 403}},
      {"GET /api/v1/service-types", {200, 200, 200, 403}},
      {"PUT /api/v1/service-types", {200, 403, 403, 403}},
      {"GET /api/v1/slots", {200, 200, 200, 403}},
      {"POST /api/v1/appointments", {201, 201, 201, 403}},
      {"GET /api/v1/appointments/{id}", {200, 200, 200, 200}},
      {"POST /api/v1/appointments/{id}/cancel", {200, 200, 200, 403}},
      {"GET /api/v1/appointments", {200, 200, 200, 403}},
      {"POST /api/v1/appointments/{id}/reschedule", {200, 200, 200, 403}},
      {"POST /api/v1/appointments/{id}/status", {200, 200, 200, 403}},
      {"GET /api/v1/appointments/{id}/messages", {200, 200, 200, 403}},
      {"GET /api/v1/appointments/{id}/calendar.ics", {200, 200, 200, 200}},
      {"POST /api/v1/plans/{id}/series/proposal", {200, 200, 200, 403}},
      {"POST /api/v1/plans/{id}/series", {201, 201, 201, 403}},
      {"POST /api/v1/plans/{id}/series/cancel", {200, 200, 200, 403}},
      // A provider makes and revokes their own feed (the matrix's provider is the one named).
      {"POST /api/v1/providers/{id}/calendar-feed", {201, 201, 403, 403}},
      {"DELETE /api/v1/providers/{id}/calendar-feed", {204, 204, 403, 403}},
      {"GET /calendar/{token}.ics", {200, 200, 200, 200}},
      {"GET /api/v1/patients/{id}/appointments", {200, 200, 200, 200}},
      {"POST /api/v1/patients", {201, 201, 201, 403}},
      {"POST /api/v1/patients/search", {200, 200, 200, 403}},
      {"GET /api/v1/patients/{id}", {200, 200, 200, 200}},
      {"PATCH /api/v1/patients/{id}", {200, 200, 200, 403}},
      {"POST /api/v1/patients/{id}/merge", {200, 200, 403, 403}},
      // The front desk may not hold a portal credential (docs/SECURITY.md).
      {"POST /api/v1/patients/{id}/portal-account", {201, 201, 403, 403}},
      {"GET /api/v1/patients/{id}/consultations", {200, 200, 403, 403}},
      {"GET /api/v1/patients/{id}/skin-types", {200, 200, 403, 403}},
      {"GET /api/v1/patients/{id}/plans", {200, 200, 200, 200}},
      {"POST /api/v1/consultations", {201, 201, 403, 403}},
      {"POST /api/v1/consultations/screen", {200, 200, 403, 403}},
      {"GET /api/v1/consultations/{id}", {200, 200, 403, 403}},
      {"POST /api/v1/plans", {201, 201, 403, 403}},
      {"GET /api/v1/plans/{id}", {200, 200, 200, 200}},
      {"PATCH /api/v1/plans/{id}", {200, 200, 403, 403}},
      {"GET /api/v1/protocol", {200, 200, 403, 403}},
      {"PUT /api/v1/protocol", {201, 403, 403, 403}},
      {"GET /api/v1/portal-accounts", {200, 403, 403, 403}},
      {"DELETE /api/v1/portal-accounts/{id}", {200, 403, 403, 403}},
      {"GET /api/v1/audit", {200, 403, 403, 403}},
      // Consent and photos: a portal account signs, uploads and reads its own; analysis,
      // comparison and overlays are staff tools.
      {"GET /api/v1/consent-texts", {200, 200, 200, 200}},
      {"POST /api/v1/consent-texts", {201, 403, 403, 403}},
      {"POST /api/v1/patients/{id}/consents", {201, 201, 201, 201}},
      {"GET /api/v1/patients/{id}/consents", {200, 200, 200, 200}},
      {"POST /api/v1/patients/{id}/photos", {201, 201, 201, 201}},
      {"GET /api/v1/patients/{id}/photos", {200, 200, 200, 200}},
      {"GET /api/v1/patients/{id}/photo-trend", {200, 200, 200, 200}},
      {"GET /api/v1/photos/{id}", {200, 200, 200, 200}},
      {"PATCH /api/v1/photos/{id}", {200, 200, 200, 200}},
      {"GET /api/v1/photos/{id}/image", {200, 200, 200, 200}},
      {"GET /api/v1/photos/{id}/thumbnail", {200, 200, 200, 200}},
      {"POST /api/v1/photos/{id}/analysis", {200, 200, 200, 403}},
      {"POST /api/v1/photos/compare", {200, 200, 200, 403}},
      {"GET /api/v1/photo-overlays/{id}", {200, 200, 200, 403}},
      // The session day: clinical staff chart; the front desk sees the day's list; a portal
      // account reads its own aftercare and reports its own concerns. Only a provider
      // overrides the gate.
      {"GET /api/v1/sessions", {200, 200, 200, 403}},
      {"POST /api/v1/appointments/{id}/session", {201, 201, 403, 403}},
      {"GET /api/v1/sessions/{id}", {200, 200, 403, 403}},
      {"POST /api/v1/sessions/{id}/check-in", {200, 200, 403, 403}},
      {"POST /api/v1/sessions/{id}/gate-override", {403, 200, 403, 403}},
      {"POST /api/v1/sessions/{id}/confirmations", {200, 200, 403, 403}},
      {"POST /api/v1/sessions/{id}/start", {200, 200, 403, 403}},
      {"PUT /api/v1/sessions/{id}/chart", {200, 200, 403, 403}},
      {"POST /api/v1/sessions/{id}/cartridges", {201, 201, 403, 403}},
      {"POST /api/v1/sessions/{id}/sign-off", {200, 200, 403, 403}},
      {"POST /api/v1/sessions/{id}/amendments", {201, 201, 403, 403}},
      {"GET /api/v1/sessions/{id}/chart-versions", {200, 200, 403, 403}},
      {"GET /api/v1/sessions/{id}/aftercare", {200, 200, 200, 200}},
      {"GET /api/v1/patients/{id}/sessions", {200, 200, 200, 200}},
      {"POST /api/v1/sessions/{id}/adverse-reports", {201, 201, 403, 201}},
      {"GET /api/v1/adverse-reports", {200, 200, 403, 403}},
      {"GET /api/v1/adverse-reports/{id}", {200, 200, 200, 200}},
      {"POST /api/v1/adverse-reports/{id}/acknowledge", {200, 200, 403, 403}},
      {"POST /api/v1/adverse-reports/{id}/photo", {201, 201, 403, 201}},
      {"GET /api/v1/adverse-reports/{id}/photo", {200, 200, 200, 200}},
      {"POST /api/v1/sessions/{id}/adverse-events", {201, 201, 403, 403}},
      {"GET /api/v1/adverse-events", {200, 200, 403, 403}},
      {"GET /api/v1/adverse-events/{id}", {200, 200, 403, 403}},
      {"PATCH /api/v1/adverse-events/{id}", {200, 200, 403, 403}},
      {"GET /api/v1/lot-exposure", {200, 200, 403, 403}},
      {"GET /api/v1/lot-exposure.csv", {200, 200, 403, 403}},
  };
  return matrix;
}

class AuthorizationMatrix : public ServerTest {
 protected:
  AuthorizationMatrix() : ServerTest("matrix-a") {}
  void SetUp() override {
    ServerTest::SetUp();
    if (Stopped()) return;
    auto b = SeedApiClinic(*server_, "matrix-b");
    ASSERT_TRUE(b.has_value()) << b.error().ToString();
    b_ = *b;
  }

  // The id the request names, by target. "Own" is the seeded patient, whose portal account
  // the patient role logs in with.
  int64_t PatientId(Target target) const {
    switch (target) {
      case Target::kOwn:
        return a_.seed.patient.id.value();
      case Target::kOtherPatient:
        return a_.seed.patient2.id.value();
      case Target::kOtherClinic:
        return b_.seed.patient.id.value();
      case Target::kMissing:
        return 999999999999;
    }
    return 0;
  }
  int64_t PlanId(Target target) const {
    switch (target) {
      case Target::kOwn:
        return a_.plan.id.value();
      case Target::kOtherPatient:
        return OtherPatientPlan().id.value();
      case Target::kOtherClinic:
        return b_.plan.id.value();
      case Target::kMissing:
        return 999999999999;
    }
    return 0;
  }
  int64_t ConsultationId(Target target) const {
    switch (target) {
      case Target::kOwn:
      case Target::kOtherPatient:
        return a_.consultation.id.value();
      case Target::kOtherClinic:
        return b_.consultation.id.value();
      case Target::kMissing:
        return 999999999999;
    }
    return 0;
  }
  int64_t StaffId(Target target) const {
    switch (target) {
      case Target::kOwn:
      case Target::kOtherPatient:
        return a_.seed.provider2.id.value();
      case Target::kOtherClinic:
        return b_.seed.provider2.id.value();
      case Target::kMissing:
        return 999999999999;
    }
    return 0;
  }
  int64_t ProviderId(Target target) const {
    switch (target) {
      case Target::kOwn:
      case Target::kOtherPatient:
        return a_.seed.provider.id.value();
      case Target::kOtherClinic:
        return b_.seed.provider.id.value();
      case Target::kMissing:
        return 999999999999;
    }
    return 0;
  }
  int64_t RoomId(Target target) const {
    switch (target) {
      case Target::kOwn:
      case Target::kOtherPatient:
        return a_.seed.room.id.value();
      case Target::kOtherClinic:
        return b_.seed.room.id.value();
      case Target::kMissing:
        return 999999999999;
    }
    return 0;
  }
  // A fresh period of time off of the clinic's provider (each call its own).
  int64_t TimeOffId(Target target) const {
    if (target == Target::kMissing) return 999999999999;
    const SeededApiClinic& clinic = target == Target::kOtherClinic ? b_ : a_;
    static int day = 0;
    const base::CivilDate date = base::CivilDate::FromDays(20000 + day++);
    app::NewTimeOff time_off{.provider = clinic.seed.provider.id,
                             .from = {date, 9 * 60},
                             .to = {date, 12 * 60},
                             .note = "training"};
    app::RequestContext owner = ContextOf(clinic, clinic.seed.owner);
    auto added = app::AddTimeOff(server_->env(), owner, time_off);
    EXPECT_TRUE(added.has_value()) << added.error().ToString();
    return added ? added->time_off.id.value() : 0;
  }

  // A new consultation of `patient` in `clinic`, booked by its owner on a day of its own.
  int64_t FreshAppointment(const SeededApiClinic& clinic, base::PatientId patient) const {
    app::RequestContext owner = ContextOf(clinic, clinic.seed.owner);
    app::VisitRequest visit{.patient = patient,
                            .start = {NextBookingDay(), 9 * 60},
                            .provider = clinic.seed.provider.id};
    auto booked = app::BookVisit(server_->env(), owner, visit);
    EXPECT_TRUE(booked.has_value()) << booked.error().ToString();
    return booked ? booked->appointments.at(0).id.value() : 0;
  }
  int64_t AppointmentId(Target target) const {
    if (target == Target::kMissing) return 999999999999;
    auto& cached = appointments_[static_cast<int>(target)];
    if (cached == 0) {
      cached = target == Target::kOtherClinic    ? FreshAppointment(b_, b_.seed.patient.id)
               : target == Target::kOtherPatient ? FreshAppointment(a_, a_.seed.patient2.id)
                                                 : FreshAppointment(a_, a_.seed.patient.id);
    }
    return cached;
  }

  // A plan of patient2 (made on first use), for the patient role's "someone else's" case.
  const domain::TreatmentPlan& OtherPatientPlan() const {
    if (!other_plan_) {
      app::RequestContext context;
      context.principal = {
          a_.seed.clinic.id, a_.seed.provider.id, domain::Role::kProvider, {}, "", {}};
      const json intake = {{"patient", {{"fitzpatrick", 2}}},
                           {"areas", {"neck"}},
                           {"concerns", {{{"code", "laxity"}, {"severity", 2}}}}};
      auto consultation =
          app::SubmitConsultation(server_->env(), context, a_.seed.patient2.id, intake);
      other_plan_ = app::CreatePlan(server_->env(), context, consultation->consultation.id).value();
    }
    return *other_plan_;
  }
  // A photo of the target's patient (one per target, made on first use).
  int64_t PhotoId(Target target) const {
    if (target == Target::kMissing) return 999999999999;
    auto& cached = photos_[static_cast<int>(target)];
    if (cached == 0) {
      const SeededApiClinic& clinic = target == Target::kOtherClinic ? b_ : a_;
      const base::PatientId patient =
          target == Target::kOtherPatient ? a_.seed.patient2.id : clinic.seed.patient.id;
      auto photo = FreshPhoto(*server_, clinic, patient);
      EXPECT_TRUE(photo.has_value()) << photo.error().ToString();
      cached = photo ? photo->id.value() : 0;
    }
    return cached;
  }
  int64_t OverlayId(Target target) const {
    if (target == Target::kMissing) return 999999999999;
    auto& cached = overlays_[static_cast<int>(target)];
    if (cached == 0) {
      const SeededApiClinic& clinic = target == Target::kOtherClinic ? b_ : a_;
      const base::PatientId patient =
          target == Target::kOtherPatient ? a_.seed.patient2.id : clinic.seed.patient.id;
      auto overlay = FreshOverlay(*server_, clinic, patient);
      EXPECT_TRUE(overlay.has_value()) << overlay.error().ToString();
      cached = overlay ? overlay->id.value() : 0;
    }
    return cached;
  }

  int64_t Version(const std::string& what, int64_t id) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    if (what == "patient") {
      auto patient = tx->patients().Get(base::PatientId(id));
      return patient ? patient->version : 1;
    }
    auto plan = tx->plans().Get(base::PlanId(id));
    return plan ? plan->version : 1;
  }

  struct Built {
    std::string path;
    std::string body;
    std::string content_type = "application/json";
  };

  const SeededApiClinic& ClinicOf(Target target) const {
    return target == Target::kOtherClinic ? b_ : a_;
  }
  base::PatientId SessionPatient(Target target) const {
    return target == Target::kOtherPatient ? a_.seed.patient2.id : ClinicOf(target).seed.patient.id;
  }
  // A fresh session of the target's patient at `stage` (nullopt for the missing target).
  std::optional<app::SessionDetail> Session(Target target, SessionStage stage,
                                            const json& check_in = CleanCheckIn()) const {
    if (target == Target::kMissing) return std::nullopt;
    auto d = FreshSession(*server_, ClinicOf(target), stage, SessionPatient(target), check_in);
    EXPECT_TRUE(d.has_value()) << d.error().ToString();
    if (!d) return std::nullopt;
    return *d;
  }
  static std::string SessionPath(const Route& route, const std::optional<app::SessionDetail>& d) {
    std::string path = route.pattern;
    path.replace(path.find("{id}"), 4, d ? d->session.id.ToString() : "999999999999");
    return path;
  }
  // The fields of an adverse event of session `d` (a mild expected reaction).
  static json EventBody(const std::optional<app::SessionDetail>& d) {
    return {{"description", "Redness for five days"},
            {"onset", d ? d->session.date.ToString() : "2026-01-01"},
            {"severity", "mild"},
            {"serious", false},
            {"outcome", "recovering"},
            {"cause", "procedure"},
            {"causality", "possible"}};
  }
  // A recorded adverse event of a fresh signed session of the target (0 when missing).
  int64_t EventId(Target target) const {
    auto d = Session(target, SessionStage::kSignedOff);
    if (!d) return 999999999999;
    app::RequestContext provider = ContextOf(ClinicOf(target), ClinicOf(target).seed.provider);
    app::EventInput input{.description = "Redness", .onset = d->session.date};
    auto event = app::RecordAdverseEvent(server_->env(), provider, d->session.id, input);
    EXPECT_TRUE(event.has_value()) << event.error().ToString();
    return event ? event->id.value() : 0;
  }
  // The route's request for the session day's routes, or nullopt for other routes.
  std::optional<Built> SessionDayRequest(const Route& route, Target target) {
    const std::string key = RouteKey(route);
    auto with = [&](int64_t id) {
      std::string path = route.pattern;
      path.replace(path.find("{id}"), 4, std::to_string(id));
      return path;
    };
    auto versioned = [](const std::optional<app::SessionDetail>& d, json body) {
      body["version"] = d ? d->session.version : 1;
      return body.dump();
    };
    if (key == "POST /api/v1/appointments/{id}/session") {
      if (target == Target::kMissing) return Built{with(999999999999), "", ""};
      auto a = FreshTreatmentAppointment(*server_, ClinicOf(target), SessionPatient(target));
      EXPECT_TRUE(a.has_value()) << a.error().ToString();
      return Built{with(a ? a->id.value() : 0), "", ""};
    }
    if (key == "GET /api/v1/sessions/{id}" || key == "GET /api/v1/sessions/{id}/chart-versions" ||
        key == "GET /api/v1/sessions/{id}/aftercare") {
      return Built{SessionPath(route, Session(target, SessionStage::kSignedOff)), "", ""};
    }
    if (key == "POST /api/v1/sessions/{id}/check-in") {
      auto d = Session(target, SessionStage::kOpen);
      return Built{SessionPath(route, d), versioned(d, {{"answers", CleanCheckIn()}})};
    }
    if (key == "POST /api/v1/sessions/{id}/gate-override") {
      json sunburn = CleanCheckIn();
      sunburn["sunburn"] = true;
      auto d = Session(target, SessionStage::kCheckedIn, sunburn);
      return Built{SessionPath(route, d), versioned(d, {{"reason", "Healed; checked today"}})};
    }
    if (key == "POST /api/v1/sessions/{id}/confirmations") {
      json sun = CleanCheckIn();
      sun["prep"]["sun_avoided"] = false;
      auto d = Session(target, SessionStage::kCheckedIn, sun);
      return Built{SessionPath(route, d),
                   versioned(d, {{"action", "strict_photoprotection"}, {"note", "SPF 50"}})};
    }
    if (key == "POST /api/v1/sessions/{id}/start") {
      auto d = Session(target, SessionStage::kCheckedIn);
      return Built{SessionPath(route, d), versioned(d, json::object())};
    }
    if (key == "PUT /api/v1/sessions/{id}/chart") {
      auto d = Session(target, SessionStage::kInProgress);
      const double depth = d ? CheeksDepth(*d) : 1.0;
      return Built{
          SessionPath(route, d),
          versioned(d,
                    {{"chart", CompleteChart(ClinicOf(target), server_->clock().Now(), depth)}})};
    }
    if (key == "POST /api/v1/sessions/{id}/cartridges") {
      auto d = Session(target, SessionStage::kInProgress);
      return Built{SessionPath(route, d), json{{"barcode", FreshCartridgeBarcode()}}.dump()};
    }
    if (key == "POST /api/v1/sessions/{id}/sign-off") {
      auto d = Session(target, SessionStage::kCharted);
      return Built{SessionPath(route, d), versioned(d, json::object())};
    }
    if (key == "POST /api/v1/sessions/{id}/amendments") {
      auto d = Session(target, SessionStage::kSignedOff);
      json chart = d ? json::parse(contract::ChartToJson(d->chart).dump()) : json::object();
      return Built{
          SessionPath(route, d),
          json{{"chart_version", 1}, {"chart", chart}, {"reason", "Passes miscounted"}}.dump()};
    }
    if (key == "POST /api/v1/sessions/{id}/adverse-reports") {
      return Built{SessionPath(route, Session(target, SessionStage::kSignedOff)),
                   R"({"symptoms":["redness"],"note":"Still red"})"};
    }
    if (key == "POST /api/v1/sessions/{id}/adverse-events") {
      auto d = Session(target, SessionStage::kSignedOff);
      return Built{SessionPath(route, d), EventBody(d).dump()};
    }
    if (key == "GET /api/v1/adverse-reports/{id}" ||
        key == "POST /api/v1/adverse-reports/{id}/acknowledge") {
      int64_t id = 999999999999;
      if (target != Target::kMissing) {
        auto concern = FreshConcern(*server_, ClinicOf(target), SessionPatient(target));
        EXPECT_TRUE(concern.has_value()) << concern.error().ToString();
        id = concern ? concern->report.id.value() : 0;
      }
      return Built{with(id), route.method == Method::kGet ? "" : R"({"version":1})",
                   route.method == Method::kGet ? "" : "application/json"};
    }
    if (key == "POST /api/v1/adverse-reports/{id}/photo" ||
        key == "GET /api/v1/adverse-reports/{id}/photo") {
      int64_t id = 999999999999;
      if (target != Target::kMissing) {
        auto concern = FreshConcern(*server_, ClinicOf(target), SessionPatient(target));
        EXPECT_TRUE(concern.has_value()) << concern.error().ToString();
        id = concern ? concern->report.id.value() : 0;
        if (concern && route.method == Method::kGet) {
          app::RequestContext provider =
              ContextOf(ClinicOf(target), ClinicOf(target).seed.provider);
          auto attached =
              app::AttachConcernPhoto(server_->env(), provider, concern->report.id, PhantomJpeg());
          EXPECT_TRUE(attached.has_value()) << attached.error().ToString();
        }
      }
      if (route.method == Method::kGet) return Built{with(id), "", ""};
      return Built{with(id), PhantomJpeg(), "image/jpeg"};
    }
    if (key == "GET /api/v1/adverse-events/{id}") return Built{with(EventId(target)), "", ""};
    if (key == "PATCH /api/v1/adverse-events/{id}") {
      const int64_t id = EventId(target);
      json body = EventBody(std::nullopt);
      body["onset"] = nullptr;
      body.erase("onset");
      body["version"] = 1;
      // The onset must be the session's day: read it back from the event.
      if (target != Target::kMissing) {
        auto tx = server_->db().Begin(ClinicOf(target).seed.clinic.id, storage::Access::kRead);
        if (tx) {
          auto event = (*tx)->adverse().GetEvent(base::AdverseEventId(id));
          if (event) body["onset"] = event->onset.ToString();
        }
      }
      if (!body.contains("onset")) body["onset"] = "2026-01-01";
      body["outcome"] = "resolved";
      return Built{with(id), body.dump()};
    }
    if (key == "GET /api/v1/lot-exposure" || key == "GET /api/v1/lot-exposure.csv") {
      return Built{route.pattern + "?lot=LOT-A", "", ""};
    }
    return std::nullopt;
  }

  // The request for `route` aimed at `target`.
  Built Build(const Route& route, Target target) {
    static std::atomic<int> serial{0};
    const std::string n = std::to_string(serial++);
    const std::string key = RouteKey(route);
    const std::string patient = std::to_string(PatientId(target));
    if (std::optional<Built> session_day = SessionDayRequest(route, target)) return *session_day;
    if (key == "POST /api/v1/session") {
      return {route.pattern, json{{"clinic", a_.seed.clinic.slug},
                                  {"email", a_.seed.owner.email},
                                  {"password", kTestPassword}}
                                 .dump()};
    }
    if (key == "PATCH /api/v1/clinic") return {route.pattern, R"({"name":"Harbour Skin"})"};
    if (key == "PUT /api/v1/clinic/mail") {
      return {route.pattern, R"({"relay":"smtp://127.0.0.1:2525","starttls":"none",)"
                             R"("from_address":"desk@example.test","enabled":false})"};
    }
    if (key == "PUT /api/v1/clinic/message-templates/{kind}") {
      return {"/api/v1/clinic/message-templates/visit_reminder",
              R"({"subject":"See you at {clinic}","body":"Hello {first_name}"})"};
    }
    if (key == "DELETE /api/v1/clinic/message-templates/{kind}") {
      return {"/api/v1/clinic/message-templates/visit_reminder", "", ""};
    }
    if (key == "POST /api/v1/public/clinics/{slug}/booking-requests") {
      return {"/api/v1/public/clinics/" + a_.seed.clinic.slug + "/booking-requests",
              BookingFormBody()};
    }
    if (route.pattern.starts_with("/api/v1/booking-requests/{id}")) {
      // A fresh request each time (version 1), of the target's clinic.
      int64_t id = 999999999999;
      if (target != Target::kMissing) {
        auto request = FreshBookingRequest(*server_, target == Target::kOtherClinic ? b_ : a_);
        EXPECT_TRUE(request.has_value()) << request.error().ToString();
        id = request ? request->id.value() : 0;
      }
      std::string path = route.pattern;
      path.replace(path.find("{id}"), 4, std::to_string(id));
      if (key == "PATCH /api/v1/booking-requests/{id}") {
        return {path, R"({"version":1,"status":"contacted"})"};
      }
      if (key == "POST /api/v1/booking-requests/{id}/convert") {
        return {path, ConversionBody(a_, 1)};
      }
      return {path, ""};
    }
    if (key == "POST /api/v1/invitations/accept") {
      return {route.pattern, json{{"token", FreshInvitationToken(*server_, a_).value()},
                                  {"password", kTestPassword}}
                                 .dump()};
    }
    if (key == "POST /api/v1/staff") {
      return {route.pattern, json{{"email", "new" + n + "@example.test"},
                                  {"display_name", "New Nurse"},
                                  {"role", "provider"}}
                                 .dump()};
    }
    if (key == "PATCH /api/v1/staff/{id}") {
      return {"/api/v1/staff/" + std::to_string(StaffId(target)), R"({"title":"RN"})"};
    }
    if (key == "POST /api/v1/staff/{id}/password-reset") {
      return {"/api/v1/staff/" + std::to_string(StaffId(target)) + "/password-reset", "", ""};
    }
    if (key == "POST /api/v1/resources") {
      return {route.pattern,
              json{{"kind", "device"}, {"name", "Pen " + n}, {"serial", "SN-" + n}}.dump()};
    }
    if (key == "PATCH /api/v1/resources/{id}") {
      return {"/api/v1/resources/" + std::to_string(RoomId(target)), R"({"name":"Room One"})"};
    }
    if (key == "GET /api/v1/providers/{id}/hours") {
      return {"/api/v1/providers/" + std::to_string(ProviderId(target)) + "/hours", ""};
    }
    if (key == "PUT /api/v1/providers/{id}/hours") {
      return {"/api/v1/providers/" + std::to_string(ProviderId(target)) + "/hours",
              std::string(kFullWeek)};
    }
    if (key == "GET /api/v1/providers/{id}/time-off") {
      return {"/api/v1/providers/" + std::to_string(ProviderId(target)) + "/time-off", ""};
    }
    if (key == "POST /api/v1/providers/{id}/time-off") {
      return {"/api/v1/providers/" + std::to_string(ProviderId(target)) + "/time-off",
              R"({"from":"2031-01-06T09:00","to":"2031-01-06T12:00"})"};
    }
    if (key == "DELETE /api/v1/time-off/{id}") {
      return {"/api/v1/time-off/" + std::to_string(TimeOffId(target)), "", ""};
    }
    if (key == "PUT /api/v1/service-types") {
      return {route.pattern, R"({"items":[{"kind":"consultation","name":"Consultation",)"
                             R"("minutes":30,"needs_room":true,"needs_device":false}]})"};
    }
    if (key == "GET /api/v1/slots") {
      return {route.pattern + "?kind=consultation&from=2027-02-01&days=2&count=3", ""};
    }
    if (key == "POST /api/v1/appointments") {
      return {route.pattern, json{{"patient_id", PatientId(target)},
                                  {"kind", "consultation"},
                                  {"start", NextBookingDay().ToString() + "T10:00"},
                                  {"provider_id", a_.seed.provider.id.value()}}
                                 .dump()};
    }
    if (key == "GET /api/v1/appointments/{id}") {
      return {"/api/v1/appointments/" + std::to_string(AppointmentId(target)), ""};
    }
    if (key == "POST /api/v1/appointments/{id}/cancel") {
      const int64_t id =
          target == Target::kOwn ? FreshAppointment(a_, a_.seed.patient.id) : AppointmentId(target);
      return {"/api/v1/appointments/" + std::to_string(id) + "/cancel", R"({"version":1})"};
    }
    if (key == "GET /api/v1/appointments") {
      return {route.pattern + "?from=2027-01-04&to=2027-01-11", ""};
    }
    if (key == "POST /api/v1/appointments/{id}/reschedule") {
      const int64_t id =
          target == Target::kOwn ? FreshAppointment(a_, a_.seed.patient.id) : AppointmentId(target);
      return {"/api/v1/appointments/" + std::to_string(id) + "/reschedule",
              json{{"version", 1}, {"start", NextBookingDay().ToString() + "T11:00"}}.dump()};
    }
    if (key == "POST /api/v1/appointments/{id}/status") {
      const std::string id = target == Target::kOwn ? TodaysAppointment(*server_, a_)
                                                    : std::to_string(AppointmentId(target));
      return {"/api/v1/appointments/" + id + "/status", R"({"version":1,"status":"checked_in"})"};
    }
    if (key == "GET /api/v1/appointments/{id}/messages") {
      return {"/api/v1/appointments/" + std::to_string(AppointmentId(target)) + "/messages", ""};
    }
    if (key == "GET /api/v1/appointments/{id}/calendar.ics") {
      return {"/api/v1/appointments/" + std::to_string(AppointmentId(target)) + "/calendar.ics",
              ""};
    }
    if (key == "POST /api/v1/plans/{id}/series/proposal" ||
        key == "POST /api/v1/plans/{id}/series") {
      const bool book = key == "POST /api/v1/plans/{id}/series";
      int64_t plan = PlanId(target);
      std::string body = "{}";
      if (target == Target::kOwn) {
        const domain::TreatmentPlan fresh = FreshActivePlan(*server_, a_).value();
        plan = fresh.id.value();
        if (book) body = SeriesBody(*server_, a_, fresh.id).dump();
      } else if (book) {
        body = json{{"sessions",
                     {{{"session", 1},
                       {"start", "2027-09-01T09:00"},
                       {"provider_id", a_.seed.provider.id.value()}}}}}
                   .dump();
      }
      return {"/api/v1/plans/" + std::to_string(plan) + (book ? "/series" : "/series/proposal"),
              body};
    }
    if (key == "POST /api/v1/plans/{id}/series/cancel") {
      return {"/api/v1/plans/" + std::to_string(PlanId(target)) + "/series/cancel", "{}"};
    }
    if (key == "POST /api/v1/providers/{id}/calendar-feed" ||
        key == "DELETE /api/v1/providers/{id}/calendar-feed") {
      return {"/api/v1/providers/" + std::to_string(ProviderId(target)) + "/calendar-feed", "", ""};
    }
    if (key == "GET /calendar/{token}.ics") {
      app::RequestContext owner = ContextOf(a_, a_.seed.owner);
      return {app::CreateCalendarFeed(server_->env(), owner, a_.seed.provider.id)->Path(), ""};
    }
    if (key == "GET /api/v1/patients/{id}/appointments") {
      return {"/api/v1/patients/" + patient + "/appointments", ""};
    }
    if (key == "POST /api/v1/patients") {
      return {route.pattern, R"({"given_name":"Mary","family_name":"Seacole",)"
                             R"("birth_date":"1970-01-01","confirm_duplicate":true})"};
    }
    if (key == "POST /api/v1/patients/{id}/merge") {
      // A fresh duplicate of clinic A each time; the target decides the record it goes into.
      return {"/api/v1/patients/" + patient + "/merge",
              json{{"duplicate_id", FreshPatient(*server_, a_).value().id.value()}}.dump()};
    }
    if (key == "GET /api/v1/portal-accounts") return {route.pattern, ""};
    if (key == "DELETE /api/v1/portal-accounts/{id}") {
      const int64_t account =
          target == Target::kOwn            ? FreshPortalAccount(*server_, a_).value().id.value()
          : target == Target::kOtherClinic  ? b_.patient_user.id.value()
          : target == Target::kOtherPatient ? FreshPortalAccount(*server_, a_).value().id.value()
                                            : 999999999999;
      return {"/api/v1/portal-accounts/" + std::to_string(account), "", ""};
    }
    if (key == "POST /api/v1/patients/search") return {route.pattern, R"({"q":"a"})"};
    if (key == "GET /api/v1/patients/{id}") return {"/api/v1/patients/" + patient, ""};
    if (key == "PATCH /api/v1/patients/{id}") {
      return {"/api/v1/patients/" + patient,
              json{{"version", Version("patient", PatientId(target))}, {"phone", "123"}}.dump()};
    }
    if (key == "POST /api/v1/patients/{id}/portal-account") {
      // Clinic A's own case invites a fresh patient: re-inviting the seeded patient would end
      // the portal session the matrix uses.
      const std::string id =
          target == Target::kOwn ? FreshPatient(*server_, a_).value().id.ToString() : patient;
      return {"/api/v1/patients/" + id + "/portal-account",
              json{{"email", "portal" + n + "@example.test"}}.dump()};
    }
    if (key == "GET /api/v1/patients/{id}/consultations") {
      return {"/api/v1/patients/" + patient + "/consultations", ""};
    }
    if (key == "GET /api/v1/patients/{id}/skin-types") {
      return {"/api/v1/patients/" + patient + "/skin-types", ""};
    }
    if (key == "GET /api/v1/patients/{id}/plans")
      return {"/api/v1/patients/" + patient + "/plans", ""};
    if (key == "POST /api/v1/consultations" || key == "POST /api/v1/consultations/screen") {
      return {route.pattern, json{{"patient_id", PatientId(target)},
                                  {"intake",
                                   {{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}},
                                    {"areas", {"cheeks"}},
                                    {"concerns", {{{"code", "texture"}, {"severity", 2}}}}}}}
                                 .dump()};
    }
    if (key == "GET /api/v1/consultations/{id}") {
      return {"/api/v1/consultations/" + std::to_string(ConsultationId(target)), ""};
    }
    if (key == "POST /api/v1/plans") {
      return {route.pattern, json{{"consultation_id", ConsultationId(target)}}.dump()};
    }
    if (key == "GET /api/v1/plans/{id}") {
      return {"/api/v1/plans/" + std::to_string(PlanId(target)), ""};
    }
    if (key == "PATCH /api/v1/plans/{id}") {
      return {"/api/v1/plans/" + std::to_string(PlanId(target)),
              json{{"version", Version("plan", PlanId(target))}, {"status", "active"}}.dump()};
    }
    if (key == "POST /api/v1/consent-texts") {
      // A treatment text: a new photography version would make the photo consents lapse.
      return {route.pattern, json{{"kind", "treatment"}, {"text", "Treatment " + n}}.dump()};
    }
    if (key == "POST /api/v1/patients/{id}/consents") {
      return {"/api/v1/patients/" + patient + "/consents",
              json{{"kind", "photography"},
                   {"text_id", PhotoConsentText(*server_, a_).value().id.value()},
                   {"typed_name", "Ada Lovelace"}}
                  .dump()};
    }
    if (key == "POST /api/v1/patients/{id}/photos") {
      if (target == Target::kOwn) {
        EXPECT_TRUE(EnsurePhotoConsent(*server_, a_, a_.seed.patient.id).ok());
      }
      return {"/api/v1/patients/" + patient + "/photos?timepoint=month_1&view=front", PhantomJpeg(),
              "image/jpeg"};
    }
    if (key == "PATCH /api/v1/photos/{id}") {
      return {"/api/v1/photos/" + std::to_string(PhotoId(target)), R"({"notes":"flash"})"};
    }
    if (route.pattern.starts_with("/api/v1/photos/{id}")) {
      std::string path = route.pattern;
      path.replace(path.find("{id}"), 4, std::to_string(PhotoId(target)));
      return {path, "", ""};
    }
    if (key == "POST /api/v1/photos/compare") {
      const std::string id = std::to_string(PhotoId(target));
      return {route.pattern, R"({"before_id":)" + id + R"(,"after_id":)" + id + "}"};
    }
    if (key == "GET /api/v1/photo-overlays/{id}") {
      return {"/api/v1/photo-overlays/" + std::to_string(OverlayId(target)), "", ""};
    }
    if (key == "PUT /api/v1/protocol") {
      std::string toml(protocol::DefaultProtocolText());
      toml.replace(toml.find("version = \"2.0.0\""), 17, "version = \"matrix-" + n + "\"");
      return {route.pattern, toml, "application/toml"};
    }
    if (route.pattern.starts_with("/api/v1/patients/{id}/")) {  // a patient's photo reads
      std::string path = route.pattern;
      path.replace(path.find("{id}"), 4, patient);
      return {path, ""};
    }
    return {route.pattern, ""};  // GETs and DELETE without ids
  }

  bool TakesObject(const Route& route) const {
    return route.pattern.find("{id}") != std::string::npos ||
           RouteKey(route) == "POST /api/v1/consultations" ||
           RouteKey(route) == "POST /api/v1/consultations/screen" ||
           RouteKey(route) == "POST /api/v1/plans" ||
           RouteKey(route) == "POST /api/v1/appointments" ||
           RouteKey(route) == "POST /api/v1/photos/compare";
  }

  HttpResult Send(const Route& route, const Built& built, const std::string& token) {
    std::map<std::string, std::string> headers;
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    if (!built.body.empty()) headers["Content-Type"] = built.content_type;
    return Client(server_->port()).Send(MethodName(route.method), built.path, built.body, headers);
  }

  std::string TokenFor(std::string_view role, const Route& route) {
    if (RouteKey(route) != "DELETE /api/v1/session") return a_.tokens.at(std::string(role));
    // Logging out ends the session: use a fresh one for every cell.
    const std::string email = role == "owner"        ? a_.seed.owner.email
                              : role == "provider"   ? a_.seed.provider.email
                              : role == "front_desk" ? a_.seed.front_desk.email
                                                     : a_.patient_user.email;
    return Login(Client(server_->port()), a_.seed.clinic.slug, email).Json()["token"];
  }

  SeededApiClinic b_;
  mutable std::optional<domain::TreatmentPlan> other_plan_;
  mutable std::array<int64_t, 4> appointments_{};
  mutable std::array<int64_t, 4> photos_{};
  mutable std::array<int64_t, 4> overlays_{};
};

void ExpectNoPatientData(const HttpResult& result, const std::string& where) {
  for (const char* canary : {"Lovelace", "Hopper", "ada@example", "grace@example", "1988-03-14"}) {
    EXPECT_EQ(result.body.find(canary), std::string::npos)
        << where << " leaked '" << canary << "': " << result.body;
  }
}

TEST_P(AuthorizationMatrix, EveryRouteEveryRoleEveryObject) {
  const std::vector<Route> routes = ApiRoutes();
  for (const Route& route : routes) {
    const std::string key = RouteKey(route);
    auto expected = Matrix().find(key);
    if (expected == Matrix().end()) {
      ADD_FAILURE() << key << " has no entry in the authorisation matrix";
      continue;
    }
    // No session.
    {
      const HttpResult result = Send(route, Build(route, Target::kOwn), "");
      const int want = route.is_public() ? expected->second.owner : 401;
      EXPECT_EQ(result.status, want) << key << " without a session: " << result.body;
      if (want == 401) ExpectNoPatientData(result, key + " without a session");
    }
    if (route.is_public()) continue;
    for (std::string_view role : kRoles) {
      const int own = expected->second.For(role);
      std::vector<Target> targets = {Target::kOwn};
      if (TakesObject(route)) {
        targets.insert(targets.end(), {Target::kOtherClinic, Target::kMissing});
        if (role == "patient") targets.push_back(Target::kOtherPatient);
      }
      for (Target target : targets) {
        const int want = target == Target::kOwn ? own : (own < 400 ? 404 : own);
        const HttpResult result = Send(route, Build(route, target), TokenFor(role, route));
        const std::string where =
            key + " as " + std::string(role) + " on " + std::to_string(static_cast<int>(target));
        EXPECT_EQ(result.status, want) << where << ": " << result.body;
        if (result.status >= 400) ExpectNoPatientData(result, where);
      }
    }
  }
}

TEST_P(AuthorizationMatrix, TheMatrixNamesOnlyRoutesThatExist) {
  std::set<std::string> keys;
  for (const Route& route : ApiRoutes()) keys.insert(RouteKey(route));
  for (const auto& [key, expectation] : Matrix()) {
    EXPECT_TRUE(keys.contains(key)) << key << " is in the matrix but not in the route table";
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthorizationMatrix, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
