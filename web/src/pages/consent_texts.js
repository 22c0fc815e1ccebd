// The clinic's consent texts (owner only): the treatment and the photography consent, each a
// series of versions of which the newest is current. Publishing a new version makes earlier
// signatures lapse (patients sign again), so the form says so before it publishes.
import { useState } from 'preact/hooks';

import { Badge, Empty, ErrorBox, ErrorSummary, Loading, PageTitle, SelectField, SubmitButton, TextArea, TextField, Time } from '../components/ui.js';
import { api } from '../lib/api.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';

const KINDS = [
  ['photography', 'Photography consent'],
  ['treatment', 'Treatment consent'],
];

function PublishForm({ texts, onPublished }) {
  const [fields, setFields] = useState({ kind: 'photography', title: '', text: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [published, setPublished] = useState(null);
  const set = (name) => (value) => setFields({ ...fields, [name]: value });
  const existing = texts.find((t) => t.kind === fields.kind && t.current);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setPublished(null);
    try {
      const body = { kind: fields.kind, text: fields.text };
      if (fields.title.trim()) body.title = fields.title.trim();
      const text = await api('POST', '/api/v1/consent-texts', body);
      setPublished(text);
      setFields({ ...fields, title: '', text: '' });
      onPublished(text);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const errors = problem && problem.status === 400 ? problem.errors : [];
  return html`<section class="card" aria-labelledby="publish-heading">
    <h2 id="publish-heading">Publish a text</h2>
    <form class="form" onSubmit=${submit} novalidate>
      <${ErrorSummary} errors=${errors} />
      ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
      ${published && html`<div class="alert alert--success" role="status"><p>Published ${published.title}, version ${published.version}.</p></div>`}
      <${SelectField} label="Kind" pointer="/kind" errors=${errors} value=${fields.kind} onValue=${set('kind')} options=${KINDS} required />
      <${TextField} label="Title" pointer="/title" errors=${errors} value=${fields.title} onValue=${set('title')} hint="Optional: the kind's name is used when left empty." />
      <${TextArea} label="Text the patient signs" pointer="/text" errors=${errors} value=${fields.text} onValue=${set('text')} rows=${8} required />
      ${existing && html`<p class="alert alert--warning">This becomes version ${existing.version + 1}: signatures of version ${existing.version} stop being current, and patients sign again.</p>`}
      <${SubmitButton} busy=${busy} busyLabel="Publishing…">Publish</${SubmitButton}>
    </form>
  </section>`;
}

export function ConsentTextsPage() {
  const texts = useResource('/api/v1/consent-texts');
  useReadyMark(texts.data !== null, 'consent-texts');
  const items = texts.data ? texts.data.items : [];
  return html`<div class="stack">
    <${PageTitle} title="Consent texts">Consent texts</${PageTitle}>
    <p class="lead">What patients sign before treatment and before photos. The newest version of each is current.</p>
    <div class="columns">
      <div class="columns__main stack">
        ${texts.loading && !texts.data && html`<${Loading} />`}
        <${ErrorBox} error=${texts.error} onRetry=${texts.reload} />
        ${KINDS.map(([kind, label]) => {
          const versions = items.filter((t) => t.kind === kind).sort((a, b) => b.version - a.version);
          return html`<section class="card" data-kind=${kind} aria-labelledby=${`kind-${kind}`}>
            <h2 id=${`kind-${kind}`}>${label}</h2>
            ${texts.data && versions.length === 0 && html`<${Empty}>None published yet.</${Empty}>`}
            ${versions.map(
              (t) => html`<article class="consent-version" data-version=${t.version}>
                <h3>${t.title}, version ${t.version} ${t.current ? html`<${Badge} kind="ok">Current</${Badge}>` : html`<${Badge} kind="neutral">Earlier</${Badge}>`}</h3>
                <p class="muted">Published <${Time} date=${t.created_at.slice(0, 10)} /> · SHA-256 <span class="code">${t.sha256.slice(0, 12)}…</span></p>
                ${t.current ? html`<div class="consent__text">${t.text}</div>` : html`<details><summary>The text</summary><div class="consent__text">${t.text}</div></details>`}
              </article>`,
            )}
          </section>`;
        })}
      </div>
      <div class="columns__side">
        ${texts.data && html`<${PublishForm} texts=${items} onPublished=${() => texts.reload()} />`}
      </div>
    </div>
  </div>`;
}
