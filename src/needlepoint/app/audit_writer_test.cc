// AuditWriter on the in-memory twin: every submitted request is answered once, with its rows
// stored; a request naming a clinic that does not exist fails alone, not its batch-mates;
// Stop() answers what was queued, and a submission after it is refused, never left hanging.
#include "needlepoint/app/audit_writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <vector>

#include "needlepoint/storage/memory/memory_test_support.h"

namespace needlepoint::app {
namespace {

using storage::memory::testing::MemoryDatabaseTest;

class AuditWriterTest : public MemoryDatabaseTest {
 protected:
  std::vector<storage::ClinicAuditEntry> Rows(base::ClinicId clinic, const std::string& action,
                                              int count = 1) {
    std::vector<storage::ClinicAuditEntry> rows;
    for (int i = 0; i < count; ++i) rows.push_back({clinic, Entry(action)});
    return rows;
  }
  int64_t Count(base::ClinicId clinic) {
    return static_cast<int64_t>(Read(clinic)->audit().List(AllRows()).value().size());
  }
};

TEST_F(AuditWriterTest, EveryRequestIsAnsweredOnceWithItsRowsStored) {
  AuditWriter writer(db_);
  constexpr int kRequests = 200;
  std::vector<std::promise<base::Status>> answers(kRequests);
  std::atomic<int> calls{0};
  for (int i = 0; i < kRequests; ++i) {
    writer.Submit(Rows(i % 2 == 0 ? harbour_ : meadow_, "patient.read", 1 + i % 3),
                  [&, i](const base::Status& status) {
                    ++calls;
                    answers[i].set_value(status);
                  });
  }
  int64_t expected[2] = {0, 0};
  for (int i = 0; i < kRequests; ++i) {
    EXPECT_TRUE(answers[i].get_future().get().ok()) << i;
    expected[i % 2] += 1 + i % 3;
  }
  writer.Stop();
  EXPECT_EQ(calls.load(), kRequests);
  EXPECT_EQ(Count(harbour_), expected[0]);
  EXPECT_EQ(Count(meadow_), expected[1]);
}

TEST_F(AuditWriterTest, ARequestForAMissingClinicFailsAloneNotItsBatch) {
  AuditWriter writer(db_);
  std::promise<base::Status> good1, bad, good2;
  // Queue all three behind a slow first request so that they share a batch.
  writer.Submit(Rows(harbour_, "patient.read", 400), [](const base::Status&) {});
  writer.Submit(Rows(harbour_, "patient.read"), [&](const base::Status& s) { good1.set_value(s); });
  writer.Submit(Rows(base::ClinicId(987654321), "patient.read"),
                [&](const base::Status& s) { bad.set_value(s); });
  writer.Submit(Rows(meadow_, "plan.read"), [&](const base::Status& s) { good2.set_value(s); });
  EXPECT_TRUE(good1.get_future().get().ok());
  EXPECT_FALSE(bad.get_future().get().ok());
  EXPECT_TRUE(good2.get_future().get().ok());
  writer.Stop();
  EXPECT_EQ(Count(harbour_), 401);
  EXPECT_EQ(Count(meadow_), 1);
}

TEST_F(AuditWriterTest, StopAnswersWhatWasQueuedAndRefusesWhatComesAfter) {
  AuditWriter writer(db_);
  std::atomic<int> ok{0};
  for (int i = 0; i < 50; ++i) {
    writer.Submit(Rows(harbour_, "patient.read"), [&](const base::Status& s) { ok += s.ok(); });
  }
  writer.Stop();
  EXPECT_EQ(ok.load(), 50);
  EXPECT_EQ(Count(harbour_), 50);

  bool answered = false;
  writer.Submit(Rows(harbour_, "patient.read"), [&](const base::Status& s) {
    answered = true;
    EXPECT_EQ(s.code(), base::StatusCode::kUnavailable);
  });
  EXPECT_TRUE(answered);
  EXPECT_EQ(Count(harbour_), 50);
  writer.Stop();  // idempotent
}

}  // namespace
}  // namespace needlepoint::app
