// No double booking by construction: racing writers for one slot get exactly one winner, a
// randomised storm of bookings, reschedules and cancellations never leaves two active
// appointments of one provider, room or device overlapping (checked in SQL), and the database
// refuses an overlap even when the application's own check is bypassed.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

using base::StatusCode;

// `make soak` sets NP_SOAK to a multiplier for the randomised runs.
int SoakFactor() {
  const char* soak = std::getenv("NP_SOAK");
  return soak != nullptr ? std::max(1, std::atoi(soak)) : 1;
}

class ConcurrencyTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) {
      GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
    }
    base::Result<std::unique_ptr<TestStore>> store = OpenTestStore(GetParam(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().ToString();
    store_ = std::move(*store);
    seed_ = SeedClinic(store_->db(), "race").value();
  }

  // Books `appointment` and its audit row in one transaction, retrying only when the
  // database says "busy" (never on a conflict).
  base::Result<domain::Appointment> BookWithAudit(const domain::Appointment& appointment) {
    for (int attempt = 0;; ++attempt) {
      base::Result<domain::Appointment> result = [&]() -> base::Result<domain::Appointment> {
        NP_ASSIGN_OR_RETURN(std::unique_ptr<Transaction> tx,
                            store_->db().Begin(seed_.clinic.id, Access::kWrite));
        NP_ASSIGN_OR_RETURN(domain::Appointment booked, tx->appointments().Create(appointment));
        domain::AuditEntry entry;
        entry.action = "appointment.create";
        entry.object_type = "appointment";
        entry.object_id = booked.id.ToString();
        entry.patient_id = booked.patient_id;
        NP_RETURN_IF_ERROR(tx->audit().Append(entry));
        NP_RETURN_IF_ERROR(tx->Commit());
        return booked;
      }();
      if (result || result.error().code() != StatusCode::kUnavailable || attempt == 20) {
        return result;
      }
    }
  }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic seed_;
};

TEST_P(ConcurrencyTest, RacingWritersForOneSlotHaveExactlyOneWinner) {
  constexpr int kThreads = 12;
  const int rounds = 10 * SoakFactor();
  for (int round = 0; round < rounds; ++round) {
    std::atomic<int> wins{0}, conflicts{0}, other{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        domain::Appointment a;
        a.patient_id = t % 2 == 0 ? seed_.patient.id : seed_.patient2.id;
        a.provider_id = seed_.provider.id;
        a.room_id = t % 3 == 0 ? std::optional(seed_.room.id) : std::nullopt;
        a.start = At(round * 120 + t);  // all overlap [round*120+11, round*120+60)
        a.end = At(round * 120 + 60);
        while (!go.load()) std::this_thread::yield();
        base::Result<domain::Appointment> result = BookWithAudit(a);
        if (result) {
          ++wins;
        } else if (result.error().code() == StatusCode::kConflict) {
          ++conflicts;
        } else {
          ++other;
          ADD_FAILURE() << result.error().ToString();
        }
      });
    }
    go = true;
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(wins.load(), 1) << "round " << round;
    EXPECT_EQ(conflicts.load(), kThreads - 1) << "round " << round;
    EXPECT_EQ(other.load(), 0);
  }
  EXPECT_EQ(store_->CountOverlaps().value(), 0);
}

TEST_P(ConcurrencyTest, RandomisedBookingStormLeavesNoOverlaps) {
  constexpr int kThreads = 8;
  const int ops_per_thread = 250 * SoakFactor();
  const std::vector<base::UserId> providers = {seed_.provider.id, seed_.provider2.id,
                                               seed_.owner.id};
  const std::vector<std::optional<base::ResourceId>> rooms = {seed_.room.id, seed_.room2.id,
                                                              std::nullopt};
  const std::vector<std::optional<base::ResourceId>> devices = {seed_.device.id, std::nullopt};
  std::atomic<int> booked{0}, rescheduled{0}, cancelled{0}, refused{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::mt19937 random(static_cast<unsigned>(t * 7919 + 17));
      std::vector<domain::Appointment> mine;
      for (int op = 0; op < ops_per_thread; ++op) {
        const int choice = static_cast<int>(random() % 10);
        const int start = static_cast<int>(random() % (3 * 1440));  // three days
        const int length = 15 + static_cast<int>(random() % 106);   // 15..120 minutes
        if (choice < 7 || mine.empty()) {
          domain::Appointment a;
          a.patient_id = seed_.patient.id;
          a.provider_id = providers[random() % providers.size()];
          a.room_id = rooms[random() % rooms.size()];
          a.device_id = devices[random() % devices.size()];
          a.start = At(start);
          a.end = At(start + length);
          base::Result<domain::Appointment> result = BookWithAudit(a);
          if (result) {
            mine.push_back(*result);
            ++booked;
          } else {
            ++refused;
          }
          continue;
        }
        domain::Appointment& target = mine[random() % mine.size()];
        auto tx = store_->db().Begin(seed_.clinic.id, Access::kWrite);
        if (!tx) continue;
        base::Result<domain::Appointment> result =
            choice < 9
                ? (*tx)->appointments().Reschedule(target.id, At(start), At(start + length),
                                                   target.version)
                : (*tx)->appointments().SetStatus(target.id, domain::AppointmentStatus::kCancelled);
        if (result && (*tx)->Commit().ok()) {
          target = *result;
          (choice < 9 ? rescheduled : cancelled)++;
        } else {
          ++refused;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_GT(booked.load(), 50);
  EXPECT_GT(refused.load(), 0) << "the storm never collided; it tests nothing";
  EXPECT_EQ(store_->CountOverlaps().value(), 0)
      << booked << " booked, " << rescheduled << " rescheduled, " << cancelled << " cancelled";
}

// The application checks before inserting; the database must refuse the overlap on its own.
TEST_P(ConcurrencyTest, TheDatabaseRefusesOverlapsTheApplicationDidNotCheck) {
  if (store_->backend() == "memory") GTEST_SKIP() << "no SQL in the twin";
  domain::Appointment a;
  a.patient_id = seed_.patient.id;
  a.provider_id = seed_.provider.id;
  a.start = At(60);
  a.end = At(120);
  ASSERT_TRUE(BookWithAudit(a).has_value());
  const std::string insert =
      "INSERT INTO appointments (clinic_id, id, patient_id, provider_id, start_us, end_us, "
      "kind, status, created_us, updated_us, version) VALUES (" +
      seed_.clinic.id.ToString() + ", 990000123, " + seed_.patient2.id.ToString() + ", " +
      seed_.provider.id.ToString() + ", " + std::to_string(At(90).time_since_epoch().count()) +
      ", " + std::to_string(At(150).time_since_epoch().count()) +
      ", 'treatment', 'booked', 0, 0, 1) RETURNING id";
  base::Result<std::vector<std::string>> raw = store_->RawQuery(insert);
  ASSERT_FALSE(raw.has_value()) << "the database accepted an overlapping booking";
  EXPECT_EQ(raw.error().code(), StatusCode::kConflict);
  if (store_->backend() == "postgres") {
    auto constraints = store_->RawQuery(
        "SELECT conname FROM pg_constraint WHERE contype = 'x' AND conrelid = "
        "'appointments'::regclass ORDER BY conname");
    ASSERT_TRUE(constraints.has_value());
    EXPECT_EQ(*constraints,
              (std::vector<std::string>{"appointments_device_free", "appointments_provider_free",
                                        "appointments_room_free"}));
  }
}

// Regression (issue 8): the login throttle was read, then written back one higher, so
// concurrent failures on PostgreSQL overwrote each other and a burst got more than the
// free failures. CountAttempt increments in the database: racing transactions get distinct
// counts and none is lost; while the key backs off, nothing is counted.
TEST_P(ConcurrencyTest, ConcurrentLoginAttemptsAreCountedAtomically) {
  constexpr int kThreads = 8;
  constexpr int kEach = 5;
  const std::string key = "racer@example.test";
  std::mutex mutex;
  std::vector<int> counts;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        for (int attempt = 0; attempt < 20; ++attempt) {  // retry only a busy database
          auto tx = store_->db().Begin(seed_.clinic.id, Access::kWrite);
          if (!tx) continue;
          base::Result<std::optional<int>> count = (*tx)->login_attempts().CountAttempt(key, At(0));
          if (!count || !*count || !(*tx)->Commit().ok()) continue;
          std::lock_guard lock(mutex);
          counts.push_back(**count);
          break;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  std::sort(counts.begin(), counts.end());
  std::vector<int> expected(kThreads * kEach);
  std::iota(expected.begin(), expected.end(), 1);
  EXPECT_EQ(counts, expected);
  auto tx = store_->db().Begin(seed_.clinic.id, Access::kWrite).value();
  EXPECT_EQ(tx->login_attempts().Get(key).value().failures, kThreads * kEach);

  // Backing off: refused without being counted, until the time has come.
  ASSERT_TRUE(tx->login_attempts().BackOff(key, At(10)).ok());
  EXPECT_EQ(tx->login_attempts().CountAttempt(key, At(5)).value(), std::nullopt);
  EXPECT_EQ(tx->login_attempts().Get(key).value().failures, kThreads * kEach);
  EXPECT_EQ(tx->login_attempts().Get(key).value().locked_until, At(10));
  EXPECT_EQ(tx->login_attempts().CountAttempt(key, At(10)).value(), kThreads * kEach + 1);
  ASSERT_TRUE(tx->login_attempts().Reset(key).ok());
  EXPECT_EQ(tx->login_attempts().Get(key).value().failures, 0);
  EXPECT_EQ(tx->login_attempts().CountAttempt(key, At(10)).value(), 1);
  ASSERT_TRUE(tx->Commit().ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, ConcurrencyTest,
                         ::testing::Values("sqlite", "postgres", "memory"), BackendName);

}  // namespace
}  // namespace needlepoint::storage::testing
