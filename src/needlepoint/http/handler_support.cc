#include "needlepoint/http/handler_support.h"

#include <algorithm>
#include <charconv>

#include "needlepoint/contract/strict_json.h"

namespace needlepoint::http {

base::Result<nlohmann::json> JsonBody(const Call& call) {
  NP_ASSIGN_OR_RETURN(nlohmann::json body, contract::ParseStrictJson(call.request.body));
  if (!body.is_object()) {
    return base::Fail(base::Status::Invalid({{"/", "the body must be a JSON object"}}));
  }
  return body;
}

std::string HostCookie(std::string_view name, const std::string& value, int max_age) {
  return std::string(name) + "=" + value +
         "; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
}

base::Result<std::vector<std::pair<std::string, std::string>>> QueryParams(
    const Call& call, std::initializer_list<std::string_view> allowed) {
  std::vector<std::pair<std::string, std::string>> params;
  if (!ParseQuery(call.request.query, params)) {
    return base::Fail(base::Status::Invalid({{"?", "malformed query string"}}));
  }
  std::vector<base::FieldProblem> problems;
  for (const auto& [name, value] : params) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      problems.push_back({"?" + name.substr(0, 40), "unknown query parameter"});
    }
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  return params;
}

Response ImageResponse(std::string_view format, std::string bytes) {
  Response response;
  response.content_type = format == "png" ? "image/png" : "image/jpeg";
  response.body = std::move(bytes);
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Cache-Control", "private, no-store");
  return response;
}

std::optional<int64_t> QueryNumber(const std::string& name, const std::string& value,
                                   std::vector<base::FieldProblem>& problems) {
  int64_t number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < 1) {
    problems.push_back({"?" + name, "must be a positive whole number"});
    return std::nullopt;
  }
  return number;
}

}  // namespace needlepoint::http
