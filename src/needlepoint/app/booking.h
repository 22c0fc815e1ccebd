// Booking single visits and managing any appointment: free-slot search on the clinic's real
// calendars (the scheduling engine, schedule/, fed by calendar_input.h), booking a
// consultation or follow-up, reading appointments, rescheduling, cancelling and recording
// what happened (confirmed, no-show, completed). A treatment series is booked from its plan
// (series.h); once booked, each session is its own appointment handled here.
//
// Double booking is prevented by the database at commit (repositories.h): a slot taken by
// someone else meanwhile answers kConflict and nothing is stored. Every change keeps the
// appointment's reminders in step (reminders.h) and, for a series session, the plan's dates
// (plan_sync.h), in the same transaction. Each call leaves exactly one audit row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/domain/calendar.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/schedule/availability.h"
#include "needlepoint/schedule/search.h"

namespace needlepoint::app {

// What a booking use case answers: the appointments, the clinic's zone to show them in, the
// plan when it changed with them, and what the person booking should be told.
struct Booking {
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<domain::Appointment> appointments;
  std::optional<domain::TreatmentPlan> plan;
  std::vector<std::string> warnings;
};

struct SlotSearch {
  domain::AppointmentKind kind = domain::AppointmentKind::kConsultation;
  base::CivilDate from;  // the first local date searched
  int days = 31;
  int count = 10;
  std::optional<base::UserId> provider;  // only this provider
  std::optional<base::PatientId> patient;  // their own appointments count as busy
  schedule::TimePreferences preferences;
};

struct FreeSlots {
  base::TimeZone zone = base::TimeZone::Utc();
  domain::ServiceType service;
  std::vector<schedule::Slot> slots;
};

// Staff: the first free starts for one visit of `search.kind` (its length and needs from the
// clinic's service types), never in the past. kInvalidArgument at /provider_id for a provider
// without working hours, /from, /days, /count, /preferences/… for values out of range.
base::Result<FreeSlots> FindSlots(AppEnv& env, RequestContext& context, const SlotSearch& search);

struct VisitRequest {
  base::PatientId patient;
  domain::AppointmentKind kind = domain::AppointmentKind::kConsultation;  // or kFollowUp
  contract::LocalDateTime start;  // local wall-clock time in the clinic's zone
  base::UserId provider;
  std::optional<base::ResourceId> room;    // default: the first free room, when needed
  std::optional<base::ResourceId> device;  // default: the first free device, when needed
};

// Staff: books a consultation or follow-up visit. kInvalidArgument at /kind (a treatment is
// booked through its plan's series), /start (a time the clock skips), /provider_id, /room_id,
// /device_id; kFailedPrecondition at /start when the provider does not work then, or it is
// past; kConflict when the provider, room or device is taken; kNotFound for the patient.
base::Result<Booking> BookVisit(AppEnv& env, RequestContext& context, const VisitRequest& request);

// Staff, or the patient whose appointment it is (others: kNotFound).
base::Result<Booking> GetAppointment(AppEnv& env, RequestContext& context,
                                     base::AppointmentId id);
// Staff, or the patient themself: every appointment of the patient, by start.
base::Result<Booking> ListPatientAppointments(AppEnv& env, RequestContext& context,
                                              base::PatientId patient);
// Staff: every appointment starting on the local dates [from, from + days), of one provider or
// all, by start (the clinic's calendar). days 1..62.
base::Result<Booking> ListCalendar(AppEnv& env, RequestContext& context, base::CivilDate from,
                                   int days, std::optional<base::UserId> provider);
// Staff: every appointment of a plan, by session.
base::Result<Booking> ListPlanAppointments(AppEnv& env, RequestContext& context,
                                           base::PlanId plan);

struct MoveRequest {
  int64_t version = 0;            // the appointment's version the caller saw
  contract::LocalDateTime start;  // the new local start (the length stays)
  std::optional<base::UserId> provider;    // default: the same provider
  std::optional<base::ResourceId> room;    // default: the same room if free, else the first free
  std::optional<base::ResourceId> device;  // likewise
  // Required (and only a provider may give it) when a series session would come closer to a
  // neighbouring session than the plan's minimum interval; recorded on the plan, never in the
  // audit log.
  std::string override_reason;
};

// Staff: moves an appointment (a cancelled one is booked again at the new time). A series
// session's spacing is checked against both neighbouring sessions (schedule::CheckSpacing):
// under the plan's minimum needs a provider's override with a reason (kInvalidArgument at
// /override_reason without one, kPermissionDenied from anyone but a provider); over the
// maximum is allowed with a warning; the plan is re-dated to match. kFailedPrecondition for a
// visit that already happened; kConflict for a stale version or a taken slot.
base::Result<Booking> Reschedule(AppEnv& env, RequestContext& context, base::AppointmentId id,
                                 const MoveRequest& request);

// Staff: cancels an appointment (idempotent) and voids its pending reminders. kConflict for a
// stale version; kFailedPrecondition for a visit that already happened.
base::Result<Booking> CancelAppointment(AppEnv& env, RequestContext& context,
                                        base::AppointmentId id, int64_t version);

// Staff: records `status` — confirmed (from booked), no_show, or completed (owner or provider
// only) — with the version the caller saw. Completing a plan's last session completes the plan
// (its maintenance window and follow-up photos dated from that session) and schedules the
// follow-up messages; a no-show voids the visit's reminders. Check-in belongs to the session
// day. kInvalidArgument at /status for other statuses, kFailedPrecondition for a transition
// the lifecycle refuses.
base::Result<Booking> SetAppointmentStatus(AppEnv& env, RequestContext& context,
                                           base::AppointmentId id, int64_t version,
                                           domain::AppointmentStatus status);

// For other features that change an appointment's status in their own transaction (the
// session day's check-in and charting): keeps its reminders in step and, when a plan's last
// session is completed, completes the plan and schedules the follow-ups. `before` and `after`
// are the appointment as it was and as it now is in `tx`. Returns the plan if it changed.
base::Result<std::optional<domain::TreatmentPlan>> AfterStatusChange(
    AppEnv& env, storage::Transaction& tx, const RequestContext& context,
    const domain::Appointment& before, const domain::Appointment& after);

}  // namespace needlepoint::app
