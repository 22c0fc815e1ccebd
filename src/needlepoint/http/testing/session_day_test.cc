// The session day through the API on every backend: the gate (a contraindication is never
// overridden; a deferral only by a provider with a reason, audited), consent before the start,
// GS1 cartridge scans (both input forms, malformed codes named, expiry, single use in the
// clinic under concurrency, another clinic's use invisible), depth limits, sign-off and
// amendments, the dated aftercare and its reminders, triage of reported concerns, and the
// lot recall.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "needlepoint/contract/session_json.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/http/testing/test_server.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

class SessionDay : public ServerTest {
 protected:
  SessionDay() : ServerTest("sessionday") {}

  HttpResult As(const std::string& role, const std::string& method, const std::string& path,
                const json& body = nullptr, const SeededApiClinic* clinic = nullptr) const {
    const SeededApiClinic& c = clinic ? *clinic : a_;
    const std::string text = body.is_null() ? "" : body.dump();
    return client().Send(method, path, text, Bearer(c.tokens.at(role), !text.empty()));
  }
  app::SessionDetail Fresh(SessionStage stage, const json& check_in = CleanCheckIn(),
                           std::optional<base::PatientId> patient = {},
                           const SeededApiClinic* clinic = nullptr) {
    auto d = FreshSession(*server_, clinic ? *clinic : a_, stage, patient, check_in);
    EXPECT_TRUE(d.has_value()) << d.error().ToString();
    return d.value();
  }
  static std::string Path(const app::SessionDetail& d, const std::string& rest = "") {
    return "/api/v1/sessions/" + d.session.id.ToString() + rest;
  }
  // The pointers of a problem response's errors.
  static std::set<std::string> Pointers(const HttpResult& r) {
    std::set<std::string> out;
    const json body = r.Json();
    if (body.contains("errors")) {
      for (const json& e : body["errors"]) out.insert(e.value("path", ""));
    }
    return out;
  }
  std::vector<domain::AuditRecord> AuditOf(const std::string& action) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    std::vector<domain::AuditRecord> out;
    std::vector<domain::AuditRecord> all = tx->audit().List({.limit = 100000}).value();
    for (domain::AuditRecord& r : all) {
      if (r.entry.action == action) out.push_back(std::move(r));
    }
    return out;
  }
  domain::Appointment AppointmentOf(const app::SessionDetail& d) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->appointments().Get(*d.session.appointment_id).value();
  }
  std::vector<domain::OutboxMessage> Outbox(const app::SessionDetail& d) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->outbox().ListForAppointment(*d.session.appointment_id).value();
  }
  // Makes the clinic's active protocol one in which an active cold sore on the day is a
  // contraindication (a clinic may be stricter than the default, which defers it); plans
  // made from now on are judged by it.
  void UploadStricterProtocol() {
    std::string toml(protocol::DefaultProtocolText());
    toml.replace(toml.find("version = \"2.0.0\""), 17, "version = \"2.0.0-strict\"");
    const std::size_t at = toml.find("level = \"defer\"", toml.find("[findings.active_cold_sore]"));
    toml.replace(at, 15, "level = \"contraindicated\"");
    std::map<std::string, std::string> headers = Bearer(a_.tokens.at("owner"), false);
    headers["Content-Type"] = "application/toml";
    const HttpResult r = client().Send("PUT", "/api/v1/protocol", toml, headers);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  // Logs `role` in again (after the clock jumped past the session's expiry).
  void Relogin(const std::string& role) {
    const std::map<std::string, std::string> emails = {{"patient", a_.patient_user.email},
                                                       {"owner", a_.seed.owner.email},
                                                       {"provider", a_.seed.provider.email},
                                                       {"front_desk", a_.seed.front_desk.email}};
    const std::string& email = emails.at(role);
    a_.tokens[role] = Login(client(), a_.seed.clinic.slug, email).Json()["token"];
  }
  int CartridgeRows(base::ClinicId clinic, const std::string& barcode_serial) const {
    auto tx = server_->db().Begin(clinic, storage::Access::kRead).value();
    auto found =
        tx->treatment_sessions().FindCartridge("09506000134352", "LOT-A", barcode_serial).value();
    return found ? 1 : 0;
  }
};

json WithAnswer(const std::string& key, const json& value) {
  json answers = CleanCheckIn();
  answers[key] = value;
  return answers;
}

TEST_P(SessionDay, ContraindicatedIsNeverOverridable) {
  if (Stopped()) return;
  UploadStricterProtocol();
  const app::SessionDetail d = Fresh(SessionStage::kCheckedIn, WithAnswer("cold_sore", true));
  ASSERT_EQ(d.session.check_in->gate, domain::GateDecision::kBlocked);
  EXPECT_FALSE(d.gate.overridable);
  const HttpResult read = As("provider", "GET", Path(d));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.Json()["check_in"]["gate"]["decision"], "blocked");
  EXPECT_EQ(read.Json()["check_in"]["gate"]["overridable"], false);
  const HttpResult r = As("provider", "POST", Path(d, "/gate-override"),
                          {{"version", d.session.version}, {"reason", "patient insists"}});
  EXPECT_EQ(r.status, 422) << r.body;
  bool names_finding = false;
  for (const std::string& p : Pointers(r)) names_finding |= p.starts_with("/findings/");
  EXPECT_TRUE(names_finding) << r.body;
  const HttpResult after = As("provider", "GET", Path(d));
  EXPECT_EQ(after.Json()["status"], "open");
  EXPECT_EQ(AppointmentOf(d).status, domain::AppointmentStatus::kBooked);
  // Nor can it start.
  EXPECT_EQ(As("provider", "POST", Path(d, "/start"), {{"version", d.session.version}}).status,
            422);
}

TEST_P(SessionDay, DeferBlocksUntilAProviderOverridesWithAReason) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kCheckedIn, WithAnswer("sunburn", true));
  ASSERT_EQ(d.session.check_in->gate, domain::GateDecision::kBlocked);
  ASSERT_TRUE(d.gate.overridable);
  const std::string reason = "Healed fully; inspected under the lamp today";
  for (const std::string role : {"owner", "front_desk"}) {
    EXPECT_EQ(As(role, "POST", Path(d, "/gate-override"),
                 {{"version", d.session.version}, {"reason", reason}})
                  .status,
              403)
        << role;
  }
  const HttpResult empty = As("provider", "POST", Path(d, "/gate-override"),
                              {{"version", d.session.version}, {"reason", "   "}});
  EXPECT_EQ(empty.status, 400) << empty.body;
  EXPECT_TRUE(Pointers(empty).contains("/reason")) << empty.body;
  const HttpResult ok = As("provider", "POST", Path(d, "/gate-override"),
                           {{"version", d.session.version}, {"reason", reason}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.Json()["status"], "checked_in");
  EXPECT_EQ(ok.Json()["check_in"]["gate"]["decision"], "overridden");
  EXPECT_EQ(ok.Json()["check_in"]["gate"]["override"]["reason"], reason);
  EXPECT_EQ(AppointmentOf(d).status, domain::AppointmentStatus::kCheckedIn);
  const std::vector<domain::AuditRecord> rows = AuditOf("session.gate_override");
  std::vector<domain::AuditRecord> successes;
  for (const auto& row : rows) {
    if (row.entry.outcome == domain::AuditOutcome::kSuccess) successes.push_back(row);
  }
  ASSERT_EQ(successes.size(), 1u);
  EXPECT_EQ(successes[0].entry.detail.find("lamp"), std::string::npos);
}

TEST_P(SessionDay, PrecautionsNeedEachActionConfirmedBeforeStart) {
  if (Stopped()) return;
  json answers = CleanCheckIn();
  answers["prep"]["sun_avoided"] = false;  // prep not followed: recorded and screened
  const app::SessionDetail d = Fresh(SessionStage::kCheckedIn, answers);
  ASSERT_EQ(d.session.status, domain::SessionStatus::kCheckedIn);
  const HttpResult refused =
      As("provider", "POST", Path(d, "/start"), {{"version", d.session.version}});
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(Pointers(refused).contains("/confirmations/strict_photoprotection")) << refused.body;
  const HttpResult confirmed =
      As("provider", "POST", Path(d, "/confirmations"),
         {{"version", d.session.version}, {"action", "strict_photoprotection"}, {"note", "SPF"}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.Json()["check_in"]["answers"]["prep"]["sun_avoided"], false);
  const HttpResult started =
      As("provider", "POST", Path(d, "/start"), {{"version", confirmed.Json()["version"]}});
  EXPECT_EQ(started.status, 200) << started.body;
  EXPECT_EQ(started.Json()["status"], "in_progress");
}

TEST_P(SessionDay, CheckInOnlyOnTheSessionsDay) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kOpen);
  server_->clock().Advance(std::chrono::hours(48));
  Relogin("provider");
  const HttpResult r = As("provider", "POST", Path(d, "/check-in"),
                          {{"version", d.session.version}, {"answers", CleanCheckIn()}});
  EXPECT_EQ(r.status, 422) << r.body;
}

TEST_P(SessionDay, StartNeedsTheCurrentTreatmentConsent) {
  if (Stopped()) return;
  const app::SessionDetail first = Fresh(SessionStage::kOpen);
  const HttpResult checked = As("provider", "POST", Path(first, "/check-in"),
                                {{"version", first.session.version}, {"answers", CleanCheckIn()}});
  ASSERT_EQ(checked.status, 200) << checked.body;
  const HttpResult refused =
      As("provider", "POST", Path(first, "/start"), {{"version", checked.Json()["version"]}});
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(Pointers(refused).contains("/consent")) << refused.body;
  // The owner publishes version 1; the patient signs it at this session.
  const HttpResult v1 = As("owner", "POST", "/api/v1/consent-texts",
                           {{"kind", "treatment"}, {"text", "I consent, version one."}});
  ASSERT_EQ(v1.status, 201) << v1.body;
  const std::string consents = "/api/v1/patients/" + a_.seed.patient.id.ToString() + "/consents";
  const HttpResult signed_v1 = As("front_desk", "POST", consents,
                                  {{"kind", "treatment"},
                                   {"text_id", v1.Json()["id"]},
                                   {"typed_name", "Ada Lovelace"},
                                   {"session_id", first.session.id.value()}});
  ASSERT_EQ(signed_v1.status, 201) << signed_v1.body;
  EXPECT_EQ(signed_v1.Json()["appointment_id"], first.session.appointment_id->value());
  const HttpResult started =
      As("provider", "POST", Path(first, "/start"), {{"version", checked.Json()["version"]}});
  EXPECT_EQ(started.status, 200) << started.body;
  // Version 2: the next session waits for a new signature; signing version 1 again is refused.
  const HttpResult v2 = As("owner", "POST", "/api/v1/consent-texts",
                           {{"kind", "treatment"}, {"text", "I consent, version two."}});
  ASSERT_EQ(v2.status, 201) << v2.body;
  const app::SessionDetail next = Fresh(SessionStage::kOpen);
  const HttpResult checked2 = As("provider", "POST", Path(next, "/check-in"),
                                 {{"version", next.session.version}, {"answers", CleanCheckIn()}});
  ASSERT_EQ(checked2.status, 200) << checked2.body;
  const HttpResult refused2 =
      As("provider", "POST", Path(next, "/start"), {{"version", checked2.Json()["version"]}});
  EXPECT_EQ(refused2.status, 422) << refused2.body;
  EXPECT_NE(refused2.body.find("version 2"), std::string::npos) << refused2.body;
  EXPECT_EQ(As("front_desk", "POST", consents,
               {{"kind", "treatment"}, {"text_id", v1.Json()["id"]}, {"typed_name", "Ada"}})
                .status,
            409);
  // A session of another patient is not this patient's.
  const app::SessionDetail other = Fresh(SessionStage::kOpen, CleanCheckIn(), a_.seed.patient2.id);
  const HttpResult wrong = As("front_desk", "POST", consents,
                              {{"kind", "treatment"},
                               {"text_id", v2.Json()["id"]},
                               {"typed_name", "Ada Lovelace"},
                               {"session_id", other.session.id.value()}});
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_TRUE(Pointers(wrong).contains("/session_id"));
}

TEST_P(SessionDay, ScanAcceptsHumanReadableAndRawScannerForms) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kInProgress);
  const HttpResult human = As("provider", "POST", Path(d, "/cartridges"),
                              {{"barcode", "(01)09506000134352(17)301231(10)LOT-A(21)HUMAN-1"}});
  ASSERT_EQ(human.status, 201) << human.body;
  const std::string raw =
      "]d20109506000134352173012311"
      "0LOT-A\x1d"
      "21RAW-1";
  const HttpResult scanner = As("provider", "POST", Path(d, "/cartridges"), {{"barcode", raw}});
  ASSERT_EQ(scanner.status, 201) << scanner.body;
  const json cartridges = scanner.Json()["cartridges"];
  ASSERT_EQ(cartridges.size(), 2u);
  EXPECT_EQ(cartridges[1]["gtin"], "09506000134352");
  EXPECT_EQ(cartridges[1]["lot"], "LOT-A");
  EXPECT_EQ(cartridges[1]["serial"], "RAW-1");
  EXPECT_EQ(cartridges[1]["expiry"], "2030-12-31");
}

TEST_P(SessionDay, ScanRefusesMalformedBarcodesNamingTheAIAndStoresNothing) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kInProgress);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"(01)09506000134353(17)301231(10)L(21)S", "(01)"},                 // check digit
      {"(01)0950600013435(17)301231(10)L(21)S", "(01)"},                  // length
      {"(01)09506000134352(17)270230(10)L(21)S", "(17)"},                 // impossible date
      {"(01)09506000134352(99)1(10)L(21)S", "(99)"},                      // unknown AI
      {"(01)09506000134352(17)301231(10)L(10)M", "(10)"},                 // AI twice
      {"(01)09506000134352(17)301231(10)ABCDEFGHIJKLMNOPQRSTU", "(10)"},  // 21 characters
  };
  for (const auto& [barcode, ai] : cases) {
    const HttpResult r = As("provider", "POST", Path(d, "/cartridges"), {{"barcode", barcode}});
    EXPECT_EQ(r.status, 400) << barcode << ": " << r.body;
    EXPECT_TRUE(Pointers(r).contains("/barcode")) << r.body;
    EXPECT_NE(r.body.find(ai), std::string::npos) << barcode << ": " << r.body;
  }
  const HttpResult no_expiry =
      As("provider", "POST", Path(d, "/cartridges"), {{"barcode", "(01)09506000134352(10)L(21)S"}});
  EXPECT_EQ(no_expiry.status, 422) << no_expiry.body;
  EXPECT_EQ(As("provider", "GET", Path(d)).Json()["cartridges"].size(), 0u);
}

TEST_P(SessionDay, ExpiryIsCheckedAgainstTheSessionsDayWithDayZeroTheMonthsEnd) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kInProgress);
  const base::CivilDate date = d.session.date;
  auto yymm = [](base::CivilDate day) {
    const std::string text = day.ToString();  // YYYY-MM-DD
    return text.substr(2, 2) + text.substr(5, 2);
  };
  // DD = 00 of the session's own month is its last day: still valid today.
  const HttpResult month_end =
      As("provider", "POST", Path(d, "/cartridges"),
         {{"barcode", "(01)09506000134352(17)" + yymm(date) + "00(10)LOT-E(21)E1"}});
  EXPECT_EQ(month_end.status, 201) << month_end.body;
  // The previous month's end is before the session: expired.
  const base::CivilDate last_month = date.AddDays(-32);
  const HttpResult expired =
      As("provider", "POST", Path(d, "/cartridges"),
         {{"barcode", "(01)09506000134352(17)" + yymm(last_month) + "00(10)LOT-E(21)E2"}});
  EXPECT_EQ(expired.status, 422) << expired.body;
  EXPECT_NE(expired.body.find("expired"), std::string::npos);
}

TEST_P(SessionDay, ReusedCartridgeIsRefusedAcrossSessionsAndPatientsButNotAcrossClinics) {
  if (Stopped()) return;
  const std::string barcode = "(01)09506000134352(17)301231(10)LOT-A(21)ONCE-1";
  const app::SessionDetail first = Fresh(SessionStage::kInProgress);
  ASSERT_EQ(As("provider", "POST", Path(first, "/cartridges"), {{"barcode", barcode}}).status, 201);
  const app::SessionDetail same = first;
  const app::SessionDetail other_session = Fresh(SessionStage::kInProgress);
  const app::SessionDetail other_patient =
      Fresh(SessionStage::kInProgress, CleanCheckIn(), a_.seed.patient2.id);
  for (const app::SessionDetail* d : {&same, &other_session, &other_patient}) {
    const HttpResult r = As("provider", "POST", Path(*d, "/cartridges"), {{"barcode", barcode}});
    EXPECT_EQ(r.status, 409) << r.body;
    EXPECT_NE(r.body.find("session " + first.session.id.ToString() + " on " +
                          first.session.date.ToString()),
              std::string::npos)
        << r.body;
    EXPECT_EQ(r.body.find(a_.seed.patient.family_name), std::string::npos) << r.body;
  }
  EXPECT_EQ(CartridgeRows(a_.seed.clinic.id, "ONCE-1"), 1);
  // Another clinic charts the same barcode: its use is its own, and it sees nothing of ours.
  SeededApiClinic b = SeedApiClinic(*server_, "sessionday-b").value();
  const app::SessionDetail theirs = Fresh(SessionStage::kInProgress, CleanCheckIn(), {}, &b);
  const HttpResult in_b =
      As("provider", "POST", Path(theirs, "/cartridges"), {{"barcode", barcode}}, &b);
  EXPECT_EQ(in_b.status, 201) << in_b.body;
  const HttpResult recall = As("provider", "GET", "/api/v1/lot-exposure?lot=LOT-A", nullptr, &b);
  ASSERT_EQ(recall.status, 200) << recall.body;
  EXPECT_EQ(recall.Json()["total_sessions"], 1);
  EXPECT_EQ(recall.Json()["items"][0]["session_id"], theirs.session.id.value());
}

TEST_P(SessionDay, UnserialisedCartridgeNeedsASealedPack) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kInProgress);
  const std::string barcode = "(01)09506000134352(17)301231(10)LOT-N";
  const HttpResult refused = As("provider", "POST", Path(d, "/cartridges"), {{"barcode", barcode}});
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(Pointers(refused).contains("/sealed_pack_confirmed")) << refused.body;
  const HttpResult sealed = As("provider", "POST", Path(d, "/cartridges"),
                               {{"barcode", barcode}, {"sealed_pack_confirmed", true}});
  EXPECT_EQ(sealed.status, 201) << sealed.body;
  EXPECT_EQ(sealed.Json()["cartridges"][0]["serial"], nullptr);
}

TEST_P(SessionDay, ConcurrentScansOfOneCartridgeExactlyOneWins) {
  if (Stopped()) return;
  for (int round = 0; round < 10; ++round) {
    const app::SessionDetail one = Fresh(SessionStage::kInProgress);
    const app::SessionDetail two = Fresh(SessionStage::kInProgress);
    const std::string barcode =
        "(01)09506000134352(17)301231(10)LOT-A(21)RACE-" + std::to_string(round);
    std::atomic<int> created{0}, conflicts{0};
    std::vector<std::thread> threads;
    for (const app::SessionDetail* d : {&one, &two}) {
      threads.emplace_back([&, d] {
        const HttpResult r =
            As("provider", "POST", Path(*d, "/cartridges"), {{"barcode", barcode}});
        if (r.status == 201) ++created;
        if (r.status == 409) ++conflicts;
      });
    }
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(created.load(), 1) << "round " << round;
    EXPECT_EQ(conflicts.load(), 1) << "round " << round;
    EXPECT_EQ(CartridgeRows(a_.seed.clinic.id, "RACE-" + std::to_string(round)), 1);
  }
}

TEST_P(SessionDay, DepthAboveTheHardMaximumIsRefusedWhateverTheReasonAndOutsideThePlanNeedsOne) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kInProgress);
  const json view = As("provider", "GET", Path(d)).Json();
  double hard_max = 0, plan_max = 0;
  for (const json& z : view["plan_zones"]) {
    if (z["zone"] != "cheeks") continue;
    hard_max = z["hard_max_mm"];
    plan_max = z["depth_mm"]["max"];
  }
  ASSERT_GT(hard_max, 0);
  json chart = CompleteChart(a_, server_->clock().Now(), hard_max + 0.25);
  chart["zones"][0]["reason"] = "deep scars";
  const HttpResult above =
      As("provider", "PUT", Path(d, "/chart"), {{"version", d.session.version}, {"chart", chart}});
  EXPECT_EQ(above.status, 400) << above.body;
  EXPECT_TRUE(Pointers(above).contains("/chart/zones/0/depth_mm")) << above.body;
  if (plan_max + 0.05 <= hard_max) {
    json outside = CompleteChart(a_, server_->clock().Now(), plan_max + 0.05);
    const HttpResult no_reason = As("provider", "PUT", Path(d, "/chart"),
                                    {{"version", d.session.version}, {"chart", outside}});
    EXPECT_EQ(no_reason.status, 400) << no_reason.body;
    EXPECT_TRUE(Pointers(no_reason).contains("/chart/zones/0/reason")) << no_reason.body;
    outside["zones"][0]["reason"] = "stubborn scarring";
    const HttpResult with_reason = As("provider", "PUT", Path(d, "/chart"),
                                      {{"version", d.session.version}, {"chart", outside}});
    EXPECT_EQ(with_reason.status, 200) << with_reason.body;
    EXPECT_FALSE(with_reason.Json()["warnings"].empty());
  }
}

TEST_P(SessionDay, NumbingUnderTwentyMinutesWarns) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kInProgress);
  json chart = CompleteChart(a_, server_->clock().Now(), CheeksDepth(d));
  chart["anaesthetic"]["applied_at"] =
      contract::UtcText(server_->clock().Now() - std::chrono::minutes(12));
  const HttpResult r =
      As("provider", "PUT", Path(d, "/chart"), {{"version", d.session.version}, {"chart", chart}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["numbing_minutes"], 12);
  EXPECT_NE(r.Json()["warnings"].dump().find("20"), std::string::npos) << r.body;
}

TEST_P(SessionDay, SignOffNeedsACompleteChartAndACartridgeThenTheChartIsReadOnly) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kInProgress);
  const HttpResult incomplete =
      As("provider", "POST", Path(d, "/sign-off"), {{"version", d.session.version}});
  EXPECT_EQ(incomplete.status, 400) << incomplete.body;
  EXPECT_TRUE(Pointers(incomplete).contains("/chart/device_id")) << incomplete.body;
  const json chart = CompleteChart(a_, server_->clock().Now(), CheeksDepth(d));
  const HttpResult saved =
      As("provider", "PUT", Path(d, "/chart"), {{"version", d.session.version}, {"chart", chart}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  const HttpResult no_cartridge =
      As("provider", "POST", Path(d, "/sign-off"), {{"version", saved.Json()["version"]}});
  EXPECT_EQ(no_cartridge.status, 422) << no_cartridge.body;
  EXPECT_TRUE(Pointers(no_cartridge).contains("/cartridges")) << no_cartridge.body;
  ASSERT_EQ(
      As("provider", "POST", Path(d, "/cartridges"), {{"barcode", FreshCartridgeBarcode()}}).status,
      201);
  const HttpResult signed_off =
      As("provider", "POST", Path(d, "/sign-off"), {{"version", saved.Json()["version"]}});
  ASSERT_EQ(signed_off.status, 200) << signed_off.body;
  EXPECT_EQ(signed_off.Json()["read_only"], true);
  EXPECT_EQ(signed_off.Json()["chart_version"], 1);
  EXPECT_EQ(AppointmentOf(d).status, domain::AppointmentStatus::kCompleted);
  // Read-only: no draft save, no further cartridge.
  EXPECT_EQ(As("provider", "PUT", Path(d, "/chart"),
               {{"version", signed_off.Json()["version"]}, {"chart", chart}})
                .status,
            422);
  EXPECT_EQ(
      As("provider", "POST", Path(d, "/cartridges"), {{"barcode", FreshCartridgeBarcode()}}).status,
      422);
}

TEST_P(SessionDay, AmendmentKeepsTheOriginalWithWhoWhenWhy) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kSignedOff);
  json chart = json::parse(contract::ChartToJson(d.chart).dump());
  chart["zones"][0]["passes"] = 4;
  const HttpResult no_reason = As("provider", "POST", Path(d, "/amendments"),
                                  {{"chart_version", 1}, {"chart", chart}, {"reason", ""}});
  EXPECT_EQ(no_reason.status, 400) << no_reason.body;
  const HttpResult stale = As("provider", "POST", Path(d, "/amendments"),
                              {{"chart_version", 2}, {"chart", chart}, {"reason", "x"}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  json too_deep = chart;
  too_deep["zones"][0]["depth_mm"] = 4.5;
  too_deep["zones"][0]["reason"] = "deep";
  EXPECT_EQ(As("provider", "POST", Path(d, "/amendments"),
               {{"chart_version", 1}, {"chart", too_deep}, {"reason", "typo"}})
                .status,
            400);
  const HttpResult amended =
      As("provider", "POST", Path(d, "/amendments"),
         {{"chart_version", 1}, {"chart", chart}, {"reason", "Four passes, not three"}});
  ASSERT_EQ(amended.status, 201) << amended.body;
  EXPECT_EQ(amended.Json()["chart_version"], 2);
  EXPECT_EQ(amended.Json()["chart"]["zones"][0]["passes"], 4);
  const json versions = As("provider", "GET", Path(d, "/chart-versions")).Json()["items"];
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0]["chart"]["zones"][0]["passes"], 3);
  EXPECT_EQ(versions[0]["reason"], "");
  EXPECT_EQ(versions[1]["reason"], "Four passes, not three");
  EXPECT_EQ(versions[1]["recorded_by"], a_.seed.provider.id.value());
}

TEST_P(SessionDay, SignOffDatesTheAftercareFromTheDayAndQueuesItsReminders) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kSignedOff);
  const HttpResult r = As("provider", "GET", Path(d, "/aftercare"));
  ASSERT_EQ(r.status, 200) << r.body;
  const json care = r.Json();
  EXPECT_EQ(care["date"], d.session.date.ToString());
  ASSERT_FALSE(care["items"].empty());
  bool open_ended = false;
  for (const json& item : care["items"]) {
    const base::CivilDate from = base::CivilDate::Parse(item["from"].get<std::string>()).value();
    EXPECT_GE(from, d.session.date) << item.dump();
    if (item["to"].is_null() && from > d.session.date) open_ended = true;
  }
  EXPECT_TRUE(open_ended) << "an open-ended item such as peels_facials_ok";
  EXPECT_EQ(care["days"][0]["date"], d.session.date.ToString());
  EXPECT_GE(care["days"].size(), 15u);
  std::set<std::string> kinds;
  for (const domain::OutboxMessage& m : Outbox(d)) {
    if (m.status == domain::MessageStatus::kPending)
      kinds.insert(m.key.substr(m.key.find('/') + 1));
  }
  EXPECT_TRUE(kinds.contains("aftercare_day1")) << ::testing::PrintToString(kinds);
  EXPECT_TRUE(kinds.contains("aftercare_day7")) << ::testing::PrintToString(kinds);
}

TEST_P(SessionDay, PortalSeesOnlyItsOwnAftercareAndSessions) {
  if (Stopped()) return;
  const app::SessionDetail own = Fresh(SessionStage::kSignedOff);
  const app::SessionDetail other =
      Fresh(SessionStage::kSignedOff, CleanCheckIn(), a_.seed.patient2.id);
  EXPECT_EQ(As("patient", "GET", Path(own, "/aftercare")).status, 200);
  EXPECT_EQ(As("patient", "GET", Path(other, "/aftercare")).status, 404);
  EXPECT_EQ(As("patient", "GET", Path(own)).status, 403);  // the chart is staff's
  const HttpResult list =
      As("patient", "GET", "/api/v1/patients/" + a_.seed.patient.id.ToString() + "/sessions");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_FALSE(list.Json()["items"].empty());
  EXPECT_EQ(As("patient", "GET", "/api/v1/patients/" + a_.seed.patient2.id.ToString() + "/sessions")
                .status,
            404);
}

TEST_P(SessionDay, InfectionSignsAndColdSoresAreUrgentAndPageTheProvider) {
  if (Stopped()) return;
  ASSERT_EQ(As("owner", "PATCH", "/api/v1/clinic", {{"phone", "+44 20 7946 0000"}}).status, 200);
  for (const std::string symptom :
       {"pus", "fever", "spreading_redness", "increasing_pain", "cold_sore"}) {
    const app::SessionDetail d = Fresh(SessionStage::kSignedOff);
    const HttpResult r = As("patient", "POST", Path(d, "/adverse-reports"),
                            {{"symptoms", {symptom}}, {"note", "since this morning"}});
    ASSERT_EQ(r.status, 201) << symptom << ": " << r.body;
    const json report = r.Json();
    EXPECT_EQ(report["urgency"], "urgent") << symptom;
    EXPECT_EQ(report["call_clinic_now"], true);
    EXPECT_EQ(report["clinic"]["phone"], "+44 20 7946 0000");
    EXPECT_FALSE(report["advice"].get<std::string>().empty());
    int paged = 0;
    for (const domain::OutboxMessage& m : Outbox(d)) {
      if (m.kind != domain::MessageKind::kUrgentConcern) continue;
      ++paged;
      EXPECT_EQ(m.user_id, d.session.signed_off_by);
      EXPECT_LE(m.due_at, server_->clock().Now());
    }
    EXPECT_EQ(paged, 1) << symptom;
  }
  const HttpResult inbox = As("provider", "GET", "/api/v1/adverse-reports?open=true");
  ASSERT_EQ(inbox.status, 200);
  EXPECT_EQ(inbox.Json()["items"].size(), 5u);
  EXPECT_EQ(inbox.Json()["items"][0]["urgency"], "urgent");
}

TEST_P(SessionDay, ExpectedEffectsInTheirWindowAreExplainedAndNobodyIsPaged) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kSignedOff);
  const HttpResult day0 =
      As("patient", "POST", Path(d, "/adverse-reports"), {{"symptoms", {"redness"}}});
  ASSERT_EQ(day0.status, 201) << day0.body;
  EXPECT_EQ(day0.Json()["urgency"], "expected");
  EXPECT_EQ(day0.Json()["call_clinic_now"], false);
  server_->clock().Advance(std::chrono::hours(24 * 5));
  Relogin("patient");
  Relogin("front_desk");
  const HttpResult day5 =
      As("patient", "POST", Path(d, "/adverse-reports"), {{"symptoms", {"redness"}}});
  ASSERT_EQ(day5.status, 201) << day5.body;
  EXPECT_EQ(day5.Json()["urgency"], "review");
  for (const domain::OutboxMessage& m : Outbox(d)) {
    EXPECT_NE(m.kind, domain::MessageKind::kUrgentConcern);
  }
  const HttpResult empty =
      As("patient", "POST", Path(d, "/adverse-reports"), {{"symptoms", json::array()}});
  EXPECT_EQ(empty.status, 400);
  const HttpResult desk =
      As("front_desk", "POST", Path(d, "/adverse-reports"), {{"symptoms", {"pus"}}});
  EXPECT_EQ(desk.status, 403) << desk.body;
}

TEST_P(SessionDay, ReportPhotoIsSanitisedStoredOnceAndSeenOnlyByTheClinicAndTheReporter) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kSignedOff);
  const HttpResult report =
      As("patient", "POST", Path(d, "/adverse-reports"), {{"symptoms", {"new_dark_spots"}}});
  ASSERT_EQ(report.status, 201) << report.body;
  const std::string path = "/api/v1/adverse-reports/" + report.Json()["id"].dump() + "/photo";
  auto upload = [&](const std::string& role, const std::string& bytes, const std::string& type) {
    std::map<std::string, std::string> headers = Bearer(a_.tokens.at(role), false);
    headers["Content-Type"] = type;
    return client().Send("POST", path, bytes, headers);
  };
  auto files = [&] {
    std::size_t count = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(server_->photo_dir(), ec)) {
      if (entry.is_regular_file()) ++count;
    }
    return count;
  };
  const std::size_t before = files();
  // Not an image: refused, nothing stored.
  EXPECT_GE(upload("patient", "this is not a photo", "image/jpeg").status, 400);
  EXPECT_EQ(files(), before);
  // The clinic's front desk may not attach one.
  EXPECT_EQ(upload("front_desk", PhantomJpeg(), "image/jpeg").status, 403);
  // A JPEG carrying a comment (metadata) is stored re-encoded, without it.
  const std::string& clean = PhantomJpeg();
  const std::string marked = clean.substr(0, 2) +
                             std::string("\xFF\xFE\x00\x1Ataken at 12 Example Street", 28) +
                             clean.substr(2);
  const HttpResult sent = upload("patient", marked, "image/jpeg");
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.Json()["photo_url"], path);
  EXPECT_EQ(files(), before + 1);
  EXPECT_EQ(upload("patient", PhantomJpeg(), "image/jpeg").status, 409);  // one per report
  const HttpResult staff = As("provider", "GET", path);
  ASSERT_EQ(staff.status, 200);
  EXPECT_EQ(staff.Header("content-type"), "image/jpeg");
  EXPECT_EQ(staff.Header("cache-control"), "private, no-store");
  EXPECT_TRUE(staff.body.starts_with("\xFF\xD8"));
  EXPECT_EQ(staff.body.find("Example Street"), std::string::npos);
  EXPECT_EQ(As("patient", "GET", path).status, 200);
  // (Another patient's portal account gets 404: the authorisation matrix's other-patient case.)
}

TEST_P(SessionDay, EventLinksTheSessionsCartridgeAndProductLots) {
  if (Stopped()) return;
  const app::SessionDetail d = Fresh(SessionStage::kSignedOff);
  const app::SessionDetail other = Fresh(SessionStage::kSignedOff);
  json event = {
      {"description", "Papules on both cheeks"},
      {"onset", d.session.date.ToString()},
      {"severity", "moderate"},
      {"serious", false},
      {"outcome", "recovering"},
      {"cause", "cartridge"},
      {"causality", "possible"},
      {"suspects", {{{"kind", "cartridge"}, {"cartridge_id", other.cartridges[0].id.value()}}}}};
  const HttpResult wrong = As("provider", "POST", Path(d, "/adverse-events"), event);
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_TRUE(Pointers(wrong).contains("/suspects/0/cartridge_id")) << wrong.body;
  event["suspects"] = {
      {{"kind", "cartridge"}, {"cartridge_id", d.cartridges[0].id.value()}},
      {{"kind", "product"}, {"product", "hyaluronic_acid"}, {"lot", "HA-2026-11"}}};
  const HttpResult ok = As("provider", "POST", Path(d, "/adverse-events"), event);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.Json()["suspects"][0]["lot"], d.cartridges[0].lot);
  EXPECT_EQ(ok.Json()["suspects"][0]["serial"], *d.cartridges[0].serial);
  // The recall of that cartridge's lot shows the event beside the session.
  const HttpResult recall =
      As("provider", "GET", "/api/v1/lot-exposure?gtin=09506000134352&lot=" + d.cartridges[0].lot);
  ASSERT_EQ(recall.status, 200) << recall.body;
  bool linked = false;
  const json recalled = recall.Json();
  for (const json& item : recalled["items"]) {
    if (item["session_id"] == d.session.id.value()) {
      linked = item["adverse_event_ids"] == json::array({ok.Json()["id"]});
    }
  }
  EXPECT_TRUE(linked) << recall.body;
}

TEST_P(SessionDay, LotRecallFindsEveryExposedPatientAndExportsEscapedCsv) {
  if (Stopped()) return;
  // A patient whose name a spreadsheet would run as a formula.
  auto patient = FreshPatient(*server_, a_);
  ASSERT_TRUE(patient.has_value());
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kWrite).value();
    domain::Patient p = tx->patients().Get(patient->id).value();
    p.family_name = "=HYPERLINK(\"x\")";
    ASSERT_TRUE(tx->patients().Update(p).has_value());
    ASSERT_TRUE(tx->Commit().ok());
  }
  std::set<int64_t> expected_sessions;
  std::set<int64_t> expected_patients;
  const std::vector<base::PatientId> patients = {a_.seed.patient.id, a_.seed.patient2.id,
                                                 patient->id, a_.seed.patient.id};
  for (std::size_t i = 0; i < patients.size(); ++i) {
    const app::SessionDetail d = Fresh(SessionStage::kInProgress, CleanCheckIn(), patients[i]);
    const std::string lot = i == 2 || i == 0 ? "RECALL-7" : "OTHER-LOT";
    const HttpResult r =
        As("provider", "POST", Path(d, "/cartridges"),
           {{"barcode", "(01)09506000134352(17)301231(10)" + lot + "(21)R" + std::to_string(i)}});
    ASSERT_EQ(r.status, 201) << r.body;
    if (lot == "RECALL-7") {
      expected_sessions.insert(d.session.id.value());
      expected_patients.insert(patients[i].value());
    }
  }
  const HttpResult r = As("provider", "GET", "/api/v1/lot-exposure?lot=RECALL-7");
  ASSERT_EQ(r.status, 200) << r.body;
  std::set<int64_t> sessions, found_patients;
  const json found = r.Json();
  for (const json& item : found["items"]) {
    sessions.insert(item["session_id"].get<int64_t>());
    found_patients.insert(item["patient"]["id"].get<int64_t>());
  }
  EXPECT_EQ(sessions, expected_sessions);
  EXPECT_EQ(found_patients, expected_patients);
  EXPECT_EQ(r.Json()["total_patients"], 2);
  const HttpResult csv = As("provider", "GET", "/api/v1/lot-exposure.csv?lot=RECALL-7");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_TRUE(csv.Header("content-type").starts_with("text/csv"));
  EXPECT_NE(csv.Header("content-disposition").find("attachment"), std::string::npos);
  EXPECT_NE(csv.body.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos) << csv.body;
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3);  // header + 2 rows
  EXPECT_EQ(As("front_desk", "GET", "/api/v1/lot-exposure?lot=RECALL-7").status, 403);
  EXPECT_EQ(As("provider", "GET", "/api/v1/lot-exposure?gtin=09506000134353").status, 400);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionDay, ::testing::Values("sqlite", "postgres", "memory"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
