// Giving a patient a login to the portal. Today the creator chooses the first password; this
// component is the one place to change when portal accounts become single-use invitations.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { html } from '../lib/html.js';
import { ErrorBox, ErrorSummary, Notice, SubmitButton, TextField } from './ui.js';

export function PortalAccountForm({ patient }) {
  const [email, setEmail] = useState(patient.email || '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [created, setCreated] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      setCreated(await api('POST', `/api/v1/patients/${patient.id}/portal-account`, { email: email.trim(), password }));
      setPassword('');
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };

  if (created) {
    return html`<${Notice} kind="success">
      <p>Portal login created for <strong>${created.email}</strong>. Give the patient the password you chose, in person.</p>
    </${Notice}>`;
  }
  const errors = problem && problem.status === 400 ? problem.errors : [];
  return html`<form class="form form--compact" onSubmit=${submit} novalidate aria-label="Portal login">
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <${ErrorSummary} errors=${errors} />
    <${TextField} label="Portal e-mail" type="email" pointer="/email" errors=${errors} value=${email} onValue=${setEmail} autocomplete="off" required />
    <${TextField}
      label="First password"
      hint="At least 12 characters; the patient should change it."
      type="password"
      pointer="/password"
      errors=${errors}
      value=${password}
      onValue=${setPassword}
      autocomplete="new-password"
      required
    />
    <${SubmitButton} busy=${busy} className="button--secondary">Create portal login</${SubmitButton}>
  </form>`;
}
