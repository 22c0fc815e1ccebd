// The public booking-request form at /book/<clinic-slug>: no login. A person leaves a name,
// a phone number or an e-mail, when suits them and what they are interested in, and agrees to
// be contacted; the front desk calls back (pages/requests.js). The answer never echoes what
// was sent: success is only "Thank you — we will contact you". The `website` field is a trap
// for robots, hidden from people and from screen readers; the API quietly drops a request
// that fills it. Field errors come back as JSON pointers and appear beside their fields.
import { useState } from 'preact/hooks';

import { ErrorBox, ErrorSummary, PageTitle, SubmitButton, TextArea, TextField, errorsAt, fieldId } from '../components/ui.js';
import { api } from '../lib/api.js';
import { html } from '../lib/html.js';

// What a person may be interested in: sent as the words (the API keeps free text).
export const INTERESTS = ['Acne scars', 'Fine lines and wrinkles', 'Skin texture and pores', 'Pigmentation', 'Stretch marks or scars', 'Something else'];

// The request body from the form: empty optional fields left out, the honeypot always sent.
export function bookingRequestBody(fields) {
  const body = { name: fields.name.trim(), consent_to_contact: fields.consent, website: fields.website };
  for (const key of ['phone', 'email', 'preferred_times', 'interest', 'message']) {
    const value = fields[key].trim();
    if (value) body[key] = value;
  }
  return body;
}

export function slugFromPath(path) {
  const match = /^\/book\/([a-z0-9-]{1,63})\/?$/.exec(path);
  return match ? match[1] : null;
}

export function PublicBookingPage({ slug }) {
  const [fields, setFields] = useState({ name: '', phone: '', email: '', preferred_times: '', interest: '', message: '', consent: false, website: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setFields({ ...fields, [key]: value });
  const errors = problem && (problem.status === 400 || problem.status === 422) ? problem.errors : [];
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await api('POST', `/api/v1/public/clinics/${slug}/booking-requests`, bookingRequestBody(fields));
      setSent(true);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  if (!slug) {
    return html`<${PageTitle}>Page not found</${PageTitle}><p>There is no booking form at this address. Ask the clinic for its link.</p>`;
  }
  if (sent) {
    return html`<div class="stack public-book">
      <${PageTitle} title="Request sent">Thank you — we will contact you</${PageTitle}>
      <p>The clinic will get in touch with you about an appointment.</p>
    </div>`;
  }
  const consentId = fieldId('/consent_to_contact');
  const consentErrors = errorsAt(errors, '/consent_to_contact');
  return html`<div class="stack public-book">
    <${PageTitle} title="Request an appointment">Request an appointment</${PageTitle}>
    <p class="lead">Leave your details and the clinic will contact you to arrange a consultation. Please do not include medical details here.</p>
    ${problem && problem.status === 429 && html`<div class="alert alert--error" role="alert"><p>Too many requests from this connection. Please try again later.</p></div>`}
    ${problem && problem.status === 404 && html`<div class="alert alert--error" role="alert"><p>This clinic’s booking form is not available. Check the link.</p></div>`}
    ${problem && ![400, 404, 422, 429].includes(problem.status) && html`<${ErrorBox} error=${problem} />`}
    <${ErrorSummary} errors=${errors} />
    <form class="form card" onSubmit=${submit} novalidate aria-label="Appointment request">
      <${TextField} label="Your name" pointer="/name" errors=${errors} value=${fields.name} onValue=${set('name')} autocomplete="name" required />
      <p class="hint">How can the clinic reach you? A phone number or an e-mail, or both.</p>
      <${TextField} label="Phone" pointer="/phone" errors=${errors} type="tel" value=${fields.phone} onValue=${set('phone')} autocomplete="tel" />
      <${TextField} label="E-mail" pointer="/email" errors=${errors} type="email" value=${fields.email} onValue=${set('email')} autocomplete="email" />
      <${TextField} label="When suits you" pointer="/preferred_times" errors=${errors} value=${fields.preferred_times} onValue=${set('preferred_times')} hint="For example: weekday mornings, or after 5 pm" />
      <div class="field">
        <label for=${fieldId('/interest')}>What are you interested in?</label>
        <select id=${fieldId('/interest')} name="/interest" value=${fields.interest} onChange=${(e) => set('interest')(e.currentTarget.value)}>
          <option value="">Not sure yet</option>
          ${INTERESTS.map((label) => html`<option value=${label}>${label}</option>`)}
        </select>
        ${errorsAt(errors, '/interest').map((m) => html`<p class="field-error">${m}</p>`)}
      </div>
      <${TextArea} label="Message (optional)" pointer="/message" errors=${errors} value=${fields.message} onValue=${set('message')} rows="3" maxlength="1000" />
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website (leave empty)</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value=${fields.website} onInput=${(e) => set('website')(e.currentTarget.value)} />
      </div>
      <div class=${`field ${consentErrors.length ? 'field--invalid' : ''}`}>
        <div class="check">
          <input
            type="checkbox"
            id=${consentId}
            name="/consent_to_contact"
            checked=${fields.consent}
            onChange=${(e) => set('consent')(e.currentTarget.checked)}
            aria-invalid=${consentErrors.length ? 'true' : undefined}
            aria-describedby=${consentErrors.length ? `${consentId}-error` : undefined}
          />
          <label for=${consentId}>I agree that the clinic may contact me about this request by phone or e-mail.</label>
        </div>
        ${consentErrors.length > 0 && html`<div class="field-error" id=${`${consentId}-error`}>${consentErrors.map((m) => html`<p><span class="visually-hidden">Error: </span>${m}</p>`)}</div>`}
      </div>
      <div class="form-actions"><${SubmitButton} busy=${busy} busyLabel="Sending…">Send request</${SubmitButton}></div>
    </form>
  </div>`;
}
