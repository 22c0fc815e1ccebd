// CivilDate: a calendar date with no time or zone ("2026-11-20"), as clinics write them.
//
// Stored as days since 1970-01-01, so comparison and day arithmetic are integer operations.
// Month arithmetic follows the protocol contract: add calendar months, then clamp to the last
// day of the month (2026-08-31 + 6 months = 2027-02-28).
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/base/status.h"

namespace needlepoint::base {

class CivilDate {
 public:
  constexpr CivilDate() = default;  // 1970-01-01

  // The date `days` days after 1970-01-01 (negative: before).
  static constexpr CivilDate FromDays(int32_t days) { return CivilDate(days); }
  // The date year-month-day, or nullopt if there is no such day (2026-02-30).
  static std::optional<CivilDate> FromYmd(int year, unsigned month, unsigned day);
  static CivilDate FromChrono(std::chrono::sys_days days) {
    return CivilDate(static_cast<int32_t>(days.time_since_epoch().count()));
  }

  // Parses exactly "YYYY-MM-DD" (four-digit year, two-digit month and day). Rejects any other
  // shape, surrounding spaces and non-existent days with a message saying which.
  static Result<CivilDate> Parse(std::string_view text);

  int year() const;
  unsigned month() const;
  unsigned day() const;
  constexpr int32_t days_since_epoch() const { return days_; }
  // The ISO weekday: 1 Monday … 7 Sunday.
  constexpr int iso_weekday() const {
    // 1970-01-01 was a Thursday (4); the C++ remainder of a negative number is negative.
    const int r = static_cast<int>((days_ + 3) % 7);
    return (r < 0 ? r + 7 : r) + 1;
  }
  std::chrono::sys_days ToChrono() const { return std::chrono::sys_days(std::chrono::days(days_)); }

  constexpr CivilDate AddDays(int32_t n) const { return CivilDate(days_ + n); }
  // Adds calendar months (negative subtracts), clamping the day to the end of the month.
  CivilDate AddMonths(int n) const;
  CivilDate AddYears(int n) const { return AddMonths(12 * n); }
  // Whole days from this date to `later` (negative if `later` is earlier).
  constexpr int32_t DaysUntil(CivilDate later) const { return later.days_ - days_; }

  // "YYYY-MM-DD".
  std::string ToString() const;

  friend constexpr auto operator<=>(CivilDate, CivilDate) = default;

 private:
  explicit constexpr CivilDate(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

}  // namespace needlepoint::base
