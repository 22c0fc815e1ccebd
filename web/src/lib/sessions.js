// The treatment day for people (issue 12): the words for a session's status, the gate, the
// chart's codes and a patient's symptoms; the check-in answers and the chart as the API takes
// them; the numbing timer; depth checks against the plan; the scanner's group separator; and
// clinic-local times. Plain functions, unit-tested in web/test.

// ---- Words --------------------------------------------------------------------------------

const sessionStatusLabels = {
  none: 'Not started',
  open: 'Open',
  checked_in: 'Checked in',
  in_progress: 'In progress',
  signed_off: 'Signed off',
};
export const sessionStatusLabel = (status) => sessionStatusLabels[status || 'none'] || String(status).replaceAll('_', ' ');

// Badge kinds (ui.js Badge) for a status and a gate decision.
const sessionStatusKinds = { none: 'neutral', open: 'neutral', checked_in: 'caution', in_progress: 'caution', signed_off: 'ok' };
export const sessionStatusKind = (status) => sessionStatusKinds[status || 'none'] || 'neutral';

const gateLabels = { proceed: 'Proceed', blocked: 'Blocked', overridden: 'Overridden' };
export const gateLabel = (gate) => gateLabels[gate] || String(gate).replaceAll('_', ' ');
const gateKinds = { proceed: 'ok', blocked: 'stop', overridden: 'defer' };
export const gateKind = (gate) => gateKinds[gate] || 'neutral';

export const PATTERNS = [
  ['cross_hatch', 'Cross-hatch'],
  ['linear', 'Linear'],
  ['circular', 'Circular'],
  ['stamping', 'Stamping'],
];
export const END_POINTS = [
  ['pinpoint_bleeding', 'Pinpoint bleeding'],
  ['even_erythema', 'Even erythema'],
  ['mild_erythema', 'Mild erythema'],
];
export const PRODUCTS = [
  ['hyaluronic_acid', 'Hyaluronic acid'],
  ['prp', 'PRP'],
  ['growth_factors', 'Growth factors'],
  ['led_red', 'Red LED'],
];
export const HAIR_REMOVAL = [
  ['waxing', 'Waxing'],
  ['depilatory', 'Depilatory cream'],
  ['electrolysis', 'Electrolysis'],
];

// What a patient can report, in the checklist's order (domain/adverse_event.h Symptom: the
// warning signs first, then the expected effects), in plain words.
export const SYMPTOMS = [
  ['pus', 'Pus or yellow crusts'],
  ['fever', 'Fever or feeling unwell'],
  ['spreading_redness', 'Redness that is spreading'],
  ['increasing_pain', 'Pain that is severe or getting worse'],
  ['blistering', 'Blisters'],
  ['new_dark_spots', 'New dark spots'],
  ['cold_sore', 'A cold sore'],
  ['redness', 'Redness'],
  ['flaking', 'Flaking or peeling'],
  ['swelling', 'Swelling'],
  ['itching', 'Itching'],
  ['bruising', 'Bruising'],
];
export const URGENCIES = [
  ['urgent', 'Urgent'],
  ['review', 'Review'],
  ['expected', 'Expected'],
];
export const SEVERITIES = [
  ['mild', 'Mild'],
  ['moderate', 'Moderate'],
  ['severe', 'Severe'],
];
export const OUTCOMES = [
  ['recovering', 'Recovering'],
  ['resolved', 'Resolved'],
  ['ongoing', 'Ongoing'],
  ['resolved_with_sequelae', 'Resolved with lasting effects'],
  ['fatal', 'Fatal'],
  ['unknown', 'Unknown'],
];
export const CAUSES = [
  ['procedure', 'The procedure'],
  ['cartridge', 'The cartridge'],
  ['product', 'A product applied'],
  ['anaesthetic', 'The anaesthetic'],
  ['aftercare', 'Aftercare not followed'],
  ['unrelated', 'Unrelated to the treatment'],
  ['unknown', 'Unknown'],
];
export const CAUSALITIES = [
  ['certain', 'Certain'],
  ['probable', 'Probable'],
  ['possible', 'Possible'],
  ['unlikely', 'Unlikely'],
  ['unassessable', 'Unassessable'],
];

function labelFrom(pairs) {
  const table = Object.fromEntries(pairs);
  return (code) => table[code] || String(code).replaceAll('_', ' ');
}
export const patternLabel = labelFrom(PATTERNS);
export const endPointLabel = labelFrom(END_POINTS);
export const productLabel = labelFrom(PRODUCTS);
export const symptomLabel = labelFrom(SYMPTOMS);
export const urgencyLabel = labelFrom(URGENCIES);
export const severityLabel = labelFrom(SEVERITIES);
export const outcomeLabel = labelFrom(OUTCOMES);
export const causeLabel = labelFrom(CAUSES);
export const causalityLabel = labelFrom(CAUSALITIES);
const urgencyKinds = { urgent: 'stop', review: 'caution', expected: 'ok' };
export const urgencyKind = (urgency) => urgencyKinds[urgency] || 'neutral';
const urgencyRanks = { urgent: 0, review: 1, expected: 2 };

// Open reports first, then urgent > review > expected, then newest first (the inbox's order;
// the API answers in it too, this keeps it when a list is changed in place).
export function sortReports(items) {
  return [...items].sort(
    (a, b) =>
      Number(Boolean(a.acknowledged_at)) - Number(Boolean(b.acknowledged_at)) ||
      (urgencyRanks[a.urgency] ?? 9) - (urgencyRanks[b.urgency] ?? 9) ||
      String(b.reported_at).localeCompare(String(a.reported_at)) ||
      b.id - a.id,
  );
}

// The body of a session write's answer: the session view itself, or {session, …}.
export function sessionOf(answer) {
  if (answer && typeof answer === 'object' && answer.session && typeof answer.session === 'object' && !('status' in answer)) {
    return answer.session;
  }
  return answer;
}

// ---- Check-in -----------------------------------------------------------------------------

export const SKIN_QUESTIONS = [
  ['sunburn', 'Sunburn'],
  ['acne', 'Active acne'],
  ['infection', 'A skin infection'],
];

export function emptyCheckIn() {
  return {
    cold_sore: null,
    sunburn: null,
    sunburn_areas: [],
    acne: null,
    acne_areas: [],
    infection: null,
    infection_areas: [],
    new_medications: null,
    other_new_medications: '',
    pregnant: null,
    breastfeeding: null,
    retinoids_acids_stopped: null,
    retinoids_acids_last_use: '',
    no_hair_removal: null,
    hair_removal_code: '',
    hair_removal_date: '',
    sun_avoided: null,
  };
}

// The form back from answers the API kept (a check-in done again starts from the last one).
export function checkInFormFrom(answers) {
  const form = emptyCheckIn();
  if (!answers) return form;
  form.cold_sore = Boolean(answers.cold_sore);
  for (const [key] of SKIN_QUESTIONS) {
    form[key] = Boolean(answers[key]);
    form[`${key}_areas`] = answers[`${key}_areas`] || [];
  }
  const others = answers.other_new_medications || [];
  form.new_medications = others.length > 0;
  form.other_new_medications = others.join('\n');
  form.pregnant = Boolean(answers.pregnant);
  form.breastfeeding = Boolean(answers.breastfeeding);
  const prep = answers.prep || {};
  form.retinoids_acids_stopped = prep.retinoids_acids_stopped !== false;
  form.retinoids_acids_last_use = prep.retinoids_acids_last_use || '';
  form.no_hair_removal = prep.no_hair_removal !== false;
  form.hair_removal_code = prep.hair_removal ? prep.hair_removal.code : '';
  form.hair_removal_date = prep.hair_removal ? prep.hair_removal.date : '';
  form.sun_avoided = prep.sun_avoided !== false;
  return form;
}

const YES_NO = [
  ['cold_sore', '/answers/cold_sore'],
  ['sunburn', '/answers/sunburn'],
  ['acne', '/answers/acne'],
  ['infection', '/answers/infection'],
  ['new_medications', '/answers/new_medications'],
  ['pregnant', '/answers/pregnant'],
  ['breastfeeding', '/answers/breastfeeding'],
  ['retinoids_acids_stopped', '/answers/prep/retinoids_acids_stopped'],
  ['no_hair_removal', '/answers/prep/no_hair_removal'],
  ['sun_avoided', '/answers/prep/sun_avoided'],
];

// The questions the form has no answer to, as problems at the API's pointers (every question
// is answered explicitly: nothing is assumed).
export function unansweredCheckIn(form) {
  const problems = YES_NO.filter(([key]) => form[key] !== true && form[key] !== false).map(([, path]) => ({
    path,
    message: 'answer yes or no',
  }));
  if (form.new_medications === true && otherMedications(form).length === 0) {
    problems.push({ path: '/answers/other_new_medications', message: 'name each new medication, one a line' });
  }
  if (form.no_hair_removal === false) {
    if (!form.hair_removal_code) problems.push({ path: '/answers/prep/hair_removal/code', message: 'choose how the hair was removed' });
    if (!form.hair_removal_date) problems.push({ path: '/answers/prep/hair_removal/date', message: 'give the day it was done' });
  }
  return problems;
}

function otherMedications(form) {
  return String(form.other_new_medications || '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

// The check-in answers as the API takes them (contract/session_json.h): every question
// answered; areas only with a yes (none ticked: everywhere); hair_removal exactly when
// no_hair_removal is false.
export function checkInAnswers(form) {
  const answers = { cold_sore: form.cold_sore === true };
  for (const [key] of SKIN_QUESTIONS) {
    answers[key] = form[key] === true;
    if (form[key] === true && form[`${key}_areas`].length > 0) answers[`${key}_areas`] = [...form[`${key}_areas`]];
  }
  if (form.new_medications === true) answers.other_new_medications = otherMedications(form);
  answers.pregnant = form.pregnant === true;
  answers.breastfeeding = form.breastfeeding === true;
  const prep = { retinoids_acids_stopped: form.retinoids_acids_stopped === true };
  if (form.retinoids_acids_stopped === true && form.retinoids_acids_last_use) prep.retinoids_acids_last_use = form.retinoids_acids_last_use;
  prep.no_hair_removal = form.no_hair_removal === true;
  if (form.no_hair_removal === false) prep.hair_removal = { code: form.hair_removal_code, date: form.hair_removal_date };
  prep.sun_avoided = form.sun_avoided === true;
  answers.prep = prep;
  return answers;
}

// ---- The chart ----------------------------------------------------------------------------

export const DEFAULT_ANAESTHETIC = 'lidocaine 4% cream';
export const MIN_NUMBING_MINUTES = 20;

export function chartFormFrom(chart) {
  const c = chart || {};
  const a = c.anaesthetic || null;
  return {
    device_id: c.device_id ? String(c.device_id) : '',
    pen_serial: c.pen_serial || '',
    anaesthetic_product: a ? a.product : DEFAULT_ANAESTHETIC,
    anaesthetic_lot: a ? a.lot || '' : '',
    applied_at: a ? a.applied_at : '',
    removed_at: a ? a.removed_at : '',
    zones: (c.zones || []).map((z) => ({
      zone: z.zone,
      depth_mm: z.depth_mm === undefined || z.depth_mm === null ? '' : String(z.depth_mm),
      passes: z.passes === undefined || z.passes === null ? '' : String(z.passes),
      pattern: z.pattern || 'cross_hatch',
      reason: z.reason || '',
    })),
    products: (c.products || []).map((p) => ({ code: p.code, lot: p.lot || '', name: p.name || '' })),
    end_point: c.end_point || '',
    duration_minutes: c.duration_minutes ? String(c.duration_minutes) : '',
    notes: c.notes || '',
  };
}

// A number from a form field: the number, or the text itself when it is not one (so the API
// names the field), or undefined when empty.
function numberOrText(value) {
  const text = String(value ?? '').trim();
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

// The chart as the API takes it: empty fields left out; the anaesthetic only once it has
// been both applied and removed (the API needs both times).
export function chartBody(form) {
  const chart = {};
  if (form.device_id) chart.device_id = Number(form.device_id);
  if (form.pen_serial.trim()) chart.pen_serial = form.pen_serial.trim();
  if (form.applied_at && form.removed_at) {
    chart.anaesthetic = { product: form.anaesthetic_product.trim() || DEFAULT_ANAESTHETIC, applied_at: form.applied_at, removed_at: form.removed_at };
    if (form.anaesthetic_lot.trim()) chart.anaesthetic.lot = form.anaesthetic_lot.trim();
  }
  chart.zones = form.zones.map((z) => {
    const zone = { zone: z.zone, depth_mm: numberOrText(z.depth_mm), passes: numberOrText(z.passes), pattern: z.pattern };
    if (z.reason.trim()) zone.reason = z.reason.trim();
    return zone;
  });
  chart.products = form.products.map((p) => {
    const product = { code: p.code, lot: p.lot.trim() };
    if (p.name.trim()) product.name = p.name.trim();
    return product;
  });
  if (form.end_point) chart.end_point = form.end_point;
  const minutes = numberOrText(form.duration_minutes);
  if (minutes !== undefined) chart.duration_minutes = minutes;
  if (form.notes.trim()) chart.notes = form.notes.trim();
  return chart;
}

// A charted depth against the plan's zone ({zone, depth_mm: {min, max}, hard_max_mm}):
// {state, message}, state one of empty, invalid, in_range, outside (a reason is needed),
// unplanned (not in the plan: a reason is needed) and above_max (refused whatever the reason).
export function depthCheck(depthText, planZone) {
  const text = String(depthText ?? '').trim();
  if (text === '') return { state: 'empty', message: '' };
  const depth = Number(text);
  if (!Number.isFinite(depth) || depth <= 0 || depth > 5) return { state: 'invalid', message: 'must be a depth in mm above 0 and at most 5' };
  if (!planZone) return { state: 'unplanned', message: 'this zone is not in the plan: give a reason' };
  const mm = (value) => Number(value).toFixed(2);
  if (planZone.hard_max_mm !== undefined && planZone.hard_max_mm !== null && depth > planZone.hard_max_mm + 1e-9) {
    return { state: 'above_max', message: `above the zone’s hard maximum of ${mm(planZone.hard_max_mm)} mm: not allowed` };
  }
  const range = planZone.depth_mm;
  if (range && (depth < range.min - 1e-9 || depth > range.max + 1e-9)) {
    return { state: 'outside', message: `outside the plan’s ${mm(range.min)}–${mm(range.max)} mm: give a reason` };
  }
  return { state: 'in_range', message: '' };
}

// Problems the page can see before saving a chart: depths above a zone's hard maximum, and
// reasons missing for depths outside the plan (at the API's pointers).
export function chartProblems(form, planZones) {
  const byZone = Object.fromEntries((planZones || []).map((z) => [z.zone, z]));
  const problems = [];
  form.zones.forEach((z, i) => {
    const check = depthCheck(z.depth_mm, byZone[z.zone]);
    if (check.state === 'above_max' || check.state === 'invalid') problems.push({ path: `/chart/zones/${i}/depth_mm`, message: check.message });
    if ((check.state === 'outside' || check.state === 'unplanned') && !z.reason.trim()) {
      problems.push({ path: `/chart/zones/${i}/reason`, message: 'is required: the depth is outside the plan' });
    }
  });
  return problems;
}

// ---- Numbing ------------------------------------------------------------------------------

// "mm:ss" of a duration in milliseconds (minutes go past 59: "72:05"); 00:00 below zero.
export function formatTimer(ms) {
  const seconds = Math.max(0, Math.floor((Number(ms) || 0) / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

// A time as the API writes it: UTC, whole seconds, "YYYY-MM-DDTHH:MM:SSZ".
export function utcSeconds(date) {
  return `${new Date(date).toISOString().slice(0, 19)}Z`;
}

// ---- Clinic-local times -------------------------------------------------------------------

function zoneParts(ms, timeZone) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return parts;
}

// The offset of `timeZone` from UTC at instant `ms`, in milliseconds.
function zoneOffset(ms, timeZone) {
  const p = zoneParts(ms, timeZone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

// "YYYY-MM-DDTHH:MM" (a datetime-local value) of a UTC time in `timeZone`.
export function localInputValue(utc, timeZone) {
  const ms = Date.parse(utc);
  if (Number.isNaN(ms)) return '';
  const p = zoneParts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}T${String(+p.hour % 24).padStart(2, '0')}:${p.minute}`;
}

// The UTC time ("YYYY-MM-DDTHH:MM:SSZ") of a wall-clock "YYYY-MM-DDTHH:MM[:SS]" in `timeZone`;
// '' when the text is not one. A wall time the clock skips resolves after the gap.
export function utcFromLocal(local, timeZone) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local || '');
  if (!match) return '';
  const wall = Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +(match[6] || 0));
  let guess = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(guess, timeZone);
  if (second !== guess) guess = second;
  return utcSeconds(guess);
}

// "HH:MM" of a UTC time in `timeZone`.
export function localClock(utc, timeZone) {
  return localInputValue(utc, timeZone).slice(11, 16);
}

// ---- The scanner's group separator --------------------------------------------------------

export const GROUP_SEPARATOR = '\x1d';

// The scanned text with each group separator made visible as ␝ (for the eye only: what is
// sent is the text itself).
export function showSeparators(text) {
  return String(text || '').replaceAll(GROUP_SEPARATOR, '\u241d');
}

// What a scanned barcode is sent as: exactly what the scanner typed, only a trailing line end
// (a scanner's Enter) removed. Group separators and spaces inside are kept.
export function barcodeBody(text, sealedPackConfirmed) {
  return { barcode: String(text || '').replace(/[\r\n]+$/, ''), sealed_pack_confirmed: Boolean(sealedPackConfirmed) };
}

// ---- Lot exposure -------------------------------------------------------------------------

// The query of a lot search (kind, lot, gtin, product, barcode), empty fields left out; the
// same for the JSON and the CSV.
export function lotQuery(form) {
  const q = new URLSearchParams();
  q.set('kind', form.kind);
  if (form.barcode) q.set('barcode', form.barcode.replace(/[\r\n]+$/, ''));
  if (form.lot.trim()) q.set('lot', form.lot.trim());
  if (form.gtin.trim()) q.set('gtin', form.gtin.trim());
  if (form.kind === 'product' && form.product) q.set('product', form.product);
  return q.toString();
}

// ---- Aftercare ----------------------------------------------------------------------------

// The aftercare day by day: each of `days` ({date, day, items: [code]}) with its items'
// instructions, and the open-ended items (no end date) apart, "from" their date.
export function aftercareDays(aftercare) {
  const byCode = new Map((aftercare.items || []).map((item) => [item.code, item]));
  const days = (aftercare.days || []).map((d) => ({
    date: d.date,
    day: d.day,
    items: d.items.map((code) => byCode.get(code) || { code, instruction: '' }),
  }));
  const open = (aftercare.items || []).filter((item) => !item.to).sort((a, b) => a.from.localeCompare(b.from));
  return { days, open };
}
