// Booking single visits: free-slot search on the clinic's real calendars (the scheduling
// engine, schedule/, fed by calendar_input.h), booking a consultation or follow-up, reading
// an appointment, and cancelling one.
//
// Double booking is prevented by the database at commit (repositories.h): a slot taken by
// someone else meanwhile answers kConflict and nothing is stored. Each call leaves exactly one
// audit row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/domain/calendar.h"
#include "needlepoint/schedule/availability.h"
#include "needlepoint/schedule/search.h"

namespace needlepoint::app {

// What a booking use case answers: the appointments and the clinic's zone to show them in.
struct Booking {
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<domain::Appointment> appointments;
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

// Staff: cancels an appointment (idempotent). kConflict for a stale version;
// kFailedPrecondition for a visit that already happened.
base::Result<Booking> CancelAppointment(AppEnv& env, RequestContext& context,
                                        base::AppointmentId id, int64_t version);

}  // namespace needlepoint::app
