#include "needlepoint/protocol/day_of_gate.h"

#include <algorithm>

namespace needlepoint::protocol {
namespace {

using domain::ActiveCode;
using domain::FindingCode;
using domain::MedicationCode;

// The skin-today conditions the day-of questions ask about: the answers replace what the
// consultation recorded for them.
constexpr domain::CodeSet<ActiveCode> kAskedOnTheDay = {ActiveCode::kColdSore, ActiveCode::kSunburn,
                                                        ActiveCode::kAcne, ActiveCode::kInfection,
                                                        ActiveCode::kRecentSunExposure};

bool IsRetinoidOrAcid(MedicationCode code) {
  return code == MedicationCode::kTopicalRetinoid || code == MedicationCode::kExfoliatingAcid;
}

void AddSkin(domain::Intake& intake, ActiveCode code, const domain::SkinAnswer& answer) {
  if (answer.present) intake.active.push_back({code, answer.areas});
}

bool Overridden(const domain::TreatmentPlan& plan, FindingCode code) {
  return std::any_of(plan.overrides.begin(), plan.overrides.end(),
                     [&](const domain::FindingOverride& o) { return o.finding == code; });
}

}  // namespace

base::Result<domain::Intake> MergeCheckIn(const domain::Intake& consultation,
                                          const domain::CheckInAnswers& answers,
                                          base::CivilDate session_date) {
  domain::Intake intake = consultation;
  intake.assessed_on = session_date;
  intake.planned_date = session_date;

  std::erase_if(intake.active,
                [](const domain::ActiveEntry& e) { return kAskedOnTheDay.Contains(e.code); });
  if (answers.cold_sore) intake.active.push_back({ActiveCode::kColdSore, std::nullopt});
  AddSkin(intake, ActiveCode::kSunburn, answers.sunburn);
  AddSkin(intake, ActiveCode::kAcne, answers.acne);
  AddSkin(intake, ActiveCode::kInfection, answers.infection);
  if (!answers.prep.sun_avoided) {
    intake.active.push_back({ActiveCode::kRecentSunExposure, std::nullopt});
  }

  intake.medications.insert(intake.medications.end(), answers.new_medications.begin(),
                            answers.new_medications.end());
  const domain::PrepAnswers& prep = answers.prep;
  bool listed = false;
  for (domain::MedicationEntry& medication : intake.medications) {
    if (!IsRetinoidOrAcid(medication.code)) continue;
    listed = true;
    if (!prep.retinoids_acids_stopped) {
      medication.last_taken.reset();  // still using them
    } else if (!medication.last_taken) {
      if (!prep.retinoids_acids_last_use) {
        return base::Fail(base::Status::Invalid(
            {{"/prep/retinoids_acids_last_use",
              "the consultation recorded ongoing use of a retinoid or acid: give the date it was "
              "last used"}}));
      }
      medication.last_taken = prep.retinoids_acids_last_use;
    }
  }
  if (!listed && !prep.retinoids_acids_stopped) {
    intake.medications.push_back({MedicationCode::kTopicalRetinoid, std::nullopt});
  } else if (!listed && prep.retinoids_acids_last_use) {
    intake.medications.push_back({MedicationCode::kTopicalRetinoid, prep.retinoids_acids_last_use});
  }

  intake.procedures.insert(intake.procedures.end(), answers.new_procedures.begin(),
                           answers.new_procedures.end());
  if (!prep.no_hair_removal && prep.hair_removal) intake.procedures.push_back(*prep.hair_removal);
  intake.other_medications.insert(intake.other_medications.end(),
                                  answers.other_new_medications.begin(),
                                  answers.other_new_medications.end());
  intake.pregnant = answers.pregnant;
  intake.breastfeeding = answers.breastfeeding;
  return intake;
}

GateOutcome JudgeGate(const Protocol& protocol, const domain::Screening& screening,
                      const domain::TreatmentPlan& plan) {
  GateOutcome outcome;
  outcome.required_actions = screening.actions;
  bool contraindicated = false;
  for (const domain::Finding& finding : screening.findings) {
    const std::string path = "/findings/" + std::string(domain::CodeName(finding.code));
    if (finding.level == domain::Level::kContraindicated) {
      contraindicated = true;
      outcome.blocking.push_back({path, "contraindicated, no override exists: " + finding.message});
    } else if (finding.level == domain::Level::kDefer) {
      if (finding.until && protocol.finding(finding.code).overridable &&
          Overridden(plan, finding.code)) {
        continue;  // set aside for this plan already, with a reason
      }
      outcome.blocking.push_back(
          {path, (finding.until ? "defers treatment until " + finding.until->ToString() + ": "
                                : std::string("defers treatment until resolved: ")) +
                     finding.message});
    }
  }
  outcome.decision =
      outcome.blocking.empty() ? domain::GateDecision::kProceed : domain::GateDecision::kBlocked;
  outcome.overridable = !outcome.blocking.empty() && !contraindicated;
  return outcome;
}

}  // namespace needlepoint::protocol
