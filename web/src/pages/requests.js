// The booking-request inbox (front desk, owner, providers): the requests the public form at
// /book/<clinic> received, by status. Open one to see how to reach the person, mark it
// contacted or closed, or turn it into a patient with a booked consultation in one step
// (the API does both in one transaction, or neither). A likely duplicate patient answers 409
// with its candidates: open the existing record instead, or confirm it is someone else.
import { useState } from 'preact/hooks';

import { SlotSearch } from '../components/book_visit.js';
import { Dialog } from '../components/dialog.js';
import { Empty, ErrorBox, ErrorSummary, Loading, Notice, PageTitle, Refusal, TextField } from '../components/ui.js';
import { api } from '../lib/api.js';
import { localDate, localTime } from '../lib/calendar.js';
import { formatDate, formatTime, fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { useProviders } from '../lib/staff_names.js';

export const REQUEST_STATUSES = [
  ['new', 'New'],
  ['contacted', 'Contacted'],
  ['consultation_booked', 'Consultation booked'],
  ['closed', 'Closed'],
];
const statusLabel = (status) => (REQUEST_STATUSES.find(([s]) => s === status) || [status, status])[1];

// A first guess at given and family name from the one name a person typed.
export function splitName(name) {
  const parts = (name || '').trim().split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return { given_name: parts[0] || '', family_name: '' };
  return { given_name: parts.slice(0, -1).join(' '), family_name: parts[parts.length - 1] };
}

function ConvertDialog({ request, timeZone, onClose, onDone }) {
  const [patient, setPatient] = useState(() => ({ ...splitName(request.name), birth_date: '', phone: request.phone || '', email: request.email || '' }));
  const [slot, setSlot] = useState(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [refresh, setRefresh] = useState(0);
  const { nameOf } = useProviders();
  const set = (key) => (value) => setPatient({ ...patient, [key]: value });
  const errors = problem && (problem.status === 400 || problem.status === 422) ? problem.errors : [];
  const candidates = problem && problem.status === 409 && Array.isArray(problem.problem.candidates) ? problem.problem.candidates : null;
  const submit = async (confirmNotDuplicate) => {
    setBusy(true);
    setProblem(null);
    try {
      const p = { given_name: patient.given_name.trim(), family_name: patient.family_name.trim(), birth_date: patient.birth_date };
      if (patient.phone.trim()) p.phone = patient.phone.trim();
      if (patient.email.trim()) p.email = patient.email.trim();
      if (confirmNotDuplicate) p.confirm_not_duplicate = true;
      const consultation = { start: slot.start_local, provider_id: slot.provider_id };
      if (slot.room_id) consultation.room_id = slot.room_id;
      const answer = await api('POST', `/api/v1/booking-requests/${request.id}/convert`, { version: request.version, patient: p, consultation });
      onDone(answer);
      return;
    } catch (error) {
      setProblem(error);
      if (error.status === 409 && !Array.isArray(error.problem.candidates)) {
        setSlot(null);
        setRefresh((n) => n + 1);
      }
    }
    setBusy(false);
  };
  return html`<${Dialog} title="Create patient and book consultation" onClose=${onClose} wide>
    <${ErrorSummary} errors=${errors} />
    ${candidates &&
    html`<div class="alert alert--warning duplicates" role="alert">
      <h3>This person may already be registered</h3>
      <ul class="duplicates__list">
        ${candidates.map(
          (c) => html`<li>
            <span><strong>${fullName(c)}</strong>, born ${formatDate(c.birth_date)} <span class="muted">#${c.id}</span></span>
            <a class="button button--secondary button--small" href=${`/staff/patients/${c.id}`}>Open this record<span class="visually-hidden"> of ${fullName(c)} (#${c.id})</span></a>
          </li>`,
        )}
      </ul>
      <button type="button" class="button button--secondary" disabled=${busy} onClick=${() => submit(true)}>It is a different person: create anyway</button>
    </div>`}
    ${problem && problem.status === 409 && !candidates &&
    html`<div class="alert alert--error" role="alert"><p><strong>That time was just taken.</strong> Nothing was stored. Pick another time below.</p></div>`}
    ${problem && ![400, 409, 422].includes(problem.status) && html`<${ErrorBox} error=${problem} />`}
    ${problem && problem.status === 422 && errors.length === 0 && html`<${Refusal} error=${problem} />`}
    <form
      class="form"
      novalidate
      onSubmit=${(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <h3>The patient</h3>
      <div class="grid grid--2">
        <${TextField} label="Given name" pointer="/patient/given_name" errors=${errors} value=${patient.given_name} onValue=${set('given_name')} required />
        <${TextField} label="Family name" pointer="/patient/family_name" errors=${errors} value=${patient.family_name} onValue=${set('family_name')} required />
        <${TextField} label="Date of birth" pointer="/patient/birth_date" errors=${errors} type="date" value=${patient.birth_date} onValue=${set('birth_date')} required />
        <${TextField} label="Phone" pointer="/patient/phone" errors=${errors} type="tel" value=${patient.phone} onValue=${set('phone')} />
        <${TextField} label="E-mail" pointer="/patient/email" errors=${errors} type="email" value=${patient.email} onValue=${set('email')} />
      </div>
      <h3>The consultation</h3>
      ${request.preferred_times && html`<p class="muted">They prefer: ${request.preferred_times}</p>`}
      ${slot
        ? html`<p class="chosen-slot" id=${'f-consultation-start'} tabindex="-1">
            Chosen: <strong>${formatDate(localDate(slot.start_local), 'weekday')} at ${localTime(slot.start_local)}</strong> with ${nameOf(slot.provider_id)}.
            <button type="button" class="button button--quiet button--small" onClick=${() => setSlot(null)}>Choose another time</button>
          </p>`
        : html`<${SlotSearch} timeZone=${timeZone} refresh=${refresh} busy=${busy} label="choose it" onPick=${setSlot} />`}
      <div class="form-actions">
        <button type="submit" class="button" disabled=${busy || !slot}>${busy ? 'Creating…' : 'Create patient and book'}</button>
        <button type="button" class="button button--quiet" onClick=${onClose}>Not now</button>
      </div>
    </form>
  </${Dialog}>`;
}

function RequestDetail({ request, timeZone, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [converting, setConverting] = useState(false);
  const [converted, setConverted] = useState(null);
  const { nameOf } = useProviders();
  const setStatus = async (status) => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await api('PATCH', `/api/v1/booking-requests/${request.id}`, { version: request.version, status }));
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const r = request;
  return html`<section class="card request-detail" aria-labelledby="request-heading" data-request=${r.id}>
    <h2 id="request-heading">${r.name}</h2>
    <p class="muted">Received ${formatTime(r.created_at)} · ${statusLabel(r.status)}</p>
    <dl class="facts">
      <div><dt>Phone</dt><dd>${r.phone ? html`<a href=${`tel:${r.phone}`}>${r.phone}</a>` : '—'}</dd></div>
      <div><dt>E-mail</dt><dd>${r.email ? html`<a href=${`mailto:${r.email}`}>${r.email}</a>` : '—'}</dd></div>
      <div><dt>When suits them</dt><dd>${r.preferred_times || '—'}</dd></div>
      <div><dt>Interested in</dt><dd>${r.interest || '—'}</dd></div>
      ${r.message && html`<div><dt>Message</dt><dd>${r.message}</dd></div>`}
    </dl>
    ${converted &&
    html`<${Notice} kind="success">
      <p class="converted">
        Patient created and consultation booked for ${formatDate(localDate(converted.appointment.start_local), 'weekday')} at ${localTime(converted.appointment.start_local)} with
        ${` ${nameOf(converted.appointment.provider_id)}`}.
      </p>
      <p><a href=${`/staff/patients/${converted.patient_id}`}>Open the patient’s chart</a></p>
    </${Notice}>`}
    ${r.patient_id && !converted && html`<p><a href=${`/staff/patients/${r.patient_id}`}>Open the patient’s chart</a></p>`}
    <${Refusal} error=${problem} />
    <div class="form-actions">
      ${(r.status === 'new' || r.status === 'contacted') &&
      html`<button type="button" class="button" disabled=${busy} onClick=${() => setConverting(true)}>Create patient and book consultation</button>`}
      ${r.status === 'new' && html`<button type="button" class="button button--secondary" disabled=${busy} onClick=${() => setStatus('contacted')}>Mark contacted</button>`}
      ${r.status !== 'closed' && html`<button type="button" class="button button--quiet" disabled=${busy} onClick=${() => setStatus('closed')}>Close</button>`}
    </div>
    ${converting &&
    html`<${ConvertDialog}
      request=${r}
      timeZone=${timeZone}
      onClose=${() => setConverting(false)}
      onDone=${(answer) => {
        setConverting(false);
        setConverted(answer);
        onChanged(answer.request);
      }}
    />`}
  </section>`;
}

export function RequestsPage() {
  const [status, setStatus] = useState('new');
  const [selected, setSelected] = useState(null);
  const [changed, setChanged] = useState(new Map());
  const list = useResource(`/api/v1/booking-requests?status=${status}`);
  const clinic = useResource('/api/v1/clinic');
  useReadyMark(list.data !== null && !list.loading, 'requests');
  const items = list.data ? list.data.items : [];
  const open = selected ? changed.get(selected) || items.find((r) => r.id === selected) : null;
  return html`<div class="stack">
    <div class="page-head">
      <div>
        <${PageTitle} title="Booking requests">Booking requests</${PageTitle}>
        <p class="lead">
          From the public form${clinic.data ? html` at <a href=${`/book/${clinic.data.slug}`}>/book/${clinic.data.slug}</a>` : ''}. Call back, then book a consultation.
        </p>
      </div>
    </div>
    <div class="requests">
      <section class="card" aria-labelledby="requests-list-heading">
        <h2 id="requests-list-heading">${statusLabel(status)}</h2>
        <div class="status-tabs" role="group" aria-label="Status">
          ${REQUEST_STATUSES.map(
            ([value, label]) =>
              html`<button type="button" class="button button--secondary button--small" aria-pressed=${value === status ? 'true' : 'false'} onClick=${() => (setStatus(value), setSelected(null))}>${label}</button>`,
          )}
        </div>
        ${list.loading && !list.data && html`<${Loading} />`}
        <${ErrorBox} error=${list.error} onRetry=${list.reload} />
        ${list.data && items.length === 0 && html`<${Empty}>No ${statusLabel(status).toLowerCase()} requests.</${Empty}>`}
        ${items.length > 0 &&
        html`<ul class="request-list">
          ${items.map(
            (r) => html`<li>
              <button type="button" aria-pressed=${r.id === selected ? 'true' : 'false'} data-request=${r.id} onClick=${() => setSelected(r.id)}>
                <strong>${r.name}</strong>
                <span class="muted small">${formatTime(r.created_at)}${r.interest ? ` · ${r.interest}` : ''}</span>
              </button>
            </li>`,
          )}
        </ul>`}
      </section>
      <div>
        ${open
          ? html`<${RequestDetail}
              key=${open.id}
              request=${open}
              timeZone=${clinic.data ? clinic.data.time_zone : undefined}
              onChanged=${(next) => {
                setChanged(new Map(changed).set(next.id, next));
              }}
            />`
          : html`<p class="muted">Choose a request to see it.</p>`}
      </div>
    </div>
  </div>`;
}
