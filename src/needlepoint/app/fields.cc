#include "needlepoint/app/fields.h"

#include <algorithm>

namespace needlepoint::app {

bool IsEmailAddress(std::string_view text) {
  return !text.empty() && text.size() <= 254 && text.find('@') != std::string_view::npos &&
         text.find_first_of(" \t\r\n<>") == std::string_view::npos;
}

std::string Trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return "";
  const size_t last = text.find_last_not_of(kSpace);
  return std::string(text.substr(first, last - first + 1));
}

std::string SlugProblem(std::string_view slug) {
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  const bool ok =
      slug.size() >= 2 && slug.size() <= 63 && alnum(slug.front()) && alnum(slug.back()) &&
      std::all_of(slug.begin(), slug.end(), [&](char c) { return alnum(c) || c == '-'; });
  return ok ? ""
            : "must be 2 to 63 lower-case letters, digits and hyphens, starting and ending with "
              "a letter or digit";
}

}  // namespace needlepoint::app
