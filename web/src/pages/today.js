// Today's treatment sessions: a row per treatment appointment of the clinic's day, with the
// time, the patient, which session of the series it is, how far the session has come and the
// gate's decision. A provider (or the owner) opens the day's session from here; the front
// desk sees the list only.
import { useState } from 'preact/hooks';

import { Badge, Empty, ErrorBox, Loading, PageTitle, TextField } from '../components/ui.js';
import { api } from '../lib/api.js';
import { formatDate, fullName, plural, today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { navigate } from '../lib/router.js';
import { isClinical } from '../lib/session.js';
import { gateKind, gateLabel, localClock, sessionOf, sessionStatusKind, sessionStatusLabel } from '../lib/sessions.js';
import { useProviders } from '../lib/staff_names.js';

// "HH:MM" of an appointment in the clinic's zone (start_local when the API gives it).
export function startClock(appointment, timeZone) {
  if (appointment.start_local) return appointment.start_local.slice(11, 16);
  return timeZone ? localClock(appointment.start, timeZone) : '';
}

// The day's rows in time order.
export function sortedItems(items) {
  return [...items].sort((a, b) => String(a.appointment.start).localeCompare(String(b.appointment.start)) || a.appointment.id - b.appointment.id);
}

function OpenButton({ item }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const name = fullName(item.patient);
  const open = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const view = sessionOf(await api('POST', `/api/v1/appointments/${item.appointment.id}/session`));
      navigate(`/staff/sessions/${view.id}`);
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };
  return html`<div class="today__action">
    <button type="button" class="button button--small" onClick=${open} disabled=${busy}>${busy ? 'Opening…' : 'Open session'}<span class="visually-hidden"> for ${name}</span></button>
    ${problem && html`<p class="field-error" role="alert">${problem.errors && problem.errors.length ? problem.errors.map((e) => e.message).join('; ') : problem.detail}</p>`}
  </div>`;
}

export function TodayPage({ session }) {
  const clinical = isClinical(session.role);
  const [date, setDate] = useState('');
  const clinic = useResource('/api/v1/clinic');
  const list = useResource(date ? `/api/v1/sessions?date=${date}` : '/api/v1/sessions');
  const { nameOf: providerName } = useProviders();
  useReadyMark(list.data !== null && !list.loading && clinic.data !== null, 'today');
  const timeZone = clinic.data ? clinic.data.time_zone : undefined;
  const items = list.data ? sortedItems(list.data.items) : [];
  const day = list.data ? list.data.date : date;
  // A session opens on its own day only (the API refuses others): other days are for looking.
  const isToday = Boolean(day && timeZone && day === today(timeZone));

  return html`<div class="stack">
    <div class="page-head">
      <div>
        <${PageTitle} title="Today’s sessions">Today’s sessions</${PageTitle}>
        <p class="lead">${day ? formatDate(day, 'long') : ''}${timeZone ? ` · clinic time (${timeZone})` : ''}</p>
      </div>
      <div class="today__date">
        <${TextField} label="Another day" pointer="/date" type="date" value=${date || day || ''} onValue=${setDate} />
      </div>
    </div>
    ${list.loading && !list.data && html`<${Loading} label="Loading the day’s sessions…" />`}
    <${ErrorBox} error=${list.error} onRetry=${list.reload} />
    ${list.data && items.length === 0 && html`<${Empty}>No treatment sessions booked on this day.</${Empty}>`}
    ${items.length > 0 &&
    html`<section class="card" aria-labelledby="today-heading">
      <h2 id="today-heading" class="visually-hidden">Sessions</h2>
      <p class="muted small" role="status">${plural(items.length, 'treatment session')}</p>
      <ul class="today">
        ${items.map((item) => {
          const s = item.session;
          const name = fullName(item.patient);
          return html`<li class=${`today__row today__row--${s ? s.status : 'none'}`} data-appointment=${item.appointment.id} data-session=${s ? s.id : undefined}>
            <span class="today__time">${startClock(item.appointment, timeZone)}</span>
            <span class="today__who">
              <a href=${`/staff/patients/${item.patient.id}`}>${name}</a>
              <span class="muted small">
                Session ${item.appointment.session_number || '?'}${item.sessions_planned ? ` of ${item.sessions_planned}` : ''}${item.appointment.provider_id ? ` · ${providerName(item.appointment.provider_id)}` : ''}
              </span>
            </span>
            <span class="today__state">
              <${Badge} kind=${sessionStatusKind(s ? s.status : null)}>${sessionStatusLabel(s ? s.status : null)}</${Badge}>
              ${s && s.gate && html` <${Badge} kind=${gateKind(s.gate)}>Gate: ${gateLabel(s.gate)}</${Badge}>`}
            </span>
            ${clinical &&
            (s
              ? html`<a class="button button--small button--secondary" href=${`/staff/sessions/${s.id}`}>${s.status === 'signed_off' ? 'View' : 'Continue'}<span class="visually-hidden"> session of ${name}</span></a>`
              : item.appointment.status === 'cancelled' || item.appointment.status === 'no_show'
                ? html`<span class="muted small">${item.appointment.status === 'cancelled' ? 'Cancelled' : 'No-show'}</span>`
                : isToday
                  ? html`<${OpenButton} item=${item} />`
                  : html`<span class="muted small">Opens on the day</span>`)}
          </li>`;
        })}
      </ul>
    </section>`}
  </div>`;
}
