// The patient portal: "my plan" in plain words — the sessions and their dates, what to do
// before and after each one (its own dates: the plan's per-session timelines) — and a
// printable page of it; and each signed session with its aftercare and a way to report a
// concern. The portal only ever asks for the logged-in patient's own records; any other id
// answers as not found.
import { CareTimeline } from '../components/care_timeline.js';
import { Empty, ErrorBox, Loading, PageTitle, Time } from '../components/ui.js';
import { formatDate, fullName, plural } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';

const statusWords = {
  proposed: 'Proposed by your clinic',
  active: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

function PlainPlan({ plan, patientName }) {
  const schedule = plan.schedule || [];
  // Each session's own preparation and aftercare, with its dates (the plan's timelines).
  const timelines = plan.timelines || [];
  return html`<article class="portal-plan" aria-labelledby=${`plan-${plan.id}-heading`}>
    <header class="portal-plan__head">
      <h2 id=${`plan-${plan.id}-heading`}>Your microneedling plan</h2>
      <p>${patientName} · ${statusWords[plan.status] || plan.status} · ${plural(plan.sessions, 'session')}</p>
    </header>
    <section class="card">
      <h3>Your sessions</h3>
      ${schedule.length === 0
        ? html`<p>Your clinic will give you the dates once you are ready to start.</p>`
        : html`<ol class="sessions sessions--large">
            ${schedule.map((s) => html`<li><span class="sessions__n">Session ${s.session}</span> <${Time} date=${s.date} style="long" /></li>`)}
          </ol>
          <p>Sessions are about ${Math.round(plan.interval_days.min / 7)} to ${Math.round(plan.interval_days.max / 7)} weeks apart, so your skin can heal and rebuild in between.</p>`}
    </section>
    ${timelines.length > 0 &&
    html`<section class="card" data-session=${timelines[0].session}>
        <h3>Before your first session</h3>
        <p class="muted">On <${Time} date=${timelines[0].date} style="long" />.</p>
        <${CareTimeline} items=${timelines[0].prep} sessionDate=${timelines[0].date} label=${null} />
      </section>
      <section class="card" data-session=${timelines[0].session}>
        <h3>After your first session</h3>
        <${CareTimeline} items=${timelines[0].aftercare} sessionDate=${timelines[0].date} label=${null} />
      </section>
      ${timelines.slice(1).map(
        (t) => html`<section class="card portal-session" data-session=${t.session}>
          <h3>Session ${t.session}: <${Time} date=${t.date} style="long" /></h3>
          <details class="portal-session__details">
            <summary>Before and after session ${t.session}</summary>
            <h4>Before</h4>
            <${CareTimeline} items=${t.prep} sessionDate=${t.date} label=${null} />
            <h4>After</h4>
            <${CareTimeline} items=${t.aftercare} sessionDate=${t.date} label=${null} />
          </details>
        </section>`,
      )}`}
    ${(plan.follow_up_photos || []).length > 0 &&
    html`<section class="card">
      <h3>Follow-up photos</h3>
      <p>${`Results build over three to six months. Your clinic will take photos around ${plan.follow_up_photos
        .map((d) => formatDate(d, 'long'))
        .join(', ')}.`}</p>
    </section>`}
    ${plan.maintenance &&
    html`<section class="card">
      <h3>Keeping the results</h3>
      <p>${`A maintenance session between ${formatDate(plan.maintenance.from, 'long')} and ${formatDate(plan.maintenance.to, 'long')} keeps the results going.`}</p>
    </section>`}
    <section class="card card--warning">
      <h3>Call the clinic straight away if</h3>
      <p>you have a cold sore, a rash, a breakout or sunburn before a session, or pus, fever, spreading redness or increasing pain after one.</p>
    </section>
  </article>`;
}

// The patient's coming visits, each with a calendar file to add it to their own calendar.
function Upcoming({ patientId }) {
  const list = useResource(`/api/v1/patients/${patientId}/appointments`);
  const now = Date.now();
  const items = list.data
    ? list.data.items.filter((a) => a.status !== 'cancelled' && a.status !== 'no_show' && a.status !== 'completed' && Date.parse(a.end) > now).sort((a, b) => a.start.localeCompare(b.start))
    : [];
  if (list.error) return html`<${ErrorBox} error=${list.error} onRetry=${list.reload} />`;
  if (!list.data) return null;
  return html`<section class="card" aria-labelledby="upcoming-heading">
    <h2 id="upcoming-heading">Upcoming sessions</h2>
    ${items.length === 0
      ? html`<p>No visits booked yet. Your clinic will book them with you.</p>`
      : html`<ul class="upcoming">
          ${items.map(
            (a) => html`<li data-appointment=${a.id}>
              <span>
                <strong><${Time} date=${a.start_local.slice(0, 10)} style="long" /></strong> at ${a.start_local.slice(11, 16)}
                ${a.session_number ? ` · session ${a.session_number} of ${a.session_count}` : a.kind === 'consultation' ? ' · consultation' : ''}
              </span>
              <a class="button button--secondary button--small no-print" href=${`/api/v1/appointments/${a.id}/calendar.ics`} download=${`appointment-${a.id}.ics`}>
                Add to my calendar<span class="visually-hidden"> (${a.start_local.replace('T', ' ')})</span>
              </a>
            </li>`,
          )}
        </ul>`}
  </section>`;
}

// The patient's signed sessions, each with its aftercare and a way to report a concern.
function SignedSessions({ patientId }) {
  const list = useResource(`/api/v1/patients/${patientId}/sessions`);
  if (list.error) return html`<${ErrorBox} error=${list.error} onRetry=${list.reload} />`;
  if (!list.data) return null;
  const items = list.data.items.filter((s) => s.status === 'signed_off').sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  if (items.length === 0) return null;
  return html`<section class="card no-print" aria-labelledby="my-sessions-heading">
    <h2 id="my-sessions-heading">Your sessions</h2>
    <ul class="my-sessions">
      ${items.map(
        (s) => html`<li data-session=${s.id}>
          <span><strong><${Time} date=${s.date} style="long" /></strong> · session ${s.number}${s.sessions_planned ? ` of ${s.sessions_planned}` : ''}</span>
          <span class="my-sessions__links">
            <a href=${`/portal/sessions/${s.id}/aftercare`}>Aftercare<span class="visually-hidden"> after session ${s.number}</span></a>
            <a href=${`/portal/sessions/${s.id}/concern`}>Report a concern<span class="visually-hidden"> after session ${s.number}</span></a>
          </span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function PrintButton() {
  return html`<button type="button" class="button no-print" onClick=${() => window.print()}>Print or save as PDF</button>`;
}

export function PortalHome({ session }) {
  const patientId = session.user.patient_id;
  const patient = useResource(`/api/v1/patients/${patientId}`);
  const plans = useResource(`/api/v1/patients/${patientId}/plans`);
  useReadyMark(patient.data !== null && plans.data !== null, 'portal');
  const name = patient.data ? fullName(patient.data) : session.user.display_name;
  const items = plans.data ? [...plans.data.items].sort((a, b) => b.id - a.id) : [];
  const current = items.find((p) => p.status !== 'cancelled') || items[0];

  return html`<div class="stack portal">
    <div class="page-head">
      <div>
        <${PageTitle} title="My plan">Hello, ${name}</${PageTitle}>
        <p class="lead">Your treatment plan, and how to prepare for each session.</p>
      </div>
      ${current && html`<${PrintButton} />`}
    </div>
    <${ErrorBox} error=${patient.error || plans.error} onRetry=${() => (patient.reload(), plans.reload())} />
    ${plans.loading && html`<${Loading} label="Loading your plan…" />`}
    <${SignedSessions} patientId=${patientId} />
    <${Upcoming} patientId=${patientId} />
    ${plans.data && !current && html`<${Empty}>Your clinic has not made a treatment plan for you yet.</${Empty}>`}
    ${current && html`<${PlainPlan} plan=${current} patientName=${name} />`}
    ${items.length > 1 &&
    html`<section class="card no-print">
      <h2>Earlier plans</h2>
      <ul>${items.filter((p) => p !== current).map((p) => html`<li><a href=${`/portal/plans/${p.id}`}>Plan of ${plural(p.sessions, 'session')}${p.schedule && p.schedule[0] ? `, from ${formatDate(p.schedule[0].date)}` : ''}</a></li>`)}</ul>
    </section>`}
  </div>`;
}

export function PortalPlanPage({ session, id }) {
  const plan = useResource(`/api/v1/plans/${id}`);
  useReadyMark(plan.data !== null, 'portal-plan');
  return html`<div class="stack portal">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <${PageTitle} title="Treatment plan">Treatment plan</${PageTitle}>
      ${plan.data && html`<${PrintButton} />`}
    </div>
    ${plan.loading && html`<${Loading} label="Loading the plan…" />`}
    ${plan.error &&
    (plan.error.status === 404
      ? html`<div class="alert alert--error" role="alert"><p>There is no plan of yours at this address.</p></div>`
      : html`<${ErrorBox} error=${plan.error} onRetry=${plan.reload} />`)}
    ${plan.data && html`<${PlainPlan} plan=${plan.data} patientName=${session.user.display_name} />`}
  </div>`;
}
