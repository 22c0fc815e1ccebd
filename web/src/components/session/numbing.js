// The topical anaesthetic: product and lot, "Applied now" starting a running mm:ss timer,
// "Removed now" (asking first, in the page, when it has been on for under 20 minutes), and
// both times editable in the clinic's local time for an entry made late. The API keeps the
// anaesthetic only with both times, so while the cream is on the applied time lives in the
// page and in this browser's storage (a reload keeps the timer), and the removal saves the
// chart's draft.
import { useEffect, useState } from 'preact/hooks';

import { Dialog } from '../dialog.js';
import { TextField } from '../ui.js';
import { html } from '../../lib/html.js';
import { MIN_NUMBING_MINUTES, formatTimer, localInputValue, utcFromLocal, utcSeconds } from '../../lib/sessions.js';

const STORAGE = 'np-numbing:';

// The applied time kept in this browser for a session (no patient data: a time).
export function storedApplied(sessionId) {
  try {
    return localStorage.getItem(`${STORAGE}${sessionId}`) || '';
  } catch {
    return '';
  }
}

export function storeApplied(sessionId, appliedAt) {
  try {
    if (appliedAt) localStorage.setItem(`${STORAGE}${sessionId}`, appliedAt);
    else localStorage.removeItem(`${STORAGE}${sessionId}`);
  } catch {
    // storage unavailable: the timer lasts as long as the page
  }
}

function useNow(running) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!running) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

export function Numbing({ form, setForm, timeZone, errors, editable, busy, onRemoved }) {
  const applied = form.applied_at;
  const removed = form.removed_at;
  const running = Boolean(applied && !removed);
  const now = useNow(running);
  const [asking, setAsking] = useState(false);
  const elapsed = applied ? (removed ? Date.parse(removed) : now) - Date.parse(applied) : 0;
  const set = (patch) => setForm((f) => ({ ...f, ...patch }));
  const short = elapsed < MIN_NUMBING_MINUTES * 60000;

  const remove = (at) => {
    setAsking(false);
    const next = { ...form, removed_at: at };
    setForm(next);
    onRemoved(next);
  };
  const removeNow = () => {
    if (short) setAsking(true);
    else remove(utcSeconds(Date.now()));
  };

  return html`<div class="numbing" data-state=${removed ? 'removed' : applied ? 'on' : 'none'}>
    <div class="grid grid--2">
      <${TextField} label="Anaesthetic" pointer="/chart/anaesthetic/product" errors=${errors} value=${form.anaesthetic_product} onValue=${(v) => set({ anaesthetic_product: v })} disabled=${!editable} />
      <${TextField} label="Lot (optional)" pointer="/chart/anaesthetic/lot" errors=${errors} value=${form.anaesthetic_lot} onValue=${(v) => set({ anaesthetic_lot: v })} disabled=${!editable} autocomplete="off" />
    </div>
    ${applied &&
    html`<div class=${`numbing__timer ${running ? 'numbing__timer--running' : ''} ${short ? 'numbing__timer--short' : 'numbing__timer--ok'}`}>
      <span class="numbing__label">${running ? 'On for' : 'Contact time'}</span>
      <span class="numbing__clock" role="timer" aria-label=${`${running ? 'Numbing on for' : 'Contact time'} ${formatTimer(elapsed)} (minutes:seconds)`}>${formatTimer(elapsed)}</span>
      ${short && html`<span class="numbing__note">${running ? `under ${MIN_NUMBING_MINUTES} minutes so far` : `under ${MIN_NUMBING_MINUTES} minutes`}</span>`}
    </div>`}
    ${applied &&
    html`<div class="grid grid--2">
      <${TextField}
        label="Applied at (clinic time)"
        pointer="/chart/anaesthetic/applied_at"
        errors=${errors}
        type="datetime-local"
        value=${localInputValue(applied, timeZone)}
        onValue=${(v) => {
          const utc = utcFromLocal(v, timeZone);
          if (utc) set({ applied_at: utc });
        }}
        disabled=${!editable}
      />
      ${removed &&
      html`<${TextField}
        label="Removed at (clinic time)"
        pointer="/chart/anaesthetic/removed_at"
        errors=${errors}
        type="datetime-local"
        value=${localInputValue(removed, timeZone)}
        onValue=${(v) => {
          const utc = utcFromLocal(v, timeZone);
          if (utc) set({ removed_at: utc });
        }}
        disabled=${!editable}
      />`}
    </div>`}
    ${editable &&
    html`<div class="form-actions">
      ${!applied && html`<button type="button" class="button" onClick=${() => set({ applied_at: utcSeconds(Date.now()), removed_at: '' })}>Applied now</button>`}
      ${running && html`<button type="button" class="button" disabled=${busy} onClick=${removeNow}>Removed now</button>`}
      ${applied && html`<button type="button" class="button button--quiet" disabled=${busy} onClick=${() => set({ applied_at: '', removed_at: '' })}>Clear the times</button>`}
      ${removed && html`<span class="muted small">Changed a time? Save the chart to keep it.</span>`}
    </div>`}
    ${asking &&
    html`<${Dialog} title="Remove the numbing cream already?" onClose=${() => setAsking(false)}>
      <p>It has been on for <strong>${formatTimer(Date.now() - Date.parse(applied))}</strong>, under the ${MIN_NUMBING_MINUTES} minutes the protocol asks for. The chart will carry a warning.</p>
      <div class="form-actions">
        <button type="button" class="button button--danger" onClick=${() => remove(utcSeconds(Date.now()))}>Remove now anyway</button>
        <button type="button" class="button button--secondary" onClick=${() => setAsking(false)}>Keep it on</button>
      </div>
    </${Dialog}>`}
  </div>`;
}
