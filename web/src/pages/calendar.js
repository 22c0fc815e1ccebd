// The clinic's calendar: a day or a week, for one provider, one room or everyone, in the
// clinic's local time. Cancelled visits are struck through, or hidden with a toggle. Choosing
// a visit opens its details and actions beside the calendar (components/appointment_actions.js).
// The address keeps the view, date, provider or room and the open visit (ids and dates only,
// never a name), so a link or a reload shows the same.
import { useEffect, useState } from 'preact/hooks';

import { AppointmentDetail } from '../components/appointment_actions.js';
import { Checkbox, Empty, ErrorBox, Loading, PageTitle, SelectField, TextField } from '../components/ui.js';
import { addDays, appointmentStatusLabel, byDay, daysFrom, kindLabel, timeRange, weekStart } from '../lib/calendar.js';
import { formatDate, plural, today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { useProviders, useResources } from '../lib/staff_names.js';

function readQuery() {
  const q = new URLSearchParams(location.search);
  return {
    view: q.get('view') === 'day' ? 'day' : 'week',
    date: /^\d{4}-\d{2}-\d{2}$/.test(q.get('date') || '') ? q.get('date') : '',
    who: /^(provider|room):\d+$/.test(q.get('show') || '') ? q.get('show') : '',
    appointment: Number(q.get('appointment')) || null,
  };
}

function writeQuery(state) {
  const q = new URLSearchParams();
  q.set('view', state.view);
  if (state.date) q.set('date', state.date);
  if (state.who) q.set('show', state.who);
  if (state.appointment) q.set('appointment', String(state.appointment));
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

// The API query for a range and a filter ("provider:41", "room:12" or "" for everyone).
export function calendarPath(from, days, who) {
  const q = new URLSearchParams({ from, to: addDays(from, days) });
  const [kind, id] = who ? who.split(':') : [];
  if (kind === 'provider') q.set('provider_id', id);
  if (kind === 'room') q.set('room_id', id);
  return `/api/v1/appointments?${q}`;
}

function Item({ a, selected, onSelect, showProvider, providerName }) {
  return html`<li>
    <button
      type="button"
      class=${`cal-item cal-item--${a.kind} cal-item--${a.status}`}
      aria-pressed=${selected ? 'true' : 'false'}
      data-appointment=${a.id}
      onClick=${() => onSelect(a.id)}
    >
      <span class="cal-item__time">${timeRange(a)}</span>
      <span class="cal-item__what">${a.patient_name || `patient #${a.patient_id}`}</span>
      <span class="cal-item__status">
        ${kindLabel(a.kind)}${a.session_number ? ` ${a.session_number}/${a.session_count}` : ''} · ${appointmentStatusLabel(a.status)}${showProvider ? ` · ${providerName(a.provider_id)}` : ''}
      </span>
    </button>
  </li>`;
}

export function CalendarPage({ session }) {
  const initial = readQuery();
  const clinic = useResource('/api/v1/clinic');
  const timeZone = clinic.data ? clinic.data.time_zone : undefined;
  const { providers, nameOf: providerName } = useProviders();
  const resources = useResources();
  const [view, setView] = useState(initial.view);
  const [date, setDate] = useState(initial.date);
  const [who, setWho] = useState(initial.who || (session.role === 'provider' ? `provider:${session.user.id}` : ''));
  const [selected, setSelected] = useState(initial.appointment);
  const [showCancelled, setShowCancelled] = useState(true);
  const [changed, setChanged] = useState(new Map()); // appointments changed here, by id

  const day = date || (clinic.data ? today(timeZone) : '');
  const from = view === 'week' ? weekStart(day) : day;
  const count = view === 'week' ? 7 : 1;
  const list = useResource(day ? calendarPath(from, count, who) : null);
  const single = useResource(selected ? `/api/v1/appointments/${selected}` : null);
  useReadyMark(list.data !== null && !list.loading, 'calendar');
  useEffect(() => writeQuery({ view, date, who, appointment: selected }), [view, date, who, selected]);
  // The newer of what the list says and what was changed here (the list may be older).
  const latest = (a) => (changed.has(a.id) && changed.get(a.id).version >= a.version ? { ...a, ...changed.get(a.id) } : a);
  const items = (list.data ? list.data.items : []).map(latest);
  const days = day ? daysFrom(from, count) : [];
  const grouped = byDay(items, days, showCancelled);
  const cancelledCount = items.filter((a) => a.status === 'cancelled').length;
  // The open visit: from the list when shown, else read alone (a link from elsewhere).
  const fromList = items.find((a) => a.id === selected);
  const open = fromList || (single.data ? latest(single.data) : null);
  const whoOptions = [
    ...providers.map((p) => [`provider:${p.id}`, p.display_name]),
    ...resources.rooms.map((r) => [`room:${r.id}`, r.name]),
  ];
  const todayDate = clinic.data ? today(timeZone) : '';
  const title = view === 'week' ? `Week of ${formatDate(from, 'weekday')}` : formatDate(day, 'long');

  return html`<div class="stack">
    <div class="page-head">
      <div>
        <${PageTitle} title="Calendar">Calendar</${PageTitle}>
        <p class="lead">Times in the clinic’s local time${timeZone ? ` (${timeZone})` : ''}.</p>
      </div>
    </div>
    <${ErrorBox} error=${clinic.error} onRetry=${clinic.reload} />
    <div class="card">
      <div class="cal-controls">
        <${SelectField}
          label="View"
          pointer="/view"
          value=${view}
          onValue=${setView}
          options=${[
            ['week', 'Week'],
            ['day', 'Day'],
          ]}
        />
        <${SelectField} label="Show" pointer="/show" value=${who} onValue=${setWho} placeholder="Everyone" options=${whoOptions} />
        <${TextField} label="Date" pointer="/date" type="date" value=${day} onValue=${(v) => setDate(v)} />
        <${Checkbox} id="show-cancelled" label="Show cancelled" checked=${showCancelled} onChecked=${setShowCancelled} />
      </div>
    </div>
    <div class="cal-layout">
      <section class="cal-main" aria-labelledby="cal-range">
        <div class="cal-nav">
          <h2 id="cal-range">${title}</h2>
          <button type="button" class="button button--secondary button--small" onClick=${() => setDate(addDays(day, -count))}>
            Previous<span class="visually-hidden"> ${view}</span>
          </button>
          <button type="button" class="button button--secondary button--small" onClick=${() => setDate(todayDate)}>Today</button>
          <button type="button" class="button button--secondary button--small" onClick=${() => setDate(addDays(day, count))}>
            Next<span class="visually-hidden"> ${view}</span>
          </button>
          ${list.data && html`<span class="muted small" role="status">${plural(items.length - (showCancelled ? 0 : cancelledCount), 'visit')}${!showCancelled && cancelledCount ? `, ${cancelledCount} cancelled hidden` : ''}</span>`}
        </div>
        ${list.loading && !list.data && html`<${Loading} label="Loading the calendar…" />`}
        <${ErrorBox} error=${list.error} onRetry=${list.reload} />
        ${list.data &&
        html`<div class=${view === 'week' ? 'cal-week' : 'cal-dayview'}>
          ${days.map(
            (d) => html`<section class=${`cal-day ${d === todayDate ? 'cal-day--today' : ''}`} aria-label=${formatDate(d, 'long')} data-date=${d}>
              <h3><time datetime=${d}>${formatDate(d, 'weekday')}</time></h3>
              ${grouped.get(d).length === 0
                ? html`<p class="muted small">No visits</p>`
                : html`<ul class="cal-day__list">
                    ${grouped.get(d).map(
                      (a) =>
                        html`<${Item} a=${a} selected=${a.id === selected} onSelect=${setSelected} showProvider=${!who.startsWith('provider:')} providerName=${providerName} />`,
                    )}
                  </ul>`}
            </section>`,
          )}
        </div>`}
        ${list.data && items.length === 0 && html`<${Empty}>No visits in this ${view}.</${Empty}>`}
      </section>
      <aside class="cal-side" aria-label="Selected visit">
        ${!selected && html`<p class="muted">Choose a visit to see it, change its status, reschedule or cancel it.</p>`}
        ${selected && !open && single.loading && html`<${Loading} />`}
        ${selected && !open && html`<${ErrorBox} error=${single.error} />`}
        ${open &&
        html`<${AppointmentDetail}
          key=${open.id}
          appointment=${open}
          role=${session.role}
          timeZone=${timeZone}
          providerName=${providerName}
          resourceName=${resources.nameOf}
          onChanged=${(next) => {
            setChanged(new Map(changed).set(next.id, next));
            if (next.start_local !== open.start_local) list.reload();
          }}
        />`}
      </aside>
    </div>
  </div>`;
}
