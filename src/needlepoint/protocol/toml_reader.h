// TomlTable: strict, line-accurate reading of one TOML table. Every getter marks its key as
// known; RejectUnknownKeys() reports the rest, so a misspelled key in a clinic's protocol file
// is an error instead of a silently ignored rule. Problems go to a shared Diagnostics with
// "file:line" paths.
//
// Only protocol_loader.cc uses this; it keeps toml++ out of every other header.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/status.h"

namespace needlepoint::protocol {

class Diagnostics {
 public:
  explicit Diagnostics(std::string file) : file_(std::move(file)) {}
  void Add(const toml::source_region& where, std::string message);
  void AddAtLine(uint32_t line, std::string message);
  bool empty() const { return problems_.empty(); }
  std::vector<base::FieldProblem> Take() { return std::move(problems_); }

 private:
  std::string file_;
  std::vector<base::FieldProblem> problems_;
};

enum class Need { kRequired, kOptional };

class TomlTable {
 public:
  // `dotted` is the table's key path ("zones.cheeks"); empty for the document itself.
  TomlTable(const toml::table& table, std::string dotted, Diagnostics& diagnostics)
      : table_(&table), dotted_(std::move(dotted)), diagnostics_(&diagnostics) {}

  // How messages refer to the table: "[zones.cheeks]", or "the file" for the document.
  std::string name() const { return dotted_.empty() ? "the file" : "[" + dotted_ + "]"; }
  const toml::table& raw() const { return *table_; }
  Diagnostics& diagnostics() const { return *diagnostics_; }

  // The node at `key` (marked known), or nullptr; reports a missing required key.
  const toml::node* Get(std::string_view key, Need need);
  std::optional<std::string> String(std::string_view key, Need need);
  std::optional<int64_t> Integer(std::string_view key, Need need);
  // An integer or float.
  std::optional<double> Number(std::string_view key, Need need);
  std::optional<bool> Bool(std::string_view key, Need need);
  std::optional<TomlTable> Table(std::string_view key, Need need);
  const toml::array* Array(std::string_view key, Need need);

  // Reports a problem located at `key` (or at the table itself if the key is absent).
  void Problem(std::string_view key, std::string message) const;
  // Reports every key that no getter asked for.
  void RejectUnknownKeys() const;

 private:
  const toml::node* Typed(std::string_view key, Need need, bool ok_type(const toml::node&),
                          std::string_view type_name);

  const toml::table* table_;
  std::string dotted_;
  Diagnostics* diagnostics_;
  std::vector<std::string> known_;
};

}  // namespace needlepoint::protocol
