#include "needlepoint/cli/text_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>

namespace needlepoint::cli {
namespace {

using domain::CodeName;
using domain::Level;
using domain::Verdict;

constexpr std::size_t kWidth = 96;

std::string Upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return c == '_' ? ' ' : static_cast<char>(std::toupper(c));
  });
  return out;
}

// "Fri 4 Dec 2026 (2026-12-04)": a date a receptionist reads aloud, with the ISO form.
std::string LongDate(base::CivilDate date) {
  static constexpr std::array<std::string_view, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                            "Thu", "Fri", "Sat"};
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::chrono::weekday weekday(date.ToChrono());
  return fmt::format("{} {} {} {}", kDays[weekday.c_encoding()], date.day(),
                     kMonths[date.month() - 1], date.year());
}

std::string_view ActionText(domain::ActionCode action) {
  switch (action) {
    case domain::ActionCode::kAlternativeAnaesthesia:
      return "plan numbing without lidocaine or the allergen";
    case domain::ActionCode::kAntiviralProphylaxis:
      return "antiviral prophylaxis, regimen set by the prescriber";
    case domain::ActionCode::kConservativeDepth:
      return "conservative depths (the plan's maximum is already lowered)";
    case domain::ActionCode::kPhysicianClearance:
      return "written clearance from the patient's physician";
    case domain::ActionCode::kReviewBloodThinners:
      return "review over-the-counter blood thinners with the patient";
    case domain::ActionCode::kStrictPhotoprotection:
      return "strict photoprotection before and after, PIH counselling";
  }
  return "";
}

std::string VerdictLine(const domain::Screening& screening) {
  switch (screening.verdict) {
    case Verdict::kEligible:
      return "ELIGIBLE: no findings stand in the way of treatment.";
    case Verdict::kEligibleWithPrecautions:
      return "ELIGIBLE WITH PRECAUTIONS: treat once the actions below are in place.";
    case Verdict::kDefer:
      return screening.earliest_date
                 ? "DEFER: earliest treatment date " + LongDate(*screening.earliest_date) + " (" +
                       screening.earliest_date->ToString() + ")."
                 : "DEFER: not until the findings below are resolved (no date can be set yet).";
    case Verdict::kNotEligible:
      return "NOT ELIGIBLE: do not treat.";
  }
  return "";
}

template <typename E>
std::string CodeWords(domain::CodeSet<E> codes) {
  std::string out;
  codes.ForEach([&](E code) { out += (out.empty() ? "" : ", ") + std::string(CodeName(code)); });
  return out;
}

std::string Range(domain::DepthRange range) {
  return fmt::format("{:.2f}-{:.2f}", range.min.mm(), range.max.mm());
}

std::string Until(const std::optional<base::CivilDate>& date) {
  return date ? "to " + date->ToString() : "open-ended";
}

}  // namespace

std::string Wrap(const std::string& text, std::size_t width, const std::string& indent) {
  std::string out;
  std::string line = indent;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = indent;
    }
    if (line.size() > indent.size()) line += ' ';
    line += word;
    start = end + 1;
  }
  if (line.size() > indent.size()) out += line + "\n";
  return out;
}

std::string ScreeningReport(const domain::Screening& screening) {
  std::string out = VerdictLine(screening) + "\n";
  out += fmt::format("Protocol {} {} | assessed {} | planned first session {}\n",
                     screening.protocol.name, screening.protocol.version,
                     screening.assessed_on.ToString(), screening.planned_date.ToString());
  if (screening.findings.empty()) {
    out += "\nFindings: none.\n";
  } else {
    out += "\nFindings (strongest first)\n";
  }
  for (const domain::Finding& finding : screening.findings) {
    std::string when;
    if (finding.level == Level::kDefer) {
      when = finding.until ? "  until " + finding.until->ToString() : "  until resolved";
    }
    out +=
        fmt::format("  {:<16}{}{}\n", Upper(CodeName(finding.level)), CodeName(finding.code), when);
    out += Wrap(finding.message, kWidth, std::string(18, ' '));
    if (!finding.actions.empty()) {
      out += Wrap("Actions: " + CodeWords(finding.actions) + ".", kWidth, std::string(18, ' '));
    }
    if (!finding.evidence.empty()) {
      out += Wrap("Evidence: " + finding.evidence, kWidth, std::string(18, ' '));
    }
  }
  if (!screening.unscreened.empty()) {
    out += "\nNot screened — review (recorded as free text; no rule judged these)\n";
    for (const std::string& medication : screening.unscreened.medications) {
      out += Wrap("[ ] medication: " + medication, kWidth, "  ");
    }
    for (const std::string& condition : screening.unscreened.conditions) {
      out += Wrap("[ ] condition: " + condition, kWidth, "  ");
    }
  }
  if (!screening.actions.empty()) {
    out += "\nBefore treatment\n";
    screening.actions.ForEach([&](domain::ActionCode action) {
      out += Wrap("[ ] " + std::string(CodeName(action)) + ": " + std::string(ActionText(action)),
                  kWidth, "  ");
    });
  }
  return out;
}

std::string PlanReport(const domain::PlanResult& result) {
  std::string out = ScreeningReport(result.screening);
  if (!result.plan) {
    out += "\nNo treatment plan: the patient is not eligible.\n";
    return out;
  }
  const domain::Plan& plan = *result.plan;
  out += fmt::format("\nPlan: {} sessions, {}-{} days apart\n", plan.sessions, plan.interval.min,
                     plan.interval.max);
  if (plan.schedule.empty()) {
    out += "  Schedule: waits until the deferral is resolved; dates follow from session 1.\n";
  } else {
    out += "  Schedule\n";
    for (const domain::SessionDate& session : plan.schedule) {
      out += fmt::format("    {}. {:<16} {}\n", session.number, LongDate(session.date),
                         session.date.ToString());
    }
  }
  out += "\n  Needle depth by zone (device setting, mm)\n";
  if (plan.zones.empty()) {
    out += "    No zone has a concern microneedling treats; see the alternatives.\n";
  }
  for (const domain::ZonePlan& zone : plan.zones) {
    out += fmt::format("    {:<12} {:<10} for {}  (zone default {}, hard max {:.2f}{})\n",
                       CodeName(zone.zone), Range(zone.depth), CodeWords(zone.concerns),
                       Range(zone.zone_default), zone.hard_max.mm(),
                       std::string(zone.capped_by_zone ? ", capped at the zone default" : "") +
                           (zone.pih_reduced ? ", lowered for PIH risk" : ""));
    if (!zone.evidence.empty()) out += Wrap("Note: " + zone.evidence, kWidth, "      ");
  }
  std::string adjuncts, optional;
  for (const domain::AdjunctPlan& adjunct : plan.adjuncts) {
    std::string& list = adjunct.optional ? optional : adjuncts;
    list += (list.empty() ? "" : ", ") + std::string(CodeName(adjunct.code)) +
            (adjunct.after_healing ? " (after healing, never into fresh channels)" : "");
  }
  out += "\n  Adjuncts: " + adjuncts + (optional.empty() ? "" : "; optional: " + optional) + "\n";
  if (!plan.prep.empty()) {
    out += "\n  Before session 1\n";
    for (const auto& item : plan.prep) {
      out += fmt::format("    {} {:<14} {}\n", item.from.ToString(), Until(item.to),
                         CodeName(item.code));
      out += Wrap(item.instruction, kWidth, std::string(33, ' '));
    }
  }
  if (!plan.aftercare.empty()) {
    out += "\n  After session 1\n";
    for (const auto& item : plan.aftercare) {
      out += fmt::format("    {} {:<14} {}\n", item.from.ToString(), Until(item.to),
                         CodeName(item.code));
      out += Wrap(item.instruction, kWidth, std::string(33, ' '));
    }
  }
  if (plan.timelines.size() > 1) {
    out += "\n  Sessions 2-" + std::to_string(plan.timelines.size()) +
           ": the same preparation and aftercare, dated from each session\n";
    for (size_t k = 1; k < plan.timelines.size(); ++k) {
      const domain::SessionTimeline& timeline = plan.timelines[k];
      std::string line = fmt::format("{}. {}", timeline.session, LongDate(timeline.date));
      if (!timeline.prep.empty()) {
        const auto earliest =
            std::min_element(timeline.prep.begin(), timeline.prep.end(),
                             [](const auto& a, const auto& b) { return a.from < b.from; });
        line += ": prep from " + earliest->from.ToString();
      }
      // The required actions, dated for this session.
      for (const auto& item : timeline.prep) {
        if (item.code == domain::PrepCode::kAntiviralProphylaxis ||
            item.code == domain::PrepCode::kReviewBloodThinners) {
          line += "; " + std::string(CodeName(item.code)) + " " + item.from.ToString() + " " +
                  Until(item.to);
        }
      }
      out += Wrap(line, kWidth, "    ");
    }
  }
  if (!plan.follow_up_photos.empty()) {
    std::string photos;
    for (base::CivilDate date : plan.follow_up_photos) {
      photos += (photos.empty() ? "" : ", ") + date.ToString();
    }
    out += "\n  Follow-up photos: " + photos + "\n";
  }
  if (plan.maintenance) {
    out += fmt::format("  Maintenance session: between {} and {}\n",
                       plan.maintenance->from.ToString(), plan.maintenance->to.ToString());
  }
  if (!plan.alternatives.empty()) {
    out += "  Alternatives to discuss: " + CodeWords(plan.alternatives) + "\n";
  }
  for (const domain::PlanNote& note : plan.notes) {
    out += "\n" + Wrap("Note (" + note.topic + "): " + note.note, kWidth, "  ");
  }
  return out;
}

}  // namespace needlepoint::cli
