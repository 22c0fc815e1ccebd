// Reminders: which messages an appointment calls for and when they are due, kept in step with
// the appointment. A message is keyed by what it is about and its kind ("a42/prep_7d"), so
// scheduling is idempotent: booking creates the reminders, a reschedule re-dates the pending
// ones (a sent one is never sent again), a cancellation voids them. Content is rendered only
// when a message is sent (outbox_sender.h), from the appointment as it then stands, and never
// carries clinical detail.
//
// What a treatment session calls for (D = its local date, times local to the clinic):
//   prep_14d, prep_7d at 10:00 on D−14 and D−7 when the session's prep timeline has an item
//   running that day; prep_1d at 10:00 on D−1 (also the visit reminder);
//   aftercare_evening at 19:00 on D (at least an hour after the end), aftercare_day1,
//   aftercare_day3 and aftercare_day7 (the check-in about warning signs) at 10:00 on D+1,
//   D+3 and D+7 when the aftercare timeline runs then; sent only once the visit was checked
//   in or completed.
// A consultation or follow-up visit: visit_reminder at 10:00 on D−1. After a series: the
// follow-up photo visits and the maintenance recall, at 10:00 on the plan's dates.
// Messages whose time has already passed are not created.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/time_zone.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

// A message another feature wants sent (the session day's, the photo feature's): the kind,
// the patient it goes to, what it is about, and when.
struct MessageRequest {
  domain::MessageKind kind = domain::MessageKind::kVisitReminder;
  base::PatientId patient;
  std::optional<base::AppointmentId> appointment;
  std::optional<base::PlanId> plan;
  std::optional<base::UserId> user;  // a portal account (invitations)
  base::Timestamp due;
  // Tells apart several messages of one kind about the same thing ("2" for the second
  // follow-up photo); empty when there is one.
  std::string ordinal;
};

// The outbox key of `request`: "a<appointment>/<kind>[/<ordinal>]", "p<plan>/…" without an
// appointment, "u<user>/…" without either, else "patient<id>/…".
std::string MessageKey(const MessageRequest& request);

// Queues `request` in `tx` (the caller's transaction, so the message exists exactly when the
// change that called for it commits). Idempotent by key: a pending message is re-dated, a sent
// one is left alone. Returns the row.
base::Result<domain::OutboxMessage> QueueMessage(storage::Transaction& tx,
                                                 const MessageRequest& request);

// Brings `appointment`'s reminders in step with it: creates or re-dates those it calls for
// that are still ahead of `now`, voids its pending ones that no longer apply (a time that has
// passed), and voids them all when it no longer holds its slot (cancelled, no-show). `plan`
// is the appointment's plan, if any (its timelines decide the prep and aftercare messages).
base::Status ScheduleReminders(storage::Transaction& tx, const base::TimeZone& zone,
                               const domain::Appointment& appointment,
                               const domain::TreatmentPlan* plan, base::Timestamp now);

// After `plan`'s series ended with `last` (its last session): the follow-up photo visits and
// the maintenance recall at the plan's dates.
base::Status ScheduleSeriesFollowUps(storage::Transaction& tx, const base::TimeZone& zone,
                                     const domain::Appointment& last,
                                     const domain::TreatmentPlan& plan, base::Timestamp now);

// Whether a message of `kind` waits for the visit to have happened (aftercare).
bool NeedsVisitDone(domain::MessageKind kind);

}  // namespace needlepoint::app
