#include "needlepoint/protocol/planning.h"

#include <algorithm>

#include "needlepoint/protocol/screen.h"

namespace needlepoint::protocol {
namespace {

using base::CivilDate;
using domain::Concern;
using domain::Depth;
using domain::DepthRange;
using domain::FindingCode;
using domain::Intake;
using domain::Plan;
using domain::Screening;
using domain::Verdict;
using domain::Zone;

int SessionCount(const Protocol& protocol, const Intake& intake) {
  int sessions = 0;
  for (const domain::ConcernEntry& concern : intake.concerns) {
    sessions = std::max(sessions, protocol.concern(concern.code).sessions[concern.severity - 1]);
  }
  return std::clamp(sessions, protocol.series.sessions_min, protocol.series.sessions_max);
}

// The note a capped zone carries: the plan says why it stops at the zone's default.
domain::PlanNote CappedNote(const domain::ZonePlan& zone, Depth deepest_indication) {
  const std::string name(domain::CodeName(zone.zone));
  return {.topic = "capped_by_zone",
          .note = name + ": the concerns call for up to " + deepest_indication.ToString() +
                  " mm, deeper than the zone's default of " + zone.zone_default.max.ToString() +
                  " mm, so the plan stays within the default. Going deeper, up to the zone's " +
                  "hard maximum of " + zone.hard_max.ToString() +
                  " mm, is a provider's edit with a reason.",
          .source = "protocol contract v2, §3"};
}

std::vector<domain::ZonePlan> PlanZones(const Protocol& protocol, const Intake& intake,
                                        bool pih_risk, std::vector<domain::PlanNote>& notes) {
  std::vector<domain::ZonePlan> zones;
  intake.areas.ForEach([&](Zone zone) {
    const ZoneRule& zone_rule = protocol.zone(zone);
    std::optional<DepthRange> depth;
    domain::CodeSet<Concern> concerns;
    bool capped = false;
    Depth deepest;
    for (const domain::ConcernEntry& concern : intake.concerns) {
      if (!concern.areas.Contains(zone)) continue;
      const std::optional<DepthRange>& indication =
          protocol.concern(concern.code).depth[concern.severity - 1];
      if (!indication) continue;
      const ZoneDepth clamped = ClampToZone(zone_rule.depth, *indication);
      depth = depth ? DepthRange{std::min(depth->min, clamped.range.min),
                                 std::max(depth->max, clamped.range.max)}
                    : clamped.range;
      capped = capped || clamped.capped;
      deepest = std::max(deepest, indication->max);
      concerns.Insert(concern.code);
    }
    if (!depth) return;
    domain::ZonePlan zone_plan;
    zone_plan.zone = zone;
    zone_plan.depth = *depth;
    if (pih_risk && protocol.series.pih_reduction > Depth()) {
      // v2: max = max(zone.min, max − reduction), then min = min(min, max).
      zone_plan.depth.max =
          std::max(zone_rule.depth.min, depth->max - protocol.series.pih_reduction);
      zone_plan.depth.min = std::min(zone_plan.depth.min, zone_plan.depth.max);
      zone_plan.pih_reduced = zone_plan.depth.max < depth->max;
    }
    zone_plan.concerns = concerns;
    zone_plan.zone_default = zone_rule.depth;
    zone_plan.hard_max = zone_rule.hard_max;
    zone_plan.capped_by_zone = capped;
    zone_plan.evidence = zone_rule.text.evidence;
    if (capped) notes.push_back(CappedNote(zone_plan, deepest));
    zones.push_back(std::move(zone_plan));
  });
  return zones;
}

std::vector<domain::AdjunctPlan> PlanAdjuncts(const Protocol& protocol, const Intake& intake) {
  domain::CodeSet<Concern> present;
  for (const domain::ConcernEntry& concern : intake.concerns) present.Insert(concern.code);
  std::vector<domain::AdjunctPlan> adjuncts;
  for (const AdjunctRule& rule : protocol.adjuncts) {
    if (!rule.for_all && !rule.for_concerns.Intersects(present)) continue;
    adjuncts.push_back({.code = rule.code,
                        .optional = rule.optional,
                        .after_healing = rule.after_healing,
                        .evidence = rule.text.evidence});
  }
  // In code order, whatever the file's order: stored plans read back the same (result_json).
  std::sort(adjuncts.begin(), adjuncts.end(),
            [](const auto& a, const auto& b) { return a.code < b.code; });
  return adjuncts;
}

// The timeline items of `rules` that apply to `screening`, dated from `day`.
template <typename Code>
std::vector<domain::TimelineEntry<Code>> DatedTimeline(const std::vector<TimelineRule<Code>>& rules,
                                                       const Screening& screening, CivilDate day) {
  std::vector<domain::TimelineEntry<Code>> out;
  for (const TimelineRule<Code>& rule : rules) {
    if (!rule.only_with.empty()) {
      const bool applies =
          std::any_of(screening.findings.begin(), screening.findings.end(),
                      [&](const domain::Finding& f) { return rule.only_with.Contains(f.code); });
      if (!applies) continue;
    }
    domain::TimelineEntry<Code> entry;
    entry.code = rule.code;
    entry.from = day.AddDays(rule.from_day);
    if (rule.to_day) entry.to = day.AddDays(*rule.to_day);
    entry.instruction = rule.instruction;
    out.push_back(std::move(entry));
  }
  return out;
}

// The first session's date, or nullopt while an undated deferral is unresolved.
std::optional<CivilDate> FirstSession(const Screening& screening) {
  if (screening.verdict != Verdict::kDefer) return screening.planned_date;
  return screening.earliest_date;
}

}  // namespace

ZoneDepth ClampToZone(DepthRange zone_default, DepthRange indication) {
  auto clamp = [&](Depth d) { return std::clamp(d, zone_default.min, zone_default.max); };
  return {.range = {clamp(indication.min), clamp(indication.max)},
          .capped = indication.max > zone_default.max};
}

domain::SessionTimeline SessionTimelineFor(const Protocol& protocol, const Screening& screening,
                                           int number, CivilDate date) {
  return {.session = number,
          .date = date,
          .prep = DatedTimeline(protocol.prep, screening, date),
          .aftercare = DatedTimeline(protocol.aftercare, screening, date)};
}

Plan Redated(const Protocol& protocol, const Screening& screening, Plan plan) {
  plan.maintenance.reset();
  plan.follow_up_photos.clear();
  plan.prep.clear();
  plan.aftercare.clear();
  plan.timelines.clear();
  if (plan.schedule.empty()) return plan;
  const CivilDate last = plan.schedule.back().date;
  plan.maintenance = domain::DateRange{last.AddMonths(protocol.series.maintenance_from_months),
                                       last.AddMonths(protocol.series.maintenance_to_months)};
  for (int months : protocol.series.follow_up_photo_months) {
    plan.follow_up_photos.push_back(last.AddMonths(months));
  }
  for (const domain::SessionDate& session : plan.schedule) {
    plan.timelines.push_back(SessionTimelineFor(protocol, screening, session.number, session.date));
  }
  plan.prep = plan.timelines.front().prep;
  plan.aftercare = plan.timelines.front().aftercare;
  return plan;
}

Plan Scheduled(const Protocol& protocol, const Screening& screening, Plan plan, CivilDate first) {
  plan.schedule.clear();
  for (int session = 0; session < plan.sessions; ++session) {
    plan.schedule.push_back({session + 1, first.AddDays(session * plan.interval.min)});
  }
  return Redated(protocol, screening, std::move(plan));
}

Plan MakePlan(const Protocol& protocol, const Intake& intake, const Screening& screening) {
  Plan plan;
  plan.sessions = SessionCount(protocol, intake);
  plan.interval = protocol.series.interval;
  if (!protocol.series.text.evidence.empty()) {
    plan.notes.push_back({.topic = "series",
                          .note = protocol.series.text.evidence,
                          .source = protocol.series.text.source});
  }
  plan.zones =
      PlanZones(protocol, intake, screening.Find(FindingCode::kPihRisk) != nullptr, plan.notes);
  plan.adjuncts = PlanAdjuncts(protocol, intake);
  if (const domain::Finding* unsuitable = screening.Find(FindingCode::kUnsuitableConcern)) {
    plan.alternatives = unsuitable->alternatives;
  }
  const std::optional<CivilDate> first = FirstSession(screening);
  if (!first) return plan;
  return Scheduled(protocol, screening, std::move(plan), *first);
}

domain::PlanResult ScreenAndPlan(const Protocol& protocol, const Intake& intake) {
  domain::PlanResult result;
  result.screening = Screen(protocol, intake);
  if (result.screening.verdict != Verdict::kNotEligible) {
    result.plan = MakePlan(protocol, intake, result.screening);
  }
  return result;
}

}  // namespace needlepoint::protocol
