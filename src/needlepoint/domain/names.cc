#include "needlepoint/domain/names.h"

#include <algorithm>
#include <numeric>

namespace needlepoint::domain {

std::string NormalizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (char c : name) {
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t cap) {
  const std::size_t longer = std::max(a.size(), b.size());
  const std::size_t shorter = std::min(a.size(), b.size());
  if (longer - shorter > cap) return cap + 1;
  // Three rows of the dynamic-programming table: two back (for transpositions), one back, now.
  std::vector<std::size_t> two_back(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      }
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], cap + 1);
}

std::vector<std::string> Suggestions(std::string_view name,
                                     std::span<const std::string_view> candidates,
                                     std::size_t limit) {
  const std::string wanted = NormalizeName(name.substr(0, 64));
  if (wanted.empty()) return {};
  const std::size_t allowed = wanted.size() <= 4 ? 1 : wanted.size() <= 9 ? 2 : 3;
  struct Scored {
    std::size_t score;
    std::string_view name;
  };
  std::vector<Scored> scored;
  for (std::string_view candidate : candidates) {
    const std::string normal = NormalizeName(candidate);
    const std::size_t distance = EditDistance(wanted, normal, allowed);
    if (distance <= allowed) {
      scored.push_back({distance, candidate});
    } else if (wanted.size() >= 3 && normal.starts_with(wanted)) {
      scored.push_back({allowed + 1, candidate});  // a prefix ranks after every close match
    }
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score < b.score; });
  std::vector<std::string> out;
  for (const Scored& s : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), s.name) == out.end()) out.emplace_back(s.name);
  }
  return out;
}

std::string DidYouMean(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return "";
  std::string out = " (did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i > 0) out += i + 1 == suggestions.size() ? " or " : ", ";
    out += "'" + suggestions[i] + "'";
  }
  return out + "?)";
}

}  // namespace needlepoint::domain
