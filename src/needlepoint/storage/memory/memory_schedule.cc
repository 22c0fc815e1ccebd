// Appointments (the twin of sql_schedule.cc). Writers are serialised, so checking for an
// overlap and then storing is atomic here as it is in the SQL backends.
#include <algorithm>
#include <chrono>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::Appointment;

// Whether `a` and `b` need the same provider, room or device (an absent room or device is
// shared with nobody).
bool ShareSomething(const Appointment& a, const Appointment& b) {
  return a.provider_id == b.provider_id || (a.room_id && a.room_id == b.room_id) ||
         (a.device_id && a.device_id == b.device_id);
}

std::vector<Appointment> ByStart(std::vector<Appointment> rows) {
  std::sort(rows.begin(), rows.end(), [](const Appointment& a, const Appointment& b) {
    return std::tie(a.start, a.id) < std::tie(b.start, b.id);
  });
  return rows;
}

}  // namespace

base::Status MemoryAppointments::CheckFree(const Appointment& a,
                                           std::optional<base::AppointmentId> self) const {
  if (!domain::HoldsSlot(a.status)) return base::OkStatus();
  for (const auto& [id, other] : c_.data().appointments) {
    if (id == self || !domain::HoldsSlot(other.status)) continue;
    if (other.start < a.end && other.end > a.start && ShareSomething(a, other)) {
      return base::Conflict("the provider, room or device is already booked at that time");
    }
  }
  return base::OkStatus();
}

Result<Appointment> MemoryAppointments::Create(const Appointment& appointment) {
  NP_RETURN_IF_ERROR(CheckAppointmentInterval(appointment.start, appointment.end));
  NP_RETURN_IF_ERROR(CheckFree(appointment, std::nullopt));
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::AppointmentId id(c_.NextId());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.patients, appointment.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, appointment.provider_id));
  if (appointment.room_id) NP_RETURN_IF_ERROR(CheckReference(data.resources, *appointment.room_id));
  if (appointment.device_id) {
    NP_RETURN_IF_ERROR(CheckReference(data.resources, *appointment.device_id));
  }
  if (appointment.plan_id) NP_RETURN_IF_ERROR(CheckReference(data.plans, *appointment.plan_id));
  Appointment stored = appointment;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.created_at = stored.updated_at = c_.Now();
  stored.version = 1;
  c_.Mutable().appointments[id] = stored;
  return stored;
}

Result<Appointment> MemoryAppointments::Get(base::AppointmentId id) {
  return FindRow(c_.data().appointments, id, "appointment");
}

Result<Appointment> MemoryAppointments::SetStatus(base::AppointmentId id,
                                                  domain::AppointmentStatus status) {
  NP_ASSIGN_OR_RETURN(Appointment current, Get(id));
  if (current.status == status) return current;  // idempotent (double cancel)
  const bool reactivating = !domain::HoldsSlot(current.status) && domain::HoldsSlot(status);
  current.status = status;
  if (reactivating) NP_RETURN_IF_ERROR(CheckFree(current, id));
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  current.updated_at = c_.Now();
  ++current.version;
  c_.Mutable().appointments[id] = current;
  return current;
}

Result<std::vector<Appointment>> MemoryAppointments::CreateAll(
    const std::vector<Appointment>& appointments) {
  // One writer at a time: the check-and-insert of each is atomic, and an earlier one of the
  // list is visible to the next (the transaction's own writes).
  std::vector<Appointment> out;
  out.reserve(appointments.size());
  for (const Appointment& a : appointments) {
    NP_ASSIGN_OR_RETURN(Appointment stored, Create(a));
    out.push_back(std::move(stored));
  }
  return out;
}

Result<Appointment> MemoryAppointments::Move(base::AppointmentId id, const Appointment& slot,
                                             int64_t expected_version) {
  NP_ASSIGN_OR_RETURN(Appointment stored, Get(id));
  NP_ASSIGN_OR_RETURN(Appointment current, Moved(std::move(stored), slot, expected_version));
  NP_RETURN_IF_ERROR(CheckFree(current, id));
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.users, current.provider_id));
  if (current.room_id) NP_RETURN_IF_ERROR(CheckReference(data.resources, *current.room_id));
  if (current.device_id) NP_RETURN_IF_ERROR(CheckReference(data.resources, *current.device_id));
  current.updated_at = c_.Now();
  ++current.version;
  c_.Mutable().appointments[id] = current;
  return current;
}

Result<std::vector<domain::BusySlot>> MemoryAppointments::ListBusy(base::Timestamp from,
                                                                   base::Timestamp to) {
  std::vector<Appointment> rows;
  for (const auto& [id, a] : c_.data().appointments) {
    if (domain::HoldsSlot(a.status) && a.start < to && a.end > from) rows.push_back(a);
  }
  std::vector<domain::BusySlot> out;
  out.reserve(rows.size());
  for (const Appointment& a : ByStart(std::move(rows))) {
    out.push_back({a.id, a.provider_id, a.room_id, a.device_id, a.start, a.end});
  }
  return out;
}

Result<std::vector<Appointment>> MemoryAppointments::ListBetween(base::Timestamp from,
                                                                 base::Timestamp to) {
  std::vector<Appointment> out;
  for (const auto& [id, a] : c_.data().appointments) {
    if (a.start >= from && a.start < to) out.push_back(a);
  }
  return ByStart(std::move(out));
}

Result<std::vector<Appointment>> MemoryAppointments::ListForPlan(base::PlanId plan) {
  std::vector<Appointment> out;
  for (const auto& [id, a] : c_.data().appointments) {
    if (a.plan_id == plan) out.push_back(a);
  }
  std::sort(out.begin(), out.end(), [](const Appointment& a, const Appointment& b) {
    return std::tie(a.session_number, a.start, a.id) < std::tie(b.session_number, b.start, b.id);
  });
  return out;
}

Result<std::vector<Appointment>> MemoryAppointments::ListForProvider(base::UserId provider,
                                                                     base::Timestamp from,
                                                                     base::Timestamp to) {
  std::vector<Appointment> out;
  for (const auto& [id, appointment] : c_.data().appointments) {
    if (appointment.provider_id == provider && appointment.start >= from &&
        appointment.start < to) {
      out.push_back(appointment);
    }
  }
  return ByStart(std::move(out));
}

Result<std::vector<Appointment>> MemoryAppointments::ListForPatient(base::PatientId patient) {
  std::vector<Appointment> out;
  for (const auto& [id, appointment] : c_.data().appointments) {
    if (appointment.patient_id == patient) out.push_back(appointment);
  }
  return ByStart(std::move(out));
}

}  // namespace needlepoint::storage::memory
