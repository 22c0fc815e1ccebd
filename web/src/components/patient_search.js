// Finding a patient: search as you type by name, e-mail or phone (POST, so a name never
// appears in a URL), a page of results at a time. With an empty search it lists everyone.
import { useEffect, useRef, useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { useDraft } from '../lib/drafts.js';
import { ageOn, formatDate, fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark } from '../lib/resource.js';
import { Empty, ErrorBox, Loading } from './ui.js';

const PAGE = 25;

export function PatientSearch({ heading = 'Find a patient', readyName = 'patients' }) {
  const [query, setQuery] = useDraft('patient-search', '');
  const [offset, setOffset] = useState(0);
  const [state, setState] = useState({ loading: true, error: null, page: null });
  const [generation, setGeneration] = useState(0);
  const first = useRef(true);

  useEffect(() => {
    const controller = new AbortController();
    const delay = first.current ? 0 : 250;
    first.current = false;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    const timer = setTimeout(() => {
      api('POST', '/api/v1/patients/search', { q: query.trim(), limit: PAGE, offset }, { signal: controller.signal }).then(
        (page) => setState({ loading: false, error: null, page }),
        (error) => error.name !== 'AbortError' && setState({ loading: false, error, page: null }),
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, offset, generation]);
  useReadyMark(state.page !== null, readyName);

  const page = state.page;
  const last = page ? Math.min(page.offset + page.items.length, page.total) : 0;
  return html`<section class="card" aria-labelledby="search-heading">
    <h2 id="search-heading">${heading}</h2>
    <form class="search" role="search" onSubmit=${(event) => event.preventDefault()}>
      <label for="patient-query">Name, e-mail or phone</label>
      <input
        id="patient-query"
        type="search"
        value=${query}
        autocomplete="off"
        spellcheck="false"
        onInput=${(event) => {
          setQuery(event.currentTarget.value);
          setOffset(0);
        }}
      />
    </form>
    <div class="results" aria-live="polite" aria-busy=${state.loading ? 'true' : 'false'}>
      ${state.error && html`<${ErrorBox} error=${state.error} onRetry=${() => setGeneration((n) => n + 1)} />`}
      ${!page && state.loading && html`<${Loading} label="Searching…" />`}
      ${page && page.items.length === 0 && html`<${Empty}>No patient matches “${query}”.</${Empty}>`}
      ${page &&
      page.items.length > 0 &&
      html`<p class="results__count">
          ${page.total === 0 ? '' : `${page.offset + 1}–${last} of ${page.total.toLocaleString('en-GB')}`}
          ${state.loading ? ' (updating…)' : ''}
        </p>
        <table class="table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Born</th><th scope="col">E-mail</th><th scope="col">Phone</th></tr>
          </thead>
          <tbody>
            ${page.items.map(
              (patient) => html`<tr>
                <td><a href=${`/staff/patients/${patient.id}`}>${fullName(patient)}</a></td>
                <td>${formatDate(patient.birth_date)} <span class="muted">(${ageOn(patient.birth_date)})</span></td>
                <td>${patient.email}</td>
                <td>${patient.phone}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <div class="pager">
          <button type="button" class="button button--secondary" disabled=${offset === 0} onClick=${() => setOffset(Math.max(0, offset - PAGE))}>
            Previous
          </button>
          <button type="button" class="button button--secondary" disabled=${last >= page.total} onClick=${() => setOffset(offset + PAGE)}>
            Next
          </button>
        </div>`}
    </div>
  </section>`;
}
