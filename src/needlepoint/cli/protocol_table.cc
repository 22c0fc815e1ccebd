#include "needlepoint/cli/protocol_table.h"

#include <fmt/format.h>

#include "needlepoint/cli/text_report.h"

namespace needlepoint::cli {
namespace {

using domain::CodeName;

constexpr std::size_t kWidth = 100;

// Collects rule texts and numbers them, so tables can cite "[3]".
class Notes {
 public:
  std::string Cite(const protocol::RuleText& text) {
    notes_.push_back(text);
    return "[" + std::to_string(notes_.size()) + "]";
  }
  std::string Render() const {
    std::string out = "\nSources and evidence\n";
    for (std::size_t i = 0; i < notes_.size(); ++i) {
      const std::string label = fmt::format("[{}] ", i + 1);
      out += Wrap(label + notes_[i].source, kWidth, "  ");
      if (!notes_[i].evidence.empty()) {
        out += Wrap("Evidence: " + notes_[i].evidence, kWidth, "      ");
      }
    }
    return out;
  }

 private:
  std::vector<protocol::RuleText> notes_;
};

std::string Range(domain::DepthRange range) {
  return fmt::format("{:.2f}-{:.2f}", range.min.mm(), range.max.mm());
}

template <typename E>
std::string CodeWords(domain::CodeSet<E> codes) {
  std::string out;
  codes.ForEach([&](E code) { out += (out.empty() ? "" : ", ") + std::string(CodeName(code)); });
  return out.empty() ? "-" : out;
}

std::string Days(int from, std::optional<int> to) {
  auto day = [](int d) { return d == 0 ? std::string("D") : fmt::format("D{:+d}", d); };
  return to ? day(from) + ".." + day(*to) : "from " + day(from);
}

std::string SeverityDepths(const protocol::ConcernRule& rule) {
  if (!rule.depth[0]) return "-";
  bool uniform = true;
  for (const auto& depth : rule.depth) uniform = uniform && depth == rule.depth[0];
  if (uniform) return Range(*rule.depth[0]);
  std::string out;
  for (int s = 0; s < protocol::kMaxSeverity; ++s) {
    out += fmt::format("{}{}:{}", s == 0 ? "" : " ", s + 1, Range(*rule.depth[s]));
  }
  return out;
}

std::string SeveritySessions(const protocol::ConcernRule& rule) {
  if (rule.sessions[0] == 0) return "-";
  bool uniform = true;
  for (int n : rule.sessions) uniform = uniform && n == rule.sessions[0];
  if (uniform) return std::to_string(rule.sessions[0]);
  std::string out;
  for (int s = 0; s < protocol::kMaxSeverity; ++s) {
    out += fmt::format("{}{}:{}", s == 0 ? "" : " ", s + 1, rule.sessions[s]);
  }
  return out;
}

}  // namespace

std::string ProtocolSummary(const protocol::Protocol& p) {
  return fmt::format(
      "{} {}: {} zones, {} concerns, {} findings, {} adjuncts, {} prep and {} "
      "aftercare items",
      p.ref.name, p.ref.version, p.zones.size(), p.concerns.size(), p.findings.size(),
      p.adjuncts.size(), p.prep.size(), p.aftercare.size());
}

std::string ProtocolTables(const protocol::Protocol& p) {
  Notes notes;
  std::string out =
      fmt::format("{} {}{}\n", p.ref.name, p.ref.version, p.title.empty() ? "" : " - " + p.title);
  const protocol::SeriesRule& s = p.series;
  std::string photos;
  for (int m : s.follow_up_photo_months)
    photos += (photos.empty() ? "+" : ", +") + std::to_string(m);
  out += fmt::format(
      "\nSeries {}\n  sessions {}-{}, {}-{} days apart; maintenance {}-{} months after the last "
      "session;\n  follow-up photos {} months after the last session; PIH lowers the maximum "
      "depth by {:.2f} mm\n",
      notes.Cite(s.text), s.sessions_min, s.sessions_max, s.interval.min, s.interval.max,
      s.maintenance_from_months, s.maintenance_to_months, photos, s.pih_reduction.mm());

  out += "\nZones (needle setting, mm)\n";
  out += fmt::format("  {:<12} {:<10} {:<8} {}\n", "zone", "default", "hard max", "source");
  for (domain::Zone zone : domain::AllCodes<domain::Zone>()) {
    const protocol::ZoneRule& rule = p.zone(zone);
    out += fmt::format("  {:<12} {:<10} {:<8.2f} {}\n", CodeName(zone), Range(rule.depth),
                       rule.hard_max.mm(), notes.Cite(rule.text));
  }

  out += "\nConcerns (sessions and depth by severity 1-4)\n";
  out += fmt::format("  {:<18} {:<16} {:<48} {:<6} {}\n", "concern", "sessions", "depth mm",
                     "source", "if unsuitable");
  for (domain::Concern concern : domain::AllCodes<domain::Concern>()) {
    const protocol::ConcernRule& rule = p.concern(concern);
    std::string unsuitable = "-";
    if (rule.unsuitable) {
      unsuitable = "always: " + CodeWords(rule.alternatives);
    } else if (rule.unsuitable_from_severity > 0) {
      unsuitable = fmt::format("severity {}+: {}", rule.unsuitable_from_severity,
                               CodeWords(rule.alternatives));
    }
    out +=
        fmt::format("  {:<18} {:<16} {:<48} {:<6} {}\n", CodeName(concern), SeveritySessions(rule),
                    SeverityDepths(rule), notes.Cite(rule.text), unsuitable);
  }

  out += "\nScreening findings\n";
  out += fmt::format("  {:<22} {:<16} {:<10} {}\n", "finding", "level", "window", "actions");
  for (domain::FindingCode code : domain::AllCodes<domain::FindingCode>()) {
    const protocol::FindingRule& rule = p.finding(code);
    out += fmt::format("  {:<22} {:<16} {:<10} {}{} {}\n", CodeName(code), CodeName(rule.level),
                       rule.window ? rule.window->ToString() : "-", CodeWords(rule.actions),
                       rule.overridable ? " (a provider may override the window)" : "",
                       notes.Cite(rule.text));
  }
  std::string windows;
  for (domain::ProcedureCode code : domain::AllCodes<domain::ProcedureCode>()) {
    if (const auto days = p.procedure_window_days[static_cast<size_t>(code)]) {
      windows += fmt::format("{}{} {}d", windows.empty() ? "" : ", ", CodeName(code), *days);
    }
  }
  out += Wrap("recent_procedure windows: " + windows, kWidth, "  ");

  out += "\nAdjuncts\n";
  for (const protocol::AdjunctRule& rule : p.adjuncts) {
    out += fmt::format("  {:<18} for {}{}{} {}\n", CodeName(rule.code),
                       rule.for_all ? "all" : CodeWords(rule.for_concerns),
                       rule.optional ? "; optional" : "",
                       rule.after_healing ? "; after healing only" : "", notes.Cite(rule.text));
  }
  auto timeline = [&](const auto& rules, std::string_view title) {
    out += fmt::format("\n{} (D = session day)\n", title);
    for (const auto& rule : rules) {
      out += fmt::format(
          "  {:<22} {:<10} {}{}\n", CodeName(rule.code), Days(rule.from_day, rule.to_day),
          rule.only_with.empty() ? "" : "only with " + CodeWords(rule.only_with) + " ",
          notes.Cite(rule.text));
    }
  };
  timeline(p.prep, "Preparation before each session");
  timeline(p.aftercare, "Aftercare after each session");
  auto aliases = [&]<typename E>(const domain::AliasTable<E>& table, std::string_view title) {
    if (table.empty()) return;
    out += fmt::format("\n{} as people write them\n", title);
    for (E code : domain::AllCodes<E>()) {
      std::string names;
      for (const std::string& name : table.AliasesOf(code)) {
        names += (names.empty() ? "" : ", ") + name;
      }
      if (!names.empty()) out += Wrap(fmt::format("{}: {}", CodeName(code), names), kWidth, "  ");
    }
  };
  aliases(p.aliases.medications, "Medications");
  aliases(p.aliases.history, "History");
  aliases(p.aliases.active, "Skin today");
  aliases(p.aliases.allergies, "Allergies");
  return out + notes.Render();
}

}  // namespace needlepoint::cli
