#include "needlepoint/app/reminders.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace needlepoint::app {
namespace {

using domain::MessageKind;
using domain::MessageStatus;

constexpr int kMorning = 10 * 60;
constexpr int kEvening = 19 * 60;

struct Wanted {
  MessageKind kind;
  base::Timestamp due;
};

template <typename Code>
bool Covers(const std::vector<domain::TimelineEntry<Code>>& entries, base::CivilDate day) {
  return std::any_of(entries.begin(), entries.end(), [&](const auto& entry) {
    return entry.from <= day && (!entry.to || day <= *entry.to);
  });
}

const domain::SessionTimeline* TimelineOf(const domain::TreatmentPlan* plan, int session) {
  if (plan == nullptr) return nullptr;
  for (const domain::SessionTimeline& timeline : plan->plan.timelines) {
    if (timeline.session == session) return &timeline;
  }
  return nullptr;
}

std::vector<Wanted> WantedFor(const base::TimeZone& zone, const domain::Appointment& a,
                              const domain::TreatmentPlan* plan) {
  const base::CivilDate day = zone.LocalDate(a.start);
  auto at = [&](int days, int minute) { return zone.ToUtc(day.AddDays(days), minute); };
  if (a.kind != domain::AppointmentKind::kTreatment) {
    return {{MessageKind::kVisitReminder, at(-1, kMorning)}};
  }
  const domain::SessionTimeline* timeline = TimelineOf(plan, a.session_number);
  auto prep = [&](int days) { return !timeline || Covers(timeline->prep, day.AddDays(days)); };
  auto aftercare = [&](int days) {
    return !timeline || Covers(timeline->aftercare, day.AddDays(days));
  };
  std::vector<Wanted> out;
  if (prep(-14)) out.push_back({MessageKind::kPrep14d, at(-14, kMorning)});
  if (prep(-7)) out.push_back({MessageKind::kPrep7d, at(-7, kMorning)});
  out.push_back({MessageKind::kPrep1d, at(-1, kMorning)});
  if (aftercare(0)) {
    out.push_back(
        {MessageKind::kAftercareEvening, std::max(at(0, kEvening), a.end + std::chrono::hours(1))});
  }
  if (aftercare(1)) out.push_back({MessageKind::kAftercareDay1, at(1, kMorning)});
  if (aftercare(3)) out.push_back({MessageKind::kAftercareDay3, at(3, kMorning)});
  if (aftercare(7)) out.push_back({MessageKind::kAftercareDay7, at(7, kMorning)});
  return out;
}

// The kinds ScheduleReminders owns (the series' follow-ups are keyed to the last session too,
// but are scheduled once the series is complete).
bool IsVisitReminder(MessageKind kind) {
  return kind != MessageKind::kPhotoFollowUp && kind != MessageKind::kMaintenanceRecall &&
         kind != MessageKind::kPortalInvitation && kind != MessageKind::kUrgentConcern;
}

}  // namespace

bool NeedsVisitDone(MessageKind kind) {
  return kind == MessageKind::kAftercareEvening || kind == MessageKind::kAftercareDay1 ||
         kind == MessageKind::kAftercareDay3 || kind == MessageKind::kAftercareDay7;
}

std::string MessageKey(const MessageRequest& r) {
  std::string key = r.appointment ? "a" + r.appointment->ToString()
                    : r.plan      ? "p" + r.plan->ToString()
                    : r.user      ? "u" + r.user->ToString()
                                  : "patient" + r.patient.ToString();
  key += "/" + std::string(domain::CodeName(r.kind));
  if (!r.ordinal.empty()) key += "/" + r.ordinal;
  return key;
}

base::Result<domain::OutboxMessage> QueueMessage(storage::Transaction& tx,
                                                 const MessageRequest& r) {
  domain::OutboxMessage message;
  message.key = MessageKey(r);
  message.kind = r.kind;
  message.appointment_id = r.appointment;
  message.plan_id = r.plan;
  message.patient_id = r.patient;
  message.user_id = r.user;
  message.due_at = r.due;
  message.next_attempt_at = r.due;
  return tx.outbox().Schedule(message);
}

base::Status ScheduleReminders(storage::Transaction& tx, const base::TimeZone& zone,
                               const domain::Appointment& appointment,
                               const domain::TreatmentPlan* plan, base::Timestamp now) {
  if (!domain::HoldsSlot(appointment.status)) {
    return base::StatusOf(tx.outbox().VoidForAppointment(appointment.id));
  }
  std::set<std::string> kept;
  for (const Wanted& wanted : WantedFor(zone, appointment, plan)) {
    if (wanted.due <= now) continue;
    MessageRequest request{.kind = wanted.kind,
                           .patient = appointment.patient_id,
                           .appointment = appointment.id,
                           .plan = appointment.plan_id,
                           .due = wanted.due};
    kept.insert(MessageKey(request));
    NP_RETURN_IF_ERROR(QueueMessage(tx, request));
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::OutboxMessage> existing,
                      tx.outbox().ListForAppointment(appointment.id));
  for (const domain::OutboxMessage& message : existing) {
    if (message.status != MessageStatus::kPending || !IsVisitReminder(message.kind) ||
        kept.contains(message.key)) {
      continue;
    }
    domain::OutboxMessage voided = message;
    voided.status = MessageStatus::kVoid;
    NP_RETURN_IF_ERROR(tx.outbox().Transition(message, voided));
  }
  return base::OkStatus();
}

base::Status ScheduleSeriesFollowUps(storage::Transaction& tx, const base::TimeZone& zone,
                                     const domain::Appointment& last,
                                     const domain::TreatmentPlan& plan, base::Timestamp now) {
  MessageRequest request{.patient = plan.patient_id, .appointment = last.id, .plan = plan.id};
  const auto& photos = plan.plan.follow_up_photos;
  for (size_t i = 0; i < photos.size(); ++i) {
    request.kind = MessageKind::kPhotoFollowUp;
    request.due = zone.ToUtc(photos[i], kMorning);
    request.ordinal = std::to_string(i + 1);
    if (request.due > now) NP_RETURN_IF_ERROR(QueueMessage(tx, request));
  }
  if (plan.plan.maintenance) {
    request.kind = MessageKind::kMaintenanceRecall;
    request.due = zone.ToUtc(plan.plan.maintenance->from, kMorning);
    request.ordinal.clear();
    if (request.due > now) NP_RETURN_IF_ERROR(QueueMessage(tx, request));
  }
  return base::OkStatus();
}

}  // namespace needlepoint::app
