// The twin's transactions, tenancy and audit chain.
#include "needlepoint/storage/memory/memory_database.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "needlepoint/storage/memory/memory_test_support.h"

namespace needlepoint::storage::memory::testing {
namespace {

using base::StatusCode;
using namespace std::chrono_literals;  // NOLINT(google-build-using-namespace)

TEST_F(MemoryDatabaseTest, ClinicsAreFoundBySlugAndListedAscending) {
  EXPECT_EQ(db_.backend(), "memory");
  EXPECT_EQ(db_.FindClinic("meadow").value(), meadow_);
  EXPECT_EQ(db_.FindClinic("nowhere").error().code(), StatusCode::kNotFound);
  EXPECT_EQ(db_.ListClinics().value(), (std::vector<base::ClinicId>{harbour_, meadow_}));
  EXPECT_EQ(harbour_, base::ClinicId(1));  // ids start at 1
  auto duplicate = db_.CreateClinic({"meadow", "Other", "UTC"});
  EXPECT_EQ(duplicate.error().code(), StatusCode::kConflict);
  EXPECT_EQ(Read(meadow_)->clinic_settings().Get()->name, "Meadow Clinic");
}

TEST_F(MemoryDatabaseTest, AnotherClinicsRowsAnswerLikeMissingOnes) {
  const domain::Patient ada = AddPatient(harbour_, "Ada", "Lovelace");
  auto txn = Read(meadow_);
  EXPECT_EQ(txn->patients().Get(ada.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(txn->patients().Search({}).value().total, 0);
  EXPECT_TRUE(txn->consultations().ListForPatient(ada.id)->empty());
  auto writer = Write(meadow_);
  domain::Patient stale = ada;
  EXPECT_EQ(writer->patients().Update(stale).error().code(), StatusCode::kNotFound);
  domain::Consultation consultation;
  consultation.patient_id = ada.id;
  EXPECT_EQ(writer->consultations().Create(consultation).error().code(),
            StatusCode::kFailedPrecondition);
}

TEST_F(MemoryDatabaseTest, DestroyingAnUncommittedTransactionDiscardsItsWrites) {
  base::PatientId id;
  {
    auto txn = Write(harbour_);
    id = txn->patients().Create(NewPatient("Ada", "Lovelace"))->id;
    ASSERT_TRUE(txn->audit().Append(Entry("patient.create")).has_value());
    EXPECT_TRUE(txn->patients().Get(id).has_value());  // the transaction sees its own write
  }
  auto txn = Read(harbour_);
  EXPECT_EQ(txn->patients().Get(id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(txn->audit().Head()->first, 0);
  // The id was consumed all the same.
  EXPECT_GT(AddPatient(harbour_, "Grace", "Hopper").id, id);
}

TEST_F(MemoryDatabaseTest, ReadTransactionsRefuseWritesAndKeepTheirSnapshot) {
  const domain::Patient ada = AddPatient(harbour_, "Ada", "Lovelace");
  auto reader = Read(harbour_);
  auto created = reader->patients().Create(NewPatient("Grace", "Hopper"));
  EXPECT_EQ(created.error().code(), StatusCode::kInternal);
  EXPECT_EQ(created.error().message(), "a write was attempted in a read-only transaction");
  EXPECT_EQ(reader->audit().Append(Entry("x")).error().code(), StatusCode::kInternal);
  EXPECT_EQ(reader->patients().Update(ada).error().code(), StatusCode::kInternal);

  {
    auto writer = Write(harbour_);
    domain::Patient renamed = ada;
    renamed.family_name = "King";
    ASSERT_TRUE(writer->patients().Update(renamed).has_value());
    ASSERT_TRUE(writer->Commit().ok());
  }
  EXPECT_EQ(reader->patients().Get(ada.id)->family_name, "Lovelace");
  EXPECT_EQ(Read(harbour_)->patients().Get(ada.id)->family_name, "King");
}

TEST_F(MemoryDatabaseTest, CommitTwiceAndWritesAfterCommitFail) {
  auto txn = Write(harbour_);
  const domain::Patient ada = txn->patients().Create(NewPatient("Ada", "Lovelace")).value();
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(txn->Commit().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(txn->patients().Create(NewPatient("Grace", "Hopper")).error().code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(txn->patients().Get(ada.id)->given_name, "Ada");
}

TEST_F(MemoryDatabaseTest, ATransactionOnAMissingClinicSeesNothingAndWritesNothing) {
  auto txn = Write(base::ClinicId(999));
  EXPECT_EQ(txn->clinic_settings().Get().error().code(), StatusCode::kNotFound);
  EXPECT_EQ(txn->audit().Head().error().code(), StatusCode::kNotFound);
  EXPECT_EQ(txn->patients().Create(NewPatient("Ada", "Lovelace")).error().code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(txn->users().Create(NewStaff("a@b.c", domain::Role::kOwner, "A")).error().message(),
            "a referenced record does not exist");
  EXPECT_TRUE(txn->Commit().ok());
  EXPECT_EQ(db_.ListClinics()->size(), 2u);
}

TEST_F(MemoryDatabaseTest, AuditChainsVerifyPerClinic) {
  const base::ClinicId a = harbour_;
  const base::ClinicId b = meadow_;
  {
    auto txn = Write(a);
    EXPECT_EQ(txn->audit().Head().value(), std::make_pair(int64_t{0}, GenesisHash()));
    const domain::AuditRecord first = txn->audit().Append(Entry("session.login")).value();
    EXPECT_EQ(first.seq, 1);
    EXPECT_EQ(first.prev_hash, GenesisHash());
    EXPECT_EQ(first.hash, AuditRowHash(key_, first));
    ASSERT_TRUE(txn->Commit().ok());
  }
  clock_.Advance(1s);
  domain::AuditEntry read = Entry("patient.read");
  read.patient_id = base::PatientId(7);
  domain::AuditEntry search = Entry("patient.search");
  search.user_id = base::UserId(3);
  const std::vector<ClinicAuditEntry> batch = {{a, read}, {b, Entry("patient.read")}, {a, search}};
  ASSERT_TRUE(db_.AppendAudit(batch).ok());
  // A batch naming a missing clinic stores nothing.
  const std::vector<ClinicAuditEntry> bad = {{a, Entry("x")}, {base::ClinicId(99), Entry("y")}};
  EXPECT_EQ(db_.AppendAudit(bad).code(), StatusCode::kNotFound);

  for (auto [clinic, rows] : {std::pair{a, 3}, std::pair{b, 1}}) {
    auto txn = Read(clinic);
    const std::vector<domain::AuditRecord> log = txn->audit().List(AllRows()).value();
    ASSERT_EQ(log.size(), static_cast<size_t>(rows));
    const auto [head_seq, head_hash] = txn->audit().Head().value();
    const ChainReport report = VerifyChain(key_, log, head_seq, head_hash);
    EXPECT_TRUE(report.ok) << report.problem;
    EXPECT_EQ(report.rows, rows);
  }
  auto txn = Read(a);
  auto list = [&](auto&& filter) {
    AuditQuery query = AllRows();
    filter(query);
    std::vector<int64_t> seqs;
    const std::vector<domain::AuditRecord> rows = txn->audit().List(query).value();
    for (const domain::AuditRecord& row : rows) seqs.push_back(row.seq);
    return seqs;
  };
  using Seqs = std::vector<int64_t>;
  EXPECT_EQ(list([](AuditQuery& q) { q.action = "patient.search"; }), Seqs{3});
  EXPECT_EQ(list([](AuditQuery& q) { q.user_id = base::UserId(3); }), Seqs{3});
  EXPECT_EQ(list([](AuditQuery& q) { q.patient_id = base::PatientId(7); }), Seqs{2});
  EXPECT_EQ(list([](AuditQuery& q) { q.from = kMonday9am + 1s; }), (Seqs{2, 3}));
  EXPECT_EQ(list([](AuditQuery& q) { q.to = kMonday9am + 1s; }), Seqs{1});
  EXPECT_EQ(list([](AuditQuery& q) {
              q.after_seq = 1;
              q.limit = 1;
            }),
            Seqs{2});
}

TEST_F(MemoryDatabaseTest, ConcurrentWritersNeitherLoseRowsNorForkTheChain) {
  constexpr int kThreads = 8;
  constexpr int kAppends = 50;
  std::vector<std::thread> threads;
  std::atomic<int> failures = 0;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kAppends; ++i) {
        const base::ClinicId clinic = (t + i) % 2 == 0 ? harbour_ : meadow_;
        if (i % 3 == 0) {
          const std::vector<ClinicAuditEntry> batch = {{clinic, Entry("read")}};
          if (!db_.AppendAudit(batch).ok()) ++failures;
          continue;
        }
        auto txn = Write(clinic);
        if (!txn->audit().Append(Entry("write")).has_value() || !txn->Commit().ok()) {
          ++failures;
        }
        auto reader = Read(clinic);  // readers run alongside the writers
        if (!reader->audit().Head().has_value()) ++failures;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  int64_t total = 0;
  for (base::ClinicId clinic : {harbour_, meadow_}) {
    auto txn = Read(clinic);
    const std::vector<domain::AuditRecord> log = txn->audit().List(AllRows()).value();
    const auto [seq, hash] = txn->audit().Head().value();
    const ChainReport report = VerifyChain(key_, log, seq, hash);
    EXPECT_TRUE(report.ok) << report.problem;
    total += seq;
  }
  EXPECT_EQ(total, kThreads * kAppends);
}

TEST_F(MemoryDatabaseTest, ASecondWriterWaitsForTheFirst) {
  auto first = Write(harbour_);
  ASSERT_TRUE(first->patients().Create(NewPatient("Ada", "Lovelace")).has_value());
  std::atomic<bool> second_began = false;
  int64_t seen = -1;
  std::thread second([&] {
    auto txn = Write(harbour_);
    second_began = true;
    seen = txn->patients().Search({}).value().total;
  });
  std::this_thread::sleep_for(50ms);
  EXPECT_FALSE(second_began);
  ASSERT_TRUE(first->Commit().ok());
  second.join();
  EXPECT_TRUE(second_began);
  EXPECT_EQ(seen, 1);  // the second writer saw the first one's commit
}

}  // namespace
}  // namespace needlepoint::storage::memory::testing
