// Set-password links (the twin of sql_password_tokens.cc): one per account, by hash.
#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {

using base::Result;

base::Status MemoryPasswordTokens::Put(const domain::PasswordToken& token) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  NP_RETURN_IF_ERROR(CheckReference(c_.data().users, token.user_id));
  if (token.created_by) NP_RETURN_IF_ERROR(CheckReference(c_.data().users, *token.created_by));
  for (const auto& [user, existing] : c_.data().password_tokens) {  // UNIQUE (token_hash)
    if (user != token.user_id && existing.token_hash == token.token_hash) return DuplicateKey();
  }
  domain::PasswordToken stored = token;
  stored.clinic_id = c_.clinic();
  c_.Mutable().password_tokens.insert_or_assign(token.user_id, stored);
  return base::OkStatus();
}

Result<domain::PasswordToken> MemoryPasswordTokens::Get(std::string_view token_hash) {
  for (const auto& [user, token] : c_.data().password_tokens) {
    if (token.token_hash == token_hash) return token;
  }
  return base::Fail(base::NotFound("link not found"));
}

Result<bool> MemoryPasswordTokens::Consume(std::string_view token_hash) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  for (const auto& [user, token] : c_.data().password_tokens) {
    if (token.token_hash == token_hash) {
      const base::UserId owner = user;
      c_.Mutable().password_tokens.erase(owner);
      return true;
    }
  }
  return false;
}

base::Status MemoryPasswordTokens::DeleteForUser(base::UserId user) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().password_tokens.contains(user)) return base::OkStatus();
  c_.Mutable().password_tokens.erase(user);
  return base::OkStatus();
}

}  // namespace needlepoint::storage::memory
