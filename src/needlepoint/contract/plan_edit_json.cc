#include "needlepoint/contract/plan_edit_json.h"

#include "needlepoint/contract/json_reader.h"

namespace needlepoint::contract {
namespace {

// Calls read(object, path) for each object of the array at `key` (at most `limit`).
template <typename Read>
void EachObject(JsonObject& parent, std::string_view key, size_t limit, Read read) {
  const nlohmann::json* items = parent.Array(key, Need::kOptional);
  if (items == nullptr) return;
  if (items->size() > limit) {
    parent.problems().Add(parent.PathOf(key), "at most " + std::to_string(limit) + " items");
    return;
  }
  for (size_t i = 0; i < items->size(); ++i) {
    const std::string path = JsonPointer(parent.PathOf(key), i);
    if (auto object = JsonObject::Open((*items)[i], path, parent.problems())) read(*object);
  }
}

std::string Reason(JsonObject& object) {
  return object.String("reason", Need::kOptional, domain::kMaxReasonBytes).value_or("");
}

// A depth in millimetres at `key` (a sanity bound; the zone's hard maximum is checked later).
std::optional<domain::Depth> DepthMm(JsonObject& range, const char* key) {
  const nlohmann::json* value = range.Field(key, Need::kRequired);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number()) {
    range.problems().Add(range.PathOf(key), "must be a number of millimetres");
    return std::nullopt;
  }
  const double mm = value->get<double>();
  if (!(mm > 0 && mm <= 5)) {
    range.problems().Add(range.PathOf(key), "must be between 0 and 5 mm");
    return std::nullopt;
  }
  return domain::Depth::FromMm(mm);
}

}  // namespace

base::Result<PlanEditRequest> ParsePlanEditRequest(const nlohmann::json& body) {
  Problems problems;
  std::optional<JsonObject> root = JsonObject::Open(body, "", problems);
  if (!root) return base::Fail(std::move(problems).ToStatus());
  JsonObject& object = *root;
  PlanEditRequest request;
  domain::PlanEdit& edit = request.edit;
  request.version = object.Integer("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  edit.status = object.Code<domain::PlanStatus>("status", Need::kOptional);
  if (const nlohmann::json* interval = object.Field("interval_days", Need::kOptional)) {
    if (auto inner = JsonObject::Open(*interval, "/interval_days", problems)) {
      domain::IntervalEdit change;
      const int max_days = domain::kMaxIntervalDays;
      if (auto min = inner->Integer("min", Need::kOptional, 1, max_days)) change.min = *min;
      if (auto max = inner->Integer("max", Need::kOptional, 1, max_days)) change.max = *max;
      change.reason = Reason(*inner);
      inner->RejectUnknownKeys();
      edit.interval = change;
    }
  }
  EachObject(object, "zones", domain::kCodeCount<domain::Zone>, [&](JsonObject& zone) {
    std::optional<domain::Zone> code = zone.Code<domain::Zone>("zone", Need::kRequired);
    const nlohmann::json* depth = zone.Field("depth_mm", Need::kRequired);
    const std::string reason = Reason(zone);
    zone.RejectUnknownKeys();
    if (depth == nullptr) return;
    auto range = JsonObject::Open(*depth, zone.PathOf("depth_mm"), problems);
    if (!range) return;
    const std::optional<domain::Depth> min = DepthMm(*range, "min");
    const std::optional<domain::Depth> max = DepthMm(*range, "max");
    range->RejectUnknownKeys();
    if (code && min && max) edit.zones.push_back({*code, {*min, *max}, reason});
  });
  EachObject(object, "schedule", 12, [&](JsonObject& session) {
    std::optional<int64_t> number = session.Integer("session", Need::kRequired, 1, 12);
    std::optional<base::CivilDate> date = session.Date("date", Need::kRequired);
    const std::string reason = Reason(session);
    session.RejectUnknownKeys();
    if (number && date) edit.sessions.push_back({static_cast<int>(*number), *date, reason});
  });
  EachObject(object, "overrides", 8, [&](JsonObject& item) {
    std::optional<domain::FindingCode> finding =
        item.Code<domain::FindingCode>("finding", Need::kRequired);
    const std::string reason = Reason(item);
    item.RejectUnknownKeys();
    if (finding) edit.overrides.push_back({*finding, reason});
  });
  object.RejectUnknownKeys();
  if (!problems.empty()) return base::Fail(std::move(problems).ToStatus());
  return request;
}

}  // namespace needlepoint::contract
