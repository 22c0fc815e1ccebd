// The protocol contract's codes (shared/spec/protocol-contract.md) and the words a clinic uses
// for them. The codes are fixed by the contract; only the labels are ours.

export const FACE_ZONES = ['forehead', 'temples', 'periorbital', 'nose', 'cheeks', 'perioral', 'chin', 'jawline'];
export const BODY_ZONES = ['neck', 'decolletage', 'hands', 'arms', 'abdomen', 'back', 'buttocks', 'thighs'];
export const ZONES = [...FACE_ZONES, ...BODY_ZONES];

const zoneLabels = {
  forehead: 'Forehead',
  temples: 'Temples',
  periorbital: 'Around the eyes',
  nose: 'Nose',
  cheeks: 'Cheeks',
  perioral: 'Around the mouth',
  chin: 'Chin',
  jawline: 'Jawline',
  neck: 'Neck',
  decolletage: 'Décolletage',
  hands: 'Hands',
  arms: 'Arms',
  abdomen: 'Abdomen',
  back: 'Back',
  buttocks: 'Buttocks',
  thighs: 'Thighs',
};

export const CONCERNS = [
  'acne_scars',
  'fine_lines',
  'wrinkles',
  'laxity',
  'texture',
  'enlarged_pores',
  'hyperpigmentation',
  'dullness',
  'surgical_scars',
  'stretch_marks',
  'volume_loss',
  'dynamic_wrinkles',
];
const concernLabels = {
  dullness: 'Dullness',
  fine_lines: 'Fine lines',
  wrinkles: 'Wrinkles',
  laxity: 'Laxity',
  texture: 'Uneven texture',
  enlarged_pores: 'Enlarged pores',
  hyperpigmentation: 'Hyperpigmentation',
  acne_scars: 'Acne scars',
  surgical_scars: 'Surgical scars',
  stretch_marks: 'Stretch marks',
  volume_loss: 'Volume loss',
  dynamic_wrinkles: 'Dynamic wrinkles',
};
export const SUBTYPES = {
  hyperpigmentation: ['sun_spots', 'melasma', 'pih'],
  acne_scars: ['ice_pick', 'boxcar', 'rolling', 'mixed'],
};
const subtypeLabels = {
  sun_spots: 'Sun spots',
  melasma: 'Melasma',
  pih: 'Post-inflammatory (PIH)',
  ice_pick: 'Ice pick',
  boxcar: 'Boxcar',
  rolling: 'Rolling',
  mixed: 'Mixed',
};
export const SEVERITIES = [
  [1, '1 – mild'],
  [2, '2 – moderate'],
  [3, '3 – marked'],
  [4, '4 – severe'],
];

export const HISTORY = [
  'herpes_history',
  'keloid_tendency',
  'psoriasis',
  'eczema',
  'rosacea',
  'scleroderma',
  'autoimmune_disease',
  'bleeding_disorder',
  'immunocompromised',
  'diabetes_controlled',
  'diabetes_uncontrolled',
];
const historyLabels = {
  herpes_history: 'Cold sores (herpes simplex)',
  keloid_tendency: 'Keloid scarring',
  psoriasis: 'Psoriasis',
  scleroderma: 'Scleroderma',
  autoimmune_disease: 'Autoimmune disease',
  bleeding_disorder: 'Bleeding disorder',
  immunocompromised: 'Immunocompromised',
  diabetes_controlled: 'Diabetes, controlled',
  diabetes_uncontrolled: 'Diabetes, uncontrolled',
  eczema: 'Eczema',
  rosacea: 'Rosacea',
};

export const ACTIVE = [
  'acne',
  'cold_sore',
  'infection',
  'eczema',
  'psoriasis',
  'rosacea',
  'dermatitis',
  'open_wound',
  'sunburn',
  'recent_sun_exposure',
  'skin_cancer',
];
const activeLabels = {
  acne: 'Active acne',
  infection: 'Skin infection',
  cold_sore: 'Cold sore',
  eczema: 'Eczema flare',
  psoriasis: 'Psoriasis flare',
  rosacea: 'Rosacea flare',
  dermatitis: 'Dermatitis',
  open_wound: 'Open wound',
  sunburn: 'Sunburn',
  recent_sun_exposure: 'Recent sun exposure or tan',
  skin_cancer: 'Skin cancer or suspicious lesion',
};

export const MEDICATIONS = [
  'isotretinoin',
  'topical_retinoid',
  'exfoliating_acid',
  'anticoagulant',
  'antiplatelet',
  'immunosuppressant',
  'aspirin',
  'nsaid',
  'vitamin_e',
  'fish_oil',
  'ginkgo',
];
const medicationLabels = {
  isotretinoin: 'Isotretinoin (oral)',
  topical_retinoid: 'Topical retinoid',
  exfoliating_acid: 'Exfoliating acid (AHA/BHA)',
  anticoagulant: 'Anticoagulant',
  antiplatelet: 'Antiplatelet',
  immunosuppressant: 'Immunosuppressant',
  aspirin: 'Aspirin',
  nsaid: 'NSAID (ibuprofen, naproxen)',
  vitamin_e: 'Vitamin E',
  fish_oil: 'Fish oil',
  ginkgo: 'Ginkgo biloba',
};

export const PROCEDURES = [
  'botox',
  'filler',
  'superficial_peel',
  'medium_peel',
  'deep_peel',
  'laser_nonablative',
  'laser_ablative',
  'microneedling',
  'surgery',
  'waxing',
  'depilatory',
  'electrolysis',
];
const procedureLabels = {
  botox: 'Botulinum toxin',
  filler: 'Dermal filler',
  superficial_peel: 'Superficial peel',
  medium_peel: 'Medium peel',
  deep_peel: 'Deep peel',
  laser_nonablative: 'Non-ablative laser',
  laser_ablative: 'Ablative laser',
  microneedling: 'Microneedling',
  surgery: 'Surgery',
  waxing: 'Waxing',
  depilatory: 'Depilatory cream',
  electrolysis: 'Electrolysis',
};

export const ALLERGIES = ['lidocaine', 'topical_anaesthetic', 'stainless_steel'];
const allergyLabels = {
  lidocaine: 'Lidocaine',
  topical_anaesthetic: 'Topical anaesthetic',
  stainless_steel: 'Stainless steel (needles)',
};

const verdictLabels = {
  eligible: 'Eligible',
  eligible_with_precautions: 'Eligible with precautions',
  defer: 'Defer',
  not_eligible: 'Not eligible',
};
const levelLabels = { contraindicated: 'Contraindicated', defer: 'Defer', caution: 'Caution', info: 'Info' };
const actionLabels = {
  alternative_anaesthesia: 'Plan an alternative anaesthetic',
  antiviral_prophylaxis: 'Antiviral prophylaxis',
  conservative_depth: 'Conservative depths',
  physician_clearance: 'Physician clearance',
  review_blood_thinners: 'Review blood thinners',
  strict_photoprotection: 'Strict photoprotection',
};
const findingLabels = {
  active_acne: 'Active acne',
  active_infection: 'Active infection',
  active_cold_sore: 'Active cold sore',
  skin_condition_flare: 'Skin condition flare',
  open_wound: 'Open wound',
  sunburn: 'Sunburn',
  recent_sun_exposure: 'Recent sun exposure',
  skin_cancer: 'Skin cancer',
  keloid_tendency: 'Keloid tendency',
  scleroderma: 'Scleroderma',
  bleeding_disorder: 'Bleeding disorder',
  metal_allergy: 'Metal allergy',
  psoriasis_history: 'Psoriasis history',
  autoimmune_disease: 'Autoimmune disease',
  immunocompromised: 'Immunocompromised',
  uncontrolled_diabetes: 'Uncontrolled diabetes',
  herpes_history: 'Cold sore history',
  pih_risk: 'Risk of hyperpigmentation',
  anaesthetic_allergy: 'Anaesthetic allergy',
  anticoagulant: 'Anticoagulant or antiplatelet',
  blood_thinning_otc: 'Blood-thinning supplement or painkiller',
  isotretinoin: 'Isotretinoin',
  retinoid_or_acid: 'Retinoid or acid',
  recent_hair_removal: 'Recent hair removal',
  recent_procedure: 'Recent procedure',
  pregnancy: 'Pregnancy or breastfeeding',
  minor: 'Under 18',
  unsuitable_concern: 'Concern microneedling does not treat',
};
const prepLabels = {
  avoid_sun: 'Avoid sun',
  stop_retinoids_acids: 'Stop retinoids and acids',
  no_hair_removal: 'No hair removal',
  review_blood_thinners: 'Review blood thinners',
  antiviral_prophylaxis: 'Antiviral',
  hydrate: 'Hydrate',
  report_skin_changes: 'Report skin changes',
  arrive_makeup_free: 'Arrive make-up free',
};
const aftercareLabels = {
  expected_redness: 'Redness expected',
  gentle_cleanse_only: 'Gentle cleansing only',
  no_makeup: 'No make-up',
  avoid_heat_sweat: 'Avoid heat and sweat',
  no_actives: 'No active skincare',
  strict_sun_protection: 'Strict sun protection',
  flaking_expected: 'Flaking expected',
  do_not_pick: 'Do not pick',
  reintroduce_retinoids: 'Reintroduce retinoids',
  peels_facials_ok: 'Peels and facials allowed',
  warning_signs: 'Warning signs',
};
const adjunctLabels = {
  hyaluronic_acid: 'Hyaluronic acid',
  prp: 'PRP',
  led_red: 'Red LED',
  brightening_serum: 'Brightening serum (after healing)',
};
const alternativeLabels = {
  fillers: 'Fillers',
  laser_resurfacing: 'Laser resurfacing',
  neuromodulators: 'Neuromodulators',
};
export const ROLES = ['owner', 'provider', 'front_desk'];
const roleLabels = { owner: 'Owner', provider: 'Provider', front_desk: 'Front desk', patient: 'Patient' };
const planStatusLabels = { proposed: 'Proposed', active: 'Active', completed: 'Completed', cancelled: 'Cancelled' };
export const FITZPATRICK = [
  [1, 'I – always burns'],
  [2, 'II – usually burns'],
  [3, 'III – sometimes burns'],
  [4, 'IV – rarely burns'],
  [5, 'V – very rarely burns'],
  [6, 'VI – never burns'],
];

function labeller(table) {
  return (code) => table[code] || String(code).replaceAll('_', ' ');
}

export const zoneLabel = labeller(zoneLabels);
export const concernLabel = labeller(concernLabels);
export const subtypeLabel = labeller(subtypeLabels);
export const historyLabel = labeller(historyLabels);
export const activeLabel = labeller(activeLabels);
export const medicationLabel = labeller(medicationLabels);
export const procedureLabel = labeller(procedureLabels);
export const allergyLabel = labeller(allergyLabels);
export const verdictLabel = labeller(verdictLabels);
export const levelLabel = labeller(levelLabels);
export const actionLabel = labeller(actionLabels);
export const findingLabel = labeller(findingLabels);
export const prepLabel = labeller(prepLabels);
export const aftercareLabel = labeller(aftercareLabels);
export const adjunctLabel = labeller(adjunctLabels);
export const alternativeLabel = labeller(alternativeLabels);
export const roleLabel = labeller(roleLabels);
export const planStatusLabel = labeller(planStatusLabels);
