// Adding a staff account. Today the owner chooses the first password; this component is the
// one place to change when staff accounts become single-use invitations.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { ROLES, roleLabel } from '../lib/codes.js';
import { html } from '../lib/html.js';
import { ErrorBox, ErrorSummary, Notice, SelectField, SubmitButton, TextField } from './ui.js';

const empty = { display_name: '', email: '', role: 'provider', title: '', password: '' };

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
    <h2 id="new-staff-heading">Add a team member</h2>
    ${created && html`<${Notice} kind="success"><p>${created.display_name} can now log in as ${roleLabel(created.role).toLowerCase()} with ${created.email}.</p></${Notice}>`}
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <${ErrorSummary} errors=${errors} />
    <div class="grid grid--2">
      <${TextField} label="Name" pointer="/display_name" errors=${errors} value=${fields.display_name} onValue=${set('display_name')} autocomplete="off" required />
      <${TextField} label="E-mail" type="email" pointer="/email" errors=${errors} value=${fields.email} onValue=${set('email')} autocomplete="off" required />
      <${SelectField} label="Role" pointer="/role" errors=${errors} value=${fields.role} onValue=${set('role')} options=${ROLES.map((r) => [r, roleLabel(r)])} required />
      <${TextField} label="Title" hint="For example RN or Dr" pointer="/title" errors=${errors} value=${fields.title} onValue=${set('title')} autocomplete="off" />
      <${TextField}
        label="First password"
        hint="At least 12 characters; tell it to them in person."
        type="password"
        pointer="/password"
        errors=${errors}
        value=${fields.password}
        onValue=${set('password')}
        autocomplete="new-password"
        required
      />
    </div>
    <${SubmitButton} busy=${busy}>Add team member</${SubmitButton}>
  </form>`;
}
