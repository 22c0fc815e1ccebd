// The storage behind booking, on every backend (SQLite, PostgreSQL and the in-memory twin):
// working hours, time off, visit lengths and calendar feeds; a series booked all or none;
// moving an appointment to another slot and back from cancelled; busy slots for a calendar
// search; the outbox's key (one message per appointment and kind, re-dated while pending,
// never touched once sent) and its compare-and-set claims; mail settings and templates;
// booking requests with optimistic versions; and a merge that carries messages and requests.
#include <gtest/gtest.h>

#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

using base::StatusCode;
using domain::MessageStatus;

class BookingRepositories : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) {
      GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
    }
    auto store = OpenTestStore(GetParam(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().ToString();
    store_ = std::move(*store);
    auto seed = SeedClinic(db(), "booking-repo");
    ASSERT_TRUE(seed.has_value()) << seed.error().ToString();
    seed_ = *seed;
  }

  Database& db() { return store_->db(); }
  std::unique_ptr<Transaction> Write() {
    return db().Begin(seed_.clinic.id, Access::kWrite).value();
  }
  std::unique_ptr<Transaction> Read() { return db().Begin(seed_.clinic.id, Access::kRead).value(); }

  domain::Appointment Visit(int from_minute, int to_minute,
                            std::optional<base::ResourceId> room = std::nullopt) {
    domain::Appointment a;
    a.patient_id = seed_.patient.id;
    a.provider_id = seed_.provider.id;
    a.room_id = room;
    a.start = At(from_minute);
    a.end = At(to_minute);
    return a;
  }

  domain::OutboxMessage Message(const std::string& key, base::Timestamp due) {
    domain::OutboxMessage m;
    m.key = key;
    m.kind = domain::MessageKind::kVisitReminder;
    m.patient_id = seed_.patient.id;
    m.due_at = due;
    m.next_attempt_at = due;
    return m;
  }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic seed_;
};

TEST_P(BookingRepositories, WorkingHoursAreReplacedWholeAndReadInOrder) {
  auto tx = Write();
  const std::vector<domain::WorkingSpan> week = {{2, 780, 1020}, {0, 540, 720}, {0, 780, 1020}};
  ASSERT_TRUE(tx->calendars().SetWorkingHours(seed_.provider.id, week).ok());
  ASSERT_TRUE(tx->calendars().SetWorkingHours(seed_.provider2.id, {{4, 600, 1440}}).ok());
  const std::vector<domain::WorkingSpan> sorted = {{0, 540, 720}, {0, 780, 1020}, {2, 780, 1020}};
  EXPECT_EQ(tx->calendars().WorkingHours(seed_.provider.id).value(), sorted);
  ASSERT_TRUE(tx->calendars().SetWorkingHours(seed_.provider.id, {{1, 0, 60}}).ok());
  EXPECT_EQ(tx->calendars().WorkingHours(seed_.provider.id).value(),
            (std::vector<domain::WorkingSpan>{{1, 0, 60}}));
  const auto all = tx->calendars().AllWorkingHours().value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].first, std::min(seed_.provider.id, seed_.provider2.id));
  // The schema refuses a span outside the day, and a user who does not exist.
  EXPECT_FALSE(tx->calendars().SetWorkingHours(seed_.provider.id, {{0, 600, 1500}}).ok());
}

TEST_P(BookingRepositories, TimeOffIsListedByOverlap) {
  auto tx = Write();
  domain::TimeOff off{
      .provider_id = seed_.provider.id, .from = At(600), .to = At(1200), .note = "training"};
  domain::TimeOff stored = tx->calendars().AddTimeOff(off).value();
  EXPECT_TRUE(stored.id.valid());
  EXPECT_EQ(stored.note, "training");
  EXPECT_EQ(tx->calendars().ListTimeOff(std::nullopt, At(0), At(600)).value().size(), 0u)
      << "touching is not overlapping";
  EXPECT_EQ(tx->calendars().ListTimeOff(seed_.provider.id, At(1199), At(5000)).value().size(), 1u);
  EXPECT_EQ(tx->calendars().ListTimeOff(seed_.provider2.id, At(0), At(5000)).value().size(), 0u);
  ASSERT_TRUE(tx->calendars().DeleteTimeOff(stored.id).ok());
  EXPECT_EQ(tx->calendars().DeleteTimeOff(stored.id).code(), StatusCode::kNotFound);
}

TEST_P(BookingRepositories, ServiceTypesAndFeedsAreOnePerKeyAndFeedsAreFoundByHash) {
  auto tx = Write();
  EXPECT_TRUE(tx->calendars().ServiceTypes().value().empty());
  domain::ServiceType treatment{domain::AppointmentKind::kTreatment, "Session", 90, true, true};
  ASSERT_TRUE(tx->calendars().PutServiceType(treatment).ok());
  treatment.minutes = 60;
  ASSERT_TRUE(tx->calendars().PutServiceType(treatment).ok());
  EXPECT_EQ(tx->calendars().ServiceTypes().value(), std::vector<domain::ServiceType>{treatment});

  domain::CalendarFeed feed{
      .provider_id = seed_.provider.id, .token_hash = "aa", .created_by = seed_.owner.id};
  ASSERT_TRUE(tx->calendars().PutFeed(feed).ok());
  EXPECT_EQ(tx->calendars().FindFeed("aa").value().provider_id, seed_.provider.id);
  feed.token_hash = "bb";  // a new feed revokes the old one
  ASSERT_TRUE(tx->calendars().PutFeed(feed).ok());
  EXPECT_EQ(tx->calendars().FindFeed("aa").error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->calendars().GetFeed(seed_.provider.id).value().token_hash, "bb");
  ASSERT_TRUE(tx->calendars().DeleteFeed(seed_.provider.id).ok());
  ASSERT_TRUE(tx->calendars().DeleteFeed(seed_.provider.id).ok());
  EXPECT_EQ(tx->calendars().FindFeed("bb").error().code(), StatusCode::kNotFound);
  treatment.minutes = 5;  // the schema refuses it (last: PostgreSQL aborts the transaction)
  EXPECT_FALSE(tx->calendars().PutServiceType(treatment).ok());
}

TEST_P(BookingRepositories, ASeriesIsBookedWholeOrRefusedAndBusySlotsListOnlyActiveOnes) {
  {
    auto tx = Write();
    ASSERT_TRUE(tx->appointments().Create(Visit(120, 180)).has_value());
    ASSERT_TRUE(tx->Commit().ok());
  }
  {  // The third session collides: the call fails, and the transaction is discarded.
    auto tx = Write();
    auto booked = tx->appointments().CreateAll({Visit(0, 60), Visit(1440, 1500), Visit(150, 210)});
    ASSERT_FALSE(booked.has_value());
    EXPECT_EQ(booked.error().code(), StatusCode::kConflict);
  }
  {  // Two sessions of the list that collide with each other are refused too.
    auto tx = Write();
    auto booked = tx->appointments().CreateAll({Visit(0, 60), Visit(30, 90)});
    ASSERT_FALSE(booked.has_value());
    EXPECT_EQ(booked.error().code(), StatusCode::kConflict);
  }
  auto tx = Write();
  auto booked = tx->appointments().CreateAll({Visit(0, 60), Visit(1440, 1500)}).value();
  ASSERT_EQ(booked.size(), 2u);
  EXPECT_LT(booked[0].start, booked[1].start);
  ASSERT_TRUE(tx->appointments().SetStatus(booked[1].id, domain::AppointmentStatus::kCancelled));
  const auto busy = tx->appointments().ListBusy(At(-60), At(2000)).value();
  ASSERT_EQ(busy.size(), 2u) << "the cancelled one holds nothing";
  EXPECT_EQ(busy[0].id, booked[0].id);
  EXPECT_EQ(busy[1].start, At(120));
  EXPECT_EQ(tx->appointments().ListBetween(At(0), At(2000)).value().size(), 3u);
  // A booking that began before the window and runs into it is busy in the window.
  EXPECT_EQ(tx->appointments().ListBusy(At(150), At(151)).value().size(), 1u);
}

TEST_P(BookingRepositories, MoveChangesTheSlotAndResourcesChecksOverlapAndVersion) {
  auto tx = Write();
  domain::Appointment a = tx->appointments().Create(Visit(0, 60, seed_.room.id)).value();
  domain::Appointment b = tx->appointments().Create(Visit(120, 180, seed_.room2.id)).value();
  domain::Appointment slot = a;
  slot.start = At(120);
  slot.end = At(180);
  slot.provider_id = seed_.provider2.id;
  slot.room_id = seed_.room2.id;
  EXPECT_EQ(tx->appointments().Move(a.id, slot, a.version).error().code(), StatusCode::kConflict)
      << "room 2 is taken then";
  slot.room_id = seed_.room.id;
  domain::Appointment moved = tx->appointments().Move(a.id, slot, a.version).value();
  EXPECT_EQ(moved.provider_id, seed_.provider2.id);
  EXPECT_EQ(moved.start, At(120));
  EXPECT_EQ(moved.version, a.version + 1);
  EXPECT_EQ(tx->appointments().Move(a.id, slot, a.version).error().code(), StatusCode::kConflict)
      << "a stale version";
  // Re-booking a cancelled appointment at a new time makes it hold its slot again.
  domain::Appointment cancelled =
      tx->appointments().SetStatus(b.id, domain::AppointmentStatus::kCancelled).value();
  domain::Appointment again = cancelled;
  again.start = At(240);
  again.end = At(300);
  again.status = domain::AppointmentStatus::kBooked;
  EXPECT_EQ(tx->appointments().Move(b.id, again, cancelled.version).value().status,
            domain::AppointmentStatus::kBooked);
  EXPECT_EQ(tx->appointments().ListBusy(At(0), At(1000)).value().size(), 2u);
}

TEST_P(BookingRepositories, AMessageExistsOncePerKeyAndASentOneIsNeverChanged) {
  auto tx = Write();
  domain::OutboxMessage first = tx->outbox().Schedule(Message("a1/prep_7d", At(60))).value();
  EXPECT_EQ(first.status, MessageStatus::kPending);
  EXPECT_EQ(first.attempts, 0);
  // The same key again re-dates the pending message instead of adding one.
  domain::OutboxMessage again = tx->outbox().Schedule(Message("a1/prep_7d", At(90))).value();
  EXPECT_EQ(again.id, first.id);
  EXPECT_EQ(again.due_at, At(90));
  EXPECT_EQ(tx->outbox().List(std::nullopt, {}, 100).value().size(), 1u);
  // Sent: it stays as it is whatever is scheduled under its key.
  domain::OutboxMessage sent = again;
  sent.status = MessageStatus::kSent;
  sent.sent_at = At(91);
  ASSERT_TRUE(tx->outbox().Transition(again, sent).value());
  domain::OutboxMessage after = tx->outbox().Schedule(Message("a1/prep_7d", At(500))).value();
  EXPECT_EQ(after.status, MessageStatus::kSent);
  EXPECT_EQ(after.due_at, At(90));
  EXPECT_EQ(after.sent_at, At(91));
  // A compare-and-set against a stale state changes nothing.
  domain::OutboxMessage stale = again;  // still "pending" in the caller's copy
  domain::OutboxMessage taken = again;
  taken.status = MessageStatus::kSending;
  EXPECT_FALSE(tx->outbox().Transition(stale, taken).value());
  EXPECT_EQ(tx->outbox().Get(first.id).value().status, MessageStatus::kSent);
}

TEST_P(BookingRepositories, DueMessagesAreClaimedOnceAndVoidedWithTheirVisit) {
  auto tx = Write();
  domain::Appointment visit = tx->appointments().Create(Visit(0, 60)).value();
  domain::OutboxMessage m = Message("a" + visit.id.ToString() + "/visit_reminder", At(-10));
  m.appointment_id = visit.id;
  domain::OutboxMessage due = tx->outbox().Schedule(m).value();
  domain::OutboxMessage later = tx->outbox().Schedule(Message("x/later", At(100))).value();
  auto now_due = tx->outbox().Due(At(0), 10).value();
  ASSERT_EQ(now_due.size(), 1u);
  EXPECT_EQ(now_due[0].id, due.id);
  domain::OutboxMessage claim = due;
  claim.status = MessageStatus::kSending;
  claim.attempts = 1;
  claim.next_attempt_at = At(30);  // the claim's lease
  ASSERT_TRUE(tx->outbox().Transition(due, claim).value());
  EXPECT_FALSE(tx->outbox().Transition(due, claim).value()) << "a second claim loses";
  EXPECT_TRUE(tx->outbox().Due(At(0), 10).value().empty());
  EXPECT_EQ(tx->outbox().Due(At(30), 10).value().size(), 1u) << "a lapsed claim is due again";
  // Voiding a visit's messages leaves a message being sent alone.
  EXPECT_EQ(tx->outbox().VoidForAppointment(visit.id).value(), 0);
  domain::OutboxMessage back = claim;
  back.status = MessageStatus::kPending;
  ASSERT_TRUE(tx->outbox().Transition(claim, back).value());
  EXPECT_EQ(tx->outbox().VoidForAppointment(visit.id).value(), 1);
  EXPECT_EQ(tx->outbox().Get(due.id).value().status, MessageStatus::kVoid);
  EXPECT_EQ(tx->outbox().ListForAppointment(visit.id).value().size(), 1u);
  EXPECT_EQ(tx->outbox().List(MessageStatus::kPending, {}, 10).value().front().id, later.id);
  // A void message scheduled again (the visit re-booked) is pending again.
  EXPECT_EQ(tx->outbox().Schedule(m).value().status, MessageStatus::kPending);
}

TEST_P(BookingRepositories, MailSettingsAndTemplatesAreOnePerClinicAndKind) {
  auto tx = Write();
  EXPECT_EQ(tx->mail_settings().Get().error().code(), StatusCode::kNotFound);
  domain::MailSettings settings{.host = "smtp.example.test",
                                .port = 2525,
                                .tls = domain::TlsMode::kTls,
                                .username = "desk",
                                .password_sealed = "sealed",
                                .from_address = "desk@x.test",
                                .from_name = "Harbour",
                                .portal_url = "https://x.test",
                                .timeout_seconds = 20,
                                .enabled = false};
  ASSERT_TRUE(tx->mail_settings().Put(settings).ok());
  settings.port = 465;
  ASSERT_TRUE(tx->mail_settings().Put(settings).ok());
  domain::MailSettings read = tx->mail_settings().Get().value();
  EXPECT_EQ(read.port, 465);
  EXPECT_EQ(read.tls, domain::TlsMode::kTls);
  EXPECT_EQ(read.password_sealed, "sealed");
  EXPECT_FALSE(read.enabled);
  domain::MessageTemplate t{domain::MessageKind::kPrep1d, "Hi from {clinic}", "Body"};
  ASSERT_TRUE(tx->mail_settings().PutTemplate(t).ok());
  t.body = "Other body";
  ASSERT_TRUE(tx->mail_settings().PutTemplate(t).ok());
  EXPECT_EQ(tx->mail_settings().Templates().value(), std::vector<domain::MessageTemplate>{t});
  ASSERT_TRUE(tx->mail_settings().DeleteTemplate(t.kind).ok());
  EXPECT_TRUE(tx->mail_settings().Templates().value().empty());
}

TEST_P(BookingRepositories, BookingRequestsKeepTheirVersionAndListNewestFirst) {
  auto tx = Write();
  domain::BookingRequest request{.name = "Mary Seacole",
                                 .email = "mary@example.test",
                                 .interest = "acne scars",
                                 .consented_at = At(0)};
  domain::BookingRequest first = tx->booking_requests().Create(request).value();
  domain::BookingRequest second = tx->booking_requests().Create(request).value();
  EXPECT_EQ(first.version, 1);
  auto listed = tx->booking_requests().List(std::nullopt, {}, 10).value();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, second.id);
  EXPECT_EQ(tx->booking_requests().List(std::nullopt, second.id, 10).value().size(), 1u);
  first.status = domain::BookingRequestStatus::kContacted;
  domain::BookingRequest contacted = tx->booking_requests().Update(first).value();
  EXPECT_EQ(contacted.version, 2);
  EXPECT_EQ(tx->booking_requests().Update(first).error().code(), StatusCode::kConflict);
  EXPECT_EQ(tx->booking_requests()
                .List(domain::BookingRequestStatus::kContacted, {}, 10)
                .value()
                .front()
                .id,
            first.id);
  request.email.clear();
  EXPECT_FALSE(tx->booking_requests().Create(request).has_value())
      << "an e-mail or a phone number is required";
}

TEST_P(BookingRepositories, AMergeCarriesMessagesAndBookingRequests) {
  domain::Patient duplicate;
  {
    auto tx = Write();
    domain::Patient p;
    p.given_name = "Ada";
    p.family_name = "Lovelace";
    p.birth_date = *base::CivilDate::FromYmd(1988, 3, 14);
    duplicate = tx->patients().Create(p).value();
    domain::OutboxMessage m = Message("dup/visit_reminder", At(60));
    m.patient_id = duplicate.id;
    ASSERT_TRUE(tx->outbox().Schedule(m).has_value());
    domain::BookingRequest request{
        .name = "Ada", .phone = "+44 1", .consented_at = At(0), .patient_id = duplicate.id};
    ASSERT_TRUE(tx->booking_requests().Create(request).has_value());
    ASSERT_TRUE(tx->patients().Merge(duplicate.id, seed_.patient.id).has_value());
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto read = Read();
  EXPECT_EQ(read->outbox().List(std::nullopt, {}, 10).value().front().patient_id, seed_.patient.id);
  EXPECT_EQ(read->booking_requests().List(std::nullopt, {}, 10).value().front().patient_id,
            seed_.patient.id);
}

INSTANTIATE_TEST_SUITE_P(Backends, BookingRepositories,
                         ::testing::Values("sqlite", "postgres", "memory"), BackendName);

}  // namespace
}  // namespace needlepoint::storage::testing
