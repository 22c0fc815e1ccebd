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

namespace needlepoint::domain {

// One assessment of a patient's Fitzpatrick skin type: the record keeps every one, so a
// consultation that changes the type shows the change, and who made it and when is kept.
struct SkinTypeAssessment {
  base::PatientId patient_id;
  int fitzpatrick = 1;                                  // 1..6
  std::optional<int> previous;                          // the type recorded before, if any
  std::optional<base::ConsultationId> consultation_id;  // absent: set on the patient record
  base::UserId assessed_by;
  base::Timestamp assessed_at;
};

}  // namespace needlepoint::domain
