// What the handlers share: reading a strict JSON body, turning a Status into a problem
// response for the current request, and the set-cookie line of a session.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/contract/json_reader.h"
#include "needlepoint/http/problem.h"
#include "needlepoint/http/router.h"
#include "needlepoint/http/views.h"

namespace needlepoint::http {

// The problem response for `status` on this call.
inline Response Fail(const Call& call, const base::Status& status) {
  return Problem(status, call.request.path, call.context.request_id);
}

// The answer of a use case's `result`: its problem response when it failed, otherwise
// `view(value)` as JSON with `status`.
template <typename T, typename View>
Response Answer(const Call& call, const base::Result<T>& result, View&& view, int status = 200) {
  if (!result) return Fail(call, result.error());
  return JsonResponse(view(*result), status);
}

// {"items": [view(value), …]}, the shape of every list the API answers.
template <typename T, typename View>
Json Items(const std::vector<T>& values, View&& view) {
  Json items = Json::array();
  for (const T& value : values) items.push_back(view(value));
  return {{"items", std::move(items)}};
}

// The request body as strict JSON (no duplicate keys, UTF-8, within limits); kInvalidArgument
// otherwise. The document must be an object.
base::Result<nlohmann::json> JsonBody(const Call& call);

// Every problem collected while reading a body, or OK.
inline base::Status Check(contract::Problems& problems) {
  if (problems.empty()) return base::OkStatus();
  return std::move(problems).ToStatus();
}

// A positive whole number from query parameter `name`, or a problem at ?name.
std::optional<int64_t> QueryNumber(const std::string& name, const std::string& value,
                                   std::vector<base::FieldProblem>& problems);

// An image answer (a stored photo's bytes, "jpeg" or "png"): its own type, never sniffed,
// never stored by any cache.
Response ImageResponse(std::string_view format, std::string bytes);

// A Set-Cookie value for a `__Host-` cookie: Path=/, Secure, HttpOnly, SameSite=Strict.
std::string HostCookie(std::string_view name, const std::string& value, int max_age);

// Decoded query parameters; kInvalidArgument for unknown names or malformed encoding.
base::Result<std::vector<std::pair<std::string, std::string>>> QueryParams(
    const Call& call, std::initializer_list<std::string_view> allowed);

}  // namespace needlepoint::http

// In a handler (with a `Call& call` in scope): evaluates `rexpr` (a Result<T>); on error
// returns the problem response, otherwise assigns the value to `lhs` (which may declare it).
#define NP_ASSIGN_OR_RETURN_RESPONSE(lhs, rexpr) \
  NP_ASSIGN_OR_RETURN_RESPONSE_IMPL_(NP_CONCAT_(np_response_, __LINE__), lhs, rexpr)
#define NP_ASSIGN_OR_RETURN_RESPONSE_IMPL_(tmp, lhs, rexpr)                  \
  auto tmp = (rexpr);                                                        \
  if (!tmp.has_value()) return ::needlepoint::http::Fail(call, tmp.error()); \
  lhs = std::move(tmp).value()
