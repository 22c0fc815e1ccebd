// Strongly typed identifiers, so a PatientId can never be passed where a ClinicId belongs.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace needlepoint::base {

template <typename Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(int64_t value) : value_(value) {}
  constexpr int64_t value() const { return value_; }
  // True for ids that were assigned by storage (ids start at 1).
  constexpr bool valid() const { return value_ > 0; }
  std::string ToString() const { return std::to_string(value_); }
  friend constexpr auto operator<=>(Id, Id) = default;

 private:
  int64_t value_ = 0;
};

using ClinicId = Id<struct ClinicIdTag>;
using UserId = Id<struct UserIdTag>;
using PatientId = Id<struct PatientIdTag>;
using ConsultationId = Id<struct ConsultationIdTag>;
using PlanId = Id<struct PlanIdTag>;
using AppointmentId = Id<struct AppointmentIdTag>;
using ResourceId = Id<struct ResourceIdTag>;
using TimeOffId = Id<struct TimeOffIdTag>;
using MessageId = Id<struct MessageIdTag>;
using BookingRequestId = Id<struct BookingRequestIdTag>;
// The treatment day (session-day contract): a charted session, its cartridges, consent
// texts and signatures, patients' adverse-event reports and providers' adverse events.
using SessionId = Id<struct SessionIdTag>;
using CartridgeId = Id<struct CartridgeIdTag>;
using ConsentTextId = Id<struct ConsentTextIdTag>;
using ConsentSignatureId = Id<struct ConsentSignatureIdTag>;
using AdverseReportId = Id<struct AdverseReportIdTag>;
using AdverseEventId = Id<struct AdverseEventIdTag>;
// Before/after photos and the overlay images a comparison derived from two of them.
using PhotoId = Id<struct PhotoIdTag>;
using PhotoOverlayId = Id<struct PhotoOverlayIdTag>;

}  // namespace needlepoint::base

template <typename Tag>
struct std::hash<needlepoint::base::Id<Tag>> {
  size_t operator()(needlepoint::base::Id<Tag> id) const noexcept {
    return std::hash<int64_t>()(id.value());
  }
};
