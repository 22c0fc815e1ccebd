#include "needlepoint/storage/audit_witness.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>

#include "needlepoint/security/sodium_init.h"

namespace needlepoint::storage {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "np-audit-witness";
constexpr std::size_t kTagBytes = 16;  // 128-bit tags keep lines short

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

// The witness's own key, so its tags can never be taken for row hashes or the reverse.
std::string WitnessKey(const AuditKey& key) {
  security::EnsureSodium();
  static constexpr std::string_view kLabel = "needlepoint audit witness key v1";
  unsigned char out[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256(out, reinterpret_cast<const unsigned char*>(kLabel.data()), kLabel.size(),
                         key.data());
  return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

std::string Tag(std::string_view key, std::string_view message) {
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                              key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()),
                                message.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&state, mac);
  return Hex(mac, kTagBytes);
}

std::string HeaderBody(std::string_view file_id, int64_t created_us) {
  return std::string(kMagic) + " 1 " + std::string(file_id) + " " + std::to_string(created_us);
}

std::string HeaderLine(std::string_view key, std::string_view file_id, int64_t created_us) {
  const std::string body = HeaderBody(file_id, created_us);
  return body + " " + Tag(key, "header " + body) + "\n";
}

std::string RecordBody(const WitnessedHead& head) {
  return head.clinic.ToString() + " " + std::to_string(head.seq) + " " + head.hash;
}

std::string RecordTag(std::string_view key, std::string_view file_id, std::string_view body) {
  return Tag(key, "record " + std::string(file_id) + " " + std::string(body));
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  while (!line.empty()) {
    const std::size_t space = line.find(' ');
    fields.push_back(line.substr(0, space));
    line = space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
  }
  return fields;
}

bool ParseInt(std::string_view text, int64_t& out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return !text.empty() && error == std::errc() && end == text.data() + text.size();
}

// The file id of a header line signed with `key`; "" if it is not one.
std::string FileIdOf(std::string_view key, std::string_view line) {
  const std::vector<std::string_view> fields = Fields(line);
  int64_t created = 0;
  if (fields.size() != 5 || fields[0] != kMagic || fields[1] != "1" || fields[2].size() != 32 ||
      !ParseInt(fields[3], created)) {
    return "";
  }
  const std::string body = HeaderBody(fields[2], created);
  if (fields[4].size() != 2 * kTagBytes ||
      sodium_memcmp(Tag(key, "header " + body).data(), fields[4].data(), 2 * kTagBytes) != 0) {
    return "";
  }
  return std::string(fields[2]);
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// The first line of `path` ("" if empty), or nullopt if it cannot be read.
std::optional<std::string> FirstLine(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

base::Result<std::unique_ptr<AuditWitness>> AuditWitness::Open(
    const std::string& path, const AuditKey& audit_key,
    std::function<void(const base::Status&)> on_error) {
  const std::string key = WitnessKey(audit_key);
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) {
    // A new witness: readable by the service's user only, its header on disk before use.
    fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
      unsigned char id[16];
      randombytes_buf(id, sizeof id);
      const int64_t now = std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
      const bool written = ::fchmod(fd, 0600) == 0 &&
                           WriteAll(fd, HeaderLine(key, Hex(id, sizeof id), now)) &&
                           ::fdatasync(fd) == 0;
      const int dir = ::open(parent.empty() ? "." : parent.c_str(), O_RDONLY | O_CLOEXEC);
      if (dir >= 0) {
        (void)::fsync(dir);  // the new name survives a power loss too
        ::close(dir);
      }
      if (!written) {
        ::close(fd);
        return base::Fail(base::Unavailable("cannot write the audit witness " + path));
      }
    } else if (errno == EEXIST) {
      fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);  // another process won
    }
  }
  if (fd < 0) {
    return base::Fail(
        base::Unavailable("cannot open the audit witness " + path + ": " + std::strerror(errno)));
  }
  std::optional<std::string> header = FirstLine(path);
  std::string file_id = header ? FileIdOf(key, *header) : "";
  if (file_id.empty()) {
    ::close(fd);
    return base::Fail(base::FailedPrecondition(
        "the audit witness " + path +
        " does not start with a header signed with this audit key (damaged, forged, or made "
        "with another key); see docs/OPERATIONS.md"));
  }
  return std::unique_ptr<AuditWitness>(
      new AuditWitness(path, fd, key, std::move(file_id), std::move(on_error)));
}

AuditWitness::AuditWitness(std::string path, int fd, std::string key, std::string file_id,
                           std::function<void(const base::Status&)> on_error)
    : path_(std::move(path)),
      fd_(fd),
      key_(std::move(key)),
      file_id_(std::move(file_id)),
      on_error_(std::move(on_error)),
      syncer_([this] { SyncLoop(); }) {}

AuditWitness::~AuditWitness() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  dirty_signal_.notify_all();
  syncer_.join();
  (void)Sync();
  ::close(fd_);
}

void AuditWitness::Report(const base::Status& status) {
  // Tell about a change of state only, not about every record while the disk is full.
  bool changed;
  {
    std::lock_guard lock(mutex_);
    changed = failing_ == status.ok();
    failing_ = !status.ok();
  }
  if (changed && on_error_) on_error_(status);
}

base::Status AuditWitness::Record(std::span<const WitnessedHead> heads) {
  if (heads.empty()) return base::OkStatus();
  std::string lines;
  for (const WitnessedHead& head : heads) {
    const std::string body = RecordBody(head);
    lines += body + " " + RecordTag(key_, file_id_, body) + "\n";
  }
  // One write(2) with O_APPEND: the lines land whole and in one piece, even with other
  // processes appending to the same file.
  base::Status status = WriteAll(fd_, lines)
                            ? base::OkStatus()
                            : base::Unavailable("cannot append to the audit witness " + path_ +
                                                ": " + std::strerror(errno));
  if (status.ok()) {
    {
      std::lock_guard lock(mutex_);
      dirty_ = true;
    }
    dirty_signal_.notify_one();
  }
  Report(status);
  return status;
}

base::Status AuditWitness::Sync() {
  {
    std::lock_guard lock(mutex_);
    if (!dirty_) return base::OkStatus();
    dirty_ = false;
  }
  base::Status status = ::fdatasync(fd_) == 0
                            ? base::OkStatus()
                            : base::Unavailable("cannot sync the audit witness " + path_);
  if (!status.ok()) {
    std::lock_guard lock(mutex_);
    dirty_ = true;
  }
  Report(status);
  return status;
}

void AuditWitness::SyncLoop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    dirty_signal_.wait(lock, [&] { return stopping_ || dirty_; });
    if (stopping_) return;
    // Give a caller's Sync() the chance to cover it; otherwise sync it ourselves.
    dirty_signal_.wait_for(lock, kLazySync, [&] { return stopping_; });
    if (stopping_) return;
    lock.unlock();
    (void)Sync();
    lock.lock();
  }
}

WitnessLog ReadWitnessFiles(std::span<const std::string> paths, const AuditKey& audit_key) {
  const std::string key = WitnessKey(audit_key);
  WitnessLog log;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      log.problems.push_back("the audit witness " + path + " is missing (deleted?)");
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line)) {
      log.problems.push_back("the audit witness " + path + " cannot be read, or is empty");
      continue;
    }
    const std::string file_id = FileIdOf(key, line);
    if (file_id.empty()) {
      log.problems.push_back("the audit witness " + path +
                             " does not start with a header signed with this audit key "
                             "(forged, damaged, or made with another key)");
      continue;
    }
    for (int64_t number = 2; std::getline(in, line); ++number) {
      const std::string where = path + ":" + std::to_string(number);
      if (in.eof()) {  // no newline: a write cut short by a crash
        log.notes.push_back(where + ": the last line is incomplete (cut short by a crash?); " +
                            "ignored");
        break;
      }
      const std::vector<std::string_view> fields = Fields(line);
      int64_t clinic = 0;
      int64_t seq = 0;
      if (fields.size() != 4 || !ParseInt(fields[0], clinic) || !ParseInt(fields[1], seq) ||
          fields[2].size() != 64 || fields[3].size() != 2 * kTagBytes) {
        log.problems.push_back(where + ": not a witness record (altered?)");
        continue;
      }
      const std::string body = line.substr(0, line.rfind(' '));
      if (sodium_memcmp(RecordTag(key, file_id, body).data(), fields[3].data(), 2 * kTagBytes) !=
          0) {
        log.problems.push_back(where + ": the record's signature is wrong (forged or altered)");
        continue;
      }
      std::map<int64_t, std::string>& heads = log.heads[base::ClinicId(clinic)];
      const auto [it, inserted] = heads.emplace(seq, std::string(fields[2]));
      if (!inserted && it->second != fields[2]) {
        // Two signed records disagree: the chain was cut back and written again before.
        log.problems.push_back(where + ": clinic " + std::to_string(clinic) + " row " +
                               std::to_string(seq) +
                               " was witnessed before with another hash (the chain was cut "
                               "back and written again)");
      }
      ++log.records;
    }
  }
  return log;
}

ChainReport CheckAgainstWitness(std::span<const domain::AuditRecord> rows,
                                const std::map<int64_t, std::string>& witnessed) {
  ChainReport report;
  report.rows = static_cast<int64_t>(rows.size());
  const int64_t last = rows.empty() ? 0 : rows.back().seq;
  for (const auto& [seq, hash] : witnessed) {
    if (seq == 0) continue;  // the clinic's empty chain at its creation
    if (seq > last) {
      report.ok = false;
      report.first_bad_seq = last + 1;
      report.problem = "the witness recorded row " + std::to_string(seq) +
                       " but the chain ends at row " + std::to_string(last) +
                       " (rows were removed from the end and the head rewound)";
      return report;
    }
    const domain::AuditRecord& row = rows[static_cast<std::size_t>(seq - 1)];
    if (row.seq != seq || row.hash != hash) {
      report.ok = false;
      report.first_bad_seq = seq;
      report.problem = "row " + std::to_string(seq) +
                       " is not the row the witness recorded (the chain was cut back and "
                       "written again)";
      return report;
    }
  }
  return report;
}

}  // namespace needlepoint::storage
