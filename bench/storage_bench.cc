// Storage at scale: the latency of the two reads a clinic does all day (one provider's day,
// one patient's full history) and booking throughput under concurrent writers, for one
// backend and one data size per run. tools/bench.sh runs it for SQLite and PostgreSQL at
// 10,000 and 1,000,000 appointments; docs/PERFORMANCE.md records the results.
//
//   needlepoint_storage_bench --db URL [--generate --clinics N --patients M]
//                             [--reads N] [--writers N] [--seconds S] [--label TEXT]
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "needlepoint/app/demo_data.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/storage/open/store.h"

namespace {

using namespace needlepoint;  // NOLINT(google-build-using-namespace): benchmark program
using Clock = std::chrono::steady_clock;

struct Options {
  std::string url = "sqlite:var/bench.db";
  bool generate = false;
  int clinics = 10;
  int patients = 180;
  int reads = 20000;
  int writers = 8;
  int seconds = 10;
  std::string label;
};

Options Parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--db")
      o.url = next();
    else if (arg == "--generate")
      o.generate = true;
    else if (arg == "--clinics")
      o.clinics = std::atoi(next().c_str());
    else if (arg == "--patients")
      o.patients = std::atoi(next().c_str());
    else if (arg == "--reads")
      o.reads = std::atoi(next().c_str());
    else if (arg == "--writers")
      o.writers = std::atoi(next().c_str());
    else if (arg == "--seconds")
      o.seconds = std::atoi(next().c_str());
    else if (arg == "--label")
      o.label = next();
    else {
      std::cerr << "unknown option " << arg << "\n";
      std::exit(2);
    }
  }
  return o;
}

struct ClinicSample {
  base::ClinicId id;
  std::vector<base::UserId> providers;
  std::vector<base::PatientId> patients;
  std::vector<base::ResourceId> rooms;
};

double Percentile(std::vector<double>& samples, double p) {
  if (samples.empty()) return 0;
  const size_t k = std::min(samples.size() - 1, static_cast<size_t>(p * samples.size()));
  std::nth_element(samples.begin(), samples.begin() + static_cast<long>(k), samples.end());
  return samples[k];
}

// Runs `read` `count` times over random clinics and returns per-call latencies in ms.
template <typename Read>
std::vector<double> MeasureReads(const std::vector<ClinicSample>& clinics, int count, Read read) {
  std::mt19937 random(42);
  std::vector<double> latencies;
  latencies.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    const ClinicSample& clinic = clinics[random() % clinics.size()];
    const auto start = Clock::now();
    read(clinic, random);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return latencies;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = Parse(argc, argv);
  const base::SystemClock& clock = base::SystemClock::Get();
  storage::StoreConfig config;
  config.url = options.url;
  config.connections = std::max(8, options.writers * 2);
  auto store = storage::OpenStore(config, clock);
  if (!store) {
    std::cerr << store.error().ToString() << "\n";
    return 1;
  }
  storage::Database& db = (*store)->database();
  const base::CivilDate first_day = *base::CivilDate::FromYmd(2026, 1, 1);

  if (options.generate) {
    const auto start = Clock::now();
    // PostgreSQL takes several generators in parallel, each writing its own clinics; SQLite
    // has one writer at a time, so more threads would only queue.
    const int threads = db.backend() == "sqlite" ? 1 : 4;
    std::vector<std::thread> workers;
    std::atomic<int64_t> appointments{0};
    std::atomic<bool> failed{false};
    for (int t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        app::DemoDataOptions demo;
        demo.clinics = options.clinics / threads + (t < options.clinics % threads ? 1 : 0);
        demo.patients_per_clinic = options.patients;
        demo.seed = static_cast<uint32_t>(1000 + t);
        demo.slug_prefix = "bench" + std::to_string(t);
        demo.first_day = first_day;
        auto report = app::GenerateDemoData(db, *protocol::DefaultProtocol(), clock, demo);
        if (!report) {
          std::cerr << report.error().ToString() << "\n";
          failed = true;
          return;
        }
        appointments += report->appointments;
      });
    }
    for (auto& worker : workers) worker.join();
    if (failed) return 1;
    std::cerr << fmt::format("generated {} appointments in {:.1f} s\n", appointments.load(),
                             std::chrono::duration<double>(Clock::now() - start).count());
  }

  // What to read: every clinic's providers, rooms and patients.
  std::vector<ClinicSample> clinics;
  int64_t appointment_count = 0;
  // Booking lanes (below): writer w books in the year 2030 + w, after whatever earlier runs
  // of this benchmark left there, so that every booking of this run succeeds.
  auto lane_year = [](int w) { return std::chrono::sys_days(std::chrono::year(2030 + w) / 1 / 1); };
  std::vector<base::Timestamp> lane_start;
  for (int w = 0; w < options.writers; ++w) lane_start.emplace_back(lane_year(w));
  // (Each list is held in a variable: a range-for over a temporary's .value() dangles.)
  const std::vector<base::ClinicId> clinic_ids = db.ListClinics().value();
  for (base::ClinicId id : clinic_ids) {
    auto tx = db.Begin(id, storage::Access::kRead).value();
    ClinicSample sample{id, {}, {}, {}};
    const std::vector<domain::User> staff = tx->users().ListStaff().value();
    for (const auto& user : staff) {
      if (user.role == domain::Role::kProvider) sample.providers.push_back(user.id);
    }
    const std::vector<domain::Resource> resources = tx->resources().List().value();
    for (const auto& resource : resources) {
      if (resource.kind == domain::ResourceKind::kRoom) sample.rooms.push_back(resource.id);
    }
    const storage::Page<domain::Patient> patients = tx->patients().Search({"", 500, 0}).value();
    for (const auto& patient : patients.items) sample.patients.push_back(patient.id);
    for (base::PatientId patient : sample.patients) {
      appointment_count +=
          static_cast<int64_t>(tx->appointments().ListForPatient(patient).value().size());
    }
    for (int w = 0; w < options.writers && !sample.providers.empty(); ++w) {
      const std::vector<domain::Appointment> booked =
          tx->appointments()
              .ListForProvider(sample.providers[static_cast<size_t>(w) % sample.providers.size()],
                               base::Timestamp(lane_year(w)), base::Timestamp(lane_year(w + 1)))
              .value();
      for (const auto& a : booked) lane_start[w] = std::max(lane_start[w], a.end);
    }
    if (!sample.providers.empty() && !sample.patients.empty()) clinics.push_back(sample);
  }
  if (clinics.empty()) {
    std::cerr << "no data: run with --generate first\n";
    return 1;
  }

  std::vector<double> day =
      MeasureReads(clinics, options.reads, [&](const ClinicSample& c, std::mt19937& random) {
        auto tx = db.Begin(c.id, storage::Access::kRead).value();
        const base::Timestamp from(first_day.AddDays(static_cast<int>(random() % 365)).ToChrono());
        auto rows = tx->appointments()
                        .ListForProvider(c.providers[random() % c.providers.size()], from,
                                         from + std::chrono::hours(24))
                        .value();
        if (rows.size() > 1000) std::abort();  // keeps the result alive
      });
  std::vector<double> history =
      MeasureReads(clinics, options.reads, [&](const ClinicSample& c, std::mt19937& random) {
        auto tx = db.Begin(c.id, storage::Access::kRead).value();
        auto rows =
            tx->appointments().ListForPatient(c.patients[random() % c.patients.size()]).value();
        if (rows.size() > 1000) std::abort();
      });

  // Booking throughput: each writer books 30-minute slots with their audit rows in random
  // clinics, in its own lane (a year no generated appointment uses), so every booking
  // succeeds; a failure is reported.
  std::atomic<int64_t> booked{0}, failures{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> writers;
  const auto write_start = Clock::now();
  for (int w = 0; w < options.writers; ++w) {
    writers.emplace_back([&, w] {
      std::mt19937 random(static_cast<unsigned>(w + 1));
      for (int64_t i = 0; !stop.load(); ++i) {
        const ClinicSample& c = clinics[random() % clinics.size()];
        domain::Appointment a;
        a.patient_id = c.patients[random() % c.patients.size()];
        a.provider_id = c.providers[static_cast<size_t>(w) % c.providers.size()];
        // A private lane per writer, one slot per iteration.
        a.start = lane_start[w] + std::chrono::minutes(30 * i);
        a.end = a.start + std::chrono::minutes(30);
        auto tx = db.Begin(c.id, storage::Access::kWrite);
        if (!tx) {
          ++failures;
          continue;
        }
        auto created = (*tx)->appointments().Create(a);
        if (!created) {
          ++failures;
          continue;
        }
        domain::AuditEntry entry;
        entry.action = "appointment.create";
        entry.object_type = "appointment";
        entry.object_id = created->id.ToString();
        entry.patient_id = a.patient_id;
        if (!(*tx)->audit().Append(entry) || !(*tx)->Commit().ok()) {
          ++failures;
          continue;
        }
        ++booked;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::seconds(options.seconds));
  stop = true;
  for (auto& writer : writers) writer.join();
  const double write_seconds = std::chrono::duration<double>(Clock::now() - write_start).count();

  const std::string label =
      options.label.empty() ? std::string((*store)->database().backend()) : options.label;
  std::cout << fmt::format(
      "{:<22} appointments={:<8} day p50={:.3f}ms p99={:.3f}ms | history p50={:.3f}ms "
      "p99={:.3f}ms | booking {} writers: {:.0f}/s ({} failed)\n",
      label, appointment_count, Percentile(day, 0.5), Percentile(day, 0.99),
      Percentile(history, 0.5), Percentile(history, 0.99), options.writers,
      static_cast<double>(booked.load()) / write_seconds, failures.load());
  return 0;
}
