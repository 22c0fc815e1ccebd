// Reading JSON documents stored in a column: a stored document that no longer parses or reads
// is an internal error naming the record, never a silent default.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "needlepoint/base/status.h"

namespace needlepoint::storage::sql {

// Parses stored JSON text with `read`; kInternal naming `record` if it does not read.
template <typename T, typename Read>
base::Result<T> ReadStored(const std::string& text, std::string_view record, Read read) {
  const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
  if (document.is_discarded()) {
    return base::Fail(base::Internal(std::string(record) + ": the stored JSON does not parse"));
  }
  base::Result<T> value = read(document);
  if (!value) {
    return base::Fail(base::Internal(
        std::string(record) + ": the stored document does not read: " + value.error().ToString()));
  }
  return value;
}

}  // namespace needlepoint::storage::sql
