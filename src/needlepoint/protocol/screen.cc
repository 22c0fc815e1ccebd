#include "needlepoint/protocol/screen.h"

#include <algorithm>
#include <array>
#include <string>

namespace needlepoint::protocol {
namespace {

using base::CivilDate;
using domain::ActiveCode;
using domain::AllergyCode;
using domain::CodeName;
using domain::FindingCode;
using domain::HistoryCode;
using domain::Intake;
using domain::Level;
using domain::MedicationCode;
using domain::ProcedureCode;
using domain::Verdict;
using domain::Zone;
using domain::ZoneSet;

// A code's wire name as words ("topical_retinoid" -> "topical retinoid").
template <typename E>
std::string Words(E code) {
  std::string text(CodeName(code));
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

std::string ZoneList(ZoneSet zones) {
  std::string out;
  zones.ForEach([&](Zone zone) {
    if (!out.empty()) out += ", ";
    out += CodeName(zone);
  });
  return out;
}

// "on chin" for an item in some zones, "everywhere" for one without areas.
std::string Where(const std::optional<ZoneSet>& item_areas, ZoneSet treated) {
  if (!item_areas) return "everywhere";
  const ZoneSet in_treated = item_areas->Intersection(treated);
  return "on " + ZoneList(in_treated.empty() ? *item_areas : in_treated);
}

std::string Roman(int n) {
  static constexpr std::array<std::string_view, 7> kNumerals = {"0",  "I", "II", "III",
                                                                "IV", "V", "VI"};
  return n >= 0 && n < 7 ? std::string(kNumerals[static_cast<size_t>(n)]) : std::to_string(n);
}

int AgeOn(CivilDate birth, CivilDate day) {
  int age = day.year() - birth.year();
  if (std::pair(day.month(), day.day()) < std::pair(birth.month(), birth.day())) --age;
  return age;
}

// Accumulates findings by code, collapsing repeats into one with the latest `until`.
class FindingCollector {
 public:
  // Adds a finding that lasts until resolved.
  void AddUndated(FindingCode code, std::string detail) {
    Pending& pending = Slot(code, std::move(detail));
    pending.undated = true;
  }
  // Adds a finding that lapses on `until`, unless it has already lapsed by `planned`.
  void AddDated(FindingCode code, CivilDate until, CivilDate planned, std::string detail) {
    if (until <= planned) return;
    Pending& pending = Slot(code, std::move(detail));
    if (!pending.has_until || pending.until < until) pending.until = until;
    pending.has_until = true;
  }
  void AddAlternatives(domain::CodeSet<domain::AlternativeCode> alternatives) {
    alternatives_.InsertAll(alternatives);
  }

  bool Has(FindingCode code) const { return slots_[Index(code)].present; }

  domain::Screening Finish(const Protocol& protocol, const Intake& intake) &&;

 private:
  struct Pending {
    bool present = false;
    bool undated = false;
    bool has_until = false;
    CivilDate until;
    std::string detail;
  };
  static size_t Index(FindingCode code) { return static_cast<size_t>(code); }

  Pending& Slot(FindingCode code, std::string detail) {
    Pending& pending = slots_[Index(code)];
    pending.present = true;
    if (!detail.empty()) {
      if (!pending.detail.empty()) pending.detail += "; ";
      pending.detail += detail;
    }
    return pending;
  }

  std::array<Pending, domain::kCodeCount<FindingCode>> slots_;
  domain::CodeSet<domain::AlternativeCode> alternatives_;
};

std::string RenderMessage(const std::string& text, const std::string& detail,
                          const std::optional<Window>& window) {
  std::string out;
  out.reserve(text.size() + detail.size());
  for (size_t pos = 0; pos < text.size();) {
    if (text.compare(pos, 8, "{detail}") == 0) {
      out += detail;
      pos += 8;
    } else if (text.compare(pos, 8, "{window}") == 0) {
      out += window ? window->ToString() : "";
      pos += 8;
    } else {
      out += text[pos++];
    }
  }
  return out;
}

domain::Screening FindingCollector::Finish(const Protocol& protocol, const Intake& intake) && {
  domain::Screening screening;
  screening.protocol = protocol.ref;
  screening.assessed_on = intake.assessed_on;
  screening.planned_date = intake.planned_date;
  screening.unscreened = {intake.other_medications, intake.other_conditions};
  for (FindingCode code : domain::AllCodes<FindingCode>()) {
    Pending& pending = slots_[Index(code)];
    if (!pending.present) continue;
    const FindingRule& rule = protocol.finding(code);
    domain::Finding finding;
    finding.code = code;
    finding.level = rule.level;
    if (rule.level == Level::kDefer && !pending.undated && pending.has_until) {
      finding.until = pending.until;
    }
    finding.actions = rule.actions;
    finding.message = RenderMessage(rule.message, pending.detail, rule.window);
    finding.evidence = rule.text.evidence;
    finding.source = rule.text.source;
    if (code == FindingCode::kUnsuitableConcern) finding.alternatives = alternatives_;
    screening.actions.InsertAll(finding.actions);
    screening.findings.push_back(std::move(finding));
  }
  std::stable_sort(
      screening.findings.begin(), screening.findings.end(),
      [](const domain::Finding& a, const domain::Finding& b) { return a.level < b.level; });

  bool any_contraindicated = false, any_defer = false, any_caution = false;
  bool all_defers_dated = true;
  std::optional<CivilDate> latest;
  for (const domain::Finding& finding : screening.findings) {
    switch (finding.level) {
      case Level::kContraindicated:
        any_contraindicated = true;
        break;
      case Level::kDefer:
        any_defer = true;
        if (!finding.until) all_defers_dated = false;
        if (finding.until && (!latest || *latest < *finding.until)) latest = finding.until;
        break;
      case Level::kCaution:
        any_caution = true;
        break;
      case Level::kInfo:
        break;
    }
  }
  screening.verdict = any_contraindicated ? Verdict::kNotEligible
                      : any_defer         ? Verdict::kDefer
                      : any_caution       ? Verdict::kEligibleWithPrecautions
                                          : Verdict::kEligible;
  if (screening.verdict == Verdict::kDefer && all_defers_dated) screening.earliest_date = latest;
  return screening;
}

void ScreenActive(const Intake& intake, FindingCollector& findings) {
  for (const domain::ActiveEntry& active : intake.active) {
    const bool in_area = domain::InTreatedArea(active.areas, intake.areas);
    const std::string where = Where(active.areas, intake.areas);
    switch (active.code) {
      case ActiveCode::kAcne:
        if (in_area) findings.AddUndated(FindingCode::kActiveAcne, where);
        break;
      case ActiveCode::kInfection:
        if (in_area) findings.AddUndated(FindingCode::kActiveInfection, where);
        break;
      case ActiveCode::kColdSore:
        findings.AddUndated(FindingCode::kActiveColdSore, where);
        break;
      case ActiveCode::kEczema:
      case ActiveCode::kPsoriasis:
      case ActiveCode::kRosacea:
      case ActiveCode::kDermatitis:
        if (in_area) {
          findings.AddUndated(FindingCode::kSkinConditionFlare, Words(active.code) + " " + where);
        }
        break;
      case ActiveCode::kOpenWound:
        if (in_area) findings.AddUndated(FindingCode::kOpenWound, where);
        break;
      case ActiveCode::kSunburn:
        if (in_area) findings.AddUndated(FindingCode::kSunburn, where);
        break;
      case ActiveCode::kRecentSunExposure:
        findings.AddUndated(FindingCode::kRecentSunExposure, where);
        break;
      case ActiveCode::kSkinCancer:
        if (in_area) findings.AddUndated(FindingCode::kSkinCancer, where);
        break;
    }
  }
}

bool ActivePsoriasisInTreatedArea(const Intake& intake) {
  return std::any_of(intake.active.begin(), intake.active.end(), [&](const auto& active) {
    return active.code == ActiveCode::kPsoriasis &&
           domain::InTreatedArea(active.areas, intake.areas);
  });
}

void ScreenHistoryAndAllergies(const Intake& intake, FindingCollector& findings) {
  const auto& history = intake.history;
  if (history.Contains(HistoryCode::kKeloidTendency)) {
    findings.AddUndated(FindingCode::kKeloidTendency, "");
  }
  if (history.Contains(HistoryCode::kScleroderma)) {
    findings.AddUndated(FindingCode::kScleroderma, "");
  }
  if (history.Contains(HistoryCode::kBleedingDisorder)) {
    findings.AddUndated(FindingCode::kBleedingDisorder, "");
  }
  if (history.Contains(HistoryCode::kPsoriasis) && !ActivePsoriasisInTreatedArea(intake)) {
    findings.AddUndated(FindingCode::kPsoriasisHistory, "");
  }
  if (history.Contains(HistoryCode::kAutoimmuneDisease)) {
    findings.AddUndated(FindingCode::kAutoimmuneDisease, "");
  }
  if (history.Contains(HistoryCode::kImmunocompromised)) {
    findings.AddUndated(FindingCode::kImmunocompromised, "history of immunocompromise");
  }
  if (history.Contains(HistoryCode::kDiabetesUncontrolled)) {
    findings.AddUndated(FindingCode::kUncontrolledDiabetes, "");
  }
  const ZoneSet face_treated = intake.areas.Intersection(domain::kFaceZones);
  if (history.Contains(HistoryCode::kHerpesHistory) && !face_treated.empty()) {
    findings.AddUndated(FindingCode::kHerpesHistory, ZoneList(face_treated));
  }
  if (intake.allergies.Contains(AllergyCode::kStainlessSteel)) {
    findings.AddUndated(FindingCode::kMetalAllergy, "");
  }
  for (AllergyCode anaesthetic : {AllergyCode::kLidocaine, AllergyCode::kTopicalAnaesthetic}) {
    if (intake.allergies.Contains(anaesthetic)) {
      findings.AddUndated(FindingCode::kAnaestheticAllergy, Words(anaesthetic));
    }
  }
  if (intake.fitzpatrick >= 4) {
    findings.AddUndated(FindingCode::kPihRisk, Roman(intake.fitzpatrick));
  }
}

// A medication judged against a waiting window after the last dose or use.
void ScreenWindowed(const Protocol& protocol, const Intake& intake,
                    const domain::MedicationEntry& medication, FindingCode code,
                    std::string_view taken_verb, FindingCollector& findings) {
  const std::string name = Words(medication.code);
  if (!medication.last_taken) {
    findings.AddUndated(code, name + " in current use");
    return;
  }
  const std::optional<Window>& window = protocol.finding(code).window;
  const CivilDate until = window ? window->After(*medication.last_taken) : *medication.last_taken;
  findings.AddDated(code, until, intake.planned_date,
                    name + " " + std::string(taken_verb) + " " + medication.last_taken->ToString());
}

void ScreenMedications(const Protocol& protocol, const Intake& intake, FindingCollector& findings) {
  for (const domain::MedicationEntry& medication : intake.medications) {
    switch (medication.code) {
      case MedicationCode::kIsotretinoin:
        ScreenWindowed(protocol, intake, medication, FindingCode::kIsotretinoin, "last taken",
                       findings);
        break;
      case MedicationCode::kTopicalRetinoid:
      case MedicationCode::kExfoliatingAcid:
        ScreenWindowed(protocol, intake, medication, FindingCode::kRetinoidOrAcid, "last used",
                       findings);
        break;
      case MedicationCode::kAnticoagulant:
      case MedicationCode::kAntiplatelet:
        findings.AddUndated(FindingCode::kAnticoagulant, Words(medication.code));
        break;
      case MedicationCode::kImmunosuppressant:
        findings.AddUndated(FindingCode::kImmunocompromised, "immunosuppressant medication");
        break;
      case MedicationCode::kAspirin:
      case MedicationCode::kNsaid:
      case MedicationCode::kVitaminE:
      case MedicationCode::kFishOil:
      case MedicationCode::kGinkgo:
        findings.AddUndated(FindingCode::kBloodThinningOtc, Words(medication.code));
        break;
    }
  }
}

void ScreenProcedures(const Protocol& protocol, const Intake& intake, FindingCollector& findings) {
  for (const domain::ProcedureEntry& procedure : intake.procedures) {
    if (!domain::InTreatedArea(procedure.areas, intake.areas)) continue;
    const std::string what = Words(procedure.code) + " on " + procedure.date.ToString();
    if (domain::kHairRemoval.Contains(procedure.code)) {
      const std::optional<Window>& window =
          protocol.finding(FindingCode::kRecentHairRemoval).window;
      findings.AddDated(FindingCode::kRecentHairRemoval,
                        window ? window->After(procedure.date) : procedure.date,
                        intake.planned_date, what);
      continue;
    }
    const std::optional<int> days =
        protocol.procedure_window_days[static_cast<size_t>(procedure.code)];
    if (!days) continue;
    findings.AddDated(FindingCode::kRecentProcedure, procedure.date.AddDays(*days),
                      intake.planned_date, what + ", " + std::to_string(*days) + "-day window");
  }
}

void ScreenPersonal(const Protocol& protocol, const Intake& intake, FindingCollector& findings) {
  if (intake.pregnant || intake.breastfeeding) {
    findings.AddUndated(FindingCode::kPregnancy, intake.pregnant && intake.breastfeeding
                                                     ? "Pregnant and breastfeeding"
                                                 : intake.pregnant ? "Pregnant"
                                                                   : "Breastfeeding");
  }
  if (const std::optional<Window>& adulthood = protocol.finding(FindingCode::kMinor).window) {
    const CivilDate adult_on = adulthood->After(intake.birth_date);
    findings.AddDated(FindingCode::kMinor, adult_on, intake.planned_date,
                      "age " + std::to_string(AgeOn(intake.birth_date, intake.planned_date)) +
                          ", adult on " + adult_on.ToString());
  }
  std::string unsuitable;
  for (const domain::ConcernEntry& concern : intake.concerns) {
    const ConcernRule& rule = protocol.concern(concern.code);
    if (!rule.IsUnsuitable(concern.severity)) continue;
    findings.AddAlternatives(rule.alternatives);
    std::string alternatives;
    rule.alternatives.ForEach([&](domain::AlternativeCode alternative) {
      alternatives += (alternatives.empty() ? "" : ", ") + Words(alternative);
    });
    const bool by_severity = !rule.unsuitable;
    unsuitable += (unsuitable.empty() ? "" : "; ") + Words(concern.code) +
                  (by_severity ? " of severity " + std::to_string(concern.severity) : "") +
                  " (consider " + alternatives + ")";
  }
  if (!unsuitable.empty()) findings.AddUndated(FindingCode::kUnsuitableConcern, unsuitable);
}

}  // namespace

domain::Screening Screen(const Protocol& protocol, const Intake& intake) {
  FindingCollector findings;
  ScreenActive(intake, findings);
  ScreenHistoryAndAllergies(intake, findings);
  ScreenMedications(protocol, intake, findings);
  ScreenProcedures(protocol, intake, findings);
  ScreenPersonal(protocol, intake, findings);
  return std::move(findings).Finish(protocol, intake);
}

}  // namespace needlepoint::protocol
