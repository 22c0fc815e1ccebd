// A patient's chart as one timeline. Each source contributes dated entries (consultations and
// plans today); sessions, photos, adverse events and messages are further sources with their
// own loader and card, added to CHART_SOURCES without touching the timeline itself.
import { actionLabel, findingLabel, planStatusLabel, verdictLabel } from '../lib/codes.js';
import { formatDate, formatTime, plural } from '../lib/format.js';
import { html } from '../lib/html.js';
import { Badge } from './ui.js';

export const verdictKind = {
  eligible: 'ok',
  eligible_with_precautions: 'caution',
  defer: 'defer',
  not_eligible: 'stop',
};

function ConsultationEntry({ item }) {
  const screening = item.screening || {};
  const findings = screening.findings || [];
  return html`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/consultations/${item.id}`}>Consultation</a></h3>
      <${Badge} kind=${verdictKind[item.verdict]}>${verdictLabel(item.verdict)}</${Badge}>
      ${item.earliest_date && html`<span>not before <strong>${formatDate(item.earliest_date, 'weekday')}</strong></span>`}
    </header>
    ${findings.length > 0 &&
    html`<ul class="chips" aria-label="Findings">
      ${findings.map((f) => html`<li class=${`chip chip--${f.level}`}>${findingLabel(f.code)}</li>`)}
    </ul>`}
    ${(screening.actions || []).length > 0 &&
    html`<p class="entry__line">Required: ${screening.actions.map(actionLabel).join(', ')}</p>`}
    <p class="entry__meta">Protocol ${item.protocol.name} ${item.protocol.version}</p>
  </article>`;
}

function PlanEntry({ item }) {
  const schedule = item.schedule || [];
  return html`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/plans/${item.id}`}>Treatment plan</a></h3>
      <${Badge} kind="neutral">${planStatusLabel(item.status)}</${Badge}>
      <span>${plural(item.sessions, 'session')}, every ${item.interval_days.min}–${item.interval_days.max} days</span>
    </header>
    ${schedule.length > 0
      ? html`<p class="entry__line">
          ${schedule.map((s) => html`<span class="session-date">Session ${s.session}: ${formatDate(s.date)}</span>`)}
        </p>`
      : html`<p class="entry__line">No dates yet: the series starts once the deferral is resolved.</p>`}
  </article>`;
}

// One source of timeline entries: which roles may load it, where from, and how an entry reads.
export const CHART_SOURCES = [
  {
    key: 'consultations',
    roles: ['owner', 'provider'],
    path: (patientId) => `/api/v1/patients/${patientId}/consultations`,
    toEntries: (list) =>
      list.items.map((item) => ({ key: `c${item.id}`, at: item.created_at, kind: 'Consultation', item, Card: ConsultationEntry })),
  },
  {
    key: 'plans',
    roles: ['owner', 'provider', 'front_desk'],
    path: (patientId) => `/api/v1/patients/${patientId}/plans`,
    toEntries: (list) =>
      list.items.map((item) => ({
        key: `p${item.id}`,
        at: item.created_at || (item.schedule && item.schedule[0] && `${item.schedule[0].date}T00:00:00Z`) || '',
        kind: 'Plan',
        item,
        Card: PlanEntry,
      })),
  },
];

// Entries newest first.
export function Timeline({ entries }) {
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return html`<ol class="timeline">
    ${sorted.map(
      (entry) => html`<li class="timeline__item" key=${entry.key}>
        <div class="timeline__when">${entry.at ? formatTime(entry.at) : ''}</div>
        <div class="timeline__body"><${entry.Card} item=${entry.item} /></div>
      </li>`,
    )}
  </ol>`;
}
