// Crash safety: a child process books appointments (each with its audit row) and reports each
// acknowledged commit; it is killed with SIGKILL at random moments, at least 50 times. After
// every kill the database must pass its integrity check, hold every acknowledged booking, and
// hold no booking without its audit row (nothing half written). `make soak` runs longer.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <random>
#include <set>
#include <sstream>

#include "needlepoint/storage/postgres/pg_store.h"
#include "needlepoint/storage/sqlite/sqlite_store.h"
#include "needlepoint/storage/testing/test_store.h"

extern char** environ;

namespace needlepoint::storage::testing {
namespace {

namespace fs = std::filesystem;

int Kills() {
  const char* soak = std::getenv("NP_SOAK");
  return 50 * (soak != nullptr ? std::max(1, std::atoi(soak)) : 1);
}

// Runs the writer until `run_for` has passed since it reported READY (opening the store can
// take longer than a whole run on a loaded machine, and a kill before then tests nothing), kills
// it with SIGKILL and returns the ids it acknowledged (only complete lines: a line is printed
// after its commit returned).
std::vector<int64_t> RunAndKill(const std::vector<std::string>& args,
                                std::chrono::milliseconds run_for) {
  int pipe_fds[2];
  EXPECT_EQ(pipe(pipe_fds), 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  EXPECT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);

  std::string output;
  char buffer[4096];
  // Until READY arrives, the deadline is a generous limit on start-up alone.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  bool ready = false;
  bool killed = false;
  for (;;) {
    const auto now = std::chrono::steady_clock::now();
    if (!ready && output.find("READY\n") != std::string::npos) {
      ready = true;
      deadline = now + run_for;
    }
    if (!killed && now >= deadline) {
      kill(pid, SIGKILL);
      killed = true;
    }
    pollfd fd{pipe_fds[0], POLLIN, 0};
    const int wait_ms =
        killed
            ? 1000
            : static_cast<int>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count()) +
                  1;
    if (poll(&fd, 1, wait_ms) <= 0) continue;
    const ssize_t n = read(pipe_fds[0], buffer, sizeof buffer);
    if (n <= 0) break;  // the child is gone and the pipe drained
    output.append(buffer, static_cast<size_t>(n));
  }
  close(pipe_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "the writer exited on its own: " << output;
  EXPECT_TRUE(ready) << "the writer never opened the store";

  std::vector<int64_t> acked;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    if (lines.eof()) break;  // a line cut by the kill has no newline
    if (line.starts_with("ACK ")) acked.push_back(std::stoll(line.substr(4)));
  }
  return acked;
}

class CrashTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CrashTest, KilledWritersLoseNothingAcknowledgedAndLeaveNothingHalfWritten) {
  const std::string backend = GetParam();
  base::FakeClock clock(At(0));
  std::string target;
  std::optional<ScratchDir> scratch;
  if (backend == "sqlite") {
    scratch.emplace("np-crash");
    target = (scratch->path() / "crash.db").string();
  } else {
    if (TestPostgresUrl().empty()) GTEST_SKIP() << "no PostgreSQL test cluster";
    target = FreshPostgresDatabase().value();
  }

  // Opens the database as a restarted server would.
  auto open = [&]() -> std::pair<std::shared_ptr<void>, Database*> {
    if (backend == "sqlite") {
      sqlite::SqliteOptions options;
      options.path = target;
      options.readers = 1;
      std::shared_ptr<sqlite::SqliteStore> store =
          sqlite::SqliteStore::Open(options, clock, TestAuditKey()).value();
      EXPECT_EQ(store->IntegrityCheck().value(), "ok");
      return {store, &store->database()};
    }
    postgres::PgOptions options;
    options.conninfo = target;
    options.connections = 1;
    std::shared_ptr<postgres::PgStore> store =
        postgres::PgStore::Open(options, clock, TestAuditKey()).value();
    return {store, &store->database()};
  };

  base::ClinicId clinic;
  {
    auto [holder, db] = open();
    clinic = SeedClinic(*db, "crash").value().clinic.id;
  }

  const std::string writer = std::string(NP_BUILD_DIR) + "/np_crash_writer";
  std::mt19937 random(20261120);
  std::set<int64_t> acknowledged;
  const int kills = Kills();
  for (int run = 0; run < kills; ++run) {
    const auto run_for = std::chrono::milliseconds(20 + random() % 100);
    for (int64_t id :
         RunAndKill({writer, backend, target, clinic.ToString(), std::to_string(run)}, run_for)) {
      acknowledged.insert(id);
    }
    auto [holder, db] = open();
    auto tx = db->Begin(clinic, Access::kRead).value();
    for (int64_t id : acknowledged) {
      ASSERT_TRUE(tx->appointments().Get(base::AppointmentId(id)).has_value())
          << "acknowledged booking " << id << " was lost after kill " << run;
    }
    // Nothing half there: every stored booking has its audit row, and the chain is intact.
    std::vector<domain::AuditRecord> audit = tx->audit().List({.limit = 100000}).value();
    std::set<std::string> audited;
    for (const auto& record : audit) audited.insert(record.entry.object_id);
    const auto stored = tx->appointments()
                            .ListForProvider(tx->users().ListStaff().value().front().id,
                                             base::Timestamp::min(), base::Timestamp::max())
                            .value();
    for (const domain::Appointment& a : stored) {
      ASSERT_TRUE(audited.contains(a.id.ToString()))
          << "booking " << a.id.ToString() << " has no audit row after kill " << run;
    }
    EXPECT_EQ(audited.size(), stored.size()) << "an audit row without its booking";
    const auto [head_seq, head_hash] = tx->audit().Head().value();
    ChainReport report = VerifyChain(TestAuditKey(), audit, head_seq, head_hash);
    ASSERT_TRUE(report.ok) << report.problem;
  }
  EXPECT_GT(acknowledged.size(), static_cast<size_t>(kills)) << "the writer barely wrote";
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, ::testing::Values("sqlite", "postgres"), BackendName);

}  // namespace
}  // namespace needlepoint::storage::testing
