// The audit log (owner only): who read or changed which patient's data, when, and with what
// outcome, filterable by date, person, patient and action, oldest first within the range.
import { useState } from 'preact/hooks';

import { Badge, ErrorBox, Loading, PageTitle, SelectField, TextField } from '../components/ui.js';
import { api } from '../lib/api.js';
import { roleLabel } from '../lib/codes.js';
import { formatTime, today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { useEffect } from 'preact/hooks';

const ACTIONS = [
  'patient.read',
  'patient.search',
  'patient.create',
  'patient.update',
  'patient.portal_account.create',
  'consultation.create',
  'consultation.read',
  'consultation.list',
  'consultation.screen',
  'plan.create',
  'plan.read',
  'plan.list',
  'plan.update',
  'audit.read',
];
const outcomeKind = { success: 'ok', denied: 'stop', failed: 'caution' };

function dayAfter(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function daysAgo(n) {
  const [y, m, d] = today().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}

function query(filters, after) {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', dayAfter(filters.to));
  if (filters.user_id) params.set('user_id', filters.user_id);
  if (filters.patient_id) params.set('patient_id', filters.patient_id);
  if (filters.action) params.set('action', filters.action);
  if (after) params.set('after', String(after));
  params.set('limit', '50');
  return `/api/v1/audit?${params}`;
}

export function AuditPage() {
  const staff = useResource('/api/v1/staff');
  const [draft, setDraft] = useState({ from: daysAgo(7), to: '', user_id: '', patient_id: '', action: '' });
  const [filters, setFilters] = useState(draft);
  const [rows, setRows] = useState([]);
  const [next, setNext] = useState(null);
  const [state, setState] = useState({ loading: true, error: null });
  const [generation, setGeneration] = useState(0);
  useReadyMark(!state.loading && !state.error, 'audit');

  const load = async (after) => {
    setState({ loading: true, error: null });
    try {
      const page = await api('GET', query(filters, after));
      setRows((previous) => (after ? [...previous, ...page.items] : page.items));
      setNext(page.items.length === 50 ? page.next_after : null);
      setState({ loading: false, error: null });
    } catch (error) {
      setState({ loading: false, error });
    }
  };
  useEffect(() => {
    load(null);
  }, [filters, generation]);

  const names = Object.fromEntries((staff.data ? staff.data.items : []).map((u) => [u.id, u.display_name]));
  const set = (key) => (value) => setDraft({ ...draft, [key]: value });
  const errors = state.error && state.error.status === 400 ? state.error.errors.map((e) => ({ ...e, path: `/${e.path.replace(/^\?/, '')}` })) : [];

  return html`<div class="stack">
    <${PageTitle}>Audit log</${PageTitle}>
    <p class="lead">Every read and change of patient data, with who did it. Rows cannot be edited or removed.</p>
    <form
      class="card filters"
      aria-label="Filter the audit log"
      onSubmit=${(event) => {
        event.preventDefault();
        setFilters({ ...draft });
        setGeneration((n) => n + 1);
      }}
    >
      <${TextField} label="From" type="date" pointer="/from" errors=${errors} value=${draft.from} onValue=${set('from')} />
      <${TextField} label="To" type="date" pointer="/to" errors=${errors} value=${draft.to} onValue=${set('to')} />
      <${SelectField}
        label="Who"
        pointer="/user_id"
        errors=${errors}
        value=${draft.user_id}
        onValue=${set('user_id')}
        options=${(staff.data ? staff.data.items : []).map((u) => [String(u.id), `${u.display_name} (${roleLabel(u.role)})`])}
        placeholder="Anyone"
      />
      <${TextField} label="Patient number" type="number" min="1" inputmode="numeric" pointer="/patient_id" errors=${errors} value=${draft.patient_id} onValue=${set('patient_id')} />
      <${SelectField} label="Action" pointer="/action" errors=${errors} value=${draft.action} onValue=${set('action')} options=${ACTIONS.map((a) => [a, a])} placeholder="Any action" />
      <button type="submit" class="button">Show</button>
    </form>
    <section class="card" aria-labelledby="audit-heading" aria-busy=${state.loading ? 'true' : 'false'}>
      <h2 id="audit-heading">${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}${next ? ' so far' : ''}</h2>
      ${state.error && state.error.status !== 400 && html`<${ErrorBox} error=${state.error} onRetry=${() => setGeneration((n) => n + 1)} />`}
      ${rows.length > 0 &&
      html`<div class="table-scroll"><table class="table table--dense">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Outcome</th><th scope="col">Detail</th><th scope="col">Request</th></tr></thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr key=${r.seq}>
              <td>${formatTime(r.at)}</td>
              <td>${r.user_id ? names[r.user_id] || `${roleLabel(r.role || '')} #${r.user_id}` : 'System'}${r.role ? html` <span class="muted">${roleLabel(r.role)}</span>` : ''}</td>
              <td><code>${r.action}</code></td>
              <td>${r.patient_id ? html`<a href=${`/staff/patients/${r.patient_id}`}>#${r.patient_id}</a>` : '—'}</td>
              <td><${Badge} kind=${outcomeKind[r.outcome] || 'neutral'}>${r.outcome}</${Badge}></td>
              <td>${r.detail}</td>
              <td><code class="small">${r.request_id}</code></td>
            </tr>`,
          )}
        </tbody>
      </table></div>`}
      ${!state.loading && rows.length === 0 && !state.error && html`<p class="empty">No entry matches these filters.</p>`}
      ${state.loading && html`<${Loading} />`}
      ${next && !state.loading && html`<button type="button" class="button button--secondary" onClick=${() => load(next)}>Load more</button>`}
    </section>
  </div>`;
}
