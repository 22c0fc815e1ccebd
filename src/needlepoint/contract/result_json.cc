#include "needlepoint/contract/result_json.h"

#include <algorithm>

#include "needlepoint/contract/json_reader.h"

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
  json out = {
      {"verdict", CodeName(screening.verdict)},
      {"earliest_date", DateOrNull(screening.earliest_date)},
      {"findings", std::move(findings)},
      {"actions", CodeList(screening.actions)},
      {"protocol", {{"name", screening.protocol.name}, {"version", screening.protocol.version}}},
      {"assessed_on", screening.assessed_on.ToString()},
      {"planned_date", screening.planned_date.ToString()}};
  if (!screening.unscreened.empty()) {
    out["not_screened"] = {
        {"medications", screening.unscreened.medications},
        {"conditions", screening.unscreened.conditions},
        {"message", "Not screened — review: recorded as free text, judged by no rule."}};
  }
  return out;
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
                     {"capped_by_zone", zone.capped_by_zone},
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
  json timelines = json::array();
  for (const domain::SessionTimeline& timeline : plan.timelines) {
    timelines.push_back({{"session", timeline.session},
                         {"date", timeline.date.ToString()},
                         {"prep", TimelineJson(timeline.prep)},
                         {"aftercare", TimelineJson(timeline.aftercare)}});
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
          {"timelines", std::move(timelines)},
          {"follow_up_photos", std::move(photos)},
          {"alternatives", CodeList(plan.alternatives)},
          {"notes", std::move(notes)}};
}

json PlanResultToJson(const domain::PlanResult& result) {
  return {{"screening", ScreeningToJson(result.screening)},
          {"plan", result.plan ? PlanToJson(*result.plan) : json(nullptr)}};
}

// ---- Reading results back -------------------------------------------------------------------

namespace {

using InJson = nlohmann::json;
constexpr std::size_t kLongText = 64 * 1024;  // messages and evidence notes

// Calls read(item, path) for each element of the array at `key`.
template <typename Read>
void EachItem(JsonObject& object, std::string_view key, Need need, Read read) {
  const InJson* items = object.Array(key, need);
  if (items == nullptr) return;
  for (std::size_t i = 0; i < items->size(); ++i) {
    read((*items)[i], JsonPointer(object.PathOf(key), i));
  }
}

template <typename E>
domain::CodeSet<E> CodesAt(JsonObject& object, std::string_view key, Need need) {
  domain::CodeSet<E> codes;
  EachItem(object, key, need, [&](const InJson& item, const std::string& path) {
    if (auto code = CodeAt<E>(item, path, object.problems())) codes.Insert(*code);
  });
  return codes;
}

std::optional<domain::Depth> DepthAt(JsonObject& object, std::string_view key) {
  const InJson* value = object.Field(key, Need::kRequired);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number()) {
    object.problems().Add(object.PathOf(key), "must be a number of millimetres");
    return std::nullopt;
  }
  return domain::Depth::FromMm(value->get<double>());
}

domain::DepthRange DepthRangeAt(JsonObject& parent, std::string_view key) {
  domain::DepthRange range;
  const InJson* value = parent.Field(key, Need::kRequired);
  if (value == nullptr) return range;
  if (auto object = JsonObject::Open(*value, parent.PathOf(key), parent.problems())) {
    range.min = DepthAt(*object, "min").value_or(domain::Depth());
    range.max = DepthAt(*object, "max").value_or(domain::Depth());
    object->RejectUnknownKeys();
  }
  return range;
}

template <typename Code>
std::vector<domain::TimelineEntry<Code>> TimelineAt(JsonObject& parent, std::string_view key,
                                                    Need need) {
  std::vector<domain::TimelineEntry<Code>> entries;
  EachItem(parent, key, need, [&](const InJson& item, const std::string& path) {
    auto object = JsonObject::Open(item, path, parent.problems());
    if (!object) return;
    domain::TimelineEntry<Code> entry;
    entry.code = object->Code<Code>("code", Need::kRequired).value_or(Code{});
    entry.from = object->Date("from", Need::kRequired).value_or(base::CivilDate());
    entry.to = object->Date("to", Need::kOptional);
    entry.instruction = object->String("instruction", Need::kRequired, kLongText).value_or("");
    object->RejectUnknownKeys();
    entries.push_back(std::move(entry));
  });
  return entries;
}

domain::Finding ReadFinding(JsonObject& object) {
  domain::Finding finding;
  finding.code = object.Code<domain::FindingCode>("code", Need::kRequired)
                     .value_or(domain::FindingCode::kActiveAcne);
  finding.level =
      object.Code<domain::Level>("level", Need::kRequired).value_or(domain::Level::kInfo);
  finding.until = object.Date("until", Need::kOptional);
  finding.message = object.String("message", Need::kRequired, kLongText).value_or("");
  finding.actions = CodesAt<domain::ActionCode>(object, "actions", Need::kRequired);
  finding.evidence = object.String("evidence", Need::kOptional, kLongText).value_or("");
  finding.source = object.String("source", Need::kRequired, kLongText).value_or("");
  finding.alternatives = CodesAt<domain::AlternativeCode>(object, "alternatives", Need::kOptional);
  object.RejectUnknownKeys();
  return finding;
}

std::vector<std::string> TextsAt(JsonObject& object, std::string_view key) {
  std::vector<std::string> texts;
  EachItem(object, key, Need::kRequired, [&](const InJson& item, const std::string& path) {
    if (item.is_string()) {
      texts.push_back(item.get<std::string>());
    } else {
      object.problems().Add(path, "must be a string");
    }
  });
  return texts;
}

}  // namespace

base::Result<domain::Screening> ParseScreening(const InJson& document) {
  Problems problems;
  domain::Screening screening;
  if (auto root = JsonObject::Open(document, "", problems)) {
    screening.verdict = root->Code<domain::Verdict>("verdict", Need::kRequired)
                            .value_or(domain::Verdict::kNotEligible);
    screening.earliest_date = root->Date("earliest_date", Need::kOptional);
    EachItem(*root, "findings", Need::kRequired, [&](const InJson& item, const std::string& path) {
      if (auto object = JsonObject::Open(item, path, problems)) {
        screening.findings.push_back(ReadFinding(*object));
      }
    });
    screening.actions = CodesAt<domain::ActionCode>(*root, "actions", Need::kRequired);
    if (const InJson* protocol = root->Field("protocol", Need::kRequired)) {
      if (auto object = JsonObject::Open(*protocol, "/protocol", problems)) {
        screening.protocol.name = object->String("name", Need::kRequired).value_or("");
        screening.protocol.version = object->String("version", Need::kRequired).value_or("");
        object->RejectUnknownKeys();
      }
    }
    screening.assessed_on = root->Date("assessed_on", Need::kRequired).value_or(base::CivilDate());
    screening.planned_date =
        root->Date("planned_date", Need::kRequired).value_or(base::CivilDate());
    if (const InJson* unscreened = root->Field("not_screened", Need::kOptional)) {
      if (auto object = JsonObject::Open(*unscreened, "/not_screened", problems)) {
        screening.unscreened.medications = TextsAt(*object, "medications");
        screening.unscreened.conditions = TextsAt(*object, "conditions");
        object->String("message", Need::kOptional, kLongText);
        object->RejectUnknownKeys();
      }
    }
    root->RejectUnknownKeys();
  }
  if (!problems.empty()) return base::Fail(std::move(problems).ToStatus());
  return screening;
}

namespace {

domain::ZonePlan ReadZonePlan(JsonObject& object) {
  domain::ZonePlan zone;
  zone.zone = object.Code<domain::Zone>("zone", Need::kRequired).value_or(domain::Zone::kForehead);
  zone.depth = DepthRangeAt(object, "depth_mm");
  zone.concerns = CodesAt<domain::Concern>(object, "concerns", Need::kRequired);
  zone.zone_default = DepthRangeAt(object, "zone_default_mm");
  zone.hard_max = DepthAt(object, "hard_max_mm").value_or(domain::Depth());
  zone.pih_reduced = object.Bool("pih_reduced", Need::kRequired).value_or(false);
  zone.capped_by_zone = object.Bool("capped_by_zone", Need::kOptional).value_or(false);
  zone.evidence = object.String("evidence", Need::kOptional, kLongText).value_or("");
  object.RejectUnknownKeys();
  return zone;
}

std::vector<domain::AdjunctPlan> ReadAdjuncts(JsonObject& root) {
  std::vector<domain::AdjunctPlan> adjuncts;
  CodesAt<domain::AdjunctCode>(root, "adjuncts", Need::kRequired).ForEach([&](auto code) {
    adjuncts.push_back({.code = code});
  });
  CodesAt<domain::AdjunctCode>(root, "optional_adjuncts", Need::kRequired).ForEach([&](auto code) {
    adjuncts.push_back({.code = code, .optional = true});
  });
  EachItem(
      root, "adjunct_notes", Need::kRequired, [&](const InJson& item, const std::string& path) {
        auto object = JsonObject::Open(item, path, root.problems());
        if (!object) return;
        const auto code = object->Code<domain::AdjunctCode>("code", Need::kRequired);
        const bool after_healing = object->Bool("after_healing", Need::kRequired).value_or(false);
        const std::string evidence =
            object->String("evidence", Need::kOptional, kLongText).value_or("");
        object->RejectUnknownKeys();
        auto adjunct = std::find_if(adjuncts.begin(), adjuncts.end(),
                                    [&](const auto& a) { return code && a.code == *code; });
        if (adjunct == adjuncts.end()) {
          root.problems().Add(path + "/code", "names no adjunct of the plan");
          return;
        }
        adjunct->after_healing = after_healing;
        adjunct->evidence = evidence;
      });
  std::sort(adjuncts.begin(), adjuncts.end(),
            [](const auto& a, const auto& b) { return a.code < b.code; });
  return adjuncts;
}

}  // namespace

base::Result<domain::Plan> ParsePlan(const InJson& document) {
  Problems problems;
  domain::Plan plan;
  if (auto root = JsonObject::Open(document, "", problems)) {
    plan.sessions = static_cast<int>(root->Integer("sessions", Need::kRequired, 1, 12).value_or(1));
    if (const InJson* interval = root->Field("interval_days", Need::kRequired)) {
      if (auto object = JsonObject::Open(*interval, "/interval_days", problems)) {
        plan.interval.min = static_cast<int>(
            object->Integer("min", Need::kRequired, 1, domain::kMaxIntervalDays).value_or(1));
        plan.interval.max = static_cast<int>(
            object->Integer("max", Need::kRequired, 1, domain::kMaxIntervalDays).value_or(1));
        object->RejectUnknownKeys();
      }
    }
    EachItem(*root, "zones", Need::kRequired, [&](const InJson& item, const std::string& path) {
      if (auto object = JsonObject::Open(item, path, problems)) {
        plan.zones.push_back(ReadZonePlan(*object));
      }
    });
    plan.adjuncts = ReadAdjuncts(*root);
    EachItem(*root, "schedule", Need::kRequired, [&](const InJson& item, const std::string& path) {
      if (auto object = JsonObject::Open(item, path, problems)) {
        domain::SessionDate session;
        session.number =
            static_cast<int>(object->Integer("session", Need::kRequired, 1, 12).value_or(1));
        session.date = object->Date("date", Need::kRequired).value_or(base::CivilDate());
        object->RejectUnknownKeys();
        plan.schedule.push_back(session);
      }
    });
    if (const InJson* maintenance = root->Field("maintenance", Need::kOptional)) {
      if (auto object = JsonObject::Open(*maintenance, "/maintenance", problems)) {
        plan.maintenance =
            domain::DateRange{object->Date("from", Need::kRequired).value_or(base::CivilDate()),
                              object->Date("to", Need::kRequired).value_or(base::CivilDate())};
        object->RejectUnknownKeys();
      }
    } else {
      root->Field("maintenance", Need::kOptional);
    }
    plan.prep = TimelineAt<domain::PrepCode>(*root, "prep", Need::kRequired);
    plan.aftercare = TimelineAt<domain::AftercareCode>(*root, "aftercare", Need::kRequired);
    EachItem(*root, "timelines", Need::kOptional, [&](const InJson& item, const std::string& path) {
      auto object = JsonObject::Open(item, path, problems);
      if (!object) return;
      domain::SessionTimeline timeline;
      timeline.session =
          static_cast<int>(object->Integer("session", Need::kRequired, 1, 12).value_or(1));
      timeline.date = object->Date("date", Need::kRequired).value_or(base::CivilDate());
      timeline.prep = TimelineAt<domain::PrepCode>(*object, "prep", Need::kRequired);
      timeline.aftercare = TimelineAt<domain::AftercareCode>(*object, "aftercare", Need::kRequired);
      object->RejectUnknownKeys();
      plan.timelines.push_back(std::move(timeline));
    });
    EachItem(*root, "follow_up_photos", Need::kRequired,
             [&](const InJson& item, const std::string& path) {
               base::Result<base::CivilDate> date =
                   item.is_string() ? base::CivilDate::Parse(item.get<std::string>())
                                    : base::Fail(base::InvalidArgument("must be a date"));
               if (date) {
                 plan.follow_up_photos.push_back(*date);
               } else {
                 problems.Add(path, date.error().message());
               }
             });
    plan.alternatives = CodesAt<domain::AlternativeCode>(*root, "alternatives", Need::kRequired);
    EachItem(*root, "notes", Need::kRequired, [&](const InJson& item, const std::string& path) {
      auto object = JsonObject::Open(item, path, problems);
      if (!object) return;
      domain::PlanNote note;
      note.topic = object->String("topic", Need::kRequired).value_or("");
      note.note = object->String("note", Need::kRequired, kLongText).value_or("");
      note.source = object->String("source", Need::kRequired, kLongText).value_or("");
      object->RejectUnknownKeys();
      plan.notes.push_back(std::move(note));
    });
    root->RejectUnknownKeys();
  }
  if (!problems.empty()) return base::Fail(std::move(problems).ToStatus());
  return plan;
}

json AftercareToJson(const std::vector<domain::TimelineEntry<domain::AftercareCode>>& aftercare) {
  return TimelineJson(aftercare);
}

base::Result<std::vector<domain::TimelineEntry<domain::AftercareCode>>> ParseAftercare(
    const InJson& array) {
  Problems problems;
  const InJson wrapper = {{"aftercare", array}};
  std::vector<domain::TimelineEntry<domain::AftercareCode>> aftercare;
  if (auto root = JsonObject::Open(wrapper, "", problems)) {
    aftercare = TimelineAt<domain::AftercareCode>(*root, "aftercare", Need::kRequired);
  }
  if (!problems.empty()) return base::Fail(std::move(problems).ToStatus());
  return aftercare;
}

json ProblemsToJson(const std::vector<base::FieldProblem>& problems) {
  json out = json::array();
  for (const base::FieldProblem& problem : problems) {
    out.push_back({{"path", problem.path}, {"message", problem.message}});
  }
  return out;
}

}  // namespace needlepoint::contract
