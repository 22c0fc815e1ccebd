// The scheduling contract's input as JSON (shared/spec/scheduling-contract.md §1): strict
// parsing of a series-proposal request and of a free-slot search into the engine's values.
//
// Bad input is an error, never a guess: unknown fields, weekdays and resource ids, malformed
// times, `to` not after `from`, an unknown zone, overlapping hours, min > max, values out of
// range and duplicate ids are all reported, each with its JSON pointer. Local wall-clock times
// become instants here, in the clinic's zone: a time the clock skips (spring forward) bounds an
// interval at the transition, a time it repeats (fall back) means its first occurrence; an
// interval lying wholly in a skipped hour covers no time and is dropped.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "needlepoint/base/status.h"
#include "needlepoint/contract/json_reader.h"
#include "needlepoint/contract/strict_json.h"
#include "needlepoint/schedule/calendar.h"
#include "needlepoint/schedule/free_slots.h"
#include "needlepoint/schedule/series.h"

namespace needlepoint::contract {

// A year of a busy clinic's bookings fits: 500,000 busy intervals, ~40 MB of JSON.
inline constexpr JsonLimits kScheduleJsonLimits{
    .max_depth = 16, .max_string_bytes = 4096, .max_array_items = 500'000};

// `needlepoint schedule propose`: the contract's input.
struct SeriesInput {
  schedule::ClinicCalendar calendar;
  schedule::SeriesRequest request;
};

// `needlepoint schedule free-slots`: the same calendar fields, and instead of the plan
// `from` (a date), `days` (default 31), `count` (default 10), an optional `provider` id and
// `needs` (a list of "room" and "device", default both). `preferences` has no `provider`.
struct SlotSearchInput {
  schedule::ClinicCalendar calendar;
  schedule::SlotRequest request;
};

// Parses a document. On failure returns kInvalidArgument listing every problem found.
base::Result<SeriesInput> ParseSeriesInput(const nlohmann::json& document);
base::Result<SlotSearchInput> ParseSlotSearchInput(const nlohmann::json& document);

// The contract's `preferences` object (weekdays, earliest, latest_end) read from `object`,
// problems reported at its paths (the API's series proposal takes the same object).
schedule::TimePreferences ReadSchedulePreferences(JsonObject& object);

// Parses `text` as strict JSON (kScheduleJsonLimits), then as above.
base::Result<SeriesInput> ParseSeriesInputText(std::string_view text);
base::Result<SlotSearchInput> ParseSlotSearchInputText(std::string_view text);

}  // namespace needlepoint::contract
