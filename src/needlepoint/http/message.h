// Requests and responses as the dispatcher sees them: plain values, independent of the
// network library, so the whole request pipeline can be tested without sockets.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace needlepoint::http {

enum class Method { kGet, kPost, kPut, kPatch, kDelete, kOther };

std::string_view MethodName(Method method);
Method ParseMethod(std::string_view name);

struct Request {
  Method method = Method::kGet;
  std::string target;  // as received: path and query
  std::string path;
  std::string query;                           // after '?', undecoded
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string client_address;
  bool keep_alive = true;
  // Set when the server refused the request before reading all of it (413: the body is over
  // the limit): the dispatcher answers this status after authenticating and auditing it like
  // any other request, without running the handler. 0: not refused.
  int refused_status = 0;
  std::string refused_detail;

  // The header's value, or "" if absent.
  std::string_view Header(std::string_view lower_name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  void SetHeader(std::string name, std::string value);
};

// Splits a query string into decoded key/value pairs (a key without '=' has an empty value).
// Returns false for malformed percent-encoding.
bool ParseQuery(std::string_view query, std::vector<std::pair<std::string, std::string>>& out);

}  // namespace needlepoint::http
