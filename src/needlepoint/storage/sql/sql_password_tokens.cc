// Set-password links (invitations and password resets): one per account, stored by hash.
#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {

using base::Result;

base::Status SqlPasswordTokens::Put(const domain::PasswordToken& token) {
  return base::StatusOf(c_.session.Execute(
      "INSERT INTO password_tokens (clinic_id, user_id, token_hash, purpose, created_by, "
      "created_us, expires_us) VALUES (?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (clinic_id, user_id) DO UPDATE SET token_hash = excluded.token_hash, "
      "purpose = excluded.purpose, created_by = excluded.created_by, "
      "created_us = excluded.created_us, expires_us = excluded.expires_us",
      {c_.clinic, token.user_id, token.token_hash, domain::CodeName(token.purpose),
       token.created_by, token.created_at, token.expires_at}));
}

Result<domain::PasswordToken> SqlPasswordTokens::Get(std::string_view token_hash) {
  NP_ASSIGN_OR_RETURN(
      SqlRows rows, c_.session.Query("SELECT user_id, purpose, created_by, created_us, expires_us "
                                     "FROM password_tokens WHERE clinic_id = ? AND token_hash = ?",
                                     {c_.clinic, token_hash}));
  if (rows.empty()) return base::Fail(base::NotFound("link not found"));
  const SqlRow& row = rows.front();
  return domain::PasswordToken{
      .clinic_id = c_.clinic,
      .user_id = row.Id<base::UserId>(0),
      .token_hash = std::string(token_hash),
      .purpose = domain::ParseCode<domain::PasswordTokenPurpose>(row.Text(1))
                     .value_or(domain::PasswordTokenPurpose::kReset),
      .created_by = row.OptId<base::UserId>(2),
      .created_at = row.Time(3),
      .expires_at = row.Time(4)};
}

Result<bool> SqlPasswordTokens::Consume(std::string_view token_hash) {
  NP_ASSIGN_OR_RETURN(int64_t deleted, c_.session.Execute("DELETE FROM password_tokens "
                                                          "WHERE clinic_id = ? AND token_hash = ?",
                                                          {c_.clinic, token_hash}));
  return deleted > 0;
}

base::Status SqlPasswordTokens::DeleteForUser(base::UserId user) {
  return base::StatusOf(c_.session.Execute(
      "DELETE FROM password_tokens WHERE clinic_id = ? AND user_id = ?", {c_.clinic, user}));
}

}  // namespace needlepoint::storage::sql
