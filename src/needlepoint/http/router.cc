#include "needlepoint/http/router.h"

#include <charconv>

namespace needlepoint::http {
namespace {

// Whether `text` may be a {token}: 1 to 200 characters of base64url and '.'.
bool TokenText(std::string_view text) {
  if (text.empty() || text.size() > 200) return false;
  for (char c : text) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// A path word ({kind}, {slug}): 1 to 64 lower-case letters, digits, '-' and '_'.
bool IsWord(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

// Matches `path` against `pattern`, collecting {id} values and the other parameters' texts.
bool Matches(std::string_view pattern, std::string_view path, std::vector<int64_t>& ids,
             std::vector<std::string>& texts) {
  ids.clear();
  texts.clear();
  while (!pattern.empty() || !path.empty()) {
    if (pattern.empty() || path.empty() || pattern.front() != '/' || path.front() != '/') {
      return false;
    }
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    const std::string_view want = pattern.substr(0, pattern.find('/'));
    const std::string_view got = path.substr(0, path.find('/'));
    if (want == "{id}") {
      int64_t id = 0;
      const auto [end, error] = std::from_chars(got.data(), got.data() + got.size(), id);
      if (got.empty() || got.size() > 18 || got.front() == '0' || error != std::errc() ||
          end != got.data() + got.size()) {
        return false;
      }
      ids.push_back(id);
    } else if (want.starts_with("{token}")) {
      const std::string_view suffix = want.substr(7);
      if (got.size() <= suffix.size() || !got.ends_with(suffix)) return false;
      const std::string_view token = got.substr(0, got.size() - suffix.size());
      if (!TokenText(token)) return false;
      texts.emplace_back(token);
    } else if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
      if (!IsWord(got)) return false;
      texts.emplace_back(got);
    } else if (want != got) {
      return false;
    }
    pattern.remove_prefix(want.size());
    path.remove_prefix(got.size());
  }
  return true;
}

}  // namespace

Router::Match Router::Find(Method method, std::string_view path) const {
  Match match;
  std::vector<int64_t> ids;
  std::vector<std::string> texts;
  for (const Route& route : routes_) {
    if (!Matches(route.pattern, path, ids, texts)) continue;
    if (route.method == method) {
      match.route = &route;
      match.ids = ids;
      match.texts = texts;
      return match;
    }
    match.allowed.push_back(route.method);
    if (match.other == nullptr || (match.other->phi == Phi::kNone && route.phi != Phi::kNone)) {
      match.other = &route;
      match.ids = ids;
      match.texts = texts;
    }
  }
  return match;
}

}  // namespace needlepoint::http
