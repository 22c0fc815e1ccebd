// The consultation intake of the protocol contract (§1, v2) as JSON: strict parsing into a
// domain::Intake, and the canonical JSON form of one. Bad input is an error, never a guess:
// unknown fields or codes (with "did you mean" suggestions), wrong types, impossible dates,
// dates that contradict each other, empty areas and out-of-range values are all reported,
// each with its JSON pointer.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/aliases.h"
#include "needlepoint/domain/intake.h"

namespace needlepoint::contract {

struct IntakeOptions {
  // The default for assessed_on (planned_date defaults to assessed_on).
  base::CivilDate today;
  // Prepended to every problem's path, for an intake nested in a larger document ("/intake").
  std::string path_prefix;
  // The protocol's brand, generic and everyday names for codes; null: wire names only.
  const domain::Aliases* aliases = nullptr;
  // Through the API the intake belongs to a patient: their record supplies the birth date and
  // Fitzpatrick type when the intake omits them (the caller checks a given birth date against
  // the record), and `patient` may then be omitted altogether.
  std::optional<base::CivilDate> record_birth_date;
  std::optional<int> record_fitzpatrick;
  // Through the API: an assessment after this date (the server's today) is refused.
  std::optional<base::CivilDate> latest_assessment;
  // Reading an intake stored by an earlier version: its shape is checked, not whether its
  // dates agree with each other (v1 accepted dates v2 refuses).
  bool stored = false;
};

// Parses `document`. On failure returns kInvalidArgument listing every problem found.
base::Result<domain::Intake> ParseIntake(const nlohmann::json& document,
                                         const IntakeOptions& options);

// Parses `text` as strict JSON (strict_json.h), then as an intake.
base::Result<domain::Intake> ParseIntakeText(std::string_view text, const IntakeOptions& options);

// The canonical JSON of `intake`: defaults filled in, codes in vocabulary order. Parsing it
// again gives an equal intake.
nlohmann::json IntakeToJson(const domain::Intake& intake);

}  // namespace needlepoint::contract
