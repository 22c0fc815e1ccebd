// Booking a plan's whole series in one action. The API proposes a time for every session
// (provider, room and pen, the gap in days from the one before); any session can be moved to
// another free time or a typed one before confirming; confirming books them all or nothing.
// A slot taken meanwhile is a 409 naming it: nothing is booked, the taken session is shown
// and a fresh proposal is made. Gaps under the plan's minimum are marked; the API refuses them
// (422) unless a provider gives the reason. Booked sessions are listed, and the remaining
// ones can be cancelled together.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { appointmentStatusLabel, gapDays, localDate, localTime, timeRange } from '../lib/calendar.js';
import { formatDate, plural } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useResource } from '../lib/resource.js';
import { useProviders, useResources } from '../lib/staff_names.js';
import { spacingProblem } from './appointment_actions.js';
import { SlotSearch } from './book_visit.js';
import { Dialog } from './dialog.js';
import { Checkbox, ErrorBox, Loading, Notice, Refusal, SelectField, SubmitButton, TextArea, TextField } from './ui.js';

// The gap in days of each session from the one before it (null for the first), recomputed
// after a move.
export function withGaps(sessions) {
  return sessions.map((s, i) => ({ ...s, gap_days: i === 0 ? null : gapDays(sessions[i - 1].start_local, s.start_local) }));
}

// The sessions a 409 or 422 names (errors at /sessions/<i>…), as session numbers.
export function namedSessions(error, sessions) {
  const named = new Set();
  for (const e of (error && error.errors) || []) {
    const match = /^\/sessions\/(\d+)/.exec(e.path || '');
    if (match && sessions[+match[1]]) named.add(sessions[+match[1]].session);
  }
  return [...named];
}

function MoveSessionDialog({ session, patientId, timeZone, onClose, onMove }) {
  const [start, setStart] = useState(session.start_local);
  return html`<${Dialog} title=${`Move session ${session.session}`} onClose=${onClose} wide>
    <p>Proposed: <strong>${formatDate(localDate(session.start_local), 'weekday')}, ${localTime(session.start_local)}</strong>. Pick another free time, or type one.</p>
    <${SlotSearch}
      kind="treatment"
      patientId=${patientId}
      timeZone=${timeZone}
      initialDate=${localDate(session.start_local)}
      initialProvider=${session.provider_id}
      label=${`use for session ${session.session}`}
      onPick=${(slot) => onMove({ ...session, start_local: slot.start_local, end_local: slot.end_local || '', provider_id: slot.provider_id, room_id: slot.room_id, device_id: slot.device_id, moved: true })}
    />
    <form
      class="form form--compact exact-time"
      novalidate
      onSubmit=${(event) => {
        event.preventDefault();
        if (start) onMove({ ...session, start_local: start, end_local: '', room_id: null, device_id: null, moved: true });
      }}
    >
      <div class="inline-form">
        <${TextField} label="Or type a start" pointer="/series-start" type="datetime-local" value=${start} onValue=${setStart} hint="Clinic time; the same provider, the first free room and pen" />
        <button type="submit" class="button button--secondary">Use this time</button>
      </div>
    </form>
  </${Dialog}>`;
}

function ProposalTable({ sessions, minGap, providerName, resourceName, taken, onMove }) {
  return html`<div class="table-scroll"><table class="table series-table">
    <caption class="visually-hidden">Proposed sessions</caption>
    <thead>
      <tr><th scope="col">Session</th><th scope="col">Date and time</th><th scope="col">Provider</th><th scope="col">Room</th><th scope="col">Pen</th><th scope="col">Gap</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
    </thead>
    <tbody>
      ${sessions.map(
        (s) => html`<tr class=${s.moved ? 'session--moved' : ''} data-session=${s.session}>
          <th scope="row">${s.session}${taken.includes(s.session) ? html` <span class="badge badge--stop">Taken</span>` : ''}</th>
          <td><time datetime=${s.start_local}>${formatDate(localDate(s.start_local), 'weekday')}, ${s.end_local ? timeRange(s) : localTime(s.start_local)}</time>${s.moved ? html` <span class="muted">(moved)</span>` : ''}</td>
          <td>${providerName(s.provider_id)}${s.provider_changed ? html` <span class="muted">(another provider)</span>` : ''}</td>
          <td>${s.room_id ? resourceName(s.room_id) : html`<span class="muted">first free</span>`}</td>
          <td>${s.device_id ? resourceName(s.device_id) : html`<span class="muted">first free</span>`}</td>
          <td class=${s.gap_days !== null && minGap && s.gap_days < minGap ? 'gap--short' : ''}>
            ${s.gap_days === null ? '—' : plural(s.gap_days, 'day')}${s.gap_days !== null && minGap && s.gap_days < minGap ? html`<span> (under ${minGap})</span>` : ''}
          </td>
          <td><button type="button" class="button button--quiet button--small" onClick=${() => onMove(s)}>Move<span class="visually-hidden"> session ${s.session}</span></button></td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}

export function SeriesBooking({ plan, patientName, role, timeZone }) {
  const { providers, nameOf: providerName } = useProviders();
  const resources = useResources();
  const booked = useResource(`/api/v1/patients/${plan.patient_id}/appointments`);
  const [providerId, setProviderId] = useState('');
  const [proposal, setProposal] = useState(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [taken, setTaken] = useState([]);
  const [moving, setMoving] = useState(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(null);
  const [closePlan, setClosePlan] = useState(false);
  const [cancelled, setCancelled] = useState(null);
  const minGap = plan.interval_days ? plan.interval_days.min : null;

  const propose = async () => {
    const body = {};
    if (providerId) body.provider_id = Number(providerId);
    const answer = await api('POST', `/api/v1/plans/${plan.id}/series/proposal`, body);
    setProposal({ ...answer, sessions: withGaps(answer.sessions) });
  };
  const run = async (work) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const confirm = (overrideReason) =>
    run(async () => {
      const body = {
        sessions: proposal.sessions.map((s) => {
          const item = { session: s.session, start: s.start_local, provider_id: s.provider_id };
          if (s.room_id) item.room_id = s.room_id;
          if (s.device_id) item.device_id = s.device_id;
          return item;
        }),
      };
      if (overrideReason) body.override_reason = overrideReason;
      try {
        const answer = await api('POST', `/api/v1/plans/${plan.id}/series`, body);
        setDone(answer);
        setProposal(null);
        setTaken([]);
        booked.reload();
      } catch (error) {
        if (error.status === 409) {
          // Nothing was booked: say which session's time went, and propose afresh.
          setTaken(namedSessions(error, proposal.sessions).length ? namedSessions(error, proposal.sessions) : []);
          setProblem(error);
          await propose();
          return;
        }
        throw error;
      }
    });

  const planAppointments = booked.data ? booked.data.items.filter((a) => a.plan_id === plan.id).sort((a, b) => a.start_local.localeCompare(b.start_local)) : [];
  const live = planAppointments.filter((a) => a.status !== 'cancelled');
  const remaining = live.filter((a) => a.status === 'booked' || a.status === 'confirmed');
  const spacing = problem && problem.status === 422 ? spacingProblem(problem) : null;
  const open = plan.status === 'active'; // a series is booked from an active plan

  return html`<section class="card series" aria-labelledby="series-heading">
    <h2 id="series-heading">Booked sessions</h2>
    ${booked.loading && !booked.data && html`<${Loading} />`}
    <${ErrorBox} error=${booked.error} onRetry=${booked.reload} />
    ${done &&
    html`<${Notice} kind="success">
      <p class="series-booked">${plural(done.items.length, 'session')} booked in one go.</p>
      ${done.warnings && done.warnings.length > 0 && html`<ul class="warnings">${done.warnings.map((w) => html`<li>Session ${w.session}: ${w.message}</li>`)}</ul>`}
    </${Notice}>`}
    ${cancelled !== null && html`<${Notice} kind="success"><p class="series-cancelled">${plural(cancelled, 'remaining session')} cancelled.</p></${Notice}>`}
    ${live.length > 0 &&
    html`<ol class="sessions booked-sessions">
      ${live.map(
        (a) => html`<li data-appointment=${a.id}>
          <span class="sessions__n">Session ${a.session_number}</span>
          <a href=${`/staff/calendar?view=day&date=${localDate(a.start_local)}&appointment=${a.id}`}>${formatDate(localDate(a.start_local), 'weekday')}, ${timeRange(a)}</a>
          · ${providerName(a.provider_id)} · ${appointmentStatusLabel(a.status)}
        </li>`,
      )}
    </ol>`}
    ${booked.data && live.length === 0 && !proposal && html`<p class="muted">No session of this plan is booked yet.${plan.status === 'proposed' ? ' Activate the plan to book its series.' : ''}</p>`}
    ${remaining.length > 0 &&
    html`<div class="series-cancel">
      <${Checkbox} id="close-plan" label="Also close the plan" checked=${closePlan} onChecked=${setClosePlan} />
      <button
        type="button"
        class="button button--secondary"
        disabled=${busy}
        onClick=${() =>
          run(async () => {
            const answer = await api('POST', `/api/v1/plans/${plan.id}/series/cancel`, { close_plan: closePlan });
            setDone(null);
            setCancelled(answer.items.length);
            booked.reload();
          })}
      >
        Cancel remaining sessions (${remaining.length})
      </button>
    </div>`}
    ${open && live.length === 0 && !proposal &&
    html`<div class="inline-form series-start">
      <${SelectField}
        label="Provider for the series"
        pointer="/provider_id"
        value=${providerId}
        onValue=${setProviderId}
        placeholder="Any provider"
        options=${providers.map((p) => [String(p.id), p.display_name])}
      />
      <button type="button" class="button" disabled=${busy} onClick=${() => run(propose)}>${busy ? 'Proposing…' : 'Book series'}</button>
    </div>`}
    ${problem && problem.status === 409 &&
    html`<div class="alert alert--error" role="alert">
      <p class="series-taken">
        Nothing was booked: ${taken.length ? `the time of session ${taken.join(', ')} was taken meanwhile` : 'a time was taken meanwhile'}.
        ${problem.errors.length ? problem.errors.map((e) => e.message).join('; ') : problem.detail}. A new proposal is shown below.
      </p>
    </div>`}
    ${spacing &&
    html`<div class="alert alert--warning" role="alert">
      <p><strong>Sessions too close together.</strong></p>
      <ul>${spacing.map((m) => html`<li>${m}</li>`)}</ul>
      ${role === 'provider'
        ? html`<form
            class="form form--compact"
            novalidate
            onSubmit=${(event) => {
              event.preventDefault();
              confirm(reason.trim());
            }}
          >
            <${TextArea} label="Your reason for the shorter gap" pointer="/override_reason" value=${reason} onValue=${setReason} rows="2" required />
            <${SubmitButton} busy=${busy} busyLabel="Booking…">Book anyway, with this reason</${SubmitButton}>
          </form>`
        : html`<p>Only a provider can book sessions closer than the plan allows. Move the session later, or ask the provider.</p>`}
    </div>`}
    ${problem && problem.status !== 409 && !spacing && html`<${Refusal} error=${problem} />`}
    ${proposal &&
    html`<div class="series-proposal">
      <h3>Proposal for ${patientName}</h3>
      <p class="muted">
        ${plural(proposal.sessions.length, 'session')} of ${proposal.minutes} minutes, in the clinic’s time (${proposal.time_zone}).
        ${minGap ? ` The plan wants at least ${minGap} days between sessions.` : ''}
      </p>
      ${proposal.unplaceable &&
      html`<${Notice} kind="warning"><p>Session ${proposal.unplaceable.session} could not be placed between ${formatDate(proposal.unplaceable.from)} and ${formatDate(proposal.unplaceable.to)}: ${proposal.unplaceable.reason}.</p></${Notice}>`}
      <${ProposalTable} sessions=${proposal.sessions} minGap=${minGap} providerName=${providerName} resourceName=${resources.nameOf} taken=${taken} onMove=${setMoving} />
      <div class="form-actions">
        <button type="button" class="button" disabled=${busy || proposal.sessions.length === 0} onClick=${() => confirm('')}>
          ${busy ? 'Booking…' : `Confirm and book all ${proposal.sessions.length} sessions`}
        </button>
        <button type="button" class="button button--quiet" disabled=${busy} onClick=${() => run(propose)}>Propose again</button>
        <button type="button" class="button button--quiet" onClick=${() => (setProposal(null), setProblem(null), setTaken([]))}>Discard</button>
      </div>
    </div>`}
    ${moving &&
    html`<${MoveSessionDialog}
      session=${moving}
      patientId=${plan.patient_id}
      timeZone=${timeZone}
      onClose=${() => setMoving(null)}
      onMove=${(next) => {
        setMoving(null);
        setTaken(taken.filter((n) => n !== next.session));
        setProposal({ ...proposal, sessions: withGaps(proposal.sessions.map((s) => (s.session === next.session ? next : s))) });
      }}
    />`}
  </section>`;
}
