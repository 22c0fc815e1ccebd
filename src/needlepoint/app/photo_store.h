// PhotoStore: the directory that keeps photo files (sanitized uploads, thumbnails, comparison
// overlays), outside any web root, each named by the SHA-256 of its bytes. The directory is
// created owner-only (0700) and every file owner-read/write (0600); a file is written to a
// temporary name, synced and linked into place, so a reader never sees half a file. The
// database rows name the files; this class only moves bytes.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "needlepoint/base/status.h"

namespace needlepoint::app {

class PhotoStore {
 public:
  // A store in `dir`, which is created (0700) by the first Put or by Prepare.
  explicit PhotoStore(std::filesystem::path dir) : dir_(std::move(dir)) {}
  // The store in `dir`, prepared (a server checks its directory before it starts).
  static base::Result<std::unique_ptr<PhotoStore>> Open(std::filesystem::path dir);

  // Creates the directory (and its parents) if missing and gives it mode 0700; kUnavailable
  // if it cannot be created or is not a directory.
  base::Status Prepare() const;

  // Writes `bytes` as file `name` (64 lower-case hex digits) unless a file of that name
  // exists (same name, same bytes). True if this call created it: the caller removes it
  // again if what it was written for fails. kInvalidArgument for another name.
  base::Result<bool> Put(std::string_view name, std::string_view bytes);
  // The file's bytes; kNotFound if missing.
  base::Result<std::string> Read(std::string_view name) const;
  // Removes the file; a missing one is not an error.
  void Remove(std::string_view name);

  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

// Whether `name` is a store name: 64 lower-case hex digits.
bool IsPhotoFileName(std::string_view name);

}  // namespace needlepoint::app
