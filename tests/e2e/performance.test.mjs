// How fast the web app is for a clinic of 10,000 patients (the demo clinic, generated at that
// size): the compressed size of what the first load of the staff app fetches, and, for every
// main page, the time from navigation start until its data is shown (the page's ready mark,
// lib/resource.js). Recorded, not asserted as timings: the figures and the machine go to
// build/e2e-artifacts/performance.json and docs/PERFORMANCE.md. It asserts only that every
// page got there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';

import { apiClient, artifacts, launchBrowser, logIn, newPerson, startServer, waitReady } from './harness.mjs';

const PATIENTS = Number(process.env.NP_E2E_PERF_PATIENTS || 10000);

describe(`the web app with ${PATIENTS} patients`, () => {
  let server;
  let browser;
  let person;
  const results = { machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, patients: PATIENTS, pages: [] };

  before(async () => {
    results.load_average_before = os.loadavg().map((n) => Number(n.toFixed(1)));
    const started = Date.now();
    server = await startServer({ demoPatients: PATIENTS, timeoutMs: 600000 });
    results.seed_seconds = Math.round((Date.now() - started) / 1000);
    browser = await launchBrowser();
  });
  after(async () => {
    results.load_average_after = os.loadavg().map((n) => Number(n.toFixed(1)));
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, 'performance.json'), `${JSON.stringify(results, null, 2)}\n`);
    await browser?.close();
    await server?.stop();
  });

  it('the first load of the staff app is small', async () => {
    person = await newPerson(browser, server);
    const { page } = person;
    const fetched = [];
    page.on('response', async (response) => {
      const target = new URL(response.url());
      if (!target.pathname.startsWith('/api/') && response.status() === 200) {
        fetched.push({ path: target.pathname, body: await response.body() });
      }
    });
    await page.goto('/login');
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await page.waitForLoadState('load');
    const files = fetched.map(({ path: name, body }) => ({ path: name, bytes: body.length, gzip_bytes: zlib.gzipSync(body, { level: 9 }).length }));
    results.first_load = {
      files,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      gzip_bytes: files.reduce((n, f) => n + f.gzip_bytes, 0),
    };
    assert.ok(files.some((f) => f.path.endsWith('.js')) && files.some((f) => f.path.endsWith('.css')));
    assert.ok(results.first_load.gzip_bytes < 300 * 1024, JSON.stringify(results.first_load));
  });

  it('every main page shows its data', async () => {
    const { page } = person;
    await logIn(page, server.owner);
    await waitReady(page, 'home');
    const api = await apiClient(server, server.owner);
    const search = await api.ok('POST', '/api/v1/patients/search', { q: '', limit: 50 });
    assert.ok(search.total >= PATIENTS, `the clinic has ${search.total} patients`);
    // A patient with a consultation and a plan.
    let chart = null;
    for (const candidate of search.items) {
      const plans = await api.ok('GET', `/api/v1/patients/${candidate.id}/plans`);
      const consultations = await api.ok('GET', `/api/v1/patients/${candidate.id}/consultations`);
      if (plans.items.length && consultations.items.length) {
        chart = { patient: candidate.id, plan: plans.items[0].id, consultation: consultations.items[0].id };
        break;
      }
    }
    assert.ok(chart, 'no patient with a plan among the first 50');
    const pages = [
      ['/staff', 'home'],
      ['/staff/patients', 'patients'],
      [`/staff/patients/${chart.patient}`, 'chart'],
      [`/staff/patients/${chart.patient}/consultations/new`, 'consultation-form'],
      [`/staff/consultations/${chart.consultation}`, 'consultation'],
      [`/staff/plans/${chart.plan}`, 'plan'],
      ['/staff/protocol', 'protocol'],
      ['/staff/team', 'team'],
      ['/staff/audit', 'audit'],
    ];
    for (const [target, ready] of pages) {
      const times = [];
      for (let run = 0; run < 3; run++) {
        await page.goto(target);
        await waitReady(page, ready);
        times.push(await page.evaluate((name) => performance.getEntriesByName(`np-ready:${name}`).at(-1).startTime, ready));
      }
      times.sort((a, b) => a - b);
      results.pages.push({ page: target.replace(/\d+/g, ':id'), ready_ms_median: Math.round(times[1]), ready_ms_max: Math.round(times[2]) });
    }
    // A search typed into the list, from the last key to the results.
    await page.goto('/staff/patients');
    await waitReady(page, 'patients');
    const typed = await page.evaluate(() => performance.now());
    await page.getByLabel('Name, e-mail or phone').fill('patel');
    await page.locator('.results__count').filter({ hasNotText: 'updating' }).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.results[aria-busy="true"]'));
    results.search_ms_including_250ms_debounce = Math.round((await page.evaluate(() => performance.now())) - typed);
    console.log(JSON.stringify(results, null, 2));
    person.check();
  });
});
