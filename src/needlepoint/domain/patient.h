// Patient: demographics and contact details, held per clinic.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/base/ids.h"

namespace needlepoint::domain {

struct Patient {
  base::ClinicId clinic_id;
  base::PatientId id;
  std::string given_name;
  std::string family_name;
  base::CivilDate birth_date;
  std::string email;               // may be empty
  std::string phone;               // may be empty; digits, spaces, + ( ) - only
  std::optional<int> fitzpatrick;  // 1..6 once assessed
  base::Timestamp created_at;
  base::Timestamp updated_at;
  int64_t version = 1;    // incremented on every update (optimistic concurrency)
  bool archived = false;  // hidden from search and lists; never deleted
  // Set once this record was merged into another (it was a duplicate): its consultations,
  // plans, appointments and portal account now belong to that one. Kept for the history.
  std::optional<base::PatientId> merged_into;
};

}  // namespace needlepoint::domain
