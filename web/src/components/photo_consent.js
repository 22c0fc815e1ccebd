// The patient's photography consent: whether a current signature exists, and the form that
// records one on the clinic's current photography text (the patient types their name; staff
// record it at the desk, or the patient signs in the portal). Without a published text it
// says so (the owner publishes one under Consents).
import { useState } from 'preact/hooks';

import { ErrorSummary, ErrorBox, Loading, SubmitButton, TextField, Time } from './ui.js';
import { api } from '../lib/api.js';
import { html } from '../lib/html.js';
import { useResource } from '../lib/resource.js';

// The current text of `kind` among the clinic's texts, or null.
export function currentText(texts, kind) {
  return (texts || []).find((t) => t.kind === kind && t.current) || null;
}

export function PhotoConsent({ patientId, portal = false, role, onChange }) {
  const texts = useResource('/api/v1/consent-texts');
  const consents = useResource(`/api/v1/patients/${patientId}/consents`);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [signed, setSigned] = useState(false);
  const text = texts.data ? currentText(texts.data.items, 'photography') : null;
  const current = consents.data ? consents.data.current.photography : false;
  const signature = consents.data ? consents.data.items.find((s) => s.kind === 'photography' && s.current) : null;

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await api('POST', `/api/v1/patients/${patientId}/consents`, { kind: 'photography', text_id: text.id, typed_name: name });
      setSigned(true);
      setName('');
      consents.reload();
      if (onChange) onChange(true);
    } catch (error) {
      setProblem(error);
      if (error.status === 409) texts.reload(); // a newer text was published meanwhile
    }
    setBusy(false);
  };

  const errors = problem && problem.status === 400 ? problem.errors : [];
  return html`<section class="card consent" id="photo-consent" aria-labelledby="consent-heading" tabindex="-1">
    <h2 id="consent-heading">Photography consent</h2>
    ${(texts.loading || consents.loading) && !consents.data && html`<${Loading} />`}
    <${ErrorBox} error=${texts.error || consents.error} onRetry=${() => (texts.reload(), consents.reload())} />
    ${consents.data &&
    current &&
    html`<p class="consent__state consent__state--ok" data-consent="current">
      <strong>${portal ? 'You have signed' : 'Signed'}</strong> the current text (version ${signature ? signature.text_version : ''})
      ${signature && html` on <${Time} date=${signature.signed_at.slice(0, 10)} />${signature.by_patient ? (portal ? '' : ', in the portal') : ''}`}.
      ${signed && html`<span role="status"> Thank you: the signature is recorded.</span>`}
    </p>`}
    ${consents.data &&
    !current &&
    html`<p class="consent__state consent__state--missing" data-consent="missing">
      <strong>${portal ? 'You have not signed' : 'Not signed'}</strong>${` the current photography consent: no photo can be uploaded until ${portal ? 'you sign it' : 'the patient signs it'}.`}
    </p>`}
    ${texts.data &&
    !text &&
    html`<p>
      ${'The clinic has not published a photography consent text yet. '}${role === 'owner' ? html`<a href="/staff/consents">Publish one under Consents</a>.` : portal ? 'Please ask your clinic.' : 'The clinic owner publishes it under Consents.'}
    </p>`}
    ${text &&
    consents.data &&
    !current &&
    html`<form class="form form--compact" onSubmit=${submit} novalidate>
      <${ErrorSummary} errors=${errors} />
      ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
      <h3 class="consent__title">${text.title} <span class="muted">(version ${text.version})</span></h3>
      <div class="consent__text" tabindex="0" role="region" aria-label=${`${text.title}, version ${text.version}`}>${text.text}</div>
      <${TextField}
        label=${portal ? 'Your full name, as your signature' : 'The patient’s full name, typed by the patient'}
        pointer="/typed_name"
        errors=${errors}
        value=${name}
        onValue=${setName}
        autocomplete="off"
        required
      />
      <${SubmitButton} busy=${busy} busyLabel="Recording…">${portal ? 'Sign the photography consent' : 'Record the signature'}</${SubmitButton}>
    </form>`}
  </section>`;
}
