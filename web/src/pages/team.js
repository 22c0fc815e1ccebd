// The team (owner only): everyone's role and whether they may log in, and adding someone.
import { useState } from 'preact/hooks';

import { StaffAccountForm } from '../components/staff_account_form.js';
import { ErrorBox, Loading, PageTitle } from '../components/ui.js';
import { api, describeError } from '../lib/api.js';
import { ROLES, roleLabel } from '../lib/codes.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';

function Member({ user, self, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const change = async (patch) => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await api('PATCH', `/api/v1/staff/${user.id}`, patch));
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const roleId = `role-${user.id}`;
  return html`<tr class=${user.active ? '' : 'inactive'}>
    <th scope="row">${user.display_name}${user.title ? html` <span class="muted">${user.title}</span>` : ''}</th>
    <td>${user.email}</td>
    <td>
      <label class="visually-hidden" for=${roleId}>Role of ${user.display_name}</label>
      <select id=${roleId} value=${user.role} disabled=${busy || self} onChange=${(e) => change({ role: e.currentTarget.value })}>
        ${ROLES.map((r) => html`<option value=${r}>${roleLabel(r)}</option>`)}
      </select>
    </td>
    <td>${user.active ? 'Active' : 'Deactivated'}</td>
    <td>
      ${!self &&
      html`<button type="button" class="button button--secondary button--small" disabled=${busy} onClick=${() => change({ active: !user.active })}>
        ${user.active ? 'Deactivate' : 'Reactivate'}<span class="visually-hidden"> ${user.display_name}</span>
      </button>`}
      ${problem && html`<p class="field-error" role="alert">${problem.errors.length ? problem.errors.map((e) => e.message).join('; ') : describeError(problem)}</p>`}
    </td>
  </tr>`;
}

export function TeamPage({ session }) {
  const staff = useResource('/api/v1/staff');
  useReadyMark(staff.data !== null, 'team');
  const replace = (user) =>
    staff.setData({ items: staff.data.items.some((u) => u.id === user.id) ? staff.data.items.map((u) => (u.id === user.id ? user : u)) : [...staff.data.items, user] });
  return html`<div class="stack">
    <${PageTitle}>Team</${PageTitle}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${staff.loading && html`<${Loading} />`}
      <${ErrorBox} error=${staff.error} onRetry=${staff.reload} />
      ${staff.data &&
      html`<div class="table-scroll"><table class="table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${staff.data.items.map((u) => html`<${Member} key=${u.id} user=${u} self=${u.id === session.user.id} onChanged=${replace} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${StaffAccountForm} onCreated=${(user) => staff.data && replace(user)} /></section>
  </div>`;
}
