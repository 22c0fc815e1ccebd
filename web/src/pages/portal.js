// The patient portal: "my plan" in plain words — the sessions and their dates, what to do
// before, what to expect after — and a printable page of it. The portal only ever asks for the
// logged-in patient's own records; any other id answers as not found.
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
  const first = schedule[0] ? schedule[0].date : null;
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
    ${first &&
    html`<section class="card">
      <h3>Before your first session</h3>
      <p class="muted">Do the same before every session: your clinic will remind you.</p>
      <${CareTimeline} items=${plan.prep} sessionDate=${first} label=${null} />
    </section>
    <section class="card">
      <h3>After each session</h3>
      <p class="muted">The dates are for your first session.</p>
      <${CareTimeline} items=${plan.aftercare} sessionDate=${first} label=${null} />
    </section>`}
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
