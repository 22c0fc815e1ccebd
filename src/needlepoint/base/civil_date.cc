#include "needlepoint/base/civil_date.h"

#include <array>

namespace needlepoint::base {
namespace {

using std::chrono::year_month_day;

year_month_day ToYmd(CivilDate date) { return year_month_day(date.ToChrono()); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<CivilDate> CivilDate::FromYmd(int year, unsigned month, unsigned day) {
  const year_month_day ymd{std::chrono::year(year), std::chrono::month(month),
                           std::chrono::day(day)};
  if (!ymd.ok()) return std::nullopt;
  return FromChrono(std::chrono::sys_days(ymd));
}

Result<CivilDate> CivilDate::Parse(std::string_view text) {
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && IsDigit(text[0]) &&
                      IsDigit(text[1]) && IsDigit(text[2]) && IsDigit(text[3]) &&
                      IsDigit(text[5]) && IsDigit(text[6]) && IsDigit(text[8]) && IsDigit(text[9]);
  if (!shaped) {
    return Fail(InvalidArgument("'" + std::string(text.substr(0, 40)) +
                                "' is not a date in the form YYYY-MM-DD"));
  }
  auto number = [&](size_t pos, size_t len) {
    int value = 0;
    for (size_t i = pos; i < pos + len; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  if (month < 1 || month > 12) {
    return Fail(
        InvalidArgument("'" + std::string(text) + "' has no month " + std::to_string(month)));
  }
  std::optional<CivilDate> date =
      FromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  if (!date) {
    return Fail(InvalidArgument("'" + std::string(text) + "' is not a day of the calendar"));
  }
  return *date;
}

int CivilDate::year() const { return static_cast<int>(ToYmd(*this).year()); }
unsigned CivilDate::month() const { return static_cast<unsigned>(ToYmd(*this).month()); }
unsigned CivilDate::day() const { return static_cast<unsigned>(ToYmd(*this).day()); }

CivilDate CivilDate::AddMonths(int n) const {
  const year_month_day ymd = ToYmd(*this);
  const std::chrono::year_month shifted =
      std::chrono::year_month(ymd.year(), ymd.month()) + std::chrono::months(n);
  const std::chrono::day last =
      std::chrono::year_month_day_last(shifted.year(), std::chrono::month_day_last(shifted.month()))
          .day();
  const std::chrono::day day = ymd.day() > last ? last : ymd.day();
  return FromChrono(std::chrono::sys_days(year_month_day(shifted.year(), shifted.month(), day)));
}

std::string CivilDate::ToString() const {
  const year_month_day ymd = ToYmd(*this);
  int year = static_cast<int>(ymd.year());
  const unsigned month = static_cast<unsigned>(ymd.month());
  const unsigned day = static_cast<unsigned>(ymd.day());
  std::string out(10, '0');
  if (year < 0 || year > 9999) {  // outside what Parse accepts; still print something exact
    return std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
  }
  for (int i = 3; i >= 0; --i, year /= 10)
    out[static_cast<size_t>(i)] = static_cast<char>('0' + year % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

}  // namespace needlepoint::base
