// Login sessions, login throttling and uploaded protocols (the twin of sql_auth.cc).
#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {

using base::Result;

base::Status MemorySessions::Create(const domain::AuthSession& session) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.clinic_exists()) return MissingReference();
  NP_RETURN_IF_ERROR(CheckReference(c_.data().users, session.user_id));
  if (c_.data().sessions.contains(session.token_hash)) return DuplicateKey();
  domain::AuthSession stored = session;
  stored.clinic_id = c_.clinic();
  c_.Mutable().sessions.emplace(stored.token_hash, stored);
  return base::OkStatus();
}

Result<domain::AuthSession> MemorySessions::Get(std::string_view token_hash) {
  auto it = c_.data().sessions.find(token_hash);
  if (it == c_.data().sessions.end()) return base::Fail(base::NotFound("session not found"));
  return it->second;
}

base::Status MemorySessions::Touch(std::string_view token_hash, base::Timestamp last_seen) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().sessions.contains(token_hash)) return base::OkStatus();
  c_.Mutable().sessions.find(token_hash)->second.last_seen_at = last_seen;
  return base::OkStatus();
}

base::Status MemorySessions::Delete(std::string_view token_hash) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().sessions.contains(token_hash)) return base::OkStatus();
  auto& sessions = c_.Mutable().sessions;
  sessions.erase(sessions.find(token_hash));
  return base::OkStatus();
}

base::Status MemorySessions::DeleteForUser(base::UserId user) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  auto& sessions = c_.Mutable().sessions;
  std::erase_if(sessions, [&](const auto& entry) { return entry.second.user_id == user; });
  return base::OkStatus();
}

Result<domain::LoginThrottle> MemoryLoginAttempts::Get(std::string_view key) {
  auto it = c_.data().login_attempts.find(key);
  return it == c_.data().login_attempts.end() ? domain::LoginThrottle{} : it->second;
}

Result<std::optional<int>> MemoryLoginAttempts::CountAttempt(std::string_view key,
                                                             base::Timestamp now) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  // Atomic: a write transaction holds the twin's only writer gate.
  auto& attempts = c_.Mutable().login_attempts;
  auto it = attempts.find(key);
  if (it == attempts.end()) it = attempts.emplace(std::string(key), domain::LoginThrottle{}).first;
  if (it->second.locked_until > now) return std::optional<int>();
  return std::optional<int>(++it->second.failures);
}

base::Status MemoryLoginAttempts::BackOff(std::string_view key, base::Timestamp until) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().login_attempts.contains(key)) return base::OkStatus();
  c_.Mutable().login_attempts.find(key)->second.locked_until = until;
  return base::OkStatus();
}

base::Status MemoryLoginAttempts::Reset(std::string_view key) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().login_attempts.contains(key)) return base::OkStatus();
  auto& attempts = c_.Mutable().login_attempts;
  attempts.erase(attempts.find(key));
  return base::OkStatus();
}

Result<domain::StoredProtocol> MemoryProtocols::Active() {
  if (c_.data().protocols.empty()) {
    return base::Fail(base::NotFound("the clinic uses the built-in protocol"));
  }
  return c_.data().protocols.back();
}

Result<domain::StoredProtocol> MemoryProtocols::Find(std::string_view name,
                                                     std::string_view version) {
  for (const domain::StoredProtocol& stored : c_.data().protocols) {
    if (stored.name == name && stored.version == version) return stored;
  }
  return base::Fail(base::NotFound("no such protocol version"));
}

Result<domain::StoredProtocol> MemoryProtocols::Add(const domain::StoredProtocol& protocol) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  for (const domain::StoredProtocol& existing : c_.data().protocols) {
    if (existing.name == protocol.name && existing.version == protocol.version) {
      return base::Fail(DuplicateKey());
    }
  }
  NP_RETURN_IF_ERROR(CheckReference(c_.data().users, protocol.uploaded_by));
  domain::StoredProtocol stored = protocol;
  stored.clinic_id = c_.clinic();
  stored.seq = static_cast<int64_t>(c_.data().protocols.size()) + 1;
  stored.created_at = c_.Now();
  c_.Mutable().protocols.push_back(stored);
  return stored;
}

}  // namespace needlepoint::storage::memory
