// The audit witness: the audit chain's head anchored outside the database. The hash chain
// (audit_chain.h) shows that no row was altered or removed *within* a chain, but whoever can
// write the database can cut the newest rows off and rewind the chain's recorded head, or
// wipe a clinic's chain, and the shorter chain still verifies. So every committed audit
// batch's head — (clinic, seq, hash) of its last row — is also appended, signed with a key
// derived from the audit key, to a witness file outside the database. `needlepoint audit
// verify` reads the witness files and reports a chain that ends before a witnessed row, or
// holds a different row at a witnessed sequence number, or a clinic that is gone.
//
// The file is text, one line each: a signed header ("np-audit-witness 1 <file id> <created>
// <tag>"), then records "<clinic> <seq> <hash> <tag>". Lines are appended with O_APPEND in a
// single write(2), so several processes on one machine may share a file. What it does and
// does not detect is in docs/SECURITY.md.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/storage/audit_chain.h"

namespace needlepoint::storage {

// A chain's head after a commit: its newest row.
struct WitnessedHead {
  base::ClinicId clinic;
  int64_t seq = 0;
  std::string hash;
};

class AuditWitness {
 public:
  // Opens the witness file at `path` for appending, creating it (mode 0600, with a signed
  // header, fsynced with its directory) if it does not exist. kFailedPrecondition if the file
  // exists but its header is not one signed with `key` (another key, or damaged);
  // kUnavailable if it cannot be opened or created. `on_error` is told when appending or
  // syncing fails (the rows committed meanwhile are not witnessed) and when it works again.
  static base::Result<std::unique_ptr<AuditWitness>> Open(
      const std::string& path, const AuditKey& key,
      std::function<void(const base::Status&)> on_error = {});
  ~AuditWitness();
  AuditWitness(const AuditWitness&) = delete;
  AuditWitness& operator=(const AuditWitness&) = delete;

  // Appends one signed record per head, in one write(2); the data reaches the disk with the
  // next Sync() (or, at the latest, within `kLazySync` by itself). Thread-safe.
  base::Status Record(std::span<const WitnessedHead> heads);
  // fdatasync if anything was recorded since the last sync. Thread-safe.
  base::Status Sync();

  const std::string& path() const { return path_; }

  // How long a record may wait for its fsync when nobody calls Sync().
  static constexpr std::chrono::milliseconds kLazySync{100};

 private:
  AuditWitness(std::string path, int fd, std::string key, std::string file_id,
               std::function<void(const base::Status&)> on_error);
  void Report(const base::Status& status);
  void SyncLoop();

  const std::string path_;
  const int fd_;
  const std::string key_;      // derived from the audit key
  const std::string file_id_;  // from the header; bound into every record's tag
  std::function<void(const base::Status&)> on_error_;
  std::mutex mutex_;
  std::condition_variable dirty_signal_;
  bool dirty_ = false;     // guarded by mutex_: recorded but not yet synced
  bool failing_ = false;   // guarded by mutex_
  bool stopping_ = false;  // guarded by mutex_
  std::thread syncer_;
};

// What a set of witness files say, read and checked.
struct WitnessLog {
  // Per clinic, every witnessed sequence number and its hash.
  std::map<base::ClinicId, std::map<int64_t, std::string>> heads;
  int64_t records = 0;
  // Problems with the files themselves: missing, unreadable, a header or record whose
  // signature is wrong (forged or altered). Each is tampering or loss to report.
  std::vector<std::string> problems;
  // Things worth saying that are not tampering (a last line cut short by a crash).
  std::vector<std::string> notes;
};

// Reads the witness files at `paths`, checking every line's signature against `key`.
WitnessLog ReadWitnessFiles(std::span<const std::string> paths, const AuditKey& key);

// Compares one clinic's chain (`rows`, the whole chain in order, already verified by
// VerifyChain) with what the witness recorded for it. Reports the first witnessed row the
// chain lacks (a truncated tail or a wiped chain: "rows were removed from the end") or holds
// differently (cut back and regrown).
ChainReport CheckAgainstWitness(std::span<const domain::AuditRecord> rows,
                                const std::map<int64_t, std::string>& witnessed);

}  // namespace needlepoint::storage
