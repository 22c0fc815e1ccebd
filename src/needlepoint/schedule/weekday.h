// Weekday and WeekdaySet: the days of a clinic's week, named as the scheduling contract names
// them ("mon" … "sun").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "needlepoint/base/civil_date.h"

namespace needlepoint::schedule {

enum class Weekday : uint8_t { kMon, kTue, kWed, kThu, kFri, kSat, kSun };

inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"mon", "tue", "wed", "thu",
                                                                  "fri", "sat", "sun"};

inline Weekday WeekdayOf(base::CivilDate date) {
  return static_cast<Weekday>(date.iso_weekday() - 1);
}
inline std::string_view WeekdayName(Weekday day) {
  return kWeekdayNames[static_cast<std::size_t>(day)];
}
// The weekday named `name` ("mon"), or nullopt.
std::optional<Weekday> ParseWeekday(std::string_view name);

// A set of weekdays as seven bits. Default: every day.
class WeekdaySet {
 public:
  constexpr WeekdaySet() = default;
  static constexpr WeekdaySet None() { return WeekdaySet(0); }

  constexpr bool Contains(Weekday day) const { return (bits_ >> static_cast<int>(day)) & 1u; }
  constexpr void Insert(Weekday day) { bits_ |= static_cast<uint8_t>(1u << static_cast<int>(day)); }
  constexpr bool empty() const { return bits_ == 0; }

  friend constexpr bool operator==(WeekdaySet, WeekdaySet) = default;

 private:
  explicit constexpr WeekdaySet(uint8_t bits) : bits_(bits) {}
  uint8_t bits_ = 0x7f;
};

}  // namespace needlepoint::schedule
