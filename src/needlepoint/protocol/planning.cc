#include "needlepoint/protocol/planning.h"

#include <algorithm>

#include "needlepoint/protocol/screening.h"

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

void PlanZones(const Protocol& protocol, const Intake& intake, bool pih_risk, Plan& plan) {
  intake.areas.ForEach([&](Zone zone) {
    const ZoneRule& zone_rule = protocol.zone(zone);
    std::optional<DepthRange> depth;
    domain::CodeSet<Concern> concerns;
    for (const domain::ConcernEntry& concern : intake.concerns) {
      if (!concern.areas.Contains(zone)) continue;
      const std::optional<DepthRange>& indication =
          protocol.concern(concern.code).depth[concern.severity - 1];
      if (!indication) continue;
      const DepthRange range = IntersectDepth(zone_rule.depth, zone_rule.hard_max, *indication);
      depth = depth ? DepthRange{std::min(depth->min, range.min), std::max(depth->max, range.max)}
                    : range;
      concerns.Insert(concern.code);
    }
    if (!depth) return;
    domain::ZonePlan zone_plan;
    zone_plan.zone = zone;
    zone_plan.depth = *depth;
    if (pih_risk && protocol.series.pih_reduction > Depth()) {
      zone_plan.depth.max = std::max(depth->max - protocol.series.pih_reduction, depth->min);
      zone_plan.pih_reduced = zone_plan.depth.max < depth->max;
    }
    zone_plan.concerns = concerns;
    zone_plan.zone_default = zone_rule.depth;
    zone_plan.hard_max = zone_rule.hard_max;
    zone_plan.evidence = zone_rule.text.evidence;
    plan.zones.push_back(std::move(zone_plan));
  });
}

void PlanAdjuncts(const Protocol& protocol, const Intake& intake, Plan& plan) {
  domain::CodeSet<Concern> present;
  for (const domain::ConcernEntry& concern : intake.concerns) present.Insert(concern.code);
  for (const AdjunctRule& rule : protocol.adjuncts) {
    if (!rule.for_all && !rule.for_concerns.Intersects(present)) continue;
    plan.adjuncts.push_back({.code = rule.code,
                             .optional = rule.optional,
                             .after_healing = rule.after_healing,
                             .evidence = rule.text.evidence});
  }
}

template <typename Code>
void PlanTimeline(const std::vector<TimelineRule<Code>>& rules, const Screening& screening,
                  CivilDate day, std::vector<domain::TimelineEntry<Code>>& out) {
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
}

// The first session's date, or nullopt while an undated deferral is unresolved.
std::optional<CivilDate> FirstSession(const Screening& screening) {
  if (screening.verdict != Verdict::kDefer) return screening.planned_date;
  return screening.earliest_date;
}

}  // namespace

DepthRange IntersectDepth(DepthRange zone_default, Depth hard_max, DepthRange indication) {
  Depth min = std::min(std::max(zone_default.min, indication.min), hard_max);
  const Depth max = std::min(indication.max, hard_max);
  min = std::min(min, max);
  return {min, max};
}

Plan MakePlan(const Protocol& protocol, const Intake& intake, const Screening& screening) {
  Plan plan;
  plan.sessions = SessionCount(protocol, intake);
  plan.interval = protocol.series.interval;
  PlanZones(protocol, intake, screening.Find(FindingCode::kPihRisk) != nullptr, plan);
  PlanAdjuncts(protocol, intake, plan);
  if (const domain::Finding* unsuitable = screening.Find(FindingCode::kUnsuitableConcern)) {
    plan.alternatives = unsuitable->alternatives;
  }
  if (!protocol.series.text.evidence.empty()) {
    plan.notes.push_back({.topic = "series",
                          .note = protocol.series.text.evidence,
                          .source = protocol.series.text.source});
  }

  const std::optional<CivilDate> first = FirstSession(screening);
  if (!first) return plan;
  for (int session = 0; session < plan.sessions; ++session) {
    plan.schedule.push_back({session + 1, first->AddDays(session * plan.interval.min)});
  }
  const CivilDate last = plan.schedule.back().date;
  plan.maintenance = domain::DateRange{last.AddMonths(protocol.series.maintenance_from_months),
                                       last.AddMonths(protocol.series.maintenance_to_months)};
  PlanTimeline(protocol.prep, screening, *first, plan.prep);
  PlanTimeline(protocol.aftercare, screening, *first, plan.aftercare);
  for (int months : protocol.series.follow_up_photo_months) {
    plan.follow_up_photos.push_back(last.AddMonths(months));
  }
  return plan;
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
