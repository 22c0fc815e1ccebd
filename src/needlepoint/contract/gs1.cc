#include "needlepoint/contract/gs1.h"

#include <array>
#include <cstdio>

namespace needlepoint::contract {
namespace {

constexpr char kGroupSeparator = '\x1d';

enum class Kind { kGtin, kDate, kText };

struct AiSpec {
  std::string_view ai;
  int fixed_length;  // 0: variable
  Kind kind;
};

constexpr std::array<AiSpec, 5> kAis = {{{"01", 14, Kind::kGtin},
                                         {"11", 6, Kind::kDate},
                                         {"17", 6, Kind::kDate},
                                         {"10", 0, Kind::kText},
                                         {"21", 0, Kind::kText}}};
constexpr int kMaxTextLength = 20;

const AiSpec* FindAi(std::string_view ai) {
  for (const AiSpec& spec : kAis) {
    if (spec.ai == ai) return &spec;
  }
  return nullptr;
}

base::Status Problem(std::string_view ai, const std::string& message) {
  return base::InvalidArgument("(" + std::string(ai) + "): " + message);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (!IsDigit(c)) return false;
  }
  return !text.empty();
}

// 'x', or \xNN for a character that does not print.
std::string Shown(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x20 && byte < 0x7f) return "'" + std::string(1, c) + "'";
  char hex[8];
  std::snprintf(hex, sizeof hex, "\\x%02x", byte);
  return hex;
}

base::Status CheckDigits(const AiSpec& spec, std::string_view value) {
  for (char c : value) {
    if (!IsDigit(c)) return Problem(spec.ai, Shown(c) + " is not a digit");
  }
  if (static_cast<int>(value.size()) != spec.fixed_length) {
    return Problem(spec.ai, std::to_string(value.size()) + " digits, expected " +
                                std::to_string(spec.fixed_length));
  }
  return base::OkStatus();
}

base::Result<base::CivilDate> ReadDate(const AiSpec& spec, std::string_view value) {
  NP_RETURN_IF_ERROR(CheckDigits(spec, value));
  auto number = [&](size_t at) { return (value[at] - '0') * 10 + (value[at + 1] - '0'); };
  const int year = 2000 + number(0);
  const int month = number(2);
  const int day = number(4);
  // Only an expiry may leave the day out (DD = 00): it then means the month's last day.
  if (day == 0 && spec.ai == "17" && month >= 1 && month <= 12) {
    const std::optional<base::CivilDate> first =
        base::CivilDate::FromYmd(year, static_cast<unsigned>(month), 1);
    return first->AddMonths(1).AddDays(-1);
  }
  std::optional<base::CivilDate> date =
      base::CivilDate::FromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  if (!date || month < 1 || month > 12 || day < 1) {
    return base::Fail(Problem(
        spec.ai,
        std::string(value) + " is not a date" +
            (day == 0 && spec.ai == "11" ? " (day 00 is allowed only in an expiry, AI 17)" : "")));
  }
  return *date;
}

base::Status CheckText(const AiSpec& spec, std::string_view value) {
  if (value.empty()) return Problem(spec.ai, "empty; give 1 to 20 characters");
  if (value.size() > kMaxTextLength) {
    return Problem(spec.ai, std::to_string(value.size()) + " characters, at most 20");
  }
  for (char c : value) {
    if (!InCharacterSet82(c)) {
      return Problem(spec.ai, "character " + Shown(c) + " is not in GS1 character set 82");
    }
  }
  return base::OkStatus();
}

// Checks `value` for `spec` and stores it in `out`; a second occurrence is an error.
base::Status Store(const AiSpec& spec, std::string_view value, Gs1Element& out) {
  switch (spec.kind) {
    case Kind::kGtin: {
      if (out.gtin) return Problem(spec.ai, "given twice");
      NP_RETURN_IF_ERROR(CheckDigits(spec, value));
      const int expected = Gs1CheckDigit(value.substr(0, 13));
      const int given = value[13] - '0';
      if (given != expected) {
        return Problem(spec.ai, "check digit is " + std::to_string(given) + ", expected " +
                                    std::to_string(expected));
      }
      out.gtin = std::string(value);
      return base::OkStatus();
    }
    case Kind::kDate: {
      std::optional<base::CivilDate>& slot = spec.ai == "17" ? out.expiry : out.production_date;
      if (slot) return Problem(spec.ai, "given twice");
      NP_ASSIGN_OR_RETURN(slot, ReadDate(spec, value));
      return base::OkStatus();
    }
    case Kind::kText: {
      std::optional<std::string>& slot = spec.ai == "10" ? out.lot : out.serial;
      if (slot) return Problem(spec.ai, "given twice");
      NP_RETURN_IF_ERROR(CheckText(spec, value));
      slot = std::string(value);
      return base::OkStatus();
    }
  }
  return base::Internal("unreachable");
}

base::Status UnknownAi(std::string_view ai) {
  return Problem(ai, "application identifier not supported (only 01, 10, 11, 17 and 21 are)");
}

// The length of an AI in parentheses starting at `at` ("(01)" -> 4), or 0 if none starts
// there: '(' then 2 to 4 digits then ')'.
size_t AiTokenLength(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != '(') return 0;
  size_t end = at + 1;
  while (end < text.size() && IsDigit(text[end]) && end - at <= 4) ++end;
  const size_t digits = end - at - 1;
  if (digits < 2 || digits > 4 || end >= text.size() || text[end] != ')') return 0;
  return digits + 2;
}

base::Result<Gs1Element> ParseHumanReadable(std::string_view text) {
  Gs1Element out;
  size_t at = 0;
  while (at < text.size()) {
    const size_t token = AiTokenLength(text, at);
    if (token == 0) {
      return base::Fail(base::InvalidArgument(
          "malformed element string: expected an application identifier such as (01) at "
          "character " +
          std::to_string(at + 1)));
    }
    const std::string_view ai = text.substr(at + 1, token - 2);
    size_t end = at + token;
    while (end < text.size() && AiTokenLength(text, end) == 0) ++end;
    const std::string_view value = text.substr(at + token, end - at - token);
    const AiSpec* spec = FindAi(ai);
    if (spec == nullptr) return base::Fail(UnknownAi(ai));
    NP_RETURN_IF_ERROR(Store(*spec, value, out));
    at = end;
  }
  return out;
}

base::Result<Gs1Element> ParseRaw(std::string_view text) {
  if (text.starts_with("]")) {
    const std::string_view id = text.substr(0, 3);
    if (id != "]d2" && id != "]C1" && id != "]Q3" && id != "]e0") {
      return base::Fail(base::InvalidArgument("symbology identifier '" + std::string(id) +
                                              "' is not a GS1 one (]d2, ]C1, ]Q3 or ]e0)"));
    }
    text.remove_prefix(3);
    if (text.empty()) {
      return base::Fail(
          base::InvalidArgument("empty input: nothing after the symbology identifier"));
    }
  }
  Gs1Element out;
  size_t at = 0;
  bool after_fixed = false;
  while (at < text.size()) {
    if (text[at] == kGroupSeparator) {
      if (!after_fixed) {
        return base::Fail(base::InvalidArgument(
            "malformed element string: unexpected group separator at character " +
            std::to_string(at + 1)));
      }
      after_fixed = false;
      ++at;
      continue;
    }
    const std::string_view ai = text.substr(at, 2);
    if (ai.size() < 2 || !AllDigits(ai)) {
      return base::Fail(base::InvalidArgument(
          "malformed element string: expected a two-digit application identifier at "
          "character " +
          std::to_string(at + 1)));
    }
    const AiSpec* spec = FindAi(ai);
    if (spec == nullptr) return base::Fail(UnknownAi(ai));
    at += 2;
    size_t end = at;
    const size_t limit =
        spec->fixed_length > 0 ? std::min(text.size(), at + spec->fixed_length) : text.size();
    while (end < limit && text[end] != kGroupSeparator) ++end;
    NP_RETURN_IF_ERROR(Store(*spec, text.substr(at, end - at), out));
    after_fixed = spec->fixed_length > 0;
    if (spec->fixed_length == 0 && end < text.size()) ++end;  // the separator that ended it
    at = end;
  }
  return out;
}

}  // namespace

int Gs1CheckDigit(std::string_view digits) {
  int sum = 0;
  int weight = 3;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    sum += (*it - '0') * weight;
    weight = weight == 3 ? 1 : 3;
  }
  return (10 - sum % 10) % 10;
}

bool InCharacterSet82(char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c)) return true;
  constexpr std::string_view kPunctuation = "!\"%&'()*+,-./:;<=>?_";
  return kPunctuation.find(c) != std::string_view::npos;
}

base::Result<Gs1Element> ParseGs1(std::string_view text) {
  if (text.ends_with("\n")) text.remove_suffix(1);
  if (text.ends_with("\r")) text.remove_suffix(1);
  if (text.empty()) return base::Fail(base::InvalidArgument("empty input"));
  if (text.front() == '(') return ParseHumanReadable(text);
  return ParseRaw(text);
}

nlohmann::ordered_json Gs1ToJson(const Gs1Element& element) {
  auto text = [](const std::optional<std::string>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
  };
  auto date = [](const std::optional<base::CivilDate>& value) {
    return value ? nlohmann::ordered_json(value->ToString()) : nlohmann::ordered_json(nullptr);
  };
  return {{"gtin", text(element.gtin)},
          {"lot", text(element.lot)},
          {"serial", text(element.serial)},
          {"expiry", date(element.expiry)},
          {"production_date", date(element.production_date)}};
}

}  // namespace needlepoint::contract
