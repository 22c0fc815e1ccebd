#include "needlepoint/storage/memory/memory_store.h"

namespace needlepoint::storage::memory {

WriterLease& WriterLease::operator=(WriterLease&& other) noexcept {
  if (this != &other) {
    Release();
    store_ = std::exchange(other.store_, nullptr);
  }
  return *this;
}

void WriterLease::Release() {
  if (store_ != nullptr) std::exchange(store_, nullptr)->ReleaseWriter();
}

base::Result<WriterLease> MemoryStore::AcquireWriter() {
  std::unique_lock lock(writer_mutex_);
  if (!writer_released_.wait_for(lock, kWriterWait, [this] { return !writer_held_; })) {
    return base::Fail(base::Unavailable("the database is busy; retry"));
  }
  writer_held_ = true;
  return WriterLease(*this);
}

void MemoryStore::ReleaseWriter() {
  {
    std::lock_guard lock(writer_mutex_);
    writer_held_ = false;
  }
  writer_released_.notify_one();
}

std::shared_ptr<const ClinicData> MemoryStore::Snapshot(base::ClinicId clinic) const {
  std::lock_guard lock(mutex_);
  auto it = clinics_.find(clinic);
  return it == clinics_.end() ? nullptr : it->second;
}

void MemoryStore::Publish(std::vector<ClinicChange> changes) {
  std::lock_guard lock(mutex_);
  for (auto& [clinic, data] : changes) {
    auto it = clinics_.find(clinic);
    if (it == clinics_.end() || data == nullptr) continue;
    const std::string& old_slug = it->second->clinic.slug;
    if (data->clinic.slug != old_slug && !slugs_.contains(data->clinic.slug)) {
      slugs_.erase(old_slug);
      slugs_.emplace(data->clinic.slug, clinic);
    }
    it->second = std::move(data);
  }
}

base::Status MemoryStore::AddClinic(std::shared_ptr<const ClinicData> data) {
  std::lock_guard lock(mutex_);
  const base::ClinicId id = data->clinic.id;
  if (!slugs_.emplace(data->clinic.slug, id).second) return DuplicateKey();
  clinics_.emplace(id, std::move(data));
  return base::OkStatus();
}

base::Result<base::ClinicId> MemoryStore::FindClinic(std::string_view slug) const {
  std::lock_guard lock(mutex_);
  auto it = slugs_.find(slug);
  if (it == slugs_.end()) return base::Fail(base::NotFound("no such clinic"));
  return it->second;
}

std::vector<base::ClinicId> MemoryStore::ListClinics() const {
  std::lock_guard lock(mutex_);
  std::vector<base::ClinicId> out;
  out.reserve(clinics_.size());
  for (const auto& [id, data] : clinics_) out.push_back(id);
  return out;
}

}  // namespace needlepoint::storage::memory
