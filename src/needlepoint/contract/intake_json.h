// The consultation intake of the protocol contract (§1) as JSON: strict parsing into a
// domain::Intake, and the canonical JSON form of one. Bad input is an error, never a guess:
// unknown fields or codes, wrong types, impossible dates, empty areas and out-of-range values
// are all reported, each with its JSON pointer.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/intake.h"

namespace needlepoint::contract {

// Parses `document`. `today` is the default for assessed_on (planned_date defaults to
// assessed_on). On failure returns kInvalidArgument listing every problem found.
base::Result<domain::Intake> ParseIntake(const nlohmann::json& document, base::CivilDate today);

// Parses `text` as strict JSON (strict_json.h), then as an intake.
base::Result<domain::Intake> ParseIntakeText(std::string_view text, base::CivilDate today);

// The canonical JSON of `intake`: defaults filled in, codes in vocabulary order. Parsing it
// again gives an equal intake.
nlohmann::json IntakeToJson(const domain::Intake& intake);

}  // namespace needlepoint::contract
