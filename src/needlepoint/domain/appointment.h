// Appointment: one booked slot of a patient with a provider, optionally a room and a device.
// Times are UTC instants; [start, end) intervals. No two active appointments of the same
// provider, room or device overlap — the database enforces it.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

enum class AppointmentKind { kConsultation, kTreatment, kFollowUp };
template <>
struct CodeTraits<AppointmentKind> {
  static constexpr std::string_view kNoun = "appointment kind";
  static constexpr std::array<std::string_view, 3> kNames = {"consultation", "treatment",
                                                             "follow_up"};
};

enum class AppointmentStatus { kBooked, kConfirmed, kCheckedIn, kCompleted, kCancelled, kNoShow };
template <>
struct CodeTraits<AppointmentStatus> {
  static constexpr std::string_view kNoun = "appointment status";
  static constexpr std::array<std::string_view, 6> kNames = {"booked",    "confirmed", "checked_in",
                                                             "completed", "cancelled", "no_show"};
};

// Whether an appointment in `status` holds its slot (cancelled and no-show ones do not).
constexpr bool HoldsSlot(AppointmentStatus status) {
  return status != AppointmentStatus::kCancelled && status != AppointmentStatus::kNoShow;
}

struct Appointment {
  base::ClinicId clinic_id;
  base::AppointmentId id;
  base::PatientId patient_id;
  base::UserId provider_id;
  std::optional<base::ResourceId> room_id;
  std::optional<base::ResourceId> device_id;
  base::Timestamp start;
  base::Timestamp end;
  AppointmentKind kind = AppointmentKind::kConsultation;
  std::optional<base::PlanId> plan_id;
  int session_number = 0;  // treatment: k of N
  int session_count = 0;
  AppointmentStatus status = AppointmentStatus::kBooked;
  base::Timestamp created_at;
  base::Timestamp updated_at;
  int64_t version = 1;
};

}  // namespace needlepoint::domain
