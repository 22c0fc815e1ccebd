// Closed vocabularies of the protocol contract (zones, concerns, medications, finding codes…)
// as enums, with one generic way to name them and to parse them from text.
//
// Each vocabulary specialises CodeTraits<E> with its wire names in enum order and a noun for
// error messages ("unknown medication 'isotretinion'"). Enums whose order matters for output
// (actions are reported sorted) are declared in that order.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/domain/names.h"

namespace needlepoint::domain {

template <typename E>
struct CodeTraits;  // static constexpr std::array<std::string_view, N> kNames; kNoun

template <typename E>
inline constexpr std::size_t kCodeCount = CodeTraits<E>::kNames.size();

// The wire name of `code` ("fine_lines").
template <typename E>
constexpr std::string_view CodeName(E code) {
  return CodeTraits<E>::kNames[static_cast<std::size_t>(code)];
}

// What kind of code E is, for messages ("medication").
template <typename E>
constexpr std::string_view CodeNoun() {
  return CodeTraits<E>::kNoun;
}

// The code named `name`, or nullopt if there is none (names are case-sensitive).
template <typename E>
constexpr std::optional<E> ParseCode(std::string_view name) {
  const auto& names = CodeTraits<E>::kNames;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

// "unknown zone 'cheek' (did you mean 'cheeks'?)": the suggestions are the wire names
// closest to `name`, if any are close.
template <typename E>
std::string UnknownCodeMessage(std::string_view name) {
  return "unknown " + std::string(CodeNoun<E>()) + " '" + std::string(name.substr(0, 64)) + "'" +
         DidYouMean(Suggestions(name, CodeTraits<E>::kNames));
}

// Every code of E in enum order.
template <typename E>
constexpr std::array<E, kCodeCount<E>> AllCodes() {
  std::array<E, kCodeCount<E>> all{};
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<E>(i);
  return all;
}

}  // namespace needlepoint::domain
