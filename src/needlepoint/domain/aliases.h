// Aliases: the names people write for a code — brand and generic drug names ("Accutane",
// "Retin-A", "Eliquis"), everyday words for a condition ("cold sores") — mapped to the
// contract's code. A clinic's protocol lists them (protocol/default.toml, [aliases.*]); the
// intake parser resolves them, and every output uses the canonical code.
//
// Matching ignores case and treats spaces, hyphens and underscores alike (names.h), so
// "Retin-A", "retin a" and "RETIN_A" are one name.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/names.h"

namespace needlepoint::domain {

template <typename E>
class AliasTable {
 public:
  // Adds `alias` for `code`. False (and nothing added) if the alias is empty in normal form,
  // or already names a code (a wire name, or an alias of a different code).
  bool Add(std::string_view alias, E code) {
    std::string key = NormalizeName(alias);
    if (key.empty() || ResolveWireName(key)) return false;
    auto [it, inserted] = by_name_.emplace(std::move(key), Entry{std::string(alias), code});
    return inserted || it->second.code == code;
  }

  // The code `name` names: its wire name written in any case and spacing ("Isotretinoin",
  // "topical retinoid") or an alias. nullopt if neither.
  std::optional<E> Resolve(std::string_view name) const {
    const std::string key = NormalizeName(name);
    if (std::optional<E> code = ResolveWireName(key)) return code;
    auto it = by_name_.find(key);
    if (it == by_name_.end()) return std::nullopt;
    return it->second.code;
  }

  // Every alias of `code`, as written in the protocol, in alphabetical order of normal form.
  std::vector<std::string> AliasesOf(E code) const {
    std::vector<std::string> out;
    for (const auto& [key, entry] : by_name_) {
      if (entry.code == code) out.push_back(entry.written);
    }
    return out;
  }

  // The wire names and every alias, for suggestions.
  std::vector<std::string_view> AllNames() const {
    std::vector<std::string_view> out(CodeTraits<E>::kNames.begin(), CodeTraits<E>::kNames.end());
    for (const auto& [key, entry] : by_name_) out.push_back(entry.written);
    return out;
  }

  bool empty() const { return by_name_.empty(); }

 private:
  struct Entry {
    std::string written;  // as the protocol spells it, for messages
    E code;
  };
  static std::optional<E> ResolveWireName(const std::string& normal) {
    for (E code : AllCodes<E>()) {
      if (NormalizeName(CodeName(code)) == normal) return code;
    }
    return std::nullopt;
  }

  std::map<std::string, Entry, std::less<>> by_name_;  // by normal form
};

// The vocabularies people write in their own words.
struct Aliases {
  AliasTable<MedicationCode> medications;
  AliasTable<HistoryCode> history;
  AliasTable<ActiveCode> active;
  AliasTable<AllergyCode> allergies;

  template <typename E>
  const AliasTable<E>& For() const {
    if constexpr (std::is_same_v<E, MedicationCode>) return medications;
    if constexpr (std::is_same_v<E, HistoryCode>) return history;
    if constexpr (std::is_same_v<E, ActiveCode>) return active;
    if constexpr (std::is_same_v<E, AllergyCode>) return allergies;
  }
};

// True for the vocabularies Aliases covers.
template <typename E>
inline constexpr bool kHasAliases =
    std::is_same_v<E, MedicationCode> || std::is_same_v<E, HistoryCode> ||
    std::is_same_v<E, ActiveCode> || std::is_same_v<E, AllergyCode>;

// "unknown medication 'acutane' (did you mean 'Accutane'?)", suggesting wire names and aliases.
template <typename E>
std::string UnknownCodeMessage(std::string_view name, const AliasTable<E>& aliases) {
  const std::vector<std::string_view> names = aliases.AllNames();
  return "unknown " + std::string(CodeNoun<E>()) + " '" + std::string(name.substr(0, 64)) + "'" +
         DidYouMean(Suggestions(name, names));
}

}  // namespace needlepoint::domain
