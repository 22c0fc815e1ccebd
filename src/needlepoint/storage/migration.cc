#include "needlepoint/storage/migration.h"

#include <algorithm>
#include <cctype>

namespace needlepoint::storage {

base::Result<std::vector<Migration>> ParseMigrations(std::span<const base::EmbeddedFile> files) {
  std::vector<Migration> out;
  for (const base::EmbeddedFile& file : files) {
    const std::string_view name = file.name;
    const bool shaped = name.size() > 9 && name.ends_with(".sql") && name[4] == '_' &&
                        std::all_of(name.begin(), name.begin() + 4, [](char c) {
                          return std::isdigit(static_cast<unsigned char>(c));
                        });
    if (!shaped) {
      return base::Fail(
          base::Internal("migration file '" + std::string(name) + "' is not named NNNN_what.sql"));
    }
    Migration migration;
    migration.version = std::stoi(std::string(name.substr(0, 4)));
    migration.name = std::string(name.substr(5, name.size() - 9));
    migration.sql = file.text;
    out.push_back(std::move(migration));
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.version < b.version; });
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].version != static_cast<int>(i) + 1) {
      return base::Fail(base::Internal("migrations must be numbered 1, 2, 3… without gaps"));
    }
  }
  return out;
}

base::Status CheckNotNewer(const SchemaState& state) {
  if (state.current > state.latest) {
    return base::FailedPrecondition(
        "the database schema is version " + std::to_string(state.current) +
        " but this needlepoint binary only knows up to version " + std::to_string(state.latest) +
        "; upgrade needlepoint before running it against this database");
  }
  return base::OkStatus();
}

base::Status CheckUsable(const SchemaState& state, bool require_current) {
  NP_RETURN_IF_ERROR(CheckNotNewer(state));
  if (require_current && state.current < state.latest) {
    return base::FailedPrecondition(
        "the database schema is version " + std::to_string(state.current) + ", needs " +
        std::to_string(state.latest) + ": run `needlepoint migrate` first");
  }
  return base::OkStatus();
}

}  // namespace needlepoint::storage
