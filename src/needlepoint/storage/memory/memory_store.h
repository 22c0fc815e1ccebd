// MemoryStore: the state a MemoryDatabase shares with its transactions — every clinic's
// published data, the slug directory, the database-wide id sequence, and the gate that lets
// one writer in at a time. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/storage/memory/clinic_data.h"

namespace needlepoint::storage::memory {

class MemoryStore;

// The right to write, held by one transaction (or batch) at a time; given back when
// released or destroyed. Move-only.
class WriterLease {
 public:
  WriterLease() = default;
  explicit WriterLease(MemoryStore& store) : store_(&store) {}
  WriterLease(WriterLease&& other) noexcept : store_(std::exchange(other.store_, nullptr)) {}
  WriterLease& operator=(WriterLease&& other) noexcept;
  WriterLease(const WriterLease&) = delete;
  WriterLease& operator=(const WriterLease&) = delete;
  ~WriterLease() { Release(); }

  void Release();

 private:
  MemoryStore* store_ = nullptr;  // not owned
};

// A clinic's new data, to be published in place of its current data.
using ClinicChange = std::pair<base::ClinicId, std::shared_ptr<const ClinicData>>;

class MemoryStore {
 public:
  // How long AcquireWriter waits for the current writer before giving up (SQLite's busy
  // timeout plays the same part).
  static constexpr std::chrono::seconds kWriterWait{10};

  // Waits until no other writer holds the gate, then holds it. kUnavailable ("the database
  // is busy; retry") if that takes longer than kWriterWait.
  base::Result<WriterLease> AcquireWriter();

  // The clinic's published data (immutable, shared with other readers), or null if there is
  // no such clinic.
  std::shared_ptr<const ClinicData> Snapshot(base::ClinicId clinic) const;

  // Replaces the data of every clinic in `changes` at once: a reader sees all of them or
  // none, and a changed clinic slug moves in the directory. Changes to clinics that do not
  // exist are ignored. The caller holds the writer gate.
  void Publish(std::vector<ClinicChange> changes);

  // Adds a clinic with `data`; kConflict if `data.clinic.slug` is taken.
  base::Status AddClinic(std::shared_ptr<const ClinicData> data);
  // The clinic whose slug is `slug` (as published); kNotFound if none.
  base::Result<base::ClinicId> FindClinic(std::string_view slug) const;
  // Every clinic id, ascending.
  std::vector<base::ClinicId> ListClinics() const;

  // The next value of the database-wide id sequence (1, 2, 3 …); never handed out twice,
  // never given back.
  int64_t NextId() { return next_id_.fetch_add(1) + 1; }

 private:
  friend class WriterLease;
  void ReleaseWriter();

  mutable std::mutex mutex_;
  std::map<base::ClinicId, std::shared_ptr<const ClinicData>> clinics_;  // guarded by mutex_
  std::map<std::string, base::ClinicId, std::less<>> slugs_;             // guarded by mutex_

  std::mutex writer_mutex_;
  std::condition_variable writer_released_;
  bool writer_held_ = false;  // guarded by writer_mutex_

  std::atomic<int64_t> next_id_{0};
};

}  // namespace needlepoint::storage::memory
