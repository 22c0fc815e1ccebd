#include "needlepoint/app/booking.h"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/app/plan_sync.h"
#include "needlepoint/app/reminders.h"
#include "needlepoint/schedule/free_slots.h"
#include "needlepoint/schedule/spacing.h"

namespace needlepoint::app {
namespace {

using domain::Appointment;
using domain::AppointmentKind;
using domain::AppointmentStatus;

base::Status AtPath(base::StatusCode code, const std::string& path, const std::string& message) {
  return base::Status::WithProblems(code, {{path, message}}, message);
}

base::Status NotFoundAppointment() { return base::NotFound("appointment not found"); }

// Whether the visit has already happened (or was missed): it can no longer be cancelled.
bool Happened(AppointmentStatus status) {
  return status == AppointmentStatus::kCheckedIn || status == AppointmentStatus::kCompleted ||
         status == AppointmentStatus::kNoShow;
}

base::Result<std::optional<domain::TreatmentPlan>> PlanOf(storage::Transaction& tx,
                                                          const Appointment& a) {
  if (!a.plan_id) return std::optional<domain::TreatmentPlan>();
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, tx.plans().Get(*a.plan_id));
  return std::optional<domain::TreatmentPlan>(std::move(plan));
}

// Chooses the room (or device) of a visit: the one asked for (checked), else the current one
// if still free, else the first free one; none when the service does not need it.
base::Result<std::optional<base::ResourceId>> ChooseResource(
    storage::Transaction& tx, domain::ResourceKind kind, bool needed,
    std::optional<base::ResourceId> asked, std::optional<base::ResourceId> current,
    base::Timestamp start, base::Timestamp end, std::optional<base::AppointmentId> self,
    const std::string& path) {
  if (asked) {
    NP_RETURN_IF_ERROR(CheckResource(tx, *asked, kind, path));
    return asked;
  }
  if (!needed && !current) return std::optional<base::ResourceId>();
  if (current) {
    NP_ASSIGN_OR_RETURN(std::vector<domain::BusySlot> busy, tx.appointments().ListBusy(start, end));
    const bool taken = std::any_of(busy.begin(), busy.end(), [&](const domain::BusySlot& s) {
      return s.id != self && (s.room_id == current || s.device_id == current);
    });
    base::Result<domain::Resource> resource = tx.resources().Get(*current);
    if (!taken && resource && resource->active) return current;
  }
  NP_ASSIGN_OR_RETURN(base::ResourceId free, FirstFreeResource(tx, kind, start, end, self));
  return std::optional<base::ResourceId>(free);
}

}  // namespace

base::Result<FreeSlots> FindSlots(AppEnv& env, RequestContext& context, const SlotSearch& search) {
  base::Result<FreeSlots> result = [&]() -> base::Result<FreeSlots> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    FreeSlots out;
    NP_ASSIGN_OR_RETURN(out.zone, ClinicZone(*tx));
    NP_ASSIGN_OR_RETURN(out.service, ServiceTypeOf(*tx, search.kind));
    if (search.days < 1 || search.days > schedule::kMaxSlotDays) {
      return base::Fail(base::Status::Invalid(
          {{"?days", "must be 1 to " + std::to_string(schedule::kMaxSlotDays)}}));
    }
    schedule::SlotRequest request{.service_minutes = out.service.minutes,
                                  .from = search.from,
                                  .days = search.days,
                                  .count = search.count,
                                  .needs_room = out.service.needs_room,
                                  .needs_device = out.service.needs_device,
                                  .preferences = search.preferences,
                                  .not_before = env.clock.Now()};
    if (search.provider) request.provider = EngineId(search.provider->value());
    if (search.patient) {
      NP_RETURN_IF_ERROR(tx->patients().Get(*search.patient));
      NP_ASSIGN_OR_RETURN(std::vector<Appointment> own,
                          tx->appointments().ListForPatient(*search.patient));
      for (const Appointment& a : own) {
        if (domain::HoldsSlot(a.status)) request.patient_busy.push_back({a.start, a.end});
      }
    }
    const base::Timestamp from = out.zone.ToUtc(search.from, 0) - std::chrono::hours(24);
    const base::Timestamp to =
        out.zone.ToUtc(search.from.AddDays(search.days + 1), 0) + std::chrono::hours(24);
    NP_ASSIGN_OR_RETURN(schedule::ClinicCalendar calendar,
                        ReadCalendar(*tx, out.zone, {.from = from, .to = to}));
    if (calendar.providers.empty()) {
      return base::Fail(base::FailedPrecondition(
          "no provider has working hours yet: set them first (PUT /api/v1/staff/{id}/hours)"));
    }
    NP_ASSIGN_OR_RETURN(schedule::Availability index,
                        schedule::Availability::Build(std::move(calendar)));
    if (request.provider && !index.FindProvider(*request.provider)) {
      return base::Fail(base::Status::Invalid(
          {{"?provider_id", "is not an active provider with working hours"}}));
    }
    if ((request.needs_room && index.room_count() == 0) ||
        (request.needs_device && index.device_count() == 0)) {
      return base::Fail(
          base::FailedPrecondition("the clinic has no active room or device this visit needs"));
    }
    NP_ASSIGN_OR_RETURN(out.slots, schedule::FindFreeSlots(index, request));
    return out;
  }();
  context.read_audit.push_back(context.Audit(
      "schedule.free_slots", "patient", search.patient ? search.patient->ToString() : "",
      search.patient, result ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed,
      result ? std::to_string(result->slots.size()) + " slots"
             : std::string(base::StatusCodeName(result.error().code()))));
  return result;
}

base::Result<Appointment> BookVisitIn(AppEnv& env, storage::Transaction& tx,
                                      const base::TimeZone& zone, const VisitRequest& r) {
  if (r.kind == AppointmentKind::kTreatment) {
    return base::Fail(
        base::Status::Invalid({{"/kind",
                                "a treatment session is booked with its plan's whole series, "
                                "not on its own"}}));
  }
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx.patients().Get(r.patient));
  if (patient.merged_into) {
    return base::Fail(base::FailedPrecondition("this record was merged into patient " +
                                               patient.merged_into->ToString() +
                                               "; book the visit there"));
  }
  NP_ASSIGN_OR_RETURN(domain::ServiceType service, ServiceTypeOf(tx, r.kind));
  NP_ASSIGN_OR_RETURN(base::Timestamp start, ResolveLocal(zone, r.start, "/start"));
  const base::Timestamp end = start + std::chrono::minutes(service.minutes);
  if (start < env.clock.Now()) {
    return base::Fail(AtPath(base::StatusCode::kFailedPrecondition, "/start", "is in the past"));
  }
  NP_RETURN_IF_ERROR(CheckWorkingTime(tx, zone, r.provider, start, end, "/provider_id"));
  Appointment a;
  a.patient_id = r.patient;
  a.provider_id = r.provider;
  a.kind = r.kind;
  a.start = start;
  a.end = end;
  NP_ASSIGN_OR_RETURN(a.room_id,
                      ChooseResource(tx, domain::ResourceKind::kRoom, service.needs_room, r.room,
                                     std::nullopt, start, end, std::nullopt, "/room_id"));
  NP_ASSIGN_OR_RETURN(
      a.device_id, ChooseResource(tx, domain::ResourceKind::kDevice, service.needs_device, r.device,
                                  std::nullopt, start, end, std::nullopt, "/device_id"));
  NP_ASSIGN_OR_RETURN(Appointment stored, tx.appointments().Create(a));
  NP_RETURN_IF_ERROR(ScheduleReminders(tx, zone, stored, nullptr, env.clock.Now()));
  return stored;
}

base::Result<Booking> BookVisit(AppEnv& env, RequestContext& context, const VisitRequest& r) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  Booking booking;
  NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(Appointment stored, BookVisitIn(env, *tx, booking.zone, r));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("appointment.create", "appointment", stored.id.ToString(), stored.patient_id,
                    domain::AuditOutcome::kSuccess, std::string(domain::CodeName(stored.kind)))));
  NP_RETURN_IF_ERROR(tx->Commit());
  booking.appointments.push_back(std::move(stored));
  return booking;
}

base::Result<Booking> GetAppointment(AppEnv& env, RequestContext& context, base::AppointmentId id) {
  std::optional<base::PatientId> owner;
  bool denied = false;
  base::Result<Booking> result = [&]() -> base::Result<Booking> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    Booking booking;
    NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
    NP_ASSIGN_OR_RETURN(Appointment a, tx->appointments().Get(id));
    owner = a.patient_id;
    if (!MaySee(context.principal, a.patient_id)) {
      denied = true;
      return base::Fail(NotFoundAppointment());
    }
    booking.appointments.push_back(std::move(a));
    return booking;
  }();
  AuditRead(context, "appointment.read", "appointment", id.ToString(), owner, result, denied);
  return result;
}

base::Result<Booking> CancelAppointment(AppEnv& env, RequestContext& context,
                                        base::AppointmentId id, int64_t version) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  Booking booking;
  NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(Appointment current, tx->appointments().Get(id));
  if (current.version != version) {
    return base::Fail(base::Conflict("the appointment was changed by someone else"));
  }
  if (Happened(current.status)) {
    return base::Fail(base::FailedPrecondition("this visit is " +
                                               std::string(domain::CodeName(current.status)) +
                                               " and can no longer be cancelled"));
  }
  if (current.status == AppointmentStatus::kCancelled) {
    // Idempotent: cancelling again changes nothing and is still recorded.
    NP_RETURN_IF_ERROR(tx->audit().Append(
        context.Audit("appointment.cancel", "appointment", id.ToString(), current.patient_id,
                      domain::AuditOutcome::kSuccess, "already cancelled")));
    NP_RETURN_IF_ERROR(tx->Commit());
    booking.appointments.push_back(std::move(current));
    return booking;
  }
  NP_ASSIGN_OR_RETURN(Appointment cancelled,
                      tx->appointments().SetStatus(id, AppointmentStatus::kCancelled));
  NP_RETURN_IF_ERROR(ScheduleReminders(*tx, booking.zone, cancelled, nullptr, env.clock.Now()));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("appointment.cancel", "appointment", id.ToString(), cancelled.patient_id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  booking.appointments.push_back(std::move(cancelled));
  return booking;
}

base::Result<Booking> ListPatientAppointments(AppEnv& env, RequestContext& context,
                                              base::PatientId patient) {
  const bool allowed = MaySee(context.principal, patient);
  base::Result<Booking> result = [&]() -> base::Result<Booking> {
    if (!allowed) return base::Fail(base::NotFound("patient not found"));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    Booking booking;
    NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    NP_ASSIGN_OR_RETURN(booking.appointments, tx->appointments().ListForPatient(patient));
    return booking;
  }();
  AuditRead(context, "appointment.list", "patient", patient.ToString(), patient, result, !allowed);
  return result;
}

base::Result<Booking> ListCalendar(AppEnv& env, RequestContext& context, const CalendarQuery& q) {
  base::Result<Booking> result = [&]() -> base::Result<Booking> {
    const int days = q.from.DaysUntil(q.to);
    if (days < 1 || days > kMaxCalendarDays) {
      return base::Fail(base::Status::Invalid(
          {{"?to", "must be 1 to " + std::to_string(kMaxCalendarDays) + " days after ?from"}}));
    }
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    Booking booking;
    NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
    const base::Timestamp start = booking.zone.ToUtc(q.from, 0);
    const base::Timestamp end = booking.zone.ToUtc(q.to, 0);
    NP_ASSIGN_OR_RETURN(std::vector<Appointment> all,
                        q.provider ? tx->appointments().ListForProvider(*q.provider, start, end)
                                   : tx->appointments().ListBetween(start, end));
    for (Appointment& a : all) {
      if (q.room && a.room_id != q.room) continue;
      if (q.device && a.device_id != q.device) continue;
      if (!booking.patient_names.contains(a.patient_id.value())) {
        NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(a.patient_id));
        booking.patient_names[a.patient_id.value()] =
            patient.given_name + " " + patient.family_name;
      }
      booking.appointments.push_back(std::move(a));
    }
    return booking;
  }();
  // Like a search: the row names the patients shown, never a query.
  std::string patients;
  if (result) {
    for (const auto& [id, name] : result->patient_names) {
      patients += (patients.empty() ? "" : ",") + std::to_string(id);
    }
  }
  context.read_audit.push_back(context.Audit(
      "calendar.read", "calendar", "", std::nullopt,
      result ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed,
      result
          ? std::to_string(result->appointments.size()) + " appointments of patients: " + patients
          : std::string(base::StatusCodeName(result.error().code()))));
  return result;
}

base::Result<Booking> Reschedule(AppEnv& env, RequestContext& context, base::AppointmentId id,
                                 const MoveRequest& r) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  Booking booking;
  NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(Appointment current, tx->appointments().Get(id));
  if (current.version != r.version) {
    return base::Fail(base::Conflict("the appointment was changed by someone else"));
  }
  if (Happened(current.status)) {
    return base::Fail(base::FailedPrecondition("this visit is " +
                                               std::string(domain::CodeName(current.status)) +
                                               " and can no longer be moved"));
  }
  NP_ASSIGN_OR_RETURN(base::Timestamp start, ResolveLocal(booking.zone, r.start, "/start"));
  const base::Timestamp end = start + (current.end - current.start);
  if (start < env.clock.Now()) {
    return base::Fail(AtPath(base::StatusCode::kFailedPrecondition, "/start", "is in the past"));
  }
  const base::UserId provider = r.provider.value_or(current.provider_id);
  NP_RETURN_IF_ERROR(CheckWorkingTime(*tx, booking.zone, provider, start, end, "/provider_id"));
  NP_ASSIGN_OR_RETURN(domain::ServiceType service, ServiceTypeOf(*tx, current.kind));
  Appointment slot = current;
  slot.start = start;
  slot.end = end;
  slot.provider_id = provider;
  slot.status =
      current.status == AppointmentStatus::kCancelled ? AppointmentStatus::kBooked : current.status;
  NP_ASSIGN_OR_RETURN(slot.room_id,
                      ChooseResource(*tx, domain::ResourceKind::kRoom, service.needs_room, r.room,
                                     current.room_id, start, end, id, "/room_id"));
  NP_ASSIGN_OR_RETURN(slot.device_id,
                      ChooseResource(*tx, domain::ResourceKind::kDevice, service.needs_device,
                                     r.device, current.device_id, start, end, id, "/device_id"));
  NP_ASSIGN_OR_RETURN(std::optional<domain::TreatmentPlan> plan, PlanOf(*tx, current));
  std::string detail;
  std::vector<Appointment> siblings;
  if (plan && current.session_number > 0) {
    NP_ASSIGN_OR_RETURN(siblings, tx->appointments().ListForPlan(plan->id));
    // The neighbours: the nearest sessions before and after this one that hold their slot
    // or were completed.
    std::optional<base::CivilDate> previous, next;
    int previous_number = 0, next_number = INT_MAX;
    for (const Appointment& other : siblings) {
      if (other.id == id || !domain::HoldsSlot(other.status) || other.session_number < 1) {
        continue;
      }
      if (other.session_number < current.session_number && other.session_number > previous_number) {
        previous_number = other.session_number;
        previous = booking.zone.LocalDate(other.start);
      }
      if (other.session_number > current.session_number && other.session_number < next_number) {
        next_number = other.session_number;
        next = booking.zone.LocalDate(other.start);
      }
    }
    const schedule::SpacingCheck spacing =
        schedule::CheckSpacing(previous, booking.zone.LocalDate(start), next,
                               plan->plan.interval.min, plan->plan.interval.max);
    if (spacing.needs_override()) {
      NP_RETURN_IF_ERROR(CheckSpacingOverride(context, r.override_reason, plan->plan.interval.min,
                                              "the new date is"));
      booking.warnings.push_back({current.session_number, "spacing_override",
                                  "the session is closer to a neighbouring session than the "
                                  "plan's " +
                                      std::to_string(plan->plan.interval.min) +
                                      "-day minimum; the override and its reason are recorded"});
      detail = "spacing override";
    }
    if (spacing.warns()) {
      booking.warnings.push_back({current.session_number, "spacing_too_far",
                                  "the session is further from a neighbouring session than the "
                                  "plan's " +
                                      std::to_string(plan->plan.interval.max) + "-day maximum"});
    }
  }
  NP_ASSIGN_OR_RETURN(Appointment moved, tx->appointments().Move(id, slot, r.version));
  if (plan && current.session_number > 0) {
    for (Appointment& other : siblings) {
      if (other.id == id) other = moved;
    }
    std::vector<std::string> plan_warnings;
    NP_ASSIGN_OR_RETURN(domain::TreatmentPlan synced,
                        SyncPlanDates(env, *tx, context, booking.zone, *plan, siblings,
                                      r.override_reason, std::nullopt, plan_warnings));
    AddPlanWarnings(plan_warnings, booking.warnings);
    if (synced.version != plan->version) {
      detail += std::string(detail.empty() ? "" : "; ") + "plan re-dated";
    }
    plan = std::move(synced);
  }
  NP_RETURN_IF_ERROR(
      ScheduleReminders(*tx, booking.zone, moved, plan ? &*plan : nullptr, env.clock.Now()));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      current.status == AppointmentStatus::kCancelled ? "appointment.rebook"
                                                      : "appointment.reschedule",
      "appointment", id.ToString(), moved.patient_id, domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  booking.appointments.push_back(std::move(moved));
  booking.plan = std::move(plan);
  return booking;
}

base::Result<std::string> RecordVisitStatusIn(AppEnv& env, storage::Transaction& tx,
                                              RequestContext& context, Booking& booking,
                                              const Appointment& current, AppointmentStatus status,
                                              base::Timestamp now) {
  const AppointmentStatus from = current.status;
  NP_ASSIGN_OR_RETURN(Appointment changed, tx.appointments().SetStatus(current.id, status));
  NP_ASSIGN_OR_RETURN(std::optional<domain::TreatmentPlan> plan, PlanOf(tx, changed));
  NP_RETURN_IF_ERROR(ScheduleReminders(tx, booking.zone, changed, plan ? &*plan : nullptr, now));
  std::string detail =
      std::string(domain::CodeName(from)) + " -> " + std::string(domain::CodeName(status));
  const bool completes_series =
      plan && status == AppointmentStatus::kCompleted && changed.session_number > 0 &&
      changed.session_number == plan->plan.sessions && plan->status == domain::PlanStatus::kActive;
  if (completes_series) {
    NP_ASSIGN_OR_RETURN(std::vector<Appointment> siblings, tx.appointments().ListForPlan(plan->id));
    std::vector<std::string> plan_warnings;
    NP_ASSIGN_OR_RETURN(domain::TreatmentPlan completed,
                        SyncPlanDates(env, tx, context, booking.zone, *plan, siblings, "",
                                      domain::PlanStatus::kCompleted, plan_warnings));
    AddPlanWarnings(plan_warnings, booking.warnings);
    NP_RETURN_IF_ERROR(ScheduleSeriesFollowUps(tx, booking.zone, changed, completed, now));
    booking.plan = std::move(completed);
    detail += "; plan completed";
  }
  booking.appointments.push_back(std::move(changed));
  return detail;
}

base::Result<Booking> SetAppointmentStatus(AppEnv& env, RequestContext& context,
                                           base::AppointmentId id, int64_t version,
                                           AppointmentStatus status) {
  if (status != AppointmentStatus::kCheckedIn && status != AppointmentStatus::kNoShow &&
      status != AppointmentStatus::kCompleted) {
    return base::Fail(base::Status::Invalid(
        {{"/status", "must be checked_in, completed or no_show (cancel with POST …/cancel)"}}));
  }
  if (status == AppointmentStatus::kCompleted && context.principal.role != domain::Role::kOwner &&
      context.principal.role != domain::Role::kProvider) {
    return base::Fail(
        base::PermissionDenied("only an owner or a provider may record a visit as completed"));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  Booking booking;
  NP_ASSIGN_OR_RETURN(booking.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(Appointment current, tx->appointments().Get(id));
  if (current.version != version) {
    return base::Fail(base::Conflict("the appointment was changed by someone else"));
  }
  const AppointmentStatus from = current.status;
  if (from == status) {
    NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
        "appointment.status", "appointment", id.ToString(), current.patient_id,
        domain::AuditOutcome::kSuccess, "already " + std::string(domain::CodeName(status)))));
    NP_RETURN_IF_ERROR(tx->Commit());
    booking.appointments.push_back(std::move(current));
    return booking;
  }
  const bool open = from == AppointmentStatus::kBooked || from == AppointmentStatus::kConfirmed;
  const bool allowed =
      open || (status == AppointmentStatus::kCompleted && from == AppointmentStatus::kCheckedIn);
  auto refuse = [](const std::string& message) {
    return base::Fail(base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                                 {{"/status", message}}, message));
  };
  if (!allowed) {
    return refuse("a " + std::string(domain::CodeName(from)) + " appointment cannot become " +
                  std::string(domain::CodeName(status)));
  }
  const base::Timestamp now = env.clock.Now();
  if (status == AppointmentStatus::kCheckedIn &&
      booking.zone.LocalDate(now) < booking.zone.LocalDate(current.start)) {
    return refuse("a patient is checked in on the day of the visit, not before");
  }
  if (status != AppointmentStatus::kCheckedIn && current.start > now) {
    return refuse("the visit has not started yet");
  }
  NP_ASSIGN_OR_RETURN(std::string detail,
                      RecordVisitStatusIn(env, *tx, context, booking, current, status, now));
  const Appointment& changed = booking.appointments.back();
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit("appointment.status", "appointment",
                                                      id.ToString(), changed.patient_id,
                                                      domain::AuditOutcome::kSuccess, detail)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return booking;
}

base::Result<std::vector<domain::OutboxMessage>> AppointmentMessages(AppEnv& env,
                                                                     RequestContext& context,
                                                                     base::AppointmentId id) {
  std::optional<base::PatientId> owner;
  base::Result<std::vector<domain::OutboxMessage>> result =
      [&]() -> base::Result<std::vector<domain::OutboxMessage>> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(Appointment a, tx->appointments().Get(id));
    owner = a.patient_id;
    return tx->outbox().ListForAppointment(id);
  }();
  AuditRead(context, "appointment.messages", "appointment", id.ToString(), owner, result);
  return result;
}

}  // namespace needlepoint::app
