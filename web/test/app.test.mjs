// Unit tests of the web app's plain functions (no browser): how a form becomes an intake,
// how an error's JSON pointer reads for a person, which paths the router accepts, and that
// civil dates never shift with the time zone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describePath, fieldId } from '../src/components/ui.js';
import { formatDate, formatDepth, ageOn } from '../src/lib/format.js';
import { matchPath } from '../src/lib/router.js';
import { toIntake } from '../src/pages/consultation_new.js';

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
