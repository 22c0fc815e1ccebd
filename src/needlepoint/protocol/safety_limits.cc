#include "needlepoint/protocol/safety_limits.h"

namespace needlepoint::protocol {

using domain::ActionCode;
using domain::ActionSet;
using domain::Depth;
using domain::FindingCode;
using domain::Level;
using domain::Zone;

Depth ZoneCeiling(Zone zone) {
  constexpr std::array<int32_t, domain::kCodeCount<Zone>> kCeilingUm = {
      1000,  // forehead
      750,   // temples
      500,   // periorbital
      750,   // nose
      2000,  // cheeks
      1000,  // perioral
      2000,  // chin
      1500,  // jawline
      1500,  // neck
      1000,  // decolletage
      750,   // hands
      2000,  // arms
      2500,  // abdomen
      2500,  // back
      2500,  // buttocks
      2500,  // thighs
  };
  return Depth::FromMicrometres(kCeilingUm[static_cast<size_t>(zone)]);
}

Depth IndicationCeiling() { return Depth::FromMicrometres(2500); }

domain::Urgency TriageFloor(domain::Symptom symptom) {
  using domain::Symptom;
  using domain::Urgency;
  switch (symptom) {
    case Symptom::kPus:
    case Symptom::kFever:
    case Symptom::kSpreadingRedness:
    case Symptom::kIncreasingPain:
    case Symptom::kColdSore:
      return Urgency::kUrgent;
    case Symptom::kBlistering:
    case Symptom::kNewDarkSpots:
      return Urgency::kReview;
    case Symptom::kRedness:
    case Symptom::kFlaking:
    case Symptom::kSwelling:
    case Symptom::kItching:
    case Symptom::kBruising:
      return Urgency::kExpected;
  }
  return Urgency::kUrgent;
}

Level ContractLevel(FindingCode code) {
  switch (code) {
    case FindingCode::kSkinCancer:
    case FindingCode::kKeloidTendency:
    case FindingCode::kScleroderma:
    case FindingCode::kBleedingDisorder:
    case FindingCode::kMetalAllergy:
      return Level::kContraindicated;
    case FindingCode::kActiveAcne:
    case FindingCode::kActiveInfection:
    case FindingCode::kActiveColdSore:
    case FindingCode::kSkinConditionFlare:
    case FindingCode::kOpenWound:
    case FindingCode::kSunburn:
    case FindingCode::kUncontrolledDiabetes:
    case FindingCode::kIsotretinoin:
    case FindingCode::kRetinoidOrAcid:
    case FindingCode::kRecentHairRemoval:
    case FindingCode::kRecentProcedure:
    case FindingCode::kPregnancy:
    case FindingCode::kMinor:
      return Level::kDefer;
    case FindingCode::kRecentSunExposure:
    case FindingCode::kPsoriasisHistory:
    case FindingCode::kAutoimmuneDisease:
    case FindingCode::kImmunocompromised:
    case FindingCode::kHerpesHistory:
    case FindingCode::kPihRisk:
    case FindingCode::kAnaestheticAllergy:
    case FindingCode::kAnticoagulant:
    case FindingCode::kBloodThinningOtc:
      return Level::kCaution;
    case FindingCode::kUnsuitableConcern:
      return Level::kInfo;
  }
  return Level::kContraindicated;
}

ActionSet ContractActions(FindingCode code) {
  switch (code) {
    case FindingCode::kRecentSunExposure:
      return {ActionCode::kStrictPhotoprotection};
    case FindingCode::kPsoriasisHistory:
    case FindingCode::kAutoimmuneDisease:
    case FindingCode::kImmunocompromised:
    case FindingCode::kUncontrolledDiabetes:
    case FindingCode::kAnticoagulant:
      return {ActionCode::kPhysicianClearance};
    case FindingCode::kHerpesHistory:
      return {ActionCode::kAntiviralProphylaxis};
    case FindingCode::kPihRisk:
      return {ActionCode::kConservativeDepth, ActionCode::kStrictPhotoprotection};
    case FindingCode::kAnaestheticAllergy:
      return {ActionCode::kAlternativeAnaesthesia};
    case FindingCode::kBloodThinningOtc:
      return {ActionCode::kReviewBloodThinners};
    default:
      return {};
  }
}

bool TakesWindow(FindingCode code) {
  return code == FindingCode::kIsotretinoin || code == FindingCode::kRetinoidOrAcid ||
         code == FindingCode::kRecentHairRemoval || code == FindingCode::kMinor;
}

}  // namespace needlepoint::protocol
