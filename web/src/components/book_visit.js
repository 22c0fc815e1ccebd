// Booking a consultation for a patient: search free starts by date and provider (the API's
// slots, a week at a time, in the clinic's local time), pick one, book it. Someone else may
// take the slot meanwhile: the API then answers 409, which is said plainly, and the free times
// are searched again.
import { useEffect, useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { kindLabel, localDate, localTime } from '../lib/calendar.js';
import { formatDate, today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useProviders, useResources } from '../lib/staff_names.js';
import { Dialog } from './dialog.js';
import { Empty, ErrorBox, Loading, Notice, Refusal, SelectField, TextField } from './ui.js';

// Free slots grouped by local date, in order: [[date, [slot…]]…].
export function slotsByDay(items) {
  const days = new Map();
  for (const slot of items) {
    const day = localDate(slot.start_local);
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(slot);
  }
  return [...days.entries()];
}

// The slot picker: a date and a provider, then the free starts as buttons. `onPick(slot)`.
export function SlotSearch({ kind = 'consultation', patientId, timeZone, initialDate, initialProvider = '', refresh = 0, busy, onPick, label = 'Book' }) {
  const { providers, nameOf } = useProviders();
  const resources = useResources();
  const [date, setDate] = useState(initialDate || today(timeZone));
  const [providerId, setProviderId] = useState(initialProvider ? String(initialProvider) : '');
  const [result, setResult] = useState({ loading: false, error: null, data: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!date) return undefined;
    const controller = new AbortController();
    const query = new URLSearchParams({ kind, from: date, days: '7', count: '40' });
    if (providerId) query.set('provider_id', providerId);
    if (patientId) query.set('patient_id', String(patientId));
    setResult((r) => ({ ...r, loading: true, error: null }));
    api('GET', `/api/v1/slots?${query}`, undefined, { signal: controller.signal }).then(
      (data) => setResult({ loading: false, error: null, data }),
      (error) => error.name !== 'AbortError' && setResult({ loading: false, error, data: null }),
    );
    return () => controller.abort();
  }, [kind, date, providerId, patientId, generation, refresh]);

  const days = result.data ? slotsByDay(result.data.items) : [];
  return html`<div class="slot-search">
    <div class="grid grid--2">
      <${TextField} label="From date" pointer="/slot-from" type="date" value=${date} onValue=${setDate} />
      <${SelectField}
        label="Provider"
        pointer="/slot-provider"
        value=${providerId}
        onValue=${setProviderId}
        placeholder="Any provider"
        options=${providers.map((p) => [String(p.id), p.display_name])}
      />
    </div>
    <div class="form-actions slot-search__nav">
      <button type="button" class="button button--quiet button--small" onClick=${() => setGeneration((n) => n + 1)}>Search again</button>
    </div>
    ${result.loading && html`<${Loading} label="Finding free times…" />`}
    <${ErrorBox} error=${result.error} />
    ${result.data && days.length === 0 && html`<${Empty}>No free ${kindLabel(kind).toLowerCase()} times in the 7 days from ${formatDate(date)}. Try a later date or another provider.</${Empty}>`}
    ${days.length > 0 &&
    html`<div class="slot-days" aria-live="polite">
      ${days.map(
        ([day, slots]) => html`<section class="slot-day" aria-label=${formatDate(day, 'weekday')}>
          <h3><time datetime=${day}>${formatDate(day, 'weekday')}</time></h3>
          <ul class="slot-list">
            ${slots.map(
              (slot) => html`<li>
                <button
                  type="button"
                  class="button button--secondary button--small slot"
                  disabled=${busy}
                  data-start=${slot.start_local}
                  onClick=${() => onPick(slot)}
                >
                  ${localTime(slot.start_local)}${!providerId && html`<span class="slot__who"> ${nameOf(slot.provider_id)}</span>`}${slot.room_id && kind === 'treatment' && html`<span class="slot__who"> ${resources.nameOf(slot.room_id)}</span>`}<span class="visually-hidden"> on ${formatDate(day, 'long')}: ${label}</span>
                </button>
              </li>`,
            )}
          </ul>
        </section>`,
      )}
    </div>`}
  </div>`;
}

// The dialog on a patient's chart. `onBooked(appointment)` after a booking.
export function BookConsultation({ patient, patientName, timeZone, onClose, onBooked }) {
  const { nameOf } = useProviders();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [refresh, setRefresh] = useState(0);
  const [booked, setBooked] = useState(null);
  const book = async (slot) => {
    setBusy(true);
    setProblem(null);
    try {
      const body = { patient_id: patient.id, kind: 'consultation', start: slot.start_local, provider_id: slot.provider_id };
      if (slot.room_id) body.room_id = slot.room_id;
      const appointment = await api('POST', '/api/v1/appointments', body);
      setBooked(appointment);
      onBooked(appointment);
    } catch (error) {
      setProblem({ error, slot });
      setRefresh((n) => n + 1); // the free times as they are now
    }
    setBusy(false);
  };
  const taken = problem && problem.error.status === 409;
  return html`<${Dialog} title=${`Book a consultation for ${patientName}`} onClose=${onClose} wide>
    ${booked
      ? html`<${Notice} kind="success">
          <p class="booked">
            Booked: consultation on <strong>${formatDate(localDate(booked.start_local), 'long')}</strong>${' at '}<strong
              >${localTime(booked.start_local)}</strong
            >${` with ${nameOf(booked.provider_id)}.`}
          </p>
          <button type="button" class="button" onClick=${onClose}>Done</button>
        </${Notice}>`
      : html`<p class="muted">Free 30-minute times in the clinic’s local time${timeZone ? ` (${timeZone})` : ''}. Pick one to book it.</p>
          ${taken &&
          html`<div class="alert alert--error" role="alert">
            <p>
              <strong>That time was just taken.</strong>
              ${` ${formatDate(localDate(problem.slot.start_local), 'weekday')} at ${localTime(problem.slot.start_local)} is no longer free; nothing was booked. `}
              The free times below are up to date: pick another.
            </p>
          </div>`}
          ${problem && !taken && html`<${Refusal} error=${problem.error} />`}
          <${SlotSearch} patientId=${patient.id} timeZone=${timeZone} refresh=${refresh} busy=${busy} onPick=${book} label="book it" />`}
  </${Dialog}>`;
}
