// A child process for the crash test: books appointments, each with its audit row in the
// same transaction, and prints "ACK <id>" only after the commit has returned — until it is
// killed. Usage: np_crash_writer sqlite|postgres PATH_OR_URL CLINIC_ID RUN
#include <cstdio>
#include <cstdlib>
#include <string>

#include "needlepoint/storage/postgres/pg_store.h"
#include "needlepoint/storage/sqlite/sqlite_store.h"
#include "needlepoint/storage/testing/test_store.h"

using namespace needlepoint;  // NOLINT(google-build-using-namespace): test program

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s sqlite|postgres PATH_OR_URL CLINIC_ID RUN\n", argv[0]);
    return 2;
  }
  const std::string backend = argv[1];
  const base::ClinicId clinic(std::atoll(argv[3]));
  const int run = std::atoi(argv[4]);
  const base::SystemClock& clock = base::SystemClock::Get();

  std::unique_ptr<storage::sqlite::SqliteStore> sqlite_store;
  std::unique_ptr<storage::postgres::PgStore> pg_store;
  storage::Database* db = nullptr;
  if (backend == "sqlite") {
    storage::sqlite::SqliteOptions options;
    options.path = argv[2];
    options.readers = 1;
    auto opened =
        storage::sqlite::SqliteStore::Open(options, clock, storage::testing::TestAuditKey());
    if (!opened) return std::fprintf(stderr, "%s\n", opened.error().ToString().c_str()), 1;
    sqlite_store = std::move(*opened);
    db = &sqlite_store->database();
  } else {
    storage::postgres::PgOptions options;
    options.conninfo = argv[2];
    options.connections = 1;
    auto opened =
        storage::postgres::PgStore::Open(options, clock, storage::testing::TestAuditKey());
    if (!opened) return std::fprintf(stderr, "%s\n", opened.error().ToString().c_str()), 1;
    pg_store = std::move(*opened);
    db = &pg_store->database();
  }

  // The seeded clinic's first provider and patient: look them up once.
  auto setup = db->Begin(clinic, storage::Access::kRead);
  if (!setup) return 1;
  auto staff = (*setup)->users().ListStaff();
  auto patients = (*setup)->patients().Search({"", 1, 0});
  setup->reset();
  if (!staff || staff->empty() || !patients || patients->items.empty()) return 1;
  const base::UserId provider = staff->front().id;
  const base::PatientId patient = patients->items.front().id;
  std::printf("READY\n");
  std::fflush(stdout);

  for (int i = 0;; ++i) {
    auto tx = db->Begin(clinic, storage::Access::kWrite);
    if (!tx) continue;
    domain::Appointment a;
    a.patient_id = patient;
    a.provider_id = provider;
    // Each run books in its own ten days, 15 minutes apart.
    a.start = storage::testing::At(run * 14400 + i * 15);
    a.end = a.start + std::chrono::minutes(15);
    auto booked = (*tx)->appointments().Create(a);
    if (!booked) continue;
    domain::AuditEntry entry;
    entry.action = "appointment.create";
    entry.object_type = "appointment";
    entry.object_id = booked->id.ToString();
    entry.patient_id = patient;
    if (!(*tx)->audit().Append(entry)) continue;
    if (!(*tx)->Commit().ok()) continue;
    std::printf("ACK %lld\n", static_cast<long long>(booked->id.value()));
    std::fflush(stdout);
  }
}
