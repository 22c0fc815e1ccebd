// The browser suite's harness: a real `needlepoint serve` on a throwaway SQLite database and a
// free port, Debian's Chromium driven headless by playwright-core (a fresh profile per run),
// axe-core on every page, screenshots as artifacts, and the guards every page gets — no
// dialog, no script error, no request to another origin.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '../..');
export const binary = process.env.NP_BINARY || path.join(root, 'build', 'needlepoint');
export const artifacts = process.env.NP_E2E_ARTIFACTS || path.join(root, 'build', 'e2e-artifacts');
const chromiumPath = process.env.NP_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

// Starts the server; resolves once it listens, with its URL and the demo owner's login.
export async function startServer({ demoPatients = 60, timeoutMs = 180000 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-e2e-'));
  const args = [
    'serve',
    '--db', `sqlite:${path.join(dir, 'clinic.db')}`,
    '--listen', '127.0.0.1:0',
    '--threads', '2',
    '--demo-patients', String(demoPatients),
    '--argon2-memory-mib', '19',
    '--argon2-passes', '2',
    '--no-access-log',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}\n${err}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/serving http:\/\/[\d.]+:\d+/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${out}\n${err}`));
    });
  });
  const port = Number(/serving http:\/\/[\d.]+:(\d+)/.exec(out)[1]);
  const field = (name) => new RegExp(`${name}:\\s+(\\S+)`).exec(out)[1];
  return {
    url: `http://127.0.0.1:${port}`,
    owner: { clinic: field('clinic'), email: field('email'), password: field('password') },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// `fakeCamera`: Chromium's synthetic camera (a moving test pattern), allowed without asking.
export function launchBrowser({ fakeCamera = false } = {}) {
  const args = fakeCamera ? [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: chromiumPath, headless: true, args });
}

// A JSON API client with a bearer token, for setting up what a test is not about.
export async function apiClient(server, login) {
  const call = async (method, pathname, body, token) => {
    const response = await fetch(server.url + pathname, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const session = await call('POST', '/api/v1/session', login);
  assert.equal(session.status, 201, JSON.stringify(session.body));
  const token = session.body.token;
  return {
    async send(method, pathname, body) {
      return call(method, pathname, body, token);
    },
    async ok(method, pathname, body) {
      const result = await call(method, pathname, body, token);
      assert.ok(result.status < 300, `${method} ${pathname}: ${result.status} ${JSON.stringify(result.body)}`);
      return result.body;
    },
  };
}

// Sets the password of an account the API answered with a one-time link ({invitation: {url}}),
// as the person would on the set-password page, through the public accept route.
export async function acceptInvitation(server, invitation, password) {
  const token = new URL(invitation.url, server.url).hash.slice(1);
  const response = await fetch(`${server.url}/api/v1/invitations/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  const text = await response.text();
  assert.equal(response.status, 200, text);
  return JSON.parse(text);
}

// Creates a staff account (the owner's API client) and sets its password from the link.
export async function inviteStaff(server, owner, { password, ...account }) {
  const user = await owner.ok('POST', '/api/v1/staff', account);
  await acceptInvitation(server, user.invitation, password);
  return user;
}

// A browser context for one person, with the guards every page gets. `guards.check()` fails
// the test if a dialog opened, a script failed, the CSP refused something, or any request
// left the server's origin.
export async function newPerson(browser, server, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, baseURL: server.url, locale: 'en-GB', timezoneId: 'UTC' });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const problems = [];
  page.on('dialog', async (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(`console error: ${text}`);
  });
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(server.url) && !target.startsWith('data:')) problems.push(`request to another origin: ${target}`);
  });
  return {
    context,
    page,
    check() {
      assert.deepEqual(problems, [], problems.join('\n'));
    },
  };
}

// axe on the current page: no serious or critical violation.
export async function expectAccessible(page, name) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`)
    .join('\n');
  assert.equal(bad.length, 0, `axe on ${name}:\n${report}`);
  return result;
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage });
  return file;
}

// Waits for the page's ready mark (lib/resource.js useReadyMark).
export async function waitReady(page, name, timeout = 15000) {
  await page.waitForFunction((want) => document.body.dataset.ready === want, name, { timeout });
}

export async function logIn(page, { clinic, email, password }, at = '/login') {
  await page.goto(at);
  await page.getByLabel('Clinic').fill(clinic);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

// YYYY-MM-DD of a Date, in UTC.
export function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

// Today (UTC) moved by whole months (day clamped to 28, so month arithmetic never clamps).
export function monthsFromToday(months) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, Math.min(now.getUTCDate(), 28)));
}
