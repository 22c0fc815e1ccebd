#include "needlepoint/contract/schedule_input_json.h"

#include <map>
#include <utility>

#include "needlepoint/contract/json_reader.h"
#include "needlepoint/contract/time_text.h"

namespace needlepoint::contract {
namespace {

using base::CivilDate;
using nlohmann::json;
using schedule::Interval;

constexpr std::size_t kMaxResources = 1000;  // per list
constexpr std::size_t kMaxSpansPerDay = 48;
constexpr std::size_t kMaxOffPeriods = 10'000;
constexpr std::size_t kMaxBusy = kScheduleJsonLimits.max_array_items;
constexpr std::size_t kMaxIdBytes = 64;

// Howard Hinnant's date 3.0.1 applies no daylight saving after 2037 (base/time_zone.h), so
// later dates would get wrong UTC instants; earlier ones are typing mistakes.
bool Schedulable(CivilDate date) {
  static const CivilDate kFirst = *CivilDate::FromYmd(2000, 1, 1);
  static const CivilDate kLast = *CivilDate::FromYmd(2037, 12, 31);
  return date >= kFirst && date <= kLast;
}
std::string OutOfRange(CivilDate date) {
  return date.ToString() +
         " is outside 2000-01-01 to 2037-12-31 (the system's time-zone data has no "
         "daylight-saving rules after 2037)";
}

enum class Kind { kProvider, kRoom, kDevice };

// What one document's reading shares.
struct Reader {
  Problems& problems;
  std::optional<base::TimeZone> zone;  // absent when /timezone is missing or unknown
  schedule::ClinicCalendar calendar;
  std::map<std::string, std::pair<Kind, std::size_t>, std::less<>> ids;
  std::map<std::string, std::string, std::less<>> id_paths;
};

// Calls read(element, path) for each element of the array at `key`.
template <typename Read>
void ForEachItem(JsonObject& object, std::string_view key, Need need, bool non_empty,
                 std::size_t max_items, Read read) {
  const json* items = object.Array(key, need, non_empty);
  if (items == nullptr) return;
  if (items->size() > max_items) {
    object.problems().Add(object.PathOf(key),
                          "has more than " + std::to_string(max_items) + " items");
    return;
  }
  for (std::size_t i = 0; i < items->size(); ++i) {
    read((*items)[i], JsonPointer(object.PathOf(key), i));
  }
}

std::optional<CivilDate> ReadDate(JsonObject& object, std::string_view key, Need need) {
  std::optional<CivilDate> date = object.Date(key, need);
  if (date && !Schedulable(*date)) {
    object.problems().Add(object.PathOf(key), OutOfRange(*date));
    return std::nullopt;
  }
  return date;
}

std::optional<int> ReadClockTime(JsonObject& object, std::string_view key, Need need,
                                 bool allow_end_of_day) {
  std::optional<std::string> text = object.String(key, need, 16);
  if (!text) return std::nullopt;
  base::Result<int> minute = ParseClockTime(*text, allow_end_of_day);
  if (!minute) {
    object.problems().Add(object.PathOf(key), minute.error().message());
    return std::nullopt;
  }
  return *minute;
}

std::optional<LocalDateTime> ReadLocalDateTime(JsonObject& object, std::string_view key) {
  std::optional<std::string> text = object.String(key, Need::kRequired, 64);
  if (!text) return std::nullopt;
  base::Result<LocalDateTime> parsed = ParseLocalDateTime(*text);
  if (!parsed) {
    object.problems().Add(object.PathOf(key), parsed.error().message());
    return std::nullopt;
  }
  if (!Schedulable(parsed->date)) {
    object.problems().Add(object.PathOf(key), OutOfRange(parsed->date));
    return std::nullopt;
  }
  return *parsed;
}

// `from` and `to` of `object` as an interval of instants; nullopt when either is bad, `to` is
// not after `from`, the zone is unknown, or the interval lies wholly in a skipped hour.
std::optional<Interval> ReadInterval(JsonObject& object, const Reader& reader) {
  std::optional<LocalDateTime> from = ReadLocalDateTime(object, "from");
  std::optional<LocalDateTime> to = ReadLocalDateTime(object, "to");
  if (!from || !to) return std::nullopt;
  if (*to <= *from) {
    object.problems().Add(object.PathOf("to"), "must be after from");
    return std::nullopt;
  }
  if (!reader.zone) return std::nullopt;
  const Interval interval{reader.zone->Resolve(from->date, from->minute).first,
                          reader.zone->Resolve(to->date, to->minute).first};
  if (interval.to <= interval.from) return std::nullopt;
  return interval;
}

// The id at `object`/id, registered as `kind` number `index`; nullopt if bad or taken.
std::optional<std::string> ReadId(JsonObject& object, Reader& reader, Kind kind,
                                  std::size_t index) {
  std::optional<std::string> id = object.String("id", Need::kRequired, kMaxIdBytes);
  if (!id) return std::nullopt;
  const std::string path = object.PathOf("id");
  if (id->empty()) {
    reader.problems.Add(path, "must not be empty");
    return std::nullopt;
  }
  auto [it, inserted] = reader.id_paths.emplace(*id, path);
  if (!inserted) {
    reader.problems.Add(path, "'" + *id + "' is already the id of " + it->second);
    return std::nullopt;
  }
  reader.ids.emplace(*id, std::pair{kind, index});
  return id;
}

std::string SpanText(const schedule::WorkingSpan& span) {
  return ClockTimeText(span.from_minute) + "–" + ClockTimeText(span.to_minute);
}

schedule::WeeklyHours ReadHours(JsonObject& provider, Problems& problems) {
  schedule::WeeklyHours hours;
  const json* object = provider.Field("hours", Need::kRequired);
  if (object == nullptr) return hours;
  const std::string path = provider.PathOf("hours");
  if (!object->is_object()) {
    problems.Add(path,
                 "must be an object of weekdays (mon … sun), each a list of [from, to] "
                 "times, not " +
                     std::string(JsonTypeName(*object)));
    return hours;
  }
  for (const auto& [key, spans] : object->items()) {
    const std::string day_path = JsonPointer(path, key);
    std::optional<schedule::Weekday> day = schedule::ParseWeekday(key);
    if (!day) {
      problems.Add(day_path, "unknown weekday '" + key.substr(0, 32) +
                                 "' (expected mon, tue, wed, thu, fri, sat or sun)");
      continue;
    }
    if (!spans.is_array()) {
      problems.Add(day_path,
                   "must be a list of [from, to] pairs, not " + std::string(JsonTypeName(spans)));
      continue;
    }
    if (spans.size() > kMaxSpansPerDay) {
      problems.Add(day_path, "has more than " + std::to_string(kMaxSpansPerDay) + " items");
      continue;
    }
    std::vector<std::pair<schedule::WorkingSpan, std::size_t>> read;  // span, its index
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const json& pair = spans[i];
      const std::string span_path = JsonPointer(day_path, i);
      if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
        problems.Add(span_path, "must be a pair of times such as [\"09:00\", \"17:00\"]");
        continue;
      }
      base::Result<int> from = ParseClockTime(pair[0].get_ref<const std::string&>(), false);
      base::Result<int> to = ParseClockTime(pair[1].get_ref<const std::string&>(), true);
      if (!from) problems.Add(JsonPointer(span_path, 0), from.error().message());
      if (!to) problems.Add(JsonPointer(span_path, 1), to.error().message());
      if (!from || !to) continue;
      const schedule::WorkingSpan span{*from, *to};
      if (*to <= *from) {
        problems.Add(span_path, "ends at " + ClockTimeText(*to) +
                                    ", which is not after its start " + ClockTimeText(*from));
        continue;
      }
      bool overlaps = false;
      for (const auto& [earlier, index] : read) {
        if (earlier.from_minute < span.to_minute && span.from_minute < earlier.to_minute) {
          problems.Add(span_path, SpanText(span) + " overlaps " + SpanText(earlier) + " (" +
                                      JsonPointer(day_path, index) + ")");
          overlaps = true;
          break;
        }
      }
      if (overlaps) continue;
      read.emplace_back(span, i);
      hours[static_cast<std::size_t>(*day)].push_back(span);
    }
  }
  return hours;
}

void ReadProviders(JsonObject& root, Reader& reader) {
  ForEachItem(root, "providers", Need::kRequired, true, kMaxResources,
              [&](const json& item, const std::string& path) {
                std::optional<JsonObject> object = JsonObject::Open(item, path, reader.problems);
                if (!object) return;
                schedule::Provider provider;
                std::optional<std::string> id =
                    ReadId(*object, reader, Kind::kProvider, reader.calendar.providers.size());
                provider.hours = ReadHours(*object, reader.problems);
                ForEachItem(*object, "off", Need::kOptional, false, kMaxOffPeriods,
                            [&](const json& off_item, const std::string& off_path) {
                              std::optional<JsonObject> off =
                                  JsonObject::Open(off_item, off_path, reader.problems);
                              if (!off) return;
                              std::optional<Interval> interval = ReadInterval(*off, reader);
                              off->RejectUnknownKeys();
                              if (interval) provider.off.push_back(*interval);
                            });
                object->RejectUnknownKeys();
                if (!id) return;
                provider.id = std::move(*id);
                reader.calendar.providers.push_back(std::move(provider));
              });
}

void ReadResources(JsonObject& root, Reader& reader, std::string_view key, Kind kind,
                   bool required) {
  std::vector<schedule::Resource>& list =
      kind == Kind::kRoom ? reader.calendar.rooms : reader.calendar.devices;
  ForEachItem(root, key, required ? Need::kRequired : Need::kOptional, required, kMaxResources,
              [&](const json& item, const std::string& path) {
                std::optional<JsonObject> object = JsonObject::Open(item, path, reader.problems);
                if (!object) return;
                std::optional<std::string> id = ReadId(*object, reader, kind, list.size());
                object->RejectUnknownKeys();
                if (id) list.push_back({std::move(*id), {}});
              });
}

void ReadBusy(JsonObject& root, Reader& reader) {
  ForEachItem(root, "busy", Need::kOptional, false, kMaxBusy,
              [&](const json& item, const std::string& path) {
                std::optional<JsonObject> object = JsonObject::Open(item, path, reader.problems);
                if (!object) return;
                std::optional<std::string> resource =
                    object->String("resource", Need::kRequired, kMaxIdBytes);
                std::optional<Interval> interval = ReadInterval(*object, reader);
                object->RejectUnknownKeys();
                if (!resource) return;
                auto it = reader.ids.find(*resource);
                if (it == reader.ids.end()) {
                  reader.problems.Add(object->PathOf("resource"),
                                      "unknown resource '" + *resource +
                                          "' (not the id of a provider, room or device)");
                  return;
                }
                if (!interval) return;
                const auto [kind, index] = it->second;
                schedule::ClinicCalendar& calendar = reader.calendar;
                if (kind == Kind::kProvider) {
                  calendar.providers[index].busy.push_back(*interval);
                } else {
                  (kind == Kind::kRoom ? calendar.rooms : calendar.devices)[index].busy.push_back(
                      *interval);
                }
              });
}

schedule::TimePreferences ReadTimePreferences(JsonObject& object) {
  schedule::TimePreferences wishes;
  Problems& problems = object.problems();
  if (const json* days = object.Array("weekdays", Need::kOptional, true)) {
    wishes.weekdays = schedule::WeekdaySet::None();
    for (std::size_t i = 0; i < days->size() && i < 7 * 4; ++i) {
      const json& item = (*days)[i];
      const std::string path = JsonPointer(object.PathOf("weekdays"), i);
      if (!item.is_string()) {
        problems.Add(path, "must be a weekday (a string), not " + std::string(JsonTypeName(item)));
        continue;
      }
      const std::string& name = item.get_ref<const std::string&>();
      std::optional<schedule::Weekday> day = schedule::ParseWeekday(name);
      if (!day) {
        problems.Add(path, "unknown weekday '" + name.substr(0, 32) +
                               "' (expected mon, tue, wed, thu, fri, sat or sun)");
      } else if (wishes.weekdays.Contains(*day)) {
        problems.Add(path, "'" + name + "' is listed twice");
      } else {
        wishes.weekdays.Insert(*day);
      }
    }
    if (days->size() > 7 * 4) problems.Add(object.PathOf("weekdays"), "has too many items");
  }
  wishes.earliest_minute = ReadClockTime(object, "earliest", Need::kOptional, false);
  wishes.latest_end_minute = ReadClockTime(object, "latest_end", Need::kOptional, true);
  if (wishes.earliest_minute && wishes.latest_end_minute &&
      *wishes.latest_end_minute <= *wishes.earliest_minute) {
    problems.Add(object.PathOf("latest_end"),
                 "must be later than earliest (" + ClockTimeText(*wishes.earliest_minute) + ")");
  }
  return wishes;
}

// /provider or /preferences/provider: the id of a provider (not of a room or device).
std::optional<std::string> ReadProviderId(JsonObject& object, const Reader& reader) {
  std::optional<std::string> id = object.String("provider", Need::kOptional, kMaxIdBytes);
  if (!id) return std::nullopt;
  auto it = reader.ids.find(*id);
  if (it == reader.ids.end()) {
    object.problems().Add(object.PathOf("provider"), "unknown provider '" + *id + "'");
    return std::nullopt;
  }
  if (it->second.first != Kind::kProvider) {
    object.problems().Add(object.PathOf("provider"),
                          "'" + *id + "' is a " +
                              (it->second.first == Kind::kRoom ? "room" : "device") +
                              ", not a provider");
    return std::nullopt;
  }
  return id;
}

void ReadZone(JsonObject& root, Reader& reader) {
  std::optional<std::string> name = root.String("timezone", Need::kRequired, 64);
  if (!name) return;
  base::Result<base::TimeZone> zone = base::TimeZone::Load(*name);
  if (!zone) {
    reader.problems.Add(root.PathOf("timezone"), zone.error().message());
    return;
  }
  reader.zone = *zone;
  reader.calendar.zone = *zone;
}

int ReadInt(JsonObject& object, std::string_view key, Need need, int min, int max, int fallback) {
  return static_cast<int>(object.Integer(key, need, min, max).value_or(fallback));
}

}  // namespace

schedule::TimePreferences ReadSchedulePreferences(JsonObject& object) {
  return ReadTimePreferences(object);
}

base::Result<SeriesInput> ParseSeriesInput(const json& document) {
  Problems problems;
  std::optional<JsonObject> root = JsonObject::Open(document, "", problems);
  if (!root) return base::Fail(std::move(problems).ToStatus());
  Reader reader{problems, std::nullopt, {}, {}, {}};
  SeriesInput input;
  schedule::SeriesRequest& request = input.request;
  ReadZone(*root, reader);
  request.service_minutes = ReadInt(*root, "service_minutes", Need::kRequired,
                                    schedule::kMinServiceMinutes, schedule::kMaxServiceMinutes, 0);
  request.step_minutes = ReadInt(*root, "step_minutes", Need::kOptional, schedule::kMinStepMinutes,
                                 schedule::kMaxStepMinutes, schedule::kDefaultStepMinutes);
  request.horizon_days = ReadInt(*root, "horizon_days", Need::kOptional, schedule::kMinHorizonDays,
                                 schedule::kMaxHorizonDays, schedule::kDefaultHorizonDays);
  if (const json* plan_json = root->Field("plan", Need::kRequired)) {
    if (std::optional<JsonObject> plan = JsonObject::Open(*plan_json, "/plan", problems)) {
      request.sessions = ReadInt(*plan, "sessions", Need::kRequired, schedule::kMinSessions,
                                 schedule::kMaxSessions, 1);
      if (const json* days_json = plan->Field("interval_days", Need::kRequired)) {
        if (std::optional<JsonObject> days =
                JsonObject::Open(*days_json, plan->PathOf("interval_days"), problems)) {
          std::optional<int64_t> min =
              days->Integer("min", Need::kRequired, 0, schedule::kMaxIntervalDays);
          std::optional<int64_t> max =
              days->Integer("max", Need::kRequired, 0, schedule::kMaxIntervalDays);
          days->RejectUnknownKeys();
          if (min && max && *min > *max) {
            problems.Add(days->path(), "min (" + std::to_string(*min) + ") is greater than max (" +
                                           std::to_string(*max) + ")");
          }
          request.min_interval_days = static_cast<int>(min.value_or(0));
          request.max_interval_days = static_cast<int>(max.value_or(0));
        }
      }
      if (std::optional<CivilDate> first = ReadDate(*plan, "first_date", Need::kRequired)) {
        request.first_date = *first;
      }
      plan->RejectUnknownKeys();
    }
  }
  request.not_before = ReadDate(*root, "not_before", Need::kOptional);
  ReadProviders(*root, reader);
  ReadResources(*root, reader, "rooms", Kind::kRoom, true);
  ReadResources(*root, reader, "devices", Kind::kDevice, true);
  ReadBusy(*root, reader);
  if (const json* wishes_json = root->Field("preferences", Need::kOptional)) {
    if (std::optional<JsonObject> wishes =
            JsonObject::Open(*wishes_json, "/preferences", problems)) {
      request.preferences = ReadTimePreferences(*wishes);
      request.preferred_provider = ReadProviderId(*wishes, reader);
      wishes->RejectUnknownKeys();
    }
  }
  root->RejectUnknownKeys();
  if (!problems.empty()) return base::Fail(std::move(problems).ToStatus());
  input.calendar = std::move(reader.calendar);
  return input;
}

base::Result<SlotSearchInput> ParseSlotSearchInput(const json& document) {
  Problems problems;
  std::optional<JsonObject> root = JsonObject::Open(document, "", problems);
  if (!root) return base::Fail(std::move(problems).ToStatus());
  Reader reader{problems, std::nullopt, {}, {}, {}};
  SlotSearchInput input;
  schedule::SlotRequest& request = input.request;
  ReadZone(*root, reader);
  request.service_minutes = ReadInt(*root, "service_minutes", Need::kRequired,
                                    schedule::kMinServiceMinutes, schedule::kMaxServiceMinutes, 0);
  request.step_minutes = ReadInt(*root, "step_minutes", Need::kOptional, schedule::kMinStepMinutes,
                                 schedule::kMaxStepMinutes, schedule::kDefaultStepMinutes);
  if (std::optional<CivilDate> from = ReadDate(*root, "from", Need::kRequired)) {
    request.from = *from;
  }
  request.days = ReadInt(*root, "days", Need::kOptional, 1, schedule::kMaxSlotDays,
                         schedule::kDefaultSlotDays);
  request.count = ReadInt(*root, "count", Need::kOptional, 1, schedule::kMaxSlotCount,
                          schedule::kDefaultSlotCount);
  if (const json* needs = root->Array("needs", Need::kOptional)) {
    request.needs_room = request.needs_device = false;
    for (std::size_t i = 0; i < needs->size() && i < 8; ++i) {
      const json& item = (*needs)[i];
      const std::string path = JsonPointer(root->PathOf("needs"), i);
      bool* flag = nullptr;
      if (item == "room") flag = &request.needs_room;
      if (item == "device") flag = &request.needs_device;
      if (flag == nullptr) {
        problems.Add(path, "must be \"room\" or \"device\", not " + item.dump().substr(0, 40));
      } else if (*flag) {
        problems.Add(path, item.get<std::string>() + " is listed twice");
      } else {
        *flag = true;
      }
    }
    if (needs->size() > 8) problems.Add(root->PathOf("needs"), "has too many items");
  }
  ReadProviders(*root, reader);
  ReadResources(*root, reader, "rooms", Kind::kRoom, request.needs_room);
  ReadResources(*root, reader, "devices", Kind::kDevice, request.needs_device);
  ReadBusy(*root, reader);
  request.provider = ReadProviderId(*root, reader);
  if (const json* wishes_json = root->Field("preferences", Need::kOptional)) {
    if (std::optional<JsonObject> wishes =
            JsonObject::Open(*wishes_json, "/preferences", problems)) {
      request.preferences = ReadTimePreferences(*wishes);
      wishes->RejectUnknownKeys();
    }
  }
  root->RejectUnknownKeys();
  if (!problems.empty()) return base::Fail(std::move(problems).ToStatus());
  input.calendar = std::move(reader.calendar);
  return input;
}

base::Result<SeriesInput> ParseSeriesInputText(std::string_view text) {
  NP_ASSIGN_OR_RETURN(json document, ParseStrictJson(text, kScheduleJsonLimits));
  return ParseSeriesInput(document);
}

base::Result<SlotSearchInput> ParseSlotSearchInputText(std::string_view text) {
  NP_ASSIGN_OR_RETURN(json document, ParseStrictJson(text, kScheduleJsonLimits));
  return ParseSlotSearchInput(document);
}

}  // namespace needlepoint::contract
