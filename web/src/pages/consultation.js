// A recorded consultation: its screening, the intake it was made from, and the next step
// (a treatment plan, unless the patient is not eligible).
import { useState } from 'preact/hooks';

import { ScreeningResult } from '../components/screening_result.js';
import { ErrorBox, Loading, PageTitle } from '../components/ui.js';
import { api } from '../lib/api.js';
import {
  activeLabel,
  allergyLabel,
  concernLabel,
  historyLabel,
  medicationLabel,
  procedureLabel,
  subtypeLabel,
  zoneLabel,
} from '../lib/codes.js';
import { formatDate, formatTime, fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { navigate } from '../lib/router.js';

const where = (areas) => (areas && areas.length ? ` (${areas.map(zoneLabel).join(', ')})` : '');

function IntakeSummary({ intake }) {
  const rows = [
    ['Assessed on', formatDate(intake.assessed_on)],
    ['First session planned for', formatDate(intake.planned_date)],
    ['Skin type', `Fitzpatrick ${intake.patient.fitzpatrick}`],
    ['Areas', intake.areas.map(zoneLabel).join(', ')],
    [
      'Concerns',
      intake.concerns
        .map((c) => `${concernLabel(c.code)}${c.subtype ? ` (${subtypeLabel(c.subtype)})` : ''}, severity ${c.severity}${where(c.areas)}`)
        .join('; '),
    ],
    ['History', (intake.history || []).map(historyLabel).join(', ')],
    ['Skin today', (intake.active || []).map((a) => `${activeLabel(a.code)}${where(a.areas)}`).join('; ')],
    [
      'Medications',
      (intake.medications || [])
        .map((m) => {
          const last = m.last_dose || m.last_use;
          return `${medicationLabel(m.code)}${last ? `, last taken ${formatDate(last)}` : ', still taking'}`;
        })
        .join('; '),
    ],
    ['Procedures', (intake.procedures || []).map((p) => `${procedureLabel(p.code)} on ${formatDate(p.date)}${where(p.areas)}`).join('; ')],
    ['Allergies', (intake.allergies || []).map(allergyLabel).concat(intake.other_allergies || []).join(', ')],
    ['Pregnant or breastfeeding', intake.pregnant || intake.breastfeeding ? 'Yes' : 'No'],
  ];
  return html`<dl class="facts facts--wide">
    ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value || '—'}</dd></div>`)}
  </dl>`;
}

export function ConsultationPage({ id }) {
  const consultation = useResource(`/api/v1/consultations/${id}`);
  const patientId = consultation.data ? consultation.data.patient_id : null;
  const patient = useResource(patientId ? `/api/v1/patients/${patientId}` : null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  useReadyMark(consultation.data !== null && patient.data !== null, 'consultation');

  if (consultation.error) {
    return html`<${PageTitle}>Consultation</${PageTitle}><${ErrorBox} error=${consultation.error} onRetry=${consultation.reload} />`;
  }
  if (!consultation.data) return html`<${PageTitle}>Consultation</${PageTitle}><${Loading} />`;
  const c = consultation.data;
  const name = patient.data ? fullName(patient.data) : `patient #${c.patient_id}`;

  const plan = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const created = await api('POST', '/api/v1/plans', { consultation_id: c.id });
      navigate(`/staff/plans/${created.id}`);
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };

  return html`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${c.patient_id}`}>${name}</a></p>
    <div class="page-head">
      <div>
        <${PageTitle} title="Consultation">Consultation: ${name}</${PageTitle}>
        <p class="lead">Recorded ${formatTime(c.created_at)}</p>
      </div>
      ${c.verdict !== 'not_eligible' &&
      html`<button type="button" class="button" onClick=${plan} disabled=${busy}>${busy ? 'Planning…' : 'Create treatment plan'}</button>`}
    </div>
    <${ErrorBox} error=${problem} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="screening-heading">
        <h2 id="screening-heading" class="visually-hidden">Screening</h2>
        <${ScreeningResult} result=${c} headingLevel=${3} />
      </section>
      <section class="card columns__side" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake</h2>
        <${IntakeSummary} intake=${c.intake} />
      </section>
    </div>
  </div>`;
}
