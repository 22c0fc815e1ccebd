// The start page of each staff role: front desk and providers start from finding a patient;
// the owner also sees the clinic, the team and the protocol at a glance.
import { PatientSearch } from '../components/patient_search.js';
import { ErrorBox, Loading, PageTitle } from '../components/ui.js';
import { roleLabel } from '../lib/codes.js';
import { html } from '../lib/html.js';
import { useResource } from '../lib/resource.js';

const intro = {
  owner: 'Run the clinic: your team, the clinical protocol and who saw which patient.',
  provider: 'Open a patient to record a consultation, screen it and plan the series.',
  front_desk: 'Find or register a patient and keep their details up to date.',
};

function OwnerOverview() {
  const clinic = useResource('/api/v1/clinic');
  const staff = useResource('/api/v1/staff');
  const protocol = useResource('/api/v1/protocol');
  const active = staff.data ? staff.data.items.filter((u) => u.active) : [];
  return html`<section class="overview" aria-label="Clinic overview">
    <div class="card stat">
      <h2>Clinic</h2>
      ${clinic.loading && html`<${Loading} />`}
      <${ErrorBox} error=${clinic.error} onRetry=${clinic.reload} />
      ${clinic.data && html`<p class="stat__value">${clinic.data.name}</p><p class="muted">Login name ${clinic.data.slug} · ${clinic.data.time_zone}</p>`}
    </div>
    <div class="card stat">
      <h2>Team</h2>
      ${staff.loading && html`<${Loading} />`}
      <${ErrorBox} error=${staff.error} onRetry=${staff.reload} />
      ${staff.data && html`<p class="stat__value">${active.length} active</p><p><a href="/staff/team">Manage the team</a></p>`}
    </div>
    <div class="card stat">
      <h2>Protocol</h2>
      ${protocol.loading && html`<${Loading} />`}
      <${ErrorBox} error=${protocol.error} onRetry=${protocol.reload} />
      ${protocol.data &&
      html`<p class="stat__value">${protocol.data.name} ${protocol.data.version}</p>
        <p>${protocol.data.built_in ? 'Built-in default' : 'Uploaded by the clinic'} · <a href="/staff/protocol">View</a></p>`}
    </div>
    <div class="card stat">
      <h2>Audit log</h2>
      <p class="stat__value">Who saw which patient</p>
      <p><a href="/staff/audit">Open the audit log</a></p>
    </div>
  </section>`;
}

export function HomePage({ session }) {
  const role = session.role;
  return html`<div class="stack">
    <div class="page-head">
      <div>
        <${PageTitle} title="Home">Good day, ${session.user.display_name}</${PageTitle}>
        <p class="lead">${roleLabel(role)} · ${intro[role]}</p>
      </div>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    ${role === 'owner' && html`<${OwnerOverview} />`}
    <${PatientSearch} readyName="home" />
  </div>`;
}
