// GS1 element strings as printed and scanned on sterile needle cartridges (UDI): the
// session-day contract §1. Pure parsing, no I/O; `needlepoint gs1 parse` and the charting API
// share it.
//
// Accepted forms:
//   - human-readable, with parentheses: "(01)09506000134352(17)270531(10)AB-123(21)S001";
//   - raw scanner output: an optional symbology identifier (]d2, ]C1, ]Q3, ]e0), then the
//     application identifiers back to back, a variable-length field ended by the group
//     separator (ASCII 29) unless it is the last one. A separator after a fixed-length field
//     is tolerated (some printers emit one).
// Application identifiers: 01 GTIN (14 digits, GS1 mod-10 check digit), 11 production date
// and 17 expiry date (YYMMDD, 20YY; DD = 00 in an expiry means the month's last day), 10 lot
// and 21 serial (1-20 characters of GS1 AI character set 82).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"

namespace needlepoint::contract {

// What a barcode says; absent AIs are nullopt.
struct Gs1Element {
  std::optional<std::string> gtin;
  std::optional<std::string> lot;
  std::optional<std::string> serial;
  std::optional<base::CivilDate> expiry;
  std::optional<base::CivilDate> production_date;
  friend bool operator==(const Gs1Element&, const Gs1Element&) = default;
};

// Parses `text` (one trailing line ending is ignored, so `echo … | needlepoint gs1 parse -`
// works). On failure returns kInvalidArgument whose message is the contract's one line naming
// the AI and the problem, e.g. "(01): check digit is 3, expected 2", "(17): 270230 is not a
// date", "(99): application identifier not supported", "(10): given twice",
// "(21): character ' ' is not in GS1 character set 82", "(10): 21 characters, at most 20",
// "empty input". Never throws.
base::Result<Gs1Element> ParseGs1(std::string_view text);

// The GS1 mod-10 check digit of `digits` (the data digits, check digit excluded): weights
// 3, 1, 3, … from the right. `digits` must be ASCII digits.
int Gs1CheckDigit(std::string_view digits);

// Whether `c` is in GS1 AI encodable character set 82.
bool InCharacterSet82(char c);

// The contract's output: {"gtin", "lot", "serial", "expiry", "production_date"}, absent ones
// null, dates as YYYY-MM-DD.
nlohmann::ordered_json Gs1ToJson(const Gs1Element& element);

}  // namespace needlepoint::contract
