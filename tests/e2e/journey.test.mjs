// The journey a clinic makes every day, in a real browser against a real server: the owner
// logs in and adds a provider; the provider registers a patient, records a consultation that
// the screening defers (isotretinoin three months ago: the date and the reason are shown),
// then one that is eligible with precautions (cold-sore history: antiviral prophylaxis),
// plans the series, sees the depths on the zone map, changes one with a reason and is refused
// above the zone's hard maximum; the patient logs into the portal and sees the plan and the
// preparation dates. Every page is checked with axe and photographed (build/e2e-artifacts).
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
    await page.getByText('needlepoint-default 1.0.0').waitFor();
    await expectAccessible(page, 'owner home');
    await screenshot(page, 'owner-home');
    owner.check();
  });

  it('the owner adds a provider, and a bad password is refused beside its field', async () => {
    const { page } = owner;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await waitReady(page, 'team');
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Add a team member' }) });
    await form.getByLabel('Name').fill(PROVIDER.name);
    await form.getByLabel('E-mail').fill(PROVIDER.email);
    await form.getByRole('combobox', { name: 'Role', exact: true }).selectOption('provider');
    await form.getByLabel('Title').fill('Dr');
    await form.getByLabel('First password').fill('short');
    await form.getByRole('button', { name: 'Add team member' }).click();
    await page.locator('#f-password-error').getByText('at least 12 characters').waitFor();
    await expectAccessible(page, 'team with an error');
    await screenshot(page, 'team-error');
    await form.getByLabel('First password').fill(PROVIDER.password);
    await form.getByRole('button', { name: 'Add team member' }).click();
    await page.getByText(`${PROVIDER.name} can now log in as provider`).waitFor();
    await page.getByRole('row', { name: new RegExp(PROVIDER.email) }).waitFor();
    await expectAccessible(page, 'team');
    await screenshot(page, 'team');
    owner.check();
  });

  it('the provider logs in and registers a patient, fixing a refused field', async () => {
    provider = await newPerson(browser, server);
    const { page } = provider;
    await logIn(page, { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password });
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
    await page.locator('li[data-code="antiviral_prophylaxis"]').waitFor();
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
    provider.check();
  });

  it('the provider gives the patient a portal login', async () => {
    const { page } = provider;
    await page.getByRole('link', { name: `${PATIENT.given} ${PATIENT.family}` }).click();
    await waitReady(page, 'chart');
    await page.locator('.timeline').getByText('Treatment plan').waitFor();
    await page.getByLabel('First password').fill(PATIENT.portalPassword);
    await page.getByRole('button', { name: 'Create portal login' }).click();
    await page.getByText(`Portal login created for ${PATIENT.email}`).waitFor();
    await expectAccessible(page, 'chart');
    await screenshot(page, 'chart');
    provider.check();
  });

  it('the patient logs into the portal and sees the plan and the preparation dates', async () => {
    patient = await newPerson(browser, server);
    const { page } = patient;
    await page.goto(`/portal/login?clinic=${server.owner.clinic}`);
    await expectAccessible(page, 'portal login');
    await logIn(page, { clinic: server.owner.clinic, email: PATIENT.email, password: PATIENT.portalPassword }, `/portal/login?clinic=${server.owner.clinic}`);
    await page.getByRole('heading', { level: 1, name: `Hello, ${PATIENT.given} ${PATIENT.family}` }).waitFor();
    await waitReady(page, 'portal');
    await page.getByRole('heading', { name: 'Your microneedling plan' }).waitFor();
    await page.locator(`.sessions time[datetime="${firstSession}"]`).waitFor();
    const antiviral = page.locator('li[data-code="antiviral_prophylaxis"]');
    await antiviral.getByText('Take the antiviral medicine').waitFor();
    assert.ok((await antiviral.getAttribute('data-from')) <= firstSession);
    await page.getByRole('heading', { name: 'Before your first session' }).waitFor();
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

  it('the owner reads the protocol, sees an unsafe upload refused at its line, and finds who saw the patient', async () => {
    const { page } = owner;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Protocol' }).click();
    await waitReady(page, 'protocol');
    await page.getByRole('heading', { name: 'Zones' }).waitFor();
    await page.getByRole('row', { name: /Cheeks/ }).first().waitFor();
    await expectAccessible(page, 'protocol');
    await screenshot(page, 'protocol', { fullPage: false });
    await page.getByRole('button', { name: 'Start from version 1.0.0' }).click();
    const text = page.getByLabel('Protocol (TOML)');
    const toml = await text.inputValue();
    const lines = toml.split('\n');
    const cheeksLine = lines.findIndex((l) => l === '[zones.cheeks]') + 3; // its hard_max_mm, 1-based
    assert.equal(lines[cheeksLine - 1], 'hard_max_mm = 2.0');
    lines[cheeksLine - 1] = 'hard_max_mm = 9.0';
    await text.fill(lines.join('\n').replace('version = "1.0.0"', 'version = "1.0.1"'));
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
    await page.locator('.timeline a', { hasText: 'Treatment plan' }).click();
    await waitReady(page, 'plan');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the plan is ${overflow}px wider than a 768 px screen`);
    await screenshot(page, 'tablet-plan');
    provider.check();
  });
});
