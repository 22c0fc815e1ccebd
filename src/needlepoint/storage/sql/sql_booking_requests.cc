// Requests from the public booking form.
#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::BookingRequest;

constexpr std::string_view kColumns =
    "clinic_id, id, name, email, phone, preferred_times, interest, consented_us, status, "
    "patient_id, appointment_id, created_us, updated_us, version, message";

BookingRequest ReadRequest(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::BookingRequestId>(1),
          .name = row.Text(2),
          .email = row.Text(3),
          .phone = row.Text(4),
          .preferred_times = row.Text(5),
          .interest = row.Text(6),
          .message = row.Text(14),
          .consented_at = row.Time(7),
          .status = domain::ParseCode<domain::BookingRequestStatus>(row.Text(8))
                        .value_or(domain::BookingRequestStatus::kNew),
          .patient_id = row.OptId<base::PatientId>(9),
          .appointment_id = row.OptId<base::AppointmentId>(10),
          .created_at = row.Time(11),
          .updated_at = row.Time(12),
          .version = row.Int(13)};
}

std::string SelectSql(std::string_view rest) {
  return "SELECT " + std::string(kColumns) + " FROM booking_requests " + std::string(rest);
}

}  // namespace

Result<BookingRequest> SqlBookingRequests::Create(const BookingRequest& r) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const base::Timestamp now = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO booking_requests (clinic_id, id, name, email, phone, preferred_times, "
      "interest, consented_us, status, patient_id, appointment_id, created_us, updated_us, "
      "version, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
      {c_.clinic, id, r.name, r.email, r.phone, r.preferred_times, r.interest, r.consented_at,
       domain::CodeName(r.status), r.patient_id, r.appointment_id, now, now, r.message}));
  return Get(base::BookingRequestId(id));
}

Result<BookingRequest> SqlBookingRequests::Get(base::BookingRequestId id) {
  static const std::string sql = SelectSql("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("booking request not found"));
  return ReadRequest(rows.front());
}

Result<std::vector<BookingRequest>> SqlBookingRequests::List(
    std::optional<domain::BookingRequestStatus> status, base::BookingRequestId before, int limit) {
  const int64_t bound = before.valid() ? before.value() : INT64_MAX;
  Result<SqlRows> rows = [&]() -> Result<SqlRows> {
    if (status) {
      static const std::string sql =
          SelectSql("WHERE clinic_id = ? AND status = ? AND id < ? ORDER BY id DESC LIMIT ?");
      return c_.session.Query(sql, {c_.clinic, domain::CodeName(*status), bound, limit});
    }
    static const std::string sql =
        SelectSql("WHERE clinic_id = ? AND id < ? ORDER BY id DESC LIMIT ?");
    return c_.session.Query(sql, {c_.clinic, bound, limit});
  }();
  if (!rows) return base::Fail(std::move(rows).error());
  std::vector<BookingRequest> out;
  out.reserve(rows->size());
  for (const SqlRow& row : *rows) out.push_back(ReadRequest(row));
  return out;
}

Result<BookingRequest> SqlBookingRequests::Update(const BookingRequest& r) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute("UPDATE booking_requests SET status = ?, patient_id = ?, "
                         "appointment_id = ?, updated_us = ?, version = version + 1 "
                         "WHERE clinic_id = ? AND id = ? AND version = ?",
                         {domain::CodeName(r.status), r.patient_id, r.appointment_id,
                          c_.clock.Now(), c_.clinic, r.id, r.version}));
  if (changed == 0) {
    NP_RETURN_IF_ERROR(Get(r.id));  // kNotFound when it is missing
    return base::Fail(base::Conflict("the booking request was changed by someone else"));
  }
  return Get(r.id);
}

}  // namespace needlepoint::storage::sql
