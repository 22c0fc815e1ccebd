// Intake: a consultation's answers, validated and typed — what the screening and planning
// engines read. Produced by the contract's JSON parser (contract/intake_json.h); every field
// here has already been checked, so the engines never see an unknown code or a bad date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/domain/clinical_codes.h"

namespace needlepoint::domain {

struct ConcernEntry {
  Concern code = Concern::kDullness;
  std::optional<ConcernSubtype> subtype;
  int severity = 1;  // 1 mild … 4 severe (Goodman–Baron qualitative grade for acne scars)
  ZoneSet areas;     // never empty: defaults to all treated areas
  friend bool operator==(const ConcernEntry&, const ConcernEntry&) = default;
};

// Something about the skin today. `areas` absent means everywhere.
struct ActiveEntry {
  ActiveCode code = ActiveCode::kAcne;
  std::optional<ZoneSet> areas;
  friend bool operator==(const ActiveEntry&, const ActiveEntry&) = default;
};

// A medication; `last_taken` (the contract's last_dose / last_use) absent means still taking.
struct MedicationEntry {
  MedicationCode code = MedicationCode::kIsotretinoin;
  std::optional<base::CivilDate> last_taken;
  friend bool operator==(const MedicationEntry&, const MedicationEntry&) = default;
};

// A past procedure. `areas` absent means everywhere.
struct ProcedureEntry {
  ProcedureCode code = ProcedureCode::kBotox;
  base::CivilDate date;
  std::optional<ZoneSet> areas;
  friend bool operator==(const ProcedureEntry&, const ProcedureEntry&) = default;
};

struct Intake {
  base::CivilDate assessed_on;
  base::CivilDate planned_date;  // the proposed first session; every window is judged here
  base::CivilDate birth_date;
  int fitzpatrick = 1;  // 1..6
  ZoneSet areas;        // the zones to treat; never empty
  std::vector<ConcernEntry> concerns;
  CodeSet<HistoryCode> history;
  std::vector<ActiveEntry> active;
  std::vector<MedicationEntry> medications;
  std::vector<ProcedureEntry> procedures;
  CodeSet<AllergyCode> allergies;
  std::vector<std::string> other_allergies;  // kept for the record, not acted on
  // Free text the vocabularies do not cover (contract v2): kept on the chart and shown to the
  // provider as "not screened — review"; they never change the verdict.
  std::vector<std::string> other_medications;
  std::vector<std::string> other_conditions;
  bool pregnant = false;
  bool breastfeeding = false;
  friend bool operator==(const Intake&, const Intake&) = default;
};

// True if an item with `item_areas` (absent = everywhere) lies in a treated area.
inline bool InTreatedArea(const std::optional<ZoneSet>& item_areas, ZoneSet treated) {
  return !item_areas || item_areas->Intersects(treated);
}

}  // namespace needlepoint::domain
