// Providers' working hours and time off, visit lengths, and providers' calendar feeds.
#include <chrono>

#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::CalendarFeed;
using domain::ServiceType;
using domain::TimeOff;
using domain::WorkingSpan;

constexpr std::string_view kTimeOffColumns =
    "clinic_id, id, provider_id, from_us, to_us, note, created_us";

TimeOff ReadTimeOff(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::TimeOffId>(1),
          .provider_id = row.Id<base::UserId>(2),
          .from = row.Time(3),
          .to = row.Time(4),
          .note = row.Text(5),
          .created_at = row.Time(6)};
}

constexpr std::string_view kFeedColumns =
    "clinic_id, provider_id, token_hash, created_by, created_us";

CalendarFeed ReadFeed(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .provider_id = row.Id<base::UserId>(1),
          .token_hash = row.Text(2),
          .created_by = row.Id<base::UserId>(3),
          .created_at = row.Time(4)};
}

std::string Select(std::string_view columns, std::string_view rest) {
  return "SELECT " + std::string(columns) + " " + std::string(rest);
}

}  // namespace

Result<std::vector<WorkingSpan>> SqlCalendars::WorkingHours(base::UserId provider) {
  NP_ASSIGN_OR_RETURN(SqlRows rows,
                      c_.session.Query("SELECT weekday, from_minute, to_minute FROM working_hours "
                                       "WHERE clinic_id = ? AND provider_id = ? "
                                       "ORDER BY weekday, from_minute",
                                       {c_.clinic, provider}));
  std::vector<WorkingSpan> out;
  for (const SqlRow& row : rows) {
    out.push_back(
        {static_cast<int>(row.Int(0)), static_cast<int>(row.Int(1)), static_cast<int>(row.Int(2))});
  }
  return out;
}

Result<std::vector<std::pair<base::UserId, WorkingSpan>>> SqlCalendars::AllWorkingHours() {
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT provider_id, weekday, from_minute, to_minute FROM working_hours "
                       "WHERE clinic_id = ? ORDER BY provider_id, weekday, from_minute",
                       {c_.clinic}));
  std::vector<std::pair<base::UserId, WorkingSpan>> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) {
    out.emplace_back(row.Id<base::UserId>(0),
                     WorkingSpan{static_cast<int>(row.Int(1)), static_cast<int>(row.Int(2)),
                                 static_cast<int>(row.Int(3))});
  }
  return out;
}

base::Status SqlCalendars::SetWorkingHours(base::UserId provider,
                                           const std::vector<WorkingSpan>& spans) {
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "DELETE FROM working_hours WHERE clinic_id = ? AND provider_id = ?", {c_.clinic, provider}));
  for (const WorkingSpan& span : spans) {
    NP_RETURN_IF_ERROR(c_.session.Execute(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, from_minute, to_minute) "
        "VALUES (?, ?, ?, ?, ?)",
        {c_.clinic, provider, span.weekday, span.from_minute, span.to_minute}));
  }
  return base::OkStatus();
}

Result<TimeOff> SqlCalendars::AddTimeOff(const TimeOff& time_off) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO time_off (clinic_id, id, provider_id, from_us, to_us, note, created_us) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, id, time_off.provider_id, time_off.from, time_off.to, time_off.note,
       c_.clock.Now()}));
  return GetTimeOff(base::TimeOffId(id));
}

Result<TimeOff> SqlCalendars::GetTimeOff(base::TimeOffId id) {
  static const std::string sql =
      Select(kTimeOffColumns, "FROM time_off WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("time off not found"));
  return ReadTimeOff(rows.front());
}

base::Status SqlCalendars::DeleteTimeOff(base::TimeOffId id) {
  NP_ASSIGN_OR_RETURN(
      int64_t deleted,
      c_.session.Execute("DELETE FROM time_off WHERE clinic_id = ? AND id = ?", {c_.clinic, id}));
  return deleted == 0 ? base::NotFound("time off not found") : base::OkStatus();
}

Result<std::vector<TimeOff>> SqlCalendars::ListTimeOff(std::optional<base::UserId> provider,
                                                       base::Timestamp from, base::Timestamp to) {
  static const std::string all = Select(
      kTimeOffColumns,
      "FROM time_off WHERE clinic_id = ? AND to_us > ? AND from_us < ? ORDER BY from_us, id");
  static const std::string one = Select(kTimeOffColumns,
                                        "FROM time_off WHERE clinic_id = ? AND to_us > ? "
                                        "AND from_us < ? AND provider_id = ? ORDER BY from_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, provider
                                        ? c_.session.Query(one, {c_.clinic, from, to, *provider})
                                        : c_.session.Query(all, {c_.clinic, from, to}));
  std::vector<TimeOff> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadTimeOff(row));
  return out;
}

Result<std::vector<ServiceType>> SqlCalendars::ServiceTypes() {
  NP_ASSIGN_OR_RETURN(SqlRows rows,
                      c_.session.Query("SELECT kind, name, minutes, needs_room, needs_device "
                                       "FROM service_types WHERE clinic_id = ? ORDER BY kind",
                                       {c_.clinic}));
  std::vector<ServiceType> out;
  for (const SqlRow& row : rows) {
    std::optional<domain::AppointmentKind> kind =
        domain::ParseCode<domain::AppointmentKind>(row.Text(0));
    if (!kind) continue;  // the schema's CHECK allows only the known kinds
    out.push_back(
        {*kind, row.Text(1), static_cast<int>(row.Int(2)), row.Int(3) != 0, row.Int(4) != 0});
  }
  return out;
}

base::Status SqlCalendars::PutServiceType(const ServiceType& service) {
  NP_RETURN_IF_ERROR(
      c_.session.Execute("DELETE FROM service_types WHERE clinic_id = ? AND kind = ?",
                         {c_.clinic, domain::CodeName(service.kind)}));
  return base::StatusOf(c_.session.Execute(
      "INSERT INTO service_types (clinic_id, kind, name, minutes, needs_room, needs_device) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {c_.clinic, domain::CodeName(service.kind), service.name, service.minutes, service.needs_room,
       service.needs_device}));
}

base::Status SqlCalendars::PutFeed(const CalendarFeed& feed) {
  NP_RETURN_IF_ERROR(DeleteFeed(feed.provider_id));
  return base::StatusOf(c_.session.Execute(
      "INSERT INTO calendar_feeds (clinic_id, provider_id, token_hash, created_by, created_us) "
      "VALUES (?, ?, ?, ?, ?)",
      {c_.clinic, feed.provider_id, feed.token_hash, feed.created_by, c_.clock.Now()}));
}

Result<CalendarFeed> SqlCalendars::FindFeed(std::string_view token_hash) {
  static const std::string sql =
      Select(kFeedColumns, "FROM calendar_feeds WHERE clinic_id = ? AND token_hash = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, token_hash}));
  if (rows.empty()) return base::Fail(base::NotFound("calendar feed not found"));
  return ReadFeed(rows.front());
}

Result<CalendarFeed> SqlCalendars::GetFeed(base::UserId provider) {
  static const std::string sql =
      Select(kFeedColumns, "FROM calendar_feeds WHERE clinic_id = ? AND provider_id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, provider}));
  if (rows.empty()) return base::Fail(base::NotFound("calendar feed not found"));
  return ReadFeed(rows.front());
}

base::Status SqlCalendars::DeleteFeed(base::UserId provider) {
  return base::StatusOf(c_.session.Execute(
      "DELETE FROM calendar_feeds WHERE clinic_id = ? AND provider_id = ?", {c_.clinic, provider}));
}

}  // namespace needlepoint::storage::sql
