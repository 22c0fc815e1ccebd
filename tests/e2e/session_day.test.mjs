// The treatment day in a real browser against a real server (issue 12). Seeded through the
// API: a patient whose consultation records cold sores (herpes history: the screening requires
// antiviral prophylaxis), an active plan whose series is booked with session 1 today, the demo
// clinic's treatment consent text, a pen, the clinic's phone and a portal account; and a second
// patient whose session today is already under way. Then:
//   1. a provider runs the whole session on a 768×1024 tablet: Today → Open session → the
//      check-in answers → the gate shows the precaution → the antiviral confirmed → the consent
//      signed → Start → numbing (a removal under 20 minutes asks first; the applied time moved
//      25 minutes back) → the cartridge scanned as a raw GS1 string with its group separator →
//      cheeks at a depth in the plan's range with passes → a product with its lot → end point
//      and duration → sign-off → read-only "Version 1";
//   2. the same cartridge scanned in the other patient's session is refused, in the API's words;
//   3. the front desk sees today's list but opens no session;
//   4. the patient sees the aftercare with its real dates in the portal, prints it (the print
//      stylesheet hides the navigation; one A4 page), reports pus with a photo and is told to call the
//      clinic now with its phone; the provider's concerns inbox shows it as urgent, and an
//      adverse event is recorded against the cartridge;
//   5. a lot search by the cartridge's lot (and by its scanned barcode) finds the patient, and
//      the CSV downloads with the patient's name.
// Every page is checked with axe and photographed (build/e2e-artifacts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { acceptInvitation, apiClient, expectAccessible, inviteStaff, launchBrowser, logIn, newPerson, screenshot, startServer, waitReady } from './harness.mjs';

const PROVIDER = { display_name: 'Dr Selma Varga', email: 'selma.varga@demo.clinic', role: 'provider', title: 'Dr', password: 'provider passphrase for selma 41' };
const DESK = { display_name: 'Noor Frontdesk', email: 'noor.frontdesk@demo.clinic', role: 'front_desk', password: 'front desk passphrase noor 5512' };
const PATIENT = { given_name: 'Henrietta', family_name: 'Quaile', birth_date: '1987-04-11', email: 'henrietta.quaile@mail.example' };
const OTHER = { given_name: 'Bartholomew', family_name: 'Ines', birth_date: '1979-10-02', email: 'bart.ines@mail.example' };
const PORTAL_PASSWORD = 'quiet harbour portal passphrase 2026';
const PHONE = '+44 20 7946 0321';
const PEN = { kind: 'device', name: 'SkinPen #E2E-7', serial: 'E2E-PEN-7' };
const TABLET = { width: 768, height: 1024 };
const DESKTOP = { width: 1280, height: 900 };
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// A valid GTIN-14 (session-day contract §1), a lot unique to this run, a serial and an expiry
// two years ahead, as a raw scanner types them: symbology identifier, AIs back to back, the
// variable-length lot ended by the group separator (ASCII 29).
const GTIN = '09506000134352';
const LOT = `NP${Date.now().toString(36).toUpperCase()}`;
const SERIAL = 'S0001';
const EXPIRY_YEAR = new Date().getUTCFullYear() + 2;
const SCAN = `]d201${GTIN}17${String(EXPIRY_YEAR).slice(2)}123110${LOT}\x1d21${SERIAL}`;
const HA_LOT = `HA-${LOT}`;

// An Etc/GMT zone in which it is about 10:00 now, so that today's session can be booked later
// today whenever the test runs (Etc/GMT-5 is UTC+5: the sign is POSIX's, reversed).
function morningZone(now = new Date()) {
  let offset = 10 - now.getUTCHours();
  if (offset < -12) offset += 24;
  if (offset > 14) offset -= 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

// Wall-clock parts of an instant in `timeZone`.
function wall(ms, timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(ms));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

const NO_CHANGES = {
  cold_sore: false,
  sunburn: false,
  acne: false,
  infection: false,
  pregnant: false,
  breastfeeding: false,
  prep: { retinoids_acids_stopped: true, no_hair_removal: true, sun_avoided: true },
};

// A patient with cold sores in the history (a precaution, not a deferral), an active plan and
// its series booked with session 1 today at `start` ("YYYY-MM-DDTHH:MM", clinic time).
async function patientWithSessionToday(ownerApi, providerApi, provider, person, start) {
  const patient = await ownerApi.ok('POST', '/api/v1/patients', person);
  const consultation = await providerApi.ok('POST', '/api/v1/consultations', {
    patient_id: patient.id,
    intake: {
      patient: { birth_date: person.birth_date, fitzpatrick: 2 },
      areas: ['cheeks'],
      concerns: [{ code: 'acne_scars', subtype: 'rolling', severity: 2 }],
      history: ['herpes_history'],
    },
  });
  assert.ok(consultation.screening.actions.includes('antiviral_prophylaxis'), JSON.stringify(consultation.screening));
  const proposed = await providerApi.ok('POST', '/api/v1/plans', { consultation_id: consultation.id });
  const plan = (await providerApi.ok('PATCH', `/api/v1/plans/${proposed.id}`, { version: proposed.version, status: 'active' })).plan;
  const proposal = await providerApi.ok('POST', `/api/v1/plans/${plan.id}/series/proposal`, {});
  assert.ok(proposal.sessions && proposal.sessions.length === plan.sessions, JSON.stringify(proposal));
  const sessions = proposal.sessions.map((s) => ({ session: s.session, start: s.session === 1 ? start : s.start_local, provider_id: provider.id }));
  const booked = await providerApi.ok('POST', `/api/v1/plans/${plan.id}/series`, { sessions });
  const first = booked.items.find((a) => a.session_number === 1);
  assert.equal(first.start_local, start);
  return { patient, plan, appointment: first };
}

describe('the session day', () => {
  let server;
  let browser;
  let ownerApi;
  let providerApi;
  let provider;
  let zone;
  let today;
  let henrietta; // charted in the browser
  let bart; // the second patient, whose session is under way
  let bartSession;
  let sessionId;
  let staff; // the provider's tablet, kept across the tests

  before(async () => {
    server = await startServer({ demoPatients: 2 });
    browser = await launchBrowser();
    ownerApi = await apiClient(server, server.owner);
    zone = morningZone();
    await ownerApi.ok('PATCH', '/api/v1/clinic', { time_zone: zone, phone: PHONE });
    provider = await inviteStaff(server, ownerApi, PROVIDER);
    providerApi = await apiClient(server, { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password });
    await ownerApi.ok('PUT', `/api/v1/providers/${provider.id}/hours`, { hours: Object.fromEntries(WEEK.map((d) => [d, [{ from: '07:00', to: '22:00' }]])) });
    await ownerApi.ok('POST', '/api/v1/resources', PEN);

    // Session 1 of each patient later today: the next whole hour, and two hours after it.
    const now = wall(Date.now(), zone);
    today = now.date;
    const hour = Number(now.time.slice(0, 2)) + 1;
    assert.ok(hour <= 18, `the clinic's time is ${now.time}`);
    const at = (h) => `${today}T${String(h).padStart(2, '0')}:00`;
    henrietta = await patientWithSessionToday(ownerApi, providerApi, provider, PATIENT, at(hour));
    bart = await patientWithSessionToday(ownerApi, providerApi, provider, OTHER, at(hour + 2));

    // The demo clinic publishes a treatment consent text (DEMO wording); one is published if not.
    const texts = await ownerApi.ok('GET', '/api/v1/consent-texts');
    const treatment =
      texts.items.find((t) => t.kind === 'treatment' && t.current) ||
      (await ownerApi.ok('POST', '/api/v1/consent-texts', { kind: 'treatment', text: 'I agree to collagen induction therapy (microneedling) of the areas in my plan, and I have been told of its risks and aftercare.' }));

    // The second patient's session: opened, checked in, the antiviral confirmed, signed, started.
    let view = await providerApi.ok('POST', `/api/v1/appointments/${bart.appointment.id}/session`);
    view = await providerApi.ok('POST', `/api/v1/sessions/${view.id}/check-in`, { version: view.version, answers: NO_CHANGES });
    assert.equal(view.check_in.gate.decision, 'proceed', JSON.stringify(view.check_in.gate));
    for (const item of view.required_actions) {
      view = await providerApi.ok('POST', `/api/v1/sessions/${view.id}/confirmations`, { version: view.version, action: item.action, note: 'started two days ago' });
    }
    await providerApi.ok('POST', `/api/v1/patients/${bart.patient.id}/consents`, { kind: 'treatment', text_id: treatment.id, typed_name: 'Bartholomew Ines', session_id: view.id });
    view = await providerApi.ok('GET', `/api/v1/sessions/${view.id}`);
    view = await providerApi.ok('POST', `/api/v1/sessions/${view.id}/start`, { version: view.version });
    assert.equal(view.status, 'in_progress');
    bartSession = view.id;

    // The first patient's portal account.
    const account = await ownerApi.ok('POST', `/api/v1/patients/${henrietta.patient.id}/portal-account`, {});
    await acceptInvitation(server, account.invitation, PORTAL_PASSWORD);
  });
  after(async () => {
    await staff?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('a provider charts a whole session on a tablet', async () => {
    staff = await newPerson(browser, server, { viewport: TABLET });
    const { page } = staff;
    await logIn(page, { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password });
    await waitReady(page, 'home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await waitReady(page, 'today');
    const row = page.locator(`li[data-appointment="${henrietta.appointment.id}"]`);
    await row.getByRole('link', { name: 'Henrietta Quaile' }).waitFor();
    await row.getByText('Not started').waitFor();
    await page.locator(`li[data-appointment="${bart.appointment.id}"]`).getByText('In progress').waitFor();
    await expectAccessible(page, 'today’s sessions');
    await screenshot(page, 'session-day-today');
    await row.getByRole('button', { name: 'Open session for Henrietta Quaile' }).click();
    await waitReady(page, 'session');
    sessionId = Number(/\/staff\/sessions\/(\d+)$/.exec(page.url())[1]);
    await page.getByRole('heading', { level: 1, name: 'Henrietta Quaile: session 1' }).waitFor();

    // The check-in: nothing answered is refused, each question at its place.
    await page.getByRole('button', { name: 'Record the check-in' }).click();
    await page.locator('.error-summary').getByText('answer yes or no').first().waitFor();
    assert.equal(await page.locator('fieldset.yes-no.field--invalid').count(), 10);
    const answer = async (question, choice) => page.locator(`fieldset[data-question="${question}"]`).getByRole('radio', { name: choice, exact: true }).check();
    for (const q of ['cold_sore', 'sunburn', 'acne', 'infection', 'new_medications', 'pregnant', 'breastfeeding']) await answer(`/answers/${q}`, 'No');
    for (const q of ['retinoids_acids_stopped', 'no_hair_removal', 'sun_avoided']) await answer(`/answers/prep/${q}`, 'Yes');
    await expectAccessible(page, 'session check-in form');
    await screenshot(page, 'session-day-check-in');
    await page.getByRole('button', { name: 'Record the check-in' }).click();

    // The gate: it proceeds, with the precaution the screening requires.
    await page.locator('.gate[data-decision="proceed"]').waitFor();
    await page.locator('.session-page[data-status="checked_in"]').waitFor();
    const action = page.locator('li.action[data-action="antiviral_prophylaxis"]');
    await action.getByText('not confirmed yet').waitFor();
    await page.locator('.gate .actions-required').getByText('Antiviral prophylaxis').waitFor();

    // Start refused while the action and the consent are missing, each said in words.
    await page.getByRole('button', { name: 'Start the session' }).click();
    const refusal = page.locator('.start__refusal');
    await refusal.getByText('Antiviral prophylaxis:').waitFor();
    await refusal.getByText('Treatment consent:').waitFor();
    await expectAccessible(page, 'session gate and a refused start');
    await screenshot(page, 'session-day-gate');

    await action.getByLabel('Note for antiviral prophylaxis').fill('valaciclovir 500 mg twice daily, started yesterday');
    await action.getByRole('button', { name: 'Confirm Antiviral prophylaxis' }).click();
    await page.locator('li.action--done[data-action="antiviral_prophylaxis"]').getByText('valaciclovir').waitFor();
    await page.locator('[data-consent="missing"] .consent__text').waitFor();
    await page.getByLabel('The patient’s full name, typed by the patient').fill('Henrietta Quaile');
    await page.getByRole('button', { name: 'Record the signature' }).click();
    await page.locator('[data-consent="current"]').waitFor();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.locator('.session-page[data-status="in_progress"]').waitFor();

    // Numbing: removed after seconds, the page asks first (in the page, not a browser dialog).
    const numbing = page.locator('#step-numbing');
    await numbing.getByRole('button', { name: 'Applied now' }).click();
    await numbing.locator('.numbing__clock').waitFor();
    await numbing.getByRole('button', { name: 'Removed now' }).click();
    const ask = page.getByRole('dialog', { name: 'Remove the numbing cream already?' });
    await ask.getByText('under the 20 minutes').waitFor();
    await expectAccessible(page, 'numbing: removal under 20 minutes');
    await screenshot(page, 'session-day-numbing-early', { fullPage: false });
    await ask.getByRole('button', { name: 'Keep it on' }).click();
    assert.equal(await page.getByRole('dialog').count(), 0);
    // Entered late: applied 25 minutes ago (clinic time), then removed now without a question.
    const applied = wall(Date.now() - 25 * 60000, zone);
    await numbing.getByLabel('Applied at (clinic time)').fill(`${applied.date}T${applied.time}`);
    await numbing.locator('.numbing__clock').getByText(/^2[45]:\d\d$/).waitFor();
    await numbing.getByRole('button', { name: 'Removed now' }).click();
    assert.equal(await page.getByRole('dialog').count(), 0);
    await page.locator('#step-zones').getByText('Draft saved').waitFor();
    await numbing.locator('[data-state="removed"]').waitFor();
    await numbing.getByLabel('Removed at (clinic time)').waitFor();

    // The cartridge, scanned: the raw element string with its group separator.
    const scan = page.locator('#step-cartridge');
    await scan.getByLabel('Cartridge barcode').click();
    await page.keyboard.insertText(SCAN);
    assert.equal(await scan.getByLabel('Cartridge barcode').inputValue(), SCAN, 'the field keeps the group separator');
    await scan.locator('.scan__echo').getByText('\u241d21').waitFor();
    await scan.getByRole('button', { name: 'Chart the cartridge' }).click();
    await scan.locator('.scan__ok').getByText(`Charted: lot ${LOT}, serial ${SERIAL}`).waitFor();
    await scan.locator('table.cartridges tbody tr').getByText(LOT).waitFor();
    assert.equal(await scan.getByLabel('Cartridge barcode').inputValue(), '');

    // The zones: cheeks, from the plan, at its lower depth (in range) with 3 passes.
    const zones = page.locator('#step-zones');
    await zones.getByRole('button', { name: 'Chart cheeks' }).click();
    const cheeks = zones.locator('fieldset[data-zone="cheeks"]');
    await cheeks.getByText(/Plan \d\.\d\d–\d\.\d\d mm · hard maximum \d\.\d\d mm/).waitFor();
    // Above the hard maximum: an error before saving; outside the plan: a reason asked for.
    const depth = cheeks.getByLabel('Depth (mm)');
    const planned = await depth.inputValue();
    await depth.fill('4.95');
    await cheeks.locator('.field-error').getByText('hard maximum').waitFor();
    await depth.fill(planned);
    assert.equal(await cheeks.locator('.field-error').count(), 0);
    await cheeks.getByLabel('Passes').fill('3');
    await zones.getByRole('combobox', { name: 'Device' }).selectOption({ label: `${PEN.name} (${PEN.serial})` });
    assert.equal(await zones.getByLabel('Pen serial').inputValue(), PEN.serial);
    await zones.getByRole('button', { name: 'Add a product' }).click();
    await zones.getByRole('combobox', { name: 'Product 1' }).selectOption('hyaluronic_acid');
    await zones.getByLabel('Lot of product 1').fill(HA_LOT);
    await zones.getByRole('combobox', { name: 'End point' }).selectOption('pinpoint_bleeding');
    await zones.getByLabel('Duration (minutes)').fill('35');
    await expectAccessible(page, 'session chart in progress');
    await screenshot(page, 'session-day-chart');
    await page.getByRole('button', { name: 'Sign off the session' }).click();

    // Signed: read-only, version 1, with the cartridge, the aftercare and the versions.
    await page.locator('.session-page[data-status="signed_off"]').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Signed chart · Version 1' }).waitFor();
    const signed = page.locator('section.signed');
    await signed.locator('tr[data-zone="cheeks"]').getByText('3', { exact: true }).waitFor();
    await signed.getByText(HA_LOT).waitFor();
    await signed.getByText('Pinpoint bleeding').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sign off the session' }).count(), 0);
    assert.equal(await page.locator('#step-zones input').count(), 0, 'nothing editable after sign-off');
    await page.locator('#step-cartridge').getByText(LOT).waitFor();
    await page.locator('ol.care li').first().waitFor();
    await page.locator('.versions__list li[data-version="1"]').waitFor();
    const view = await providerApi.ok('GET', `/api/v1/sessions/${sessionId}`);
    assert.equal(view.status, 'signed_off');
    assert.equal(view.chart_version, 1);
    assert.deepEqual(view.chart.zones.map((z) => [z.zone, z.passes]), [['cheeks', 3]]);
    assert.equal(view.chart.products[0].lot, HA_LOT);
    assert.ok(view.chart.anaesthetic && Date.parse(view.chart.anaesthetic.removed_at) - Date.parse(view.chart.anaesthetic.applied_at) >= 24 * 60000);
    assert.deepEqual(view.cartridges.map((c) => [c.gtin, c.lot, c.serial]), [[GTIN, LOT, SERIAL]]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the session page is ${overflow}px wider than a 768 px tablet`);
    await expectAccessible(page, 'signed session');
    await screenshot(page, 'session-day-signed-tablet');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'session-day-signed-desktop');
    await page.setViewportSize(TABLET);
    staff.check();
  });

  it('the same cartridge is refused for another patient', async () => {
    const { page } = staff;
    await page.goto(`/staff/sessions/${bartSession}`);
    await waitReady(page, 'session');
    await page.getByRole('heading', { level: 1, name: 'Bartholomew Ines: session 1' }).waitFor();
    const scan = page.locator('#step-cartridge');
    await scan.getByLabel('Cartridge barcode').click();
    await page.keyboard.insertText(SCAN);
    await scan.getByRole('button', { name: 'Chart the cartridge' }).click();
    const error = scan.locator('#f-barcode-error');
    await error.getByText('already charted').waitFor();
    assert.match(await error.innerText(), /use a new sterile cartridge/);
    assert.doesNotMatch(await error.innerText(), /Quaile|Henrietta/, 'the refusal names no other patient');
    assert.equal(await scan.getByLabel('Cartridge barcode').getAttribute('aria-invalid'), 'true');
    await scan.locator('[data-cartridges="0"]').waitFor();
    await expectAccessible(page, 'a reused cartridge refused');
    await screenshot(page, 'session-day-cartridge-reused');
    const view = await providerApi.ok('GET', `/api/v1/sessions/${bartSession}`);
    assert.equal(view.cartridges.length, 0);
    staff.check();
  });

  it('the front desk sees today’s list only', async () => {
    await inviteStaff(server, ownerApi, DESK);
    const desk = await newPerson(browser, server, { viewport: TABLET });
    const { page } = desk;
    await logIn(page, { clinic: server.owner.clinic, email: DESK.email, password: DESK.password });
    await waitReady(page, 'home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await waitReady(page, 'today');
    await page.locator(`li[data-appointment="${henrietta.appointment.id}"]`).getByText('Signed off').waitFor();
    await page.locator(`li[data-appointment="${bart.appointment.id}"]`).getByText('In progress').waitFor();
    assert.equal(await page.getByRole('button', { name: /Open session/ }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /Continue|View/ }).count(), 0);
    await expectAccessible(page, 'today’s sessions for the front desk');
    await page.goto(`/staff/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Not available for your role' }).waitFor();
    desk.check();
    await desk.context.close();
  });

  it('the patient sees the aftercare timeline and reports a concern', async () => {
    const patient = await newPerson(browser, server, { viewport: TABLET });
    const { page } = patient;
    await logIn(page, { clinic: server.owner.clinic, email: PATIENT.email, password: PORTAL_PASSWORD }, '/portal/login');
    await waitReady(page, 'portal');
    const mine = page.locator(`.my-sessions li[data-session="${sessionId}"]`);
    await mine.getByRole('link', { name: 'Aftercare after session 1' }).click();
    await waitReady(page, 'portal-aftercare');
    const days = page.locator('.aftercare-days > li');
    await days.first().waitFor();
    assert.equal(await days.first().getAttribute('data-date'), today, 'day 0 is the session’s real date');
    assert.equal(await page.locator('.aftercare-day--today').getAttribute('data-date'), today);
    assert.equal(await page.locator('[aria-current="date"]').count(), 1);
    const dates = await days.evaluateAll((items) => items.map((li) => li.dataset.date));
    assert.ok(dates.length >= 3, `${dates.length} days`);
    dates.forEach((date, i) => assert.equal(date, new Date(Date.parse(`${today}T00:00:00Z`) + i * 86400000).toISOString().slice(0, 10)));
    await page.locator('.aftercare-warning').getByRole('link', { name: PHONE }).waitFor();
    await expectAccessible(page, 'portal aftercare');
    await screenshot(page, 'session-day-aftercare');

    // The printed sheet: no navigation, no buttons, a table of dates and instructions, one page.
    const aftercare = await providerApi.ok('GET', `/api/v1/sessions/${sessionId}/aftercare`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.topbar').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
    assert.equal(await page.locator('table.aftercare-print').isVisible(), true);
    assert.equal(await page.locator('table.aftercare-print tbody tr').count(), aftercare.items.length);
    await screenshot(page, 'session-day-aftercare-print');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
    assert.equal(pages, 1, `the printed aftercare is ${pages} A4 pages`);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('table.aftercare-print').isVisible(), false);

    await page.locator('.aftercare-warning').getByRole('link', { name: 'Report a concern' }).click();
    await waitReady(page, 'portal-concern');
    await page.getByRole('button', { name: 'Send to the clinic' }).click();
    await page.locator('#f-symptoms-error').waitFor();
    await page.getByLabel('Pus or yellow crusts').check();
    await page.getByLabel('Anything else (optional)').fill('yellow crust on the left cheek since this evening');
    await page.getByLabel('A photo of it (optional)').setInputFiles(new URL('./fixtures/phantom-after.jpg', import.meta.url).pathname);
    await expectAccessible(page, 'portal concern form');
    await screenshot(page, 'session-day-concern-form');
    await page.getByRole('button', { name: 'Send to the clinic' }).click();
    const call = page.getByRole('link', { name: /Call the clinic now/ });
    await call.waitFor();
    assert.match(await call.innerText(), new RegExp(PHONE.replaceAll('+', '\\+')));
    assert.equal(await call.getAttribute('href'), `tel:${PHONE.replace(/[^+0-9]/g, '')}`);
    await page.locator('.concern-answer__symptoms li[data-symptom="pus"]').waitFor();
    await page.getByText('Your photo was sent with the report.').waitFor();
    await expectAccessible(page, 'portal concern answer');
    await screenshot(page, 'session-day-concern-urgent');
    patient.check();
    await patient.context.close();

    // The provider's inbox: urgent, with the patient's name; an adverse event on the cartridge.
    const { page: desk } = staff;
    await desk.goto('/staff/concerns');
    await waitReady(desk, 'concerns');
    const report = desk.locator('tr[data-urgency="urgent"]', { hasText: 'Henrietta Quaile' });
    await report.getByText('Urgent').waitFor();
    await report.getByText('Pus or yellow crusts').waitFor();
    await desk.getByRole('navigation', { name: 'Main' }).locator('.nav-count').waitFor();
    await expectAccessible(desk, 'concerns inbox');
    await screenshot(desk, 'session-day-concerns');
    await report.getByRole('link', { name: 'Henrietta Quaile' }).click();
    await waitReady(desk, 'concern');
    await desk.locator('.triage__item[data-symptom="pus"]').waitFor();
    // The patient's photo, sanitized by the server, is shown with the report.
    const photo = desk.getByRole('img', { name: "The patient's photo of what they report" });
    await photo.waitFor();
    assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the photo loads');
    await desk.getByRole('button', { name: 'Record adverse event' }).click();
    await desk.getByLabel('What happened').fill('localised impetigo-like crusting on the left cheek');
    await desk.getByRole('combobox', { name: 'Severity' }).selectOption('moderate');
    await desk.getByRole('combobox', { name: 'Outcome' }).selectOption('recovering');
    await desk.getByRole('combobox', { name: 'Suspected cause' }).selectOption('procedure');
    await desk.getByRole('combobox', { name: 'Causality' }).selectOption('possible');
    await desk.getByLabel(new RegExp(`Cartridge lot ${LOT}`)).check();
    await desk.getByLabel('Follow-up (optional)').fill('review in two days');
    await expectAccessible(desk, 'adverse event form');
    await desk.getByRole('button', { name: 'Record the event' }).click();
    await desk.getByText('recorded and linked to the session').waitFor();
    await screenshot(desk, 'session-day-adverse-event');
    staff.check();
  });

  it('a lot search finds the patient and downloads the CSV', async () => {
    const { page } = staff;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lots' }).click();
    await waitReady(page, 'lots');
    await page.getByLabel('Lot', { exact: true }).fill(LOT);
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.locator(`table.exposure tr[data-session="${sessionId}"]`);
    await row.getByText('Henrietta Quaile').waitFor();
    await row.getByText(PATIENT.email).waitFor();
    await page.locator('.exposure__totals').getByText('1 session of 1 patient').waitFor();
    assert.equal(await page.locator('table.exposure tbody tr').count(), 1, 'the other patient’s session charted no cartridge of this lot');
    await expectAccessible(page, 'lot recall');
    await screenshot(page, 'session-day-lots');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.match(csv, /Quaile/);
    assert.match(csv, new RegExp(LOT));
    assert.doesNotMatch(csv, /Bartholomew/);

    // The same search from the scanned barcode (its group separator kept).
    await page.getByLabel('Lot', { exact: true }).fill('');
    await page.getByLabel('Or scan a cartridge’s barcode').click();
    await page.keyboard.insertText(SCAN);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.exposure__totals').getByText('1 session of 1 patient').waitFor();
    await row.getByText('Henrietta Quaile').waitFor();
    staff.check();
  });
});
