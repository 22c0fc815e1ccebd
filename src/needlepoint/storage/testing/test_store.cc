#include "needlepoint/storage/testing/test_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "needlepoint/storage/memory/memory_database.h"
#include "needlepoint/storage/postgres/pg_connection.h"
#include "needlepoint/storage/postgres/pg_store.h"
#include "needlepoint/storage/sqlite/sqlite_connection.h"
#include "needlepoint/storage/sqlite/sqlite_store.h"

namespace needlepoint::storage::testing {
namespace {

namespace fs = std::filesystem;

// Overlapping slot-holding appointments, by resource; the same text serves both dialects.
constexpr std::string_view kOverlapSql = R"(
  SELECT count(*) FROM appointments a JOIN appointments b
    ON a.clinic_id = b.clinic_id AND a.id < b.id
   AND a.start_us < b.end_us AND b.start_us < a.end_us
   AND (a.provider_id = b.provider_id OR a.room_id = b.room_id OR a.device_id = b.device_id)
  WHERE a.status IN ('booked', 'confirmed', 'checked_in', 'completed')
    AND b.status IN ('booked', 'confirmed', 'checked_in', 'completed'))";

std::vector<std::string> FirstColumn(const sql::SqlRows& rows) {
  std::vector<std::string> out;
  for (const sql::SqlRow& row : rows) {
    const sql::SqlValue& value = row.value(0);
    if (const auto* n = std::get_if<int64_t>(&value)) {
      out.push_back(std::to_string(*n));
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      out.push_back(*s);
    } else {
      out.push_back("");
    }
  }
  return out;
}

class SqliteTestStore final : public TestStore {
 public:
  static base::Result<std::unique_ptr<TestStore>> Open(const base::Clock& clock) {
    auto scratch = std::make_unique<ScratchDir>("np-sqlite");
    sqlite::SqliteOptions options;
    options.path = (scratch->path() / "test.db").string();
    NP_ASSIGN_OR_RETURN(std::unique_ptr<sqlite::SqliteStore> store,
                        sqlite::SqliteStore::Open(options, clock, TestAuditKey()));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<sqlite::SqliteConnection> raw,
                        sqlite::SqliteConnection::Open(
                            options.path, sqlite::SqliteConnection::Mode::kReadWrite, 5000));
    return std::unique_ptr<TestStore>(
        new SqliteTestStore(std::move(scratch), std::move(store), std::move(raw)));
  }
  Database& db() override { return store_->database(); }
  std::string_view backend() const override { return "sqlite"; }
  base::Result<int64_t> CountOverlaps() override {
    NP_ASSIGN_OR_RETURN(sql::SqlRows rows, raw_->Query(kOverlapSql, {}));
    return rows.front().Int(0);
  }
  base::Result<std::vector<std::string>> RawQuery(const std::string& sql) override {
    NP_ASSIGN_OR_RETURN(sql::SqlRows rows, raw_->Query(sql, {}));
    return FirstColumn(rows);
  }

 private:
  SqliteTestStore(std::unique_ptr<ScratchDir> scratch, std::unique_ptr<sqlite::SqliteStore> store,
                  std::unique_ptr<sqlite::SqliteConnection> raw)
      : scratch_(std::move(scratch)), store_(std::move(store)), raw_(std::move(raw)) {}
  std::unique_ptr<ScratchDir> scratch_;  // declared first: removed after the store closes
  std::unique_ptr<sqlite::SqliteStore> store_;
  std::unique_ptr<sqlite::SqliteConnection> raw_;
};

class PostgresTestStore final : public TestStore {
 public:
  static base::Result<std::unique_ptr<TestStore>> Open(const base::Clock& clock) {
    const std::string url = TestPostgresUrl();
    if (url.empty()) return base::Fail(base::Unavailable("no PostgreSQL test cluster"));
    postgres::PgOptions options;
    options.conninfo = url;
    options.connections = 16;
    NP_ASSIGN_OR_RETURN(std::unique_ptr<postgres::PgStore> store,
                        postgres::PgStore::Open(options, clock, TestAuditKey()));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<postgres::PgConnection> raw,
                        postgres::PgConnection::Connect(url));
    return std::unique_ptr<TestStore>(new PostgresTestStore(std::move(store), std::move(raw)));
  }
  Database& db() override { return store_->database(); }
  std::string_view backend() const override { return "postgres"; }
  base::Result<int64_t> CountOverlaps() override {
    NP_ASSIGN_OR_RETURN(sql::SqlRows rows, raw_->Query(kOverlapSql, {}));
    return rows.front().Int(0);
  }
  base::Result<std::vector<std::string>> RawQuery(const std::string& sql) override {
    NP_ASSIGN_OR_RETURN(sql::SqlRows rows, raw_->Query(sql, {}));
    return FirstColumn(rows);
  }

 private:
  PostgresTestStore(std::unique_ptr<postgres::PgStore> store,
                    std::unique_ptr<postgres::PgConnection> raw)
      : store_(std::move(store)), raw_(std::move(raw)) {}
  std::unique_ptr<postgres::PgStore> store_;
  std::unique_ptr<postgres::PgConnection> raw_;  // superuser: bypasses row-level security
};

class MemoryTestStore final : public TestStore {
 public:
  explicit MemoryTestStore(const base::Clock& clock) : db_(clock, TestAuditKey()) {}
  Database& db() override { return db_; }
  std::string_view backend() const override { return "memory"; }
  base::Result<int64_t> CountOverlaps() override {
    int64_t overlaps = 0;
    NP_ASSIGN_OR_RETURN(std::vector<base::ClinicId> clinics, db_.ListClinics());
    for (base::ClinicId clinic : clinics) {
      NP_ASSIGN_OR_RETURN(std::unique_ptr<Transaction> tx, db_.Begin(clinic, Access::kRead));
      NP_ASSIGN_OR_RETURN(std::vector<domain::User> staff, tx->users().ListStaff());
      std::vector<domain::Appointment> all;
      for (const domain::User& user : staff) {
        NP_ASSIGN_OR_RETURN(std::vector<domain::Appointment> mine,
                            tx->appointments().ListForProvider(user.id, base::Timestamp::min(),
                                                               base::Timestamp::max()));
        all.insert(all.end(), mine.begin(), mine.end());
      }
      for (size_t i = 0; i < all.size(); ++i) {
        for (size_t j = i + 1; j < all.size(); ++j) {
          const auto& a = all[i];
          const auto& b = all[j];
          const bool shared = a.provider_id == b.provider_id ||
                              (a.room_id && a.room_id == b.room_id) ||
                              (a.device_id && a.device_id == b.device_id);
          if (shared && domain::HoldsSlot(a.status) && domain::HoldsSlot(b.status) &&
              a.start < b.end && b.start < a.end) {
            ++overlaps;
          }
        }
      }
    }
    return overlaps;
  }
  base::Result<std::vector<std::string>> RawQuery(const std::string&) override {
    return base::Fail(base::FailedPrecondition("the memory twin has no SQL"));
  }

 private:
  memory::MemoryDatabase db_;
};

}  // namespace

const AuditKey& TestAuditKey() {
  static const AuditKey key = [] {
    AuditKey k;
    for (size_t i = 0; i < k.size(); ++i) k[i] = static_cast<unsigned char>(i * 7 + 1);
    return k;
  }();
  return key;
}

std::string TestPostgresUrl() {
  const char* file = std::getenv("NP_TEST_PG_URL_FILE");
  if (file == nullptr) return "";
  std::ifstream in(file);
  std::string url;
  std::getline(in, url);
  return url;
}

bool BackendAvailable(std::string_view backend) {
  return backend != "postgres" || !TestPostgresUrl().empty();
}

std::string UniqueSlug(std::string_view prefix) {
  static std::atomic<int> counter{0};
  static const std::string run =
      std::to_string(getpid()) + "-" +
      std::to_string(std::chrono::steady_clock::now().time_since_epoch().count() % 1000000007);
  return std::string(prefix) + "-" + run + "-" + std::to_string(counter++);
}

ScratchDir::ScratchDir(std::string_view prefix)
    : path_(fs::path(::testing::TempDir()) / UniqueSlug(prefix)) {
  fs::remove_all(path_);
  fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

base::Result<std::string> FreshPostgresDatabase() {
  const std::string url = TestPostgresUrl();
  const std::string base_name = "needlepoint_test";
  const size_t at = url.find("/" + base_name);
  if (url.empty() || at == std::string::npos) {
    return base::Fail(base::Unavailable("no PostgreSQL test cluster"));
  }
  std::string name = "np_" + UniqueSlug("db");
  for (char& c : name) c = c == '-' ? '_' : c;
  NP_ASSIGN_OR_RETURN(std::unique_ptr<postgres::PgConnection> admin,
                      postgres::PgConnection::Connect(url));
  NP_RETURN_IF_ERROR(admin->Exec("CREATE DATABASE " + name));
  return url.substr(0, at + 1) + name + url.substr(at + 1 + base_name.size());
}

namespace {

// A test store whose database appends to an audit witness of its own, as the server's does.
class WitnessedTestStore final : public TestStore {
 public:
  static base::Result<std::unique_ptr<TestStore>> Wrap(std::unique_ptr<TestStore> inner) {
    auto scratch = std::make_unique<ScratchDir>("np-witness");
    NP_ASSIGN_OR_RETURN(
        std::unique_ptr<AuditWitness> witness,
        AuditWitness::Open((scratch->path() / "audit.witness").string(), TestAuditKey()));
    inner->db().set_audit_witness(witness.get());
    return std::unique_ptr<TestStore>(
        new WitnessedTestStore(std::move(scratch), std::move(inner), std::move(witness)));
  }
  ~WitnessedTestStore() override { inner_->db().set_audit_witness(nullptr); }

  Database& db() override { return inner_->db(); }
  std::string_view backend() const override { return inner_->backend(); }
  base::Result<int64_t> CountOverlaps() override { return inner_->CountOverlaps(); }
  base::Result<std::vector<std::string>> RawQuery(const std::string& sql) override {
    return inner_->RawQuery(sql);
  }
  std::string witness_path() const override { return witness_->path(); }

 private:
  WitnessedTestStore(std::unique_ptr<ScratchDir> scratch, std::unique_ptr<TestStore> inner,
                     std::unique_ptr<AuditWitness> witness)
      : scratch_(std::move(scratch)), inner_(std::move(inner)), witness_(std::move(witness)) {}
  std::unique_ptr<ScratchDir> scratch_;
  std::unique_ptr<TestStore> inner_;
  std::unique_ptr<AuditWitness> witness_;
};

}  // namespace

base::Result<std::unique_ptr<TestStore>> OpenTestStore(std::string_view backend,
                                                       const base::Clock& clock) {
  std::unique_ptr<TestStore> store;
  if (backend == "sqlite") {
    NP_ASSIGN_OR_RETURN(store, SqliteTestStore::Open(clock));
  } else if (backend == "postgres") {
    NP_ASSIGN_OR_RETURN(store, PostgresTestStore::Open(clock));
  } else if (backend == "memory") {
    store = std::make_unique<MemoryTestStore>(clock);
  } else {
    return base::Fail(base::InvalidArgument("unknown backend"));
  }
  return WitnessedTestStore::Wrap(std::move(store));
}

base::Timestamp At(int minutes) {
  return base::Timestamp(std::chrono::sys_days(std::chrono::year(2026) / 12 / 1) +
                         std::chrono::minutes(minutes));
}

base::Result<SeededClinic> SeedClinic(Database& db, std::string_view slug_prefix) {
  SeededClinic seed;
  NP_ASSIGN_OR_RETURN(seed.clinic,
                      db.CreateClinic({UniqueSlug(slug_prefix), "Harbour Skin", "Europe/London"}));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<Transaction> tx, db.Begin(seed.clinic.id, Access::kWrite));
  auto user = [&](std::string email, domain::Role role) {
    domain::User u;
    u.email = std::move(email);
    u.display_name = "Staff " + u.email;
    u.role = role;
    u.password_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaA";
    return tx->users().Create(u);
  };
  NP_ASSIGN_OR_RETURN(seed.owner, user("owner@example.test", domain::Role::kOwner));
  NP_ASSIGN_OR_RETURN(seed.provider, user("nurse@example.test", domain::Role::kProvider));
  NP_ASSIGN_OR_RETURN(seed.provider2, user("derm@example.test", domain::Role::kProvider));
  NP_ASSIGN_OR_RETURN(seed.front_desk, user("desk@example.test", domain::Role::kFrontDesk));
  auto resource = [&](domain::ResourceKind kind, std::string name) {
    domain::Resource r;
    r.kind = kind;
    r.name = std::move(name);
    return tx->resources().Create(r);
  };
  NP_ASSIGN_OR_RETURN(seed.room, resource(domain::ResourceKind::kRoom, "Room 1"));
  NP_ASSIGN_OR_RETURN(seed.room2, resource(domain::ResourceKind::kRoom, "Room 2"));
  NP_ASSIGN_OR_RETURN(seed.device, resource(domain::ResourceKind::kDevice, "Pen A"));
  domain::Patient patient;
  patient.given_name = "Ada";
  patient.family_name = "Lovelace";
  patient.birth_date = *base::CivilDate::FromYmd(1988, 3, 14);
  patient.email = "ada@example.test";
  patient.phone = "+44 20 7946 0001";
  NP_ASSIGN_OR_RETURN(seed.patient, tx->patients().Create(patient));
  patient.given_name = "Grace";
  patient.family_name = "Hopper";
  patient.email = "grace@example.test";
  patient.phone = "+44 20 7946 0002";
  NP_ASSIGN_OR_RETURN(seed.patient2, tx->patients().Create(patient));
  NP_RETURN_IF_ERROR(tx->Commit());
  return seed;
}

domain::Consultation SampleConsultation(base::PatientId patient, base::UserId provider) {
  using base::CivilDate;
  using domain::Zone;
  const CivilDate assessed = *CivilDate::FromYmd(2026, 11, 20);
  domain::Consultation consultation;
  consultation.patient_id = patient;
  consultation.recorded_by = provider;
  domain::Intake& intake = consultation.intake;
  intake.assessed_on = assessed;
  intake.planned_date = assessed.AddDays(14);
  intake.birth_date = *CivilDate::FromYmd(1990, 2, 28);
  intake.fitzpatrick = 4;
  intake.areas = {Zone::kCheeks, Zone::kForehead};
  intake.concerns = {{domain::Concern::kAcneScars, domain::ConcernSubtype::kRolling, 3,
                      domain::ZoneSet{Zone::kCheeks}},
                     {domain::Concern::kFineLines, std::nullopt, 2, intake.areas}};
  intake.history.Insert(domain::HistoryCode::kHerpesHistory);
  intake.active = {{domain::ActiveCode::kAcne, domain::ZoneSet{Zone::kChin}}};
  intake.medications = {{domain::MedicationCode::kIsotretinoin, *CivilDate::FromYmd(2026, 8, 1)},
                        {domain::MedicationCode::kFishOil, std::nullopt}};
  intake.procedures = {{domain::ProcedureCode::kFiller, *CivilDate::FromYmd(2026, 11, 10),
                        domain::ZoneSet{Zone::kPerioral}}};
  intake.allergies.Insert(domain::AllergyCode::kLidocaine);
  intake.other_allergies = {"penicillin"};
  intake.other_medications = {"an unnamed herbal tea"};
  intake.other_conditions = {"migraine"};

  domain::Screening& screening = consultation.screening;
  screening.verdict = domain::Verdict::kDefer;
  screening.earliest_date = *CivilDate::FromYmd(2027, 2, 1);
  screening.findings = {{.code = domain::FindingCode::kIsotretinoin,
                         .level = domain::Level::kDefer,
                         .until = screening.earliest_date,
                         .actions = {},
                         .message = "Oral isotretinoin last taken 2026-08-01: wait 6 months.",
                         .evidence = "Spring 2017 found insufficient evidence to delay.",
                         .source = "seed 000",
                         .alternatives = {}},
                        {.code = domain::FindingCode::kHerpesHistory,
                         .level = domain::Level::kCaution,
                         .until = std::nullopt,
                         .actions = {domain::ActionCode::kAntiviralProphylaxis},
                         .message = "History of cold sores.",
                         .evidence = "",
                         .source = "seed 000",
                         .alternatives = {}}};
  screening.actions = {domain::ActionCode::kAntiviralProphylaxis};
  screening.protocol = {"needlepoint-default", "2.0.0"};
  screening.assessed_on = intake.assessed_on;
  screening.planned_date = intake.planned_date;
  screening.unscreened = {intake.other_medications, intake.other_conditions};
  return consultation;
}

domain::TreatmentPlan SamplePlan(const domain::Consultation& consultation) {
  using base::CivilDate;
  using domain::Depth;
  domain::TreatmentPlan plan;
  plan.patient_id = consultation.patient_id;
  plan.consultation_id = consultation.id;
  plan.protocol = consultation.screening.protocol;
  plan.created_by = consultation.recorded_by;
  domain::Plan& series = plan.plan;
  series.sessions = 6;
  series.interval = {28, 42};
  series.zones = {{.zone = domain::Zone::kCheeks,
                   .depth = {Depth::FromMm(1.0), Depth::FromMm(1.25)},
                   .concerns = {domain::Concern::kAcneScars},
                   .zone_default = {Depth::FromMm(0.5), Depth::FromMm(1.5)},
                   .hard_max = Depth::FromMm(2.0),
                   .pih_reduced = true,
                   .capped_by_zone = true,
                   .evidence = "cheek note"}};
  series.adjuncts = {{domain::AdjunctCode::kHyaluronicAcid, false, false, ""},
                     {domain::AdjunctCode::kPrp, false, false, ""},
                     {domain::AdjunctCode::kLedRed, true, false, ""}};
  const CivilDate first = *CivilDate::FromYmd(2027, 2, 1);
  for (int k = 0; k < 6; ++k) {
    const CivilDate day = first.AddDays(28 * k);
    series.schedule.push_back({k + 1, day});
    series.timelines.push_back(
        {.session = k + 1,
         .date = day,
         .prep = {{domain::PrepCode::kAntiviralProphylaxis, day.AddDays(-2), day.AddDays(5),
                   "Take the antiviral."}},
         .aftercare = {{domain::AftercareCode::kPeelsFacialsOk, day.AddDays(21), std::nullopt,
                        "Peels are fine from here."}}});
  }
  series.prep = series.timelines.front().prep;
  series.aftercare = series.timelines.front().aftercare;
  const CivilDate last = series.schedule.back().date;
  series.maintenance = domain::DateRange{last.AddMonths(6), last.AddMonths(12)};
  series.follow_up_photos = {last.AddMonths(1), last.AddMonths(3), last.AddMonths(6)};
  series.alternatives = {domain::AlternativeCode::kFillers};
  series.notes = {{"series", "Trials used 2-week intervals.", "Alam 2014"}};
  plan.zones = {{domain::Zone::kCheeks,
                 {Depth::FromMm(1.0), Depth::FromMm(1.25)},
                 {Depth::FromMm(1.0), Depth::FromMm(1.25)},
                 ""}};
  plan.overrides = {{domain::FindingCode::kIsotretinoin, "dermatologist agrees",
                     consultation.recorded_by, At(5)}};
  return plan;
}

}  // namespace needlepoint::storage::testing
