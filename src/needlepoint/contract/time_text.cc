#include "needlepoint/contract/time_text.h"

namespace needlepoint::contract {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
int TwoDigits(std::string_view text, std::size_t at) {
  return (text[at] - '0') * 10 + (text[at + 1] - '0');
}
void AppendTwoDigits(std::string& out, int value) {
  out += static_cast<char>('0' + value / 10);
  out += static_cast<char>('0' + value % 10);
}

}  // namespace

base::Result<int> ParseClockTime(std::string_view text, bool allow_end_of_day) {
  const bool shaped = text.size() == 5 && text[2] == ':' && IsDigit(text[0]) && IsDigit(text[1]) &&
                      IsDigit(text[3]) && IsDigit(text[4]);
  const std::string shown(text.substr(0, 20));
  if (!shaped) {
    return base::Fail(base::InvalidArgument("'" + shown + "' is not a time in the form HH:MM"));
  }
  const int hour = TwoDigits(text, 0);
  const int minute = TwoDigits(text, 3);
  if (allow_end_of_day && hour == 24 && minute == 0) return 24 * 60;
  if (hour > 23 || minute > 59) {
    return base::Fail(base::InvalidArgument(
        "'" + shown + "' is not a time of day (00:00 to 23:59" +
        std::string(allow_end_of_day ? ", or 24:00 for the end of the day)" : ")")));
  }
  return hour * 60 + minute;
}

base::Result<LocalDateTime> ParseLocalDateTime(std::string_view text) {
  const std::string shown(text.substr(0, 40));
  if (text.size() != 16 || text[10] != 'T') {
    return base::Fail(base::InvalidArgument(
        "'" + shown +
        "' is not a local date-time in the form YYYY-MM-DDTHH:MM (no seconds, "
        "no offset)"));
  }
  base::Result<base::CivilDate> date = base::CivilDate::Parse(text.substr(0, 10));
  if (!date) return base::Fail(date.error());
  base::Result<int> minute = ParseClockTime(text.substr(11), false);
  if (!minute) return base::Fail(minute.error());
  return LocalDateTime{*date, *minute};
}

std::string ClockTimeText(int minute) {
  std::string out;
  AppendTwoDigits(out, minute / 60);
  out += ':';
  AppendTwoDigits(out, minute % 60);
  return out;
}

std::string LocalDateTimeText(const base::TimeZone& zone, base::Timestamp t) {
  return zone.LocalDate(t).ToString() + "T" + ClockTimeText(zone.LocalMinuteOfDay(t));
}

std::string UtcText(base::Timestamp t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(t - day).count();  // 0…86399
  std::string out = base::CivilDate::FromChrono(day).ToString() + "T";
  AppendTwoDigits(out, static_cast<int>(seconds / 3600));
  out += ':';
  AppendTwoDigits(out, static_cast<int>(seconds / 60 % 60));
  out += ':';
  AppendTwoDigits(out, static_cast<int>(seconds % 60));
  out += 'Z';
  return out;
}

base::Result<base::Timestamp> ParseUtcText(std::string_view text) {
  const std::string shown(text.substr(0, 40));
  auto refuse = [&] {
    return base::Fail(base::InvalidArgument(
        "'" + shown + "' is not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ"));
  };
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text[19] != 'Z') {
    return refuse();
  }
  base::Result<base::CivilDate> date = base::CivilDate::Parse(text.substr(0, 10));
  if (!date) return base::Fail(date.error());
  int parts[3] = {0, 0, 0};
  for (int i = 0; i < 3; ++i) {
    const char high = text[11 + 3 * i];
    const char low = text[12 + 3 * i];
    if (high < '0' || high > '9' || low < '0' || low > '9') return refuse();
    parts[i] = (high - '0') * 10 + (low - '0');
  }
  if (parts[0] > 23 || parts[1] > 59 || parts[2] > 59) return refuse();
  return base::Timestamp(date->ToChrono()) + std::chrono::hours(parts[0]) +
         std::chrono::minutes(parts[1]) + std::chrono::seconds(parts[2]);
}

}  // namespace needlepoint::contract
