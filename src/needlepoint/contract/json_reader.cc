#include "needlepoint/contract/json_reader.h"

#include <algorithm>

namespace needlepoint::contract {

using nlohmann::json;

std::string JsonPointer(std::string_view path, std::string_view key) {
  std::string out(path);
  out += '/';
  for (char c : key.substr(0, 64)) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string JsonPointer(std::string_view path, std::size_t index) {
  return std::string(path) + "/" + std::to_string(index);
}

std::string_view JsonTypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "an array";
    case json::value_t::string:
      return "a string";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "an integer";
    case json::value_t::number_float:
      return "a fractional number";
    default:
      return "an unsupported value";
  }
}

std::optional<JsonObject> JsonObject::Open(const json& value, std::string path,
                                           Problems& problems) {
  if (!value.is_object()) {
    problems.Add(path.empty() ? "/" : path,
                 "must be an object, not " + std::string(JsonTypeName(value)));
    return std::nullopt;
  }
  return JsonObject(value, std::move(path), problems);
}

const json* JsonObject::Field(std::string_view key, Need need) {
  known_.emplace_back(key);
  auto it = object_->find(key);
  const bool absent = it == object_->end() || (it->is_null() && need == Need::kOptional);
  if (absent) {
    if (need == Need::kRequired) problems_->Add(PathOf(key), "is required");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonObject::String(std::string_view key, Need need,
                                              std::size_t max_bytes) {
  const json* value = Field(key, need);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    problems_->Add(PathOf(key), "must be a string, not " + std::string(JsonTypeName(*value)));
    return std::nullopt;
  }
  const std::string& text = value->get_ref<const std::string&>();
  if (text.size() > max_bytes) {
    problems_->Add(PathOf(key), "is longer than " + std::to_string(max_bytes) + " bytes");
    return std::nullopt;
  }
  return text;
}

std::optional<int64_t> JsonObject::Integer(std::string_view key, Need need, int64_t min,
                                           int64_t max) {
  const json* value = Field(key, need);
  if (value == nullptr) return std::nullopt;
  std::optional<int64_t> number;
  if (value->is_number_integer()) {
    if (value->is_number_unsigned()) {
      const uint64_t u = value->get<uint64_t>();
      if (u <= static_cast<uint64_t>(INT64_MAX)) number = static_cast<int64_t>(u);
    } else {
      number = value->get<int64_t>();
    }
  }
  if (!value->is_number_integer()) {
    problems_->Add(PathOf(key), "must be a whole number, not " + std::string(JsonTypeName(*value)));
    return std::nullopt;
  }
  if (!number || *number < min || *number > max) {
    problems_->Add(PathOf(key), "must be between " + std::to_string(min) + " and " +
                                    std::to_string(max) + ", not " + value->dump());
    return std::nullopt;
  }
  return number;
}

std::optional<bool> JsonObject::Bool(std::string_view key, Need need) {
  const json* value = Field(key, need);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    problems_->Add(PathOf(key), "must be true or false, not " + std::string(JsonTypeName(*value)));
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<base::CivilDate> JsonObject::Date(std::string_view key, Need need) {
  std::optional<std::string> text = String(key, need, 64);
  if (!text) return std::nullopt;
  base::Result<base::CivilDate> date = base::CivilDate::Parse(*text);
  if (!date) {
    problems_->Add(PathOf(key), date.error().message());
    return std::nullopt;
  }
  return *date;
}

const json* JsonObject::Array(std::string_view key, Need need, bool non_empty) {
  const json* value = Field(key, need);
  if (value == nullptr) return nullptr;
  if (!value->is_array()) {
    problems_->Add(PathOf(key), "must be an array, not " + std::string(JsonTypeName(*value)));
    return nullptr;
  }
  if (non_empty && value->empty()) {
    problems_->Add(PathOf(key), "must not be empty");
    return nullptr;
  }
  return value;
}

void JsonObject::RejectUnknownKeys() const {
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    if (std::find(known_.begin(), known_.end(), it.key()) == known_.end()) {
      problems_->Add(PathOf(it.key()), "unknown field '" + it.key().substr(0, 64) + "'");
    }
  }
}

}  // namespace needlepoint::contract
