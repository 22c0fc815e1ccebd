// A recall at scale: the latency of a lot-exposure search (every session and patient exposed
// to a cartridge lot, a GTIN or a product lot) as the number of sessions grows, for one
// backend and one data size per run. tools/bench.sh runs it for SQLite and PostgreSQL at
// 10,000, 100,000 and 1,000,000 sessions; docs/PERFORMANCE.md records the results.
//
//   needlepoint_lot_bench --db URL [--generate --sessions N] [--searches N] [--label TEXT]
//
// The data set is one clinic holding every session (the worst case: every key starts with the
// clinic), one patient per five sessions, one serialised cartridge per session (lots of 200
// cartridges), hyaluronic acid in every session (lots of 500 sessions) and PRP in every
// fourth (lots of 100). Probe lots with exactly 10, 100, 1,000 and 10,000 exposed sessions
// are planted to show how the cost grows with what is found rather than with N.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "needlepoint/app/consultations.h"
#include "needlepoint/contract/intake_json.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/storage/open/store.h"

namespace {

using namespace needlepoint;  // NOLINT(google-build-using-namespace): benchmark program
using Clock = std::chrono::steady_clock;

constexpr int kCartridgeLot = 200;  // cartridges per lot
constexpr int kHaLot = 500;         // sessions per hyaluronic acid lot
constexpr int kPrpLot = 100;        // sessions per PRP kit lot (every fourth session has PRP)
constexpr int kBatch = 5000;        // sessions per generating transaction
const std::vector<int> kProbes = {10, 100, 1000, 10000};

struct Options {
  std::string url = "sqlite:var/lot-bench.db";
  bool generate = false;
  int sessions = 10000;
  int searches = 2000;
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
    else if (arg == "--sessions")
      o.sessions = std::atoi(next().c_str());
    else if (arg == "--searches")
      o.searches = std::atoi(next().c_str());
    else if (arg == "--label")
      o.label = next();
    else {
      std::cerr << "unknown option " << arg << "\n";
      std::exit(2);
    }
  }
  return o;
}

double Percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0;
  const size_t k = std::min(samples.size() - 1, static_cast<size_t>(p * samples.size()));
  std::nth_element(samples.begin(), samples.begin() + static_cast<long>(k), samples.end());
  return samples[k];
}

// The lot of session `i`'s cartridge: probe lot k (exactly kProbes[k] sessions, every
// (n / size)-th one from offset k + 1, so that each spans the whole date range and no two
// meet), or its ordinary lot of kCartridgeLot consecutive sessions.
std::string CartridgeLot(int i, int n) {
  for (std::size_t k = 0; k < kProbes.size(); ++k) {
    const int size = kProbes[k];
    if (size * 4 > n) break;  // a probe takes at most a quarter of the sessions
    if (i % (n / size) == static_cast<int>(k) + 1) return fmt::format("PROBE-{}", size);
  }
  return fmt::format("C{:06d}", i / kCartridgeLot);
}

base::Status Generate(storage::Database& db, const base::Clock& clock, int n) {
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic,
                      db.CreateClinic({"lot-bench", "Lot Bench Clinic", "Europe/London"}));
  base::UserId provider;
  domain::TreatmentPlan plan;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        db.Begin(clinic.id, storage::Access::kWrite));
    domain::User user;
    user.email = "provider@lot-bench.example";
    user.display_name = "Bench Provider";
    user.role = domain::Role::kProvider;
    user.password_hash = std::string(domain::kNoPassword);
    NP_ASSIGN_OR_RETURN(user, tx->users().Create(user));
    provider = user.id;
    domain::Patient first;
    first.given_name = "Plan";
    first.family_name = "Holder";
    first.birth_date = *base::CivilDate::FromYmd(1980, 1, 1);
    NP_ASSIGN_OR_RETURN(first, tx->patients().Create(first));
    const nlohmann::json intake_json = {
        {"patient", {{"birth_date", "1980-01-01"}, {"fitzpatrick", 3}}},
        {"areas", {"cheeks"}},
        {"concerns", {{{"code", "texture"}, {"severity", 2}}}},
        {"assessed_on", "2026-01-05"}};
    NP_ASSIGN_OR_RETURN(domain::Intake intake, contract::ParseIntake(intake_json, {}));
    const domain::PlanResult result = protocol::ScreenAndPlan(*protocol::DefaultProtocol(), intake);
    if (!result.plan) return base::Internal("the bench intake is not eligible");
    NP_ASSIGN_OR_RETURN(domain::Consultation consultation,
                        tx->consultations().Create({.patient_id = first.id,
                                                    .recorded_by = provider,
                                                    .intake = intake,
                                                    .screening = result.screening,
                                                    .created_at = {}}));
    NP_ASSIGN_OR_RETURN(
        plan, tx->plans().Create(app::NewTreatmentPlan(consultation, *result.plan,
                                                       domain::PlanStatus::kActive, provider)));
    NP_RETURN_IF_ERROR(tx->Commit());
  }
  const base::CivilDate first_day = *base::CivilDate::FromYmd(2020, 1, 1);
  std::vector<base::PatientId> patients;
  const auto start = Clock::now();
  for (int done = 0; done < n; done += kBatch) {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        db.Begin(clinic.id, storage::Access::kWrite));
    for (int i = done; i < std::min(n, done + kBatch); ++i) {
      if (i % 5 == 0) {
        domain::Patient p;
        p.given_name = fmt::format("Given{}", i / 5);
        p.family_name = fmt::format("Family{}", i / 5);
        p.birth_date = *base::CivilDate::FromYmd(1950 + (i / 5) % 50, 1 + (i % 12), 1 + (i % 28));
        p.email = fmt::format("patient{}@lot-bench.example", i / 5);
        p.phone = fmt::format("+44 20 7946 {:04d}", (i / 5) % 10000);
        NP_ASSIGN_OR_RETURN(p, tx->patients().Create(p));
        patients.push_back(p.id);
      }
      domain::TreatmentSession s;
      s.patient_id = patients.back();
      s.plan_id = plan.id;
      s.number = 1 + i % 3;
      // Spread over about eight years, in order.
      s.date = first_day.AddDays(static_cast<int32_t>(static_cast<int64_t>(i) * 2900 / n));
      s.status = domain::SessionStatus::kInProgress;
      s.protocol = plan.protocol;
      s.created_by = provider;
      s.draft.products.push_back({.code = domain::ProductCode::kHyaluronicAcid,
                                  .lot = fmt::format("HA{:05d}", i / kHaLot)});
      if (i % 4 == 0) {
        s.draft.products.push_back(
            {.code = domain::ProductCode::kPrp, .lot = fmt::format("PRP{:05d}", i / 4 / kPrpLot)});
      }
      NP_ASSIGN_OR_RETURN(s, tx->treatment_sessions().Create(s));
      domain::Cartridge c{.session_id = s.id,
                          .gtin = "09506000134352",
                          .lot = CartridgeLot(i, n),
                          .serial = fmt::format("S{:08d}", i),
                          .expiry = *base::CivilDate::FromYmd(2030, 12, 31),
                          .recorded_by = provider};
      NP_RETURN_IF_ERROR(tx->treatment_sessions().AddCartridge(c));
    }
    NP_RETURN_IF_ERROR(tx->Commit());
    if ((done / kBatch) % 20 == 0) {
      std::cerr << fmt::format("  {} sessions, {:.0f} s\n", done + kBatch,
                               std::chrono::duration<double>(Clock::now() - start).count());
    }
  }
  (void)clock;
  return base::OkStatus();
}

// Runs `query` `count` times, each in a read transaction of its own, and returns latencies in
// ms and the rows of the last call.
template <typename Query>
std::pair<std::vector<double>, int64_t> Measure(storage::Database& db, base::ClinicId clinic,
                                                int count, Query query) {
  std::vector<double> latencies;
  int64_t rows = 0;
  for (int i = 0; i < count; ++i) {
    const auto start = Clock::now();
    auto tx = db.Begin(clinic, storage::Access::kRead);
    if (!tx) {
      std::cerr << tx.error().ToString() << "\n";
      std::exit(1);
    }
    base::Result<storage::ExposurePage> page = query(**tx, i);
    if (!page) {
      std::cerr << page.error().ToString() << "\n";
      std::exit(1);
    }
    rows = page->total_rows;
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return {latencies, rows};
}

void Report(const std::string& label, const std::string& what, const std::vector<double>& ms,
            int64_t rows) {
  std::cout << fmt::format("{:<22} {:<34} rows {:>6}  p50 {:>8.3f} ms  p99 {:>8.3f} ms\n", label,
                           what, rows, Percentile(ms, 0.50), Percentile(ms, 0.99));
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = Parse(argc, argv);
  const base::SystemClock& clock = base::SystemClock::Get();
  storage::StoreConfig config;
  config.url = options.url;
  config.connections = 4;
  config.new_witness = true;
  auto store = storage::OpenStore(config, clock);
  if (!store) {
    std::cerr << store.error().ToString() << "\n";
    return 1;
  }
  storage::Database& db = (*store)->database();
  if (options.generate) {
    const auto start = Clock::now();
    if (base::Status status = Generate(db, clock, options.sessions); !status.ok()) {
      std::cerr << status.ToString() << "\n";
      return 1;
    }
    std::cerr << fmt::format("generated {} sessions in {:.1f} s\n", options.sessions,
                             std::chrono::duration<double>(Clock::now() - start).count());
  }
  const std::vector<base::ClinicId> clinics = db.ListClinics().value();
  if (clinics.empty()) {
    std::cerr << "no data: run with --generate first\n";
    return 1;
  }
  const base::ClinicId clinic = clinics.front();
  const int n = options.sessions;
  const std::string label = options.label.empty() ? options.url : options.label;
  std::mt19937 random(42);
  const int lots = std::max(1, n / kCartridgeLot);
  // Typical searches: a random ordinary cartridge lot (about 200 exposed), first page of 500.
  auto typical = Measure(db, clinic, options.searches, [&](storage::Transaction& tx, int) {
    const std::string lot = fmt::format("C{:06d}", static_cast<int>(random() % lots));
    return tx.treatment_sessions().Exposure({.lot = lot}, {.limit = 500});
  });
  Report(label, "cartridge lot (typical)", typical.first, typical.second);
  auto with_gtin = Measure(db, clinic, options.searches / 4, [&](storage::Transaction& tx, int) {
    const std::string lot = fmt::format("C{:06d}", static_cast<int>(random() % lots));
    return tx.treatment_sessions().Exposure({.lot = lot, .gtin = "09506000134352"}, {.limit = 500});
  });
  Report(label, "cartridge GTIN + lot", with_gtin.first, with_gtin.second);
  const int ha_lots = std::max(1, n / kHaLot);
  auto product = Measure(db, clinic, options.searches / 4, [&](storage::Transaction& tx, int) {
    const std::string lot = fmt::format("HA{:05d}", static_cast<int>(random() % ha_lots));
    return tx.treatment_sessions().Exposure({.kind = domain::LotKind::kProduct,
                                             .lot = lot,
                                             .product = domain::ProductCode::kHyaluronicAcid},
                                            {.limit = 500});
  });
  Report(label, "product lot (hyaluronic acid)", product.first, product.second);
  for (int size : kProbes) {
    if (size * 4 > n) break;
    // Every exposed row (the CSV export's query): the cost of what is found.
    auto probe = Measure(db, clinic, size >= 10000 ? 20 : 100, [&](storage::Transaction& tx, int) {
      return tx.treatment_sessions().Exposure({.lot = fmt::format("PROBE-{}", size)},
                                              {.limit = 100000});
    });
    Report(label, fmt::format("probe lot, all {} rows", size), probe.first, probe.second);
  }
  return 0;
}
