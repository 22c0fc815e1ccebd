// The protocol contract's vocabularies (../shared/spec/protocol-contract.md): treatment zones,
// concerns, history, skin today, medications, procedures, allergies, and what screening and
// planning answer with (levels, verdicts, finding codes, actions, timeline items).
// The wire names here are fixed by the contract; do not rename them.
#pragma once

#include <array>
#include <string_view>

#include "needlepoint/domain/code.h"
#include "needlepoint/domain/code_set.h"

namespace needlepoint::domain {

// ---- Intake vocabularies -------------------------------------------------------------------

enum class Zone {
  // Face, top to bottom.
  kForehead,
  kTemples,
  kPeriorbital,
  kNose,
  kCheeks,
  kPerioral,
  kChin,
  kJawline,
  // Other.
  kNeck,
  kDecolletage,
  kHands,
  kArms,
  kAbdomen,
  kBack,
  kButtocks,
  kThighs,
};
template <>
struct CodeTraits<Zone> {
  static constexpr std::string_view kNoun = "zone";
  static constexpr std::array<std::string_view, 16> kNames = {
      "forehead", "temples", "periorbital", "nose",        "cheeks", "perioral",
      "chin",     "jawline", "neck",        "decolletage", "hands",  "arms",
      "abdomen",  "back",    "buttocks",    "thighs"};
};
using ZoneSet = CodeSet<Zone>;
inline constexpr ZoneSet kFaceZones = {Zone::kForehead, Zone::kTemples, Zone::kPeriorbital,
                                       Zone::kNose,     Zone::kCheeks,  Zone::kPerioral,
                                       Zone::kChin,     Zone::kJawline};

enum class Concern {
  kDullness,
  kFineLines,
  kWrinkles,
  kLaxity,
  kTexture,
  kEnlargedPores,
  kHyperpigmentation,
  kAcneScars,
  kSurgicalScars,
  kStretchMarks,
  kVolumeLoss,
  kDynamicWrinkles,
};
template <>
struct CodeTraits<Concern> {
  static constexpr std::string_view kNoun = "concern";
  static constexpr std::array<std::string_view, 12> kNames = {
      "dullness",       "fine_lines",     "wrinkles",          "laxity",
      "texture",        "enlarged_pores", "hyperpigmentation", "acne_scars",
      "surgical_scars", "stretch_marks",  "volume_loss",       "dynamic_wrinkles"};
};

enum class ConcernSubtype { kSunSpots, kMelasma, kPih, kIcePick, kBoxcar, kRolling, kMixed };
template <>
struct CodeTraits<ConcernSubtype> {
  static constexpr std::string_view kNoun = "subtype";
  static constexpr std::array<std::string_view, 7> kNames = {
      "sun_spots", "melasma", "pih", "ice_pick", "boxcar", "rolling", "mixed"};
};
// The subtypes a concern accepts (empty: the concern takes no subtype).
constexpr CodeSet<ConcernSubtype> SubtypesOf(Concern concern) {
  switch (concern) {
    case Concern::kHyperpigmentation:
      return {ConcernSubtype::kSunSpots, ConcernSubtype::kMelasma, ConcernSubtype::kPih};
    case Concern::kAcneScars:
      return {ConcernSubtype::kIcePick, ConcernSubtype::kBoxcar, ConcernSubtype::kRolling,
              ConcernSubtype::kMixed};
    default:
      return {};
  }
}

enum class HistoryCode {
  kHerpesHistory,
  kKeloidTendency,
  kPsoriasis,
  kScleroderma,
  kAutoimmuneDisease,
  kBleedingDisorder,
  kImmunocompromised,
  kDiabetesControlled,
  kDiabetesUncontrolled,
  kEczema,
  kRosacea,
};
template <>
struct CodeTraits<HistoryCode> {
  static constexpr std::string_view kNoun = "history item";
  static constexpr std::array<std::string_view, 11> kNames = {"herpes_history",
                                                              "keloid_tendency",
                                                              "psoriasis",
                                                              "scleroderma",
                                                              "autoimmune_disease",
                                                              "bleeding_disorder",
                                                              "immunocompromised",
                                                              "diabetes_controlled",
                                                              "diabetes_uncontrolled",
                                                              "eczema",
                                                              "rosacea"};
};

enum class ActiveCode {
  kAcne,
  kInfection,
  kColdSore,
  kEczema,
  kPsoriasis,
  kRosacea,
  kDermatitis,
  kOpenWound,
  kSunburn,
  kRecentSunExposure,
  kSkinCancer,
};
template <>
struct CodeTraits<ActiveCode> {
  static constexpr std::string_view kNoun = "active condition";
  static constexpr std::array<std::string_view, 11> kNames = {
      "acne",       "infection",  "cold_sore",  "eczema",  "psoriasis",
      "rosacea",    "dermatitis", "open_wound", "sunburn", "recent_sun_exposure",
      "skin_cancer"};
};

enum class MedicationCode {
  kIsotretinoin,
  kTopicalRetinoid,
  kExfoliatingAcid,
  kAnticoagulant,
  kAntiplatelet,
  kImmunosuppressant,
  kAspirin,
  kNsaid,
  kVitaminE,
  kFishOil,
  kGinkgo,
};
template <>
struct CodeTraits<MedicationCode> {
  static constexpr std::string_view kNoun = "medication";
  static constexpr std::array<std::string_view, 11> kNames = {"isotretinoin",
                                                              "topical_retinoid",
                                                              "exfoliating_acid",
                                                              "anticoagulant",
                                                              "antiplatelet",
                                                              "immunosuppressant",
                                                              "aspirin",
                                                              "nsaid",
                                                              "vitamin_e",
                                                              "fish_oil",
                                                              "ginkgo"};
};

enum class ProcedureCode {
  kBotox,
  kFiller,
  kSuperficialPeel,
  kMediumPeel,
  kDeepPeel,
  kLaserNonablative,
  kLaserAblative,
  kMicroneedling,
  kSurgery,
  kWaxing,
  kDepilatory,
  kElectrolysis,
};
template <>
struct CodeTraits<ProcedureCode> {
  static constexpr std::string_view kNoun = "procedure";
  static constexpr std::array<std::string_view, 12> kNames = {
      "botox",          "filler",        "superficial_peel",
      "medium_peel",    "deep_peel",     "laser_nonablative",
      "laser_ablative", "microneedling", "surgery",
      "waxing",         "depilatory",    "electrolysis"};
};
inline constexpr CodeSet<ProcedureCode> kHairRemoval = {
    ProcedureCode::kWaxing, ProcedureCode::kDepilatory, ProcedureCode::kElectrolysis};

// Allergies the protocol acts on; any other allergy string is kept but not acted on.
enum class AllergyCode { kLidocaine, kTopicalAnaesthetic, kStainlessSteel };
template <>
struct CodeTraits<AllergyCode> {
  static constexpr std::string_view kNoun = "allergy";
  static constexpr std::array<std::string_view, 3> kNames = {"lidocaine", "topical_anaesthetic",
                                                             "stainless_steel"};
};

// ---- Screening vocabularies ----------------------------------------------------------------

// Strongest first: a smaller value is a stronger level.
enum class Level { kContraindicated, kDefer, kCaution, kInfo };
template <>
struct CodeTraits<Level> {
  static constexpr std::string_view kNoun = "level";
  static constexpr std::array<std::string_view, 4> kNames = {"contraindicated", "defer", "caution",
                                                             "info"};
};
// True if `a` is at least as strong as `b`.
constexpr bool AtLeastAsStrong(Level a, Level b) { return a <= b; }

enum class Verdict { kEligible, kEligibleWithPrecautions, kDefer, kNotEligible };
template <>
struct CodeTraits<Verdict> {
  static constexpr std::string_view kNoun = "verdict";
  static constexpr std::array<std::string_view, 4> kNames = {
      "eligible", "eligible_with_precautions", "defer", "not_eligible"};
};

// In the contract's table order.
enum class FindingCode {
  kActiveAcne,
  kActiveInfection,
  kActiveColdSore,
  kSkinConditionFlare,
  kOpenWound,
  kSunburn,
  kRecentSunExposure,
  kSkinCancer,
  kKeloidTendency,
  kScleroderma,
  kBleedingDisorder,
  kMetalAllergy,
  kPsoriasisHistory,
  kAutoimmuneDisease,
  kImmunocompromised,
  kUncontrolledDiabetes,
  kHerpesHistory,
  kPihRisk,
  kAnaestheticAllergy,
  kAnticoagulant,
  kBloodThinningOtc,
  kIsotretinoin,
  kRetinoidOrAcid,
  kRecentHairRemoval,
  kRecentProcedure,
  kPregnancy,
  kMinor,
  kUnsuitableConcern,
};
template <>
struct CodeTraits<FindingCode> {
  static constexpr std::string_view kNoun = "finding";
  static constexpr std::array<std::string_view, 28> kNames = {
      "active_acne",           "active_infection",   "active_cold_sore",
      "skin_condition_flare",  "open_wound",         "sunburn",
      "recent_sun_exposure",   "skin_cancer",        "keloid_tendency",
      "scleroderma",           "bleeding_disorder",  "metal_allergy",
      "psoriasis_history",     "autoimmune_disease", "immunocompromised",
      "uncontrolled_diabetes", "herpes_history",     "pih_risk",
      "anaesthetic_allergy",   "anticoagulant",      "blood_thinning_otc",
      "isotretinoin",          "retinoid_or_acid",   "recent_hair_removal",
      "recent_procedure",      "pregnancy",          "minor",
      "unsuitable_concern"};
};

// Alphabetical, so a set of actions iterates sorted as the contract requires.
enum class ActionCode {
  kAlternativeAnaesthesia,
  kAntiviralProphylaxis,
  kConservativeDepth,
  kPhysicianClearance,
  kReviewBloodThinners,
  kStrictPhotoprotection,
};
template <>
struct CodeTraits<ActionCode> {
  static constexpr std::string_view kNoun = "action";
  static constexpr std::array<std::string_view, 6> kNames = {
      "alternative_anaesthesia", "antiviral_prophylaxis", "conservative_depth",
      "physician_clearance",     "review_blood_thinners", "strict_photoprotection"};
};
using ActionSet = CodeSet<ActionCode>;

// What to offer instead of microneedling for a concern it does not treat.
enum class AlternativeCode { kFillers, kLaserResurfacing, kNeuromodulators };
template <>
struct CodeTraits<AlternativeCode> {
  static constexpr std::string_view kNoun = "alternative";
  static constexpr std::array<std::string_view, 3> kNames = {"fillers", "laser_resurfacing",
                                                             "neuromodulators"};
};

// ---- Plan vocabularies ---------------------------------------------------------------------

enum class AdjunctCode { kHyaluronicAcid, kPrp, kLedRed, kBrighteningSerum };
template <>
struct CodeTraits<AdjunctCode> {
  static constexpr std::string_view kNoun = "adjunct";
  static constexpr std::array<std::string_view, 4> kNames = {"hyaluronic_acid", "prp", "led_red",
                                                             "brightening_serum"};
};

enum class PrepCode {
  kAvoidSun,
  kStopRetinoidsAcids,
  kNoHairRemoval,
  kReviewBloodThinners,
  kAntiviralProphylaxis,
  kHydrate,
  kReportSkinChanges,
  kArriveMakeupFree,
};
template <>
struct CodeTraits<PrepCode> {
  static constexpr std::string_view kNoun = "prep item";
  static constexpr std::array<std::string_view, 8> kNames = {"avoid_sun",
                                                             "stop_retinoids_acids",
                                                             "no_hair_removal",
                                                             "review_blood_thinners",
                                                             "antiviral_prophylaxis",
                                                             "hydrate",
                                                             "report_skin_changes",
                                                             "arrive_makeup_free"};
};

enum class AftercareCode {
  kExpectedRedness,
  kGentleCleanseOnly,
  kNoMakeup,
  kAvoidHeatSweat,
  kNoActives,
  kStrictSunProtection,
  kFlakingExpected,
  kDoNotPick,
  kReintroduceRetinoids,
  kPeelsFacialsOk,
  kWarningSigns,
};
template <>
struct CodeTraits<AftercareCode> {
  static constexpr std::string_view kNoun = "aftercare item";
  static constexpr std::array<std::string_view, 11> kNames = {
      "expected_redness", "gentle_cleanse_only", "no_makeup",
      "avoid_heat_sweat", "no_actives",          "strict_sun_protection",
      "flaking_expected", "do_not_pick",         "reintroduce_retinoids",
      "peels_facials_ok", "warning_signs"};
};

}  // namespace needlepoint::domain
