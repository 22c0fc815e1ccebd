// Appointments. The overlap check here gives a clear kConflict early; the database enforces
// the same invariant itself (an exclusion constraint in PostgreSQL, triggers inside a
// serialised write in SQLite), so a race between two bookings can never store both.
#include <chrono>
#include <vector>

#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::Appointment;

// The statuses that hold a slot, as SQL; must match domain::HoldsSlot.
#define NP_ACTIVE_STATUSES "('booked', 'confirmed', 'checked_in', 'completed')"

constexpr std::string_view kColumns =
    "clinic_id, id, patient_id, provider_id, room_id, device_id, start_us, end_us, kind, "
    "plan_id, session_number, session_count, status, created_us, updated_us, version";

Appointment ReadAppointment(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::AppointmentId>(1),
          .patient_id = row.Id<base::PatientId>(2),
          .provider_id = row.Id<base::UserId>(3),
          .room_id = row.OptId<base::ResourceId>(4),
          .device_id = row.OptId<base::ResourceId>(5),
          .start = row.Time(6),
          .end = row.Time(7),
          .kind = domain::ParseCode<domain::AppointmentKind>(row.Text(8))
                      .value_or(domain::AppointmentKind::kConsultation),
          .plan_id = row.OptId<base::PlanId>(9),
          .session_number = static_cast<int>(row.Int(10)),
          .session_count = static_cast<int>(row.Int(11)),
          .status = domain::ParseCode<domain::AppointmentStatus>(row.Text(12))
                        .value_or(domain::AppointmentStatus::kCancelled),
          .created_at = row.Time(13),
          .updated_at = row.Time(14),
          .version = row.Int(15)};
}

std::string SelectSql(std::string_view rest) {
  return "SELECT " + std::string(kColumns) + " FROM appointments " + std::string(rest);
}

}  // namespace

base::Status SqlAppointments::CheckFree(const Appointment& a) {
  if (!domain::HoldsSlot(a.status)) return base::OkStatus();
  // Wait for any other writer booking these resources, so the check below sees its row.
  std::vector<int64_t> resources{a.provider_id.value()};
  if (a.room_id) resources.push_back(a.room_id->value());
  if (a.device_id) resources.push_back(a.device_id->value());
  NP_RETURN_IF_ERROR(c_.session.LockResources(resources));
  // Bounded by the longest possible appointment so the (clinic, resource, start) indexes
  // serve the lookup.
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT id FROM appointments WHERE clinic_id = ? AND id <> ? "
                       "AND status IN " NP_ACTIVE_STATUSES " "
                       "AND start_us < ? AND end_us > ? AND start_us > ? "
                       "AND (provider_id = ? OR room_id = ? OR device_id = ?) LIMIT 1",
                       {c_.clinic, a.id, a.end, a.start, a.start - kMaxAppointment, a.provider_id,
                        a.room_id, a.device_id}));
  if (!rows.empty()) {
    return base::Conflict("the provider, room or device is already booked at that time");
  }
  return base::OkStatus();
}

Result<Appointment> SqlAppointments::Create(const Appointment& appointment) {
  NP_RETURN_IF_ERROR(CheckAppointmentInterval(appointment.start, appointment.end));
  NP_RETURN_IF_ERROR(CheckFree(appointment));
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const base::Timestamp now = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO appointments (clinic_id, id, patient_id, provider_id, room_id, device_id, "
      "start_us, end_us, kind, plan_id, session_number, session_count, status, created_us, "
      "updated_us, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
      {c_.clinic, id, appointment.patient_id, appointment.provider_id, appointment.room_id,
       appointment.device_id, appointment.start, appointment.end,
       domain::CodeName(appointment.kind), appointment.plan_id, appointment.session_number,
       appointment.session_count, domain::CodeName(appointment.status), now, now}));
  return Get(base::AppointmentId(id));
}

Result<std::vector<Appointment>> SqlAppointments::CreateAll(
    const std::vector<Appointment>& appointments) {
  // Every resource of the series at once, in one order: racing series cannot deadlock.
  std::vector<int64_t> resources;
  for (const Appointment& a : appointments) {
    if (!domain::HoldsSlot(a.status)) continue;
    resources.push_back(a.provider_id.value());
    if (a.room_id) resources.push_back(a.room_id->value());
    if (a.device_id) resources.push_back(a.device_id->value());
  }
  NP_RETURN_IF_ERROR(c_.session.LockResources(resources));
  std::vector<Appointment> out;
  out.reserve(appointments.size());
  for (const Appointment& a : appointments) {
    NP_ASSIGN_OR_RETURN(Appointment stored, Create(a));
    out.push_back(std::move(stored));
  }
  return out;
}

Result<Appointment> SqlAppointments::Move(base::AppointmentId id, const Appointment& slot,
                                          int64_t expected_version) {
  NP_ASSIGN_OR_RETURN(Appointment stored, Get(id));
  NP_ASSIGN_OR_RETURN(const Appointment current, Moved(std::move(stored), slot, expected_version));
  NP_RETURN_IF_ERROR(CheckFree(current));
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE appointments SET start_us = ?, end_us = ?, provider_id = ?, "
          "room_id = ?, device_id = ?, status = ?, updated_us = ?, "
          "version = version + 1 WHERE clinic_id = ? AND id = ? AND version = ?",
          {slot.start, slot.end, slot.provider_id, slot.room_id, slot.device_id,
           domain::CodeName(slot.status), c_.clock.Now(), c_.clinic, id, expected_version}));
  if (changed == 0)
    return base::Fail(base::Conflict("the appointment was changed by someone else"));
  return Get(id);
}

Result<std::vector<domain::BusySlot>> SqlAppointments::ListBusy(base::Timestamp from,
                                                                base::Timestamp to) {
  // Served by appointments_by_start alone; bounded below by the longest appointment.
  NP_ASSIGN_OR_RETURN(
      SqlRows rows,
      c_.session.Query("SELECT id, provider_id, room_id, device_id, start_us, end_us "
                       "FROM appointments WHERE clinic_id = ? AND start_us > ? AND start_us < ? "
                       "AND end_us > ? AND status IN " NP_ACTIVE_STATUSES " ORDER BY start_us",
                       {c_.clinic, from - kMaxAppointment, to, from}));
  std::vector<domain::BusySlot> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) {
    out.push_back({.id = row.Id<base::AppointmentId>(0),
                   .provider_id = row.Id<base::UserId>(1),
                   .room_id = row.OptId<base::ResourceId>(2),
                   .device_id = row.OptId<base::ResourceId>(3),
                   .start = row.Time(4),
                   .end = row.Time(5)});
  }
  return out;
}

Result<std::vector<Appointment>> SqlAppointments::ListBetween(base::Timestamp from,
                                                              base::Timestamp to) {
  static const std::string sql =
      SelectSql("WHERE clinic_id = ? AND start_us >= ? AND start_us < ? ORDER BY start_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, from, to}));
  std::vector<Appointment> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadAppointment(row));
  return out;
}

Result<std::vector<Appointment>> SqlAppointments::ListForPlan(base::PlanId plan) {
  static const std::string sql =
      SelectSql("WHERE clinic_id = ? AND plan_id = ? ORDER BY session_number, start_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, plan}));
  std::vector<Appointment> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadAppointment(row));
  return out;
}

Result<Appointment> SqlAppointments::Get(base::AppointmentId id) {
  static const std::string sql = SelectSql("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("appointment not found"));
  return ReadAppointment(rows.front());
}

Result<Appointment> SqlAppointments::SetStatus(base::AppointmentId id,
                                               domain::AppointmentStatus status) {
  NP_ASSIGN_OR_RETURN(Appointment current, Get(id));
  if (current.status == status) return current;  // idempotent (double cancel)
  if (!domain::HoldsSlot(current.status) && domain::HoldsSlot(status)) {
    current.status = status;
    NP_RETURN_IF_ERROR(CheckFree(current));
  }
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE appointments SET status = ?, updated_us = ?, version = version + 1 "
      "WHERE clinic_id = ? AND id = ?",
      {domain::CodeName(status), c_.clock.Now(), c_.clinic, id}));
  return Get(id);
}

Result<std::vector<Appointment>> SqlAppointments::ListForProvider(base::UserId provider,
                                                                  base::Timestamp from,
                                                                  base::Timestamp to) {
  static const std::string sql = SelectSql(
      "WHERE clinic_id = ? AND provider_id = ? AND start_us >= ? AND start_us < ? "
      "ORDER BY start_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, provider, from, to}));
  std::vector<Appointment> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadAppointment(row));
  return out;
}

Result<std::vector<Appointment>> SqlAppointments::ListForPatient(base::PatientId patient) {
  static const std::string sql =
      SelectSql("WHERE clinic_id = ? AND patient_id = ? ORDER BY start_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, patient}));
  std::vector<Appointment> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadAppointment(row));
  return out;
}

}  // namespace needlepoint::storage::sql
