// Overload (issue 8, finding 13: a burst of logins stalled the whole server). Handlers run on
// worker threads, never on the I/O threads, so what waits — a burst of Argon2id logins, a
// database write-locked by another connection — cannot stall the server: /healthz (answered
// on the I/O thread) and reads keep answering; logins have their own small lane and cannot
// take every worker; a full queue answers 503 with Retry-After at once.
//
// The tests are behavioural, not timed: they show that /healthz and reads are answered while
// the logins (or the writes) they would have queued behind are still in flight. Timings are
// printed for the record; the measured figures are `make bench`'s (docs/PERFORMANCE.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <future>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

template <typename Condition>
bool Eventually(Condition condition, milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(milliseconds(5));
  }
  return condition();
}

class Overload : public ServerTest {
 protected:
  Overload() : ServerTest("overload") {}
  using Headers = std::map<std::string, std::string>;
  void TearDown() override { Unlock(); }

  // Sends one request and returns its answer and how long it took.
  std::pair<HttpResult, milliseconds> Timed(const std::string& method, const std::string& path,
                                            const std::string& token = "") const {
    const auto started = Clock::now();
    const HttpResult result =
        client().Send(method, path, "", token.empty() ? Headers() : Bearer(token, false));
    return {result, std::chrono::duration_cast<milliseconds>(Clock::now() - started)};
  }

  // Write-locks what a patient update needs, from a connection of its own: on SQLite the
  // whole database (BEGIN IMMEDIATE), on PostgreSQL the patient's row (FOR UPDATE).
  void Lock() {
    // The patient's current version, so that the updates below reach its row (and wait for
    // the lock) rather than being refused as stale.
    const HttpResult patient =
        client().Send("GET", "/api/v1/patients/" + a_.seed.patient.id.ToString(), "",
                      Bearer(a_.tokens.at("provider"), false));
    ASSERT_EQ(patient.status, 200) << patient.body;
    version_ = patient.Json()["version"].get<int64_t>();
    ASSERT_TRUE(server_->store()
                    .RawQuery(GetParam() == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN")
                    .has_value());
    locked_ = true;
    if (GetParam() != "sqlite") {
      ASSERT_TRUE(server_->store()
                      .RawQuery("SELECT id FROM patients WHERE clinic_id = " +
                                a_.seed.clinic.id.ToString() +
                                " AND id = " + a_.seed.patient.id.ToString() + " FOR UPDATE")
                      .has_value());
    }
  }
  void Unlock() {
    if (locked_) (void)server_->store().RawQuery("ROLLBACK");
    locked_ = false;
  }

  // A patient update, which waits while the lock is held.
  std::future<HttpResult> UpdatePatient() const {
    return std::async(std::launch::async, [this] {
      return client().Send(
          "PATCH", "/api/v1/patients/" + a_.seed.patient.id.ToString(),
          R"({"version":)" + std::to_string(version_) + R"(,"phone":"+44 20 7946 0999"})",
          Bearer(a_.tokens.at("front_desk")));
    });
  }

  bool locked_ = false;
  int64_t version_ = 1;
};

template <typename T>
int Unfinished(const std::vector<std::future<T>>& futures) {
  return static_cast<int>(std::count_if(futures.begin(), futures.end(), [](const auto& f) {
    return f.wait_for(milliseconds(0)) != std::future_status::ready;
  }));
}

// Regression (finding 13): 30 concurrent logins (Argon2id at 64 MiB, 3 passes) held the I/O
// threads, and /healthz took 6.7 s to answer. Now /healthz and a patient read are answered
// while the burst is still being worked through, and the logins cannot take the workers.
TEST_P(Overload, ALoginBurstStallsNeitherHealthNorReads) {
  TestServerOptions options;
  options.auth.argon2 = {64 * 1024, 3};
  options.auth.concurrent_hashes = 1;  // the burst takes ~30 hash times, one after another
  options.workers = 2;                 // logins must not be able to take these
  StartServer(options);
  if (Stopped()) return;
  constexpr int kBurst = 30;
  std::vector<std::future<int>> logins;
  for (int i = 0; i < kBurst; ++i) {
    logins.push_back(std::async(std::launch::async, [&, i] {
      return Login(client(), a_.seed.clinic.slug, "burst" + std::to_string(i) + "@example.test",
                   "not the password 123")
          .status;
    }));
  }
  ASSERT_TRUE(Eventually([&] { return server_->in_flight() >= kBurst / 2; }, milliseconds(20000)))
      << "the burst never got going";
  const std::string patient = "/api/v1/patients/" + a_.seed.patient.id.ToString();
  milliseconds slowest_health{0}, slowest_read{0};
  for (int i = 0; i < 5; ++i) {
    const auto [health, health_time] = Timed("GET", "/healthz");
    EXPECT_EQ(health.status, 200);
    const auto [read, read_time] = Timed("GET", patient, a_.tokens.at("provider"));
    EXPECT_EQ(read.status, 200) << read.body;
    slowest_health = std::max(slowest_health, health_time);
    slowest_read = std::max(slowest_read, read_time);
  }
  // Answered while the logins were still queued: nothing waited for the burst.
  const int unfinished = Unfinished(logins);
  EXPECT_GE(unfinished, kBurst / 4)
      << "/healthz and the reads were answered only once the burst was (nearly) over";
  std::cout << "during the login burst (" << unfinished << " of " << kBurst
            << " logins still in flight after): /healthz " << slowest_health.count()
            << " ms, patient read " << slowest_read.count() << " ms at worst\n";
  for (auto& login : logins) {
    const int status = login.get();
    EXPECT_TRUE(status == 401 || status == 503) << status;
  }
}

// Regression (finding 13): requests waiting for the database's write lock (held by another
// connection) held the I/O threads, so /healthz and reads that need no write waited too.
TEST_P(Overload, HealthAndReadsAnswerWhileTheDatabaseIsWriteLocked) {
  ASSERT_NO_FATAL_FAILURE(Lock());
  std::vector<std::future<HttpResult>> updates;
  for (int i = 0; i < 6; ++i) updates.push_back(UpdatePatient());
  ASSERT_TRUE(Eventually([&] { return server_->in_flight() >= 2; }, milliseconds(10000)))
      << "the updates never reached the server";
  std::this_thread::sleep_for(milliseconds(200));  // let all of them reach the lock
  ASSERT_EQ(updates.front().wait_for(milliseconds(0)), std::future_status::timeout)
      << "the lock did not hold the updates: " << [&] {
           const HttpResult done = updates.front().get();
           return std::to_string(done.status) + " " + done.body;
         }();
  milliseconds slowest{0};
  for (const auto& [path, role] :
       std::vector<std::pair<std::string, std::string>>{{"/healthz", ""},
                                                        {"/api/v1/clinic", "owner"},
                                                        {"/api/v1/session", "provider"},
                                                        {"/api/v1/staff", "front_desk"}}) {
    const auto [result, took] = Timed("GET", path, role.empty() ? "" : a_.tokens.at(role));
    EXPECT_EQ(result.status, 200) << path << ": " << result.body;
    slowest = std::max(slowest, took);
  }
  // Answered while every update still waits for the lock: nothing queued behind them.
  EXPECT_EQ(Unfinished(updates), static_cast<int>(updates.size()))
      << "the reads were answered only once the writes had given up or gone through";
  std::cout << "while write-locked: slowest answer " << slowest.count() << " ms\n";
  Unlock();
  for (auto& update : updates) {
    ASSERT_EQ(update.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    const int status = update.get().status;
    // One wins; the others hold a stale version (409) — or, on SQLite, gave up waiting (503).
    EXPECT_TRUE(status == 200 || status == 409 || status == 503) << status;
  }
}

// A full queue is refused at once with 503 and Retry-After, and /healthz still answers.
TEST_P(Overload, AFullQueueAnswers503WithRetryAfter) {
  TestServerOptions options;
  options.workers = 1;
  options.worker_queue = 1;
  StartServer(options);
  if (Stopped()) return;
  ASSERT_NO_FATAL_FAILURE(Lock());
  auto running = UpdatePatient();  // takes the only worker, and waits for the lock
  ASSERT_TRUE(Eventually([&] { return server_->in_flight() == 1; }, milliseconds(10000)));
  auto queued = UpdatePatient();  // waits in the queue
  ASSERT_TRUE(Eventually([&] { return server_->in_flight() == 2; }, milliseconds(10000)));
  const auto [refused, took] = Timed("GET", "/api/v1/clinic", a_.tokens.at("owner"));
  EXPECT_EQ(refused.status, 503) << refused.body;
  EXPECT_GE(std::atoi(refused.Header("retry-after").c_str()), 1) << refused.Header("retry-after");
  EXPECT_TRUE(refused.Header("content-type").starts_with("application/problem+json"));
  EXPECT_FALSE(refused.Header("x-request-id").empty());
  // At once: not after the running request (which waits for the lock) made room.
  EXPECT_EQ(running.wait_for(milliseconds(0)), std::future_status::timeout)
      << "the 503 came only after the worker was free again (" << took.count() << " ms)";
  EXPECT_EQ(Timed("GET", "/healthz").first.status, 200);
  Unlock();
  EXPECT_NE(running.get().status, 0);
  EXPECT_NE(queued.get().status, 0);
  EXPECT_EQ(Timed("GET", "/api/v1/clinic", a_.tokens.at("owner")).first.status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, Overload, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
