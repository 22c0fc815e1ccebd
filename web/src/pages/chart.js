// A patient's chart: who they are, what can be done next, and everything that happened, as
// one timeline (components/timeline.js). Front desk sees details and schedules; clinical
// entries, the skin-type history, merging a duplicate and the portal invitation are only
// shown to the roles the API lets use them. An archived record says so in a banner (and can
// be restored); a merged one points to the record it was merged into.
import { useState } from 'preact/hooks';

import { BookConsultation } from '../components/book_visit.js';
import { MergePatient } from '../components/merge_patient.js';
import { PatientForm, patientBody, patientFields } from '../components/patient_form.js';
import { PortalAccountForm } from '../components/portal_account_form.js';
import { SkinTypeHistory } from '../components/skin_types.js';
import { CHART_SOURCES, Timeline } from '../components/timeline.js';
import { ConfirmAction, Empty, ErrorBox, Loading, PageTitle } from '../components/ui.js';
import { api } from '../lib/api.js';
import { FITZPATRICK } from '../lib/codes.js';
import { appointmentStatusLabel, kindLabel, timeRange } from '../lib/calendar.js';
import { ageOn, formatDate, fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { isClinical } from '../lib/session.js';

// Archiving hides a record from search and lists (never deletes it); restoring brings it back.
function useArchive(patient, onSaved) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const set = async (archived) => {
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await api('PATCH', `/api/v1/patients/${patient.id}`, { version: patient.version, archived }));
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  return { busy, problem, set };
}

function RecordBanner({ patient, onSaved }) {
  const archive = useArchive(patient, onSaved);
  if (patient.merged_into) {
    return html`<div class="alert alert--warning record-banner" role="status">
      <p>
        <strong>Merged record.</strong> This record was merged into
        <a href=${`/staff/patients/${patient.merged_into}`}>patient #${patient.merged_into}</a>; its history is there now. It
        is kept for the audit and cannot be changed.
      </p>
    </div>`;
  }
  if (!patient.archived) return null;
  return html`<div class="alert alert--warning record-banner" role="status">
    <p><strong>Archived record.</strong> Hidden from search and lists; nothing is deleted.</p>
    <${ErrorBox} error=${archive.problem} />
    <button type="button" class="button button--secondary button--small" disabled=${archive.busy} onClick=${() => archive.set(false)}>Restore the record</button>
  </div>`;
}

function Details({ patient, onSaved }) {
  const archive = useArchive(patient, onSaved);
  const [editing, setEditing] = useState(false);
  const [fields, setFields] = useState(() => patientFields(patient));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const skin = FITZPATRICK.find(([value]) => value === patient.fitzpatrick);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const saved = await api('PATCH', `/api/v1/patients/${patient.id}`, {
        ...patientBody(fields, false),
        version: patient.version,
      });
      onSaved(saved);
      setEditing(false);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };

  if (editing) {
    return html`<section class="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Change details</h2>
      ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
      <${PatientForm}
        fields=${fields}
        onFields=${setFields}
        errors=${problem && problem.status === 400 ? problem.errors : []}
        busy=${busy}
        onSubmit=${submit}
        submitLabel="Save details"
      />
      <button type="button" class="button button--quiet" onClick=${() => setEditing(false)}>Cancel</button>
    </section>`;
  }
  return html`<section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl class="facts">
      <div><dt>Born</dt><dd>${formatDate(patient.birth_date)} (${ageOn(patient.birth_date)})</dd></div>
      <div><dt>Skin type</dt><dd>${skin ? skin[1] : 'Not assessed'}</dd></div>
      <div><dt>E-mail</dt><dd>${patient.email || '—'}</dd></div>
      <div><dt>Phone</dt><dd>${patient.phone || '—'}</dd></div>
    </dl>
    ${!patient.merged_into &&
    html`<div class="form-actions">
      <button
        type="button"
        class="button button--secondary"
        onClick=${() => {
          setFields(patientFields(patient));
          setEditing(true);
        }}
      >
        Change details
      </button>
      ${!patient.archived &&
      html`<${ConfirmAction} label="Archive" hiddenSuffix="this record" confirmLabel="Archive the record" busy=${archive.busy} onConfirm=${() => archive.set(true)}>
        <p>The record is hidden from search and lists but kept, with its history; it can be restored from here.</p>
      </${ConfirmAction}>`}
    </div>`}
    <${ErrorBox} error=${archive.problem} />
  </section>`;
}

// The patient's visits, coming ones first, each linking to the calendar.
function Visits({ patientId }) {
  const list = useResource(`/api/v1/patients/${patientId}/appointments`);
  const items = list.data ? [...list.data.items].sort((a, b) => b.start.localeCompare(a.start)) : [];
  const now = new Date().toISOString();
  const coming = items.filter((a) => a.end > now && a.status !== 'cancelled').reverse();
  const past = items.filter((a) => !(a.end > now && a.status !== 'cancelled')).slice(0, 5);
  const line = (a) => html`<li data-appointment=${a.id}>
    <a href=${`/staff/calendar?view=day&date=${a.start_local.slice(0, 10)}&appointment=${a.id}`}>${formatDate(a.start_local.slice(0, 10), 'weekday')}, ${timeRange(a)}</a>
    ${` · ${kindLabel(a.kind)}${a.session_number ? ` ${a.session_number}/${a.session_count}` : ''} · ${appointmentStatusLabel(a.status)}`}
  </li>`;
  return html`<section class="card visits" aria-labelledby="visits-heading">
    <h2 id="visits-heading">Visits</h2>
    ${list.loading && !list.data && html`<${Loading} />`}
    <${ErrorBox} error=${list.error} onRetry=${list.reload} />
    ${list.data && coming.length === 0 && html`<p class="muted">Nothing booked.</p>`}
    ${coming.length > 0 && html`<ul class="visit-list">${coming.map(line)}</ul>`}
    ${past.length > 0 && html`<details><summary>Earlier and cancelled</summary><ul class="visit-list">${past.map(line)}</ul></details>`}
  </section>`;
}

export function ChartPage({ session, id }) {
  const patient = useResource(`/api/v1/patients/${id}`);
  const clinic = useResource('/api/v1/clinic');
  const [booking, setBooking] = useState(false);
  const [booked, setBooked] = useState(0);
  // One request per source the role may read, in a fixed order.
  const sources = CHART_SOURCES.map((source) => ({
    source,
    resource: useResource(source.roles.includes(session.role) ? source.path(id) : null),
  })).filter(({ source }) => source.roles.includes(session.role));
  const loaded = sources.every(({ resource }) => resource.data);
  useReadyMark(patient.data !== null && loaded, 'chart');

  if (patient.error) {
    return html`<${PageTitle}>Patient</${PageTitle}><${ErrorBox} error=${patient.error} onRetry=${patient.reload} />`;
  }
  if (!patient.data) return html`<${PageTitle}>Patient</${PageTitle}><${Loading} label="Loading the chart…" />`;
  const p = patient.data;
  const entries = sources.flatMap(({ source, resource }) => (resource.data ? source.toEntries(resource.data) : []));
  const clinical = isClinical(session.role);

  return html`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <div class="page-head">
      <div>
        <${PageTitle} title=${fullName(p)}>${fullName(p)}</${PageTitle}>
        <p class="lead">Born ${formatDate(p.birth_date)} · patient #${p.id}</p>
      </div>
      <div class="form-actions page-head__actions">
        ${!p.merged_into && !p.archived && html`<button type="button" class="button button--secondary" onClick=${() => setBooking(true)}>Book a consultation</button>`}
        ${clinical && !p.merged_into && html`<a class="button" href=${`/staff/patients/${p.id}/consultations/new`}>New consultation</a>`}
      </div>
    </div>
    ${booking &&
    html`<${BookConsultation}
      patient=${p}
      patientName=${fullName(p)}
      timeZone=${clinic.data ? clinic.data.time_zone : undefined}
      onClose=${() => setBooking(false)}
      onBooked=${() => setBooked((n) => n + 1)}
    />`}
    <${RecordBanner} patient=${p} onSaved=${patient.setData} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        ${sources.map(
          ({ source, resource }) =>
            html`${resource.loading && html`<${Loading} label=${`Loading ${source.key}…`} />`}
            <${ErrorBox} error=${resource.error} onRetry=${resource.reload} />`,
        )}
        ${loaded && entries.length === 0 &&
        html`<${Empty}>Nothing recorded yet.${clinical ? ' Start with a consultation.' : ''}</${Empty}>`}
        ${entries.length > 0 && html`<${Timeline} entries=${entries} />`}
      </section>
      <div class="columns__side stack">
        <${Visits} key=${booked} patientId=${p.id} />
        <section class="card" aria-labelledby="photos-heading">
          <h2 id="photos-heading">Photos</h2>
          <p class="muted">Before and after, with the photography consent.</p>
          <a class="button button--secondary" href=${`/staff/patients/${p.id}/photos`}>Before/after photos</a>
        </section>
        <${Details} patient=${p} onSaved=${patient.setData} />
        ${clinical && html`<${SkinTypeHistory} patientId=${p.id} />`}
        ${clinical &&
        !p.merged_into &&
        html`<section class="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal login</h2>
          <p class="muted">Lets the patient see their plan and how to prepare, and nothing else.</p>
          <${PortalAccountForm} patient=${p} name=${fullName(p)} />
        </section>`}
        ${clinical && !p.merged_into && html`<${MergePatient}
          patient=${p}
          onMerged=${(result) => {
            patient.setData(result.patient);
            sources.forEach(({ resource }) => resource.reload()); // the duplicate's history is here now
          }}
        />`}
      </div>
    </div>
  </div>`;
}
