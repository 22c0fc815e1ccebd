// The audit witness (storage/audit_witness.h) on every backend: each commit that adds audit
// rows — write transactions, AppendAudit batches, a new clinic's empty chain — leaves the
// chain's head in the witness file, so that cutting rows off the end of a chain and rewinding
// its head, wiping a chain, or cutting a chain back and letting it grow again — which the
// hash chain alone cannot see — are reported (a removed clinic: http/testing/audit_test.cc).
// Tampering runs as the database owner with the append-only triggers out of the way (SQLite and
// PostgreSQL).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

class AuditWitnessTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) {
      GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
    }
    base::Result<std::unique_ptr<TestStore>> store = OpenTestStore(GetParam(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().ToString();
    store_ = std::move(*store);
    seed_ = SeedClinic(db(), "witness").value();
    other_ = SeedClinic(db(), "witness-other").value();
  }
  void TearDown() override {
    if (triggers_off_ && GetParam() == "postgres") {
      (void)store_->RawQuery("SELECT set_config('session_replication_role', 'origin', false)");
    }
  }

  Database& db() { return store_->db(); }
  base::ClinicId clinic() const { return seed_.clinic.id; }

  // Appends `count` rows to `clinic`'s chain, one write transaction each.
  void AppendRows(base::ClinicId clinic, int count, const std::string& action = "patient.read") {
    for (int i = 0; i < count; ++i) {
      auto tx = db().Begin(clinic, Access::kWrite);
      ASSERT_TRUE(tx.has_value()) << tx.error().ToString();
      domain::AuditEntry entry;
      entry.action = action;
      entry.object_type = "patient";
      ASSERT_TRUE((*tx)->audit().Append(entry).has_value());
      ASSERT_TRUE((*tx)->Commit().ok());
    }
  }

  WitnessLog Witness() {
    const std::vector<std::string> paths = {store_->witness_path()};
    return ReadWitnessFiles(paths, TestAuditKey());
  }

  // `clinic`'s chain report, checked against the witness or not (what `needlepoint audit
  // verify` does for each clinic).
  ChainReport Verify(base::ClinicId clinic, bool with_witness) {
    auto tx = db().Begin(clinic, Access::kRead);
    EXPECT_TRUE(tx.has_value());
    if (!tx) return {};
    const std::vector<domain::AuditRecord> rows =
        (*tx)->audit().List({.after_seq = 0, .limit = 100000}).value();
    const auto head = (*tx)->audit().Head().value();
    ChainReport report = VerifyChain(TestAuditKey(), rows, head.first, head.second);
    if (!report.ok || !with_witness) return report;
    const WitnessLog witness = Witness();
    auto it = witness.heads.find(clinic);
    return it == witness.heads.end() ? report : CheckAgainstWitness(rows, it->second);
  }

  // Runs `sql` as the database owner with the append-only triggers out of the way, as someone
  // with write access to the database would.
  void Tamper(const std::string& sql) {
    if (!triggers_off_) {
      if (GetParam() == "sqlite") {
        ASSERT_TRUE(store_->RawQuery("DROP TRIGGER audit_log_no_update").has_value());
        ASSERT_TRUE(store_->RawQuery("DROP TRIGGER audit_log_no_delete").has_value());
      } else {
        ASSERT_TRUE(
            store_->RawQuery("SELECT set_config('session_replication_role', 'replica', false)")
                .has_value());
      }
      triggers_off_ = true;
    }
    auto result = store_->RawQuery(sql);
    ASSERT_TRUE(result.has_value()) << sql << ": " << result.error().ToString();
  }
  std::string Where() const { return " WHERE clinic_id = " + clinic().ToString(); }
  // Cuts the chain back to its first `keep` rows and rewinds the head to match.
  void Truncate(int keep) {
    std::string hash = GenesisHash();
    if (keep > 0) {
      hash = store_
                 ->RawQuery("SELECT hash FROM audit_log" + Where() +
                            " AND seq = " + std::to_string(keep))
                 .value()
                 .front();
    }
    Tamper("DELETE FROM audit_log" + Where() + " AND seq > " + std::to_string(keep));
    Tamper("UPDATE audit_heads SET seq = " + std::to_string(keep) + ", hash = '" + hash + "'" +
           Where());
  }
  bool SqlBackend() const { return GetParam() != "memory"; }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic seed_;
  SeededClinic other_;
  bool triggers_off_ = false;
};

TEST_P(AuditWitnessTest, TheWitnessHoldsEveryChainsHeadAfterEveryKindOfCommit) {
  AppendRows(clinic(), 3);
  // A group-commit batch over two clinics, durable and relaxed.
  std::vector<ClinicAuditEntry> batch;
  for (int i = 0; i < 4; ++i) {
    domain::AuditEntry entry;
    entry.action = "plan.read";
    batch.push_back({i % 2 == 0 ? clinic() : other_.clinic.id, entry});
  }
  ASSERT_TRUE(db().AppendAudit(batch, AuditDurability::kSynced).ok());
  ASSERT_TRUE(db().AppendAudit(batch, AuditDurability::kCommitted).ok());
  ASSERT_TRUE(db().Sync().ok());
  const WitnessLog witness = Witness();
  EXPECT_TRUE(witness.problems.empty()) << witness.problems.front();
  for (base::ClinicId id : {clinic(), other_.clinic.id}) {
    auto tx = db().Begin(id, Access::kRead).value();
    const auto head = tx->audit().Head().value();
    ASSERT_TRUE(witness.heads.contains(id));
    const std::map<int64_t, std::string>& heads = witness.heads.at(id);
    EXPECT_TRUE(heads.contains(0)) << "the new clinic's empty chain was not witnessed";
    ASSERT_FALSE(heads.empty());
    EXPECT_EQ(heads.rbegin()->first, head.first);
    EXPECT_EQ(heads.rbegin()->second, head.second);
    EXPECT_TRUE(Verify(id, true).ok) << Verify(id, true).problem;
  }
  struct stat info {};
  ASSERT_EQ(stat(store_->witness_path().c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
}

// Regression (issue 8): with write access to the database, deleting the newest audit rows
// and rewinding audit_heads left a chain that verified.
TEST_P(AuditWitnessTest, AuditTailTruncationIsDetected) {
  if (!SqlBackend()) GTEST_SKIP() << "no SQL in the twin";
  AppendRows(clinic(), 6);
  ASSERT_TRUE(Verify(clinic(), true).ok);
  Truncate(3);
  const ChainReport chain_only = Verify(clinic(), false);
  EXPECT_TRUE(chain_only.ok) << "the chain alone was expected to miss this: " << chain_only.problem;
  const ChainReport report = Verify(clinic(), true);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 4) << report.problem;
  EXPECT_NE(report.problem.find("removed from the end"), std::string::npos) << report.problem;
  EXPECT_TRUE(Verify(other_.clinic.id, true).ok) << "an untouched clinic is reported";
}

// Regression (issue 8): wiping a clinic's chain and zeroing its head verified too.
TEST_P(AuditWitnessTest, AWipedChainIsDetected) {
  if (!SqlBackend()) GTEST_SKIP() << "no SQL in the twin";
  AppendRows(clinic(), 4);
  Truncate(0);
  EXPECT_TRUE(Verify(clinic(), false).ok);
  const ChainReport report = Verify(clinic(), true);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 1) << report.problem;
}

// Cut back, then grown again by the server itself (which holds the key): every row verifies
// against the key, but a witnessed row now differs.
TEST_P(AuditWitnessTest, AChainCutBackAndGrownAgainIsDetected) {
  if (!SqlBackend()) GTEST_SKIP() << "no SQL in the twin";
  AppendRows(clinic(), 6);
  Truncate(2);
  // Other rows than the ones cut (the same rows at the same moment would hash the same).
  AppendRows(clinic(), 5, "patient.update");
  EXPECT_TRUE(Verify(clinic(), false).ok);
  EXPECT_FALSE(Witness().problems.empty()) << "two signed records disagree on row 3";
  const ChainReport report = Verify(clinic(), true);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 3) << report.problem;
}

TEST_P(AuditWitnessTest, ADeletedForgedOrCutWitnessIsReported) {
  AppendRows(clinic(), 2);
  ASSERT_TRUE(db().Sync().ok());
  const std::string path = store_->witness_path();
  // A record whose signature was not made with the key.
  {
    std::ofstream out(path, std::ios::app);
    out << clinic().ToString() << " 1 " << std::string(64, 'a') << " " << std::string(32, '0')
        << "\n";
  }
  WitnessLog forged = Witness();
  ASSERT_EQ(forged.problems.size(), 1u);
  EXPECT_NE(forged.problems.front().find("signature is wrong"), std::string::npos)
      << forged.problems.front();
  // A last line cut short (a crash mid-write) is a note, not tampering.
  const std::string copy = path + ".copy";
  std::filesystem::copy_file(path, copy);
  {
    std::ofstream out(copy, std::ios::app);
    out << clinic().ToString() << " 3 abc";
  }
  const std::vector<std::string> copies = {copy};
  const WitnessLog cut = ReadWitnessFiles(copies, TestAuditKey());
  EXPECT_EQ(cut.notes.size(), 1u);
  EXPECT_EQ(cut.problems.size(), 1u) << "only the forged record";
  // Another key's witness, or one deleted.
  std::filesystem::remove(copy);
  AuditKey other = TestAuditKey();
  other[0] ^= 1;
  const std::vector<std::string> paths = {path};
  EXPECT_EQ(ReadWitnessFiles(paths, other).problems.size(), 1u);
  std::filesystem::remove(path);
  const WitnessLog missing = Witness();
  ASSERT_EQ(missing.problems.size(), 1u);
  EXPECT_NE(missing.problems.front().find("missing"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditWitnessTest,
                         ::testing::Values("sqlite", "postgres", "memory"), BackendName);

}  // namespace
}  // namespace needlepoint::storage::testing
