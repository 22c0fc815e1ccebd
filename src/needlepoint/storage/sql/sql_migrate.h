// The migration loop both SQL backends share: each pending migration and its
// schema_migrations row in one transaction, rolled back as a whole if any part fails.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string_view>

#include "needlepoint/base/clock.h"
#include "needlepoint/storage/migration.h"
#include "needlepoint/storage/sql/sql_session.h"

namespace needlepoint::storage::sql {

// Applies the migrations of `migrations` above `state.current`, up to `up_to` (default: all
// this binary knows). `exec` runs a parameterless script on `session`'s connection; `begin`
// is the backend's statement that opens a write transaction.
base::Status ApplyMigrations(SqlSession& session,
                             const std::function<base::Status(std::string_view)>& exec,
                             std::string_view begin, const SchemaState& state,
                             std::span<const Migration> migrations, std::optional<int> up_to,
                             const base::Clock& clock);

}  // namespace needlepoint::storage::sql
