// Unit tests of the treatment day's plain functions (lib/sessions.js and the pages' helpers):
// the numbing timer, clinic-local times, the scanner's group separator kept, depth checks
// against the plan and the hard maximum, the check-in answers and the chart as the API takes
// them, symptom labels for every code the domain knows, the aftercare day by day, the inbox's
// order and the lot search's query.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import url from 'node:url';

import { scanErrors } from '../src/components/session/cartridges.js';
import { liveZoneErrors, planHint } from '../src/components/session/chart_form.js';
import { startProblemLines } from '../src/components/session/start.js';
import { suspectOptions } from '../src/pages/concerns.js';
import { printRows } from '../src/pages/portal_session.js';
import { queryProblems } from '../src/pages/lots.js';
import { sessionSteps } from '../src/pages/session.js';
import { sortedItems, startClock } from '../src/pages/today.js';
import {
  CAUSALITIES,
  CAUSES,
  OUTCOMES,
  SEVERITIES,
  SYMPTOMS,
  aftercareDays,
  barcodeBody,
  chartBody,
  chartFormFrom,
  chartProblems,
  checkInAnswers,
  checkInFormFrom,
  depthCheck,
  emptyCheckIn,
  formatTimer,
  localInputValue,
  lotQuery,
  sessionOf,
  showSeparators,
  sortReports,
  symptomLabel,
  unansweredCheckIn,
  utcFromLocal,
  utcSeconds,
} from '../src/lib/sessions.js';

const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '../..');

// The codes of a CodeTraits<T>::kNames array in a C++ header of the domain.
function domainCodes(header, type) {
  const text = fs.readFileSync(path.join(root, 'src/needlepoint/domain', header), 'utf8');
  const match = new RegExp(`struct CodeTraits<${type}>\\s*{[^}]*kNames\\s*=\\s*{([^}]*)}`).exec(text);
  assert.ok(match, `kNames of ${type} in ${header}`);
  return [...match[1].matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
}

describe('the numbing timer', () => {
  it('shows minutes and seconds, past the hour too, and never below zero', () => {
    assert.equal(formatTimer(0), '00:00');
    assert.equal(formatTimer(59_999), '00:59');
    assert.equal(formatTimer(20 * 60_000), '20:00');
    assert.equal(formatTimer(19 * 60_000 + 59_500), '19:59');
    assert.equal(formatTimer(72 * 60_000 + 5_000), '72:05');
    assert.equal(formatTimer(-5_000), '00:00');
  });
  it('writes times as the API does: UTC, whole seconds', () => {
    assert.equal(utcSeconds(Date.UTC(2026, 10, 26, 9, 1, 2, 987)), '2026-11-26T09:01:02Z');
    assert.equal(utcSeconds('2026-11-26T09:01:02.5Z'), '2026-11-26T09:01:02Z');
  });
});

describe('clinic-local times', () => {
  it('shows a UTC time in the clinic’s zone, whatever the browser’s zone', () => {
    assert.equal(localInputValue('2026-11-26T09:05:00Z', 'Europe/London'), '2026-11-26T09:05');
    assert.equal(localInputValue('2026-07-01T09:05:00Z', 'Europe/London'), '2026-07-01T10:05');
    assert.equal(localInputValue('2026-11-26T02:30:00Z', 'America/New_York'), '2026-11-25T21:30');
    assert.equal(localInputValue('2026-11-26T23:30:00Z', 'Australia/Sydney'), '2026-11-27T10:30');
    assert.equal(localInputValue('not a time', 'Europe/London'), '');
  });
  it('reads a wall-clock time in the clinic’s zone back as UTC', () => {
    assert.equal(utcFromLocal('2026-11-26T09:05', 'Europe/London'), '2026-11-26T09:05:00Z');
    assert.equal(utcFromLocal('2026-07-01T10:05', 'Europe/London'), '2026-07-01T09:05:00Z');
    assert.equal(utcFromLocal('2026-11-25T21:30', 'America/New_York'), '2026-11-26T02:30:00Z');
    assert.equal(utcFromLocal('2026-11-27T10:30:15', 'Australia/Sydney'), '2026-11-26T23:30:15Z');
    assert.equal(utcFromLocal('26/11/2026 09:05', 'Europe/London'), '');
  });
  it('round-trips every quarter hour across a daylight-saving change', () => {
    for (let minutes = 0; minutes < 48 * 60; minutes += 15) {
      const utc = utcSeconds(Date.UTC(2026, 2, 28, 0, minutes)); // London springs forward on 29 March
      assert.equal(utcFromLocal(localInputValue(utc, 'Europe/London'), 'Europe/London'), utc);
    }
  });
  it('resolves a wall time the clock skips to one after the gap', () => {
    const utc = utcFromLocal('2026-03-29T01:30', 'Europe/London'); // 01:00–02:00 does not exist
    assert.equal(localInputValue(utc, 'Europe/London'), '2026-03-29T02:30');
  });
});

describe('the scanner’s group separator', () => {
  const raw = ']d2010950600013435217270531' + '10AB-123\x1d21S001';
  it('is sent exactly as typed, only a scanner’s trailing Enter removed', () => {
    assert.deepEqual(barcodeBody(raw, false), { barcode: raw, sealed_pack_confirmed: false });
    assert.equal(barcodeBody(`${raw}\r\n`, true).barcode, raw);
    assert.equal(barcodeBody(`${raw}\r\n`, true).sealed_pack_confirmed, true);
    assert.ok(barcodeBody(raw).barcode.includes('\x1d'));
    assert.equal(barcodeBody(' (01)09506000134352 ').barcode, ' (01)09506000134352 '); // no trimming: the parser judges
  });
  it('is shown as ␝ for the eye only', () => {
    assert.equal(showSeparators(raw), ']d2010950600013435217270531' + '10AB-123\u241d21S001');
    assert.equal(showSeparators(''), '');
  });
  it('survives into a lot search’s query (percent-encoded, not dropped)', () => {
    const q = lotQuery({ kind: 'cartridge', barcode: `${raw}\n`, lot: '', gtin: '', product: 'prp' });
    assert.equal(new URLSearchParams(q).get('barcode'), raw);
    assert.match(q, /%1D/);
    assert.equal(new URLSearchParams(q).get('product'), null); // only for product searches
  });
  it('a refusal without a field lands at the barcode, word for word', () => {
    const conflict = { status: 409, detail: 'already charted (session 12 on 2026-11-02): use a new sterile cartridge', errors: [] };
    assert.deepEqual(scanErrors(conflict), [{ path: '/barcode', message: conflict.detail }]);
    const parser = { status: 400, detail: 'x', errors: [{ path: '/barcode', message: '(01): check digit is 3, expected 2' }] };
    assert.deepEqual(scanErrors(parser), parser.errors);
    assert.deepEqual(scanErrors({ status: 503, detail: 'busy', errors: [] }), []);
    assert.deepEqual(scanErrors(null), []);
  });
});

describe('depths against the plan', () => {
  const cheeks = { zone: 'cheeks', depth_mm: { min: 1.5, max: 2.0 }, hard_max_mm: 2.5 };
  it('says in range, outside (a reason needed) and above the hard maximum (never)', () => {
    assert.equal(depthCheck('1.5', cheeks).state, 'in_range');
    assert.equal(depthCheck('2.0', cheeks).state, 'in_range');
    assert.equal(depthCheck('1.45', cheeks).state, 'outside');
    assert.equal(depthCheck('2.25', cheeks).state, 'outside');
    assert.match(depthCheck('2.25', cheeks).message, /1\.50–2\.00 mm/);
    assert.equal(depthCheck('2.5', cheeks).state, 'outside');
    assert.equal(depthCheck('2.55', cheeks).state, 'above_max');
    assert.match(depthCheck('2.55', cheeks).message, /hard maximum of 2\.50 mm/);
    assert.equal(depthCheck('', cheeks).state, 'empty');
    assert.equal(depthCheck('abc', cheeks).state, 'invalid');
    assert.equal(depthCheck('0', cheeks).state, 'invalid');
    assert.equal(depthCheck('5.5', cheeks).state, 'invalid');
    assert.equal(depthCheck('1.0', undefined).state, 'unplanned');
  });
  it('finds the problems before saving at the API’s pointers', () => {
    const form = chartFormFrom(null);
    form.zones = [
      { zone: 'forehead', depth_mm: '0.5', passes: '2', pattern: 'linear', reason: '' },
      { zone: 'cheeks', depth_mm: '2.75', passes: '3', pattern: 'cross_hatch', reason: 'deep scars' },
      { zone: 'chin', depth_mm: '1.0', passes: '3', pattern: 'cross_hatch', reason: '' },
    ];
    const plan = [cheeks, { zone: 'forehead', depth_mm: { min: 0.5, max: 1.0 }, hard_max_mm: 1.0 }];
    assert.deepEqual(chartProblems(form, plan), [
      { path: '/chart/zones/1/depth_mm', message: 'above the zone’s hard maximum of 2.50 mm: not allowed' },
      { path: '/chart/zones/2/reason', message: 'is required: the depth is outside the plan' },
    ]);
    assert.deepEqual(liveZoneErrors(form, plan).map((e) => e.path), ['/chart/zones/1/depth_mm']);
    assert.equal(planHint(cheeks), 'Plan 1.50–2.00 mm · hard maximum 2.50 mm.');
    assert.equal(planHint(undefined), 'Not in the plan: a reason is needed.');
  });
});

describe('the check-in answers', () => {
  it('asks every question explicitly: nothing unanswered is assumed', () => {
    const missing = unansweredCheckIn(emptyCheckIn()).map((p) => p.path);
    assert.deepEqual(missing, [
      '/answers/cold_sore',
      '/answers/sunburn',
      '/answers/acne',
      '/answers/infection',
      '/answers/new_medications',
      '/answers/pregnant',
      '/answers/breastfeeding',
      '/answers/prep/retinoids_acids_stopped',
      '/answers/prep/no_hair_removal',
      '/answers/prep/sun_avoided',
    ]);
  });
  const allNo = () => ({
    ...emptyCheckIn(),
    cold_sore: false,
    sunburn: false,
    acne: false,
    infection: false,
    new_medications: false,
    pregnant: false,
    breastfeeding: false,
    retinoids_acids_stopped: true,
    no_hair_removal: true,
    sun_avoided: true,
  });
  it('sends a plain day as the contract’s answers', () => {
    assert.deepEqual(unansweredCheckIn(allNo()), []);
    assert.deepEqual(checkInAnswers(allNo()), {
      cold_sore: false,
      sunburn: false,
      acne: false,
      infection: false,
      pregnant: false,
      breastfeeding: false,
      prep: { retinoids_acids_stopped: true, no_hair_removal: true, sun_avoided: true },
    });
  });
  it('sends areas only with a yes, medications as lines, and hair removal exactly when it happened', () => {
    const form = {
      ...allNo(),
      acne: true,
      acne_areas: ['chin'],
      sunburn: false,
      sunburn_areas: ['forehead'], // ticked, then answered no: not sent
      infection: true,
      infection_areas: [],
      new_medications: true,
      other_new_medications: ' doxycycline 100 mg \n\n  ',
      no_hair_removal: false,
      hair_removal_code: 'waxing',
      hair_removal_date: '2026-11-20',
    };
    const answers = checkInAnswers(form);
    assert.deepEqual(answers.acne_areas, ['chin']);
    assert.equal('sunburn_areas' in answers, false);
    assert.equal('infection_areas' in answers, false); // none ticked: everywhere
    assert.deepEqual(answers.other_new_medications, ['doxycycline 100 mg']);
    assert.deepEqual(answers.prep, { retinoids_acids_stopped: true, no_hair_removal: false, hair_removal: { code: 'waxing', date: '2026-11-20' }, sun_avoided: true });
    assert.deepEqual(unansweredCheckIn({ ...form, hair_removal_date: '', other_new_medications: ' ' }).map((p) => p.path), [
      '/answers/other_new_medications',
      '/answers/prep/hair_removal/date',
    ]);
  });
  it('starts a second check-in from the answers the API kept', () => {
    const kept = checkInAnswers({ ...allNo(), acne: true, acne_areas: ['chin'], new_medications: true, other_new_medications: 'a\nb' });
    assert.deepEqual(checkInAnswers(checkInFormFrom(kept)), kept);
  });
});

describe('the chart as the API takes it', () => {
  it('leaves empty fields out, numbers as numbers, and sends the anaesthetic only with both times', () => {
    const form = chartFormFrom(null);
    assert.equal(form.anaesthetic_product, 'lidocaine 4% cream');
    form.applied_at = '2026-11-26T09:00:00Z';
    form.zones = [{ zone: 'cheeks', depth_mm: '1.5', passes: '3', pattern: 'cross_hatch', reason: '  ' }];
    form.products = [{ code: 'hyaluronic_acid', lot: ' HA-1 ', name: '' }];
    assert.deepEqual(chartBody(form), { zones: [{ zone: 'cheeks', depth_mm: 1.5, passes: 3, pattern: 'cross_hatch' }], products: [{ code: 'hyaluronic_acid', lot: 'HA-1' }] });
    form.removed_at = '2026-11-26T09:25:00Z';
    form.device_id = '14';
    form.pen_serial = 'A113-2291';
    form.end_point = 'pinpoint_bleeding';
    form.duration_minutes = '30';
    form.notes = 'tolerated well';
    const body = chartBody(form);
    assert.deepEqual(body.anaesthetic, { product: 'lidocaine 4% cream', applied_at: '2026-11-26T09:00:00Z', removed_at: '2026-11-26T09:25:00Z' });
    assert.equal(body.device_id, 14);
    assert.equal(body.duration_minutes, 30);
    assert.equal(body.end_point, 'pinpoint_bleeding');
    assert.equal(body.notes, 'tolerated well');
  });
  it('keeps a non-number as typed, so the API names the field', () => {
    const form = chartFormFrom(null);
    form.zones = [{ zone: 'chin', depth_mm: '1,5', passes: '', pattern: 'linear', reason: '' }];
    assert.deepEqual(chartBody(form).zones, [{ zone: 'chin', depth_mm: '1,5', passes: undefined, pattern: 'linear' }]);
  });
  it('reads a saved chart back into the same body', () => {
    const chart = {
      device_id: 14,
      pen_serial: 'A113-2291',
      anaesthetic: { product: 'lidocaine 4% cream', lot: 'L7', applied_at: '2026-11-26T09:00:00Z', removed_at: '2026-11-26T09:25:00Z' },
      zones: [{ zone: 'cheeks', depth_mm: 1.5, passes: 3, pattern: 'cross_hatch' }],
      products: [{ code: 'prp', lot: 'KIT-9', name: 'Regen' }],
      end_point: 'even_erythema',
      duration_minutes: 40,
      notes: '',
    };
    const { notes, ...expected } = chart;
    assert.equal(notes, '');
    assert.deepEqual(chartBody(chartFormFrom(chart)), expected);
  });
});

describe('the patient’s symptoms and the provider’s codes', () => {
  it('label every symptom the domain knows, in plain words, in its checklist order', () => {
    assert.deepEqual(SYMPTOMS.map(([code]) => code), domainCodes('adverse_event.h', 'Symptom'));
    for (const [code, label] of SYMPTOMS) {
      assert.doesNotMatch(label, /_/, code);
      assert.equal(symptomLabel(code), label);
    }
  });
  it('offer every severity, outcome, cause and causality the domain knows', () => {
    assert.deepEqual(SEVERITIES.map(([c]) => c).sort(), domainCodes('adverse_event.h', 'Severity').sort());
    assert.deepEqual(OUTCOMES.map(([c]) => c).sort(), domainCodes('adverse_event.h', 'AdverseOutcome').sort());
    assert.deepEqual(CAUSES.map(([c]) => c).sort(), domainCodes('adverse_event.h', 'SuspectedCause').sort());
    assert.deepEqual(CAUSALITIES.map(([c]) => c).sort(), domainCodes('adverse_event.h', 'Causality').sort());
  });
  it('orders the inbox open first, urgent first, newest first', () => {
    const items = [
      { id: 1, urgency: 'expected', reported_at: '2026-11-27T10:00:00Z', acknowledged_at: null },
      { id: 2, urgency: 'urgent', reported_at: '2026-11-27T08:00:00Z', acknowledged_at: '2026-11-27T09:00:00Z' },
      { id: 3, urgency: 'review', reported_at: '2026-11-27T11:00:00Z', acknowledged_at: null },
      { id: 4, urgency: 'urgent', reported_at: '2026-11-27T07:00:00Z', acknowledged_at: null },
      { id: 5, urgency: 'urgent', reported_at: '2026-11-27T12:00:00Z', acknowledged_at: null },
    ];
    assert.deepEqual(sortReports(items).map((r) => r.id), [5, 4, 3, 1, 2]);
  });
  it('offers the session’s cartridges and each product lot once as suspects', () => {
    const options = suspectOptions({
      cartridges: [{ id: 5, gtin: '09506000134352', lot: 'AB-123', serial: 'S001' }],
      chart: { products: [{ code: 'prp', lot: 'K1' }, { code: 'prp', lot: 'K1' }, { code: 'hyaluronic_acid', lot: 'HA-1', name: 'Hydra' }] },
    });
    assert.deepEqual(options.map((o) => o.suspect), [
      { kind: 'cartridge', cartridge_id: 5 },
      { kind: 'product', product: 'prp', lot: 'K1' },
      { kind: 'product', product: 'hyaluronic_acid', lot: 'HA-1' },
    ]);
    assert.equal(suspectOptions(null).length, 0);
  });
});

describe('the aftercare day by day', () => {
  it('gives each day its instructions and keeps open-ended items apart', () => {
    const aftercare = {
      date: '2026-11-26',
      items: [
        { code: 'expected_redness', from: '2026-11-26', to: '2026-11-28', instruction: 'Redness is normal.' },
        { code: 'no_makeup', from: '2026-11-26', to: '2026-11-27', instruction: 'No make-up.' },
        { code: 'peels_facials_ok', from: '2026-12-17', to: null, instruction: 'Peels are fine again.' },
      ],
      days: [
        { date: '2026-11-26', day: 0, items: ['expected_redness', 'no_makeup'] },
        { date: '2026-11-27', day: 1, items: ['expected_redness', 'no_makeup'] },
        { date: '2026-11-28', day: 2, items: ['expected_redness'] },
      ],
    };
    const { days, open } = aftercareDays(aftercare);
    assert.deepEqual(days.map((d) => [d.date, d.day, d.items.map((i) => i.instruction)]), [
      ['2026-11-26', 0, ['Redness is normal.', 'No make-up.']],
      ['2026-11-27', 1, ['Redness is normal.', 'No make-up.']],
      ['2026-11-28', 2, ['Redness is normal.']],
    ]);
    assert.deepEqual(open.map((i) => i.code), ['peels_facials_ok']);
  });
  it('prints each instruction once, in the order they start, open-ended last among equals', () => {
    const rows = printRows([
      { code: 'peels_facials_ok', from: '2026-12-17', to: null },
      { code: 'no_actives', from: '2026-11-26', to: null },
      { code: 'expected_redness', from: '2026-11-26', to: '2026-11-28' },
      { code: 'flaking_expected', from: '2026-11-28', to: '2026-11-29' },
    ]);
    assert.deepEqual(rows.map((r) => r.code), ['expected_redness', 'no_actives', 'flaking_expected', 'peels_facials_ok']);
  });
});

describe('the session page’s plain parts', () => {
  const base = { status: 'open', check_in: null, required_actions: [], consent: { signed: false }, chart: {}, cartridges: [] };
  it('marks which step is done, now or blocked', () => {
    const open = sessionSteps(base);
    assert.deepEqual(open.slice(0, 2).map((s) => s.state), ['now', 'later']);
    const blocked = sessionSteps({ ...base, check_in: { gate: { decision: 'blocked' } } });
    assert.equal(blocked[0].state, 'blocked');
    const checked = sessionSteps({ ...base, status: 'checked_in', required_actions: [{ action: 'antiviral_prophylaxis', confirmed: null }] });
    assert.deepEqual(checked.slice(0, 4).map((s) => s.state), ['done', 'now', 'now', 'later']);
    const signed = sessionSteps({ ...base, status: 'signed_off', consent: { signed: true }, cartridges: [{ id: 1 }] });
    assert.ok(signed.every((s) => s.state === 'done'));
  });
  it('reads a write’s answer as the session, wrapped or not', () => {
    const view = { id: 812, status: 'signed_off', version: 9 };
    assert.equal(sessionOf(view), view);
    assert.equal(sessionOf({ session: view, warnings: [] }), view);
  });
  it('words a refused start by action and consent', () => {
    assert.deepEqual(
      startProblemLines({ errors: [{ path: '/confirmations/antiviral_prophylaxis', message: 'not confirmed' }, { path: '/consent', message: 'has not signed the current treatment consent (version 3)' }] }),
      ['Antiviral prophylaxis: not confirmed', 'Treatment consent: has not signed the current treatment consent (version 3)'],
    );
  });
  it('lists today’s sessions by start, in the clinic’s time', () => {
    const items = [
      { appointment: { id: 2, start: '2026-11-26T14:00:00Z' } },
      { appointment: { id: 1, start: '2026-11-26T09:30:00Z', start_local: '2026-11-26T09:30' } },
    ];
    assert.deepEqual(sortedItems(items).map((i) => i.appointment.id), [1, 2]);
    assert.equal(startClock(items[1].appointment, 'America/New_York'), '09:30');
    assert.equal(startClock(items[0].appointment, 'America/New_York'), '09:00');
  });
  it('places a lot search’s query problems at the form’s fields', () => {
    assert.deepEqual(queryProblems({ status: 400, errors: [{ path: '?gtin', message: 'check digit' }, { path: '/lot', message: 'required' }] }), [
      { path: '/gtin', message: 'check digit' },
      { path: '/lot', message: 'required' },
    ]);
  });
});
