// Logging in: the clinic's login name, e-mail and password, for staff and (at /portal/login)
// patients alike. The session comes back as an HttpOnly cookie; a session that expired while a
// form was open brings this page up in place, and the form comes back after the login.
import { useState } from 'preact/hooks';

import { PlainShell } from '../components/layout.js';
import { ErrorSummary, Notice, PageTitle, SubmitButton, TextField } from '../components/ui.js';
import { html } from '../lib/html.js';
import { logIn } from '../lib/session.js';

const CLINIC_KEY = 'np-clinic'; // the clinic's login name only: not personal data

function rememberedClinic() {
  const fromLink = new URLSearchParams(location.search).get('clinic');
  if (fromLink) return fromLink;
  try {
    return localStorage.getItem(CLINIC_KEY) || '';
  } catch {
    return '';
  }
}

export function LoginPage({ portal, expired }) {
  const [clinic, setClinic] = useState(rememberedClinic);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await logIn(clinic.trim(), email.trim(), password);
      try {
        localStorage.setItem(CLINIC_KEY, clinic.trim());
      } catch {
        // not remembered; no harm
      }
    } catch (error) {
      setPassword('');
      setProblem(error);
      setBusy(false);
    }
  };

  const errors = problem && problem.status === 400 ? problem.errors : [];
  let message = '';
  if (problem && problem.status === 401) message = 'The clinic, e-mail or password is not right.';
  else if (problem && problem.status === 429) message = `Too many attempts: ${problem.detail}.`;
  else if (problem && problem.status !== 400) message = problem.detail || 'The login failed. Try again.';

  return html`<${PlainShell}>
    <div class="login">
      <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
      <${PageTitle} title=${portal ? 'Patient portal' : 'Log in'}>${portal ? 'Your treatment plan' : 'Staff login'}</${PageTitle}>
      <p class="lead">
        ${portal
          ? 'Log in with the account your clinic set up for you to see your sessions and how to prepare.'
          : 'Log in to your clinic’s workspace.'}
      </p>
      ${expired &&
      html`<${Notice} kind="warning">
        <p><strong>Your session has ended.</strong> Log in again to carry on: what you typed is kept.</p>
      </${Notice}>`}
      ${message && html`<div class="alert alert--error" role="alert"><p>${message}</p></div>`}
      <${ErrorSummary} errors=${errors} />
      <form class="form" onSubmit=${submit} novalidate>
        <${TextField}
          label="Clinic"
          hint="Your clinic’s login name, for example demo-1"
          pointer="/clinic"
          errors=${errors}
          value=${clinic}
          onValue=${setClinic}
          autocomplete="organization"
          autocapitalize="none"
          spellcheck="false"
          required
        />
        <${TextField}
          label="E-mail"
          pointer="/email"
          type="email"
          errors=${errors}
          value=${email}
          onValue=${setEmail}
          autocomplete="username"
          required
        />
        <${TextField}
          label="Password"
          pointer="/password"
          type="password"
          errors=${errors}
          value=${password}
          onValue=${setPassword}
          autocomplete="current-password"
          required
        />
        <${SubmitButton} busy=${busy} busyLabel="Logging in…">Log in</${SubmitButton}>
      </form>
      <p class="login__switch">
        ${portal
          ? html`Clinic staff? <a href="/login">Staff login</a>`
          : html`A patient? <a href="/portal/login">Patient portal</a>`}
      </p>
    </div>
  </${PlainShell}>`;
}
