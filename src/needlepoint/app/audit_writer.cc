#include "needlepoint/app/audit_writer.h"

#include <future>
#include <optional>

namespace needlepoint::app {

AuditWriter::AuditWriter(storage::Database& db, storage::AuditDurability durability,
                         std::chrono::milliseconds sync_interval, std::size_t max_batch)
    : db_(db),
      durability_(durability),
      sync_interval_(sync_interval),
      max_batch_(max_batch),
      thread_([this] { Run(); }) {}

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
  using Clock = std::chrono::steady_clock;
  std::optional<Clock::time_point> unsynced_since;  // oldest commit not yet on disk
  auto sync = [&] {
    if (!unsynced_since) return;
    base::Status synced = db_.Sync();
    if (synced.ok()) unsynced_since.reset();
  };
  for (;;) {
    std::vector<Pending> batch;
    {
      std::unique_lock lock(mutex_);
      if (unsynced_since) {
        ready_.wait_until(lock, *unsynced_since + sync_interval_,
                          [&] { return stopping_ || !queue_.empty(); });
      } else {
        ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      }
      if (queue_.empty()) {
        const bool stop = stopping_;
        lock.unlock();
        sync();  // the interval has passed, or we are stopping
        if (stop) return;
        continue;
      }
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
    const bool relaxed = durability_ == storage::AuditDurability::kCommitted;
    auto committed = [&](const base::Status& status) {
      if (status.ok() && relaxed && !unsynced_since) unsynced_since = Clock::now();
      return status;
    };
    const base::Status status = committed(db_.AppendAudit(rows, durability_));
    if (status.ok() || batch.size() == 1) {
      for (Pending& pending : batch) pending.done(status);
    } else {
      // The batch failed as a whole: retry each request on its own, so one bad entry (or a
      // clinic that was just deleted) cannot fail its neighbours.
      for (Pending& pending : batch) {
        pending.done(committed(db_.AppendAudit(pending.entries, durability_)));
      }
    }
    if (unsynced_since && Clock::now() - *unsynced_since >= sync_interval_) sync();
  }
}

}  // namespace needlepoint::app
