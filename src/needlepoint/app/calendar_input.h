// What the booking use cases read from storage before they ask the scheduling engine
// anything: the clinic's zone, its visit lengths, and its calendars for a window of time as a
// schedule::ClinicCalendar — providers with their weekly hours, time off and bookings, active
// rooms and devices with theirs. The engine names resources by id text: ids come from one
// database-wide sequence, so a provider's, a room's and a device's never collide.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/time_zone.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/domain/calendar.h"
#include "needlepoint/schedule/calendar.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

// The transaction's clinic's zone. kFailedPrecondition if its name is not in the tz database.
base::Result<base::TimeZone> ClinicZone(storage::Transaction& tx);

// The built-in length and needs of a kind of visit: a consultation 30 minutes in a room, a
// treatment session 75 minutes (numbing included) with a room and a device, a photo
// follow-up 20 minutes in a room.
domain::ServiceType DefaultServiceType(domain::AppointmentKind kind);
// The clinic's settings for `kind`, or the built-in ones.
base::Result<domain::ServiceType> ServiceTypeOf(storage::Transaction& tx,
                                                domain::AppointmentKind kind);
// Every kind, in kind order.
base::Result<std::vector<domain::ServiceType>> AllServiceTypes(storage::Transaction& tx);

// The engine's name for a database id, and back (0 for text that is not an id).
std::string EngineId(int64_t id);
int64_t DatabaseId(const std::string& engine_id);

struct CalendarWindow {
  base::Timestamp from;
  base::Timestamp to;
  // An appointment whose own slot does not count (the one being moved).
  std::optional<base::AppointmentId> ignore;
};

// The clinic's calendars over `window`: active providers with working hours (in the staff
// list's order, which breaks the engine's ties), their time off and slot-holding
// appointments overlapping the window, and active rooms and devices (by name) with theirs.
base::Result<schedule::ClinicCalendar> ReadCalendar(storage::Transaction& tx,
                                                    const base::TimeZone& zone,
                                                    const CalendarWindow& window);

// The instant a local wall-clock reading means in `zone`: kInvalidArgument at `path` when the
// clock skips it (spring forward); a repeated reading (fall back) means its first occurrence.
base::Result<base::Timestamp> ResolveLocal(const base::TimeZone& zone,
                                           const contract::LocalDateTime& local,
                                           const std::string& path);

// OK if `provider` is an active provider of the clinic who works all of [start, end) inside
// one span of their weekly hours on that local day and is not off then; kNotFound at `path`
// for an unknown provider, kFailedPrecondition at `path` otherwise.
base::Status CheckWorkingTime(storage::Transaction& tx, const base::TimeZone& zone,
                              base::UserId provider, base::Timestamp start, base::Timestamp end,
                              const std::string& path);

// OK if `id` is an active resource of `kind`; kInvalidArgument at `path` otherwise (a missing
// id included: the body names it, not the URL).
base::Status CheckResource(storage::Transaction& tx, base::ResourceId id, domain::ResourceKind kind,
                           const std::string& path);

// The first active resource of `kind` (by name) free for [start, end) — `ignore`'s own slot
// aside — or kConflict.
base::Result<base::ResourceId> FirstFreeResource(storage::Transaction& tx,
                                                 domain::ResourceKind kind, base::Timestamp start,
                                                 base::Timestamp end,
                                                 std::optional<base::AppointmentId> ignore);

}  // namespace needlepoint::app
