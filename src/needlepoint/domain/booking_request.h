// A booking request from the clinic's public form ("leave your details and we will contact
// you"): who, how to reach them, when suits them and what they are interested in, with their
// consent to be contacted. The front desk works through them in an inbox and turns one into a
// patient with a booked consultation.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

enum class BookingRequestStatus { kNew, kContacted, kConsultationBooked, kClosed };
template <>
struct CodeTraits<BookingRequestStatus> {
  static constexpr std::string_view kNoun = "booking request status";
  static constexpr std::array<std::string_view, 4> kNames = {"new", "contacted",
                                                             "consultation_booked", "closed"};
};

struct BookingRequest {
  base::ClinicId clinic_id;
  base::BookingRequestId id;
  std::string name;
  std::string email;  // at least one of e-mail and phone
  std::string phone;
  std::string preferred_times;   // free text: "weekday mornings"
  std::string interest;          // free text: "acne scars"
  std::string message;           // free text, anything else they want to say
  base::Timestamp consented_at;  // when they agreed to be contacted
  BookingRequestStatus status = BookingRequestStatus::kNew;
  std::optional<base::PatientId> patient_id;          // once turned into a patient
  std::optional<base::AppointmentId> appointment_id;  // their booked consultation
  base::Timestamp created_at;
  base::Timestamp updated_at;
  int64_t version = 1;
};

}  // namespace needlepoint::domain
