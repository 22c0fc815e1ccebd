#include "needlepoint/http/router.h"

#include <charconv>

namespace needlepoint::http {
namespace {

// A path word ({kind}, {slug}): 1 to 64 lower-case letters, digits, '-' and '_'.
bool IsWord(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

// Matches `path` against `pattern`, collecting {id} values and other {name} words.
bool Matches(std::string_view pattern, std::string_view path, std::vector<int64_t>& ids,
             std::vector<std::string>& words) {
  ids.clear();
  words.clear();
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
    } else if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
      if (!IsWord(got)) return false;
      words.emplace_back(got);
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
  std::vector<std::string> words;
  for (const Route& route : routes_) {
    if (!Matches(route.pattern, path, ids, words)) continue;
    if (route.method == method) {
      match.route = &route;
      match.ids = ids;
      match.words = words;
      return match;
    }
    match.allowed.push_back(route.method);
    if (match.other == nullptr || (match.other->phi == Phi::kNone && route.phi != Phi::kNone)) {
      match.other = &route;
      match.ids = ids;
      match.words = words;
    }
  }
  return match;
}

}  // namespace needlepoint::http
