#include "needlepoint/protocol/protocol_loader.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "needlepoint/protocol/safety_limits.h"
#include "needlepoint/protocol/toml_reader.h"

namespace needlepoint::protocol {
namespace {

using domain::AdjunctCode;
using domain::AftercareCode;
using domain::CodeName;
using domain::CodeSet;
using domain::Concern;
using domain::Depth;
using domain::DepthRange;
using domain::FindingCode;
using domain::Level;
using domain::PrepCode;
using domain::ProcedureCode;
using domain::Zone;

std::string Quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// A positive depth in millimetres at `key`.
std::optional<Depth> ReadDepth(TomlTable& table, std::string_view key, Need need) {
  std::optional<double> mm = table.Number(key, need);
  if (!mm) return std::nullopt;
  if (!std::isfinite(*mm) || *mm <= 0) {
    table.Problem(key, Quoted(key) + " in " + table.name() + " must be a positive depth in mm");
    return std::nullopt;
  }
  return Depth::FromMm(*mm);
}

// An inline table { min = …, max = … } of depths with min <= max.
std::optional<DepthRange> ReadDepthRange(const toml::node& node, const std::string& what,
                                         Diagnostics& diagnostics) {
  if (!node.is_table()) {
    diagnostics.Add(node.source(), what + " must be a table { min = …, max = … }");
    return std::nullopt;
  }
  TomlTable range(*node.as_table(), what, diagnostics);
  std::optional<Depth> min = ReadDepth(range, "min", Need::kRequired);
  std::optional<Depth> max = ReadDepth(range, "max", Need::kRequired);
  range.RejectUnknownKeys();
  if (!min || !max) return std::nullopt;
  if (*min > *max) {
    diagnostics.Add(node.source(), "depth min " + min->ToString() + " is above max " +
                                       max->ToString() + " in " + what);
    return std::nullopt;
  }
  return DepthRange{*min, *max};
}

// An inline table { <lo_key> = int, <hi_key> = int } with lo <= hi, both within [floor, cap].
std::optional<std::pair<int, int>> ReadIntRange(TomlTable& parent, std::string_view key,
                                                std::string_view lo_key, std::string_view hi_key,
                                                int floor, int cap) {
  std::optional<TomlTable> table = parent.Table(key, Need::kRequired);
  if (!table) return std::nullopt;
  std::optional<int64_t> lo = table->Integer(lo_key, Need::kRequired);
  std::optional<int64_t> hi = table->Integer(hi_key, Need::kRequired);
  table->RejectUnknownKeys();
  if (!lo || !hi) return std::nullopt;
  if (*lo < floor || *hi > cap || *lo > *hi) {
    parent.Problem(key, Quoted(key) + " in " + parent.name() + " must satisfy " +
                            std::to_string(floor) + " <= " + std::string(lo_key) +
                            " <= " + std::string(hi_key) + " <= " + std::to_string(cap));
    return std::nullopt;
  }
  return std::pair<int, int>(static_cast<int>(*lo), static_cast<int>(*hi));
}

// An array of codes of vocabulary E; reports unknown and non-string entries.
template <typename E>
CodeSet<E> ReadCodes(const toml::array& array, const std::string& what, Diagnostics& diagnostics) {
  CodeSet<E> codes;
  for (const toml::node& item : array) {
    std::optional<std::string_view> name = item.value<std::string_view>();
    if (!item.is_string() || !name) {
      diagnostics.Add(item.source(), what + " must list " + std::string(domain::CodeNoun<E>()) +
                                         " codes as strings");
      continue;
    }
    std::optional<E> code = domain::ParseCode<E>(*name);
    if (!code) {
      diagnostics.Add(item.source(), domain::UnknownCodeMessage<E>(*name) + " in " + what);
      continue;
    }
    codes.Insert(*code);
  }
  return codes;
}

// Parses the code `name` of the table's "code" key into `code`; reports an unknown name.
// Returns whether `code` was set. An empty name was already reported as missing.
template <typename E>
bool ParseInto(TomlTable& table, const std::string& name, E& code) {
  if (name.empty()) return false;
  std::optional<E> parsed = domain::ParseCode<E>(name);
  if (!parsed) {
    table.Problem("code", domain::UnknownCodeMessage<E>(name));
    return false;
  }
  code = *parsed;
  return true;
}

RuleText ReadRuleText(TomlTable& table) {
  RuleText text;
  text.source = table.String("source", Need::kRequired).value_or("");
  text.evidence = table.String("evidence", Need::kOptional).value_or("");
  if (table.raw().get("source") != nullptr && text.source.empty()) {
    table.Problem("source", "'source' in " + table.name() + " must not be empty");
  }
  return text;
}

// Calls read(code, table) for each sub-table of `parent` named by a code of E, reporting
// unknown names, non-table entries and (when `every` is set) codes with no entry.
template <typename E, typename Read>
void ReadCodeTables(TomlTable& parent, std::string_view key, Read read) {
  std::optional<TomlTable> section = parent.Table(key, Need::kRequired);
  if (!section) return;
  std::set<E> seen;
  for (auto&& [name, node] : section->raw()) {
    std::optional<E> code = domain::ParseCode<E>(name.str());
    if (!code) {
      section->diagnostics().Add(name.source(), domain::UnknownCodeMessage<E>(name.str()) +
                                                    " in [" + std::string(key) + "]");
      continue;
    }
    std::optional<TomlTable> entry = section->Table(name.str(), Need::kRequired);
    if (!entry) continue;
    seen.insert(*code);
    read(*code, *entry);
    entry->RejectUnknownKeys();
  }
  for (E code : domain::AllCodes<E>()) {
    if (!seen.contains(code)) {
      section->Problem("", "missing " + std::string(domain::CodeNoun<E>()) + " " +
                               Quoted(CodeName(code)) + " in [" + std::string(key) + "]");
    }
  }
}

void ReadHeader(TomlTable& root, Protocol& protocol) {
  std::optional<TomlTable> header = root.Table("protocol", Need::kRequired);
  if (!header) return;
  protocol.ref.name = header->String("name", Need::kRequired).value_or("");
  protocol.ref.version = header->String("version", Need::kRequired).value_or("");
  protocol.title = header->String("title", Need::kOptional).value_or("");
  auto check_token = [&](std::string_view key, const std::string& value) {
    const bool ok = !value.empty() && value.size() <= 64 &&
                    value.find_first_not_of(
                        "abcdefghijklmnopqrstuvwxyz"
                        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") == std::string::npos;
    if (header->raw().get(key) != nullptr && !ok) {
      header->Problem(key, Quoted(key) + " must be 1-64 letters, digits, '.', '_' or '-'");
    }
  };
  check_token("name", protocol.ref.name);
  check_token("version", protocol.ref.version);
  header->RejectUnknownKeys();
}

void ReadSeries(TomlTable& root, SeriesRule& series) {
  std::optional<TomlTable> table = root.Table("series", Need::kRequired);
  if (!table) return;
  if (auto sessions = ReadIntRange(*table, "sessions", "min", "max", 1, 12)) {
    std::tie(series.sessions_min, series.sessions_max) = *sessions;
  }
  if (auto interval = ReadIntRange(*table, "interval_days", "min", "max", 1, 365)) {
    std::tie(series.interval.min, series.interval.max) = *interval;
  }
  if (auto maintenance = ReadIntRange(*table, "maintenance_months", "from", "to", 1, 60)) {
    std::tie(series.maintenance_from_months, series.maintenance_to_months) = *maintenance;
  }
  if (const toml::array* months = table->Array("follow_up_photo_months", Need::kRequired)) {
    int previous = 0;
    for (const toml::node& item : *months) {
      std::optional<int64_t> month = item.is_integer() ? item.value<int64_t>() : std::nullopt;
      if (!month || *month <= previous || *month > 60) {
        table->diagnostics().Add(item.source(),
                                 "follow_up_photo_months must be whole months in increasing "
                                 "order, between 1 and 60");
        break;
      }
      previous = static_cast<int>(*month);
      series.follow_up_photo_months.push_back(previous);
    }
    if (months->empty()) table->Problem("follow_up_photo_months", "no follow-up photo months");
  }
  if (std::optional<double> mm = table->Number("pih_depth_reduction_mm", Need::kRequired)) {
    if (!std::isfinite(*mm) || *mm < 0 || *mm > 1.0) {
      table->Problem("pih_depth_reduction_mm", "pih_depth_reduction_mm must be within 0..1 mm");
    } else {
      series.pih_reduction = Depth::FromMm(*mm);
    }
  }
  series.text = ReadRuleText(*table);
  table->RejectUnknownKeys();
}

void ReadZone(Zone zone, TomlTable& table, ZoneRule& rule) {
  Diagnostics& diagnostics = table.diagnostics();
  const std::string zone_name = Quoted(CodeName(zone));
  std::optional<Depth> hard_max = ReadDepth(table, "hard_max_mm", Need::kRequired);
  const Depth ceiling = ZoneCeiling(zone);
  if (hard_max && *hard_max > ceiling) {
    table.Problem("hard_max_mm", "hard maximum " + hard_max->ToString() + " for " + zone_name +
                                     " exceeds the safety ceiling " + ceiling.ToString() +
                                     " built into Needlepoint");
  }
  const Depth effective_max = hard_max ? std::min(*hard_max, ceiling) : ceiling;
  if (const toml::node* node = table.Get("depth_mm", Need::kRequired)) {
    if (std::optional<DepthRange> depth =
            ReadDepthRange(*node, "depth_mm of " + zone_name, diagnostics)) {
      if (depth->max > effective_max) {
        diagnostics.Add(node->source(), "depth max " + depth->max.ToString() +
                                            " exceeds zone hard maximum " +
                                            effective_max.ToString() + " for " + zone_name);
      }
      rule.depth = *depth;
    }
  }
  rule.hard_max = effective_max;
  rule.text = ReadRuleText(table);
}

// Reads `single_key` (one value for every severity) or `by_severity_key` (one per severity).
template <typename T, typename ReadOne>
bool ReadPerSeverity(TomlTable& table, std::string_view single_key,
                     std::string_view by_severity_key, std::array<T, kMaxSeverity>& out,
                     ReadOne read_one) {
  const toml::node* single = table.Get(single_key, Need::kOptional);
  const toml::node* by_severity = table.Get(by_severity_key, Need::kOptional);
  if (single != nullptr && by_severity != nullptr) {
    table.Problem(by_severity_key, "give either '" + std::string(single_key) + "' or '" +
                                       std::string(by_severity_key) + "' in " + table.name());
    return true;
  }
  if (single != nullptr) {
    std::optional<T> value = read_one(*single);
    if (value) out.fill(*value);
    return true;
  }
  if (by_severity == nullptr) return false;
  const toml::array* values = by_severity->as_array();
  if (values == nullptr || values->size() != kMaxSeverity) {
    table.Problem(by_severity_key, "'" + std::string(by_severity_key) + "' in " + table.name() +
                                       " must list exactly 4 values, for severity 1 to 4");
    return true;
  }
  for (size_t i = 0; i < kMaxSeverity; ++i) {
    if (std::optional<T> value = read_one(*values->get(i))) out[i] = *value;
  }
  return true;
}

void ReadConcern(Concern concern, TomlTable& table, ConcernRule& rule) {
  Diagnostics& diagnostics = table.diagnostics();
  const std::string what = Quoted(CodeName(concern));
  rule.unsuitable = table.Bool("unsuitable", Need::kOptional).value_or(false);
  const bool has_sessions = ReadPerSeverity<int>(
      table, "sessions", "sessions_by_severity", rule.sessions,
      [&](const toml::node& node) -> std::optional<int> {
        std::optional<int64_t> n = node.is_integer() ? node.value<int64_t>() : std::nullopt;
        if (!n || *n < 1 || *n > 12) {
          diagnostics.Add(node.source(), "sessions for " + what + " must be a whole number 1-12");
          return std::nullopt;
        }
        return static_cast<int>(*n);
      });
  std::array<std::optional<DepthRange>, kMaxSeverity> depth;
  const bool has_depth = ReadPerSeverity<std::optional<DepthRange>>(
      table, "depth_mm", "depth_mm_by_severity", depth,
      [&](const toml::node& node) -> std::optional<std::optional<DepthRange>> {
        std::optional<DepthRange> range = ReadDepthRange(node, "depth_mm of " + what, diagnostics);
        if (range && range->max > IndicationCeiling()) {
          diagnostics.Add(node.source(), "depth max " + range->max.ToString() + " for " + what +
                                             " exceeds the deepest zone ceiling " +
                                             IndicationCeiling().ToString());
        }
        return range;
      });
  rule.depth = depth;
  if (std::optional<int64_t> from = table.Integer("unsuitable_from_severity", Need::kOptional)) {
    if (*from < 1 || *from > kMaxSeverity) {
      table.Problem("unsuitable_from_severity", "unsuitable_from_severity must be 1-4");
    } else {
      rule.unsuitable_from_severity = static_cast<int>(*from);
    }
  }
  if (const toml::array* alternatives = table.Array("alternatives", Need::kOptional)) {
    rule.alternatives =
        ReadCodes<domain::AlternativeCode>(*alternatives, "alternatives of " + what, diagnostics);
  }
  const bool may_be_unsuitable = rule.unsuitable || rule.unsuitable_from_severity > 0;
  if (rule.unsuitable && (has_sessions || has_depth)) {
    table.Problem("unsuitable", what +
                                    " is unsuitable for microneedling, so it takes no "
                                    "sessions or depth");
  }
  if (!rule.unsuitable && (!has_sessions || !has_depth)) {
    table.Problem("", what + " needs sessions and depth_mm (or unsuitable = true)");
  }
  if (may_be_unsuitable && rule.alternatives.empty()) {
    table.Problem("alternatives", what + " can be unsuitable, so it must name alternatives");
  }
  if (!may_be_unsuitable && !rule.alternatives.empty()) {
    table.Problem("alternatives",
                  "alternatives for " + what + " are never offered: it is never unsuitable");
  }
  rule.text = ReadRuleText(table);
}

// Checks the {placeholders} of a message template.
void CheckMessage(TomlTable& table, const std::string& message, bool window_allowed) {
  size_t pos = 0;
  while ((pos = message.find_first_of("{}", pos)) != std::string::npos) {
    if (message[pos] == '}') {
      table.Problem("message", "unbalanced '}' in message of " + table.name());
      return;
    }
    const size_t close = message.find('}', pos);
    if (close == std::string::npos) {
      table.Problem("message", "unclosed '{' in message of " + table.name());
      return;
    }
    const std::string name = message.substr(pos + 1, close - pos - 1);
    if (name != "detail" && !(name == "window" && window_allowed)) {
      table.Problem("message", "unknown placeholder {" + name + "} in message of " + table.name() +
                                   " (use {detail}" + (window_allowed ? " or {window})" : ")"));
    }
    pos = close + 1;
  }
}

std::optional<Window> ReadWindow(TomlTable& table) {
  std::optional<TomlTable> window = table.Table("window", Need::kRequired);
  if (!window) return std::nullopt;
  std::optional<Window> result;
  int units = 0;
  for (auto [key, unit] :
       {std::pair{"days", Window::Unit::kDays}, std::pair{"months", Window::Unit::kMonths},
        std::pair{"years", Window::Unit::kYears}}) {
    std::optional<int64_t> amount = window->Integer(key, Need::kOptional);
    if (!amount) continue;
    ++units;
    if (*amount < 0) {
      window->Problem(key, "window of " + table.name() + " must not be negative");
    } else if (*amount > 36500) {
      window->Problem(key, "window of " + table.name() + " is implausibly long");
    } else {
      result = Window{unit, static_cast<int>(*amount)};
    }
  }
  window->RejectUnknownKeys();
  if (units != 1) {
    table.Problem("window",
                  "window of " + table.name() + " must give exactly one of days, months or years");
    return std::nullopt;
  }
  return result;
}

void ReadProcedureWindows(TomlTable& table, Protocol& protocol) {
  std::optional<TomlTable> windows = table.Table("window_days", Need::kRequired);
  if (!windows) return;
  for (ProcedureCode code : domain::AllCodes<ProcedureCode>()) {
    const std::string_view name = CodeName(code);
    if (domain::kHairRemoval.Contains(code)) {
      if (windows->raw().get(name) != nullptr) {
        windows->Get(name, Need::kOptional);
        windows->Problem(name, Quoted(name) + " is judged by recent_hair_removal, not here");
      }
      continue;
    }
    std::optional<int64_t> days = windows->Integer(name, Need::kRequired);
    if (!days) continue;
    if (*days < 0 || *days > 3650) {
      windows->Problem(name, "window for " + Quoted(name) + " must be 0-3650 days");
      continue;
    }
    protocol.procedure_window_days[static_cast<size_t>(code)] = static_cast<int>(*days);
  }
  windows->RejectUnknownKeys();
}

void ReadFinding(FindingCode code, TomlTable& table, Protocol& protocol) {
  FindingRule& rule = protocol.findings[static_cast<size_t>(code)];
  const std::string what = Quoted(CodeName(code));
  if (std::optional<std::string> level_name = table.String("level", Need::kRequired)) {
    std::optional<Level> level = domain::ParseCode<Level>(*level_name);
    const Level contract = ContractLevel(code);
    if (!level) {
      table.Problem("level", domain::UnknownCodeMessage<Level>(*level_name) + " for " + what);
    } else if (!domain::AtLeastAsStrong(*level, contract)) {
      table.Problem("level", "level " + Quoted(*level_name) + " for " + what +
                                 " is weaker than the contract's " + Quoted(CodeName(contract)));
    } else {
      rule.level = *level;
    }
  }
  if (const toml::array* actions = table.Array("actions", Need::kOptional)) {
    rule.actions =
        ReadCodes<domain::ActionCode>(*actions, "actions of " + what, table.diagnostics());
  }
  ContractActions(code).ForEach([&](domain::ActionCode action) {
    if (!rule.actions.Contains(action)) {
      table.Problem("actions", "actions for " + what + " must include " + Quoted(CodeName(action)));
    }
  });
  rule.message = table.String("message", Need::kRequired).value_or("");
  CheckMessage(table, rule.message, TakesWindow(code));
  if (TakesWindow(code)) {
    rule.window = ReadWindow(table);
  } else if (table.raw().get("window") != nullptr) {
    table.Get("window", Need::kOptional);
    table.Problem("window", what + " takes no window");
  }
  if (code == FindingCode::kRecentProcedure) ReadProcedureWindows(table, protocol);
  rule.overridable = table.Bool("overridable", Need::kOptional).value_or(false);
  if (rule.overridable && rule.level != Level::kDefer) {
    table.Problem("overridable", what +
                                     " cannot be overridable: only a deferral may be set aside "
                                     "by a provider, never a contraindication or a caution");
  }
  rule.text = ReadRuleText(table);
}

// [aliases.<vocabulary>]: code = ["Name", …] lists, plus the table's source.
template <typename E>
void ReadAliasTable(TomlTable& aliases, std::string_view key, domain::AliasTable<E>& out) {
  std::optional<TomlTable> table = aliases.Table(key, Need::kOptional);
  if (!table) return;
  ReadRuleText(*table);
  for (auto&& [name, node] : table->raw()) {
    if (name.str() == "source" || name.str() == "evidence") continue;
    std::optional<E> code = domain::ParseCode<E>(name.str());
    if (!code) {
      table->diagnostics().Add(name.source(),
                               domain::UnknownCodeMessage<E>(name.str()) + " in " + table->name());
      continue;
    }
    const toml::array* names = table->Array(name.str(), Need::kRequired);
    if (names == nullptr) continue;
    for (const toml::node& item : *names) {
      std::optional<std::string_view> alias = item.value<std::string_view>();
      if (!item.is_string() || !alias || alias->empty() || alias->size() > 64) {
        table->diagnostics().Add(item.source(), "aliases of " + Quoted(name.str()) +
                                                    " must be names of 1-64 characters");
        continue;
      }
      // Add refuses a name that is already a code or another code's alias.
      if (!out.Add(*alias, *code)) {
        table->diagnostics().Add(item.source(),
                                 "alias " + Quoted(*alias) + " of " + Quoted(name.str()) +
                                     " already names " +
                                     Quoted(CodeName(out.Resolve(*alias).value_or(*code))));
      }
    }
  }
  table->RejectUnknownKeys();
}

void ReadAliases(TomlTable& root, domain::Aliases& aliases) {
  std::optional<TomlTable> table = root.Table("aliases", Need::kOptional);
  if (!table) return;
  ReadAliasTable(*table, "medications", aliases.medications);
  ReadAliasTable(*table, "history", aliases.history);
  ReadAliasTable(*table, "active", aliases.active);
  ReadAliasTable(*table, "allergies", aliases.allergies);
  table->RejectUnknownKeys();
}

void ReadAdjuncts(TomlTable& root, Protocol& protocol) {
  const toml::array* adjuncts = root.Array("adjuncts", Need::kRequired);
  if (adjuncts == nullptr) return;
  CodeSet<AdjunctCode> seen;
  for (const toml::node& node : *adjuncts) {
    if (!node.is_table()) {
      root.diagnostics().Add(node.source(), "[[adjuncts]] entries must be tables");
      continue;
    }
    TomlTable table(*node.as_table(), "adjuncts", root.diagnostics());
    AdjunctRule rule;
    const std::string name = table.String("code", Need::kRequired).value_or("");
    const bool known = ParseInto(table, name, rule.code);
    if (known && seen.Contains(rule.code)) {
      table.Problem("code", "adjunct " + Quoted(name) + " is listed twice");
    }
    if (const toml::node* scope = table.Get("for", Need::kRequired)) {
      if (scope->value<std::string_view>() == "all") {
        rule.for_all = true;
      } else if (scope->is_array()) {
        rule.for_concerns =
            ReadCodes<Concern>(*scope->as_array(), "for of adjunct", root.diagnostics());
      } else {
        table.Problem("for", "'for' must be \"all\" or a list of concerns");
      }
    }
    rule.optional = table.Bool("optional", Need::kOptional).value_or(false);
    rule.after_healing = table.Bool("after_healing", Need::kOptional).value_or(false);
    rule.text = ReadRuleText(table);
    table.RejectUnknownKeys();
    if (known) {
      seen.Insert(rule.code);
      protocol.adjuncts.push_back(std::move(rule));
    }
  }
}

template <typename Code>
void ReadTimeline(TomlTable& root, std::string_view key, int earliest_day, int latest_day,
                  std::vector<TimelineRule<Code>>& out) {
  const toml::array* items = root.Array(key, Need::kRequired);
  if (items == nullptr) return;
  CodeSet<Code> seen;
  for (const toml::node& node : *items) {
    if (!node.is_table()) {
      root.diagnostics().Add(node.source(), "[[" + std::string(key) + "]] entries must be tables");
      continue;
    }
    TomlTable table(*node.as_table(), std::string(key), root.diagnostics());
    TimelineRule<Code> rule;
    const std::string name = table.String("code", Need::kRequired).value_or("");
    const bool known = ParseInto(table, name, rule.code);
    if (known && seen.Contains(rule.code)) {
      table.Problem("code", Quoted(name) + " is listed twice in [[" + std::string(key) + "]]");
    }
    const std::string what = Quoted(name);
    std::optional<int64_t> from = table.Integer("from_day", Need::kRequired);
    std::optional<int64_t> to = table.Integer("to_day", Need::kOptional);
    const bool open_ended = table.Bool("open_ended", Need::kOptional).value_or(false);
    if (!to && !open_ended && table.raw().get("to_day") == nullptr) {
      table.Problem("code", "timeline item " + what +
                                " has no end: give to_day or "
                                "open_ended = true");
    }
    if (to && open_ended) {
      table.Problem("open_ended", "timeline item " + what + " has both to_day and open_ended");
    }
    auto in_range = [&](int64_t day) { return day >= earliest_day && day <= latest_day; };
    if (from && !in_range(*from)) {
      table.Problem("from_day", "from_day of " + what + " must be within " +
                                    std::to_string(earliest_day) + ".." +
                                    std::to_string(latest_day));
    }
    if (to && !in_range(*to)) {
      table.Problem("to_day", "to_day of " + what + " must be within " +
                                  std::to_string(earliest_day) + ".." + std::to_string(latest_day));
    }
    if (from && to && *to < *from) {
      table.Problem("to_day", "timeline item " + what + " ends before it starts");
    }
    if (const toml::array* only_with = table.Array("only_with", Need::kOptional)) {
      rule.only_with =
          ReadCodes<FindingCode>(*only_with, "only_with of " + what, root.diagnostics());
    }
    rule.instruction = table.String("instruction", Need::kRequired).value_or("");
    rule.text = ReadRuleText(table);
    table.RejectUnknownKeys();
    if (known && from) {
      seen.Insert(rule.code);
      rule.from_day = static_cast<int>(*from);
      if (to) rule.to_day = static_cast<int>(*to);
      out.push_back(std::move(rule));
    }
  }
  // A clinic may move an item's dates, never drop one: reminders and the portal rely on them.
  for (Code code : domain::AllCodes<Code>()) {
    if (!seen.Contains(code)) {
      root.Problem(key, "missing " + std::string(domain::CodeNoun<Code>()) + " " +
                            Quoted(CodeName(code)) + " in [[" + std::string(key) + "]]");
    }
  }
}

std::optional<domain::Urgency> ReadUrgency(TomlTable& table, std::string_view key, Need need) {
  std::optional<std::string> name = table.String(key, need);
  if (!name) return std::nullopt;
  std::optional<domain::Urgency> urgency = domain::ParseCode<domain::Urgency>(*name);
  if (!urgency) {
    table.Problem(key, domain::UnknownCodeMessage<domain::Urgency>(*name) + " in " + table.name());
  }
  return urgency;
}

std::string ReadText(TomlTable& table, std::string_view key, Need need) {
  std::optional<std::string> text = table.String(key, need);
  if (text && text->empty()) {
    table.Problem(key, Quoted(key) + " in " + table.name() + " must not be empty");
  }
  return text.value_or("");
}

void ReadTriageSymptom(domain::Symptom symptom, TomlTable& table, TriageRule& rule) {
  using domain::Urgency;
  const std::string what = Quoted(CodeName(symptom));
  const std::optional<Urgency> urgency = ReadUrgency(table, "urgency", Need::kRequired);
  const Urgency floor = TriageFloor(symptom);
  if (urgency && !AtLeastAsUrgent(*urgency, floor)) {
    table.Problem("urgency", "urgency " + Quoted(CodeName(*urgency)) + " for " + what +
                                 " is weaker than Needlepoint's floor " + Quoted(CodeName(floor)) +
                                 " (signs of infection and a cold sore are always urgent)");
  } else if (urgency) {
    rule.urgency = *urgency;
  }
  rule.message = ReadText(table, "message", Need::kRequired);
  if (table.raw().get("expected_days") != nullptr) {
    if (auto days = ReadIntRange(table, "expected_days", "from", "to", 0, 60)) {
      rule.expected_days = *days;
    }
  }
  const std::optional<Urgency> outside = ReadUrgency(table, "outside_urgency", Need::kOptional);
  const bool has_outside_message = table.raw().get("outside_message") != nullptr;
  rule.outside_message = ReadText(table, "outside_message", Need::kOptional);
  if (urgency == Urgency::kExpected) {
    if (table.raw().get("expected_days") == nullptr) {
      table.Problem("urgency", what + " is expected, so it needs expected_days = { from, to }");
    }
    if (!outside || !has_outside_message) {
      table.Problem("urgency", what +
                                   " is expected, so it needs outside_urgency and "
                                   "outside_message for the days outside its window");
    } else if (*outside == Urgency::kExpected) {
      table.Problem("outside_urgency",
                    "outside_urgency for " + what + " must be 'review' or 'urgent'");
    } else {
      rule.outside_urgency = *outside;
    }
  } else if (urgency) {
    for (std::string_view key : {"expected_days", "outside_urgency", "outside_message"}) {
      if (table.raw().get(key) != nullptr) {
        table.Problem(key, Quoted(key) + " applies only to an expected symptom, not to " + what);
      }
    }
  }
  rule.text = ReadRuleText(table);
}

// [triage]: what the patient is told per urgency ([triage.advice]) and every symptom's rule
// ([triage.symptoms.<symptom>]). A file without the section takes `built_in`'s.
void ReadTriage(TomlTable& root, Protocol& protocol, const Protocol* built_in) {
  if (root.raw().get("triage") == nullptr && built_in != nullptr) {
    protocol.triage = built_in->triage;
    protocol.triage_advice = built_in->triage_advice;
    protocol.triage_built_in = true;
    return;
  }
  std::optional<TomlTable> triage = root.Table("triage", Need::kRequired);
  if (!triage) return;
  if (std::optional<TomlTable> advice = triage->Table("advice", Need::kRequired)) {
    for (domain::Urgency urgency : domain::AllCodes<domain::Urgency>()) {
      protocol.triage_advice.by_urgency[static_cast<size_t>(urgency)] =
          ReadText(*advice, CodeName(urgency), Need::kRequired);
    }
    protocol.triage_advice.text = ReadRuleText(*advice);
    advice->RejectUnknownKeys();
  }
  ReadCodeTables<domain::Symptom>(*triage, "symptoms", [&](domain::Symptom s, TomlTable& table) {
    ReadTriageSymptom(s, table, protocol.triage[static_cast<size_t>(s)]);
  });
  triage->RejectUnknownKeys();
}

// LoadProtocol, with the triage a file without [triage] takes (null: the section is
// required, as in the built-in file itself).
base::Result<Protocol> Load(std::string_view toml_text, std::string_view file_name,
                            const Protocol* built_in) {
  Diagnostics diagnostics{std::string(file_name)};
  toml::table document;
  try {
    document = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& error) {
    diagnostics.Add(error.source(), "TOML syntax: " + std::string(error.description()));
    return base::Fail(base::Status::Invalid(diagnostics.Take(), "the protocol file is not TOML"));
  }
  Protocol protocol;
  TomlTable root(document, "", diagnostics);
  ReadHeader(root, protocol);
  ReadSeries(root, protocol.series);
  ReadCodeTables<Zone>(root, "zones", [&](Zone zone, TomlTable& table) {
    ReadZone(zone, table, protocol.zones[static_cast<size_t>(zone)]);
  });
  ReadCodeTables<Concern>(root, "concerns", [&](Concern concern, TomlTable& table) {
    ReadConcern(concern, table, protocol.concerns[static_cast<size_t>(concern)]);
  });
  ReadCodeTables<FindingCode>(root, "findings", [&](FindingCode code, TomlTable& table) {
    ReadFinding(code, table, protocol);
  });
  ReadAdjuncts(root, protocol);
  ReadTimeline<PrepCode>(root, "prep", -90, 30, protocol.prep);
  ReadTimeline<AftercareCode>(root, "aftercare", 0, 365, protocol.aftercare);
  ReadAliases(root, protocol.aliases);
  ReadTriage(root, protocol, built_in);
  root.RejectUnknownKeys();
  if (!diagnostics.empty()) {
    std::vector<base::FieldProblem> problems = diagnostics.Take();
    const std::string summary = "the protocol file has " + std::to_string(problems.size()) +
                                (problems.size() == 1 ? " problem" : " problems");
    return base::Fail(base::Status::Invalid(std::move(problems), summary));
  }
  return protocol;
}

}  // namespace

base::Result<Protocol> LoadProtocol(std::string_view toml_text, std::string_view file_name) {
  return Load(toml_text, file_name, DefaultProtocol().get());
}

std::shared_ptr<const Protocol> DefaultProtocol() {
  static const std::shared_ptr<const Protocol> protocol = [] {
    base::Result<Protocol> loaded = Load(DefaultProtocolText(), "default.toml", nullptr);
    if (!loaded) {
      std::fprintf(stderr, "the built-in protocol is invalid: %s\n",
                   loaded.error().ToString().c_str());
      std::abort();
    }
    return std::make_shared<const Protocol>(std::move(*loaded));
  }();
  return protocol;
}

}  // namespace needlepoint::protocol
