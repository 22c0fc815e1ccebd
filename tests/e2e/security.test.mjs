// What the web app must never do, checked in a real browser: render a user's text as markup
// (a patient named like an XSS payload shows as text and no dialog fires), show a front-desk
// user clinical pages (the UI hides them and the API refuses them), show a portal user anyone
// else's plan when the id in the URL changes, or lose a half-typed form when the session
// expires. axe runs on every page these tests open.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  acceptInvitation,
  apiClient,
  expectAccessible,
  inviteStaff,
  launchBrowser,
  logIn,
  newPerson,
  screenshot,
  startServer,
  waitReady,
} from './harness.mjs';

const XSS = '<img src=x onerror=alert(1)>';
const FRONT_DESK = { display_name: 'Sam Reception', email: 'sam.reception@demo.clinic', role: 'front_desk', password: 'front desk password 123' };
const PROVIDER = { display_name: 'Dr Lee Park', email: 'lee.park@demo.clinic', role: 'provider', password: 'provider password 12345' };

function intake(birthDate) {
  return {
    patient: { birth_date: birthDate, fitzpatrick: 2 },
    areas: ['forehead'],
    concerns: [{ code: 'fine_lines', severity: 2 }],
  };
}

// A patient with a consultation and a plan, made through the API.
async function patientWithPlan(api, given, family) {
  const patient = await api.ok('POST', '/api/v1/patients', { given_name: given, family_name: family, birth_date: '1980-05-05' });
  const consultation = await api.ok('POST', '/api/v1/consultations', { patient_id: patient.id, intake: intake('1980-05-05') });
  const plan = await api.ok('POST', '/api/v1/plans', { consultation_id: consultation.id });
  return { patient, plan };
}

// Calls the API from inside the page, with its cookie and CSRF token, as the app would.
function fromPage(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/v1/session')).json();
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
}

describe('what the web app must never do', () => {
  let server;
  let browser;
  let owner;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    owner = await apiClient(server, server.owner);
    await inviteStaff(server, owner, FRONT_DESK);
    await inviteStaff(server, owner, PROVIDER);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a patient named like markup is shown as text and runs nothing', async () => {
    const patient = await owner.ok('POST', '/api/v1/patients', { given_name: XSS, family_name: '"><script>alert(2)</script>', birth_date: '1990-01-01' });
    const person = await newPerson(browser, server);
    const { page } = person;
    await logIn(page, { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password });
    await waitReady(page, 'home');
    await page.getByLabel('Name, e-mail or phone').fill('onerror');
    const link = page.getByRole('link', { name: `${XSS} "><script>alert(2)</script>` });
    await link.waitFor();
    await link.click();
    await waitReady(page, 'chart');
    assert.equal(await page.locator('#page-title').innerText(), `${XSS} "><script>alert(2)</script>`);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.locator('main script').count(), 0);
    assert.equal(await page.title(), `${XSS} "><script>alert(2)</script> – Needlepoint`);
    await page.getByRole('link', { name: 'New consultation' }).click();
    await waitReady(page, 'consultation-form');
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await page.waitForTimeout(300); // a dialog, if one were coming, would have opened
    await expectAccessible(page, 'consultation form of the markup-named patient');
    await screenshot(page, 'xss-patient');
    person.check(); // no dialog, no script error, nothing fetched from elsewhere
    assert.ok(patient.id > 0);
  });

  it('front desk sees no clinical page, and the API refuses them too', async () => {
    const { patient, plan } = await patientWithPlan(owner, 'Mary', 'Seacole');
    const person = await newPerson(browser, server);
    const { page } = person;
    await logIn(page, { clinic: server.owner.clinic, email: FRONT_DESK.email, password: FRONT_DESK.password });
    await waitReady(page, 'home');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['Home', 'Today', 'Patients', 'Calendar', 'Hours', 'Requests']); // nothing clinical
    await expectAccessible(page, 'front desk home');
    await screenshot(page, 'front-desk-home');

    await page.goto(`/staff/patients/${patient.id}`);
    await waitReady(page, 'chart');
    assert.equal(await page.getByRole('link', { name: 'New consultation' }).count(), 0);
    await page.locator('.timeline').getByText('Treatment plan').waitFor();
    assert.equal(await page.locator('.timeline').getByText('Consultation').count(), 0);
    await expectAccessible(page, 'front desk chart');
    await screenshot(page, 'front-desk-chart');

    // The plan: dates only, no depth.
    await page.goto(`/staff/plans/${plan.id}`);
    await waitReady(page, 'plan');
    await page.getByText('Depths and clinical details are for the clinic’s providers.').waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /\d\.\d\d\s*mm/);
    await expectAccessible(page, 'front desk plan');

    for (const path of [`/staff/patients/${patient.id}/consultations/new`, '/staff/protocol', '/staff/audit', '/staff/team', `/staff/consultations/1`]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Not available for your role' }).waitFor();
    }
    await expectAccessible(page, 'not available');
    await screenshot(page, 'front-desk-refused');

    const consult = await fromPage(page, 'POST', '/api/v1/consultations', { patient_id: patient.id, intake: intake('1980-05-05') });
    assert.equal(consult.status, 403, consult.text);
    const screen = await fromPage(page, 'POST', '/api/v1/consultations/screen', { patient_id: patient.id, intake: intake('1980-05-05') });
    assert.equal(screen.status, 403, screen.text);
    const list = await fromPage(page, 'GET', `/api/v1/patients/${patient.id}/consultations`);
    assert.equal(list.status, 403, list.text);
    const protocol = await fromPage(page, 'GET', '/api/v1/protocol');
    assert.equal(protocol.status, 403, protocol.text);
    person.check();
  });

  it('a portal user who changes the id in the URL gets nothing', async () => {
    const own = await patientWithPlan(owner, 'Ada', 'Byron');
    const other = await patientWithPlan(owner, 'Florence', 'Nightingale');
    const password = 'ada portal login 2026';
    const account = await owner.ok('POST', `/api/v1/patients/${own.patient.id}/portal-account`, { email: 'ada.byron@mail.example' });
    await acceptInvitation(server, account.invitation, password);
    const person = await newPerson(browser, server);
    const { page } = person;
    await logIn(page, { clinic: server.owner.clinic, email: 'ada.byron@mail.example', password }, '/portal/login');
    await waitReady(page, 'portal');
    await page.goto(`/portal/plans/${own.plan.id}`);
    await waitReady(page, 'portal-plan');
    await page.getByRole('heading', { name: 'Your microneedling plan' }).waitFor();

    await page.goto(`/portal/plans/${other.plan.id}`);
    await page.getByText('There is no plan of yours at this address.').waitFor();
    const text = await page.locator('body').innerText();
    assert.doesNotMatch(text, /Florence|Nightingale/);
    assert.equal(await page.locator('.sessions').count(), 0);
    await expectAccessible(page, 'portal, someone else’s plan');
    await screenshot(page, 'portal-other-plan');

    // Staff pages send the patient back to the portal; the API answers another id as missing.
    await page.goto(`/staff/patients/${other.patient.id}`);
    await page.waitForURL('**/portal');
    for (const path of [`/api/v1/patients/${other.patient.id}`, `/api/v1/patients/${other.patient.id}/plans`, `/api/v1/plans/${other.plan.id}`]) {
      const answer = await fromPage(page, 'GET', path);
      assert.equal(answer.status, 404, `${path}: ${answer.text}`);
      assert.doesNotMatch(answer.text, /Florence|Nightingale/);
    }
    person.check();
  });

  it('a session that expires returns to the login and keeps what was typed', async () => {
    const { patient } = await patientWithPlan(owner, 'Mary', 'Anning');
    const person = await newPerson(browser, server);
    const { page, context } = person;
    const login = { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password };
    await logIn(page, login);
    await waitReady(page, 'home');
    await page.goto(`/staff/patients/${patient.id}/consultations/new`);
    await waitReady(page, 'consultation-form');
    await page.getByRole('group', { name: 'Face' }).getByLabel('Forehead').check();
    await page.getByRole('combobox', { name: 'Concern', exact: true }).selectOption('texture');
    await page.getByRole('combobox', { name: 'Skin type (Fitzpatrick)', exact: true }).selectOption('2');
    await page.getByLabel('Other allergies').fill('latex, plasters');

    await context.clearCookies(); // the session is gone, as after 15 idle minutes
    await page.getByRole('combobox', { name: 'Severity', exact: true }).selectOption('3'); // screens → 401
    await page.getByText('Your session has ended.').waitFor();
    await expectAccessible(page, 'login after expiry');
    await screenshot(page, 'session-expired');
    await page.getByLabel('E-mail').fill(login.email);
    await page.getByLabel('Password').fill(login.password);
    await page.getByRole('button', { name: 'Log in' }).click();

    await waitReady(page, 'consultation-form');
    assert.ok(page.url().endsWith(`/staff/patients/${patient.id}/consultations/new`), page.url());
    await page.getByText('Your unsaved consultation was restored.').waitFor();
    assert.ok(await page.getByRole('group', { name: 'Face' }).getByLabel('Forehead').isChecked());
    assert.equal(await page.getByRole('combobox', { name: 'Concern', exact: true }).inputValue(), 'texture');
    assert.equal(await page.getByRole('combobox', { name: 'Severity', exact: true }).inputValue(), '3');
    assert.equal(await page.getByLabel('Other allergies').inputValue(), 'latex, plasters');
    await page.locator('aside.live .verdict__title').waitFor(); // and it screens again

    // Logging out forgets the draft.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff login' }).waitFor();
    assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('np-draft:')).length), 0);
    person.check();
  });
});
