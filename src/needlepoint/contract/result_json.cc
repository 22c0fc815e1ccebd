#include "needlepoint/contract/result_json.h"

namespace needlepoint::contract {
namespace {

using domain::CodeName;
using json = nlohmann::ordered_json;

json DateOrNull(const std::optional<base::CivilDate>& date) {
  return date ? json(date->ToString()) : json(nullptr);
}

json TextOrNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

template <typename E>
json CodeList(domain::CodeSet<E> codes) {
  json out = json::array();
  codes.ForEach([&](E code) { out.push_back(CodeName(code)); });
  return out;
}

json DepthJson(domain::DepthRange range) {
  return {{"min", range.min.mm()}, {"max", range.max.mm()}};
}

template <typename Code>
json TimelineJson(const std::vector<domain::TimelineEntry<Code>>& entries) {
  json out = json::array();
  for (const auto& entry : entries) {
    out.push_back({{"code", CodeName(entry.code)},
                   {"from", entry.from.ToString()},
                   {"to", DateOrNull(entry.to)},
                   {"instruction", entry.instruction}});
  }
  return out;
}

}  // namespace

json ScreeningToJson(const domain::Screening& screening) {
  json findings = json::array();
  for (const domain::Finding& finding : screening.findings) {
    json item = {{"code", CodeName(finding.code)},
                 {"level", CodeName(finding.level)},
                 {"until", DateOrNull(finding.until)},
                 {"message", finding.message},
                 {"actions", CodeList(finding.actions)},
                 {"evidence", TextOrNull(finding.evidence)},
                 {"source", finding.source}};
    if (finding.code == domain::FindingCode::kUnsuitableConcern) {
      item["alternatives"] = CodeList(finding.alternatives);
    }
    findings.push_back(std::move(item));
  }
  return {
      {"verdict", CodeName(screening.verdict)},
      {"earliest_date", DateOrNull(screening.earliest_date)},
      {"findings", std::move(findings)},
      {"actions", CodeList(screening.actions)},
      {"protocol", {{"name", screening.protocol.name}, {"version", screening.protocol.version}}},
      {"assessed_on", screening.assessed_on.ToString()},
      {"planned_date", screening.planned_date.ToString()}};
}

json PlanToJson(const domain::Plan& plan) {
  json zones = json::array();
  for (const domain::ZonePlan& zone : plan.zones) {
    zones.push_back({{"zone", CodeName(zone.zone)},
                     {"depth_mm", DepthJson(zone.depth)},
                     {"concerns", CodeList(zone.concerns)},
                     {"zone_default_mm", DepthJson(zone.zone_default)},
                     {"hard_max_mm", zone.hard_max.mm()},
                     {"pih_reduced", zone.pih_reduced},
                     {"evidence", TextOrNull(zone.evidence)}});
  }
  json adjuncts = json::array();
  json optional_adjuncts = json::array();
  json adjunct_notes = json::array();
  for (const domain::AdjunctPlan& adjunct : plan.adjuncts) {
    (adjunct.optional ? optional_adjuncts : adjuncts).push_back(CodeName(adjunct.code));
    if (adjunct.after_healing || !adjunct.evidence.empty()) {
      adjunct_notes.push_back({{"code", CodeName(adjunct.code)},
                               {"after_healing", adjunct.after_healing},
                               {"evidence", TextOrNull(adjunct.evidence)}});
    }
  }
  json schedule = json::array();
  for (const domain::SessionDate& session : plan.schedule) {
    schedule.push_back({{"session", session.number}, {"date", session.date.ToString()}});
  }
  json photos = json::array();
  for (base::CivilDate date : plan.follow_up_photos) photos.push_back(date.ToString());
  json notes = json::array();
  for (const domain::PlanNote& note : plan.notes) {
    notes.push_back({{"topic", note.topic}, {"note", note.note}, {"source", note.source}});
  }
  json maintenance = nullptr;
  if (plan.maintenance) {
    maintenance = {{"from", plan.maintenance->from.ToString()},
                   {"to", plan.maintenance->to.ToString()}};
  }
  return {{"sessions", plan.sessions},
          {"interval_days", {{"min", plan.interval.min}, {"max", plan.interval.max}}},
          {"zones", std::move(zones)},
          {"adjuncts", std::move(adjuncts)},
          {"optional_adjuncts", std::move(optional_adjuncts)},
          {"adjunct_notes", std::move(adjunct_notes)},
          {"schedule", std::move(schedule)},
          {"maintenance", std::move(maintenance)},
          {"prep", TimelineJson(plan.prep)},
          {"aftercare", TimelineJson(plan.aftercare)},
          {"follow_up_photos", std::move(photos)},
          {"alternatives", CodeList(plan.alternatives)},
          {"notes", std::move(notes)}};
}

json PlanResultToJson(const domain::PlanResult& result) {
  return {{"screening", ScreeningToJson(result.screening)},
          {"plan", result.plan ? PlanToJson(*result.plan) : json(nullptr)}};
}

json ProblemsToJson(const std::vector<base::FieldProblem>& problems) {
  json out = json::array();
  for (const base::FieldProblem& problem : problems) {
    out.push_back({{"path", problem.path}, {"message", problem.message}});
  }
  return out;
}

}  // namespace needlepoint::contract
