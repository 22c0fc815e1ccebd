// The journey a clinic makes every day, in a real browser against a real server: the owner
// logs in and invites a provider, who sets their own password from the one-time link (a short
// one and a mistyped repeat refused); the provider registers a patient (registering them twice
// is caught as a likely duplicate), records a consultation that the screening defers
// (isotretinoin three months ago: the date and the reason are shown), then one that is
// eligible with precautions (cold-sore history: antiviral prophylaxis), plans the series, sees
// the depths on the zone map, changes one with a reason and is refused above the zone's hard
// maximum, and activates it; the deferred consultation's plan, moved ahead of the deferral, is
// refused activation until the provider overrides the isotretinoin window with a reason; the
// patient is invited to the portal by link, sets a password and sees the plan and each
// session's preparation dates. Every page is checked with axe and photographed
// (build/e2e-artifacts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  expectAccessible,
  isoDate,
  launchBrowser,
  logIn,
  monthsFromToday,
  newPerson,
  screenshot,
  startServer,
  waitReady,
} from './harness.mjs';

const PROVIDER = { name: 'Dr Nadia Okafor', email: 'nadia.okafor@demo.clinic', password: 'a long provider password 42' };

// Sets a password on the page a one-time link opens (components: pages/invite.js).
async function setPassword(page, password, again = password) {
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Type it again').fill(again);
  await page.getByRole('button', { name: 'Set my password' }).click();
}
const PATIENT = { given: 'Grace', family: 'Hopper-Lovelace', birth: '1988-03-14', email: 'grace@mail.example', portalPassword: 'sunrise portal password 2026' };

describe('the clinic journey', () => {
  let server;
  let browser;
  let owner;
  let provider;
  let patient;
  let patientId;
  let firstSession;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the owner logs in and sees the clinic', async () => {
    owner = await newPerson(browser, server);
    const { page } = owner;
    await page.goto('/login');
    await expectAccessible(page, 'login');
    await screenshot(page, 'login');
    await logIn(page, { ...server.owner, password: 'not the password at all' });
    await page.getByText('The clinic, e-mail or password is not right.').waitFor();
    await logIn(page, server.owner);
    await page.getByRole('heading', { level: 1, name: 'Good day, Demo Owner' }).waitFor();
    await waitReady(page, 'home');
    await page.getByText('needlepoint-default 2.0.0').waitFor();
    await expectAccessible(page, 'owner home');
    await screenshot(page, 'owner-home');
    owner.check();
  });

  it('the owner invites a provider and is shown the one-time link once', async () => {
    const { page } = owner;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await waitReady(page, 'team');
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Invite a team member' }) });
    await form.getByLabel('Name').fill(PROVIDER.name);
    await form.getByLabel('E-mail').fill('not an e-mail');
    await form.getByRole('combobox', { name: 'Role', exact: true }).selectOption('provider');
    await form.getByLabel('Title').fill('Dr');
    await form.getByRole('button', { name: 'Invite and create the link' }).click();
    await page.locator('#f-email-error').waitFor();
    await expectAccessible(page, 'team with an error');
    await screenshot(page, 'team-error');
    await form.getByLabel('E-mail').fill(PROVIDER.email);
    await form.getByRole('button', { name: 'Invite and create the link' }).click();
    await page.getByText(`${PROVIDER.name} is invited as provider`).waitFor();
    await page.getByText('Shown only now.').waitFor();
    const link = await page.locator('#new-staff-link').inputValue();
    assert.match(link, new RegExp(`^${server.url}/invite#[A-Za-z0-9._~-]{20,}$`));
    PROVIDER.link = link;
    const row = page.getByRole('row', { name: new RegExp(PROVIDER.email) });
    await row.getByText('Invited: no password set yet').waitFor();
    await expectAccessible(page, 'team with a link');
    await screenshot(page, 'team');
    owner.check();
  });

  it('the provider sets their own password from the link; a short or mistyped one is refused', async () => {
    provider = await newPerson(browser, server);
    const { page } = provider;
    await page.goto(PROVIDER.link);
    await page.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    await expectAccessible(page, 'set password');
    await setPassword(page, 'short');
    await page.locator('#f-password-error').getByText('at least 12 characters').waitFor();
    await setPassword(page, PROVIDER.password, `${PROVIDER.password}!`);
    await page.locator('#f-password_again-error').getByText('is not the same').waitFor();
    await expectAccessible(page, 'set password with an error');
    await screenshot(page, 'set-password-error');
    await setPassword(page, PROVIDER.password);
    await page.getByText('Your password is set.').waitFor();
    assert.equal(new URL(page.url()).hash, ''); // the used token leaves the address bar
    await screenshot(page, 'set-password-done');
    await page.getByRole('button', { name: 'Go to the staff login' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff login' }).waitFor();
    assert.equal(await page.getByLabel('Clinic').inputValue(), server.owner.clinic);
    assert.equal(await page.getByLabel('E-mail').inputValue(), PROVIDER.email);

    // The link works once.
    const again = await newPerson(browser, server);
    await again.page.goto(PROVIDER.link);
    await setPassword(again.page, 'somebody else entirely 99');
    await again.page.getByText('This link can no longer be used.').waitFor();
    await expectAccessible(again.page, 'used link');
    await screenshot(again.page, 'set-password-used');
    again.check();
    await again.context.close();
    provider.check();
  });

  it('the provider logs in and registers a patient, fixing a refused field; a second registration is caught as a duplicate', async () => {
    const { page } = provider;
    await page.getByLabel('Password').fill(PROVIDER.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: `Good day, ${PROVIDER.name}` }).waitFor();
    await waitReady(page, 'home');
    await expectAccessible(page, 'provider home');
    await screenshot(page, 'provider-home');

    await page.getByRole('link', { name: 'Register a patient' }).click();
    await page.getByLabel('Given name').fill(PATIENT.given);
    await page.getByLabel('Family name').fill(PATIENT.family);
    await page.getByLabel('Date of birth').fill('2099-01-01');
    await page.getByLabel('E-mail').fill(PATIENT.email);
    await page.getByRole('combobox', { name: 'Skin type (Fitzpatrick)', exact: true }).selectOption('3');
    await page.getByRole('button', { name: 'Register patient' }).click();
    await page.locator('#f-birth_date-error').getByText('between 1900-01-01 and today').waitFor();
    await expectAccessible(page, 'new patient with an error');
    await screenshot(page, 'patient-new-error');
    await page.getByLabel('Date of birth').fill(PATIENT.birth);
    await page.getByRole('button', { name: 'Register patient' }).click();
    await page.getByRole('heading', { level: 1, name: `${PATIENT.given} ${PATIENT.family}` }).waitFor();
    patientId = Number(/\/staff\/patients\/(\d+)$/.exec(page.url())[1]);
    await waitReady(page, 'chart');
    await page.getByText('Nothing recorded yet.').waitFor();
    await expectAccessible(page, 'empty chart');

    // The same person again (other case, extra spaces): a likely duplicate, not registered.
    await page.goto('/staff/patients/new');
    await page.getByLabel('Given name').fill(PATIENT.given.toUpperCase());
    await page.getByLabel('Family name').fill(` ${PATIENT.family} `);
    await page.getByLabel('Date of birth').fill(PATIENT.birth);
    await page.getByRole('button', { name: 'Register patient' }).click();
    const duplicates = page.locator('.duplicates');
    await duplicates.getByRole('heading', { name: 'This patient may already be registered' }).waitFor();
    await duplicates.locator('li').getByText(`#${patientId}`, { exact: true }).waitFor();
    await expectAccessible(page, 'likely duplicate');
    await screenshot(page, 'patient-duplicate');
    await duplicates.getByRole('link', { name: new RegExp(`Open this record.*#${patientId}`) }).click();
    await waitReady(page, 'chart');
    assert.ok(page.url().endsWith(`/staff/patients/${patientId}`), page.url());
    provider.check();
  });

  it('a consultation the screening defers shows the date and the reason as it is filled in', async () => {
    const { page } = provider;
    const lastDose = monthsFromToday(-3);
    const until = new Date(Date.UTC(lastDose.getUTCFullYear(), lastDose.getUTCMonth() + 6, lastDose.getUTCDate()));
    await page.getByRole('link', { name: 'New consultation' }).click();
    await waitReady(page, 'consultation-form');
    await page.getByText('To see the screening, add').waitFor();
    await page.getByRole('group', { name: 'Face' }).getByLabel('Cheeks').check();
    await page.getByRole('combobox', { name: 'Concern', exact: true }).selectOption('acne_scars');
    await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('rolling');
    await page.getByRole('combobox', { name: 'Severity', exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Add a medication' }).click();
    await page.getByRole('combobox', { name: 'Medication', exact: true }).selectOption('isotretinoin');
    await page.getByLabel('Last taken').fill(isoDate(lastDose));
    const live = page.locator('aside.live');
    await live.locator('.verdict__title', { hasText: 'Defer' }).waitFor();
    await live.locator(`.verdict time[datetime="${isoDate(until)}"]`).waitFor();
    await live.getByText(`Oral isotretinoin last taken ${isoDate(lastDose)}`).waitFor();
    await live.getByText('Evidence note:').first().waitFor();
    await expectAccessible(page, 'consultation form, deferred');
    await screenshot(page, 'consultation-live-defer');

    await page.getByRole('button', { name: 'Record consultation' }).click();
    await page.getByRole('heading', { level: 1, name: /^Consultation: / }).waitFor();
    await waitReady(page, 'consultation');
    await page.locator('.verdict__title', { hasText: 'Defer' }).waitFor();
    await page.locator(`.verdict time[datetime="${isoDate(until)}"]`).waitFor();
    await page.locator(`.finding time[datetime="${isoDate(until)}"]`).waitFor();
    await expectAccessible(page, 'deferred consultation');
    await screenshot(page, 'consultation-defer');
    provider.check();
  });

  it('a consultation with a cold-sore history is eligible with antiviral prophylaxis; bad input is refused beside its field', async () => {
    const { page } = provider;
    await page.getByRole('link', { name: `${PATIENT.given} ${PATIENT.family}` }).click();
    await waitReady(page, 'chart');
    await page.locator('.timeline').getByText('Defer').waitFor();
    await page.getByRole('link', { name: 'New consultation' }).click();
    await waitReady(page, 'consultation-form');
    const face = page.getByRole('group', { name: 'Face' });
    await face.getByLabel('Cheeks').check();
    await face.getByLabel('Around the mouth').check();
    await page.getByRole('combobox', { name: 'Concern', exact: true }).selectOption('fine_lines');
    await page.getByRole('combobox', { name: 'Severity', exact: true }).selectOption('2');
    await page.getByRole('group', { name: 'The patient has or has had' }).getByLabel('Cold sores (herpes simplex)').check();
    // Assessed today as type IV (the record says III): the record follows, with its history.
    assert.equal(await page.getByRole('combobox', { name: 'Skin type (Fitzpatrick)', exact: true }).inputValue(), '3');
    await page.getByRole('combobox', { name: 'Skin type (Fitzpatrick)', exact: true }).selectOption('4');
    // A procedure without its date: refused, with the message beside the date.
    await page.getByRole('button', { name: 'Add a procedure' }).click();
    await page.getByRole('combobox', { name: 'Procedure', exact: true }).selectOption('waxing');
    await page.getByRole('button', { name: 'Record consultation' }).click();
    await page.locator('#f-intake-procedures-0-date-error').getByText('is required').waitFor();
    await page.locator('.error-summary').getByText('is required').waitFor();
    await expectAccessible(page, 'consultation form with an error');
    await screenshot(page, 'consultation-error');
    await page.getByRole('button', { name: 'Remove procedure 1' }).click();

    const live = page.locator('aside.live');
    await live.locator('.verdict__title', { hasText: 'Eligible with precautions' }).waitFor();
    await live.locator('.actions-required').getByText('Antiviral prophylaxis').waitFor();
    await live.getByText('History of cold sores with face zones treated').waitFor();
    await screenshot(page, 'consultation-live-precautions');
    await page.getByRole('button', { name: 'Record consultation' }).click();
    await page.getByRole('heading', { level: 1, name: /^Consultation: / }).waitFor();
    await page.locator('.verdict__title', { hasText: 'Eligible with precautions' }).waitFor();
    await expectAccessible(page, 'eligible consultation');
    await screenshot(page, 'consultation-precautions');
    provider.check();
  });

  it('the plan shows each zone’s depth on the map; a depth is changed with a reason and refused above the hard maximum', async () => {
    const { page } = provider;
    await page.getByRole('button', { name: 'Create treatment plan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Treatment plan: / }).waitFor();
    await waitReady(page, 'plan');
    const cheeks = page.locator('.depth-table tr[data-zone="cheeks"]');
    const planned = (await cheeks.locator('td').first().innerText()).trim();
    assert.match(planned, /^\d\.\d\d–\d\.\d\d mm$/);
    await page.locator('.zone-map .zone-label[data-zone="cheeks"]', { hasText: planned }).waitFor();
    await page.locator('.zone-map .zone-label[data-zone="perioral"]').waitFor();
    assert.equal(await page.locator('.zone-map .zone--planned').count(), 2);
    firstSession = await page.locator('.sessions time').first().getAttribute('datetime');
    assert.match(firstSession, /^\d{4}-\d{2}-\d{2}$/);
    const care = page.locator('.session-care');
    await care.locator('[data-session="1"] li[data-code="antiviral_prophylaxis"]').waitFor();
    await care.getByRole('button', { name: /^Session 2/ }).click();
    await care.getByRole('heading', { name: 'Before session 2' }).waitFor();
    await care.locator('[data-session="2"] li[data-code="antiviral_prophylaxis"]').waitFor();
    await care.getByRole('button', { name: /^Session 1/ }).click();
    await expectAccessible(page, 'plan');
    await screenshot(page, 'plan');

    // Outside the protocol's range without a reason: refused, beside the reason.
    await page.getByRole('button', { name: 'Change Cheeks' }).click();
    const editor = page.locator('form.depth-editor');
    await editor.getByLabel('Maximum (mm)').fill('1.75');
    await editor.getByRole('button', { name: 'Save depth' }).click();
    await page.locator('#f-zones-0-reason-error').getByText('is required').waitFor();
    await editor.getByLabel('Reason').fill('Thin skin over the zygoma');
    await editor.getByRole('button', { name: 'Save depth' }).click();
    await cheeks.locator('td.changed', { hasText: '–1.75 mm' }).waitFor();
    await cheeks.getByText('Thin skin over the zygoma').waitFor();
    await page.locator('.zone-map .zone-label[data-zone="cheeks"]', { hasText: '–1.75 mm' }).waitFor();
    await page.getByText('outside the protocol').waitFor();

    // Above the zone's hard maximum: refused, beside the maximum, and nothing changes.
    await page.getByRole('button', { name: 'Change Cheeks' }).click();
    await editor.getByLabel('Maximum (mm)').fill('2.5');
    await editor.getByLabel('Reason').fill('Deep rolling scars');
    await editor.getByRole('button', { name: 'Save depth' }).click();
    await page.locator('#f-zones-0-depth_mm-max-error').getByText('exceeds zone hard maximum').waitFor();
    await expectAccessible(page, 'plan with a refused depth');
    await screenshot(page, 'plan-depth-refused');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await cheeks.locator('td.changed', { hasText: '–1.75 mm' }).waitFor();
    await screenshot(page, 'readme-plan', { fullPage: false }); // docs/screenshot.png

    // The patient agrees: the screening allows the first session's date, so it starts.
    const lifecycle = page.locator('.lifecycle');
    await lifecycle.getByRole('heading', { name: 'Status: Proposed' }).waitFor();
    await lifecycle.getByRole('button', { name: 'Activate the plan' }).click();
    await lifecycle.getByRole('heading', { name: 'Status: Active' }).waitFor();
    await lifecycle.getByText('The plan is now active.').waitFor();
    await lifecycle.getByRole('button', { name: 'Mark as completed' }).waitFor();
    assert.equal(await lifecycle.getByRole('button', { name: 'Activate the plan' }).count(), 0);
    await expectAccessible(page, 'active plan');
    provider.check();
  });

  it('the provider invites the patient to the portal with a one-time link', async () => {
    const { page } = provider;
    await page.getByRole('link', { name: `${PATIENT.given} ${PATIENT.family}` }).click();
    await waitReady(page, 'chart');
    await page.locator('.timeline').getByText('Treatment plan').waitFor();
    assert.equal(await page.getByLabel('Portal e-mail').inputValue(), PATIENT.email); // the e-mail on record
    await page.getByRole('button', { name: 'Invite to the portal' }).click();
    await page.getByText(`Portal login for ${PATIENT.email}`).waitFor();
    await page.getByText('Shown only now.').waitFor();
    PATIENT.link = await page.locator('#portal-invitation-link').inputValue();
    assert.match(PATIENT.link, /\/invite#/);
    // The skin type the registration recorded, with who and when.
    const skin = page.locator('.skin-history');
    await skin.getByRole('heading', { name: 'Skin type history' }).waitFor();
    await skin.getByText('IV – rarely burns').waitFor();
    await skin.getByText('(was III – sometimes burns)').waitFor();
    await skin.getByText(`${PROVIDER.name} (Dr)`).waitFor();
    await expectAccessible(page, 'chart');
    await screenshot(page, 'chart');
    provider.check();
  });

  it('the patient sets a password from the link, logs into the portal and sees each session’s preparation', async () => {
    patient = await newPerson(browser, server);
    const { page } = patient;
    await page.goto(PATIENT.link);
    await page.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    await setPassword(page, PATIENT.portalPassword);
    await page.getByText('Your password is set.').waitFor();
    await page.getByRole('button', { name: 'Go to the patient portal login' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your treatment plan' }).waitFor();
    assert.equal(await page.getByLabel('E-mail').inputValue(), PATIENT.email);
    await expectAccessible(page, 'portal login');
    await page.getByLabel('Password').fill(PATIENT.portalPassword);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: `Hello, ${PATIENT.given} ${PATIENT.family}` }).waitFor();
    await waitReady(page, 'portal');
    await page.getByRole('heading', { name: 'Your microneedling plan' }).waitFor();
    await page.locator(`.sessions time[datetime="${firstSession}"]`).waitFor();
    const antiviral = page.locator('[data-session="1"] li[data-code="antiviral_prophylaxis"]');
    await antiviral.getByText('Take the antiviral medicine').waitFor();
    assert.ok((await antiviral.getAttribute('data-from')) <= firstSession);
    await page.getByRole('heading', { name: 'Before your first session' }).waitFor();
    // Session 2 has its own dates.
    const second = page.locator('.portal-session[data-session="2"]');
    await second.getByText('Before and after session 2').click();
    const secondDate = await second.locator('h3 time').getAttribute('datetime');
    const secondAntiviral = second.locator('li[data-code="antiviral_prophylaxis"]');
    await secondAntiviral.waitFor();
    assert.ok((await secondAntiviral.getAttribute('data-from')) > firstSession);
    assert.ok((await secondAntiviral.getAttribute('data-from')) <= secondDate);
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    // Nothing clinical beyond what the patient needs: no needle depths.
    assert.doesNotMatch(await page.locator('body').innerText(), /\d(\.\d+)?\s*mm\b/);
    await expectAccessible(page, 'portal');
    await screenshot(page, 'portal');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'portal-print');
    await page.emulateMedia({ media: 'screen' });
    patient.check();
  });

  it('a deferred plan moved ahead of the deferral is refused activation until a provider overrides it with a reason', async () => {
    const { page } = provider;
    await page.goto(`/staff/patients/${patientId}`);
    await waitReady(page, 'chart');
    const deferred = page.locator('.timeline__item', { has: page.locator('.badge', { hasText: 'Defer' }) });
    await deferred.getByRole('link', { name: 'Consultation' }).click();
    await waitReady(page, 'consultation');
    await page.getByRole('button', { name: 'Create treatment plan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Treatment plan: / }).waitFor();
    await waitReady(page, 'plan');
    const waits = await page.locator('.sessions time').first().getAttribute('datetime');
    const soon = isoDate(new Date(Date.now() + 14 * 86400000));
    assert.ok(soon < waits, `${soon} is before the deferral's end ${waits}`);

    // Moved ahead of the deferral: allowed while proposed, with a warning.
    await page.getByText('Move a session').click();
    await page.getByLabel('New date').fill(soon);
    await page.getByRole('button', { name: 'Move the session' }).click();
    await page.locator(`.sessions time[datetime="${soon}"]`).waitFor();
    await page.getByText('cannot be activated for that date').waitFor();

    // Activation is refused, in words, naming the deferral.
    const lifecycle = page.locator('.lifecycle');
    await lifecycle.getByRole('button', { name: 'Activate the plan' }).click();
    await lifecycle.getByText('Refused.').waitFor();
    await lifecycle.locator('.lifecycle__reasons').getByText(/^Isotretinoin: defers treatment until/).waitFor();
    await lifecycle.getByRole('heading', { name: 'Status: Proposed' }).waitFor();
    await expectAccessible(page, 'plan with a refused activation');
    await screenshot(page, 'plan-activation-refused');

    // The provider sets the isotretinoin window aside, with a reason (required).
    const override = page.locator('form.override-form[data-finding="isotretinoin"]');
    await override.getByRole('button', { name: 'Override isotretinoin' }).click();
    await page.locator('#f-overrides-0-reason-error').getByText('say why').waitFor();
    await override.getByLabel('Reason for setting it aside').fill('Low-dose course; the dermatologist agrees');
    await override.getByRole('button', { name: 'Override isotretinoin' }).click();
    const overrides = page.locator('.overrides__list li[data-finding="isotretinoin"]');
    await overrides.getByText('Low-dose course; the dermatologist agrees').waitFor();
    await overrides.getByText(PROVIDER.name).waitFor();
    await page.getByText('is overridden').waitFor();

    await lifecycle.getByRole('button', { name: 'Activate the plan' }).click();
    await lifecycle.getByRole('heading', { name: 'Status: Active' }).waitFor();
    await expectAccessible(page, 'plan with an override');
    await screenshot(page, 'plan-override');
    provider.check();
  });

  it('a duplicate registered anyway is merged into the real record; an archived record leaves the list until restored', async () => {
    const { page } = provider;
    await page.goto('/staff/patients/new');
    await page.getByLabel('Given name').fill(PATIENT.given);
    await page.getByLabel('Family name').fill(PATIENT.family);
    await page.getByLabel('Date of birth').fill(PATIENT.birth);
    await page.getByRole('button', { name: 'Register patient' }).click();
    await page.getByRole('button', { name: 'It is a different person: register anyway' }).click();
    await page.getByRole('heading', { level: 1, name: `${PATIENT.given} ${PATIENT.family}` }).waitFor();
    const duplicateId = Number(/\/staff\/patients\/(\d+)$/.exec(page.url())[1]);
    assert.notEqual(duplicateId, patientId);

    // Merged into the real record, after a confirmation that says it cannot be undone.
    await page.goto(`/staff/patients/${patientId}`);
    await waitReady(page, 'chart');
    await page.getByRole('button', { name: 'Merge a duplicate into this record' }).click();
    await page.getByRole('button', { name: new RegExp(`Choose.*#${duplicateId}`) }).click();
    await page.getByText('This cannot be undone.').waitFor();
    await expectAccessible(page, 'merge confirmation');
    await screenshot(page, 'merge-confirm');
    await page.getByRole('button', { name: `Merge #${duplicateId} into this record` }).click();
    await page.getByText(`(#${duplicateId}) is merged into this record`).waitFor();
    await page.goto(`/staff/patients/${duplicateId}`);
    await waitReady(page, 'chart');
    await page.locator('.record-banner').getByText('Merged record.').waitFor();
    await page.locator('.record-banner').getByRole('link', { name: `patient #${patientId}` }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'New consultation' }).count(), 0);
    await expectAccessible(page, 'merged record');

    // Archived: hidden from the list, a banner on the chart, and restored.
    const other = await page.evaluate(async () => {
      const session = await (await fetch('/api/v1/session')).json();
      const response = await fetch('/api/v1/patients', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
        body: JSON.stringify({ given_name: 'Ottoline', family_name: 'Archer', birth_date: '1970-07-07' }),
      });
      return response.json();
    });
    await page.goto(`/staff/patients/${other.id}`);
    await waitReady(page, 'chart');
    await page.getByRole('button', { name: 'Archive this record' }).click();
    await page.getByRole('button', { name: 'Archive the record' }).click();
    await page.locator('.record-banner').getByText('Archived record.').waitFor();
    await expectAccessible(page, 'archived record');
    await screenshot(page, 'archived');
    await page.goto('/staff/patients');
    await waitReady(page, 'patients');
    await page.getByLabel('Name, e-mail or phone').fill('Ottoline');
    await page.getByText('No patient matches “Ottoline”.').waitFor();
    await page.goto(`/staff/patients/${other.id}`);
    await waitReady(page, 'chart');
    await page.getByRole('button', { name: 'Restore the record' }).click();
    await page.getByRole('button', { name: 'Archive this record' }).waitFor();
    assert.equal(await page.locator('.record-banner').count(), 0);
    provider.check();
  });

  it('the owner reads the protocol, sees an unsafe upload refused at its line, and finds who saw the patient', async () => {
    const { page } = owner;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Protocol' }).click();
    await waitReady(page, 'protocol');
    await page.getByRole('heading', { name: 'Zones' }).waitFor();
    await page.getByRole('row', { name: /Cheeks/ }).first().waitFor();
    await expectAccessible(page, 'protocol');
    await screenshot(page, 'protocol', { fullPage: false });
    await page.getByRole('button', { name: 'Start from version 2.0.0' }).click();
    const text = page.getByLabel('Protocol (TOML)');
    const toml = await text.inputValue();
    const lines = toml.split('\n');
    const cheeksLine = lines.findIndex((l) => l === '[zones.cheeks]') + 3; // its hard_max_mm, 1-based
    assert.equal(lines[cheeksLine - 1], 'hard_max_mm = 2.0');
    lines[cheeksLine - 1] = 'hard_max_mm = 9.0';
    await text.fill(lines.join('\n').replace('version = "2.0.0"', 'version = "2.0.1"'));
    await page.getByRole('button', { name: 'Check and upload' }).click();
    await page.locator('#protocol-errors').getByRole('button', { name: `Line ${cheeksLine}` }).waitFor();
    await page.locator('#protocol-errors').getByText('exceeds the safety ceiling').waitFor();
    await expectAccessible(page, 'protocol with upload errors');
    await screenshot(page, 'protocol-upload-error', { fullPage: false });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await waitReady(page, 'audit');
    await page.getByLabel('Patient number').fill(String(patientId));
    await page.getByRole('button', { name: 'Show' }).click();
    const table = page.locator('table');
    await table.getByText('consultation.create').first().waitFor();
    await table.getByText('plan.update').first().waitFor();
    await table.getByText(PROVIDER.name).first().waitFor();
    await expectAccessible(page, 'audit log');
    await screenshot(page, 'audit');
    owner.check();
  });

  it('the main screens fit a 768 px tablet', async () => {
    const { page } = provider;
    await page.setViewportSize({ width: 768, height: 1024 });
    for (const [path, ready, name] of [
      [`/staff/patients/${patientId}`, 'chart', 'tablet-chart'],
      [`/staff/patients/${patientId}/consultations/new`, 'consultation-form', 'tablet-consultation'],
    ]) {
      await page.goto(path);
      await waitReady(page, ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow}px wider than a 768 px screen`);
      await expectAccessible(page, name);
      await screenshot(page, name);
    }
    await page.goto(`/staff/patients/${patientId}`);
    await waitReady(page, 'chart');
    await page.locator('.timeline a', { hasText: 'Treatment plan' }).first().click();
    await waitReady(page, 'plan');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the plan is ${overflow}px wider than a 768 px screen`);
    await screenshot(page, 'tablet-plan');
    provider.check();
  });

  it('the owner resets the provider’s password: the old one stops working and a new link sets another', async () => {
    const { page } = owner;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await waitReady(page, 'team');
    const row = page.getByRole('row', { name: new RegExp(PROVIDER.email) });
    await row.getByText('Active').waitFor();
    await row.getByRole('button', { name: `Reset password of ${PROVIDER.name}` }).click();
    await row.getByText('password stops working now').waitFor();
    await row.getByRole('button', { name: 'Reset and create a link' }).click();
    await row.getByText('Shown only now.').waitFor();
    const link = await row.locator('input[readonly]').inputValue();
    assert.match(link, /\/invite#/);
    assert.notEqual(link, PROVIDER.link);
    await row.getByText('Invited: no password set yet').waitFor();
    await expectAccessible(page, 'team with a reset link');
    owner.check();

    const fresh = await newPerson(browser, server);
    await logIn(fresh.page, { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password });
    await fresh.page.getByText('The clinic, e-mail or password is not right.').waitFor();
    await fresh.page.goto(link);
    await setPassword(fresh.page, 'a brand new provider passphrase 7');
    await fresh.page.getByText('Your password is set.').waitFor();
    await logIn(fresh.page, { clinic: server.owner.clinic, email: PROVIDER.email, password: 'a brand new provider passphrase 7' });
    await fresh.page.getByRole('heading', { level: 1, name: `Good day, ${PROVIDER.name}` }).waitFor();
    fresh.check();
  });
});
