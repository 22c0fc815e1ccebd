// Errors on the wire: the one mapping from Status codes to HTTP statuses, and RFC 9457
// problem details (application/problem+json), with the field problems of a 400. A problem
// never carries a stack trace, SQL text or a file path: internal errors say only that they
// happened and which request to look up in the log.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "needlepoint/base/status.h"
#include "needlepoint/http/message.h"

namespace needlepoint::http {

// The HTTP status for `code` (the only place this mapping exists).
int HttpStatus(base::StatusCode code);

// A problem+json response for `status`. `instance` is the request path, `request_id` the
// id in the X-Request-Id header.
Response Problem(const base::Status& status, std::string_view instance,
                 std::string_view request_id);

// Problem(status, …) with extension members added to the body (RFC 9457 §3.2): what the
// caller needs to act on it, such as the candidates of a likely duplicate.
Response ProblemWithExtensions(const base::Status& status, std::string_view instance,
                               std::string_view request_id,
                               const nlohmann::ordered_json& extensions);

// A problem with an explicit HTTP status (404 without a route, 405, 413, 415, 431…).
Response ProblemWithStatus(int http_status, std::string_view detail, std::string_view instance,
                           std::string_view request_id);

}  // namespace needlepoint::http
