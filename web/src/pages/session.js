// One treatment session on the day, as a provider runs it on a tablet: the check-in and the
// gate's decision, the required actions confirmed, the treatment consent signed, the start,
// the numbing timer, the cartridge scan, the zones with depth and passes on the face/body
// map, the products, the end point and the sign-off; then the signed chart read-only with its
// cartridges, aftercare, amendments and versions. Each step opens when the session's status
// allows it, and every write answers the whole session, which the page re-renders from.
import { useEffect, useState } from 'preact/hooks';

import { CartridgeScan, CartridgeTable } from '../components/session/cartridges.js';
import { CheckInForm } from '../components/session/check_in.js';
import { ChartEditor, liveZoneErrors } from '../components/session/chart_form.js';
import { fieldErrors, useWrite } from '../components/session/common.js';
import { GateResult } from '../components/session/gate.js';
import { Numbing, storeApplied, storedApplied } from '../components/session/numbing.js';
import { AmendForm, Aftercare, ChartSummary, ChartVersions } from '../components/session/signed.js';
import { ConsentStep, RequiredActions, StartStep } from '../components/session/start.js';
import { Badge, ErrorBox, ErrorSummary, Loading, PageTitle, describePath } from '../components/ui.js';
import { api } from '../lib/api.js';
import { formatDate, formatTime, fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { chartBody, chartFormFrom, chartProblems, sessionOf, sessionStatusKind, sessionStatusLabel } from '../lib/sessions.js';
import { useResources, useStaffNames } from '../lib/staff_names.js';

const ORDER = ['open', 'checked_in', 'in_progress', 'signed_off'];
const reached = (t, status) => ORDER.indexOf(t.status) >= ORDER.indexOf(status);

// The steps and how far each is: done, now or later.
export function sessionSteps(t) {
  const gate = t.check_in && t.check_in.gate ? t.check_in.gate.decision : null;
  const actions = t.required_actions || [];
  const allConfirmed = actions.every((a) => a.confirmed);
  const started = reached(t, 'in_progress');
  const signed = t.status === 'signed_off';
  const chart = t.chart || {};
  const state = (done, now) => (done ? 'done' : now ? 'now' : 'later');
  const steps = [
    ['check-in', 'Check-in', state(reached(t, 'checked_in'), t.status === 'open')],
    ['actions', 'Actions', state(reached(t, 'checked_in') && allConfirmed, t.status === 'checked_in' && !allConfirmed)],
    ['consent', 'Consent', state(Boolean(t.consent && t.consent.signed), t.status === 'checked_in')],
    ['start', 'Start', state(started, t.status === 'checked_in' && allConfirmed && t.consent && t.consent.signed)],
    ['numbing', 'Numbing', state(signed || Boolean(chart.anaesthetic), t.status === 'in_progress')],
    ['cartridge', 'Cartridge', state((t.cartridges || []).length > 0, t.status === 'in_progress')],
    ['zones', 'Zones', state(signed || (chart.zones || []).length > 0, t.status === 'in_progress')],
    ['sign-off', 'Sign-off', state(signed, t.status === 'in_progress')],
  ];
  if (gate === 'blocked') steps[0][2] = 'blocked';
  return steps.map(([id, label, s]) => ({ id, label, state: s }));
}

function Steps({ t }) {
  const words = { done: 'done', now: 'now', later: 'later', blocked: 'blocked' };
  return html`<nav class="steps" aria-label="Steps of the session">
    <ol>
      ${sessionSteps(t).map(
        (s, i) => html`<li class=${`steps__item steps__item--${s.state}`} data-step=${s.id} aria-current=${s.state === 'now' ? 'step' : undefined}>
          <a href=${`#step-${s.id}`}><span class="steps__n" aria-hidden="true">${s.state === 'done' ? '✓' : i + 1}</span> ${s.label}<span class="visually-hidden"> (${words[s.state]})</span></a>
        </li>`,
      )}
    </ol>
  </nav>`;
}

function Step({ id, title, children, muted = false }) {
  return html`<section class=${`card step ${muted ? 'step--muted' : ''}`} id=${`step-${id}`} aria-labelledby=${`step-${id}-heading`} tabindex="-1">
    <h2 id=${`step-${id}-heading`}>${title}</h2>
    ${children}
  </section>`;
}

function Warnings({ items }) {
  if (!items || items.length === 0) return null;
  return html`<div class="alert alert--warning session-warnings" role="status">
    <p><strong>Warnings</strong></p>
    <ul>${items.map((w) => html`<li>${w}</li>`)}</ul>
  </div>`;
}

function CheckInStep({ t, role, onSession, nameOf }) {
  const [again, setAgain] = useState(false);
  const open = t.status === 'open';
  const editable = t.status === 'open' || t.status === 'checked_in';
  return html`<${Step} id="check-in" title="1. Check-in and the gate">
    ${t.check_in && html`<${GateResult} session=${t} role=${role} onSession=${onSession} nameOf=${nameOf} />`}
    ${editable &&
    (open || again
      ? html`${t.check_in && html`<h3 class="check-in__again">Answer again</h3>`}<${CheckInForm} key=${t.version} session=${t} onSession=${(view) => (setAgain(false), onSession(view))} />`
      : html`<button type="button" class="button button--secondary button--small" onClick=${() => setAgain(true)}>Answer the questions again</button>`)}
  </${Step}>`;
}

// Numbing, the cartridge, the zones and the sign-off: one chart form, saved whole as the draft.
function InProgress({ t, onSession, devices, timeZone }) {
  const [form, setForm] = useState(() => {
    const initial = chartFormFrom(t.chart);
    if (!initial.applied_at) initial.applied_at = storedApplied(t.id);
    return initial;
  });
  const [local, setLocal] = useState([]);
  const [saved, setSaved] = useState('');
  const write = useWrite();
  const sign = useWrite();
  useEffect(() => {
    if (form.applied_at && !form.removed_at) storeApplied(t.id, form.applied_at);
    if (!form.applied_at) storeApplied(t.id, '');
  }, [t.id, form.applied_at, form.removed_at]);

  const problem = sign.problem || write.problem;
  const live = liveZoneErrors(form, t.plan_zones);
  const errors = [...(local.length ? local : fieldErrors(problem)), ...live.filter((e) => !local.some((l) => l.path === e.path))];

  // PUT the draft; the session view, or undefined when refused.
  const save = async (next = form, version = t.version) => {
    setSaved('');
    sign.clear();
    const problems = chartProblems(next, t.plan_zones);
    setLocal(problems);
    if (problems.length > 0) return undefined;
    const answer = await write.run(() => api('PUT', `/api/v1/sessions/${t.id}/chart`, { version, chart: chartBody(next) }));
    if (!answer) return undefined;
    const view = sessionOf(answer);
    if (next.applied_at && next.removed_at) storeApplied(t.id, '');
    onSession(view);
    setSaved(`Draft saved ${formatTime(new Date().toISOString())}.`);
    return view;
  };
  const signOff = async () => {
    const view = await save();
    if (!view) return;
    const answer = await sign.run(() => api('POST', `/api/v1/sessions/${t.id}/sign-off`, { version: view.version }));
    if (answer) onSession(sessionOf(answer));
  };
  const signLines = sign.problem ? (sign.problem.errors || []).map((e) => `${describePath(e.path) ? `${describePath(e.path)}: ` : ''}${e.message}`) : [];

  return html`
    <${Step} id="numbing" title="5. Numbing">
      <${Numbing} form=${form} setForm=${setForm} timeZone=${timeZone} errors=${errors} editable=${true} busy=${write.busy} onRemoved=${(next) => save(next)} />
    </${Step}>
    <${Step} id="cartridge" title="6. Cartridge">
      <${CartridgeScan} session=${t} onSession=${onSession} />
      <h3>Charted cartridges</h3>
      <${CartridgeTable} cartridges=${t.cartridges} />
    </${Step}>
    <${Step} id="zones" title="7. Zones, pen and products">
      <form
        class="form chart-form"
        onSubmit=${(event) => {
          event.preventDefault();
          save();
        }}
        novalidate
      >
        <${ErrorSummary} errors=${errors} />
        ${write.problem && fieldErrors(write.problem).length === 0 && html`<${ErrorBox} error=${write.problem} />`}
        <${ChartEditor} form=${form} setForm=${setForm} planZones=${t.plan_zones} devices=${devices} errors=${errors} />
        <${Warnings} items=${t.warnings} />
        <div class="form-actions">
          <button type="submit" class="button button--secondary" disabled=${write.busy}>${write.busy ? 'Saving…' : 'Save draft'}</button>
          ${saved && html`<span role="status" class="muted">${saved}</span>`}
        </div>
      </form>
    </${Step}>
    <${Step} id="sign-off" title="8. Sign-off">
      <p>Signing saves the chart as it is above and makes it read-only: later changes are amendments. The aftercare is dated from today.</p>
      ${signLines.length > 0 &&
      html`<div class="alert alert--error sign-off__refusal" role="alert">
        <p>Not signed yet:</p>
        <ul>${signLines.map((line) => html`<li>${line}</li>`)}</ul>
      </div>`}
      ${sign.problem && signLines.length === 0 && html`<${ErrorBox} error=${sign.problem} />`}
      <button type="button" class="button button--large" onClick=${signOff} disabled=${write.busy || sign.busy}>${sign.busy ? 'Signing…' : 'Sign off the session'}</button>
    </${Step}>`;
}

function SignedOff({ t, onSession, devices, deviceName, timeZone, nameOf }) {
  const [amending, setAmending] = useState(false);
  const [scanning, setScanning] = useState(false);
  return html`
    <section class="card signed" id="step-sign-off" aria-labelledby="signed-heading" data-chart-version=${t.chart_version}>
      <div class="signed__head">
        <h2 id="signed-heading">Signed chart · Version ${t.chart_version}</h2>
        <${Badge} kind="ok">Read-only</${Badge}>
      </div>
      <p class="muted">Signed off by ${nameOf(t.signed_off_by)}, ${formatTime(t.signed_off_at)}${t.chart_version > 1 ? '; this is the latest amendment' : ''}.</p>
      <${ChartSummary} chart=${t.chart} deviceName=${deviceName} timeZone=${timeZone} />
      ${!amending && html`<button type="button" class="button button--secondary" onClick=${() => setAmending(true)}>Amend</button>`}
      ${amending && html`<${AmendForm} session=${t} onSession=${onSession} devices=${devices} timeZone=${timeZone} onDone=${() => setAmending(false)} />`}
    </section>
    <section class="card" id="step-cartridge" aria-labelledby="cartridges-heading">
      <h2 id="cartridges-heading">Cartridges</h2>
      <${CartridgeTable} cartridges=${t.cartridges} />
      ${!scanning && html`<button type="button" class="button button--quiet button--small" onClick=${() => setScanning(true)}>Add a cartridge missed at the time</button>`}
      ${scanning && html`<${CartridgeScan} session=${t} onSession=${onSession} amending=${true} />`}
    </section>
    <section class="card" aria-labelledby="aftercare-heading">
      <h2 id="aftercare-heading">Aftercare</h2>
      <${Aftercare} session=${t} />
    </section>
    <section class="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <${ChartVersions} key=${t.chart_version} session=${t} nameOf=${nameOf} deviceName=${deviceName} timeZone=${timeZone} />
    </section>`;
}

export function SessionPage({ session: login, id }) {
  const resource = useResource(`/api/v1/sessions/${id}`);
  const clinic = useResource('/api/v1/clinic');
  const resources = useResources();
  const nameOf = useStaffNames();
  const t = resource.data;
  useReadyMark(t !== null && clinic.data !== null, 'session');
  const timeZone = clinic.data ? clinic.data.time_zone : undefined;
  const onSession = (view) => {
    if (view && view.id) resource.setData(view);
    else resource.reload();
  };

  if (resource.error) {
    return html`<${PageTitle}>Treatment session</${PageTitle}><${ErrorBox} error=${resource.error} onRetry=${resource.reload} />`;
  }
  if (!t) return html`<${PageTitle}>Treatment session</${PageTitle}><${Loading} label="Loading the session…" />`;
  const name = t.patient ? fullName(t.patient) : `patient #${t.patient_id}`;
  const role = login.role;

  return html`<div class="stack session-page" data-status=${t.status}>
    <p class="crumbs"><a href="/staff/today">Today</a> › <a href=${`/staff/patients/${t.patient_id}`}>${name}</a></p>
    <div class="page-head">
      <div>
        <${PageTitle} title=${`Session – ${name}`}>${name}: session ${t.number}${t.sessions_planned ? ` of ${t.sessions_planned}` : ''}</${PageTitle}>
        <p class="lead">
          <time datetime=${t.date}>${formatDate(t.date, 'long')}</time> · <${Badge} kind=${sessionStatusKind(t.status)}>${sessionStatusLabel(t.status)}</${Badge}>
          ${t.protocol && html` · <span class="small">protocol ${t.protocol.name} ${t.protocol.version}</span>`}
        </p>
      </div>
      ${t.plan_id && html`<a class="button button--secondary button--small" href=${`/staff/plans/${t.plan_id}`}>The plan</a>`}
    </div>
    <${Steps} t=${t} />
    <${CheckInStep} t=${t} role=${role} onSession=${onSession} nameOf=${nameOf} />
    ${reached(t, 'checked_in') &&
    html`<${Step} id="actions" title="2. Required actions">
        <${RequiredActions} session=${t} onSession=${onSession} nameOf=${nameOf} />
      </${Step}>
      <${Step} id="consent" title="3. Treatment consent">
        <${ConsentStep} session=${t} onSession=${onSession} role=${role} />
      </${Step}>
      <${Step} id="start" title="4. Start">
        ${t.status === 'checked_in'
          ? html`<${StartStep} session=${t} onSession=${onSession} />`
          : html`<p>Started ${t.started_at ? formatTime(t.started_at) : ''}${t.started_by ? ` by ${nameOf(t.started_by)}` : ''}.</p>`}
      </${Step}>`}
    ${t.status === 'in_progress' && html`<${InProgress} key=${t.id} t=${t} onSession=${onSession} devices=${resources.devices} timeZone=${timeZone} />`}
    ${t.status === 'signed_off' &&
    html`<${SignedOff} t=${t} onSession=${onSession} devices=${resources.devices} deviceName=${resources.nameOf} timeZone=${timeZone} nameOf=${nameOf} />`}
  </div>`;
}
