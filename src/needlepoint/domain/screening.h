// Screening: the protocol's answer to "may this patient be microneedled, and when?" —
// findings with levels, dates and actions, and the verdict they add up to.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/domain/clinical_codes.h"

namespace needlepoint::domain {

// Which protocol produced a result; every screening and plan records it.
struct ProtocolRef {
  std::string name;
  std::string version;
  friend bool operator==(const ProtocolRef&, const ProtocolRef&) = default;
};

struct Finding {
  FindingCode code = FindingCode::kActiveAcne;
  Level level = Level::kInfo;
  // For a deferral: the first date the finding no longer applies. Absent: until resolved.
  std::optional<base::CivilDate> until;
  ActionSet actions;
  std::string message;   // for the clinician: what was found and why it matters
  std::string evidence;  // where the literature disagrees with the clinic default; may be empty
  std::string source;    // seed article or literature the rule comes from
  CodeSet<AlternativeCode> alternatives;  // unsuitable_concern only
  friend bool operator==(const Finding&, const Finding&) = default;
};

// What the intake recorded that no rule judges (contract v2: other_medications,
// other_conditions): shown to the provider as "not screened — review".
struct Unscreened {
  std::vector<std::string> medications;
  std::vector<std::string> conditions;
  bool empty() const { return medications.empty() && conditions.empty(); }
  friend bool operator==(const Unscreened&, const Unscreened&) = default;
};

struct Screening {
  Verdict verdict = Verdict::kEligible;
  // Set only when the verdict is defer and every deferral is dated: the latest `until`.
  std::optional<base::CivilDate> earliest_date;
  // Strongest level first, then in the protocol's table order; one finding per code.
  std::vector<Finding> findings;
  ActionSet actions;  // the union of the findings' actions
  ProtocolRef protocol;
  base::CivilDate assessed_on;
  base::CivilDate planned_date;
  Unscreened unscreened;

  // The finding with `code`, or nullptr.
  const Finding* Find(FindingCode code) const {
    for (const Finding& finding : findings) {
      if (finding.code == code) return &finding;
    }
    return nullptr;
  }
  friend bool operator==(const Screening&, const Screening&) = default;
};

}  // namespace needlepoint::domain
