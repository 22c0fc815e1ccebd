// What staff do with one appointment: its details, the status moves of the day (check in,
// complete, no-show), rescheduling to another free time (or a typed one) and cancelling.
// Every change sends the version read, so a change made meanwhile by someone else is a 409
// that asks to reload instead of overwriting it. A move that puts a treatment session closer
// to its neighbours than the plan's minimum spacing is refused (422) unless a provider gives
// the reason for it; warnings the API answers are shown as they are.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { appointmentStatusLabel, kindLabel, localDate, localTime, statusActions, timeRange } from '../lib/calendar.js';
import { formatDate } from '../lib/format.js';
import { html } from '../lib/html.js';
import { SlotSearch } from './book_visit.js';
import { Dialog } from './dialog.js';
import { Badge, Notice, Refusal, SubmitButton, TextArea, TextField } from './ui.js';

const statusBadge = { booked: 'neutral', confirmed: 'neutral', checked_in: 'caution', completed: 'ok', cancelled: 'stop', no_show: 'defer' };

export function StatusBadge({ status }) {
  return html`<${Badge} kind=${statusBadge[status] || 'neutral'}>${appointmentStatusLabel(status)}</${Badge}>`;
}

// The spacing refusal of a move (422 naming the neighbours), or null.
export function spacingProblem(error) {
  if (!error || error.status !== 422) return null;
  const messages = error.errors.map((e) => e.message);
  return messages.length ? messages : [error.detail];
}

// A typed local start ("YYYY-MM-DDTHH:MM"), for a time the slot list does not offer.
function ExactTime({ initial, busy, onMove, label }) {
  const [start, setStart] = useState(initial || '');
  return html`<form
    class="form form--compact exact-time"
    novalidate
    onSubmit=${(event) => {
      event.preventDefault();
      onMove(start);
    }}
  >
    <div class="inline-form">
      <${TextField} label="Or type a start" pointer="/start" type="datetime-local" value=${start} onValue=${setStart} hint="Clinic time; the same provider, the first free room and pen" />
      <${SubmitButton} busy=${busy} className="button--secondary" busyLabel="Moving…">${label}</${SubmitButton}>
    </div>
  </form>`;
}

// The reschedule dialog. `onDone(appointment)` with the answer (its `warnings` too).
export function RescheduleDialog({ appointment, patientName, timeZone, role, onClose, onDone }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [pending, setPending] = useState(null); // the move a spacing refusal held back
  const [reason, setReason] = useState('');
  const [refresh, setRefresh] = useState(0);
  const move = async (target, overrideReason) => {
    setBusy(true);
    setProblem(null);
    try {
      const body = { version: appointment.version, start: target.start_local };
      if (target.provider_id) body.provider_id = target.provider_id;
      if (target.room_id) body.room_id = target.room_id;
      if (target.device_id) body.device_id = target.device_id;
      if (overrideReason) body.override_reason = overrideReason;
      const answer = await api('POST', `/api/v1/appointments/${appointment.id}/reschedule`, body);
      setBusy(false);
      onDone(answer);
      return;
    } catch (error) {
      setProblem(error);
      if (error.status === 422 && spacingProblem(error)) setPending(target);
      if (error.status === 409) setRefresh((n) => n + 1);
    }
    setBusy(false);
  };
  const spacing = problem && problem.status === 422 ? spacingProblem(problem) : null;
  return html`<${Dialog} title=${`Reschedule: ${patientName}`} onClose=${onClose} wide>
    <p>
      Now: <strong>${formatDate(localDate(appointment.start_local), 'weekday')}, ${timeRange(appointment)}</strong> · ${kindLabel(appointment.kind)}
      ${appointment.session_number ? ` · session ${appointment.session_number} of ${appointment.session_count}` : ''}
    </p>
    ${problem && problem.status === 409 &&
    html`<div class="alert alert--error" role="alert"><p><strong>Not moved.</strong> ${problem.detail}. The free times below are up to date.</p></div>`}
    ${spacing &&
    html`<div class="alert alert--warning spacing" role="alert">
      <p><strong>Too close to the neighbouring session.</strong></p>
      <ul>${spacing.map((m) => html`<li>${m}</li>`)}</ul>
      ${role === 'provider'
        ? html`<form
            class="form form--compact"
            novalidate
            onSubmit=${(event) => {
              event.preventDefault();
              move(pending, reason.trim());
            }}
          >
            <${TextArea} label="Your reason for the shorter gap" pointer="/override_reason" value=${reason} onValue=${setReason} rows="2" required />
            <${SubmitButton} busy=${busy} busyLabel="Moving…">Move anyway, with this reason</${SubmitButton}>
          </form>`
        : html`<p>Only a provider can move a session closer than the plan allows, giving the reason. Pick a later time, or ask the provider.</p>`}
    </div>`}
    ${problem && problem.status !== 409 && !spacing && html`<${Refusal} error=${problem} />`}
    <${SlotSearch}
      kind=${appointment.kind}
      patientId=${appointment.patient_id}
      timeZone=${timeZone}
      initialDate=${localDate(appointment.start_local)}
      initialProvider=${appointment.provider_id}
      refresh=${refresh}
      busy=${busy}
      label="move here"
      onPick=${(slot) => move(slot)}
    />
    <${ExactTime} initial=${appointment.start_local} busy=${busy} label="Move to this time" onMove=${(start) => move({ start_local: start, provider_id: appointment.provider_id })} />
  </${Dialog}>`;
}

export function CancelDialog({ appointment, patientName, onClose, onDone }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const cancel = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onDone(await api('POST', `/api/v1/appointments/${appointment.id}/cancel`, { version: appointment.version }));
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };
  return html`<${Dialog} title=${`Cancel: ${patientName}`} onClose=${onClose}>
    <p>
      Cancel the ${kindLabel(appointment.kind).toLowerCase()} on <strong>${formatDate(localDate(appointment.start_local), 'long')}</strong> at
      <strong>${` ${localTime(appointment.start_local)}`}</strong>? The time becomes free for others; the record stays, marked cancelled.
    </p>
    <${Refusal} error=${problem} />
    <div class="form-actions">
      <button type="button" class="button button--danger" disabled=${busy} onClick=${cancel}>${busy ? 'Cancelling…' : 'Cancel the appointment'}</button>
      <button type="button" class="button button--quiet" onClick=${onClose}>Keep it</button>
    </div>
  </${Dialog}>`;
}

// The details and actions of one appointment. `onChanged(appointment)` after any change.
export function AppointmentDetail({ appointment, role, timeZone, providerName, resourceName, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [dialog, setDialog] = useState(null);
  const [notice, setNotice] = useState(null);
  const a = appointment;
  const name = a.patient_name || `patient #${a.patient_id}`;
  const setStatus = async (status) => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      const answer = await api('POST', `/api/v1/appointments/${a.id}/status`, { version: a.version, status });
      onChanged({ ...a, ...answer });
      setNotice({ text: `${appointmentStatusLabel(answer.status)}.`, maintenance: answer.maintenance || null });
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const open = a.status !== 'cancelled' && a.status !== 'completed' && a.status !== 'no_show';
  return html`<section class="card appointment-detail" aria-labelledby="appointment-heading" data-appointment=${a.id}>
    <h2 id="appointment-heading">${kindLabel(a.kind)}: ${name}</h2>
    <p><${StatusBadge} status=${a.status} /></p>
    <dl class="facts">
      <div><dt>When</dt><dd><time datetime=${a.start}>${formatDate(localDate(a.start_local), 'weekday')}, ${timeRange(a)}</time></dd></div>
      <div><dt>Provider</dt><dd>${providerName(a.provider_id)}</dd></div>
      ${a.room_id && html`<div><dt>Room</dt><dd>${resourceName(a.room_id)}</dd></div>`}
      ${a.device_id && html`<div><dt>Pen</dt><dd>${resourceName(a.device_id)}</dd></div>`}
      ${a.session_number && html`<div><dt>Session</dt><dd>${a.session_number} of ${a.session_count}</dd></div>`}
    </dl>
    <p class="small">
      <a href=${`/staff/patients/${a.patient_id}`}>Open the chart</a>${a.plan_id ? html` · <a href=${`/staff/plans/${a.plan_id}`}>Open the plan</a>` : ''}
    </p>
    ${notice &&
    html`<${Notice} kind="success">
      <p>${notice.text}</p>
      ${notice.maintenance && html`<p>The series is complete. Recall for maintenance between <strong>${formatDate(notice.maintenance.from, 'long')}</strong> and <strong>${formatDate(notice.maintenance.to, 'long')}</strong>.</p>`}
    </${Notice}>`}
    ${a.warnings && a.warnings.length > 0 && html`<${Notice} kind="warning"><ul class="warnings">${a.warnings.map((w) => html`<li>${w.message || w}</li>`)}</ul></${Notice}>`}
    <${Refusal} error=${problem} />
    ${statusActions(a).length > 0 &&
    html`<div class="form-actions" role="group" aria-label="Status">
      ${statusActions(a).map(
        ([status, label]) =>
          html`<button type="button" class=${`button ${status === 'no_show' ? 'button--secondary' : ''}`} disabled=${busy} onClick=${() => setStatus(status)}>${label}</button>`,
      )}
    </div>`}
    ${open &&
    html`<div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${() => setDialog('reschedule')}>Reschedule</button>
      <button type="button" class="button button--quiet" onClick=${() => setDialog('cancel')}>Cancel appointment</button>
    </div>`}
    ${dialog === 'reschedule' &&
    html`<${RescheduleDialog}
      appointment=${a}
      patientName=${name}
      timeZone=${timeZone}
      role=${role}
      onClose=${() => setDialog(null)}
      onDone=${(answer) => {
        setDialog(null);
        setNotice({ text: `Moved to ${formatDate(localDate(answer.start_local), 'weekday')}, ${localTime(answer.start_local)}.` });
        onChanged({ ...a, ...answer });
      }}
    />`}
    ${dialog === 'cancel' &&
    html`<${CancelDialog}
      appointment=${a}
      patientName=${name}
      onClose=${() => setDialog(null)}
      onDone=${(answer) => {
        setDialog(null);
        setNotice({ text: 'Cancelled.' });
        onChanged({ ...a, ...answer });
      }}
    />`}
  </section>`;
}
