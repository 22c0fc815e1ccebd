// Unit tests of the web app's plain functions (no browser): how a form becomes an intake,
// how an error's JSON pointer reads for a person, which paths the router accepts, that
// civil dates never shift with the time zone, how a set-password link's token is read, which
// lifecycle moves a plan offers and how a refusal reads, which deferrals may be overridden,
// and how photos are ordered, typed, uploaded, named and charted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { slotsByDay } from '../src/components/book_visit.js';
import { namedSessions, withGaps } from '../src/components/series_booking.js';
import { bookingRequestBody, slugFromPath } from '../src/pages/book.js';
import { calendarPath } from '../src/pages/calendar.js';
import { mailSettingsBody } from '../src/pages/mail.js';
import { splitName } from '../src/pages/requests.js';
import { describePath, fieldId } from '../src/components/ui.js';
import { addDays, byDay, daysFrom, gapDays, hoursBody, minutesOf, statusActions, timeRange, weekStart, weekdayOf } from '../src/lib/calendar.js';
import { formatDate, formatDepth, ageOn } from '../src/lib/format.js';
import { matchPath } from '../src/lib/router.js';
import { TRANSITIONS, overridableFindings, refusalLines } from '../src/components/plan_view.js';
import { describeSkinTypeChange, skinTypeLabel } from '../src/components/skin_types.js';
import { toIntake } from '../src/pages/consultation_new.js';
import { tokenFromHash } from '../src/pages/invite.js';
import { overridableCodes } from '../src/pages/plan.js';
import { currentText } from '../src/components/photo_consent.js';
import { changeRows, formatMetric, groupByTimepoint, guideFor, imageTypeOf, isConsentRefusal, metricLabel, queryErrors, timepointLabel, timepointRank, trendGeometry, trendMetrics, uploadPath } from '../src/lib/photos.js';

const patient = { id: 7, birth_date: '1988-03-14' };
const form = {
  assessed_on: '2026-11-20',
  planned_date: '',
  fitzpatrick: '4',
  areas: ['cheeks', 'perioral'],
  concerns: [
    { code: 'acne_scars', subtype: 'rolling', severity: '3', areas: ['cheeks'] },
    { code: '', subtype: '', severity: '', areas: [] },
  ],
  history: ['herpes_history'],
  active: [{ code: 'acne', areas: [] }],
  medications: [{ code: 'isotretinoin', last_dose: '2026-08-01' }, { code: 'anticoagulant', last_dose: '' }],
  procedures: [{ code: 'waxing', date: '', areas: ['chin'] }],
  allergies: ['lidocaine'],
  other_allergies: 'latex; plasters,  ',
  pregnant: false,
  breastfeeding: true,
};

describe('toIntake', () => {
  it('keeps rows in order so an error index names the row, and leaves empty fields out', () => {
    const intake = toIntake(form, patient);
    assert.deepEqual(intake, {
      patient: { birth_date: '1988-03-14', fitzpatrick: 4 },
      assessed_on: '2026-11-20',
      areas: ['cheeks', 'perioral'],
      concerns: [{ code: 'acne_scars', subtype: 'rolling', severity: 3, areas: ['cheeks'] }, { code: '' }],
      history: ['herpes_history'],
      active: [{ code: 'acne' }],
      medications: [{ code: 'isotretinoin', last_dose: '2026-08-01' }, { code: 'anticoagulant' }],
      procedures: [{ code: 'waxing', areas: ['chin'] }],
      allergies: ['lidocaine', 'latex', 'plasters'],
      breastfeeding: true,
    });
  });

  it('sends no skin type when none is chosen, so the API says it is required', () => {
    const intake = toIntake({ ...form, fitzpatrick: '' }, patient);
    assert.deepEqual(intake.patient, { birth_date: '1988-03-14' });
  });
});

describe('error paths', () => {
  it('read as words', () => {
    assert.equal(describePath('/intake/procedures/0/date'), 'Procedure 1, date');
    assert.equal(describePath('/intake/concerns/1/code'), 'Concern 2');
    assert.equal(describePath('/intake/patient/fitzpatrick'), 'Skin type');
    assert.equal(describePath('/zones/0/depth_mm/max'), 'Zone 1, depth, max');
    assert.equal(describePath('/password'), 'Password');
  });
  it('name the field they belong to', () => {
    assert.equal(fieldId('/intake/concerns/0/severity'), 'f-intake-concerns-0-severity');
    assert.equal(fieldId('/zones/0/depth_mm/max'), 'f-zones-0-depth_mm-max');
  });
});

describe('matchPath', () => {
  it('takes only positive decimal ids', () => {
    assert.deepEqual(matchPath('/staff/patients/:id', '/staff/patients/12'), { id: 12 });
    assert.deepEqual(matchPath('/staff/patients/:id', '/staff/patients/12/'), { id: 12 });
    for (const bad of ['/staff/patients/0', '/staff/patients/012', '/staff/patients/1e3', '/staff/patients/new', '/staff/patients/12/x']) {
      assert.equal(matchPath('/staff/patients/:id', bad), null, bad);
    }
  });
});

describe('dates', () => {
  it('are calendar days, whatever the time zone', () => {
    assert.equal(formatDate('2027-03-01'), '1 Mar 2027');
    assert.match(formatDate('2027-03-01', 'long'), /^Monday,? 1 March 2027$/); // ICU versions differ on the comma
    assert.equal(formatDate('not a date'), '');
  });
  it('give ages on birthdays exactly', () => {
    assert.equal(ageOn('1988-03-14', '2026-03-13'), 37);
    assert.equal(ageOn('1988-03-14', '2026-03-14'), 38);
  });
  it('show depths to the hundredth of a millimetre', () => {
    assert.equal(formatDepth({ min: 0.5, max: 1 }), '0.50–1.00 mm');
  });
});

describe('set-password links', () => {
  it('take the token from the fragment only when it looks like one', () => {
    assert.equal(tokenFromHash('#1.q8Vt-abc_DEF~xyz0123'), '1.q8Vt-abc_DEF~xyz0123');
    assert.equal(tokenFromHash('1.q8Vt-abc_DEF~xyz0123'), '1.q8Vt-abc_DEF~xyz0123');
    for (const bad of ['', '#', '#short', '#has space in it', '#<script>alert(1)</script>', `#${'a'.repeat(201)}`]) {
      assert.equal(tokenFromHash(bad), '', bad);
    }
  });
});

describe('plan lifecycle', () => {
  it('offers only the moves the API allows', () => {
    assert.deepEqual(TRANSITIONS.proposed, ['active', 'cancelled']);
    assert.deepEqual(TRANSITIONS.active, ['completed', 'cancelled']);
    assert.deepEqual(TRANSITIONS.completed, []);
    assert.deepEqual(TRANSITIONS.cancelled, []);
  });
  it('says why an activation was refused, naming each finding', () => {
    const problem = {
      detail: 'the screening does not allow treatment on 2026-12-04',
      errors: [
        { path: '/findings/isotretinoin', message: 'defers treatment until 2027-02-01 (the first session is 2026-12-04)' },
        { path: '/schedule', message: 'the series has no dates while an undated deferral is unresolved' },
      ],
    };
    assert.deepEqual(refusalLines(problem), [
      'The screening does not allow treatment on 2026-12-04.',
      'Isotretinoin: defers treatment until 2027-02-01 (the first session is 2026-12-04).',
      'The series has no dates while an undated deferral is unresolved.',
    ]);
    // A refused status move: the detail and its one problem say the same; it reads once.
    assert.deepEqual(refusalLines({ detail: 'a completed plan cannot become active', errors: [{ path: '/status', message: 'a completed plan cannot become active' }] }), [
      'A completed plan cannot become active.',
    ]);
    assert.deepEqual(refusalLines(null), []);
  });
});

describe('overrides', () => {
  const screening = {
    findings: [
      { code: 'isotretinoin', level: 'defer', until: '2027-02-01' },
      { code: 'isotretinoin_current', level: 'defer', until: null },
      { code: 'retinoid_or_acid', level: 'defer', until: '2026-12-01' },
      { code: 'herpes_history', level: 'caution', until: null },
    ],
  };
  it('are offered only for dated deferrals the protocol marks overridable', () => {
    assert.deepEqual(
      overridableFindings(screening, new Set(['isotretinoin'])).map((f) => f.code),
      ['isotretinoin'],
    );
    // The protocol unknown: every dated deferral (the API is the judge).
    assert.deepEqual(overridableFindings(screening, null).map((f) => f.code), ['isotretinoin', 'retinoid_or_acid']);
    assert.deepEqual(overridableFindings(null, null), []);
  });
  it('read the overridable findings from the protocol', () => {
    const toml = '[findings.isotretinoin]\nlevel = "defer"\noverridable = true\n\n[findings.sunburn]\nlevel = "defer"\n';
    assert.deepEqual([...overridableCodes(toml)], ['isotretinoin']);
    assert.equal(overridableCodes('this is = = not toml'), null);
  });
});

describe('skin types', () => {
  it('read as words', () => {
    assert.equal(skinTypeLabel(4), 'IV – rarely burns');
    assert.equal(skinTypeLabel(null), 'Not assessed');
    assert.equal(describeSkinTypeChange({ fitzpatrick: 4, previous: 3 }), 'Skin type changed from III – sometimes burns to IV – rarely burns on the patient’s record.');
    assert.equal(describeSkinTypeChange({ fitzpatrick: 2, previous: null }), 'Skin type recorded as II – usually burns (no earlier assessment).');
  });
});

describe('calendar arithmetic (lib/calendar.js)', () => {
  it('moves civil dates by days across months and years, whatever the browser zone', () => {
    assert.equal(addDays('2026-12-30', 3), '2027-01-02');
    assert.equal(addDays('2027-03-28', 1), '2027-03-29'); // a DST change in Europe
    assert.equal(addDays('2027-03-01', -1), '2027-02-28');
  });

  it('starts weeks on Monday and names weekdays', () => {
    assert.equal(weekStart('2026-11-25'), '2026-11-23'); // a Wednesday
    assert.equal(weekStart('2026-11-29'), '2026-11-23'); // a Sunday
    assert.equal(weekStart('2026-11-23'), '2026-11-23');
    assert.equal(weekdayOf('2026-11-29'), 'sun');
    assert.deepEqual(daysFrom('2026-11-30', 3), ['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('groups appointments by local day in time order, and hides cancelled ones on request', () => {
    const items = [
      { id: 3, status: 'booked', start_local: '2026-11-24T10:00' },
      { id: 1, status: 'cancelled', start_local: '2026-11-24T09:00' },
      { id: 2, status: 'booked', start_local: '2026-11-23T16:00' },
      { id: 4, status: 'booked', start_local: '2026-12-01T09:00' }, // outside the days shown
    ];
    const days = ['2026-11-23', '2026-11-24', '2026-11-25'];
    const all = byDay(items, days);
    assert.deepEqual(all.get('2026-11-24').map((a) => a.id), [1, 3]);
    assert.deepEqual(all.get('2026-11-25'), []);
    assert.equal([...all.values()].flat().length, 3);
    assert.deepEqual(byDay(items, days, false).get('2026-11-24').map((a) => a.id), [3]);
  });

  it('offers the status moves an appointment can make', () => {
    assert.deepEqual(statusActions({ status: 'booked' }).map(([s]) => s), ['checked_in', 'no_show']);
    assert.deepEqual(statusActions({ status: 'checked_in' }).map(([s]) => s), ['completed']);
    assert.deepEqual(statusActions({ status: 'cancelled' }), []);
    assert.deepEqual(statusActions({ status: 'completed' }), []);
  });

  it('sends every row of a working week as shown, so an error index names the row; empty days are days off', () => {
    const body = hoursBody({ mon: [{ from: '09:00', to: '12:00' }, { from: '', to: '' }], tue: [], sun: [{ from: '10:00', to: '14:00' }] });
    assert.deepEqual(body, { hours: { mon: [{ from: '09:00', to: '12:00' }, { from: '', to: '' }], sun: [{ from: '10:00', to: '14:00' }] } });
    assert.equal(minutesOf('24:00'), 1440);
    assert.ok(Number.isNaN(minutesOf('9:00')));
  });

  it('groups free slots by local day in the order the API gives them', () => {
    const days = slotsByDay([
      { start_local: '2026-11-25T09:00' },
      { start_local: '2026-11-25T09:15' },
      { start_local: '2026-11-26T08:00' },
    ]);
    assert.deepEqual(days.map(([day, slots]) => [day, slots.length]), [['2026-11-25', 2], ['2026-11-26', 1]]);
  });

  it('counts whole days between local date-times', () => {
    assert.equal(gapDays('2026-11-25T23:30', '2026-12-23T08:00'), 28);
    assert.equal(timeRange({ start_local: '2026-11-25T09:00', end_local: '2026-11-25T09:30' }), '09:00–09:30');
  });
});

describe('scheduling screens: their plain parts', () => {
  it('asks the calendar API for a range with `to` exclusive and one filter', () => {
    assert.equal(calendarPath('2026-11-23', 7, ''), '/api/v1/appointments?from=2026-11-23&to=2026-11-30');
    assert.equal(calendarPath('2026-11-23', 1, 'provider:41'), '/api/v1/appointments?from=2026-11-23&to=2026-11-24&provider_id=41');
    assert.equal(calendarPath('2026-12-28', 7, 'room:12'), '/api/v1/appointments?from=2026-12-28&to=2027-01-04&room_id=12');
  });

  it('recomputes each session’s gap after a move', () => {
    const sessions = withGaps([
      { session: 1, start_local: '2027-01-04T09:00' },
      { session: 2, start_local: '2027-02-01T10:00' },
      { session: 3, start_local: '2027-02-10T09:00' },
    ]);
    assert.deepEqual(sessions.map((s) => s.gap_days), [null, 28, 9]);
  });

  it('names the sessions a refusal points at', () => {
    const sessions = [{ session: 1 }, { session: 2 }, { session: 3 }];
    const error = { errors: [{ path: '/sessions/1/start', message: 'taken' }, { path: '/sessions/1', message: 'x' }, { path: '/override_reason', message: 'y' }] };
    assert.deepEqual(namedSessions(error, sessions), [2]);
    assert.deepEqual(namedSessions({ errors: [] }, sessions), []);
  });

  it('sends a booking request without empty optional fields, with the honeypot and consent as typed', () => {
    const body = bookingRequestBody({ name: ' Ada Byron ', phone: '', email: 'ada@mail.example ', preferred_times: 'mornings', interest: '', message: '  ', consent: true, website: '' });
    assert.deepEqual(body, { name: 'Ada Byron', consent_to_contact: true, website: '', email: 'ada@mail.example', preferred_times: 'mornings' });
    assert.equal(slugFromPath('/book/harbour-skin'), 'harbour-skin');
    assert.equal(slugFromPath('/book/Harbour Skin'), null);
    assert.equal(slugFromPath('/book/'), null);
  });

  it('guesses given and family name from one typed name', () => {
    assert.deepEqual(splitName('  Mary Ann  Evans '), { given_name: 'Mary Ann', family_name: 'Evans' });
    assert.deepEqual(splitName('Cher'), { given_name: 'Cher', family_name: '' });
  });

  it('keeps the stored relay password unless a new one is typed', () => {
    const fields = { relay: ' smtp://mail.example:587 ', from_address: 'clinic@example.test', from_name: 'Clinic', username: 'u', portal_url: ' https://clinic.example ', password: '', starttls: 'required', enabled: true };
    assert.equal('password' in mailSettingsBody(fields), false);
    assert.equal(mailSettingsBody({ ...fields, password: 's3cret' }).password, 's3cret');
    assert.equal(mailSettingsBody(fields).relay, 'smtp://mail.example:587');
    assert.equal(mailSettingsBody(fields).portal_url, 'https://clinic.example');
  });
});

describe('photos', () => {
  const photo = (id, timepoint, view = 'front') => ({ id, timepoint, view });

  it('orders timepoints in time, as the API’s trend does, and refuses unknown ones', () => {
    assert.deepEqual(['month_1', 'session_10', 'baseline', 'session_2', 'month_6'].sort((a, b) => timepointRank(a) - timepointRank(b)), ['baseline', 'session_2', 'session_10', 'month_1', 'month_6']);
    assert.equal(timepointRank('session_0'), null);
    assert.equal(timepointRank('session_100'), null);
    assert.equal(timepointRank('week_2'), null);
    assert.equal(timepointLabel('session_42'), 'Session 42');
    assert.equal(timepointLabel('month_3'), '3 months after');
  });

  it('groups photos by timepoint in time order, views in their order within one', () => {
    const groups = groupByTimepoint([photo(5, 'session_3', 'left_45'), photo(2, 'baseline', 'close_up'), photo(9, 'month_1'), photo(3, 'session_3', 'front'), photo(1, 'baseline', 'front')]);
    assert.deepEqual(groups.map((g) => [g.timepoint, g.photos.map((p) => p.id)]), [['baseline', [1, 2]], ['session_3', [3, 5]], ['month_1', [9]]]);
  });

  it('guides a new photo with the newest baseline of the same view only', () => {
    const photos = [photo(1, 'baseline'), photo(4, 'baseline'), photo(6, 'baseline', 'left_45'), photo(8, 'session_1')];
    assert.equal(guideFor(photos, 'front').id, 4);
    assert.equal(guideFor(photos, 'left_45').id, 6);
    assert.equal(guideFor(photos, 'right_90'), null);
  });

  it('tells a JPEG and a PNG by their first bytes, and nothing else', () => {
    assert.equal(imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0])), 'image/jpeg');
    assert.equal(imageTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'image/png');
    assert.equal(imageTypeOf(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0])), null); // GIF
    assert.equal(imageTypeOf(new Uint8Array([0xff, 0xd8])), null);
  });

  it('puts only ids and codes in the upload address, and its problems beside the fields', () => {
    assert.equal(uploadPath(7, { timepoint: 'session_2', view: 'left_45' }), '/api/v1/patients/7/photos?timepoint=session_2&view=left_45');
    assert.equal(uploadPath(7, { timepoint: 'baseline', view: 'front', appointmentId: 31 }), '/api/v1/patients/7/photos?timepoint=baseline&view=front&appointment_id=31');
    assert.deepEqual(queryErrors([{ path: '?view', message: 'unknown' }, { path: '/x', message: 'y' }]), [{ path: '/view', message: 'unknown' }, { path: '/x', message: 'y' }]);
    assert.equal(isConsentRefusal({ status: 422, detail: 'the patient has not signed the current photography consent' }), true);
    assert.equal(isConsentRefusal({ status: 422, detail: 'image refused: truncated' }), false);
    assert.equal(isConsentRefusal({ status: 409, detail: 'photography consent' }), false);
  });

  it('finds the current text of a kind', () => {
    const texts = [{ id: 1, kind: 'photography', current: false }, { id: 2, kind: 'photography', current: true }, { id: 3, kind: 'treatment', current: true }];
    assert.equal(currentText(texts, 'photography').id, 2);
    assert.equal(currentText([], 'photography'), null);
  });

  it('writes metrics with their units, fractions as percentages and signed changes', () => {
    assert.equal(metricLabel('spots.area_mm2'), 'Spot area (mm²)');
    assert.equal(metricLabel('spots.count'), 'Spots');
    assert.equal(metricLabel('something.new'), 'something.new');
    assert.equal(formatMetric('redness.area_fraction', 0.0707), '7.07');
    assert.equal(formatMetric('spots.count', -46, { signed: true }), '−46');
    assert.equal(formatMetric('texture.roughness', 0.0356, { signed: true }), '+0.036');
    assert.equal(formatMetric('spots.count', 0, { signed: true }), '0');
    assert.equal(formatMetric('ita_deg', null), '—');
  });

  it('lists changes in the metrics’ order, unknown ones last', () => {
    const rows = changeRows({ 'zeta.new': { change: 1 }, ita_deg: { change: -0.4 }, 'spots.count': { before: 25, after: 20, change: -5, mdc: 1, significant: true } });
    assert.deepEqual(rows.map((r) => r.metric), ['spots.count', 'ita_deg', 'zeta.new']);
    assert.deepEqual(rows[0], { metric: 'spots.count', before: 25, after: 20, change: -5, mdc: 1, significant: true });
    assert.deepEqual(changeRows(null), []);
    assert.deepEqual(trendMetrics({ metrics: { ita_deg: [{ value: 1 }], 'spots.count': [{ value: 2 }], 'pores.count': [], 'card.pitch_px': [{ value: 3 }] } }), ['spots.count', 'ita_deg']);
  });

  it('places a trend’s points left to right and scales values between the margins', () => {
    const series = [{ timepoint: 'baseline', value: -10 }, { timepoint: 'session_1', value: -30 }, { timepoint: 'session_2', value: -50 }];
    const g = trendGeometry(series, { width: 300, height: 140, left: 40, right: 20, top: 20, bottom: 20 });
    assert.deepEqual(g.points.map((p) => [p.x, p.y]), [[40, 20], [160, 70], [280, 120]]);
    assert.equal(g.line, '40,20 160,70 280,120');
    assert.equal(g.band, null);
    // Without a noise level, a metric that is never negative is drawn from zero.
    const tone = trendGeometry([{ timepoint: 'baseline', value: 44.5 }, { timepoint: 'session_3', value: 44.1 }], { width: 300, height: 140, left: 40, right: 20, top: 20, bottom: 20 });
    assert.deepEqual([tone.low, tone.high], [0, 44.5]);
    assert.ok(tone.points[1].y - tone.points[0].y < 2);
  });

  it('keeps a change within the minimal detectable change from looking like more, and never goes below zero', () => {
    const series = [{ timepoint: 'baseline', value: 44.5 }, { timepoint: 'session_3', value: 44.1 }];
    const g = trendGeometry(series, { width: 300, height: 140, left: 40, right: 20, top: 20, bottom: 20, mdc: 1 });
    assert.deepEqual([g.low, g.high], [43.5, 45.5]);
    assert.deepEqual(g.band, { y: 20, height: 100 });
    assert.ok(g.points[1].y - g.points[0].y < 25, 'a 0.4 drop inside an MDC of 1 moves less than a quarter of the height');
    const counts = trendGeometry([{ timepoint: 'baseline', value: 0 }, { timepoint: 'session_1', value: 0 }], { mdc: 1 });
    assert.equal(counts.low, 0);
    const flat = trendGeometry([{ timepoint: 'baseline', value: -5 }, { timepoint: 'month_1', value: -5 }]);
    assert.ok(flat.low < -5 && flat.high > -5, 'a flat series gets a span around it');
    const zeros = trendGeometry([{ timepoint: 'baseline', value: 0 }, { timepoint: 'month_1', value: 0 }]);
    assert.deepEqual([zeros.low, zeros.high], [0, 1]);
  });
});
