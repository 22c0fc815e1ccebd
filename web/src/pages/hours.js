// A provider's working hours and time off. Every staff role may look; the owner changes
// anyone's, a provider only their own (the API enforces the same). Hours are local wall-clock
// times in the clinic's zone; time off is a local period, and booked visits inside it are
// listed (never moved) so the front desk can call those patients.
import { useEffect, useState } from 'preact/hooks';

import {
  ConfirmAction,
  Empty,
  ErrorBox,
  ErrorSummary,
  Loading,
  Notice,
  PageTitle,
  SelectField,
  SubmitButton,
  TextField,
  errorsAt,
  fieldId,
} from '../components/ui.js';
import { api } from '../lib/api.js';
import { WEEKDAYS, hoursBody, weekdayName } from '../lib/calendar.js';
import { today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { navigate } from '../lib/router.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { useProviders } from '../lib/staff_names.js';

function InlineErrors({ messages }) {
  if (!messages.length) return null;
  return html`<div class="field-error">${messages.map((m) => html`<p><span class="visually-hidden">Error: </span>${m}</p>`)}</div>`;
}

function weekFrom(hours) {
  const week = {};
  for (const day of WEEKDAYS) week[day] = ((hours && hours[day]) || []).map((s) => ({ from: s.from, to: s.to }));
  return week;
}

function WeekForm({ providerId, hours, canEdit, onSaved }) {
  const [week, setWeek] = useState(() => weekFrom(hours));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [saved, setSaved] = useState(false);
  const errors = problem && problem.status === 400 ? problem.errors : [];
  const setSpan = (day, i, patch) => {
    setSaved(false);
    setWeek({ ...week, [day]: week[day].map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  };
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      const answer = await api('PUT', `/api/v1/providers/${providerId}/hours`, hoursBody(week));
      setWeek(weekFrom(answer.hours));
      onSaved(answer);
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  if (!canEdit) {
    return html`<table class="table table--dense hours-table">
      <caption class="visually-hidden">Working hours</caption>
      <tbody>
        ${WEEKDAYS.map(
          (day) => html`<tr>
            <th scope="row">${weekdayName(day)}</th>
            <td>${week[day].length ? week[day].map((s) => `${s.from}–${s.to}`).join(', ') : html`<span class="muted">Day off</span>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
  return html`<form class="form hours-form" onSubmit=${submit} novalidate aria-label="Working hours">
    ${saved && html`<${Notice} kind="success"><p>Working hours saved.</p></${Notice}>`}
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <${ErrorSummary} errors=${errors} />
    ${WEEKDAYS.map(
      (day) => html`<fieldset class="hours-day" id=${fieldId(`/hours/${day}`)} tabindex="-1" data-day=${day}>
        <legend>${weekdayName(day)}</legend>
        <${InlineErrors} messages=${errorsAt(errors, `/hours/${day}`)} />
        ${week[day].length === 0 && html`<p class="muted hours-day__off">Day off</p>`}
        ${week[day].map(
          (span, i) => html`<div class="hours-span" id=${fieldId(`/hours/${day}/${i}`)} tabindex="-1">
            <${TextField}
              label=${`From (${weekdayName(day)} ${i + 1})`}
              pointer=${`/hours/${day}/${i}/from`}
              errors=${errors}
              type="time"
              value=${span.from}
              onValue=${(v) => setSpan(day, i, { from: v })}
            />
            <${TextField}
              label=${`To (${weekdayName(day)} ${i + 1})`}
              pointer=${`/hours/${day}/${i}/to`}
              errors=${errors}
              type="time"
              value=${span.to}
              onValue=${(v) => setSpan(day, i, { to: v })}
            />
            <button
              type="button"
              class="button button--quiet button--small"
              onClick=${() => setWeek({ ...week, [day]: week[day].filter((_, j) => j !== i) })}
            >
              Remove<span class="visually-hidden"> ${weekdayName(day)} span ${i + 1}</span>
            </button>
            <${InlineErrors} messages=${errorsAt(errors, `/hours/${day}/${i}`)} />
          </div>`,
        )}
        <button
          type="button"
          class="button button--secondary button--small"
          onClick=${() => {
            const last = week[day][week[day].length - 1];
            setWeek({ ...week, [day]: [...week[day], last ? { from: last.to, to: '' } : { from: '09:00', to: '17:00' }] });
          }}
        >
          Add hours<span class="visually-hidden"> on ${weekdayName(day)}</span>
        </button>
      </fieldset>`,
    )}
    <div class="form-actions"><${SubmitButton} busy=${busy}>Save working hours</${SubmitButton}></div>
  </form>`;
}

function TimeOffForm({ providerId, onAdded }) {
  const [fields, setFields] = useState({ from: '', to: '', note: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const errors = problem && problem.status === 400 ? problem.errors : [];
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const body = { from: fields.from, to: fields.to };
      if (fields.note.trim()) body.note = fields.note.trim();
      onAdded(await api('POST', `/api/v1/providers/${providerId}/time-off`, body));
      setFields({ from: '', to: '', note: '' });
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  return html`<form class="form time-off-form" onSubmit=${submit} novalidate aria-labelledby="time-off-add-heading">
    <h3 id="time-off-add-heading">Add time off</h3>
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <div class="grid grid--3">
      <${TextField} label="From" pointer="/from" errors=${errors} type="datetime-local" value=${fields.from} onValue=${(v) => setFields({ ...fields, from: v })} required />
      <${TextField} label="Until" pointer="/to" errors=${errors} type="datetime-local" value=${fields.to} onValue=${(v) => setFields({ ...fields, to: v })} required />
      <${TextField} label="Note (staff only)" pointer="/note" errors=${errors} value=${fields.note} onValue=${(v) => setFields({ ...fields, note: v })} maxlength="200" />
    </div>
    <${SubmitButton} busy=${busy} className="button--secondary">Add time off</${SubmitButton}>
  </form>`;
}

function TimeOff({ providerId, canEdit, timeZone }) {
  const list = useResource(`/api/v1/providers/${providerId}/time-off?from=${today(timeZone)}&days=366`);
  const [added, setAdded] = useState(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const remove = async (id) => {
    setBusy(true);
    setProblem(null);
    try {
      await api('DELETE', `/api/v1/time-off/${id}`);
      list.reload();
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const items = list.data ? list.data.items : [];
  return html`<section class="card" aria-labelledby="time-off-heading">
    <h2 id="time-off-heading">Time off</h2>
    ${list.loading && !list.data && html`<${Loading} />`}
    <${ErrorBox} error=${list.error} onRetry=${list.reload} />
    <${ErrorBox} error=${problem} />
    ${added &&
    html`<${Notice} kind=${added.overlapping_appointment_ids.length ? 'warning' : 'success'}>
      <p>Time off added: ${added.from_local.replace('T', ' ')} – ${added.to_local.replace('T', ' ')}.</p>
      ${added.overlapping_appointment_ids.length > 0 &&
      html`<p class="time-off__overlaps">
        ${added.overlapping_appointment_ids.length === 1 ? 'One booked visit falls' : `${added.overlapping_appointment_ids.length} booked visits fall`} in this period and
        ${added.overlapping_appointment_ids.length === 1 ? ' was' : ' were'} not moved:
        ${added.overlapping_appointment_ids.map((id, i) => html`${i ? ', ' : ' '}<a href=${`/staff/calendar?appointment=${id}`}>visit #${id}</a>`)}.
        Reschedule or cancel ${added.overlapping_appointment_ids.length === 1 ? 'it' : 'them'} from the calendar.
      </p>`}
    </${Notice}>`}
    ${list.data && items.length === 0 && html`<${Empty}>No time off in the coming year.</${Empty}>`}
    ${items.length > 0 &&
    html`<ul class="time-off-list">
      ${items.map(
        (t) => html`<li data-time-off=${t.id}>
          <span><strong>${t.from_local.replace('T', ' ')}</strong> – <strong>${t.to_local.replace('T', ' ')}</strong>${t.note ? html` <span class="muted">${t.note}</span>` : ''}</span>
          ${canEdit &&
          html`<${ConfirmAction} label="Remove" hiddenSuffix=${`time off from ${t.from_local.replace('T', ' ')}`} confirmLabel="Remove the time off" busy=${busy} onConfirm=${() => remove(t.id)} small>
            <p>The provider can be booked in this period again.</p>
          </${ConfirmAction}>`}
        </li>`,
      )}
    </ul>`}
    ${canEdit &&
    html`<${TimeOffForm}
      providerId=${providerId}
      onAdded=${(answer) => {
        setAdded(answer);
        list.reload();
      }}
    />`}
  </section>`;
}

export function HoursPage({ session }) {
  const { providers, loading, error, reload } = useProviders();
  const clinic = useResource('/api/v1/clinic');
  const params = new URLSearchParams(location.search);
  const fromQuery = Number(params.get('provider')) || null;
  const [providerId, setProviderId] = useState(fromQuery || (session.role === 'provider' ? session.user.id : null));
  useEffect(() => {
    if (!providerId && providers.length > 0) setProviderId(providers[0].id);
  }, [providerId, providers.length]);
  const hours = useResource(providerId ? `/api/v1/providers/${providerId}/hours` : null);
  useReadyMark(hours.data !== null && hours.data.provider_id === providerId && !hours.loading && clinic.data !== null && !loading, 'hours');
  const canEdit = session.role === 'owner' || (session.role === 'provider' && providerId === session.user.id);
  const timeZone = clinic.data ? clinic.data.time_zone : undefined;

  return html`<div class="stack">
    <div class="page-head">
      <div>
        <${PageTitle}>Working hours and time off</${PageTitle}>
        <p class="lead">Times are the clinic’s local time${timeZone ? ` (${timeZone})` : ''}. Days left empty are days off.</p>
      </div>
    </div>
    <${ErrorBox} error=${error || clinic.error} onRetry=${reload} />
    ${loading && html`<${Loading} />`}
    ${!loading && providers.length === 0 && html`<${Empty}>There are no providers yet. The owner invites them on the Team page.</${Empty}>`}
    ${providers.length > 0 &&
    html`<div class="card">
      <${SelectField}
        label="Provider"
        pointer="/provider"
        value=${providerId ? String(providerId) : ''}
        onValue=${(v) => {
          setProviderId(Number(v));
          navigate(`/staff/hours?provider=${v}`, { replace: true });
        }}
        options=${providers.map((p) => [String(p.id), p.display_name])}
      />
      ${!canEdit && html`<p class="muted">${session.role === 'provider' ? 'You can change only your own hours.' : 'Only the owner or the provider themself can change these.'}</p>`}
    </div>`}
    ${providerId &&
    html`<div class="columns">
      <section class="card columns__main" aria-labelledby="hours-heading">
        <h2 id="hours-heading">Weekly hours</h2>
        ${hours.loading && !hours.data && html`<${Loading} />`}
        <${ErrorBox} error=${hours.error} onRetry=${hours.reload} />
        ${hours.data && hours.data.provider_id === providerId && html`<${WeekForm} key=${providerId} providerId=${providerId} hours=${hours.data.hours} canEdit=${canEdit} onSaved=${hours.setData} />`}
      </section>
      <div class="columns__side">${clinic.data && html`<${TimeOff} key=${providerId} providerId=${providerId} canEdit=${canEdit} timeZone=${timeZone} />`}</div>
    </div>`}
  </div>`;
}
