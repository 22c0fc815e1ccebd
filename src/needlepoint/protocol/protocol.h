// Protocol: a clinic's clinical protocol, loaded from TOML (protocol_loader.h) and validated,
// in the shape the screening and planning engines read. Immutable once loaded; share it
// between threads as std::shared_ptr<const Protocol>.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/domain/adverse_event.h"
#include "needlepoint/domain/aliases.h"
#include "needlepoint/domain/clinical_codes.h"
#include "needlepoint/domain/depth.h"
#include "needlepoint/domain/plan.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::protocol {

// Where a rule comes from, and where the literature disagrees with it.
struct RuleText {
  std::string source;
  std::string evidence;  // empty when the literature does not disagree
};

// A waiting period in whole days, calendar months or years (months and years clamp to the
// end of the month: 2026-08-31 + 6 months = 2027-02-28).
struct Window {
  enum class Unit { kDays, kMonths, kYears };
  Unit unit = Unit::kDays;
  int amount = 0;

  base::CivilDate After(base::CivilDate start) const;
  std::string ToString() const;  // "6 months", "1 day"
};

struct SeriesRule {
  int sessions_min = 3;
  int sessions_max = 6;
  domain::IntervalDays interval;
  int maintenance_from_months = 6;
  int maintenance_to_months = 12;
  std::vector<int> follow_up_photo_months;
  domain::Depth pih_reduction;
  RuleText text;
};

struct ZoneRule {
  domain::DepthRange depth;  // the zone's default setting
  domain::Depth hard_max;
  RuleText text;
};

inline constexpr int kMaxSeverity = 4;

struct ConcernRule {
  // Index severity-1. Zero sessions and no depth: the concern is not treated by needling.
  std::array<int, kMaxSeverity> sessions{};
  std::array<std::optional<domain::DepthRange>, kMaxSeverity> depth;
  bool unsuitable = false;
  int unsuitable_from_severity = 0;  // 0: never by severity
  domain::CodeSet<domain::AlternativeCode> alternatives;
  RuleText text;

  bool IsUnsuitable(int severity) const {
    return unsuitable || (unsuitable_from_severity > 0 && severity >= unsuitable_from_severity);
  }
};

struct FindingRule {
  domain::Level level = domain::Level::kInfo;
  domain::ActionSet actions;
  std::string message;  // template: {detail}, {window}
  std::optional<Window> window;
  // A provider may set a dated deferral of this finding aside for one plan, with a reason
  // (isotretinoin's past-use window). Only deferrals can be overridable.
  bool overridable = false;
  RuleText text;
};

struct AdjunctRule {
  domain::AdjunctCode code = domain::AdjunctCode::kHyaluronicAcid;
  bool for_all = false;
  domain::CodeSet<domain::Concern> for_concerns;
  bool optional = false;
  bool after_healing = false;
  RuleText text;
};

// An item of the prep or aftercare timeline, in days relative to the session day.
template <typename Code>
struct TimelineRule {
  Code code{};
  int from_day = 0;
  std::optional<int> to_day;                       // absent: open-ended
  domain::CodeSet<domain::FindingCode> only_with;  // empty: always
  std::string instruction;
  RuleText text;
};

// How a symptom a patient reports after a session is triaged. An `expected` symptom is a
// normal effect inside [from_day, to_day] after the session (day 0 is the session's day) and is
// `outside_urgency` with `outside_message` on any other day.
struct TriageRule {
  domain::Urgency urgency = domain::Urgency::kReview;
  std::string message;
  std::optional<std::pair<int, int>> expected_days;
  domain::Urgency outside_urgency = domain::Urgency::kReview;
  std::string outside_message;
  RuleText text;
};

// What the patient is told overall, by the report's strongest urgency.
struct TriageAdvice {
  std::array<std::string, domain::kCodeCount<domain::Urgency>> by_urgency;
  RuleText text;
};

struct Protocol {
  domain::ProtocolRef ref;
  std::string title;
  SeriesRule series;
  std::array<ZoneRule, domain::kCodeCount<domain::Zone>> zones;
  std::array<ConcernRule, domain::kCodeCount<domain::Concern>> concerns;
  std::array<FindingRule, domain::kCodeCount<domain::FindingCode>> findings;
  // recent_procedure windows; absent for hair removal, which recent_hair_removal judges.
  std::array<std::optional<int>, domain::kCodeCount<domain::ProcedureCode>> procedure_window_days;
  std::vector<AdjunctRule> adjuncts;
  std::vector<TimelineRule<domain::PrepCode>> prep;
  std::vector<TimelineRule<domain::AftercareCode>> aftercare;
  // Brand, generic and everyday names for medications, history, skin-today and allergy codes.
  domain::Aliases aliases;
  // The triage of patients' adverse-event reports. A file without a [triage] section takes
  // the built-in protocol's (`triage_built_in` then says so).
  std::array<TriageRule, domain::kCodeCount<domain::Symptom>> triage;
  TriageAdvice triage_advice;
  bool triage_built_in = false;

  const ZoneRule& zone(domain::Zone z) const { return zones[static_cast<size_t>(z)]; }
  const ConcernRule& concern(domain::Concern c) const { return concerns[static_cast<size_t>(c)]; }
  const FindingRule& finding(domain::FindingCode f) const {
    return findings[static_cast<size_t>(f)];
  }
  const TriageRule& triage_rule(domain::Symptom s) const { return triage[static_cast<size_t>(s)]; }
};

}  // namespace needlepoint::protocol
