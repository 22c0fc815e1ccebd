// Before the needle: each action the screening requires confirmed on the chart (with a
// note), the clinic's current treatment consent signed (typed name, naming the session), and
// the start, which the API refuses while either is missing (each problem at its pointer).
import { useState } from 'preact/hooks';

import { currentText } from '../photo_consent.js';
import { ErrorBox, ErrorSummary, Loading, Refusal, SubmitButton, TextField } from '../ui.js';
import { api } from '../../lib/api.js';
import { actionLabel } from '../../lib/codes.js';
import { formatTime } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { useResource } from '../../lib/resource.js';
import { sessionOf } from '../../lib/sessions.js';
import { fieldErrors, useWrite } from './common.js';

// A start refusal's problems in words: "Antiviral prophylaxis: not confirmed".
export function startProblemLines(problem) {
  const lines = (problem && problem.errors) || [];
  return lines.map((e) => {
    const action = /^\/confirmations\/([a-z_]+)$/.exec(e.path || '');
    if (action) return `${actionLabel(action[1])}: ${e.message}`;
    if (e.path === '/consent') return `Treatment consent: ${e.message}`;
    return e.message;
  });
}

function ConfirmOne({ session, item, onSession, editable, nameOf }) {
  const [note, setNote] = useState('');
  const write = useWrite();
  const label = actionLabel(item.action);
  const pointer = `/note-${item.action}`;
  if (item.confirmed) {
    return html`<li class="action action--done" data-action=${item.action}>
      <strong>${label}</strong>: confirmed by ${nameOf(item.confirmed.by)}, ${formatTime(item.confirmed.at)}${item.confirmed.note ? ` — ${item.confirmed.note}` : ''}.
    </li>`;
  }
  const errors = fieldErrors(write.problem).map((e) => ({ ...e, path: e.path === '/note' ? pointer : e.path }));
  const confirm = async (event) => {
    event.preventDefault();
    const answer = await write.run(() => api('POST', `/api/v1/sessions/${session.id}/confirmations`, { version: session.version, action: item.action, note: note.trim() }));
    if (answer) onSession(sessionOf(answer));
  };
  return html`<li class="action" data-action=${item.action}>
    <form class="action__form" onSubmit=${confirm} novalidate>
      <p class="action__name"><strong>${label}</strong>: not confirmed yet.</p>
      ${editable &&
      html`<div class="action__row">
        <${TextField} label=${`Note for ${label.toLowerCase()}`} pointer=${pointer} errors=${errors} value=${note} onValue=${setNote} hint="What was done, e.g. the prescription and when it was started." />
        <${SubmitButton} busy=${write.busy} busyLabel="Confirming…">Confirm<span class="visually-hidden"> ${label}</span></${SubmitButton}>
      </div>`}
      ${write.problem && !errors.some((e) => e.path === pointer) && html`<${Refusal} error=${write.problem} />`}
    </form>
  </li>`;
}

export function RequiredActions({ session, onSession, nameOf }) {
  const items = session.required_actions || [];
  if (items.length === 0) return html`<p class="muted">The screening requires no action.</p>`;
  return html`<ul class="actions-list">
    ${items.map((item) => html`<${ConfirmOne} key=${item.action} session=${session} item=${item} onSession=${onSession} editable=${session.status === 'checked_in'} nameOf=${nameOf} />`)}
  </ul>`;
}

export function ConsentStep({ session, onSession, role }) {
  const consent = session.consent || {};
  const texts = useResource(consent.signed ? null : '/api/v1/consent-texts');
  const [name, setName] = useState('');
  const write = useWrite();
  if (consent.signed) {
    return html`<p class="consent__state consent__state--ok" data-consent="current">
      <strong>Signed</strong>: the patient has signed the current treatment consent${consent.required_version ? ` (version ${consent.required_version})` : ''}.
    </p>`;
  }
  const text = texts.data ? currentText(texts.data.items, 'treatment') : null;
  const errors = fieldErrors(write.problem);
  const sign = async (event) => {
    event.preventDefault();
    const done = await write.run(async () => {
      try {
        await api('POST', `/api/v1/patients/${session.patient_id}/consents`, {
          kind: 'treatment',
          text_id: text.id,
          typed_name: name,
          session_id: session.id,
        });
      } catch (error) {
        if (error.status === 409) texts.reload(); // a newer text was published meanwhile
        throw error;
      }
      return api('GET', `/api/v1/sessions/${session.id}`);
    });
    if (done) onSession(sessionOf(done));
  };
  return html`<div class="consent" data-consent="missing">
    <p class="consent__state consent__state--missing"><strong>Not signed</strong>: the session cannot start until the patient signs the current treatment consent.</p>
    ${texts.loading && html`<${Loading} />`}
    <${ErrorBox} error=${texts.error} onRetry=${texts.reload} />
    ${texts.data &&
    !text &&
    html`<p>The clinic has not published a treatment consent text. ${role === 'owner' ? html`<a href="/staff/consents">Publish one under Consents</a>.` : 'The clinic owner publishes it under Consents.'}</p>`}
    ${text &&
    html`<form class="form form--compact" onSubmit=${sign} novalidate>
      <${ErrorSummary} errors=${errors} />
      ${write.problem && errors.length === 0 && html`<${ErrorBox} error=${write.problem} />`}
      <h3 class="consent__title">${text.title} <span class="muted">(version ${text.version})</span></h3>
      <div class="consent__text" tabindex="0" role="region" aria-label=${`${text.title}, version ${text.version}`}>${text.text}</div>
      <${TextField}
        label="The patient’s full name, typed by the patient"
        pointer="/typed_name"
        errors=${errors}
        value=${name}
        onValue=${setName}
        autocomplete="off"
        required
      />
      <${SubmitButton} busy=${write.busy} busyLabel="Recording…">Record the signature</${SubmitButton}>
    </form>`}
  </div>`;
}

export function StartStep({ session, onSession }) {
  const write = useWrite();
  const start = async () => {
    const answer = await write.run(() => api('POST', `/api/v1/sessions/${session.id}/start`, { version: session.version }));
    if (answer) onSession(sessionOf(answer));
  };
  const lines = startProblemLines(write.problem);
  return html`<div class="start">
    ${lines.length > 0 &&
    html`<div class="alert alert--error start__refusal" role="alert">
      <p>The session cannot start yet:</p>
      <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
    </div>`}
    ${write.problem && lines.length === 0 && html`<${ErrorBox} error=${write.problem} />`}
    <button type="button" class="button button--large" onClick=${start} disabled=${write.busy}>${write.busy ? 'Starting…' : 'Start the session'}</button>
  </div>`;
}
