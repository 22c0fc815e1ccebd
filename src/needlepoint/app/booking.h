// Booking single visits: free-slot search on the clinic's real calendars (the scheduling
// engine, schedule/, fed by calendar_input.h), booking a consultation or follow-up, reading
// an appointment, and cancelling one.
//
// Double booking is prevented by the database at commit (repositories.h): a slot taken by
// someone else meanwhile answers kConflict and nothing is stored. Each call leaves exactly one
// audit row.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/domain/calendar.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/message.h"
#include "needlepoint/schedule/availability.h"
#include "needlepoint/schedule/search.h"

namespace needlepoint::app {

// Something the person booking should be told about a change they made (it was still made):
// `code` is "spacing_too_far", "spacing_override" or "plan"; `session` is 0 when it is about
// no one session.
struct BookingWarning {
  int session = 0;
  std::string code;
  std::string message;
};

// What a booking use case answers: the appointments and the clinic's zone to show them in,
// the plan when it changed with them, and what the person booking should be told.
struct Booking {
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<domain::Appointment> appointments;
  std::optional<domain::TreatmentPlan> plan;
  std::vector<BookingWarning> warnings;
  // For a calendar listing: each listed patient's display name, by patient id.
  std::map<int64_t, std::string> patient_names;
};

struct SlotSearch {
  domain::AppointmentKind kind = domain::AppointmentKind::kConsultation;
  base::CivilDate from;  // the first local date searched
  int days = 31;
  int count = 10;
  std::optional<base::UserId> provider;    // only this provider
  std::optional<base::PatientId> patient;  // their own appointments count as busy
  schedule::TimePreferences preferences;
};

struct FreeSlots {
  base::TimeZone zone = base::TimeZone::Utc();
  domain::ServiceType service;
  std::vector<schedule::Slot> slots;
};

// Staff: the first free starts for one visit of `search.kind` (its length and needs from the
// clinic's service types), never in the past. kInvalidArgument at ?provider_id for a provider
// without working hours, ?days, ?count for values out of range; kFailedPrecondition when no
// provider has working hours or the clinic lacks the room or device the visit needs.
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
// booked through its plan's series), /start (a time the clock skips), /room_id, /device_id;
// kFailedPrecondition at /start when it is past, at /provider_id when the provider does not
// work then; kConflict when the provider, room or device is taken; kNotFound for the patient.
base::Result<Booking> BookVisit(AppEnv& env, RequestContext& context, const VisitRequest& request);
// BookVisit's checks and insert inside `tx`, which the caller commits (the database refuses
// an overlap at commit: kConflict then), with no audit row: for use cases that book a visit
// as one step of a larger write.
base::Result<domain::Appointment> BookVisitIn(AppEnv& env, storage::Transaction& tx,
                                              const base::TimeZone& zone,
                                              const VisitRequest& request);

// Staff, or the patient whose appointment it is (others: kNotFound).
base::Result<Booking> GetAppointment(AppEnv& env, RequestContext& context, base::AppointmentId id);

// Staff: cancels an appointment (idempotent) and voids its pending reminders (reminders.h).
// kConflict for a stale version; kFailedPrecondition for a visit that already happened.
base::Result<Booking> CancelAppointment(AppEnv& env, RequestContext& context,
                                        base::AppointmentId id, int64_t version);

// Staff, or the patient themself (others: kNotFound): every appointment of the patient, by
// start.
base::Result<Booking> ListPatientAppointments(AppEnv& env, RequestContext& context,
                                              base::PatientId patient);

struct CalendarQuery {
  base::CivilDate from;  // local dates [from, to) in the clinic's zone
  base::CivilDate to;
  std::optional<base::UserId> provider;
  std::optional<base::ResourceId> room;
  std::optional<base::ResourceId> device;
};
// Maximum days a calendar listing spans.
inline constexpr int kMaxCalendarDays = 62;

// Staff: every appointment starting on the local dates [from, to), whatever its status, of
// one provider, room or device or all, by start, with each patient's display name (the
// clinic's calendar). kInvalidArgument at ?to for an empty or longer than 62-day range. One
// audit row naming the patients shown.
base::Result<Booking> ListCalendar(AppEnv& env, RequestContext& context,
                                   const CalendarQuery& query);

struct MoveRequest {
  int64_t version = 0;                     // the appointment's version the caller saw
  contract::LocalDateTime start;           // the new local start (the length stays)
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
// under the plan's minimum needs a provider's override with a reason (kFailedPrecondition at
// /override_reason otherwise); over the maximum is allowed with a warning; the plan is
// re-dated to match and the reminders follow (reminders.h). kFailedPrecondition for a visit
// that already happened or a past start; kConflict for a stale version or a taken slot.
base::Result<Booking> Reschedule(AppEnv& env, RequestContext& context, base::AppointmentId id,
                                 const MoveRequest& request);

// Staff: records what happened — checked_in (from booked or confirmed, not before the visit's
// local day), completed (owner or provider only; from booked, confirmed or checked in, not
// before the start) or no_show (from booked or confirmed, not before the start) — with the
// version the caller saw. Recording the status it already has changes nothing. Completing a
// plan's last session completes the plan (its maintenance window dated from that session,
// answered in `plan`) and queues the follow-up messages; a no-show voids the reminders.
// kInvalidArgument at /status for other statuses, kFailedPrecondition at /status for a
// transition the lifecycle refuses, kConflict for a stale version.
base::Result<Booking> SetAppointmentStatus(AppEnv& env, RequestContext& context,
                                           base::AppointmentId id, int64_t version,
                                           domain::AppointmentStatus status);

// The step of SetAppointmentStatus inside the caller's transaction, for use cases that record
// a visit as part of their own write (a session's check-in and sign-off): moves `current` to
// `status` (the caller has checked the move is allowed), brings its reminders in step and,
// when it completes the plan's last session, completes the plan. `booking.zone` must be the
// clinic's; the changed appointment (and plan) are added to `booking`. Answers the audit
// detail ("booked -> checked_in"); the caller writes its one audit row.
base::Result<std::string> RecordVisitStatusIn(AppEnv& env, storage::Transaction& tx,
                                              RequestContext& context, Booking& booking,
                                              const domain::Appointment& current,
                                              domain::AppointmentStatus status,
                                              base::Timestamp now);

// Staff: the messages queued for one appointment (reminders.h), by id. One audited read.
base::Result<std::vector<domain::OutboxMessage>> AppointmentMessages(AppEnv& env,
                                                                     RequestContext& context,
                                                                     base::AppointmentId id);

}  // namespace needlepoint::app
