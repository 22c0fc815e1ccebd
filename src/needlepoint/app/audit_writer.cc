#include "needlepoint/app/audit_writer.h"

#include <future>

namespace needlepoint::app {

AuditWriter::AuditWriter(storage::Database& db, std::size_t max_batch)
    : db_(db), max_batch_(max_batch), thread_([this] { Run(); }) {}

AuditWriter::~AuditWriter() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  thread_.join();
}

void AuditWriter::Submit(std::vector<storage::ClinicAuditEntry> entries, Callback done) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back({std::move(entries), std::move(done)});
  }
  ready_.notify_one();
}

base::Status AuditWriter::Write(std::vector<storage::ClinicAuditEntry> entries) {
  std::promise<base::Status> written;
  std::future<base::Status> result = written.get_future();
  Submit(std::move(entries), [&written](const base::Status& status) { written.set_value(status); });
  return result.get();
}

void AuditWriter::Run() {
  for (;;) {
    std::vector<Pending> batch;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything written
      std::size_t rows = 0;
      while (!queue_.empty() &&
             (batch.empty() || rows + queue_.front().entries.size() <= max_batch_)) {
        rows += queue_.front().entries.size();
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    std::vector<storage::ClinicAuditEntry> rows;
    for (const Pending& pending : batch) {
      rows.insert(rows.end(), pending.entries.begin(), pending.entries.end());
    }
    const base::Status status = db_.AppendAudit(rows);
    if (status.ok() || batch.size() == 1) {
      for (Pending& pending : batch) pending.done(status);
      continue;
    }
    // The batch failed as a whole: retry each request on its own, so one bad entry (or a
    // clinic that was just deleted) cannot fail its neighbours.
    for (Pending& pending : batch) pending.done(db_.AppendAudit(pending.entries));
  }
}

}  // namespace needlepoint::app
