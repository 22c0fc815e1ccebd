// Inviting a patient to the portal (owners and providers only; the front desk never sees this
// control and the API refuses them). The answer carries a one-time set-password link, shown
// here once for the patient. A patient has one portal login: inviting again re-issues it (a
// new link; the old password and link stop working), which is also how a portal password is
// reset.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { html } from '../lib/html.js';
import { InvitationLink } from './invitation_link.js';
import { ErrorBox, ErrorSummary, Notice, SubmitButton, TextField } from './ui.js';

export function PortalAccountForm({ patient, name }) {
  const [email, setEmail] = useState(patient.email || '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [invited, setInvited] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const trimmed = email.trim();
      const account = await api('POST', `/api/v1/patients/${patient.id}/portal-account`, trimmed ? { email: trimmed } : {});
      setInvited(account);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };

  // A taken e-mail (409) belongs beside the field.
  const errors = !problem ? [] : problem.status === 400 ? problem.errors : problem.status === 409 ? [{ path: '/email', message: problem.detail }] : [];
  return html`<div class="stack">
    ${invited &&
    html`<${Notice} kind="success">
      <p>Portal login for <strong>${invited.email}</strong>. The patient sets their own password with this link, then logs in at the patient portal.</p>
      <${InvitationLink} invitation=${invited.invitation} person=${name} again="Invite again for a new link." id="portal-invitation-link" />
    </${Notice}>`}
    <form class="form form--compact" onSubmit=${submit} novalidate aria-label="Invite to the portal">
      ${problem && problem.status !== 400 && problem.status !== 409 && html`<${ErrorBox} error=${problem} />`}
      <${ErrorSummary} errors=${errors} />
      <${TextField}
        label="Portal e-mail"
        hint="The patient logs in with it. Empty: the e-mail on record."
        type="email"
        pointer="/email"
        errors=${errors}
        value=${email}
        onValue=${setEmail}
        autocomplete="off"
      />
      <p class="muted small">If the patient already has a portal login, a new link replaces their password and logs them out.</p>
      <${SubmitButton} busy=${busy} busyLabel="Creating the link…" className="button--secondary">
        ${invited ? 'Create another link' : 'Invite to the portal'}
      </${SubmitButton}>
    </form>
  </div>`;
}
