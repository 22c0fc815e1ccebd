// Test support for the storage suites: every backend behind one factory, a seeded clinic, and
// checks that go around the repositories (raw SQL) to verify what they guarantee.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::storage::testing {

// The key every test store uses for its audit chain.
const AuditKey& TestAuditKey();

// The PostgreSQL test cluster's connection URI (written by tools/pg-test-cluster.sh to the
// file named by NP_TEST_PG_URL_FILE), or "" when no cluster is running.
std::string TestPostgresUrl();
// Whether tests can run on `backend`: always, except PostgreSQL without the test cluster.
bool BackendAvailable(std::string_view backend);

// A new, empty PostgreSQL database in the test cluster; returns its connection URI.
base::Result<std::string> FreshPostgresDatabase();

// A slug no other test uses (tests share one PostgreSQL database and isolate by clinic).
std::string UniqueSlug(std::string_view prefix);

// A fresh directory under the test's temporary directory, removed with everything in it when
// the ScratchDir goes out of scope.
class ScratchDir {
 public:
  explicit ScratchDir(std::string_view prefix);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

class TestStore {
 public:
  virtual ~TestStore() = default;
  virtual Database& db() = 0;
  virtual std::string_view backend() const = 0;
  // Pairs of slot-holding appointments of one provider, room or device that overlap, in the
  // whole database, counted directly in SQL (the memory twin counts in C++).
  virtual base::Result<int64_t> CountOverlaps() = 0;
  // Runs `sql` outside the repositories as the database owner (verification only; not
  // supported by the memory twin). Returns the first column of every row as text.
  virtual base::Result<std::vector<std::string>> RawQuery(const std::string& sql) = 0;
  // The audit witness the database appends to (every test store has one of its own, in a
  // scratch directory, as the server has).
  virtual std::string witness_path() const { return ""; }
};

// "sqlite" (a fresh file), "postgres" (the shared test database) or "memory"; the database
// appends to an audit witness of its own (witness_path()).
base::Result<std::unique_ptr<TestStore>> OpenTestStore(std::string_view backend,
                                                       const base::Clock& clock);

// A clinic with an owner, two providers, a front-desk user, two rooms, a device and two
// patients — what most tests need.
struct SeededClinic {
  domain::Clinic clinic;
  domain::User owner;
  domain::User provider;
  domain::User provider2;
  domain::User front_desk;
  domain::Resource room;
  domain::Resource room2;
  domain::Resource device;
  domain::Patient patient;
  domain::Patient patient2;
};
base::Result<SeededClinic> SeedClinic(Database& db, std::string_view slug_prefix);

// A complete, valid consultation of `patient` recorded by `provider` (an intake with two zones,
// a dated isotretinoin deferral, a free-text medication) and the plan made from it (six
// sessions with dates, timelines and an override), built by hand: the storage tests check
// that every backend stores and reads these values back exactly.
domain::Consultation SampleConsultation(base::PatientId patient, base::UserId provider);
domain::TreatmentPlan SamplePlan(const domain::Consultation& consultation);

// Names parameterised tests after their backend ("sqlite").
inline std::string BackendName(const ::testing::TestParamInfo<std::string>& param) {
  return param.param;
}

// 2026-12-01 + `minutes`, UTC.
base::Timestamp At(int minutes);

}  // namespace needlepoint::storage::testing
