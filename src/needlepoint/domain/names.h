// Names as people type them: a loose normal form for comparing names ("Retin-A" and "retin a"
// are one name) and "did you mean" suggestions for a name that matches nothing.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace needlepoint::domain {

// Lower-case ASCII with every run of spaces, hyphens and underscores turned into one space,
// trimmed: "  Retin-A " -> "retin a", "topical_retinoid" -> "topical retinoid".
std::string NormalizeName(std::string_view name);

// The optimal-string-alignment edit distance between `a` and `b` (insertions, deletions,
// substitutions and transpositions of neighbours each cost 1), capped at `cap` + 1.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t cap);

// Up to `limit` of `candidates` that `name` was probably meant to be, closest first: those
// within a small edit distance of it (1 for short names, up to 3 for long ones, compared in
// normal form), then those it is a prefix of. Empty when nothing is close.
std::vector<std::string> Suggestions(std::string_view name,
                                     std::span<const std::string_view> candidates,
                                     std::size_t limit = 3);

// " (did you mean 'a' or 'b'?)", or "" for no suggestions.
std::string DidYouMean(const std::vector<std::string>& suggestions);

}  // namespace needlepoint::domain
