#include "needlepoint/app/booking.h"

#include <algorithm>
#include <cstdint>

#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/schedule/free_slots.h"

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
  return tx.appointments().Create(a);
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
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("appointment.cancel", "appointment", id.ToString(), cancelled.patient_id)));
  NP_RETURN_IF_ERROR(tx->Commit());
  booking.appointments.push_back(std::move(cancelled));
  return booking;
}

}  // namespace needlepoint::app
