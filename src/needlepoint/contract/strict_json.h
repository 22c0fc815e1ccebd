// Strict JSON parsing for untrusted input (intake files, HTTP bodies): the document must be
// well-formed UTF-8 JSON with no duplicate object keys, within depth, string and array-size
// limits. A problem comes back as an invalid-argument Status naming the line and column.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

#include "needlepoint/base/status.h"

namespace needlepoint::contract {

struct JsonLimits {
  std::size_t max_depth = 32;
  std::size_t max_string_bytes = 64 * 1024;
  std::size_t max_array_items = 10'000;
};

// Parses `text` as one JSON document. Fails with kInvalidArgument (one problem at path "/")
// on a syntax error, a NUL byte anywhere, invalid UTF-8, a duplicate key, or a limit
// exceeded.
base::Result<nlohmann::json> ParseStrictJson(std::string_view text, const JsonLimits& limits = {});

}  // namespace needlepoint::contract
