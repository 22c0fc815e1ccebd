// Setting up what can be booked: rooms and devices (pens, with their serial numbers),
// providers' weekly working hours and time off, and how long each kind of visit takes. Reads
// are open to staff; changes are the owner's (a provider may set their own hours and time
// off). Every change is a security-relevant settings event with an audit row; none of this is
// patient data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/domain/calendar.h"

namespace needlepoint::app {

// ---- Rooms and devices
base::Result<std::vector<domain::Resource>> ListResources(AppEnv& env, RequestContext& context);
struct NewResource {
  domain::ResourceKind kind = domain::ResourceKind::kRoom;
  std::string name;
  std::string serial;  // devices
};
// Owner. kInvalidArgument at /name (1-100 characters), /serial (at most 100).
base::Result<domain::Resource> CreateResource(AppEnv& env, RequestContext& context,
                                              const NewResource& resource);
struct ResourceChanges {
  std::optional<std::string> name;
  std::optional<std::string> serial;
  std::optional<bool> active;  // an inactive room or device is never offered or booked again
};
base::Result<domain::Resource> UpdateResource(AppEnv& env, RequestContext& context,
                                              base::ResourceId id, const ResourceChanges& changes);

// ---- Working hours and time off
// Staff. kNotFound unless `provider` is a provider of the clinic.
base::Result<std::vector<domain::WorkingSpan>> GetWorkingHours(AppEnv& env, RequestContext& context,
                                                               base::UserId provider);
// Owner, or the provider themself. Replaces the week; spans of one day must not overlap
// (kInvalidArgument at /hours/<day>/<i>).
base::Result<std::vector<domain::WorkingSpan>> SetWorkingHours(
    AppEnv& env, RequestContext& context, base::UserId provider,
    const std::vector<domain::WorkingSpan>& spans);
// Time off as the clinic sees it: stored in UTC, shown in the clinic's zone.
struct TimeOffList {
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<domain::TimeOff> items;
};
// Staff: `provider`'s time off overlapping the local dates [from, from + days), days 1..366
// (kInvalidArgument at ?days).
base::Result<TimeOffList> ListTimeOff(AppEnv& env, RequestContext& context, base::UserId provider,
                                      base::CivilDate from, int days);
struct NewTimeOff {
  base::UserId provider;
  contract::LocalDateTime from;  // local wall-clock times in the clinic's zone
  contract::LocalDateTime to;
  std::string note;
};
// Owner, or the provider themself. kInvalidArgument at /from or /to (a time the clock skips),
// /to (not after /from, or more than a year later), /note (at most 200 bytes). Booked
// appointments in the period are not moved: the answer's `overlapping` lists them for the
// front desk.
struct AddedTimeOff {
  base::TimeZone zone = base::TimeZone::Utc();
  domain::TimeOff time_off;
  std::vector<base::AppointmentId> overlapping;
};
base::Result<AddedTimeOff> AddTimeOff(AppEnv& env, RequestContext& context,
                                      const NewTimeOff& time_off);
// Owner, or the provider whose time off it is.
base::Status DeleteTimeOff(AppEnv& env, RequestContext& context, base::TimeOffId id);

// ---- Visit lengths
base::Result<std::vector<domain::ServiceType>> ListServiceTypes(AppEnv& env,
                                                                RequestContext& context);
// Owner. kInvalidArgument at /items/i/… (minutes 15-480, a name, a treatment needs a room and
// a device).
base::Result<std::vector<domain::ServiceType>> UpdateServiceTypes(
    AppEnv& env, RequestContext& context, const std::vector<domain::ServiceType>& services);

}  // namespace needlepoint::app
