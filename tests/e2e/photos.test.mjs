// Before/after photos in a real browser against a real server (issue 13): the owner publishes
// the clinic's own photography consent text over the demo wording on the consent screen (an
// empty text refused beside its field);
// a provider opens a patient's photos from the chart, is refused an upload plainly for want
// of the patient's consent, records the signature, uploads a baseline and a follow-up (the
// baseline shown as a ghost over the follow-up's preview in the capture guide), and opens
// the comparison: side by side, a wipe slider over the registered pair moved by keyboard, the
// feature overlays with their legend, each metric's change against its minimal detectable
// change, and the trend charts. The patient, in the portal, signs a newer consent version
// themselves, sees only their own photos (another patient's photo id answers as not found)
// and takes one with the camera (Chromium's synthetic one), marked as taken by them; staff see
// it marked so, and the screens say why that test pattern (no colour card) is neither measured
// in millimetres nor aligned with the baseline. The photos are phantom renders with a colour card
// (tests/e2e/fixtures/README.md). Every new page is checked with axe and photographed at
// desktop and 768 px tablet widths (build/e2e-artifacts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { acceptInvitation, apiClient, artifacts, expectAccessible, inviteStaff, launchBrowser, logIn, newPerson, root, screenshot, startServer, waitReady } from './harness.mjs';

const PROVIDER = { display_name: 'Dr Ines Okafor', email: 'ines.okafor@demo.clinic', role: 'provider', title: 'Dr', password: 'provider passphrase for ines 77' };
const PATIENT = { given_name: 'Mireille', family_name: 'Achterberg', birth_date: '1984-07-19', email: 'mireille@mail.example' };
const PORTAL_PASSWORD = 'sunlit garden portal passphrase 2026';
const BEFORE_JPG = path.join(root, 'tests/e2e/fixtures/phantom-before.jpg');
const AFTER_JPG = path.join(root, 'tests/e2e/fixtures/phantom-after.jpg');
const TABLET = { width: 768, height: 1024 };
const DESKTOP = { width: 1280, height: 900 };

// Uploads a photo with a bearer token (setting up what a test is not about).
async function uploadAs(server, login, patientId, file, query) {
  const session = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(login) });
  const { token } = await session.json();
  const response = await fetch(`${server.url}/api/v1/patients/${patientId}/photos?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/jpeg' },
    body: fs.readFileSync(file),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return JSON.parse(text);
}

// Waits until every <img> on the page has loaded (and none failed).
async function imagesLoaded(page) {
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const broken = await page.evaluate(() => [...document.images].filter((img) => img.naturalWidth === 0).map((img) => img.src));
  assert.deepEqual(broken, []);
}

describe('before/after photos', () => {
  let server;
  let browser;
  let ownerApi;
  let patient;
  let otherPhoto; // another patient's photo, which the portal must not show
  let baselineId;
  let provider; // the provider's browser, kept from the upload to the comparison

  before(async () => {
    server = await startServer({ demoPatients: 2 });
    browser = await launchBrowser({ fakeCamera: true });
    ownerApi = await apiClient(server, server.owner);
    await inviteStaff(server, ownerApi, PROVIDER);
    patient = await ownerApi.ok('POST', '/api/v1/patients', PATIENT);
  });
  after(async () => {
    await provider?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('the owner publishes the clinic’s own photography consent over the demo wording; an empty text is refused beside its field', async () => {
    const owner = await newPerson(browser, server);
    const { page } = owner;
    await logIn(page, server.owner);
    await waitReady(page, 'home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consents' }).click();
    await waitReady(page, 'consent-texts');
    // The demo clinic comes with a demo wording as version 1.
    await page.locator('section[data-kind="photography"] article[data-version="1"]').getByText('Current').waitFor();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('photography');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('#f-text-error').getByText('must not be empty').waitFor();
    assert.equal(await page.getByLabel('Text the patient signs').getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'consent texts with an error');
    await page.getByLabel('Text the patient signs').fill('I agree that the clinic photographs my skin before, during and after treatment, to measure the results. The photos stay in my record.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published Photography consent, version 2.').waitFor();
    await page.locator('section[data-kind="photography"] article[data-version="2"]').getByText('Current').waitFor();
    assert.equal(await page.locator('section[data-kind="photography"] article[data-version="1"]').getByText('Current').count(), 0);
    await expectAccessible(page, 'consent texts');
    await screenshot(page, 'photos-consent-texts');
    owner.check();
    await owner.context.close();
  });

  it('a provider is refused an upload without consent, records the signature, and uploads a baseline and a follow-up with the ghost guide', async () => {
    provider = await newPerson(browser, server);
    const { page } = provider;
    await logIn(page, { clinic: server.owner.clinic, email: PROVIDER.email, password: PROVIDER.password });
    await waitReady(page, 'home');
    await page.goto(`/staff/patients/${patient.id}`);
    await waitReady(page, 'chart');
    await page.getByRole('link', { name: 'Before/after photos' }).click();
    await waitReady(page, 'photos');
    await page.getByRole('heading', { level: 1, name: 'Photos' }).waitFor();
    await page.locator('[data-consent="missing"]').waitFor();
    await page.getByText('No photos yet. Upload the baseline first.').waitFor();

    // A file that is no photo, or a cut-off one, is refused beside the file field.
    const upload = page.locator('section.upload');
    await upload.getByRole('combobox', { name: 'Timepoint' }).selectOption('baseline');
    await upload.locator('#f-file').setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
    await upload.locator('#f-file-error').getByText('is not a JPEG or PNG photo').waitFor();
    assert.equal(await upload.locator('#f-file').getAttribute('aria-invalid'), 'true');
    await upload.locator('#f-file').setInputFiles({ name: 'cut.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(BEFORE_JPG).subarray(0, 20000) });
    await upload.locator('#f-file-error').getByText('cannot be read as an image').waitFor();
    // One the browser reads but the API's gate refuses (a side over 10,000 px): its reason, beside the field.
    const strip = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(10001, 2);
      canvas.getContext('2d').fillRect(0, 0, 10001, 2);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    await upload.locator('#f-file').setInputFiles({ name: 'strip.png', mimeType: 'image/png', buffer: Buffer.from(strip) });
    await upload.getByRole('button', { name: 'Upload the photo' }).click();
    await upload.locator('#f-file-error').getByText(/was refused: .*over the 10000 pixel limit/).waitFor();
    await upload.locator('.error-summary').waitFor();
    await expectAccessible(page, 'photos: a file refused');
    await screenshot(page, 'photos-file-refused');
    // Without the consent the API refuses the upload; the page says so and offers the signature.
    await upload.locator('#f-file').setInputFiles(BEFORE_JPG);
    await upload.locator('canvas.capture__preview:not(.capture__hidden)').waitFor();
    await upload.getByRole('button', { name: 'Upload the photo' }).click();
    const refusal = upload.locator('[data-refusal="consent"]');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /Upload refused: the patient has not signed the current photography consent/);
    await expectAccessible(page, 'photos: upload refused for want of consent');
    await screenshot(page, 'photos-refused');
    await refusal.getByRole('link', { name: 'Record the signature' }).click();
    const nameField = page.getByLabel('The patient’s full name, typed by the patient');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'f-typed_name');
    // An empty name is refused beside its field.
    await page.getByRole('button', { name: 'Record the signature' }).click();
    await page.locator('#f-typed_name-error').getByText('must not be empty').waitFor();
    await nameField.fill('Mireille Achterberg');
    await page.getByRole('button', { name: 'Record the signature' }).click();
    await page.locator('[data-consent="current"]').waitFor();

    // The baseline, now accepted and measured.
    await upload.getByRole('button', { name: 'Upload the photo' }).click();
    await upload.getByText('Uploaded: Baseline, front.').waitFor();
    await waitReady(page, 'photos');
    const baselineTile = page.locator('.photo-group[data-timepoint="baseline"] .photo-tile');
    await baselineTile.getByText('Measured').waitFor();
    baselineId = Number(await baselineTile.getAttribute('data-photo'));

    // The follow-up: the baseline is laid over its preview as a see-through guide.
    await upload.getByRole('combobox', { name: 'Timepoint' }).selectOption('session_3');
    await upload.getByRole('combobox', { name: 'View' }).selectOption('front');
    const ghost = upload.locator('img.capture__ghost');
    await ghost.waitFor();
    assert.equal(await ghost.getAttribute('src'), `/api/v1/photos/${baselineId}/image`);
    await upload.locator('#f-file').setInputFiles(AFTER_JPG);
    await upload.locator('canvas.capture__preview:not(.capture__hidden)').waitFor();
    assert.ok(!(await ghost.getAttribute('class')).includes('capture__ghost--alone'), 'the ghost lies over the preview');
    assert.equal(await ghost.evaluate((img) => getComputedStyle(img).opacity), '0.45');
    const frame = await upload.locator('.capture__frame').boundingBox();
    const ghostBox = await ghost.boundingBox();
    assert.deepEqual([Math.round(ghostBox.width), Math.round(ghostBox.height)], [Math.round(frame.width), Math.round(frame.height)]);
    await imagesLoaded(page);
    await expectAccessible(page, 'photos: capture guide');
    await upload.scrollIntoViewIfNeeded();
    await screenshot(page, 'photos-capture-guide');
    // Switching the guide off removes the ghost.
    await upload.getByLabel('Show the baseline (front) over the preview').uncheck();
    assert.equal(await ghost.count(), 0);
    await upload.getByLabel('Show the baseline (front) over the preview').check();
    await upload.getByRole('button', { name: 'Upload the photo' }).click();
    await upload.getByText('Uploaded: Session 3, front.').waitFor();
    await waitReady(page, 'photos');
    await page.locator('.photo-group[data-timepoint="session_3"] .photo-tile').getByText('Measured').waitFor();
    // The trend of each metric over the two measured timepoints, on the photos page already.
    const spotsTrend = page.locator('figure.trend[data-metric="spots.count"]');
    await spotsTrend.locator('g.trend__point[data-timepoint="session_3"]').waitFor();
    assert.equal(await spotsTrend.locator('g.trend__point').count(), 2);
    await imagesLoaded(page);
    await expectAccessible(page, 'photos');
    await screenshot(page, 'photos');
    await page.setViewportSize(TABLET);
    await screenshot(page, 'photos-tablet');
    await page.setViewportSize(DESKTOP);

    // One photo: the original and its measurements; a note is saved.
    await page.locator('.photo-group[data-timepoint="baseline"] .photo-tile a').click();
    await waitReady(page, 'photo');
    await page.getByRole('heading', { level: 1, name: 'Baseline, front' }).waitFor();
    await page.locator('[data-analysis="metrics"]').getByText('Spots').waitFor();
    await page.getByLabel('Capture notes').fill('Window light, 40 cm, card at the chin');
    await page.getByRole('button', { name: 'Save the notes' }).click();
    await page.getByText('Saved.').waitFor();
    await imagesLoaded(page);
    await expectAccessible(page, 'photo');
    await screenshot(page, 'photos-one');
    await page.getByRole('link', { name: 'Photos', exact: true }).click();
    await waitReady(page, 'photos');
    await page.locator('.photo-tile__notes').getByText('Window light, 40 cm, card at the chin').waitFor();
    provider.check();
  });

  it('the comparison shows the pair side by side, a wipe moved by keyboard, the overlays, the changes and the trend', async () => {
    const { page } = provider;
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Compare' }) });
    assert.equal(await form.getByRole('combobox', { name: 'Before' }).inputValue(), String(baselineId));
    // The same photo on both sides is refused beside the field.
    await form.getByRole('combobox', { name: 'After' }).selectOption(String(baselineId));
    await form.getByRole('button', { name: 'Compare' }).click();
    await page.locator('#f-after_id-error').getByText('choose a different photo').waitFor();
    const options = await form.getByRole('combobox', { name: 'After' }).locator('option').allTextContents();
    const followUp = options.find((o) => o.startsWith('Session 3, front'));
    await form.getByRole('combobox', { name: 'After' }).selectOption({ label: followUp });
    await form.getByRole('button', { name: 'Compare' }).click();
    await waitReady(page, 'compare', 30000);
    await page.getByRole('heading', { level: 1, name: 'Comparison' }).waitFor();
    await page.locator('[data-registration="ok"]').waitFor();

    // Side by side, and the wipe over the registered pair.
    await page.getByRole('img', { name: 'Baseline, front on the left, Session 3, front aligned to it on the right' }).waitFor();
    const slider = page.getByRole('slider', { name: /Wipe/ });
    assert.equal(await slider.inputValue(), '50');
    const clip = page.locator('rect.wipe__clip');
    const width = Number(await page.locator('svg.wipe__view').evaluate((svg) => svg.viewBox.baseVal.width));
    assert.equal(Number(await clip.getAttribute('x')), Math.round(width / 2));
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await slider.inputValue(), '55');
    assert.equal(await slider.getAttribute('aria-valuetext'), '55% Baseline, front, 45% Session 3, front');
    assert.equal(Number(await clip.getAttribute('x')), Math.round(width * 0.55));
    assert.equal(Number(await page.locator('line.wipe__line').getAttribute('x1')), Math.round(width * 0.55));
    await page.keyboard.press('Home');
    assert.equal(await slider.inputValue(), '0');
    assert.equal(Number(await clip.getAttribute('width')), width);
    await page.keyboard.press('End');
    assert.equal(await slider.inputValue(), '100');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowLeft');
    const moved = Number(await slider.inputValue());
    assert.ok(moved < 100 && moved > 50, `the wipe moved back to ${moved}`);

    // The feature overlays in their fixed colours, with the legend.
    const legend = page.getByRole('list', { name: 'Legend' });
    assert.deepEqual(await legend.locator('li').allInnerTexts(), ['Spots (outlined)', 'Lines and wrinkles', 'Pores (circled)']);
    assert.equal(await legend.locator('.swatch--lines').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(0, 200, 0)');
    await page.getByRole('img', { name: 'Baseline, front with the features marked' }).waitFor();
    await page.getByRole('img', { name: 'Session 3, front with the features marked' }).waitFor();

    // Each metric's change, its minimal detectable change and whether it is beyond it.
    const spots = page.locator('table[data-changes] tr[data-metric="spots.count"]');
    const cells = await spots.locator('td').allInnerTexts();
    assert.equal(cells.length, 5);
    const [beforeCount, afterCount, change, mdc, verdict] = cells;
    assert.equal(Number(change.replace('−', '-')), Number(afterCount) - Number(beforeCount));
    assert.match(mdc, /^±\d+$/);
    assert.equal(verdict, Math.abs(Number(afterCount) - Number(beforeCount)) > Number(mdc.slice(1)) ? 'Significant' : 'Within noise');
    assert.ok((await page.locator('table[data-changes] tbody tr').count()) >= 8);

    // The trend: one chart per metric, a point per measured timepoint.
    const trend = page.locator('figure.trend[data-metric="spots.count"]');
    await trend.waitFor();
    assert.deepEqual(await trend.locator('g.trend__point').evaluateAll((gs) => gs.map((g) => g.dataset.timepoint)), ['baseline', 'session_3']);
    assert.deepEqual(await trend.locator('.trend__value').allTextContents(), [beforeCount, afterCount].map((v) => String(Math.round(Number(v)))));
    assert.ok((await page.locator('figure.trend').count()) >= 8);
    await imagesLoaded(page);
    await expectAccessible(page, 'comparison');
    await screenshot(page, 'photos-compare');
    await page.locator('section[aria-labelledby="trend-heading"]').screenshot({ path: path.join(artifacts, 'photos-compare-trend.png') });
    await page.locator('section[aria-labelledby="wipe-heading"]').screenshot({ path: path.join(artifacts, 'photos-compare-wipe.png') });
    await page.setViewportSize(TABLET);
    await expectAccessible(page, 'comparison (tablet)');
    await screenshot(page, 'photos-compare-tablet');
    await page.setViewportSize(DESKTOP);
    provider.check();
  });

  it('the patient signs the newer consent in the portal, sees only their own photos and adds one, marked as theirs', async () => {
    // Another patient's photo, and a newer consent text the patient has not signed.
    const other = await ownerApi.ok('POST', '/api/v1/patients', { given_name: 'Oskar', family_name: 'Brandvold', birth_date: '1990-01-02' });
    const texts = await ownerApi.ok('GET', '/api/v1/consent-texts');
    const signed = texts.items.find((t) => t.kind === 'photography' && t.current);
    await ownerApi.ok('POST', `/api/v1/patients/${other.id}/consents`, { kind: 'photography', text_id: signed.id, typed_name: 'Oskar Brandvold' });
    otherPhoto = await uploadAs(server, server.owner, other.id, BEFORE_JPG, { timepoint: 'baseline', view: 'front' });
    await ownerApi.ok('POST', '/api/v1/consent-texts', { kind: 'photography', text: 'I agree that the clinic photographs my skin (version 3: photos may be shown to me in the portal).' });
    const account = await ownerApi.ok('POST', `/api/v1/patients/${patient.id}/portal-account`, {});
    await acceptInvitation(server, account.invitation, PORTAL_PASSWORD);

    const person = await newPerson(browser, server);
    const { page } = person;
    await logIn(page, { clinic: server.owner.clinic, email: PATIENT.email, password: PORTAL_PASSWORD }, '/portal/login');
    await waitReady(page, 'portal');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My photos' }).click();
    await waitReady(page, 'portal-photos');
    const ids = await page.locator('.photo-tile').evaluateAll((tiles) => tiles.map((t) => Number(t.dataset.photo)));
    assert.equal(ids.length, 2);
    assert.ok(!ids.includes(otherPhoto.id));
    // Version 3 is current: the patient's version-2 signature no longer counts.
    await page.locator('[data-consent="missing"]').getByText('You have not signed').waitFor();
    await page.getByRole('heading', { name: 'Photography consent (version 3)' }).waitFor();
    await page.getByLabel('Your full name, as your signature').fill('Mireille Achterberg');
    await page.getByRole('button', { name: 'Sign the photography consent' }).click();
    await page.locator('[data-consent="current"]').getByText('You have signed').waitFor();

    // The patient takes the photo with the (synthetic) camera, the baseline laid over its view.
    const upload = page.locator('section.upload');
    await upload.getByRole('combobox', { name: 'Timepoint' }).selectOption('month_1');
    await upload.locator('img.capture__ghost').waitFor();
    await upload.getByRole('button', { name: 'Use the camera' }).click();
    const camera = upload.locator('video.capture__preview');
    await camera.waitFor();
    await page.waitForFunction(() => document.querySelector('video.capture__preview').videoWidth > 0);
    assert.ok(!(await upload.locator('img.capture__ghost').getAttribute('class')).includes('capture__ghost--alone'), 'the ghost lies over the camera view');
    await upload.getByRole('button', { name: 'Take the photo' }).click();
    await upload.locator('canvas.capture__preview:not(.capture__hidden)').waitFor();
    assert.equal(await camera.count(), 0);
    await upload.getByRole('button', { name: 'Add the photo' }).click();
    await upload.getByText('Uploaded: 1 month after, front.').waitFor();
    const mine = page.locator('.photo-group[data-timepoint="month_1"] .photo-tile');
    await mine.getByText('Taken by you').waitFor();
    await imagesLoaded(page);
    await expectAccessible(page, 'portal photos');
    await screenshot(page, 'photos-portal');
    await page.setViewportSize(TABLET);
    await screenshot(page, 'photos-portal-tablet');
    await page.setViewportSize(DESKTOP);

    await mine.locator('a').click();
    await waitReady(page, 'portal-photo');
    await page.getByRole('heading', { level: 1, name: '1 month after, front' }).waitFor();
    await page.locator('.photo-full').getByText('Taken by you').waitFor();
    await imagesLoaded(page);
    await expectAccessible(page, 'portal photo');
    // Another patient's photo id in the address: not found, and no image is fetched.
    await page.goto(`/portal/photos/${otherPhoto.id}`);
    await waitReady(page, 'portal-photo');
    await page.getByText('There is no photo of yours at this address.').waitFor();
    assert.equal(await page.locator('img').count(), 0);
    const direct = await page.evaluate(async (id) => (await fetch(`/api/v1/photos/${id}/image`)).status, otherPhoto.id);
    assert.equal(direct, 404);
    await expectAccessible(page, 'portal photo not found');
    await screenshot(page, 'photos-portal-not-found');
    person.check();
    await person.context.close();
  });

  it('staff see the patient’s photo marked as theirs; without a card it is not measured in millimetres nor aligned, and the screens say why', async () => {
    const { page } = provider;
    await page.goto(`/staff/patients/${patient.id}/photos`);
    await waitReady(page, 'photos');
    const theirs = page.locator('.photo-group[data-timepoint="month_1"] .photo-tile');
    await theirs.getByText('Patient-taken').waitFor();
    assert.equal(await theirs.getByText('Measured').count(), 0);
    const theirsId = Number(await theirs.getAttribute('data-photo'));
    // The synthetic camera's moving test pattern: no colour card, so never measured in
    // millimetres (and, in some frames, too bright to measure at all); the page says which.
    await theirs.locator('a').click();
    await waitReady(page, 'photo');
    await page.getByRole('button', { name: 'Measure the photo' }).click();
    const measure = page.locator('section[aria-labelledby="measure-heading"]');
    await measure.getByRole('button', { name: 'Measure again' }).waitFor({ timeout: 30000 });
    const said = await measure.innerText();
    assert.match(said, /Not measurable: [a-z_, ]+\. Take the photo again\.|No colour card found: colour metrics are left out and sizes are in pixels\./, said);
    assert.doesNotMatch(said, /mm²|\(mm\)|Skin tone/, said);
    // Compared with the baseline, it cannot be aligned: no changes are claimed.
    await page.goto(`/staff/patients/${patient.id}/photos/compare?before=${baselineId}&after=${theirsId}`);
    await waitReady(page, 'compare', 30000);
    const failed = page.locator('[data-registration="failed"]');
    await failed.waitFor();
    assert.match(await failed.innerText(), /could not be aligned \(.+\): the metrics are not compared/);
    await page.getByText('Not compared: the photos could not be aligned.').waitFor();
    assert.equal(await page.locator('table[data-changes]').count(), 0);
    await page.getByRole('img', { name: 'Baseline, front on the left, 1 month after, front not aligned on the right' }).waitFor();
    assert.equal(await page.getByRole('slider').count(), 0, 'no wipe over a pair that is not aligned');
    // A photo measured without the card is marked in the trend, never mixed in unmarked.
    const loose = page.locator('figure.trend[data-metric="spots.count"] g.trend__point[data-timepoint="month_1"]');
    if ((await loose.count()) > 0) {
      assert.match(await loose.getAttribute('class'), /trend__point--loose/);
      await page.locator('figure.trend[data-metric="spots.count"]').getByText('* No colour card in that photo').waitFor();
    }
    await imagesLoaded(page);
    await expectAccessible(page, 'comparison that could not be aligned');
    await screenshot(page, 'photos-compare-failed');
    provider.check();
  });
});
