// A treatment plan page: whose plan it is, and the plan itself (components/plan_view.js).
import { PlanView } from '../components/plan_view.js';
import { ErrorBox, Loading, PageTitle } from '../components/ui.js';
import { fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { isClinical } from '../lib/session.js';

export function PlanPage({ session, id }) {
  const plan = useResource(`/api/v1/plans/${id}`);
  const patientId = plan.data ? plan.data.patient_id : null;
  const patient = useResource(patientId ? `/api/v1/patients/${patientId}` : null);
  useReadyMark(plan.data !== null && patient.data !== null, 'plan');

  if (plan.error) {
    return html`<${PageTitle}>Treatment plan</${PageTitle}><${ErrorBox} error=${plan.error} onRetry=${plan.reload} />`;
  }
  if (!plan.data) return html`<${PageTitle}>Treatment plan</${PageTitle}><${Loading} label="Loading the plan…" />`;
  const name = patient.data ? fullName(patient.data) : `patient #${plan.data.patient_id}`;
  return html`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${plan.data.patient_id}`}>${name}</a></p>
    <${PageTitle} title="Treatment plan">Treatment plan: ${name}</${PageTitle}>
    <${PlanView} plan=${plan.data} onPlanChange=${plan.setData} canEdit=${isClinical(session.role)} />
  </div>`;
}
