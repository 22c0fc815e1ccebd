// The limits built into Needlepoint that no clinic protocol file can loosen: the contract's
// hard maximum depth per zone, the contract's level and actions for every finding, and which
// findings take a waiting window. The loader checks every file against these.
#pragma once

#include <array>

#include "needlepoint/domain/adverse_event.h"
#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/depth.h"

namespace needlepoint::protocol {

// The contract's hard maximum needle setting for `zone`; a file may lower it, never raise it.
domain::Depth ZoneCeiling(domain::Zone zone);

// The deepest indication range any file may declare (the deepest zone ceiling).
domain::Depth IndicationCeiling();

// The contract's level for `code`; a file may make it stricter, never weaker.
domain::Level ContractLevel(domain::FindingCode code);

// The contract's actions for `code`; a file may add actions, never drop these.
domain::ActionSet ContractActions(domain::FindingCode code);

// The weakest triage a file may give `symptom` (session-day contract, issue 12): signs of
// infection (pus, fever, spreading redness, increasing pain) and a cold sore are always
// urgent; blistering and new dark spots at least a review; the expected effects anything.
domain::Urgency TriageFloor(domain::Symptom symptom);

// Whether `urgency` is at least as strong as `floor` (urgent > review > expected).
constexpr bool AtLeastAsUrgent(domain::Urgency urgency, domain::Urgency floor) {
  return static_cast<int>(urgency) <= static_cast<int>(floor);
}

// Whether `code` is judged against a waiting window (isotretinoin, retinoid_or_acid,
// recent_hair_removal, minor). recent_procedure has per-procedure windows instead.
bool TakesWindow(domain::FindingCode code);

}  // namespace needlepoint::protocol
