// Preparation and aftercare as a timeline around a session day: each instruction with its
// dates and a bar on a common scale, the session day marked. Used by the staff plan and, in
// plain words, by the patient portal and its printed page.
import { daysBetween, formatDate, formatRange } from '../lib/format.js';
import { html } from '../lib/html.js';

function addDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  const value = new Date(Date.UTC(y, m - 1, d + days));
  return value.toISOString().slice(0, 10);
}

// `items`: [{code, from, to, instruction}]; `label(code)`: a short name, or null for none.
export function CareTimeline({ items, sessionDate, label }) {
  if (!items || items.length === 0) return null;
  const ends = items.map((item) => item.to || addDays(item.from, 7));
  const start = [sessionDate, ...items.map((i) => i.from)].sort()[0];
  const end = [sessionDate, ...ends].sort().at(-1);
  const span = Math.max(1, daysBetween(start, end) + 1);
  const x = (date) => (daysBetween(start, date) / span) * 100;
  const sessionX = x(sessionDate) + 50 / span;
  const sorted = [...items].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return html`<ol class="care">
    ${sorted.map((item) => {
      const to = item.to || addDays(item.from, 7);
      const left = x(item.from);
      const width = Math.max(1.5, x(to) + 100 / span - left);
      return html`<li class="care__item" data-code=${item.code} data-from=${item.from} data-to=${item.to || undefined}>
        <div class="care__when">
          ${label && html`<strong class="care__name">${label(item.code)}</strong>`}
          <span class="care__dates">${formatRange(item.from, item.to)}</span>
        </div>
        <svg class="care__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="care__track" x="0" y="3" width="100" height="4" />
          <rect class=${`care__span ${item.to ? '' : 'care__span--open'}`} x=${left} y="1" width=${width} height="8" rx="1" />
          <line class="care__session" x1=${sessionX} x2=${sessionX} y1="0" y2="10" />
        </svg>
        <p class="care__text">${item.instruction}</p>
      </li>`;
    })}
  </ol>
  <p class="care__legend muted small">
    <span class="care__legend-mark" aria-hidden="true"></span> The line marks the session on ${formatDate(sessionDate, 'weekday')}.
  </p>`;
}
