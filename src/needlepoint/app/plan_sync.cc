#include "needlepoint/app/plan_sync.h"

#include "needlepoint/protocol/plan_editing.h"
#include "needlepoint/protocol/planning.h"

namespace needlepoint::app {

base::Status CheckSpacingOverride(const RequestContext& context, const std::string& override_reason,
                                  int min_days, const std::string& what) {
  const std::string rule =
      what + " closer than the plan's minimum of " + std::to_string(min_days) + " days: ";
  if (context.principal.role != domain::Role::kProvider) {
    const std::string message = rule + "only a provider may override that, with a reason";
    return base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                      {{"/override_reason", message}}, message);
  }
  if (override_reason.empty()) {
    const std::string message = rule + "an override needs a reason";
    return base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                      {{"/override_reason", message}}, message);
  }
  return base::OkStatus();
}

void AddPlanWarnings(const std::vector<std::string>& plan_warnings,
                     std::vector<BookingWarning>& warnings) {
  for (const std::string& message : plan_warnings) warnings.push_back({0, "plan", message});
}

std::vector<const domain::Appointment*> SessionsHeld(
    const std::vector<domain::Appointment>& appointments, int sessions) {
  std::vector<const domain::Appointment*> held(static_cast<size_t>(std::max(0, sessions)), nullptr);
  for (const domain::Appointment& a : appointments) {
    if (!domain::HoldsSlot(a.status)) continue;
    if (a.session_number < 1 || a.session_number > sessions) continue;
    held[static_cast<size_t>(a.session_number - 1)] = &a;
  }
  return held;
}

base::Result<domain::TreatmentPlan> SyncPlanDates(
    AppEnv& env, storage::Transaction& tx, const RequestContext& context,
    const base::TimeZone& zone, domain::TreatmentPlan plan,
    const std::vector<domain::Appointment>& appointments, const std::string& override_reason,
    std::optional<domain::PlanStatus> status, std::vector<std::string>& warnings) {
  if (!domain::IsOpen(plan.status)) return plan;
  std::vector<domain::SessionDate>& schedule = plan.plan.schedule;
  const std::vector<const domain::Appointment*> held =
      SessionsHeld(appointments, static_cast<int>(schedule.size()));
  const std::optional<base::CivilDate> first_before =
      schedule.empty() ? std::nullopt : std::optional(schedule.front().date);
  bool changed = false;
  for (size_t k = 0; k < schedule.size(); ++k) {
    base::CivilDate date = schedule[k].date;
    if (held[k] != nullptr) {
      date = zone.LocalDate(held[k]->start);
    } else if (k > 0 && date <= schedule[k - 1].date) {
      // A session not booked keeps its planned date unless a booked one passed it: then it
      // follows the one before at the plan's shortest spacing.
      date = schedule[k - 1].date.AddDays(plan.plan.interval.min);
    }
    if (date != schedule[k].date) {
      schedule[k].date = date;
      changed = true;
    }
  }
  NP_ASSIGN_OR_RETURN(domain::Consultation consultation,
                      tx.consultations().Get(plan.consultation_id));
  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.ForRef(tx, plan.protocol));
  if (changed) {
    // The protocol's own re-dating: timelines, follow-up photos, maintenance window.
    plan.plan = protocol::Redated(*protocol, consultation.screening, std::move(plan.plan));
    for (size_t k = 1; k < schedule.size(); ++k) {
      if (schedule[k - 1].date.DaysUntil(schedule[k].date) < plan.plan.interval.min &&
          !override_reason.empty()) {
        plan.interval_override_reason = override_reason;
      }
    }
    if (plan.status == domain::PlanStatus::kActive && first_before &&
        schedule.front().date != *first_before) {
      NP_RETURN_IF_ERROR(protocol::CheckActivation(*protocol, consultation, plan));
    }
  }
  if (status && *status != plan.status) {
    domain::PlanEdit edit;
    edit.status = status;
    const int64_t version = plan.version;
    NP_ASSIGN_OR_RETURN(protocol::EditOutcome outcome,
                        protocol::ApplyPlanEdit(*protocol, consultation, std::move(plan), edit,
                                                context.principal.user, env.clock.Now()));
    outcome.plan.version = version;
    warnings.insert(warnings.end(), outcome.warnings.begin(), outcome.warnings.end());
    plan = std::move(outcome.plan);
  } else if (!changed) {
    return plan;
  }
  return tx.plans().Update(plan);
}

}  // namespace needlepoint::app
