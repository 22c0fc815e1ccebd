// Setting one's own password from a one-time link (/invite#<token>), for staff and patients
// alike. The token is read from the URL fragment, which browsers never send to a server; once
// the password is set it is removed from the address bar, and the person goes on to the login
// their role uses (staff or portal), with the clinic and e-mail filled in.
import { useState } from 'preact/hooks';

import { ErrorSummary, Notice, PageTitle, SubmitButton, TextField } from '../components/ui.js';
import { api } from '../lib/api.js';
import { html } from '../lib/html.js';
import { navigate } from '../lib/router.js';
import { logOut } from '../lib/session.js';
import { prefillLogin } from './login.js';

// The token of the link: everything after '#', or '' when the page was opened without one.
export function tokenFromHash(hash) {
  const token = (hash || '').replace(/^#/, '').trim();
  return /^[A-Za-z0-9._~-]{10,200}$/.test(token) ? token : '';
}

const NOT_VALID =
  'This link can no longer be used. A link works once and for 72 hours, and a newer link replaces an older one. ' +
  'Ask your clinic for a new link (staff: the clinic’s owner; patients: your provider).';

function Done({ accepted, session }) {
  const portal = accepted.role === 'patient';
  const go = async () => {
    prefillLogin({ clinic: accepted.clinic, email: accepted.email });
    if (session) await logOut();
    navigate(portal ? '/portal/login' : '/login', { replace: true });
  };
  return html`<div class="stack">
    <${Notice} kind="success">
      <p><strong>Your password is set.</strong> Log in with it from now on:</p>
      <dl class="facts">
        <div><dt>Clinic</dt><dd>${accepted.clinic}</dd></div>
        <div><dt>E-mail</dt><dd>${accepted.email}</dd></div>
      </dl>
    </${Notice}>
    <button type="button" class="button" onClick=${go}>${portal ? 'Go to the patient portal login' : 'Go to the staff login'}</button>
  </div>`;
}

export function InvitePage({ session }) {
  const [token] = useState(() => tokenFromHash(location.hash));
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [mismatch, setMismatch] = useState(false);
  const [accepted, setAccepted] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    setMismatch(false);
    if (password !== again) {
      setMismatch(true);
      return;
    }
    setBusy(true);
    try {
      const answer = await api('POST', '/api/v1/invitations/accept', { token, password });
      history.replaceState(null, '', '/invite'); // the used token leaves the address bar and history
      setAccepted(answer);
    } catch (error) {
      setProblem(error);
      setPassword('');
      setAgain('');
    }
    setBusy(false);
  };

  const errors = [
    ...(problem && problem.status === 400 ? problem.errors.filter((e) => e.path === '/password') : []),
    ...(mismatch ? [{ path: '/password_again', message: 'is not the same as the new password' }] : []),
  ];
  let message = '';
  if (problem && problem.status === 401) message = NOT_VALID;
  else if (problem && problem.status === 429) message = `Too many attempts from this device: ${problem.detail}. Wait, then try again.`;
  else if (problem && problem.status === 400 && errors.length === 0) message = NOT_VALID;
  else if (problem && problem.status !== 400) message = problem.detail || 'Setting the password failed. Try again.';

  return html`<div class="login">
    <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
    <${PageTitle}>Set your password</${PageTitle}>
    ${accepted
      ? html`<${Done} accepted=${accepted} session=${session} />`
      : !token
        ? html`<div class="alert alert--error" role="alert">
            <p>This page needs the whole link your clinic gave you, including the part after “#”. Open the link again, or ask your clinic for a new one.</p>
          </div>`
        : html`<p class="lead">Choose the password you will log in with. Nobody else sees it, not even the clinic.</p>
            ${session &&
            html`<${Notice} kind="warning">
              <p>You are logged in as ${session.user.display_name}. This link is for the person it was made for: setting a password here uses it up.</p>
            </${Notice}>`}
            ${message && html`<div class="alert alert--error" role="alert"><p>${message}</p></div>`}
            <${ErrorSummary} errors=${errors} />
            <form class="form" onSubmit=${submit} novalidate>
              <${TextField}
                label="New password"
                hint="At least 12 characters. A few unrelated words are strong and easy to remember; avoid common passwords and your e-mail."
                pointer="/password"
                type="password"
                errors=${errors}
                value=${password}
                onValue=${setPassword}
                autocomplete="new-password"
                required
              />
              <${TextField}
                label="Type it again"
                pointer="/password_again"
                type="password"
                errors=${errors}
                value=${again}
                onValue=${setAgain}
                autocomplete="new-password"
                required
              />
              <${SubmitButton} busy=${busy} busyLabel="Setting…">Set my password</${SubmitButton}>
            </form>`}
  </div>`;
}
