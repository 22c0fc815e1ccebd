// The clinic's calendar in a real browser against a real server: the owner sets a provider's
// working hours (a span that ends before it starts is refused beside its field) and time off;
// the provider sees the hours read-only for a colleague; the front desk books a consultation
// from a patient's chart — a slot someone else took meanwhile answers 409, which the dialog
// says plainly before it shows the free times again — and then books one. A visitor asks for
// an appointment on the public form (consent to contact required; nothing echoed back); the
// front desk turns the request into a patient with a booked consultation, and for that
// patient's active plan books the whole series in one action (a proposal, one session
// moved, a slot taken meanwhile re-proposed with nothing booked), sees it in the week
// calendar (desktop and 768 px tablet), is refused a reschedule under the plan's minimum
// spacing, reschedules to a free time, cancels (struck through, or hidden with the toggle),
// checks in the consultation (or is told it is not its day yet) and cancels the remaining
// sessions. The owner sets the clinic's mail relay and a message template (a subject naming
// the patient is refused). Every new page is checked with axe and photographed (build/e2e-artifacts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { apiClient, expectAccessible, inviteStaff, isoDate, launchBrowser, logIn, newPerson, screenshot, startServer, waitReady } from './harness.mjs';

const PROVIDER = { display_name: 'Dr Amara Lindqvist', email: 'amara.lindqvist@demo.clinic', role: 'provider', title: 'Dr', password: 'provider passphrase for amara 1' };
const COLLEAGUE = { display_name: 'Dr Joss Whitcombe', email: 'joss.whitcombe@demo.clinic', role: 'provider', title: 'Dr', password: 'provider passphrase for joss 22' };
const DESK = { display_name: 'Rosa Front', email: 'rosa.front@demo.clinic', role: 'front_desk', password: 'front desk passphrase rosa 333' };
const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// The patient's consultation (the one visit without a plan).
function consultationOf(list) {
  const found = list.items.find((a) => a.kind === 'consultation' && a.status !== 'cancelled');
  assert.ok(found, JSON.stringify(list.items));
  return found;
}

describe('the clinic calendar', () => {
  let server;
  let browser;
  let ownerApi;
  let provider;
  let colleague;
  let patient;
  let converted; // the patient the front desk made from a booking request

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
  it('a request from the public form (no login; the robots’ trap hidden from people) becomes a patient with a booked consultation', async () => {
    const visitor = await newPerson(browser, server);
    {
      const { page } = visitor;
      const response = await page.goto(`/book/${server.owner.clinic}`);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-security-policy'], /default-src 'self'/);
      await page.getByRole('heading', { level: 1, name: 'Request an appointment' }).waitFor();
      assert.equal(await page.locator('input[name="website"]').getAttribute('tabindex'), '-1');
      assert.equal(await page.getByRole('textbox', { name: /Website/ }).count(), 0); // not in the accessibility tree
      await expectAccessible(page, 'public booking form');
      await screenshot(page, 'public-booking-form');
      await page.getByLabel('Your name').fill('Beatrix Holloway-Finch');
      await page.getByRole('textbox', { name: 'Phone' }).fill('+44 20 7946 0018');
      await page.getByLabel('When suits you').fill('weekday mornings');
      await page.getByLabel('What are you interested in?').selectOption('Acne scars');
      // Consent to be contacted is required: refused beside its field, nothing sent.
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.locator('#f-consent_to_contact-error').waitFor();
      await expectAccessible(page, 'public booking form with an error');
      await screenshot(page, 'public-booking-error');
      await page.getByLabel('I agree that the clinic may contact me').check();
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Thank you — we will contact you' }).waitFor();
      assert.doesNotMatch(await page.locator('body').innerText(), /Beatrix|7946/); // never echoed
      await screenshot(page, 'public-booking-sent');
    }
    visitor.check();
    await visitor.context.close();

    const desk = await newPerson(browser, server);
    const { page } = desk;
    await logIn(page, { clinic: server.owner.clinic, email: DESK.email, password: DESK.password });
    await waitReady(page, 'home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests' }).click();
    await waitReady(page, 'requests');
    await page.locator('.request-list button', { hasText: 'Beatrix Holloway-Finch' }).click();
    const detail = page.locator('.request-detail');
    await detail.getByText('weekday mornings').waitFor();
    await expectAccessible(page, 'booking-request inbox');
    await screenshot(page, 'requests-inbox');
    await detail.getByRole('button', { name: 'Create patient and book consultation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create patient and book consultation' });
    assert.equal(await dialog.getByLabel('Given name').inputValue(), 'Beatrix');
    assert.equal(await dialog.getByLabel('Family name').inputValue(), 'Holloway-Finch');
    await dialog.getByLabel('Date of birth').fill('1986-09-21');
    await dialog.getByRole('combobox', { name: 'Provider' }).selectOption(String(provider.id));
    await dialog.locator('button.slot').first().click();
    await dialog.getByText('Chosen:').waitFor();
    await expectAccessible(page, 'convert dialog');
    await screenshot(page, 'requests-convert');
    await dialog.getByRole('button', { name: 'Create patient and book', exact: true }).click();
    await detail.locator('.converted').waitFor();
    await detail.getByRole('link', { name: 'Open the patient’s chart' }).click();
    await waitReady(page, 'chart');
    converted = Number(/\/staff\/patients\/(\d+)$/.exec(page.url())[1]);
    await page.getByRole('heading', { level: 1, name: 'Beatrix Holloway-Finch' }).waitFor();
    await page.goto('/staff/requests');
    await waitReady(page, 'requests');
    await page.getByRole('button', { name: 'Consultation booked' }).click();
    await page.locator('.request-list button', { hasText: 'Beatrix Holloway-Finch' }).waitFor();
    desk.check();
    await desk.context.close();
  });

  it('the whole series is booked in one action, a taken slot re-proposed, and shown in the calendar', async () => {
    // The consultation and plan made quickly through the API (the journey test does them in the browser).
    const providerApi = await apiClient(server, { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password });
    const consultation = await providerApi.ok('POST', '/api/v1/consultations', {
      patient_id: converted,
      intake: { patient: { birth_date: '1986-09-21', fitzpatrick: 2 }, areas: ['cheeks'], concerns: [{ code: 'acne_scars', subtype: 'rolling', severity: 2 }] },
    });
    const proposed = await providerApi.ok('POST', '/api/v1/plans', { consultation_id: consultation.id });
    const plan = (await providerApi.ok('PATCH', `/api/v1/plans/${proposed.id}`, { version: proposed.version, status: 'active' })).plan;

    const desk = await newPerson(browser, server);
    const { page } = desk;
    await logIn(page, { clinic: server.owner.clinic, email: DESK.email, password: DESK.password });
    await waitReady(page, 'home');
    await page.goto(`/staff/plans/${plan.id}`);
    await waitReady(page, 'plan');
    const series = page.locator('section.series');
    await series.getByRole('combobox', { name: 'Provider for the series' }).selectOption(String(provider.id));
    await series.getByRole('button', { name: 'Book series' }).click();
    const rows = series.locator('.series-table tbody tr');
    await rows.first().waitFor();
    const count = await rows.count();
    assert.ok(count >= 3, `${count} sessions proposed`);
    await expectAccessible(page, 'series proposal');
    await screenshot(page, 'series-proposal');

    // Move session 2 to another free time.
    const before = await rows.nth(1).locator('time').getAttribute('datetime');
    await rows.nth(1).getByRole('button', { name: 'Move session 2' }).click();
    const move = page.getByRole('dialog', { name: 'Move session 2' });
    const options = move.locator('button.slot');
    await options.first().waitFor();
    const other = (await options.nth(0).getAttribute('data-start')) === before ? options.nth(1) : options.nth(0);
    const movedTo = await other.getAttribute('data-start');
    await other.click();
    await rows.nth(1).getByText('(moved)').waitFor();
    assert.equal(await rows.nth(1).locator('time').getAttribute('datetime'), movedTo);

    // Someone takes session 1's time first: nothing is booked, and a new proposal is shown.
    const firstStart = await rows.nth(0).locator('time').getAttribute('datetime');
    const intruder = await ownerApi.ok('POST', '/api/v1/patients', { given_name: 'Walter', family_name: 'Quickley', birth_date: '1970-02-02' });
    await ownerApi.ok('POST', '/api/v1/appointments', { patient_id: intruder.id, kind: 'consultation', start: firstStart, provider_id: provider.id });
    await series.getByRole('button', { name: `Confirm and book all ${count} sessions` }).click();
    await series.locator('.series-taken').getByText('Nothing was booked').waitFor();
    await page.waitForFunction((taken) => {
      const first = document.querySelector('.series-table tbody tr time');
      return first && first.getAttribute('datetime') !== taken;
    }, firstStart);
    await expectAccessible(page, 'series proposal after a taken slot');
    await screenshot(page, 'series-taken');
    const booked = await ownerApi.ok('GET', `/api/v1/patients/${converted}/appointments`);
    assert.equal(booked.items.filter((a) => a.plan_id === plan.id).length, 0, 'nothing of the series was booked');

    // Confirmed: every session booked in one action.
    const sessionOne = await rows.nth(0).locator('time').getAttribute('datetime');
    await series.getByRole('button', { name: `Confirm and book all ${count} sessions` }).click();
    await series.locator('.series-booked').getByText(`${count} sessions booked in one go.`).waitFor();
    await series.locator('.booked-sessions li').nth(count - 1).waitFor();
    const all = await ownerApi.ok('GET', `/api/v1/patients/${converted}/appointments`);
    assert.equal(all.items.filter((a) => a.plan_id === plan.id && a.status !== 'cancelled').length, count);

    // The calendar, for the provider, in the week of session 1.
    await series.locator('.booked-sessions a').first().click();
    await waitReady(page, 'calendar');
    await page.getByRole('combobox', { name: 'View' }).selectOption('week');
    await page.getByRole('combobox', { name: 'Show' }).selectOption(`provider:${provider.id}`);
    await waitReady(page, 'calendar');
    const item = page.locator(`.cal-day[data-date="${sessionOne.slice(0, 10)}"] .cal-item`, { hasText: 'Treatment session 1/' });
    await item.getByText('Beatrix Holloway-Finch').waitFor();
    await item.click();
    await page.locator('.appointment-detail').getByRole('button', { name: 'Reschedule' }).waitFor();
    await expectAccessible(page, 'calendar week');
    await screenshot(page, 'calendar-week-desktop', { fullPage: false });
    await page.setViewportSize({ width: 768, height: 1024 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the calendar is ${overflow}px wider than a 768 px screen`);
    await screenshot(page, 'calendar-week-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Rescheduling session 1 to 3 days before session 2 is under the plan's minimum: the front
    // desk is told that only a provider may do that; a free time from the list is accepted.
    const detail = page.locator('.appointment-detail');
    const sessionTwo = all.items.find((a) => a.plan_id === plan.id && a.session_number === 2);
    const tooClose = `${isoDate(new Date(Date.parse(`${sessionTwo.start_local.slice(0, 10)}T00:00:00Z`) - 3 * 86400000))}T10:00`;
    await detail.getByRole('button', { name: 'Reschedule' }).click();
    const reschedule = page.getByRole('dialog', { name: 'Reschedule: Beatrix Holloway-Finch' });
    await reschedule.getByLabel('Or type a start').fill(tooClose);
    await reschedule.getByRole('button', { name: 'Move to this time' }).click();
    await reschedule.getByText('Too close to the neighbouring session.').waitFor();
    await reschedule.getByText('Only a provider can move a session closer').waitFor();
    await expectAccessible(page, 'reschedule dialog with a spacing refusal');
    await screenshot(page, 'reschedule-spacing');
    const target = await reschedule.locator('button.slot').first().getAttribute('data-start');
    await reschedule.locator('button.slot').first().click();
    await detail.getByText(`Moved to`).waitFor();
    const sessionOneId = all.items.find((a) => a.plan_id === plan.id && a.session_number === 1).id;
    const moved = await ownerApi.ok('GET', `/api/v1/appointments/${sessionOneId}`);
    assert.equal(moved.start_local, target);

    // Cancelled: struck through in the calendar, or hidden with the toggle.
    await detail.getByRole('button', { name: 'Cancel appointment' }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel: Beatrix Holloway-Finch' });
    await expectAccessible(page, 'cancel dialog');
    await cancel.getByRole('button', { name: 'Cancel the appointment' }).click();
    await detail.getByText('Cancelled.').waitFor();
    await page.goto(`/staff/calendar?view=week&date=${target.slice(0, 10)}&show=provider:${provider.id}`);
    await waitReady(page, 'calendar');
    const struck = page.locator('.cal-item--cancelled', { hasText: 'Beatrix Holloway-Finch' });
    await struck.first().waitFor();
    assert.equal(await struck.first().locator('.cal-item__what').evaluate((e) => getComputedStyle(e).textDecorationLine), 'line-through');
    await page.getByLabel('Show cancelled').uncheck();
    await page.getByText('cancelled hidden').waitFor();
    assert.equal(await page.locator('.cal-item--cancelled').count(), 0);

    // The consultation booked from the chart: checked in on its day, refused before it.
    const consult = consultationOf(await ownerApi.ok('GET', `/api/v1/patients/${converted}/appointments`));
    const clinic = await ownerApi.ok('GET', '/api/v1/clinic');
    const clinicToday = new Intl.DateTimeFormat('en-CA', { timeZone: clinic.time_zone }).format(new Date());
    await page.goto(`/staff/calendar?view=day&date=${consult.start_local.slice(0, 10)}&appointment=${consult.id}`);
    await waitReady(page, 'calendar');
    await detail.getByRole('button', { name: 'Check in' }).click();
    if (consult.start_local.slice(0, 10) === clinicToday) {
      await detail.getByText('Checked in.').waitFor();
      await detail.getByRole('button', { name: 'Complete' }).waitFor();
    } else {
      await detail.getByText('checked in on the day of the visit').waitFor();
    }
    await expectAccessible(page, 'calendar day with a visit open');
    await screenshot(page, 'calendar-day');

    // The rest of the series cancelled together from the plan.
    await page.goto(`/staff/plans/${plan.id}`);
    await waitReady(page, 'plan');
    await series.getByRole('button', { name: `Cancel remaining sessions (${count - 1})` }).click();
    await series.locator('.series-cancelled').getByText(`${count - 1} remaining sessions cancelled.`).waitFor();
    const after = await ownerApi.ok('GET', `/api/v1/patients/${converted}/appointments`);
    assert.equal(after.items.filter((a) => a.plan_id === plan.id && a.status !== 'cancelled').length, 0);
    desk.check();
    await desk.context.close();
  });

  it('the owner sets the clinic’s mail relay and a reminder’s wording; a subject with a patient’s name is refused beside it', async () => {
    const owner = await newPerson(browser, server);
    const { page } = owner;
    await logIn(page, server.owner);
    await waitReady(page, 'home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mail' }).click();
    await waitReady(page, 'mail');
    await page.getByRole('heading', { level: 1, name: 'E-mail and reminders' }).waitFor();
    const relay = page.locator('form[aria-labelledby="relay-heading"]');
    await relay.getByLabel('Relay', { exact: true }).fill('ftp://mail.example:21');
    await relay.getByLabel('From address').fill('desk@harbour.example');
    await relay.getByRole('button', { name: 'Save mail settings' }).click();
    await relay.locator('#f-relay-error').waitFor();
    await relay.getByLabel('Relay', { exact: true }).fill('smtp://127.0.0.1:2525');
    await relay.getByLabel('From name').fill('Harbour Skin');
    await relay.getByLabel('Patient portal address').fill('https://harbour.example');
    await relay.getByLabel('Encryption (STARTTLS)').selectOption('none');
    await relay.getByRole('button', { name: 'Save mail settings' }).click();
    await relay.getByText('Mail settings saved.').waitFor();
    const settings = await ownerApi.ok('GET', '/api/v1/clinic/mail');
    assert.equal(settings.relay, 'smtp://127.0.0.1:2525');
    assert.equal(settings.portal_url, 'https://harbour.example');
    assert.equal(settings.password_set, false);

    const template = page.locator('form.template[data-kind="prep_7d"]');
    await template.getByRole('heading', { name: /Preparation, 7 days before/ }).waitFor();
    await template.getByLabel('Subject').fill('{first_name}, your visit at {clinic}');
    await template.getByRole('button', { name: 'Save template' }).click();
    await template.locator('.field-error').first().waitFor();
    await expectAccessible(page, 'mail settings with a refused subject');
    await template.getByLabel('Subject').fill('Getting ready at {clinic}');
    await template.getByRole('button', { name: 'Save template' }).click();
    await template.getByText('Template saved.').waitFor();
    const templates = await ownerApi.ok('GET', '/api/v1/clinic/message-templates');
    const saved = templates.items.find((t) => t.kind === 'prep_7d');
    assert.equal(saved.subject, 'Getting ready at {clinic}');
    assert.equal(saved.is_default, false);
    await screenshot(page, 'mail-settings');
    owner.check();
    await owner.context.close();
  });
});
