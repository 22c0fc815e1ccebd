// Lot recall: every session and patient exposed to a cartridge lot (or a GTIN), or to a
// product lot, with contact details for the recall, found by lot, GTIN or a scanned barcode
// (kept exactly as the scanner typed it, group separators included). The same query
// downloads as CSV. Every search is audited; lots are no patient data, so they may go in the
// API's query, but the page's own address keeps none.
import { useState } from 'preact/hooks';

import { fieldErrors } from '../components/session/common.js';
import { Badge, Empty, ErrorBox, ErrorSummary, Loading, PageTitle, SelectField, SubmitButton, TextField, Time } from '../components/ui.js';
import { api } from '../lib/api.js';
import { fullName, plural } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark } from '../lib/resource.js';
import { PRODUCTS, lotQuery, productLabel, sessionStatusLabel } from '../lib/sessions.js';

// The API names a query parameter's problem as "?lot" or "/lot": the page's field either way.
export function queryProblems(problem) {
  return fieldErrors(problem).map((e) => ({ ...e, path: `/${String(e.path || '').replace(/^[?/]/, '')}` }));
}

export function LotsPage() {
  const [form, setForm] = useState({ kind: 'cartridge', lot: '', gtin: '', product: '', barcode: '' });
  const [query, setQuery] = useState('');
  const [result, setResult] = useState(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  useReadyMark(true, 'lots');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const errors = queryProblems(problem);

  const search = async (event) => {
    event.preventDefault();
    const q = lotQuery(form);
    setBusy(true);
    setProblem(null);
    try {
      setResult(await api('GET', `/api/v1/lot-exposure?${q}`));
      setQuery(q);
    } catch (error) {
      setProblem(error);
      setResult(null);
      setQuery('');
    }
    setBusy(false);
  };
  const items = result ? result.items : [];

  return html`<div class="stack">
    <div class="page-head">
      <div>
        <${PageTitle} title="Lot recall">Lot recall</${PageTitle}>
        <p class="lead">Every session and patient exposed to a cartridge or product lot, with their contact details.</p>
      </div>
    </div>
    <section class="card" aria-labelledby="lot-search-heading">
      <h2 id="lot-search-heading" class="visually-hidden">Search</h2>
      <form class="form lot-search" onSubmit=${search} novalidate>
        <${ErrorSummary} errors=${errors} />
        ${problem && errors.length === 0 && html`<${ErrorBox} error=${problem} />`}
        <div class="grid grid--3">
          <${SelectField}
            label="Kind"
            pointer="/kind"
            errors=${errors}
            value=${form.kind}
            onValue=${set('kind')}
            options=${[
              ['cartridge', 'Needle cartridge'],
              ['product', 'Product'],
            ]}
          />
          <${TextField} label="Lot" pointer="/lot" errors=${errors} value=${form.lot} onValue=${set('lot')} autocomplete="off" />
          ${form.kind === 'cartridge'
            ? html`<${TextField} label="GTIN" pointer="/gtin" errors=${errors} value=${form.gtin} onValue=${set('gtin')} inputmode="numeric" autocomplete="off" hint="14 digits" />`
            : html`<${SelectField} label="Product" pointer="/product" errors=${errors} value=${form.product} onValue=${set('product')} options=${PRODUCTS} placeholder="Any product" />`}
        </div>
        ${form.kind === 'cartridge' &&
        html`<${TextField}
          label="Or scan a cartridge’s barcode"
          pointer="/barcode"
          errors=${errors}
          value=${form.barcode}
          onValue=${set('barcode')}
          hint="Its GTIN and lot are searched."
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
        />`}
        <${SubmitButton} busy=${busy} busyLabel="Searching…">Search</${SubmitButton}>
      </form>
    </section>
    ${busy && !result && html`<${Loading} label="Searching…" />`}
    ${result &&
    html`<section class="card" aria-labelledby="exposure-heading">
      <div class="page-head">
        <div>
          <h2 id="exposure-heading">Exposed</h2>
          <p role="status" class="exposure__totals">${plural(result.total_sessions, 'session')} of ${plural(result.total_patients, 'patient')}.</p>
        </div>
        ${items.length > 0 &&
        html`<a class="button button--secondary" href=${`/api/v1/lot-exposure.csv?${query}`} download="lot-exposure.csv">Download CSV</a>`}
      </div>
      ${items.length === 0
        ? html`<${Empty}>No session used this lot.</${Empty}>`
        : html`<div class="table-scroll">
            <table class="table table--dense exposure">
              <caption class="visually-hidden">Exposed sessions and patients</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th><th scope="col">Session</th><th scope="col">Patient</th><th scope="col">Born</th>
                  <th scope="col">E-mail</th><th scope="col">Phone</th><th scope="col">Lot</th><th scope="col">Serial</th>
                  <th scope="col">Status</th><th scope="col">Current chart</th><th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                ${items.map(
                  (e, i) => html`<tr key=${i} data-session=${e.session_id}>
                    <td><${Time} date=${e.date} /></td>
                    <td><a href=${`/staff/sessions/${e.session_id}`}>${e.number}</a></td>
                    <th scope="row"><a href=${`/staff/patients/${e.patient.id}`}>${fullName(e.patient)}</a></th>
                    <td>${e.patient.birth_date ? html`<${Time} date=${e.patient.birth_date} />` : ''}</td>
                    <td>${e.patient.email || ''}</td>
                    <td>${e.patient.phone || ''}</td>
                    <td>${e.kind === 'product' && e.product ? `${productLabel(e.product)} ` : ''}${e.lot}${e.gtin ? html`<br /><span class="muted small">${e.gtin}</span>` : ''}</td>
                    <td>${e.serial || ''}</td>
                    <td>${sessionStatusLabel(e.status)}</td>
                    <td>${e.in_current_chart ? 'Yes' : html`<${Badge} kind="neutral">No</${Badge}>`}</td>
                    <td>${(e.adverse_event_ids || []).length > 0 ? (e.adverse_event_ids || []).map((n) => `#${n}`).join(', ') : '—'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    </section>`}
  </div>`;
}
