#include "needlepoint/app/photo_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace needlepoint::app {
namespace {

base::Status Errno(std::string_view what) {
  return base::Unavailable("photo store: " + std::string(what) + ": " + std::strerror(errno));
}

// Writes all of `bytes` to `fd`.
bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

void SyncDirectory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

bool IsPhotoFileName(std::string_view name) {
  return name.size() == 64 && name.find_first_not_of("0123456789abcdef") == std::string::npos;
}

base::Status PhotoStore::Prepare() const {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec || !std::filesystem::is_directory(dir_)) {
    return base::Unavailable("photo store: cannot create " + dir_.string());
  }
  if (::chmod(dir_.c_str(), 0700) != 0) return Errno("chmod " + dir_.string());
  return base::OkStatus();
}

base::Result<std::unique_ptr<PhotoStore>> PhotoStore::Open(std::filesystem::path dir) {
  auto store = std::make_unique<PhotoStore>(std::move(dir));
  NP_RETURN_IF_ERROR(store->Prepare());
  return store;
}

base::Result<bool> PhotoStore::Put(std::string_view name, std::string_view bytes) {
  if (!IsPhotoFileName(name)) return base::Fail(base::InvalidArgument("bad photo file name"));
  NP_RETURN_IF_ERROR(Prepare());
  const std::filesystem::path target = dir_ / std::string(name);
  if (::access(target.c_str(), F_OK) == 0) return false;
  static std::atomic<uint64_t> serial{0};
  const std::filesystem::path temp =
      dir_ / (".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return base::Fail(Errno("create"));
  const bool written = WriteAll(fd, bytes) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    base::Status status = Errno("write");
    ::unlink(temp.c_str());
    return base::Fail(std::move(status));
  }
  // link() never replaces: of two racing writers of the same file, one creates it.
  const int linked = ::link(temp.c_str(), target.c_str());
  const int link_errno = errno;
  ::unlink(temp.c_str());
  if (linked != 0) {
    if (link_errno == EEXIST) return false;
    errno = link_errno;
    return base::Fail(Errno("link"));
  }
  SyncDirectory(dir_);
  return true;
}

base::Result<std::string> PhotoStore::Read(std::string_view name) const {
  if (!IsPhotoFileName(name)) return base::Fail(base::NotFound("photo file not found"));
  std::ifstream in(dir_ / std::string(name), std::ios::binary);
  if (!in) return base::Fail(base::NotFound("photo file not found"));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return base::Fail(base::Unavailable("photo store: cannot read a file"));
  return std::move(bytes).str();
}

void PhotoStore::Remove(std::string_view name) {
  if (!IsPhotoFileName(name)) return;
  ::unlink((dir_ / std::string(name)).c_str());
}

}  // namespace needlepoint::app
