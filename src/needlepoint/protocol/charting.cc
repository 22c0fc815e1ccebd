#include "needlepoint/protocol/charting.h"

#include <chrono>

namespace needlepoint::protocol {
namespace {

std::string Mm(domain::Depth depth) { return depth.ToString() + " mm"; }

const domain::StoredZone* PlannedZone(const domain::TreatmentPlan& plan, domain::Zone zone) {
  for (const domain::StoredZone& stored : plan.zones) {
    if (stored.zone == zone) return &stored;
  }
  return nullptr;
}

}  // namespace

base::Result<ChartCheck> CheckChart(const Protocol& protocol, const domain::TreatmentPlan& plan,
                                    const domain::Chart& chart, ChartStage stage,
                                    std::string_view prefix) {
  const std::string at(prefix);
  std::vector<base::FieldProblem> problems;
  ChartCheck check;
  domain::ZoneSet seen;
  for (size_t i = 0; i < chart.zones.size(); ++i) {
    const domain::ChartZone& zone = chart.zones[i];
    const std::string path = at + "/zones/" + std::to_string(i);
    const std::string name(domain::CodeName(zone.zone));
    if (seen.Contains(zone.zone)) {
      problems.push_back({path + "/zone", "'" + name + "' is charted twice"});
      continue;
    }
    seen.Insert(zone.zone);
    const domain::Depth hard_max = protocol.zone(zone.zone).hard_max;
    if (zone.depth > hard_max) {
      problems.push_back({path + "/depth_mm", Mm(zone.depth) + " is above the hard maximum " +
                                                  Mm(hard_max) + " for " + name +
                                                  ": never allowed, whatever the reason"});
      continue;
    }
    const domain::StoredZone* planned = PlannedZone(plan, zone.zone);
    std::string outside;
    if (planned == nullptr) {
      outside = name + " is not in the plan";
    } else if (zone.depth < planned->depth.min || zone.depth > planned->depth.max) {
      outside = Mm(zone.depth) + " is outside the plan's " + planned->depth.min.ToString() + "-" +
                Mm(planned->depth.max) + " for " + name;
    }
    if (outside.empty()) continue;
    if (zone.reason.empty()) {
      problems.push_back({path + "/reason", outside + ": give a reason"});
    } else {
      check.warnings.push_back(outside + " (reason recorded)");
    }
  }
  if (chart.anaesthetic) {
    const domain::Anaesthetic& numbing = *chart.anaesthetic;
    if (numbing.removed_at <= numbing.applied_at) {
      problems.push_back({at + "/anaesthetic/removed_at", "must be after applied_at"});
    } else {
      const auto minutes =
          std::chrono::duration_cast<std::chrono::minutes>(numbing.removed_at - numbing.applied_at)
              .count();
      if (minutes < domain::kMinAnaestheticMinutes) {
        check.warnings.push_back("the topical anaesthetic was on for " + std::to_string(minutes) +
                                 " minutes, under the " +
                                 std::to_string(domain::kMinAnaestheticMinutes) + " it needs");
      }
    }
  }
  if (stage == ChartStage::kSigned) {
    if (!chart.device_id) problems.push_back({at + "/device_id", "the pen is required to sign"});
    if (chart.pen_serial.empty()) {
      problems.push_back({at + "/pen_serial", "the pen's serial is required to sign"});
    }
    if (chart.zones.empty()) {
      problems.push_back({at + "/zones", "at least one treated zone is required to sign"});
    }
    if (!chart.end_point) {
      problems.push_back({at + "/end_point", "the end point is required to sign"});
    }
    if (!chart.duration_minutes) {
      problems.push_back({at + "/duration_minutes", "the duration is required to sign"});
    }
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  return check;
}

}  // namespace needlepoint::protocol
