#include "needlepoint/storage/memory/memory_context.h"

namespace needlepoint::storage::memory {

MemoryContext::MemoryContext(MemoryStore& store, base::ClinicId clinic, Access access,
                             std::shared_ptr<const ClinicData> snapshot, const base::Clock& clock,
                             const AuditKey& key)
    : store_(store),
      clinic_(clinic),
      access_(access),
      snapshot_(std::move(snapshot)),
      clock_(clock),
      key_(key) {}

const ClinicData& MemoryContext::data() const {
  static const ClinicData kNothing;
  if (written_ != nullptr) return *written_;
  return snapshot_ != nullptr ? *snapshot_ : kNothing;
}

base::Status MemoryContext::CheckWritable() const {
  if (ended_) return base::FailedPrecondition("the transaction has already ended");
  if (access_ != Access::kWrite) {
    return base::Internal("a write was attempted in a read-only transaction");
  }
  return base::OkStatus();
}

ClinicData& MemoryContext::Mutable() {
  if (written_ == nullptr) written_ = std::make_shared<ClinicData>(data());
  return *written_;
}

std::shared_ptr<const ClinicData> MemoryContext::Finish() {
  ended_ = true;
  if (written_ == nullptr || snapshot_ == nullptr) {  // nothing written, or no such clinic
    written_ = nullptr;
    return nullptr;
  }
  // Keep reading what was written; it is immutable from now on.
  snapshot_ = std::move(written_);
  written_ = nullptr;
  return snapshot_;
}

}  // namespace needlepoint::storage::memory
