// A treatment plan page: whose plan it is, and the plan itself (components/plan_view.js). For
// owners and providers it also reads the consultation (its screening's deferrals) and the
// active protocol (which of them a provider may set aside).
import { parse } from 'smol-toml';

import { PlanView } from '../components/plan_view.js';
import { SeriesBooking } from '../components/series_booking.js';
import { ErrorBox, Loading, PageTitle } from '../components/ui.js';
import { fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { isClinical } from '../lib/session.js';

// The finding codes a protocol (TOML) marks overridable, or null if it cannot be read.
export function overridableCodes(toml) {
  try {
    const findings = parse(toml).findings || {};
    return new Set(Object.entries(findings).filter(([, rule]) => rule && rule.overridable === true).map(([code]) => code));
  } catch {
    return null;
  }
}

export function PlanPage({ session, id }) {
  const clinical = isClinical(session.role);
  const plan = useResource(`/api/v1/plans/${id}`);
  const patientId = plan.data ? plan.data.patient_id : null;
  const patient = useResource(patientId ? `/api/v1/patients/${patientId}` : null);
  const consultation = useResource(clinical && plan.data ? `/api/v1/consultations/${plan.data.consultation_id}` : null);
  const protocol = useResource(clinical ? '/api/v1/protocol' : null);
  const clinic = useResource('/api/v1/clinic');
  const extrasReady = !clinical || ((consultation.data !== null || consultation.error !== null) && (protocol.data !== null || protocol.error !== null));
  useReadyMark(plan.data !== null && patient.data !== null && extrasReady, 'plan');

  if (plan.error) {
    return html`<${PageTitle}>Treatment plan</${PageTitle}><${ErrorBox} error=${plan.error} onRetry=${plan.reload} />`;
  }
  if (!plan.data) return html`<${PageTitle}>Treatment plan</${PageTitle}><${Loading} label="Loading the plan…" />`;
  const name = patient.data ? fullName(patient.data) : `patient #${plan.data.patient_id}`;
  return html`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${plan.data.patient_id}`}>${name}</a></p>
    <${PageTitle} title="Treatment plan">Treatment plan: ${name}</${PageTitle}>
    <${PlanView}
      plan=${plan.data}
      onPlanChange=${plan.setData}
      canEdit=${clinical}
      canOverride=${session.role === 'provider'}
      screening=${consultation.data ? consultation.data.screening : null}
      overridable=${protocol.data ? overridableCodes(protocol.data.toml) : null}
    />
    <${SeriesBooking} plan=${plan.data} patientName=${name} role=${session.role} timeZone=${clinic.data ? clinic.data.time_zone : undefined} />
  </div>`;
}
