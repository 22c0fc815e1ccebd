// The team and the clinic's accounts (owner only): everyone's role and whether they may log in,
// inviting someone, resetting a password (a new one-time link), the clinic's login name, and
// the patients' portal accounts with their revocation.
import { useState } from 'preact/hooks';

import { InvitationLink } from '../components/invitation_link.js';
import { StaffAccountForm } from '../components/staff_account_form.js';
import { ConfirmAction, Empty, ErrorBox, Loading, Notice, PageTitle, SubmitButton, TextField } from '../components/ui.js';
import { api, describeError } from '../lib/api.js';
import { ROLES, roleLabel } from '../lib/codes.js';
import { formatTime } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { rememberClinic } from './login.js';

// Why a change was refused, in a sentence (the last owner who can log in: a 422 with its reason).
function refusal(problem) {
  if (!problem) return '';
  return problem.errors.length ? problem.errors.map((e) => e.message).join('; ') : describeError(problem);
}

function accountState(user) {
  if (!user.active) return 'Deactivated';
  return user.password_set ? 'Active' : 'Invited: no password set yet';
}

function Member({ user, self, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [link, setLink] = useState(null);
  const run = async (call) => {
    setBusy(true);
    setProblem(null);
    try {
      await call();
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const change = (patch) => run(async () => onChanged(await api('PATCH', `/api/v1/staff/${user.id}`, patch)));
  const reset = () =>
    run(async () => {
      const answer = await api('POST', `/api/v1/staff/${user.id}/password-reset`);
      setLink(answer.invitation);
      onChanged({ ...user, password_set: false });
    });
  const roleId = `role-${user.id}`;
  return html`<tr class=${user.active ? '' : 'inactive'} data-user=${user.email}>
    <th scope="row">${user.display_name}${user.title ? html` <span class="muted">${user.title}</span>` : ''}</th>
    <td>${user.email}</td>
    <td>
      <label class="visually-hidden" for=${roleId}>Role of ${user.display_name}</label>
      <select id=${roleId} value=${user.role} disabled=${busy || self} onChange=${(e) => change({ role: e.currentTarget.value })}>
        ${ROLES.map((r) => html`<option value=${r}>${roleLabel(r)}</option>`)}
      </select>
    </td>
    <td>${accountState(user)}</td>
    <td class="actions-cell">
      ${!self &&
      html`<div class="actions">
        <button type="button" class="button button--secondary button--small" disabled=${busy} onClick=${() => change({ active: !user.active })}>
          ${user.active ? 'Deactivate' : 'Reactivate'}<span class="visually-hidden"> ${user.display_name}</span>
        </button>
        ${user.active &&
        html`<${ConfirmAction}
          label="Reset password"
          hiddenSuffix=${`of ${user.display_name}`}
          confirmLabel="Reset and create a link"
          busy=${busy}
          onConfirm=${reset}
          small
        >
          <p>${user.display_name}’s password stops working now and they are logged out everywhere. You get a new one-time link for them.</p>
        </${ConfirmAction}>`}
      </div>`}
      ${problem && html`<p class="field-error" role="alert">${refusal(problem)}</p>`}
      ${link && html`<${InvitationLink} invitation=${link} person=${user.display_name} again="Reset again for a new link." id=${`reset-link-${user.id}`} />`}
    </td>
  </tr>`;
}

function ClinicLogin({ clinic, onSaved }) {
  const [slug, setSlug] = useState(clinic.slug);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      const changed = await api('PATCH', '/api/v1/clinic', { slug: slug.trim() });
      rememberClinic(changed.slug);
      onSaved(changed);
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  // A taken name (409) belongs beside the field too.
  const errors = !problem ? [] : problem.status === 400 ? problem.errors : problem.status === 409 ? [{ path: '/slug', message: problem.detail }] : [];
  return html`<form class="form" onSubmit=${submit} novalidate aria-labelledby="clinic-login-heading">
    <h2 id="clinic-login-heading">Clinic login name</h2>
    <p class="muted">Everyone types it to log in, staff and patients. Renaming it keeps everyone logged in; tell them the new name.</p>
    ${saved && html`<${Notice} kind="success"><p>Logins now use <strong>${clinic.slug}</strong>.</p></${Notice}>`}
    ${problem && problem.status !== 400 && problem.status !== 409 && html`<${ErrorBox} error=${problem} />`}
    <div class="inline-form">
      <${TextField}
        label="Login name"
        hint="2–63 lower-case letters, digits and hyphens"
        pointer="/slug"
        errors=${errors}
        value=${slug}
        onValue=${setSlug}
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        required
      />
      <${SubmitButton} busy=${busy} className="button--secondary">Rename</${SubmitButton}>
    </div>
  </form>`;
}

function PortalAccount({ account, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const revoke = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await api('DELETE', `/api/v1/portal-accounts/${account.id}`));
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  return html`<tr class=${account.active ? '' : 'inactive'}>
    <th scope="row"><a href=${`/staff/patients/${account.patient_id}`}>${account.display_name}</a></th>
    <td>${account.email}</td>
    <td>${account.active ? (account.password_set ? 'Active' : 'Invited: link not used yet') : 'Revoked'}</td>
    <td>${formatTime(account.created_at)}</td>
    <td class="actions-cell">
      ${account.active &&
      html`<${ConfirmAction} label="Revoke" hiddenSuffix=${`the portal login of ${account.display_name}`} confirmLabel="Revoke the login" busy=${busy} onConfirm=${revoke} small>
        <p>${account.display_name} is logged out and can no longer log into the portal; an unused link stops working. A provider can invite them again later.</p>
      </${ConfirmAction}>`}
      ${problem && html`<p class="field-error" role="alert">${refusal(problem)}</p>`}
    </td>
  </tr>`;
}

function PortalAccounts() {
  const accounts = useResource('/api/v1/portal-accounts');
  const replace = (account) => accounts.setData({ items: accounts.data.items.map((a) => (a.id === account.id ? account : a)) });
  return html`<section class="card" aria-labelledby="portal-accounts-heading">
    <h2 id="portal-accounts-heading">Patient portal logins</h2>
    <p class="muted">Providers and you invite patients from their chart. Revoke a login the patient should no longer use.</p>
    ${accounts.loading && html`<${Loading} />`}
    <${ErrorBox} error=${accounts.error} onRetry=${accounts.reload} />
    ${accounts.data && accounts.data.items.length === 0 && html`<${Empty}>No patient has a portal login yet.</${Empty}>`}
    ${accounts.data &&
    accounts.data.items.length > 0 &&
    html`<div class="table-scroll"><table class="table">
      <thead><tr><th scope="col">Patient</th><th scope="col">E-mail</th><th scope="col">Status</th><th scope="col">Invited</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${accounts.data.items.map((a) => html`<${PortalAccount} key=${a.id} account=${a} onChanged=${replace} />`)}</tbody>
    </table></div>`}
  </section>`;
}

export function TeamPage({ session }) {
  const staff = useResource('/api/v1/staff');
  const clinic = useResource('/api/v1/clinic');
  useReadyMark(staff.data !== null && clinic.data !== null, 'team');
  const replace = (user) =>
    staff.setData({ items: staff.data.items.some((u) => u.id === user.id) ? staff.data.items.map((u) => (u.id === user.id ? user : u)) : [...staff.data.items, user] });
  return html`<div class="stack">
    <${PageTitle}>Team and logins</${PageTitle}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${staff.loading && html`<${Loading} />`}
      <${ErrorBox} error=${staff.error} onRetry=${staff.reload} />
      ${staff.data &&
      html`<div class="table-scroll"><table class="table team-table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${staff.data.items.map((u) => html`<${Member} key=${u.id} user=${u} self=${u.id === session.user.id} onChanged=${replace} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${StaffAccountForm} onCreated=${(user) => staff.data && replace(user)} /></section>
    <${PortalAccounts} />
    <section class="card">
      ${clinic.loading && html`<${Loading} />`}
      <${ErrorBox} error=${clinic.error} onRetry=${clinic.reload} />
      ${clinic.data && html`<${ClinicLogin} clinic=${clinic.data} onSaved=${clinic.setData} />`}
    </section>
  </div>`;
}
