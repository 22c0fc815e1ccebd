#include "needlepoint/protocol/plan_editing.h"

#include <algorithm>

#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/safety_limits.h"
#include "needlepoint/protocol/screen.h"

namespace needlepoint::protocol {
namespace {

using base::CivilDate;
using base::FieldProblem;
using domain::CodeName;
using domain::Depth;
using domain::FindingCode;
using domain::PlanStatus;
using domain::TreatmentPlan;

std::string Name(auto code) { return std::string(CodeName(code)); }

// Checks a free-text reason: required (when `needed`) and not too long.
void CheckReason(const std::string& reason, bool needed, const std::string& path,
                 const std::string& why, std::vector<FieldProblem>& problems) {
  if (needed && reason.empty()) problems.push_back({path, "is required: " + why});
  if (reason.size() > domain::kMaxReasonBytes) {
    problems.push_back(
        {path, "must be at most " + std::to_string(domain::kMaxReasonBytes) + " bytes"});
  }
}

// The plan's overridden deferrals, by code.
bool Overridden(const TreatmentPlan& plan, FindingCode code) {
  return std::any_of(plan.overrides.begin(), plan.overrides.end(),
                     [&](const domain::FindingOverride& o) { return o.finding == code; });
}

class Editor {
 public:
  Editor(const Protocol& protocol, const domain::Consultation& consultation, TreatmentPlan plan,
         base::UserId editor, base::Timestamp now)
      : protocol_(protocol),
        consultation_(consultation),
        plan_(std::move(plan)),
        editor_(editor),
        now_(now) {}

  void Overrides(const std::vector<domain::OverrideRequest>& requests);
  void Zones(const std::vector<domain::ZoneDepthEdit>& edits);
  void Interval(const domain::IntervalEdit& edit);
  void Sessions(const std::vector<domain::SessionDateEdit>& edits);

  std::vector<FieldProblem>& problems() { return problems_; }
  TreatmentPlan& plan() { return plan_; }
  EditOutcome Finish() && { return {std::move(plan_), std::move(warnings_), JoinDetail()}; }

 private:
  // Spacing below the protocol's minimum: needs a reason (given now or recorded before).
  void ShortSpacing(int days, const std::string& reason, const std::string& reason_path) {
    const int minimum = protocol_.series.interval.min;
    CheckReason(reason, plan_.interval_override_reason.empty(), reason_path,
                std::to_string(days) +
                    " days between sessions is below the protocol's minimum of " +
                    std::to_string(minimum),
                problems_);
    if (!reason.empty()) plan_.interval_override_reason = reason;
    warnings_.push_back(std::to_string(days) + " days between sessions is below the protocol's " +
                        std::to_string(minimum) +
                        "; trials used 2-week intervals, so it is allowed with the recorded "
                        "reason");
    details_.push_back("interval override");
  }
  std::string JoinDetail() const {
    std::string out;
    for (const std::string& detail : details_) out += (out.empty() ? "" : "; ") + detail;
    return out;
  }

  const Protocol& protocol_;
  const domain::Consultation& consultation_;
  TreatmentPlan plan_;
  base::UserId editor_;
  base::Timestamp now_;
  std::vector<FieldProblem> problems_;
  std::vector<std::string> warnings_;
  std::vector<std::string> details_;
};

void Editor::Overrides(const std::vector<domain::OverrideRequest>& requests) {
  for (size_t i = 0; i < requests.size(); ++i) {
    const domain::OverrideRequest& request = requests[i];
    const std::string path = "/overrides/" + std::to_string(i);
    const domain::Finding* finding = consultation_.screening.Find(request.finding);
    const FindingRule& rule = protocol_.finding(request.finding);
    if (finding == nullptr) {
      problems_.push_back({path + "/finding", "the consultation's screening has no '" +
                                                  Name(request.finding) + "' finding"});
      continue;
    }
    if (!rule.overridable || finding->level != domain::Level::kDefer) {
      problems_.push_back({path + "/finding", "'" + Name(request.finding) +
                                                  "' cannot be overridden: the protocol does "
                                                  "not mark it overridable"});
      continue;
    }
    if (!finding->until) {
      problems_.push_back({path + "/finding", "'" + Name(request.finding) +
                                                  "' has no end date (still in use): only a "
                                                  "dated window can be overridden"});
      continue;
    }
    CheckReason(request.reason, true, path + "/reason",
                "say why the deferral is set aside for this patient", problems_);
    auto existing = std::find_if(plan_.overrides.begin(), plan_.overrides.end(),
                                 [&](const auto& o) { return o.finding == request.finding; });
    domain::FindingOverride record{request.finding, request.reason, editor_, now_};
    if (existing != plan_.overrides.end()) {
      *existing = record;
    } else {
      plan_.overrides.push_back(record);
    }
    warnings_.push_back("the " + Name(request.finding) + " deferral (until " +
                        finding->until->ToString() +
                        ") is overridden for this plan; the reason is recorded");
    details_.push_back("override " + Name(request.finding));
  }
}

void Editor::Zones(const std::vector<domain::ZoneDepthEdit>& edits) {
  std::string overrides;
  for (size_t i = 0; i < edits.size(); ++i) {
    const domain::ZoneDepthEdit& change = edits[i];
    const std::string path = "/zones/" + std::to_string(i);
    auto stored = std::find_if(plan_.zones.begin(), plan_.zones.end(),
                               [&](const auto& z) { return z.zone == change.zone; });
    if (stored == plan_.zones.end()) {
      problems_.push_back({path + "/zone", "the plan has no zone '" + Name(change.zone) + "'"});
      continue;
    }
    const Depth hard = std::min(protocol_.zone(change.zone).hard_max, ZoneCeiling(change.zone));
    if (change.depth.min <= Depth() || change.depth.min > change.depth.max) {
      problems_.push_back({path + "/depth_mm", "min must be positive and not above max"});
      continue;
    }
    if (change.depth.max > hard) {
      problems_.push_back({path + "/depth_mm/max", "depth max " + change.depth.max.ToString() +
                                                       " exceeds zone hard maximum " +
                                                       hard.ToString() + " for '" +
                                                       Name(change.zone) + "'"});
      continue;
    }
    const bool outside = change.depth.min < stored->protocol_depth.min ||
                         change.depth.max > stored->protocol_depth.max;
    const size_t before = problems_.size();
    CheckReason(change.reason, outside, path + "/reason",
                "the depth leaves the protocol's range " + stored->protocol_depth.min.ToString() +
                    "-" + stored->protocol_depth.max.ToString() + " mm",
                problems_);
    if (problems_.size() != before) continue;
    stored->depth = change.depth;
    stored->override_reason = outside ? change.reason : "";
    if (outside) {
      overrides += (overrides.empty() ? "" : ", ") + Name(change.zone);
      warnings_.push_back("depth for " + Name(change.zone) +
                          " is outside the protocol's range; the reason is recorded");
    }
  }
  if (!overrides.empty()) details_.push_back("depth override: " + overrides);
}

void Editor::Interval(const domain::IntervalEdit& edit) {
  const domain::IntervalDays days{edit.min.value_or(plan_.plan.interval.min),
                                  edit.max.value_or(plan_.plan.interval.max)};
  if (days.min < 1 || days.max < days.min || days.max > domain::kMaxIntervalDays) {
    problems_.push_back({"/interval_days", "must satisfy 1 <= min <= max <= " +
                                               std::to_string(domain::kMaxIntervalDays)});
    return;
  }
  if (days.min < protocol_.series.interval.min) {
    ShortSpacing(days.min, edit.reason, "/interval_days/reason");
  } else {
    CheckReason(edit.reason, false, "/interval_days/reason", "", problems_);
    plan_.interval_override_reason.clear();
  }
  plan_.plan.interval = days;
  // Sessions 2..N follow session 1 at the new spacing.
  if (!plan_.plan.schedule.empty()) {
    const CivilDate first = plan_.plan.schedule.front().date;
    plan_.plan = Scheduled(protocol_, consultation_.screening, std::move(plan_.plan), first);
  }
}

void Editor::Sessions(const std::vector<domain::SessionDateEdit>& edits) {
  std::vector<domain::SessionDate>& schedule = plan_.plan.schedule;
  for (size_t i = 0; i < edits.size(); ++i) {
    const domain::SessionDateEdit& edit = edits[i];
    const std::string path = "/schedule/" + std::to_string(i);
    if (schedule.empty()) {
      problems_.push_back({path,
                           "the series has no dates while an undated deferral is "
                           "unresolved; record a new consultation once it has resolved"});
      return;
    }
    if (edit.session < 1 || edit.session > static_cast<int>(schedule.size())) {
      problems_.push_back(
          {path + "/session", "the plan has sessions 1 to " + std::to_string(schedule.size())});
      continue;
    }
    const size_t k = static_cast<size_t>(edit.session - 1);
    if (edit.date < consultation_.intake.assessed_on) {
      problems_.push_back({path + "/date", "is before the consultation's assessment on " +
                                               consultation_.intake.assessed_on.ToString()});
      continue;
    }
    if (k > 0) {
      const int gap = schedule[k - 1].date.DaysUntil(edit.date);
      if (gap < 1) {
        problems_.push_back({path + "/date", "must be after session " + std::to_string(k) + " on " +
                                                 schedule[k - 1].date.ToString()});
        continue;
      }
      if (gap < plan_.plan.interval.min) {
        ShortSpacing(gap, edit.reason, path + "/reason");
      } else if (gap > plan_.plan.interval.max) {
        warnings_.push_back("session " + std::to_string(edit.session) + " is " +
                            std::to_string(gap) + " days after the one before, more than the " +
                            std::to_string(plan_.plan.interval.max) + "-day maximum");
      }
    }
    CheckReason(edit.reason, false, path + "/reason", "", problems_);
    // The session moves; the ones after it follow at the plan's spacing.
    for (size_t j = k; j < schedule.size(); ++j) {
      schedule[j].date = edit.date.AddDays(static_cast<int32_t>(j - k) * plan_.plan.interval.min);
    }
    details_.push_back("session " + std::to_string(edit.session) + " moved");
  }
  plan_.plan = Redated(protocol_, consultation_.screening, std::move(plan_.plan));
}

}  // namespace

base::Status CheckActivation(const Protocol& protocol, const domain::Consultation& consultation,
                             const TreatmentPlan& plan) {
  const auto& schedule = plan.plan.schedule;
  if (schedule.empty()) {
    return base::Status::WithProblems(
        base::StatusCode::kFailedPrecondition,
        {{"/schedule", "the series has no dates while an undated deferral is unresolved"}},
        "the plan cannot start: record a new consultation once the deferral has resolved");
  }
  domain::Intake intake = consultation.intake;
  intake.planned_date = std::max(schedule.front().date, intake.assessed_on);
  const domain::Screening now = Screen(protocol, intake);
  std::vector<FieldProblem> blocking;
  for (const domain::Finding& finding : now.findings) {
    const std::string path = "/findings/" + Name(finding.code);
    if (finding.level == domain::Level::kContraindicated) {
      blocking.push_back({path, "contraindicated: " + finding.message});
    } else if (finding.level == domain::Level::kDefer) {
      if (finding.until && protocol.finding(finding.code).overridable &&
          Overridden(plan, finding.code)) {
        continue;
      }
      blocking.push_back({path, finding.until
                                    ? "defers treatment until " + finding.until->ToString() +
                                          " (the first session is " +
                                          schedule.front().date.ToString() + ")"
                                    : "is unresolved (" + finding.message +
                                          "); record a new consultation once it has resolved"});
    }
  }
  if (blocking.empty()) return base::OkStatus();
  return base::Status::WithProblems(
      base::StatusCode::kFailedPrecondition, std::move(blocking),
      "the screening does not allow treatment on " + schedule.front().date.ToString());
}

base::Result<EditOutcome> ApplyPlanEdit(const Protocol& protocol,
                                        const domain::Consultation& consultation,
                                        TreatmentPlan plan, const domain::PlanEdit& edit,
                                        base::UserId editor, base::Timestamp now) {
  if (!domain::IsOpen(plan.status)) {
    return base::Fail(base::FailedPrecondition("the plan is " + Name(plan.status) +
                                               " and can no longer be changed"));
  }
  const PlanStatus from = plan.status;
  const std::optional<CivilDate> first_before =
      plan.plan.schedule.empty() ? std::nullopt : std::optional(plan.plan.schedule.front().date);
  Editor editor_state(protocol, consultation, std::move(plan), editor, now);
  editor_state.Overrides(edit.overrides);
  editor_state.Zones(edit.zones);
  if (edit.interval) editor_state.Interval(*edit.interval);
  if (!edit.sessions.empty()) editor_state.Sessions(edit.sessions);
  if (!editor_state.problems().empty()) {
    return base::Fail(base::Status::Invalid(std::move(editor_state.problems())));
  }

  TreatmentPlan& edited = editor_state.plan();
  const PlanStatus to = edit.status.value_or(from);
  if (to != from && !domain::CanTransition(from, to)) {
    const std::string refusal = (from == PlanStatus::kActive ? "an " : "a ") + Name(from) +
                                " plan cannot become " + Name(to);
    return base::Fail(base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                                 {{"/status", refusal}}, refusal));
  }
  const std::optional<CivilDate> first_after =
      edited.plan.schedule.empty() ? std::nullopt
                                   : std::optional(edited.plan.schedule.front().date);
  // Activating, or moving an active plan's start, needs a screening that allows that date.
  if ((to == PlanStatus::kActive && from == PlanStatus::kProposed) ||
      (to == PlanStatus::kActive && first_after != first_before)) {
    NP_RETURN_IF_ERROR(CheckActivation(protocol, consultation, edited));
  }
  edited.status = to;
  EditOutcome outcome = std::move(editor_state).Finish();
  if (to != from) {
    outcome.audit_detail += (outcome.audit_detail.empty() ? "" : "; ") + std::string("status ") +
                            Name(from) + " -> " + Name(to);
  }
  // A proposed plan may be dated ahead of what the screening allows; say so now, not at
  // activation.
  if (to == PlanStatus::kProposed && first_after && first_after != first_before) {
    if (base::Status check = CheckActivation(protocol, consultation, outcome.plan); !check.ok()) {
      outcome.warnings.push_back(check.message() +
                                 "; the plan cannot be activated for that date as it stands");
    }
  }
  return outcome;
}

}  // namespace needlepoint::protocol
