#include "needlepoint/protocol/toml_reader.h"

#include <algorithm>

namespace needlepoint::protocol {

void Diagnostics::Add(const toml::source_region& where, std::string message) {
  AddAtLine(where.begin.line, std::move(message));
}

void Diagnostics::AddAtLine(uint32_t line, std::string message) {
  std::string path = line > 0 ? file_ + ":" + std::to_string(line) : file_;
  problems_.push_back({std::move(path), std::move(message)});
}

const toml::node* TomlTable::Get(std::string_view key, Need need) {
  known_.emplace_back(key);
  const toml::node* node = table_->get(key);
  if (node == nullptr && need == Need::kRequired) {
    diagnostics_->Add(table_->source(), "missing '" + std::string(key) + "' in " + name());
  }
  return node;
}

const toml::node* TomlTable::Typed(std::string_view key, Need need, bool ok_type(const toml::node&),
                                   std::string_view type_name) {
  const toml::node* node = Get(key, need);
  if (node != nullptr && !ok_type(*node)) {
    diagnostics_->Add(node->source(), "'" + std::string(key) + "' in " + name() + " must be " +
                                          std::string(type_name));
    return nullptr;
  }
  return node;
}

std::optional<std::string> TomlTable::String(std::string_view key, Need need) {
  const toml::node* node = Typed(
      key, need, [](const toml::node& n) { return n.is_string(); }, "a string");
  if (node == nullptr) return std::nullopt;
  return std::string(*node->value<std::string_view>());
}

std::optional<int64_t> TomlTable::Integer(std::string_view key, Need need) {
  const toml::node* node = Typed(
      key, need, [](const toml::node& n) { return n.is_integer(); }, "an integer");
  if (node == nullptr) return std::nullopt;
  return node->value<int64_t>();
}

std::optional<double> TomlTable::Number(std::string_view key, Need need) {
  const toml::node* node = Typed(
      key, need, [](const toml::node& n) { return n.is_number(); }, "a number");
  if (node == nullptr) return std::nullopt;
  return node->value<double>();
}

std::optional<bool> TomlTable::Bool(std::string_view key, Need need) {
  const toml::node* node = Typed(
      key, need, [](const toml::node& n) { return n.is_boolean(); }, "true or false");
  if (node == nullptr) return std::nullopt;
  return node->value<bool>();
}

std::optional<TomlTable> TomlTable::Table(std::string_view key, Need need) {
  const toml::node* node = Typed(
      key, need, [](const toml::node& n) { return n.is_table(); }, "a table");
  if (node == nullptr) return std::nullopt;
  return TomlTable(*node->as_table(),
                   dotted_.empty() ? std::string(key) : dotted_ + "." + std::string(key),
                   *diagnostics_);
}

const toml::array* TomlTable::Array(std::string_view key, Need need) {
  const toml::node* node = Typed(
      key, need, [](const toml::node& n) { return n.is_array(); }, "an array");
  return node == nullptr ? nullptr : node->as_array();
}

void TomlTable::Problem(std::string_view key, std::string message) const {
  const toml::node* node = table_->get(key);
  diagnostics_->Add(node != nullptr ? node->source() : table_->source(), std::move(message));
}

void TomlTable::RejectUnknownKeys() const {
  for (auto&& [key, node] : *table_) {
    if (std::find(known_.begin(), known_.end(), key.str()) == known_.end()) {
      diagnostics_->Add(key.source(), "unknown key '" + std::string(key.str()) + "' in " + name());
    }
  }
}

}  // namespace needlepoint::protocol
