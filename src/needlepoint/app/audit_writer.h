// AuditWriter: records audited reads with group commit. Request threads submit entries with a
// completion callback; one writer thread appends everything queued in one database
// transaction and then calls each callback with the outcome. The HTTP layer sends a read's
// response only from that callback, so patient data never leaves the server before its audit
// row is on disk — and if the audit cannot be written the request fails closed.
//
// Durability (docs/SECURITY.md): in kSynced mode (the default) each batch is fsynced before
// its callbacks run; under load the fsync makes the batches larger, so this costs no
// throughput (docs/PERFORMANCE.md). In kCommitted mode a batch is only committed — it
// survives any crash of the server — and the writer fsyncs at least every `sync_interval`,
// so a power loss can lose at most that window's read-audit rows; never a write, and never
// a write's audit row.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "needlepoint/storage/database.h"

namespace needlepoint::app {

class AuditWriter {
 public:
  using Callback = std::function<void(const base::Status&)>;

  // Starts the writer thread. `db` must outlive the writer.
  explicit AuditWriter(storage::Database& db,
                       storage::AuditDurability durability = storage::AuditDurability::kSynced,
                       std::chrono::milliseconds sync_interval = std::chrono::milliseconds(100),
                       std::size_t max_batch = 512);
  // Writes what is queued, answers it, then stops the writer thread; later submissions are
  // refused. Idempotent. A server calls it once its I/O has stopped, while the event loops
  // the callbacks post to still exist.
  void Stop();
  ~AuditWriter() { Stop(); }
  AuditWriter(const AuditWriter&) = delete;
  AuditWriter& operator=(const AuditWriter&) = delete;

  // Queues `entries` (all of one request) and calls `done` from the writer thread once they
  // are durable, or with the error if they could not be written (then none of them is).
  void Submit(std::vector<storage::ClinicAuditEntry> entries, Callback done);

 private:
  struct Pending {
    std::vector<storage::ClinicAuditEntry> entries;
    Callback done;
  };
  void Run();

  storage::Database& db_;
  const storage::AuditDurability durability_;
  const std::chrono::milliseconds sync_interval_;
  const std::size_t max_batch_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Pending> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace needlepoint::app
