// The storage behind the session day, on every backend (SQLite, PostgreSQL and the in-memory
// twin): a treatment session read back exactly (check-in, confirmations, draft chart,
// aftercare), one session per appointment and day, versioned updates, signed chart versions
// that are never changed, and single-use cartridges: the same (GTIN, lot, serial) is refused a
// second time anywhere in the clinic — also when two chartings race — while another clinic's
// use is invisible to it. A merge carries the sessions to the real record.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

using base::StatusCode;
using domain::Cartridge;
using domain::SessionStatus;
using domain::TreatmentSession;

class TreatmentSessionRepositories : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) {
      GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
    }
    auto store = OpenTestStore(GetParam(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().ToString();
    store_ = std::move(*store);
    auto seed = SeedClinic(db(), "session-repo");
    ASSERT_TRUE(seed.has_value()) << seed.error().ToString();
    seed_ = *seed;
    auto tx = Write();
    consultation_ =
        tx->consultations().Create(SampleConsultation(seed_.patient.id, seed_.provider.id)).value();
    plan_ = tx->plans().Create(SamplePlan(consultation_)).value();
    ASSERT_TRUE(tx->Commit().ok());
  }

  Database& db() { return store_->db(); }
  std::unique_ptr<Transaction> Write(base::ClinicId clinic = {}) {
    return db().Begin(clinic.valid() ? clinic : seed_.clinic.id, Access::kWrite).value();
  }
  std::unique_ptr<Transaction> Read() { return db().Begin(seed_.clinic.id, Access::kRead).value(); }

  TreatmentSession NewSession(int number, base::CivilDate date,
                              std::optional<base::PatientId> patient = {}) {
    TreatmentSession s;
    s.patient_id = patient.value_or(seed_.patient.id);
    s.plan_id = plan_.id;
    s.number = number;
    s.date = date;
    s.protocol = plan_.protocol;
    s.created_by = seed_.provider.id;
    return s;
  }
  TreatmentSession Stored(int number, base::CivilDate date,
                          std::optional<base::PatientId> patient = {}) {
    auto tx = Write();
    auto s = tx->treatment_sessions().Create(NewSession(number, date, patient));
    EXPECT_TRUE(s.has_value()) << s.error().ToString();
    EXPECT_TRUE(tx->Commit().ok());
    return *s;
  }
  static Cartridge NewCartridge(base::SessionId session, base::UserId by,
                                std::optional<std::string> serial) {
    return {.session_id = session,
            .gtin = "09506000134352",
            .lot = "AB-123",
            .serial = std::move(serial),
            .expiry = base::CivilDate::Parse("2027-05-31").value(),
            .recorded_by = by};
  }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic seed_;
  domain::Consultation consultation_;
  domain::TreatmentPlan plan_;
};

base::CivilDate Day(const char* text) { return base::CivilDate::Parse(text).value(); }

TEST_P(TreatmentSessionRepositories, ASessionIsReadBackExactlyAndUpdatedByVersion) {
  const TreatmentSession created = Stored(1, Day("2027-03-02"));
  EXPECT_EQ(created.version, 1);
  EXPECT_EQ(created.status, SessionStatus::kOpen);
  EXPECT_EQ(created.created_at, At(0));
  EXPECT_EQ(created.protocol, plan_.protocol);
  EXPECT_FALSE(created.check_in.has_value());
  EXPECT_EQ(created.chart_version, 0);

  // Everything the day records, then read back.
  TreatmentSession s = created;
  s.status = SessionStatus::kSignedOff;
  domain::CheckIn check_in;
  check_in.answers.cold_sore = false;
  check_in.answers.sunburn = {.present = true, .areas = std::nullopt};
  check_in.answers.prep.sun_avoided = false;
  check_in.intake = consultation_.intake;
  check_in.screening = consultation_.screening;
  check_in.gate = domain::GateDecision::kOverridden;
  check_in.override_reason = "reviewed the sunburn: mild, forehead only";
  check_in.override_by = seed_.provider.id;
  check_in.override_at = At(3);
  check_in.recorded_by = seed_.provider.id;
  check_in.recorded_at = At(2);
  s.check_in = check_in;
  s.confirmations = {{.action = domain::ActionCode::kAntiviralProphylaxis,
                      .by = seed_.provider.id,
                      .at = At(4),
                      .note = "valaciclovir since yesterday"}};
  s.started_by = seed_.provider.id;
  s.started_at = At(5);
  s.draft.pen_serial = "PEN-0042";
  s.draft.device_id = seed_.device.id;
  s.draft.anaesthetic = domain::Anaesthetic{
      .product = "lidocaine 4% cream", .lot = "LC-9", .applied_at = At(5), .removed_at = At(30)};
  s.draft.zones = {{.zone = domain::Zone::kCheeks,
                    .depth = domain::Depth::FromMm(1.5),
                    .passes = 3,
                    .pattern = domain::NeedlingPattern::kCrossHatch,
                    .reason = ""}};
  s.draft.products = {{.code = domain::ProductCode::kHyaluronicAcid, .lot = "HA-77", .name = ""}};
  s.draft.end_point = domain::EndPoint::kPinpointBleeding;
  s.draft.duration_minutes = 35;
  s.chart_version = 1;
  s.signed_off_by = seed_.provider.id;
  s.signed_off_at = At(70);
  ASSERT_FALSE(plan_.plan.timelines.empty());
  s.aftercare = plan_.plan.timelines.front().aftercare;
  clock_.Advance(std::chrono::minutes(80));
  {
    auto tx = Write();
    const auto updated = tx->treatment_sessions().Update(s);
    ASSERT_TRUE(updated.has_value()) << updated.error().ToString();
    EXPECT_EQ(updated->version, 2);
    EXPECT_EQ(updated->updated_at, At(80));
    EXPECT_EQ(tx->treatment_sessions().Update(s).error().code(), StatusCode::kConflict)
        << "the version it was read at is gone";
    ASSERT_TRUE(tx->Commit().ok());
  }
  const TreatmentSession read = Read()->treatment_sessions().Get(created.id).value();
  EXPECT_EQ(read.status, SessionStatus::kSignedOff);
  ASSERT_TRUE(read.check_in.has_value());
  EXPECT_EQ(*read.check_in, check_in);
  EXPECT_EQ(read.confirmations, s.confirmations);
  EXPECT_EQ(read.started_by, s.started_by);
  EXPECT_EQ(read.started_at, s.started_at);
  EXPECT_EQ(read.draft, s.draft);
  EXPECT_EQ(read.chart_version, 1);
  EXPECT_EQ(read.signed_off_at, At(70));
  EXPECT_EQ(read.aftercare, s.aftercare);
  EXPECT_EQ(read.created_at, At(0));

  // A signed-off status with no signed version breaks the schema's rule.
  TreatmentSession broken = read;
  broken.chart_version = 0;
  EXPECT_EQ(Write()->treatment_sessions().Update(broken).error().code(),
            StatusCode::kInvalidArgument);
  TreatmentSession missing = read;
  missing.id = base::SessionId(read.id.value() + 100000);
  EXPECT_EQ(Write()->treatment_sessions().Update(missing).error().code(), StatusCode::kNotFound);
}

TEST_P(TreatmentSessionRepositories, OneSessionPerAppointmentAndDayFoundByDateAndPatient) {
  domain::Appointment visit;
  visit.patient_id = seed_.patient.id;
  visit.provider_id = seed_.provider.id;
  visit.kind = domain::AppointmentKind::kTreatment;
  visit.start = At(60 * 24 * 30);
  visit.end = visit.start + std::chrono::minutes(75);
  visit.plan_id = plan_.id;
  visit.session_number = 1;
  visit.session_count = 3;
  {
    auto tx = Write();
    visit = tx->appointments().Create(visit).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  TreatmentSession first = NewSession(1, Day("2027-03-02"));
  first.appointment_id = visit.id;
  {
    auto tx = Write();
    first = tx->treatment_sessions().Create(first).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  TreatmentSession again = NewSession(1, Day("2027-03-02"));
  again.appointment_id = visit.id;
  EXPECT_EQ(Write()->treatment_sessions().Create(again).error().code(), StatusCode::kConflict);
  TreatmentSession unknown_plan = NewSession(2, Day("2027-03-02"));
  unknown_plan.plan_id = base::PlanId(987654321);
  EXPECT_EQ(Write()->treatment_sessions().Create(unknown_plan).error().code(),
            StatusCode::kFailedPrecondition);
  TreatmentSession bad_number = NewSession(0, Day("2027-03-02"));
  EXPECT_EQ(Write()->treatment_sessions().Create(bad_number).error().code(),
            StatusCode::kInvalidArgument);

  const TreatmentSession later = Stored(2, Day("2027-04-01"));
  const TreatmentSession other_patient = Stored(1, Day("2027-03-02"), seed_.patient2.id);
  auto read = Read();
  const auto found = read->treatment_sessions().FindForAppointment(visit.id, Day("2027-03-02"));
  ASSERT_TRUE(found.has_value() && found->has_value());
  EXPECT_EQ((*found)->id, first.id);
  EXPECT_FALSE(
      read->treatment_sessions().FindForAppointment(visit.id, Day("2027-03-03"))->has_value());
  const auto on_day = read->treatment_sessions().ListOnDate(Day("2027-03-02")).value();
  ASSERT_EQ(on_day.size(), 2u);
  EXPECT_EQ(on_day[0].id, first.id);
  EXPECT_EQ(on_day[1].id, other_patient.id);
  const auto of_patient = read->treatment_sessions().ListForPatient(seed_.patient.id).value();
  ASSERT_EQ(of_patient.size(), 2u);
  EXPECT_EQ(of_patient[0].id, first.id);
  EXPECT_EQ(of_patient[1].id, later.id);
}

TEST_P(TreatmentSessionRepositories, SignedChartVersionsAreAppendOnly) {
  const TreatmentSession s = Stored(1, Day("2027-03-02"));
  domain::Chart chart;
  chart.pen_serial = "PEN-1";
  chart.zones = {{.zone = domain::Zone::kForehead, .depth = domain::Depth::FromMm(0.5)}};
  domain::Chart amended = chart;
  amended.zones.front().passes = 2;
  {
    auto tx = Write();
    const auto v1 = tx->treatment_sessions().AddChartVersion(
        {.session_id = s.id, .version = 1, .chart = chart, .recorded_by = seed_.provider.id});
    ASSERT_TRUE(v1.has_value()) << v1.error().ToString();
    EXPECT_EQ(v1->recorded_at, At(0));
    clock_.Advance(std::chrono::minutes(10));
    ASSERT_TRUE(tx->treatment_sessions().AddChartVersion({.session_id = s.id,
                                                          .version = 2,
                                                          .chart = amended,
                                                          .reason = "two passes, not one",
                                                          .recorded_by = seed_.owner.id}));
    ASSERT_TRUE(tx->Commit().ok());
  }
  // A racing amendment that also wrote version 2 loses; the rules on reasons hold.
  EXPECT_EQ(Write()
                ->treatment_sessions()
                .AddChartVersion({.session_id = s.id,
                                  .version = 2,
                                  .chart = chart,
                                  .reason = "late",
                                  .recorded_by = seed_.provider.id})
                .error()
                .code(),
            StatusCode::kConflict);
  EXPECT_EQ(
      Write()
          ->treatment_sessions()
          .AddChartVersion(
              {.session_id = s.id, .version = 3, .chart = chart, .recorded_by = seed_.provider.id})
          .error()
          .code(),
      StatusCode::kInvalidArgument)
      << "an amendment needs its reason";
  const auto versions = Read()->treatment_sessions().ListChartVersions(s.id).value();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].chart, chart);
  EXPECT_EQ(versions[0].reason, "");
  EXPECT_EQ(versions[1].chart, amended);
  EXPECT_EQ(versions[1].reason, "two passes, not one");
  EXPECT_EQ(versions[1].recorded_by, seed_.owner.id);
  EXPECT_EQ(versions[1].recorded_at, At(10));

  if (store_->backend() == "memory") return;  // no SQL in the twin
  const std::string clinic = seed_.clinic.id.ToString();
  EXPECT_FALSE(store_
                   ->RawQuery("UPDATE chart_versions SET reason = 'x' WHERE clinic_id = " + clinic +
                              " RETURNING version")
                   .has_value());
  EXPECT_FALSE(store_
                   ->RawQuery("DELETE FROM chart_versions WHERE clinic_id = " + clinic +
                              " RETURNING version")
                   .has_value());
  EXPECT_EQ(Read()->treatment_sessions().ListChartVersions(s.id)->size(), 2u);
}

TEST_P(TreatmentSessionRepositories, ACartridgeIsChartedOnceInTheClinicAndNowhereElseSeen) {
  const TreatmentSession mine = Stored(1, Day("2027-03-02"));
  const TreatmentSession someone_else = Stored(1, Day("2027-03-09"), seed_.patient2.id);
  Cartridge first;
  {
    auto tx = Write();
    first = tx->treatment_sessions()
                .AddCartridge(NewCartridge(mine.id, seed_.provider.id, "S0001"))
                .value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  EXPECT_EQ(first.recorded_at, At(0));
  EXPECT_EQ(first.expiry, Day("2027-05-31"));
  // The same cartridge again: for this session, another session, another patient.
  for (const base::SessionId session : {mine.id, someone_else.id}) {
    EXPECT_EQ(Write()
                  ->treatment_sessions()
                  .AddCartridge(NewCartridge(session, seed_.provider2.id, "S0001"))
                  .error()
                  .code(),
              StatusCode::kConflict);
  }
  // Another serial of the lot is another cartridge; no serial needs a confirmed sealed pack,
  // and such cartridges never collide with each other.
  EXPECT_EQ(Write()
                ->treatment_sessions()
                .AddCartridge(NewCartridge(someone_else.id, seed_.provider.id, std::nullopt))
                .error()
                .code(),
            StatusCode::kInvalidArgument);
  {
    auto tx = Write();
    EXPECT_TRUE(tx->treatment_sessions().AddCartridge(
        NewCartridge(someone_else.id, seed_.provider.id, "S0002")));
    Cartridge sealed = NewCartridge(someone_else.id, seed_.provider.id, std::nullopt);
    sealed.sealed_pack_confirmed = true;
    EXPECT_TRUE(tx->treatment_sessions().AddCartridge(sealed));
    EXPECT_TRUE(tx->treatment_sessions().AddCartridge(sealed));
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto read = Read();
  const auto found = read->treatment_sessions().FindCartridge("09506000134352", "AB-123", "S0001");
  ASSERT_TRUE(found.has_value() && found->has_value());
  EXPECT_EQ((*found)->session_id, mine.id);
  EXPECT_FALSE(
      read->treatment_sessions().FindCartridge("09506000134352", "AB-123", "S9999")->has_value());
  EXPECT_EQ(read->treatment_sessions().ListCartridges(mine.id)->size(), 1u);
  EXPECT_EQ(read->treatment_sessions().ListCartridges(someone_else.id)->size(), 3u);
  read.reset();

  // Another clinic sees none of it, and its own use of the same barcode is its own.
  auto other = SeedClinic(db(), "session-other").value();
  auto foreign = Write(other.clinic.id);
  EXPECT_EQ(foreign->treatment_sessions().Get(mine.id).error().code(), StatusCode::kNotFound);
  EXPECT_FALSE(foreign->treatment_sessions()
                   .FindCartridge("09506000134352", "AB-123", "S0001")
                   ->has_value());
  EXPECT_TRUE(foreign->treatment_sessions().ListCartridges(mine.id)->empty());
  EXPECT_TRUE(foreign->treatment_sessions().ListOnDate(Day("2027-03-02"))->empty());
  EXPECT_EQ(foreign->treatment_sessions()
                .AddCartridge(NewCartridge(mine.id, other.provider.id, "S0003"))
                .error()
                .code(),
            StatusCode::kFailedPrecondition)
      << "no charting onto another clinic's session";
}

// Issue 12: of two sessions charting the same cartridge at once, exactly one wins; the
// database decides, whatever the application read before.
TEST_P(TreatmentSessionRepositories, ConcurrentChartingOfOneCartridgeHasExactlyOneWinner) {
  constexpr int kSessions = 6;
  std::vector<base::SessionId> sessions;
  for (int i = 0; i < kSessions; ++i) {
    sessions.push_back(
        Stored(1, Day("2027-03-02"), i % 2 == 0 ? seed_.patient.id : seed_.patient2.id).id);
  }
  for (int round = 0; round < 5; ++round) {
    const std::string serial = "RACE-" + std::to_string(round);
    std::atomic<int> won{0}, refused{0}, other{0};
    std::vector<std::thread> threads;
    for (const base::SessionId session : sessions) {
      threads.emplace_back([&, session] {
        for (int attempt = 0; attempt < 50; ++attempt) {  // retry only a busy database
          auto tx = db().Begin(seed_.clinic.id, Access::kWrite);
          if (!tx) continue;
          // Each first sees the cartridge as unused, as an application check would.
          auto seen = (*tx)->treatment_sessions().FindCartridge("09506000134352", "AB-123", serial);
          if (!seen) continue;
          auto added = (*tx)->treatment_sessions().AddCartridge(
              NewCartridge(session, seed_.provider.id, serial));
          if (!added) {
            if (added.error().code() == StatusCode::kConflict) {
              ++refused;
              return;
            }
            if (added.error().code() == StatusCode::kUnavailable) continue;
            ++other;
            return;
          }
          const base::Status committed = (*tx)->Commit();
          if (committed.ok()) {
            ++won;
            return;
          }
          if (committed.code() == StatusCode::kConflict) {
            ++refused;
            return;
          }
          if (committed.code() != StatusCode::kUnavailable) {
            ++other;
            return;
          }
        }
        ++other;
      });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(won.load(), 1) << "round " << round;
    EXPECT_EQ(refused.load(), kSessions - 1) << "round " << round;
    EXPECT_EQ(other.load(), 0) << "round " << round;
    int charted = 0;
    auto read = Read();
    for (const base::SessionId session : sessions) {
      const std::vector<Cartridge> charted_here =
          read->treatment_sessions().ListCartridges(session).value();
      for (const Cartridge& c : charted_here) {
        if (c.serial == serial) ++charted;
      }
    }
    EXPECT_EQ(charted, 1) << "round " << round;
  }
}

TEST_P(TreatmentSessionRepositories, AMergeCarriesTheSessions) {
  Stored(1, Day("2027-03-02"), seed_.patient2.id);
  {
    auto tx = Write();
    ASSERT_TRUE(tx->patients().Merge(seed_.patient2.id, seed_.patient.id));
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto read = Read();
  EXPECT_EQ(read->treatment_sessions().ListForPatient(seed_.patient.id)->size(), 1u);
  EXPECT_TRUE(read->treatment_sessions().ListForPatient(seed_.patient2.id)->empty());
}

TEST_P(TreatmentSessionRepositories, ExposureFindsCartridgeLotsGtinsAndProductLotsInDateOrder) {
  // Three sessions: two with the recalled cartridge lot (one of them a sealed pack with no
  // serial), one with another lot; hyaluronic acid of lot HA-1 in the first two drafts, and a
  // PRP lot that an amendment removed from the third's signed chart.
  std::vector<TreatmentSession> sessions;
  const std::vector<std::string> lots = {"RECALL", "RECALL", "OTHER"};
  const std::vector<const char*> days = {"2027-03-04", "2027-03-02", "2027-03-03"};
  for (int i = 0; i < 3; ++i) {
    TreatmentSession s = Stored(1, Day(days[static_cast<std::size_t>(i)]),
                                i == 1 ? std::optional(seed_.patient2.id) : std::nullopt);
    auto tx = Write();
    Cartridge c = NewCartridge(s.id, seed_.provider.id,
                               i == 1 ? std::nullopt : std::optional("S" + std::to_string(i)));
    c.lot = lots[static_cast<std::size_t>(i)];
    c.sealed_pack_confirmed = i == 1;
    ASSERT_TRUE(tx->treatment_sessions().AddCartridge(c).has_value());
    if (i < 2) s.draft.products = {{.code = domain::ProductCode::kHyaluronicAcid, .lot = "HA-1"}};
    if (i == 2) {
      s.draft.products = {{.code = domain::ProductCode::kPrp, .lot = "PRP-9"}};
      domain::ChartVersion v1{
          .session_id = s.id, .version = 1, .chart = s.draft, .recorded_by = seed_.provider.id};
      ASSERT_TRUE(tx->treatment_sessions().AddChartVersion(v1).has_value());
      domain::ChartVersion v2 = v1;
      v2.version = 2;
      v2.chart.products.clear();
      v2.reason = "PRP was not used";
      ASSERT_TRUE(tx->treatment_sessions().AddChartVersion(v2).has_value());
      s.status = SessionStatus::kSignedOff;
      s.chart_version = 2;
      s.signed_off_by = seed_.provider.id;
      s.signed_off_at = At(9);
      s.draft.products.clear();
    }
    s = tx->treatment_sessions().Update(s).value();
    ASSERT_TRUE(tx->Commit().ok());
    sessions.push_back(s);
  }
  auto tx = Read();
  auto lot = tx->treatment_sessions().Exposure({.lot = "RECALL"}, {}).value();
  ASSERT_EQ(lot.items.size(), 2u);
  EXPECT_EQ(lot.items[0].session_id, sessions[1].id);  // 2 March first
  EXPECT_EQ(lot.items[0].patient_id, seed_.patient2.id);
  EXPECT_EQ(lot.items[0].family_name, seed_.patient2.family_name);
  EXPECT_FALSE(lot.items[0].serial.has_value());
  EXPECT_EQ(lot.items[1].session_id, sessions[0].id);
  EXPECT_EQ(lot.total_sessions, 2);
  EXPECT_EQ(lot.total_patients, 2);
  auto gtin = tx->treatment_sessions().Exposure({.gtin = "09506000134352"}, {}).value();
  EXPECT_EQ(gtin.items.size(), 3u);
  EXPECT_TRUE(tx->treatment_sessions()
                  .Exposure({.lot = "RECALL", .gtin = "09506000134369"}, {})
                  .value()
                  .items.empty());
  auto ha = tx->treatment_sessions()
                .Exposure({.kind = domain::LotKind::kProduct, .lot = "HA-1"}, {})
                .value();
  ASSERT_EQ(ha.items.size(), 2u);
  EXPECT_EQ(ha.items[0].product, domain::ProductCode::kHyaluronicAcid);
  EXPECT_TRUE(ha.items[0].in_current_chart);
  auto prp = tx->treatment_sessions()
                 .Exposure({.kind = domain::LotKind::kProduct, .lot = "PRP-9"}, {})
                 .value();
  ASSERT_EQ(prp.items.size(), 1u);
  EXPECT_FALSE(prp.items[0].in_current_chart);  // amended away, still told
  // Keyset paging: one row at a time reaches every row once.
  std::vector<base::SessionId> paged;
  ExposureCursor cursor{.limit = 1};
  for (int i = 0; i < 5; ++i) {
    auto page = tx->treatment_sessions().Exposure({.gtin = "09506000134352"}, cursor).value();
    if (page.items.empty()) break;
    EXPECT_EQ(page.total_rows, 3);
    paged.push_back(page.items[0].session_id);
    cursor.after_date = page.items[0].date;
    cursor.after_session = page.items[0].session_id;
  }
  EXPECT_EQ(paged, (std::vector<base::SessionId>{sessions[1].id, sessions[2].id, sessions[0].id}));
}

TEST_P(TreatmentSessionRepositories, ConcernsAndEventsAreStoredListedUrgentFirstAndVersioned) {
  const TreatmentSession s = Stored(1, Day("2027-03-02"));
  auto tx = Write();
  auto report = [&](domain::Urgency urgency, int minute) {
    clock_.Set(At(minute));
    domain::AdverseReport r;
    r.patient_id = s.patient_id;
    r.session_id = s.id;
    r.symptoms.Insert(domain::Symptom::kRedness);
    r.note = "red";
    r.triage = {
        .urgency = urgency,
        .symptoms = {{.symptom = domain::Symptom::kRedness, .urgency = urgency, .message = "m"}},
        .day = 2,
        .protocol = plan_.protocol};
    r.reported_by = seed_.provider.id;
    return tx->adverse().CreateReport(r).value();
  };
  const domain::AdverseReport expected = report(domain::Urgency::kExpected, 1);
  const domain::AdverseReport urgent = report(domain::Urgency::kUrgent, 2);
  domain::AdverseReport acknowledged = report(domain::Urgency::kUrgent, 3);
  acknowledged.acknowledged_by = seed_.provider.id;
  acknowledged.acknowledged_at = At(4);
  acknowledged = tx->adverse().UpdateReport(acknowledged).value();
  EXPECT_EQ(acknowledged.version, 2);
  EXPECT_EQ(tx->adverse().UpdateReport(urgent).value().version, 2);
  domain::AdverseReport stale = urgent;
  EXPECT_EQ(tx->adverse().UpdateReport(stale).error().code(), StatusCode::kConflict);
  const auto all = tx->adverse().ListReports({}).value();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, urgent.id);  // open and urgent
  EXPECT_EQ(all[1].id, expected.id);
  EXPECT_EQ(all[2].id, acknowledged.id);
  EXPECT_EQ(all[0].triage, urgent.triage);
  EXPECT_EQ(tx->adverse().ListReports({.open_only = true}).value().size(), 2u);

  domain::AdverseEvent e;
  e.patient_id = s.patient_id;
  e.session_id = s.id;
  e.report_id = urgent.id;
  e.description = "papules";
  e.onset = s.date;
  e.severity = domain::Severity::kModerate;
  e.outcome = domain::AdverseOutcome::kRecovering;
  e.cause = domain::SuspectedCause::kProduct;
  e.causality = domain::Causality::kPossible;
  e.suspects = {{.kind = domain::LotKind::kProduct,
                 .lot = "HA-1",
                 .product = domain::ProductCode::kHyaluronicAcid}};
  e.recorded_by = seed_.provider.id;
  domain::AdverseEvent stored = tx->adverse().CreateEvent(e).value();
  EXPECT_EQ(stored.suspects, e.suspects);
  stored.outcome = domain::AdverseOutcome::kResolved;
  EXPECT_EQ(tx->adverse().UpdateEvent(stored).value().outcome, domain::AdverseOutcome::kResolved);
  EXPECT_EQ(tx->adverse().UpdateEvent(stored).error().code(), StatusCode::kConflict);
  const auto pairs = tx->adverse().EventsForSessions({s.id}).value();
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].second, stored.id);
  ASSERT_TRUE(tx->Commit().ok());
  // Another clinic sees none of it.
  tx.reset();
  auto seeded = SeedClinic(db(), "session-other");
  ASSERT_TRUE(seeded.has_value()) << seeded.error().ToString();
  const SeededClinic& other = *seeded;
  auto theirs = db().Begin(other.clinic.id, Access::kRead).value();
  EXPECT_TRUE(theirs->adverse().ListReports({}).value().empty());
  EXPECT_EQ(theirs->adverse().GetEvent(stored.id).error().code(), StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, TreatmentSessionRepositories,
                         ::testing::Values("sqlite", "postgres", "memory"), BackendName);

}  // namespace
}  // namespace needlepoint::storage::testing
