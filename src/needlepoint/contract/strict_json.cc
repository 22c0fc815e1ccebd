#include "needlepoint/contract/strict_json.h"

#include <string>
#include <vector>

namespace needlepoint::contract {
namespace {

using nlohmann::json;

// A SAX handler that builds the DOM like nlohmann's own, but refuses duplicate keys and
// enforces the limits while parsing (before a hostile document is fully in memory).
class StrictDomBuilder {
 public:
  explicit StrictDomBuilder(const JsonLimits& limits) : limits_(limits) {}

  bool null() { return Value(nullptr); }
  bool boolean(bool value) { return Value(value); }
  bool number_integer(json::number_integer_t value) { return Value(value); }
  bool number_unsigned(json::number_unsigned_t value) { return Value(value); }
  bool number_float(json::number_float_t value, const json::string_t& /*text*/) {
    return Value(value);
  }
  bool string(json::string_t& value) {
    if (value.find('\0') != std::string::npos) {
      return Reject("a string contains the NUL character (\\u0000)");
    }
    if (value.size() > limits_.max_string_bytes) {
      return Reject("a string is longer than " + std::to_string(limits_.max_string_bytes) +
                    " bytes");
    }
    return Value(std::move(value));
  }
  bool binary(json::binary_t& /*value*/) { return Reject("binary values are not JSON"); }
  bool start_object(std::size_t /*elements*/) { return Open(json::object()); }
  bool key(json::string_t& name) {
    json& object = *stack_.back();
    if (object.contains(name)) {
      return Reject("duplicate key '" + name.substr(0, 64) + "'");
    }
    if (name.size() > limits_.max_string_bytes) return Reject("a key is too long");
    if (name.find('\0') != std::string::npos) return Reject("a key contains the NUL character");
    pending_ = &object[name];
    return true;
  }
  bool end_object() {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t /*elements*/) { return Open(json::array()); }
  bool end_array() {
    stack_.pop_back();
    return true;
  }
  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const json::exception& error) {
    std::string what = error.what();
    const std::size_t bracket = what.find("] ");
    if (what.starts_with("[json.exception") && bracket != std::string::npos) {
      what.erase(0, bracket + 2);
    }
    return Reject("invalid JSON: " + what);
  }

  json TakeRoot() { return std::move(root_); }
  const std::string& error() const { return error_; }

 private:
  bool Reject(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

  // Places `value` in the current container; returns the stored element.
  json* Place(json&& value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    *pending_ = std::move(value);
    return pending_;
  }

  template <typename T>
  bool Value(T&& value) {
    if (!stack_.empty() && stack_.back()->is_array() &&
        stack_.back()->size() >= limits_.max_array_items) {
      return Reject("an array has more than " + std::to_string(limits_.max_array_items) + " items");
    }
    Place(json(std::forward<T>(value)));
    return true;
  }

  bool Open(json&& container) {
    if (stack_.size() >= limits_.max_depth) {
      return Reject("nesting deeper than " + std::to_string(limits_.max_depth) + " levels");
    }
    if (!stack_.empty() && stack_.back()->is_array() &&
        stack_.back()->size() >= limits_.max_array_items) {
      return Reject("an array has more than " + std::to_string(limits_.max_array_items) + " items");
    }
    stack_.push_back(Place(std::move(container)));
    return true;
  }

  const JsonLimits& limits_;
  json root_;
  std::vector<json*> stack_;
  json* pending_ = nullptr;
  std::string error_;
};

}  // namespace

base::Result<nlohmann::json> ParseStrictJson(std::string_view text, const JsonLimits& limits) {
  // nlohmann's lexer takes a NUL byte for the end of the input and would ignore the rest;
  // JSON text never contains one (inside a string it must be written \u0000).
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return base::Fail(base::Status::Invalid(
        {{"/", "invalid JSON: a NUL byte at offset " + std::to_string(nul)}}, "invalid JSON"));
  }
  StrictDomBuilder builder(limits);
  const bool ok = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json,
                                  /*strict=*/true, /*ignore_comments=*/false);
  if (!ok) {
    return base::Fail(base::Status::Invalid(
        {{"/", builder.error().empty() ? "invalid JSON" : builder.error()}}, "invalid JSON"));
  }
  return builder.TakeRoot();
}

}  // namespace needlepoint::contract
