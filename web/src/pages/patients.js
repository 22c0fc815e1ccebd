// The patient list (search) and registering a new patient. A likely duplicate (the same name
// and birth date, or the same e-mail) is not registered: the API answers 409 with its
// candidates, shown here to open, unless this really is a different person.
import { useEffect, useRef, useState } from 'preact/hooks';

import { PatientForm, emptyPatient, patientBody } from '../components/patient_form.js';
import { PatientSearch } from '../components/patient_search.js';
import { Badge, ErrorBox, PageTitle } from '../components/ui.js';
import { api } from '../lib/api.js';
import { useDraft } from '../lib/drafts.js';
import { formatDate, fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { navigate } from '../lib/router.js';

export function PatientsPage({ session }) {
  return html`<div class="stack">
    <div class="page-head">
      <${PageTitle}>Patients</${PageTitle}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${PatientSearch} heading="Search" canIncludeArchived=${session.role === 'owner'} />
  </div>`;
}

function DuplicateCandidates({ candidates, busy, onDifferent }) {
  const box = useRef(null);
  useEffect(() => box.current && box.current.focus(), []);
  return html`<section class="alert alert--warning duplicates" role="alert" tabindex="-1" ref=${box} aria-labelledby="duplicates-heading">
    <h2 id="duplicates-heading">This patient may already be registered</h2>
    <p>${candidates.length === 1 ? 'A record has' : 'These records have'} the same name and date of birth, or the same e-mail. Open the record instead of registering them twice.</p>
    <ul class="duplicates__list">
      ${candidates.map(
        (c) => html`<li>
          <span><strong>${fullName(c)}</strong>, born ${formatDate(c.birth_date)} <span class="muted">#${c.id}</span>${c.archived && html` <${Badge} kind="neutral">Archived</${Badge}>`}</span>
          <a class="button button--secondary button--small" href=${`/staff/patients/${c.id}`}>Open this record<span class="visually-hidden"> of ${fullName(c)} (#${c.id})</span></a>
        </li>`,
      )}
    </ul>
    <p>Not the same person, for example a namesake born the same day?</p>
    <button type="button" class="button button--secondary" disabled=${busy} onClick=${onDifferent}>It is a different person: register anyway</button>
  </section>`;
}

export function NewPatientPage() {
  const [fields, setFields, clearDraft] = useDraft('new-patient', emptyPatient);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);

  const register = async (confirmDuplicate) => {
    setBusy(true);
    setProblem(null);
    try {
      const body = patientBody(fields, true);
      if (confirmDuplicate) body.confirm_duplicate = true;
      const patient = await api('POST', '/api/v1/patients', body);
      clearDraft();
      navigate(`/staff/patients/${patient.id}`);
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };
  const submit = (event) => {
    event.preventDefault();
    register(false);
  };

  const candidates = problem && problem.status === 409 && Array.isArray(problem.problem.candidates) ? problem.problem.candidates : null;
  return html`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${PageTitle}>Register a patient</${PageTitle}>
    ${problem && problem.status !== 400 && !candidates && html`<${ErrorBox} error=${problem} />`}
    ${candidates && html`<${DuplicateCandidates} candidates=${candidates} busy=${busy} onDifferent=${() => register(true)} />`}
    <div class="card">
      <${PatientForm}
        fields=${fields}
        onFields=${(next) => {
          setFields(next);
          if (candidates) setProblem(null); // changed details: check again on the next submit
        }}
        errors=${problem && problem.status === 400 ? problem.errors : []}
        busy=${busy}
        onSubmit=${submit}
        submitLabel="Register patient"
      />
    </div>
  </div>`;
}
