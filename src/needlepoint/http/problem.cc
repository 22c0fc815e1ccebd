#include "needlepoint/http/problem.h"

#include <nlohmann/json.hpp>

#include "needlepoint/contract/result_json.h"

namespace needlepoint::http {
namespace {

std::string_view Title(int status) {
  switch (status) {
    case 400:
      return "Invalid input";
    case 401:
      return "Authentication required";
    case 403:
      return "Forbidden";
    case 404:
      return "Not found";
    case 405:
      return "Method not allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Request body too large";
    case 415:
      return "Unsupported media type";
    case 422:
      return "Cannot be processed now";
    case 429:
      return "Too many requests";
    case 431:
      return "Request headers too large";
    case 503:
      return "Service unavailable";
    default:
      return "Internal error";
  }
}

std::string TypeFor(int status) {
  std::string title(Title(status));
  for (char& c : title) c = c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  return "urn:needlepoint:problem:" + title;
}

Response Build(int http_status, std::string detail, std::string_view instance,
               std::string_view request_id, const nlohmann::ordered_json* errors,
               const nlohmann::ordered_json* extensions = nullptr) {
  nlohmann::ordered_json body = {{"type", TypeFor(http_status)},
                                 {"title", Title(http_status)},
                                 {"status", http_status},
                                 {"detail", std::move(detail)},
                                 {"instance", std::string(instance.substr(0, 200))},
                                 {"request_id", std::string(request_id)}};
  if (errors != nullptr) body["errors"] = *errors;
  if (extensions != nullptr) {
    for (const auto& [key, value] : extensions->items()) {
      if (!body.contains(key)) body[key] = value;
    }
  }
  Response response;
  response.status = http_status;
  response.content_type = "application/problem+json";
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

}  // namespace

int HttpStatus(base::StatusCode code) {
  switch (code) {
    case base::StatusCode::kOk:
      return 200;
    case base::StatusCode::kInvalidArgument:
      return 400;
    case base::StatusCode::kUnauthenticated:
      return 401;
    case base::StatusCode::kPermissionDenied:
      return 403;
    case base::StatusCode::kNotFound:
      return 404;
    case base::StatusCode::kConflict:
      return 409;
    case base::StatusCode::kFailedPrecondition:
      return 422;
    case base::StatusCode::kResourceExhausted:
      return 429;
    case base::StatusCode::kUnavailable:
      return 503;
    case base::StatusCode::kInternal:
      return 500;
  }
  return 500;
}

Response Problem(const base::Status& status, std::string_view instance,
                 std::string_view request_id) {
  const int http_status = HttpStatus(status.code());
  if (http_status >= 500 && status.code() != base::StatusCode::kUnavailable) {
    // The message may name internals; the log has it under the request id.
    return Build(http_status, "an internal error occurred; quote the request id", instance,
                 request_id, nullptr);
  }
  if (!status.problems().empty()) {
    const nlohmann::ordered_json errors = contract::ProblemsToJson(status.problems());
    return Build(http_status, status.message(), instance, request_id, &errors);
  }
  return Build(http_status, status.message(), instance, request_id, nullptr);
}

Response ProblemWithExtensions(const base::Status& status, std::string_view instance,
                               std::string_view request_id,
                               const nlohmann::ordered_json& extensions) {
  const int http_status = HttpStatus(status.code());
  if (http_status >= 500) return Problem(status, instance, request_id);
  return Build(http_status, status.message(), instance, request_id, nullptr, &extensions);
}

Response ProblemWithStatus(int http_status, std::string_view detail, std::string_view instance,
                           std::string_view request_id) {
  return Build(http_status, std::string(detail), instance, request_id, nullptr);
}

}  // namespace needlepoint::http
