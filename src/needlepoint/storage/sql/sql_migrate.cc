#include "needlepoint/storage/sql/sql_migrate.h"

#include <algorithm>
#include <string>

namespace needlepoint::storage::sql {

base::Status ApplyMigrations(SqlSession& session,
                             const std::function<base::Status(std::string_view)>& exec,
                             std::string_view begin, const SchemaState& state,
                             std::span<const Migration> migrations, std::optional<int> up_to,
                             const base::Clock& clock) {
  const int target = std::min(up_to.value_or(state.latest), state.latest);
  for (const Migration& migration : migrations) {
    if (migration.version <= state.current || migration.version > target) continue;
    NP_RETURN_IF_ERROR(exec(begin));
    base::Status applied = exec(migration.sql);
    if (applied.ok()) {
      applied = base::StatusOf(session.Execute(
          "INSERT INTO schema_migrations (version, name, applied_us) VALUES (?, ?, ?)",
          {migration.version, migration.name, clock.Now()}));
    }
    if (applied.ok()) applied = exec("COMMIT");
    if (!applied.ok()) {
      (void)exec("ROLLBACK");
      return base::Internal("migration " + std::to_string(migration.version) + " (" +
                            migration.name + ") failed and was rolled back: " + applied.message());
    }
  }
  return base::OkStatus();
}

}  // namespace needlepoint::storage::sql
