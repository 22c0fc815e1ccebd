// Clinic, staff and resources: who works where, and what can be booked.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

// A clinic is the tenant: every stored row belongs to exactly one.
struct Clinic {
  base::ClinicId id;
  std::string slug;       // login name of the clinic, unique ("harbour-skin")
  std::string name;       // display name
  std::string time_zone;  // IANA name; appointments are stored in UTC and shown in this zone
  base::Timestamp created_at;
  std::string phone;  // what patients call ("call the clinic now"); empty: not given
};

enum class Role { kOwner, kProvider, kFrontDesk, kPatient };
template <>
struct CodeTraits<Role> {
  static constexpr std::string_view kNoun = "role";
  static constexpr std::array<std::string_view, 4> kNames = {"owner", "provider", "front_desk",
                                                             "patient"};
};

// A person who can log in: staff, or a patient using the portal (then `patient_id` is set).
struct User {
  base::ClinicId clinic_id;
  base::UserId id;
  std::string email;  // login name, unique within the clinic, stored lower-case
  std::string display_name;
  Role role = Role::kFrontDesk;
  std::string title;  // for providers: "RN", "aesthetician", "dermatologist"
  std::optional<base::PatientId> patient_id;
  std::string password_hash;  // argon2id encoded string, or kNoPassword; never leaves the server
  bool active = true;
  base::Timestamp created_at;
};

// The password_hash of an account whose password is not set (an invitation not yet accepted,
// a password reset): no password verifies against it.
inline constexpr std::string_view kNoPassword = "!";

// Whether `user` has a password.
inline bool HasPassword(const User& user) {
  return !user.password_hash.empty() && user.password_hash != kNoPassword;
}
// Whether `user` can log in: active, with a password.
inline bool CanLogIn(const User& user) { return user.active && HasPassword(user); }

enum class ResourceKind { kRoom, kDevice };
template <>
struct CodeTraits<ResourceKind> {
  static constexpr std::string_view kNoun = "resource kind";
  static constexpr std::array<std::string_view, 2> kNames = {"room", "device"};
};

// A treatment room or a microneedling device (pen), booked alongside a provider.
struct Resource {
  base::ClinicId clinic_id;
  base::ResourceId id;
  ResourceKind kind = ResourceKind::kRoom;
  std::string name;    // "Room 2", "SkinPen #A113"
  std::string serial;  // a device's serial number (traceability); empty for rooms
  bool active = true;
};

}  // namespace needlepoint::domain
