// Merging a duplicate record into the real one (owners and providers), from the real record's
// chart: find the duplicate, read both side by side, confirm. Consultations, plans,
// appointments and the portal login move to this record; the duplicate is kept, hidden from
// search, and says where it went. It cannot be undone, so the confirmation says so.
import { useEffect, useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { formatDate, fullName, plural } from '../lib/format.js';
import { html } from '../lib/html.js';
import { Empty, ErrorBox, Loading, Notice } from './ui.js';

function Record({ patient, label }) {
  return html`<div class="merge__record">
    <p class="merge__label">${label}</p>
    <p><strong>${fullName(patient)}</strong> <span class="muted">#${patient.id}</span></p>
    <p>Born ${formatDate(patient.birth_date)}</p>
    <p class="small">${patient.email || 'no e-mail'} · ${patient.phone || 'no phone'}</p>
  </div>`;
}

function movedText(moved) {
  const parts = [plural(moved.consultations, 'consultation'), plural(moved.plans, 'plan'), plural(moved.appointments, 'appointment')];
  if (moved.portal_account) parts.push('the portal login');
  return parts.join(', ');
}

export function MergePatient({ patient, onMerged }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(patient.family_name);
  const [results, setResults] = useState({ loading: false, error: null, items: null });
  const [chosen, setChosen] = useState(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);

  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    setResults((r) => ({ ...r, loading: true, error: null }));
    const timer = setTimeout(() => {
      api('POST', '/api/v1/patients/search', { q: query.trim(), limit: 10 }, { signal: controller.signal }).then(
        (page) => setResults({ loading: false, error: null, items: page.items.filter((p) => p.id !== patient.id && !p.merged_into) }),
        (error) => error.name !== 'AbortError' && setResults({ loading: false, error, items: null }),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, patient.id]);

  const merge = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await api('POST', `/api/v1/patients/${patient.id}/merge`, { duplicate_id: chosen.id });
      setDone(result);
      setChosen(null);
      setOpen(false);
      onMerged(result);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };

  return html`<section class="card" aria-labelledby="merge-heading">
    <h2 id="merge-heading">Duplicate records</h2>
    ${done &&
    html`<${Notice} kind="success">
      <p>${fullName(done.duplicate)} (#${done.duplicate.id}) is merged into this record: ${movedText(done.moved)} moved here.</p>
    </${Notice}>`}
    ${!open &&
    html`<p class="muted">Registered twice? Merge the duplicate into this record: its history moves here.</p>
      <button type="button" class="button button--secondary" onClick=${() => setOpen(true)}>Merge a duplicate into this record</button>`}
    ${open &&
    !chosen &&
    html`<div class="merge">
      <label for="merge-query">Find the duplicate (name, e-mail or phone)</label>
      <input id="merge-query" type="search" value=${query} autocomplete="off" spellcheck="false" onInput=${(e) => setQuery(e.currentTarget.value)} />
      <div aria-live="polite">
        ${results.loading && !results.items && html`<${Loading} label="Searching…" />`}
        <${ErrorBox} error=${results.error} />
        ${results.items && results.items.length === 0 && html`<${Empty}>No other record matches.</${Empty}>`}
        ${results.items &&
        results.items.length > 0 &&
        html`<ul class="merge__results">
          ${results.items.map(
            (p) => html`<li>
              <span><strong>${fullName(p)}</strong>, born ${formatDate(p.birth_date)} <span class="muted">#${p.id}</span></span>
              <button type="button" class="button button--secondary button--small" onClick=${() => setChosen(p)}>
                Choose<span class="visually-hidden"> ${fullName(p)} (#${p.id})</span>
              </button>
            </li>`,
          )}
        </ul>`}
      </div>
      <button type="button" class="button button--quiet" onClick=${() => setOpen(false)}>Cancel</button>
    </div>`}
    ${open &&
    chosen &&
    html`<div class="merge merge--confirm" role="group" aria-labelledby="merge-confirm-heading">
      <h3 id="merge-confirm-heading">Merge these records?</h3>
      <div class="merge__pair">
        <${Record} patient=${chosen} label="The duplicate" />
        <span class="merge__arrow" aria-hidden="true">→</span>
        <${Record} patient=${patient} label="Into this record" />
      </div>
      <p>
        Everything recorded under the duplicate — consultations, plans, appointments and its portal login — moves to this
        record. The duplicate is kept, hidden from search, and points here. <strong>This cannot be undone.</strong>
      </p>
      <${ErrorBox} error=${problem} />
      <div class="form-actions">
        <button type="button" class="button button--danger" disabled=${busy} onClick=${merge}>
          ${busy ? 'Merging…' : `Merge #${chosen.id} into this record`}
        </button>
        <button type="button" class="button button--quiet" onClick=${() => setChosen(null)}>Choose another</button>
      </div>
    </div>`}
  </section>`;
}
