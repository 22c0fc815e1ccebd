// The clinic's calendar in a real browser against a real server: the owner sets a provider's
// working hours (a span that ends before it starts is refused beside its field) and time off;
// the provider sees the hours read-only for a colleague; the front desk books a consultation
// from a patient's chart — a slot someone else took meanwhile answers 409, which the dialog
// says plainly before it shows the free times again — and then books one. Every new page is
// checked with axe and photographed (build/e2e-artifacts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { apiClient, expectAccessible, inviteStaff, launchBrowser, logIn, newPerson, screenshot, startServer, waitReady } from './harness.mjs';

const PROVIDER = { display_name: 'Dr Amara Lindqvist', email: 'amara.lindqvist@demo.clinic', role: 'provider', title: 'Dr', password: 'provider passphrase for amara 1' };
const COLLEAGUE = { display_name: 'Dr Joss Whitcombe', email: 'joss.whitcombe@demo.clinic', role: 'provider', title: 'Dr', password: 'provider passphrase for joss 22' };
const DESK = { display_name: 'Rosa Front', email: 'rosa.front@demo.clinic', role: 'front_desk', password: 'front desk passphrase rosa 333' };
const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

describe('the clinic calendar', () => {
  let server;
  let browser;
  let ownerApi;
  let provider;
  let colleague;
  let patient;

  before(async () => {
    server = await startServer({ demoPatients: 5 });
    browser = await launchBrowser();
    ownerApi = await apiClient(server, server.owner);
    provider = await inviteStaff(server, ownerApi, PROVIDER);
    colleague = await inviteStaff(server, ownerApi, COLLEAGUE);
    await inviteStaff(server, ownerApi, DESK);
    patient = await ownerApi.ok('POST', '/api/v1/patients', { given_name: 'Imogen', family_name: 'Calloway', birth_date: '1979-05-02', email: 'imogen@mail.example' });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the owner sets a provider’s working week and time off; a span ending before it starts is refused beside its field', async () => {
    const owner = await newPerson(browser, server);
    const { page } = owner;
    await logIn(page, server.owner);
    await waitReady(page, 'home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hours' }).click();
    await waitReady(page, 'hours');
    await page.getByRole('combobox', { name: 'Provider' }).selectOption(String(provider.id));
    await waitReady(page, 'hours');
    const form = page.locator('form.hours-form');
    await form.locator('fieldset[data-day="mon"]').getByText('Day off').waitFor();
    // Every day of the week, so that free times exist whatever day the test runs.
    for (const day of WEEK) {
      await form.getByRole('button', { name: `Add hours on ${day}` }).click();
      await form.getByLabel(`From (${day} 1)`).fill('07:00');
      await form.getByLabel(`To (${day} 1)`).fill('22:00');
    }
    await form.getByRole('button', { name: 'Add hours on Monday' }).click();
    await form.getByLabel('From (Monday 2)').fill('23:00');
    await form.getByLabel('To (Monday 2)').fill('22:30');
    await form.getByRole('button', { name: 'Save working hours' }).click();
    await form.locator('.error-summary').waitFor();
    await form.locator('fieldset[data-day="mon"] .field-error').first().waitFor();
    await expectAccessible(page, 'working hours with an error');
    await screenshot(page, 'hours-error');
    await form.getByRole('button', { name: 'Remove Monday span 2' }).click();
    await form.getByRole('button', { name: 'Save working hours' }).click();
    await form.getByText('Working hours saved.').waitFor();
    const saved = await ownerApi.ok('GET', `/api/v1/providers/${provider.id}/hours`);
    assert.deepEqual(saved.hours.mon, [{ from: '07:00', to: '22:00' }]);
    assert.deepEqual(saved.hours.sun, [{ from: '07:00', to: '22:00' }]);

    // Time off far ahead (a week of it, a year out): listed, and removable.
    const year = new Date().getUTCFullYear() + 1;
    const timeOff = page.locator('form.time-off-form');
    await timeOff.getByLabel('From').fill(`${year}-03-02T00:00`);
    await timeOff.getByLabel('Until').fill(`${year}-03-01T00:00`);
    await timeOff.getByRole('button', { name: 'Add time off' }).click();
    await page.locator('#f-to-error').waitFor();
    await timeOff.getByLabel('Until').fill(`${year}-03-09T00:00`);
    await timeOff.getByRole('button', { name: 'Add time off' }).click();
    await page.getByText(`Time off added: ${year}-03-02 00:00 – ${year}-03-09 00:00.`).waitFor();
    await page.locator('.time-off-list li strong').getByText(`${year}-03-02 00:00`, { exact: true }).waitFor();
    await expectAccessible(page, 'working hours and time off');
    await screenshot(page, 'hours');
    owner.check();
    await owner.context.close();
  });

  it('a provider sees a colleague’s hours read-only and may change their own', async () => {
    await ownerApi.ok('PUT', `/api/v1/providers/${colleague.id}/hours`, { hours: { tue: [{ from: '10:00', to: '16:00' }] } });
    const person = await newPerson(browser, server);
    const { page } = person;
    await logIn(page, { clinic: server.owner.clinic, email: COLLEAGUE.email, password: COLLEAGUE.password });
    await waitReady(page, 'home');
    await page.goto(`/staff/hours?provider=${provider.id}`);
    await waitReady(page, 'hours');
    await page.getByText('You can change only your own hours.').waitFor();
    await page.getByRole('row', { name: /Monday 07:00–22:00/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save working hours' }).count(), 0);
    await page.getByRole('combobox', { name: 'Provider' }).selectOption(String(colleague.id));
    await page.locator('form.hours-form fieldset[data-day="tue"]').getByLabel('From (Tuesday 1)').waitFor();
    assert.equal(await page.getByLabel('From (Tuesday 1)').inputValue(), '10:00');
    await expectAccessible(page, 'own working hours');
    person.check();
    await person.context.close();
  });

  it('the front desk books a consultation from the chart; a slot taken meanwhile is refused plainly and the times refresh', async () => {
    const desk = await newPerson(browser, server);
    const { page } = desk;
    await logIn(page, { clinic: server.owner.clinic, email: DESK.email, password: DESK.password });
    await waitReady(page, 'home');
    await page.goto(`/staff/patients/${patient.id}`);
    await waitReady(page, 'chart');
    await page.getByRole('button', { name: 'Book a consultation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Book a consultation for Imogen Calloway' });
    await dialog.getByRole('combobox', { name: 'Provider' }).selectOption(String(provider.id));
    const first = dialog.locator('button.slot').first();
    await first.waitFor();
    const start = await first.getAttribute('data-start');
    assert.match(start, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await expectAccessible(page, 'booking dialog');
    await screenshot(page, 'book-consultation');

    // Someone else books that start first (another patient, the same provider).
    const other = await ownerApi.ok('POST', '/api/v1/patients', { given_name: 'Tobias', family_name: 'Early', birth_date: '1990-01-01' });
    await ownerApi.ok('POST', '/api/v1/appointments', { patient_id: other.id, kind: 'consultation', start, provider_id: provider.id });
    await first.click();
    await dialog.getByText('That time was just taken.').waitFor();
    await dialog.getByText('nothing was booked').waitFor();
    await dialog.locator('button.slot').first().waitFor();
    await page.waitForFunction((taken) => !document.querySelector(`dialog button.slot[data-start="${taken}"]`), start);
    await expectAccessible(page, 'booking dialog after a taken slot');
    await screenshot(page, 'book-consultation-taken');

    const next = await dialog.locator('button.slot').first().getAttribute('data-start');
    await dialog.locator('button.slot').first().click();
    await dialog.locator('.booked').getByText(next.slice(11)).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    assert.equal(await page.getByRole('dialog').count(), 0);
    const booked = await ownerApi.ok('GET', `/api/v1/slots?kind=consultation&from=${next.slice(0, 10)}&days=1&count=100&provider_id=${provider.id}`);
    assert.ok(!booked.items.some((s) => s.start_local === next), 'the booked start is no longer free');
    desk.check();
    await desk.context.close();
  });
});
