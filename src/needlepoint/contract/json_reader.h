// JsonObject: strict, path-accurate reading of one JSON object from untrusted input. Every
// getter marks its key as known, RejectUnknownKeys() reports the rest, and each problem is
// recorded with its JSON pointer ("/medications/1/code") so a caller can list all of them.
// An explicit null counts as absent for optional fields and as a wrong type for required ones.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::contract {

enum class Need { kRequired, kOptional };

// The problems found in one document.
class Problems {
 public:
  void Add(std::string path, std::string message) {
    problems_.push_back({std::move(path), std::move(message)});
  }
  bool empty() const { return problems_.empty(); }
  // An invalid-argument status listing every problem.
  base::Status ToStatus() && { return base::Status::Invalid(std::move(problems_)); }

 private:
  std::vector<base::FieldProblem> problems_;
};

// `path` + "/" + `key`, escaping '~' and '/' in the key as RFC 6901 requires.
std::string JsonPointer(std::string_view path, std::string_view key);
std::string JsonPointer(std::string_view path, std::size_t index);

// The JSON type of `value` in words ("a string", "an array", "null").
std::string_view JsonTypeName(const nlohmann::json& value);

class JsonObject {
 public:
  // Reads `value` as an object at `path` (e.g. "" for the document); reports a problem and
  // returns nullopt if it is not one.
  static std::optional<JsonObject> Open(const nlohmann::json& value, std::string path,
                                        Problems& problems);

  const std::string& path() const { return path_; }
  std::string PathOf(std::string_view key) const { return JsonPointer(path_, key); }
  Problems& problems() const { return *problems_; }

  // The value at `key` (marked known), or nullptr when absent, or null and optional.
  const nlohmann::json* Field(std::string_view key, Need need);
  std::optional<std::string> String(std::string_view key, Need need, std::size_t max_bytes = 200);
  std::optional<int64_t> Integer(std::string_view key, Need need, int64_t min, int64_t max);
  std::optional<bool> Bool(std::string_view key, Need need);
  std::optional<base::CivilDate> Date(std::string_view key, Need need);
  // An array at `key`; with `non_empty`, an empty array is a problem.
  const nlohmann::json* Array(std::string_view key, Need need, bool non_empty = false);

  // A code of vocabulary E at `key`, reporting "unknown medication 'x'".
  template <typename E>
  std::optional<E> Code(std::string_view key, Need need) {
    std::optional<std::string> name = String(key, need);
    if (!name) return std::nullopt;
    std::optional<E> code = domain::ParseCode<E>(*name);
    if (!code) problems_->Add(PathOf(key), domain::UnknownCodeMessage<E>(*name));
    return code;
  }

  // Reports every key no getter asked for.
  void RejectUnknownKeys() const;

 private:
  JsonObject(const nlohmann::json& object, std::string path, Problems& problems)
      : object_(&object), path_(std::move(path)), problems_(&problems) {}

  const nlohmann::json* object_;
  std::string path_;
  Problems* problems_;
  std::vector<std::string> known_;
};

// A code of vocabulary E from an array element (a string) at `path`.
template <typename E>
std::optional<E> CodeAt(const nlohmann::json& value, const std::string& path, Problems& problems) {
  if (!value.is_string()) {
    problems.Add(path, "must be a " + std::string(domain::CodeNoun<E>()) +
                           " code (a string), not " + std::string(JsonTypeName(value)));
    return std::nullopt;
  }
  const std::string& name = value.get_ref<const std::string&>();
  std::optional<E> code = domain::ParseCode<E>(name);
  if (!code) problems.Add(path, domain::UnknownCodeMessage<E>(name));
  return code;
}

}  // namespace needlepoint::contract
