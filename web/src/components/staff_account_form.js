// Inviting a team member (owner only). Nobody chooses a password for someone else: the account
// is created without one and the answer carries a one-time set-password link, shown here once.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { ROLES, roleLabel } from '../lib/codes.js';
import { html } from '../lib/html.js';
import { InvitationLink } from './invitation_link.js';
import { ErrorBox, ErrorSummary, Notice, SelectField, SubmitButton, TextField } from './ui.js';

const empty = { display_name: '', email: '', role: 'provider', title: '' };

export function StaffAccountForm({ onCreated }) {
  const [fields, setFields] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [created, setCreated] = useState(null);
  const set = (key) => (value) => setFields({ ...fields, [key]: value });

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setCreated(null);
    try {
      const body = { ...fields, email: fields.email.trim(), display_name: fields.display_name.trim(), title: fields.title.trim() };
      const user = await api('POST', '/api/v1/staff', body);
      setCreated(user);
      setFields(empty);
      onCreated(user);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };

  const errors = problem && problem.status === 400 ? problem.errors : [];
  return html`<form class="form" onSubmit=${submit} novalidate aria-labelledby="new-staff-heading">
    <h2 id="new-staff-heading">Invite a team member</h2>
    <p class="muted">They get a one-time link and choose their own password; you never see it.</p>
    ${created &&
    html`<${Notice} kind="success">
      <p>${created.display_name} is invited as ${roleLabel(created.role).toLowerCase()} (${created.email}).</p>
      <${InvitationLink}
        invitation=${created.invitation}
        person=${created.display_name}
        again="Use “Reset password” beside their name in the list for a new link."
        id="new-staff-link"
      />
    </${Notice}>`}
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <${ErrorSummary} errors=${errors} />
    <div class="grid grid--2">
      <${TextField} label="Name" pointer="/display_name" errors=${errors} value=${fields.display_name} onValue=${set('display_name')} autocomplete="off" required />
      <${TextField} label="E-mail" type="email" pointer="/email" errors=${errors} value=${fields.email} onValue=${set('email')} autocomplete="off" required />
      <${SelectField} label="Role" pointer="/role" errors=${errors} value=${fields.role} onValue=${set('role')} options=${ROLES.map((r) => [r, roleLabel(r)])} required />
      <${TextField} label="Title" hint="For example RN or Dr" pointer="/title" errors=${errors} value=${fields.title} onValue=${set('title')} autocomplete="off" />
    </div>
    <${SubmitButton} busy=${busy} busyLabel="Inviting…">Invite and create the link</${SubmitButton}>
  </form>`;
}
