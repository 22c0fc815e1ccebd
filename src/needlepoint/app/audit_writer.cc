#include "needlepoint/app/audit_writer.h"

#include <spdlog/spdlog.h>

#include <iterator>
#include <optional>
#include <span>

namespace needlepoint::app {

AuditWriter::AuditWriter(storage::Database& db, storage::AuditDurability durability,
                         std::chrono::milliseconds sync_interval, std::size_t max_batch)
    : db_(db),
      durability_(durability),
      sync_interval_(sync_interval),
      max_batch_(max_batch),
      thread_([this] { Run(); }) {}

void AuditWriter::Stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  ready_.notify_all();
  thread_.join();
}

void AuditWriter::Submit(std::vector<storage::ClinicAuditEntry> entries, Callback done) {
  {
    std::lock_guard lock(mutex_);
    if (!stopping_) {
      queue_.push_back({std::move(entries), std::move(done)});
      ready_.notify_one();
      return;
    }
  }
  done(base::Unavailable("the server is stopping"));
}

void AuditWriter::Run() {
  using Clock = std::chrono::steady_clock;
  std::optional<Clock::time_point> unsynced_since;  // oldest commit not yet on disk
  auto sync = [&] {
    if (!unsynced_since) return;
    const base::Status synced = db_.Sync();
    if (synced.ok()) {
      unsynced_since.reset();
      return;
    }
    spdlog::error("cannot sync the audit log, retrying in {} ms: {}", sync_interval_.count(),
                  synced.ToString());
    unsynced_since = Clock::now();  // retry after one interval, not in a busy loop
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
    std::vector<std::size_t> ends;  // where each request's rows end in `rows`
    for (Pending& pending : batch) {
      std::move(pending.entries.begin(), pending.entries.end(), std::back_inserter(rows));
      ends.push_back(rows.size());
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
      std::size_t begin = 0;
      for (std::size_t i = 0; i < batch.size(); ++i) {
        const std::span<const storage::ClinicAuditEntry> own(rows.data() + begin, ends[i] - begin);
        batch[i].done(committed(db_.AppendAudit(own, durability_)));
        begin = ends[i];
      }
    }
    if (unsynced_since && Clock::now() - *unsynced_since >= sync_interval_) sync();
  }
}

}  // namespace needlepoint::app
