// The clinic's calendars as stored: providers' weekly working hours and time off, the length
// of each kind of visit, and the private calendar feeds of providers. Times are UTC instants;
// working hours are local wall-clock minutes in the clinic's zone, as a clinic writes them.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/appointment.h"

namespace needlepoint::domain {

// One stretch of a provider's working week: on `weekday` (0 = Monday … 6 = Sunday), from
// `from_minute` to `to_minute` after local midnight (0 ≤ from < to ≤ 1440).
struct WorkingSpan {
  int weekday = 0;
  int from_minute = 0;
  int to_minute = 0;
  friend bool operator==(const WorkingSpan&, const WorkingSpan&) = default;
};

// A provider's absence (leave, training): [from, to). The note is for staff only and is
// never shown to patients.
struct TimeOff {
  base::ClinicId clinic_id;
  base::TimeOffId id;
  base::UserId provider_id;
  base::Timestamp from;
  base::Timestamp to;
  std::string note;
  base::Timestamp created_at;
};

// How long one kind of visit takes in this clinic (a treatment session includes numbing)
// and what it needs besides a provider.
struct ServiceType {
  AppointmentKind kind = AppointmentKind::kConsultation;
  std::string name;  // shown to staff: "Consultation", "Microneedling session"
  int minutes = 30;
  bool needs_room = true;
  bool needs_device = false;
  friend bool operator==(const ServiceType&, const ServiceType&) = default;
};

// A provider's private calendar feed: only the SHA-256 of its token is stored; the token is
// shown once, when the feed is made. A provider has at most one feed.
struct CalendarFeed {
  base::ClinicId clinic_id;
  base::UserId provider_id;
  std::string token_hash;
  base::UserId created_by;
  base::Timestamp created_at;
};

// What a calendar search needs to know of an appointment that holds its slot: when, and which
// provider, room and device it occupies. No patient.
struct BusySlot {
  base::AppointmentId id;
  base::UserId provider_id;
  std::optional<base::ResourceId> room_id;
  std::optional<base::ResourceId> device_id;
  base::Timestamp start;
  base::Timestamp end;
};

}  // namespace needlepoint::domain
