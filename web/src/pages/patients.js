// The patient list (search) and registering a new patient.
import { PatientForm, emptyPatient, patientBody } from '../components/patient_form.js';
import { PatientSearch } from '../components/patient_search.js';
import { ErrorBox, PageTitle } from '../components/ui.js';
import { api } from '../lib/api.js';
import { useDraft } from '../lib/drafts.js';
import { html } from '../lib/html.js';
import { navigate } from '../lib/router.js';
import { useState } from 'preact/hooks';

export function PatientsPage() {
  return html`<div class="stack">
    <div class="page-head">
      <${PageTitle}>Patients</${PageTitle}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${PatientSearch} heading="Search" />
  </div>`;
}

export function NewPatientPage() {
  const [fields, setFields, clearDraft] = useDraft('new-patient', emptyPatient);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const patient = await api('POST', '/api/v1/patients', patientBody(fields, true));
      clearDraft();
      navigate(`/staff/patients/${patient.id}`);
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };

  return html`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${PageTitle}>Register a patient</${PageTitle}>
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <div class="card">
      <${PatientForm}
        fields=${fields}
        onFields=${setFields}
        errors=${problem && problem.status === 400 ? problem.errors : []}
        busy=${busy}
        onSubmit=${submit}
        submitLabel="Register patient"
      />
    </div>
  </div>`;
}
