#include "needlepoint/app/series.h"

#include <algorithm>

#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/app/plan_sync.h"
#include "needlepoint/app/reminders.h"
#include "needlepoint/schedule/spacing.h"

namespace needlepoint::app {
namespace {

using domain::Appointment;
using domain::AppointmentStatus;

base::Status AtPath(base::StatusCode code, const std::string& path, const std::string& message) {
  return base::Status::WithProblems(code, {{path, message}}, message);
}

// A series is booked once, on an active plan: its sessions are then managed one by one.
base::Status CheckBookable(storage::Transaction& tx, const domain::TreatmentPlan& plan) {
  if (plan.status != domain::PlanStatus::kActive) {
    return AtPath(base::StatusCode::kFailedPrecondition, "/status",
                  "the plan is " + std::string(domain::CodeName(plan.status)) +
                      ": a series is booked from an active plan (activating it screens its "
                      "first date again)");
  }
  if (plan.plan.schedule.empty()) {
    return base::FailedPrecondition("the plan has no dates while a deferral is unresolved");
  }
  NP_ASSIGN_OR_RETURN(std::vector<Appointment> existing, tx.appointments().ListForPlan(plan.id));
  for (const Appointment& a : existing) {
    if (domain::HoldsSlot(a.status)) {
      return base::FailedPrecondition(
          "the plan's series is already booked: reschedule or cancel its sessions one by one");
    }
  }
  return base::OkStatus();
}

}  // namespace

base::Result<SeriesProposal> ProposePlanSeries(AppEnv& env, RequestContext& context,
                                               base::PlanId plan_id, const SeriesOptions& options) {
  std::optional<base::PatientId> owner;
  base::Result<SeriesProposal> result = [&]() -> base::Result<SeriesProposal> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    SeriesProposal out;
    NP_ASSIGN_OR_RETURN(out.zone, ClinicZone(*tx));
    NP_ASSIGN_OR_RETURN(out.plan, tx->plans().Get(plan_id));
    owner = out.plan.patient_id;
    NP_RETURN_IF_ERROR(CheckBookable(*tx, out.plan));
    NP_ASSIGN_OR_RETURN(out.service, ServiceTypeOf(*tx, domain::AppointmentKind::kTreatment));
    NP_ASSIGN_OR_RETURN(domain::Consultation consultation,
                        tx->consultations().Get(out.plan.consultation_id));
    const domain::Plan& plan = out.plan.plan;
    const base::CivilDate tomorrow = base::Today(env.clock, out.zone).AddDays(1);
    schedule::SeriesRequest request{.service_minutes = out.service.minutes,
                                    .step_minutes = options.step_minutes,
                                    .horizon_days = options.horizon_days,
                                    .sessions = plan.sessions,
                                    .min_interval_days = plan.interval.min,
                                    .max_interval_days = plan.interval.max,
                                    .first_date = std::max(plan.schedule.front().date, tomorrow),
                                    .not_before = consultation.screening.earliest_date,
                                    .preferences = options.preferences};
    if (options.provider) request.preferred_provider = EngineId(options.provider->value());
    NP_ASSIGN_OR_RETURN(std::vector<Appointment> own,
                        tx->appointments().ListForPatient(out.plan.patient_id));
    for (const Appointment& a : own) {
      if (domain::HoldsSlot(a.status)) request.patient_busy.push_back({a.start, a.end});
    }
    // Read the calendars of the window the series will most likely use; if a session lands
    // beyond it (where the unread calendars looked free), read the whole window the rules
    // allow and propose again. Inside the window read, the answer is exact: every candidate
    // the engine tried before a placement was earlier than it.
    const base::CivilDate start =
        std::max(request.first_date, request.not_before.value_or(request.first_date));
    const int sessions = std::max(1, plan.sessions);
    const base::CivilDate full_end =
        start.AddDays(request.horizon_days + (sessions - 1) * request.max_interval_days + 1);
    const base::CivilDate likely_end =
        std::min(full_end, start.AddDays(14 + (sessions - 1) * (request.min_interval_days + 7)));
    for (const base::CivilDate end : {likely_end, full_end}) {
      const base::Timestamp to = out.zone.ToUtc(end, 0);
      NP_ASSIGN_OR_RETURN(
          schedule::ClinicCalendar calendar,
          ReadCalendar(*tx, out.zone, {.from = out.zone.ToUtc(start, 0), .to = to}));
      if (calendar.providers.empty()) {
        return base::Fail(base::FailedPrecondition(
            "no provider has working hours yet: set them first (PUT /api/v1/staff/{id}/hours)"));
      }
      if (calendar.rooms.empty() || calendar.devices.empty()) {
        return base::Fail(base::FailedPrecondition(
            "a treatment needs a room and a device: the clinic has no active one of them"));
      }
      NP_ASSIGN_OR_RETURN(schedule::Availability index,
                          schedule::Availability::Build(std::move(calendar)));
      if (request.preferred_provider && !index.FindProvider(*request.preferred_provider)) {
        return base::Fail(base::Status::Invalid(
            {{"/provider_id", "is not an active provider with working hours"}}));
      }
      NP_ASSIGN_OR_RETURN(out.proposal, schedule::ProposeSeries(index, request));
      const bool inside =
          std::all_of(out.proposal.sessions.begin(), out.proposal.sessions.end(),
                      [&](const schedule::ProposedSession& s) { return s.slot.end <= to; });
      if (inside) break;
    }
    return out;
  }();
  AuditRead(context, "plan.series.propose", "plan", plan_id.ToString(), owner, result);
  return result;
}

base::Result<Booking> BookPlanSeries(AppEnv& env, RequestContext& context, base::PlanId plan_id,
                                     const std::vector<SessionChoice>& choices,
                                     const std::string& override_reason) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  Booking booking;
  NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, tx->plans().Get(plan_id));
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(plan.patient_id));
  if (patient.merged_into) {
    return base::Fail(base::FailedPrecondition("this record was merged into patient " +
                                               patient.merged_into->ToString()));
  }
  NP_RETURN_IF_ERROR(CheckBookable(*tx, plan));
  const int count = plan.plan.sessions;
  std::vector<size_t> order(choices.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return choices[a].session < choices[b].session; });
  bool complete = static_cast<int>(choices.size()) == count;
  for (size_t i = 0; complete && i < order.size(); ++i) {
    complete = choices[order[i]].session == static_cast<int>(i) + 1;
  }
  if (!complete) {
    return base::Fail(
        base::Status::Invalid({{"/sessions", "must list the plan's sessions 1 to " +
                                                 std::to_string(count) + ", each once"}}));
  }
  NP_ASSIGN_OR_RETURN(domain::ServiceType service,
                      ServiceTypeOf(*tx, domain::AppointmentKind::kTreatment));
  const base::Timestamp now = env.clock.Now();
  std::vector<Appointment> wanted;
  std::vector<base::CivilDate> dates;
  for (size_t i : order) {
    const SessionChoice& choice = choices[i];
    const std::string path = "/sessions/" + std::to_string(i);
    NP_ASSIGN_OR_RETURN(base::Timestamp start,
                        ResolveLocal(booking.zone, choice.start, path + "/start"));
    const base::Timestamp end = start + std::chrono::minutes(service.minutes);
    if (start < now) {
      return base::Fail(
          AtPath(base::StatusCode::kFailedPrecondition, path + "/start", "is in the past"));
    }
    NP_RETURN_IF_ERROR(
        CheckWorkingTime(*tx, booking.zone, choice.provider, start, end, path + "/provider_id"));
    Appointment a;
    a.patient_id = plan.patient_id;
    a.provider_id = choice.provider;
    a.kind = domain::AppointmentKind::kTreatment;
    a.plan_id = plan.id;
    a.session_number = choice.session;
    a.session_count = count;
    a.start = start;
    a.end = end;
    if (choice.room) {
      NP_RETURN_IF_ERROR(
          CheckResource(*tx, *choice.room, domain::ResourceKind::kRoom, path + "/room_id"));
      a.room_id = choice.room;
    } else if (service.needs_room) {
      NP_ASSIGN_OR_RETURN(
          a.room_id, FirstFreeResource(*tx, domain::ResourceKind::kRoom, start, end, std::nullopt));
    }
    if (choice.device) {
      NP_RETURN_IF_ERROR(
          CheckResource(*tx, *choice.device, domain::ResourceKind::kDevice, path + "/device_id"));
      a.device_id = choice.device;
    } else if (service.needs_device) {
      NP_ASSIGN_OR_RETURN(a.device_id, FirstFreeResource(*tx, domain::ResourceKind::kDevice, start,
                                                         end, std::nullopt));
    }
    dates.push_back(booking.zone.LocalDate(start));
    wanted.push_back(std::move(a));
  }
  bool override_needed = false;
  for (size_t k = 1; k < dates.size(); ++k) {
    const schedule::SpacingCheck spacing = schedule::CheckSpacing(
        dates[k - 1], dates[k], std::nullopt, plan.plan.interval.min, plan.plan.interval.max);
    if (spacing.needs_override()) {
      override_needed = true;
      booking.warnings.push_back({static_cast<int>(k) + 1, "spacing_override",
                                  "session " + std::to_string(k + 1) + " is " +
                                      std::to_string(*spacing.days_after_previous) +
                                      " days after the one before, closer than the plan's " +
                                      std::to_string(plan.plan.interval.min) +
                                      "-day minimum; the override and its reason are recorded"});
    }
    if (spacing.warns()) {
      booking.warnings.push_back({static_cast<int>(k) + 1, "spacing_too_far",
                                  "session " + std::to_string(k + 1) + " is " +
                                      std::to_string(*spacing.days_after_previous) +
                                      " days after the one before, more than the plan's " +
                                      std::to_string(plan.plan.interval.max) + "-day maximum"});
    }
  }
  if (override_needed) {
    NP_RETURN_IF_ERROR(
        CheckSpacingOverride(context, override_reason, plan.plan.interval.min, "two sessions are"));
  }
  NP_ASSIGN_OR_RETURN(booking.appointments, tx->appointments().CreateAll(wanted));
  std::vector<std::string> plan_warnings;
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan synced,
                      SyncPlanDates(env, *tx, context, booking.zone, plan, booking.appointments,
                                    override_reason, std::nullopt, plan_warnings));
  AddPlanWarnings(plan_warnings, booking.warnings);
  for (const Appointment& a : booking.appointments) {
    NP_RETURN_IF_ERROR(ScheduleReminders(*tx, booking.zone, a, &synced, now));
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "plan.series.book", "plan", plan.id.ToString(), plan.patient_id,
      domain::AuditOutcome::kSuccess,
      std::to_string(count) + " sessions booked" + (override_needed ? "; spacing override" : "") +
          (synced.version != plan.version ? "; plan re-dated" : ""))));
  NP_RETURN_IF_ERROR(tx->Commit());
  booking.plan = std::move(synced);
  return booking;
}

base::Result<Booking> CancelRemainingSessions(AppEnv& env, RequestContext& context,
                                              base::PlanId plan_id, bool close_plan) {
  if (close_plan && context.principal.role != domain::Role::kOwner &&
      context.principal.role != domain::Role::kProvider) {
    return base::Fail(
        base::PermissionDenied("only an owner or a provider may cancel a treatment plan"));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  Booking booking;
  NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, tx->plans().Get(plan_id));
  if (close_plan && !domain::IsOpen(plan.status)) {
    return base::Fail(AtPath(base::StatusCode::kFailedPrecondition, "/close_plan",
                             "the plan is already " + std::string(domain::CodeName(plan.status))));
  }
  NP_ASSIGN_OR_RETURN(std::vector<Appointment> sessions, tx->appointments().ListForPlan(plan_id));
  int cancelled = 0;
  for (Appointment& a : sessions) {
    if (a.status != AppointmentStatus::kBooked && a.status != AppointmentStatus::kConfirmed) {
      continue;
    }
    NP_ASSIGN_OR_RETURN(a, tx->appointments().SetStatus(a.id, AppointmentStatus::kCancelled));
    NP_RETURN_IF_ERROR(ScheduleReminders(*tx, booking.zone, a, &plan, env.clock.Now()));
    booking.appointments.push_back(a);
    ++cancelled;
  }
  std::string detail = std::to_string(cancelled) + " sessions cancelled";
  if (close_plan) {
    std::vector<std::string> plan_warnings;
    NP_ASSIGN_OR_RETURN(booking.plan,
                        SyncPlanDates(env, *tx, context, booking.zone, plan, sessions, "",
                                      domain::PlanStatus::kCancelled, plan_warnings));
    AddPlanWarnings(plan_warnings, booking.warnings);
    detail += "; plan cancelled";
  }
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("plan.series.cancel", "plan", plan_id.ToString(),
                                       plan.patient_id, domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return booking;
}

}  // namespace needlepoint::app
