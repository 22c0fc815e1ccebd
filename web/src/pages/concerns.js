// Patients' concerns after a session: the inbox (open ones first, urgent first, or all), and
// one report with the protocol's triage of each symptom, its acknowledgement and the
// adverse event a provider records from it — severity, seriousness, outcome, follow-up,
// suspected cause and causality, linked to the session's cartridges and product lots.
import { useState } from 'preact/hooks';

import { useWrite, fieldErrors } from '../components/session/common.js';
import { Badge, Checkbox, Empty, ErrorBox, ErrorSummary, Loading, PageTitle, SelectField, SubmitButton, TextArea, TextField, Time } from '../components/ui.js';
import { api } from '../lib/api.js';
import { formatTime, fullName, today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import {
  CAUSALITIES,
  CAUSES,
  OUTCOMES,
  SEVERITIES,
  productLabel,
  sortReports,
  symptomLabel,
  urgencyKind,
  urgencyLabel,
} from '../lib/sessions.js';
import { useStaffNames } from '../lib/staff_names.js';

// Tells the navigation's count of urgent concerns to look again.
function concernsChanged() {
  window.dispatchEvent(new Event('np-concerns-changed'));
}

export function ConcernsPage() {
  const [all, setAll] = useState(false);
  const list = useResource(`/api/v1/adverse-reports?open=${all ? 'false' : 'true'}`);
  useReadyMark(list.data !== null && !list.loading, 'concerns');
  const items = list.data ? sortReports(list.data.items) : [];
  return html`<div class="stack">
    <div class="page-head">
      <div>
        <${PageTitle} title="Concerns">Patients’ concerns</${PageTitle}>
        <p class="lead">What patients reported after a session, urgent first.</p>
      </div>
    </div>
    <div class="status-tabs" role="group" aria-label="Which reports">
      <button type="button" class="button button--secondary button--small" aria-pressed=${all ? 'false' : 'true'} onClick=${() => setAll(false)}>Open</button>
      <button type="button" class="button button--secondary button--small" aria-pressed=${all ? 'true' : 'false'} onClick=${() => setAll(true)}>All</button>
    </div>
    ${list.loading && !list.data && html`<${Loading} label="Loading the reports…" />`}
    <${ErrorBox} error=${list.error} onRetry=${list.reload} />
    ${list.data && items.length === 0 && html`<${Empty}>${all ? 'No report yet.' : 'No open report.'}</${Empty}>`}
    ${items.length > 0 &&
    html`<div class="card table-scroll">
      <table class="table concerns-table">
        <caption class="visually-hidden">${all ? 'All reports' : 'Open reports'}</caption>
        <thead>
          <tr><th scope="col">Urgency</th><th scope="col">Reported</th><th scope="col">Patient</th><th scope="col">Session</th><th scope="col">Symptoms</th><th scope="col">State</th></tr>
        </thead>
        <tbody>
          ${items.map(
            (r) => html`<tr data-report=${r.id} data-urgency=${r.urgency} class=${r.acknowledged_at ? 'inactive' : ''}>
              <td><${Badge} kind=${urgencyKind(r.urgency)}>${urgencyLabel(r.urgency)}</${Badge}></td>
              <td>${formatTime(r.reported_at)}</td>
              <th scope="row"><a href=${`/staff/concerns/${r.id}`}>${r.patient ? fullName(r.patient) : `patient #${r.patient_id}`}</a></th>
              <td>${r.session_date ? html`<${Time} date=${r.session_date} />` : ''}</td>
              <td>${(r.symptoms || []).map(symptomLabel).join(', ')}${r.note && (r.symptoms || []).length === 0 ? 'note only' : ''}</td>
              <td>${r.acknowledged_at ? 'Acknowledged' : 'Open'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`}
  </div>`;
}

// The suspects a provider may pick: the session's cartridges and its chart's products.
export function suspectOptions(sessionView) {
  if (!sessionView) return [];
  const cartridges = (sessionView.cartridges || []).map((c) => ({
    key: `cartridge:${c.id}`,
    label: `Cartridge lot ${c.lot}${c.serial ? `, serial ${c.serial}` : ''} (GTIN ${c.gtin})`,
    suspect: { kind: 'cartridge', cartridge_id: c.id },
  }));
  const seen = new Set();
  const products = [];
  for (const p of (sessionView.chart && sessionView.chart.products) || []) {
    const key = `product:${p.code}:${p.lot}`;
    if (seen.has(key)) continue;
    seen.add(key);
    products.push({ key, label: `${productLabel(p.code)}${p.name ? ` ${p.name}` : ''}, lot ${p.lot}`, suspect: { kind: 'product', product: p.code, lot: p.lot } });
  }
  return [...cartridges, ...products];
}

function EventForm({ report, onRecorded }) {
  const sessionView = useResource(`/api/v1/sessions/${report.session_id}`);
  const [form, setForm] = useState({
    description: '',
    onset: report.started_on || (report.reported_at || '').slice(0, 10) || today(),
    severity: '',
    serious: false,
    outcome: '',
    follow_up: '',
    cause: '',
    causality: '',
    suspects: [],
  });
  const write = useWrite();
  const errors = fieldErrors(write.problem);
  const options = suspectOptions(sessionView.data);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key, on) => setForm((f) => ({ ...f, suspects: on ? [...f.suspects, key] : f.suspects.filter((k) => k !== key) }));
  const submit = async (event) => {
    event.preventDefault();
    const body = {
      report_id: report.id,
      description: form.description,
      onset: form.onset,
      severity: form.severity,
      serious: form.serious,
      outcome: form.outcome,
      cause: form.cause,
      causality: form.causality,
      suspects: options.filter((o) => form.suspects.includes(o.key)).map((o) => o.suspect),
    };
    if (form.follow_up.trim()) body.follow_up = form.follow_up.trim();
    const answer = await write.run(() => api('POST', `/api/v1/sessions/${report.session_id}/adverse-events`, body));
    if (answer) onRecorded(answer);
  };
  return html`<form class="form adverse-event" onSubmit=${submit} novalidate aria-labelledby="event-heading">
    <h2 id="event-heading">Record adverse event</h2>
    <${ErrorSummary} errors=${errors} />
    ${write.problem && errors.length === 0 && html`<${ErrorBox} error=${write.problem} />`}
    <${TextArea} label="What happened" pointer="/description" errors=${errors} value=${form.description} onValue=${set('description')} required />
    <div class="grid grid--3">
      <${TextField} label="Onset" pointer="/onset" errors=${errors} type="date" value=${form.onset} onValue=${set('onset')} required />
      <${SelectField} label="Severity" pointer="/severity" errors=${errors} value=${form.severity} onValue=${set('severity')} options=${SEVERITIES} placeholder="Choose…" required />
      <${SelectField} label="Outcome" pointer="/outcome" errors=${errors} value=${form.outcome} onValue=${set('outcome')} options=${OUTCOMES} placeholder="Choose…" required />
    </div>
    <${Checkbox} id="f-serious" label="Serious (hospital, lasting harm or life-threatening)" checked=${form.serious} onChecked=${set('serious')} />
    <div class="grid grid--2">
      <${SelectField} label="Suspected cause" pointer="/cause" errors=${errors} value=${form.cause} onValue=${set('cause')} options=${CAUSES} placeholder="Choose…" required />
      <${SelectField} label="Causality" pointer="/causality" errors=${errors} value=${form.causality} onValue=${set('causality')} options=${CAUSALITIES} placeholder="Choose…" required />
    </div>
    <fieldset class="checks" id="f-suspects" tabindex="-1">
      <legend>Suspected lots</legend>
      ${sessionView.loading && html`<${Loading} />`}
      <${ErrorBox} error=${sessionView.error} onRetry=${sessionView.reload} />
      ${sessionView.data && options.length === 0 && html`<p class="muted">The session charted no cartridge or product.</p>`}
      <div class="checks__items">
        ${options.map((o, i) => html`<${Checkbox} id=${`suspect-${i}`} label=${o.label} checked=${form.suspects.includes(o.key)} onChecked=${(on) => toggle(o.key, on)} />`)}
      </div>
      ${errors.filter((e) => e.path.startsWith('/suspects')).map((e) => html`<p class="field-error">${e.message}</p>`)}
    </fieldset>
    <${TextArea} label="Follow-up (optional)" pointer="/follow_up" errors=${errors} value=${form.follow_up} onValue=${set('follow_up')} rows=${2} />
    <${SubmitButton} busy=${write.busy}>Record the event</${SubmitButton}>
  </form>`;
}

export function ConcernPage({ id }) {
  const report = useResource(`/api/v1/adverse-reports/${id}`);
  const nameOf = useStaffNames();
  const ack = useWrite();
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState(null);
  useReadyMark(report.data !== null, 'concern');
  if (report.error) return html`<${PageTitle}>Concern</${PageTitle}><${ErrorBox} error=${report.error} onRetry=${report.reload} />`;
  if (!report.data) return html`<${PageTitle}>Concern</${PageTitle}><${Loading} />`;
  const r = report.data;
  const name = r.patient ? fullName(r.patient) : `patient #${r.patient_id}`;
  const triage = r.triage || {};
  const acknowledge = async () => {
    const answer = await ack.run(() => api('POST', `/api/v1/adverse-reports/${r.id}/acknowledge`, { version: r.version }));
    if (answer) report.setData(answer.id ? answer : { ...r, acknowledged_at: new Date().toISOString() });
    concernsChanged();
  };
  return html`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/concerns">Concerns</a> › ${name}</p>
    <div class="page-head">
      <div>
        <${PageTitle} title=${`Concern – ${name}`}>Concern: ${name}</${PageTitle}>
        <p class="lead">
          <${Badge} kind=${urgencyKind(r.urgency)}>${urgencyLabel(r.urgency)}</${Badge}>
          ${' '}Reported ${formatTime(r.reported_at)}${typeof triage.day === 'number' ? (triage.day === 0 ? ', on the day of the session' : `, day ${triage.day} after the session`) : ''}
          ${r.session_date && html` of <${Time} date=${r.session_date} />`}
        </p>
      </div>
      <a class="button button--secondary button--small" href=${`/staff/sessions/${r.session_id}`}>The session</a>
    </div>
    <section class="card" aria-labelledby="triage-heading">
      <h2 id="triage-heading">What the patient reported</h2>
      <ul class="triage">
        ${(triage.symptoms || []).map(
          (s) => html`<li class=${`triage__item triage__item--${s.urgency}`} data-symptom=${s.symptom}>
            <${Badge} kind=${urgencyKind(s.urgency)}>${urgencyLabel(s.urgency)}</${Badge}> <strong>${symptomLabel(s.symptom)}</strong>
            <p>${s.message}</p>
          </li>`,
        )}
      </ul>
      ${r.started_on && html`<p>Started on <${Time} date=${r.started_on} />.</p>`}
      ${r.note && html`<blockquote class="triage__note">${r.note}</blockquote>`}
      ${r.photo_url && html`<figure class="concern-photo"><img src=${r.photo_url} alt="The patient's photo of what they report" /><figcaption class="muted small">Sent by the patient with the report.</figcaption></figure>`}
      ${r.advice && html`<p class="muted"><strong>Advice the patient was given:</strong> ${r.advice}</p>`}
      <div class="form-actions">
        ${r.acknowledged_at
          ? html`<p role="status">Acknowledged${r.acknowledged_by ? ` by ${nameOf(r.acknowledged_by)}` : ''}, ${formatTime(r.acknowledged_at)}.</p>`
          : html`<button type="button" class="button" onClick=${acknowledge} disabled=${ack.busy}>${ack.busy ? 'Acknowledging…' : 'Acknowledge'}</button>`}
        ${!recording && !recorded && html`<button type="button" class="button button--secondary" onClick=${() => setRecording(true)}>Record adverse event</button>`}
      </div>
      <${ErrorBox} error=${ack.problem} />
    </section>
    ${recorded && html`<div class="alert alert--success" role="status"><p>Adverse event ${recorded.id ? `#${recorded.id} ` : ''}recorded and linked to the session.</p></div>`}
    ${recording &&
    !recorded &&
    html`<section class="card">
      <${EventForm}
        report=${r}
        onRecorded=${(event) => {
          setRecorded(event);
          setRecording(false);
          report.reload();
          concernsChanged();
        }}
      />
    </section>`}
  </div>`;
}
