// The consultation form: the intake in the protocol contract's shape, screened as it is
// filled in (POST /api/v1/consultations/screen stores nothing) and recorded with
// POST /api/v1/consultations. Every problem the API finds lands beside its field (its JSON
// pointer names the field), and the draft survives an expired session.
import { useEffect, useRef, useState } from 'preact/hooks';

import { ScreeningResult } from '../components/screening_result.js';
import {
  CheckboxGroup,
  ErrorBox,
  ErrorSummary,
  Loading,
  Notice,
  PageTitle,
  SelectField,
  SubmitButton,
  TextField,
  describePath,
  elementForPath,
  errorsAt,
  fieldId,
} from '../components/ui.js';
import { ApiError, api } from '../lib/api.js';
import {
  ACTIVE,
  ALLERGIES,
  BODY_ZONES,
  CONCERNS,
  FACE_ZONES,
  FITZPATRICK,
  HISTORY,
  MEDICATIONS,
  PROCEDURES,
  SEVERITIES,
  SUBTYPES,
  ZONES,
  activeLabel,
  allergyLabel,
  concernLabel,
  historyLabel,
  medicationLabel,
  procedureLabel,
  subtypeLabel,
  zoneLabel,
} from '../lib/codes.js';
import { useDraft } from '../lib/drafts.js';
import { ageOn, formatDate, fullName, today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { navigate } from '../lib/router.js';

const options = (codes, label) => codes.map((code) => [code, label(code)]);
const zoneOptions = (codes) => options(codes, zoneLabel);

function emptyForm(patient, clinicToday) {
  return {
    assessed_on: clinicToday,
    planned_date: '',
    fitzpatrick: patient.fitzpatrick ? String(patient.fitzpatrick) : '',
    areas: [],
    concerns: [{ code: '', subtype: '', severity: '', areas: [] }],
    history: [],
    active: [],
    medications: [],
    procedures: [],
    allergies: [],
    other_allergies: '',
    pregnant: false,
    breastfeeding: false,
  };
}

// The intake as the API takes it. Rows map one to one onto the arrays, so an error's index
// names the row; empty fields are left out so the API says what is missing.
export function toIntake(form, patient) {
  const intake = { patient: { birth_date: patient.birth_date } };
  if (form.assessed_on) intake.assessed_on = form.assessed_on;
  if (form.planned_date) intake.planned_date = form.planned_date;
  if (form.fitzpatrick !== '') intake.patient.fitzpatrick = Number(form.fitzpatrick);
  intake.areas = form.areas;
  intake.concerns = form.concerns.map((c) => {
    const concern = { code: c.code };
    if (c.subtype) concern.subtype = c.subtype;
    if (c.severity !== '') concern.severity = Number(c.severity);
    if (c.areas.length > 0) concern.areas = c.areas;
    return concern;
  });
  if (form.history.length) intake.history = form.history;
  if (form.active.length) {
    intake.active = form.active.map((a) => (a.areas.length ? { code: a.code, areas: a.areas } : { code: a.code }));
  }
  if (form.medications.length) {
    intake.medications = form.medications.map((m) => (m.last_dose ? { code: m.code, last_dose: m.last_dose } : { code: m.code }));
  }
  if (form.procedures.length) {
    intake.procedures = form.procedures.map((p) => {
      const procedure = { code: p.code };
      if (p.date) procedure.date = p.date;
      if (p.areas.length) procedure.areas = p.areas;
      return procedure;
    });
  }
  const others = form.other_allergies
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (form.allergies.length || others.length) intake.allergies = [...form.allergies, ...others];
  if (form.pregnant) intake.pregnant = true;
  if (form.breastfeeding) intake.breastfeeding = true;
  return intake;
}

// What still stops the live screening, in words (empty: ready to screen).
function missingForScreening(form) {
  const missing = [];
  if (form.fitzpatrick === '') missing.push('the skin type');
  if (form.areas.length === 0) missing.push('at least one area to treat');
  if (!form.concerns.some((c) => c.code && c.severity !== '')) missing.push('a concern with its severity');
  if (form.medications.some((m) => !m.code)) missing.push('each medication’s name');
  if (form.procedures.some((p) => !p.code || !p.date)) missing.push('each procedure’s name and date');
  if (form.active.some((a) => !a.code)) missing.push('each skin condition');
  return missing;
}

function Section({ title, pointer, errors, children, hint }) {
  const messages = pointer ? errorsAt(errors, pointer) : [];
  return html`<section class="form-section" aria-labelledby=${`${fieldId(pointer || title)}-title`}>
    <h2 id=${`${fieldId(pointer || title)}-title`}>${title}</h2>
    ${hint && html`<p class="hint">${hint}</p>`}
    ${messages.length > 0 &&
    html`<div class="field-error" id=${pointer ? fieldId(pointer) : undefined} tabindex="-1">
      ${messages.map((m) => html`<p><span class="visually-hidden">Error: </span>${m}</p>`)}
    </div>`}
    ${children}
  </section>`;
}

function RowList({ rows, onRows, make, render, addLabel, itemLabel }) {
  return html`<div class="rows">
    ${rows.map(
      (row, index) => html`<div class="row" key=${index}>
        <div class="row__fields">${render(row, index, (next) => onRows(rows.map((r, i) => (i === index ? next : r))))}</div>
        <button
          type="button"
          class="button button--quiet row__remove"
          onClick=${() => onRows(rows.filter((_, i) => i !== index))}
        >
          Remove<span class="visually-hidden"> ${itemLabel} ${index + 1}</span>
        </button>
      </div>`,
    )}
    <button type="button" class="button button--secondary" onClick=${() => onRows([...rows, make()])}>${addLabel}</button>
  </div>`;
}

function IntakeForm({ form, setForm, errors, patient, clinicToday }) {
  const set = (key) => (value) => setForm({ ...form, [key]: value });
  const treated = form.areas;
  const p = (suffix) => `/intake${suffix}`;
  return html`<div class="intake">
    <${Section} title="Visit">
      <div class="grid grid--2">
        <${TextField} label="Assessed on" type="date" pointer=${p('/assessed_on')} errors=${errors} value=${form.assessed_on} onValue=${set('assessed_on')} max=${clinicToday} />
        <${TextField}
          label="First session planned for"
          hint="Leave empty to use the assessment date."
          type="date"
          pointer=${p('/planned_date')}
          errors=${errors}
          value=${form.planned_date}
          onValue=${set('planned_date')}
        />
      </div>
    </${Section}>

    <${Section} title="Patient">
      <div class="grid grid--2">
        <div class="field" id=${fieldId(p('/patient/birth_date'))} tabindex="-1">
          <span class="field__label">Date of birth</span>
          <p class="field__value">${formatDate(patient.birth_date)} (age ${ageOn(patient.birth_date)}) <span class="muted">from the patient record</span></p>
          ${errorsAt(errors, p('/patient/birth_date')).map((m) => html`<p class="field-error">${m}</p>`)}
        </div>
        <${SelectField}
          label="Skin type (Fitzpatrick)"
          pointer=${p('/patient/fitzpatrick')}
          errors=${errors}
          value=${form.fitzpatrick}
          onValue=${set('fitzpatrick')}
          options=${FITZPATRICK}
          placeholder="Choose…"
          required
        />
      </div>
    </${Section}>

    <${Section} title="Areas to treat">
      <div class="grid grid--2">
        <${CheckboxGroup}
          legend="Face"
          pointer=${p('/areas')}
          errors=${errors}
          options=${zoneOptions(FACE_ZONES)}
          values=${form.areas.filter((z) => FACE_ZONES.includes(z))}
          onValues=${(face) => set('areas')(ZONES.filter((z) => face.includes(z) || (BODY_ZONES.includes(z) && form.areas.includes(z))))}
        />
        <${CheckboxGroup}
          legend="Body"
          pointer=${p('/areas-body')}
          errors=${[]}
          options=${zoneOptions(BODY_ZONES)}
          values=${form.areas.filter((z) => BODY_ZONES.includes(z))}
          onValues=${(body) => set('areas')(ZONES.filter((z) => body.includes(z) || (FACE_ZONES.includes(z) && form.areas.includes(z))))}
        />
      </div>
    </${Section}>

    <${Section} title="Concerns" pointer=${p('/concerns')} errors=${errors}>
      <${RowList}
        rows=${form.concerns}
        onRows=${set('concerns')}
        make=${() => ({ code: '', subtype: '', severity: '', areas: [] })}
        addLabel="Add a concern"
        itemLabel="concern"
        render=${(c, i, change) => html`<div class="grid grid--3">
            <${SelectField}
              label="Concern"
              pointer=${p(`/concerns/${i}/code`)}
              errors=${errors}
              value=${c.code}
              onValue=${(code) => change({ ...c, code, subtype: SUBTYPES[code] && SUBTYPES[code].includes(c.subtype) ? c.subtype : '' })}
              options=${options(CONCERNS, concernLabel)}
              placeholder="Choose…"
              required
            />
            ${SUBTYPES[c.code]
              ? html`<${SelectField}
                  label="Type"
                  pointer=${p(`/concerns/${i}/subtype`)}
                  errors=${errors}
                  value=${c.subtype}
                  onValue=${(subtype) => change({ ...c, subtype })}
                  options=${options(SUBTYPES[c.code], subtypeLabel)}
                  placeholder="Not specified"
                />`
              : html`<div></div>`}
            <${SelectField}
              label="Severity"
              pointer=${p(`/concerns/${i}/severity`)}
              errors=${errors}
              value=${c.severity}
              onValue=${(severity) => change({ ...c, severity })}
              options=${SEVERITIES}
              placeholder="Choose…"
              required
            />
          </div>
          ${treated.length > 1 &&
          html`<${CheckboxGroup}
            legend="Where (none ticked: every treated area)"
            pointer=${p(`/concerns/${i}/areas`)}
            errors=${errors}
            options=${zoneOptions(treated)}
            values=${c.areas.filter((z) => treated.includes(z))}
            onValues=${(areas) => change({ ...c, areas })}
            columns=${4}
            compact
          />`}`}
      />
    </${Section}>

    <${Section} title="Medical history">
      <${CheckboxGroup}
        legend="The patient has or has had"
        pointer=${p('/history')}
        errors=${errors}
        options=${options(HISTORY, historyLabel)}
        values=${form.history}
        onValues=${set('history')}
        columns=${3}
      />
    </${Section}>

    <${Section} title="Skin today" pointer=${p('/active')} errors=${errors} hint="Conditions present now, anywhere on the body.">
      <${RowList}
        rows=${form.active}
        onRows=${set('active')}
        make=${() => ({ code: '', areas: [] })}
        addLabel="Add a skin condition"
        itemLabel="skin condition"
        render=${(a, i, change) => html`<${SelectField}
            label="Condition"
            pointer=${p(`/active/${i}/code`)}
            errors=${errors}
            value=${a.code}
            onValue=${(code) => change({ ...a, code })}
            options=${options(ACTIVE, activeLabel)}
            placeholder="Choose…"
            required
          />
          <${CheckboxGroup}
            legend="Where (none ticked: everywhere)"
            pointer=${p(`/active/${i}/areas`)}
            errors=${errors}
            options=${zoneOptions(ZONES)}
            values=${a.areas}
            onValues=${(areas) => change({ ...a, areas })}
            columns=${4}
            compact
          />`}
      />
    </${Section}>

    <${Section} title="Medications" pointer=${p('/medications')} errors=${errors}>
      <${RowList}
        rows=${form.medications}
        onRows=${set('medications')}
        make=${() => ({ code: '', last_dose: '' })}
        addLabel="Add a medication"
        itemLabel="medication"
        render=${(m, i, change) => html`<div class="grid grid--2">
          <${SelectField}
            label="Medication"
            pointer=${p(`/medications/${i}/code`)}
            errors=${errors}
            value=${m.code}
            onValue=${(code) => change({ ...m, code })}
            options=${options(MEDICATIONS, medicationLabel)}
            placeholder="Choose…"
            required
          />
          <${TextField}
            label="Last taken"
            hint="Leave empty if still taking it."
            type="date"
            pointer=${p(`/medications/${i}/last_dose`)}
            errors=${errors}
            value=${m.last_dose}
            onValue=${(last_dose) => change({ ...m, last_dose })}
            max=${clinicToday}
          />
        </div>`}
      />
    </${Section}>

    <${Section} title="Recent procedures" pointer=${p('/procedures')} errors=${errors}>
      <${RowList}
        rows=${form.procedures}
        onRows=${set('procedures')}
        make=${() => ({ code: '', date: '', areas: [] })}
        addLabel="Add a procedure"
        itemLabel="procedure"
        render=${(r, i, change) => html`<div class="grid grid--2">
            <${SelectField}
              label="Procedure"
              pointer=${p(`/procedures/${i}/code`)}
              errors=${errors}
              value=${r.code}
              onValue=${(code) => change({ ...r, code })}
              options=${options(PROCEDURES, procedureLabel)}
              placeholder="Choose…"
              required
            />
            <${TextField}
              label="Date"
              type="date"
              pointer=${p(`/procedures/${i}/date`)}
              errors=${errors}
              value=${r.date}
              onValue=${(date) => change({ ...r, date })}
              max=${clinicToday}
              required
            />
          </div>
          <${CheckboxGroup}
            legend="Where (none ticked: everywhere)"
            pointer=${p(`/procedures/${i}/areas`)}
            errors=${errors}
            options=${zoneOptions(ZONES)}
            values=${r.areas}
            onValues=${(areas) => change({ ...r, areas })}
            columns=${4}
            compact
          />`}
      />
    </${Section}>

    <${Section} title="Allergies">
      <${CheckboxGroup}
        legend="Allergic to"
        pointer=${p('/allergies')}
        errors=${errors}
        options=${options(ALLERGIES, allergyLabel)}
        values=${form.allergies}
        onValues=${set('allergies')}
        columns=${3}
      />
      <${TextField}
        label="Other allergies"
        hint="Separate with commas. Kept on the record; screening does not act on them."
        pointer=${p('/other_allergies')}
        errors=${errors}
        value=${form.other_allergies}
        onValue=${set('other_allergies')}
      />
    </${Section}>

    <${Section} title="Pregnancy">
      <${CheckboxGroup}
        legend="The patient is"
        pointer=${p('/pregnant')}
        errors=${errors}
        options=${[
          ['pregnant', 'Pregnant'],
          ['breastfeeding', 'Breastfeeding'],
        ]}
        values=${[form.pregnant && 'pregnant', form.breastfeeding && 'breastfeeding'].filter(Boolean)}
        onValues=${(values) => setForm({ ...form, pregnant: values.includes('pregnant'), breastfeeding: values.includes('breastfeeding') })}
      />
    </${Section}>
  </div>`;
}

// The live screening: debounced dry runs of the intake as it changes.
function useLiveScreening(patientId, intake, ready) {
  const [state, setState] = useState({ result: null, error: null, pending: false });
  const text = JSON.stringify(intake);
  useEffect(() => {
    if (!ready) {
      setState({ result: null, error: null, pending: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      api('POST', '/api/v1/consultations/screen', { patient_id: patientId, intake: JSON.parse(text) }, { signal: controller.signal }).then(
        (result) => setState({ result, error: null, pending: false }),
        (error) => error.name !== 'AbortError' && setState({ result: null, error, pending: false }),
      );
    }, 450);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [patientId, text, ready]);
  return state;
}

function LivePanel({ live, missing, onGoTo }) {
  let body;
  if (missing.length > 0) {
    body = html`<p>To see the screening, add ${missing.join(', ')}.</p>`;
  } else if (live.error && live.error.status === 400) {
    body = html`<div class="alert alert--error">
      <p>The screening needs these corrections:</p>
      <ul>
        ${live.error.errors.map(
          (e) => html`<li><a href=${`#${fieldId(e.path)}`} onClick=${(event) => onGoTo(event, e.path)}>${describePath(e.path)}: ${e.message}</a></li>`,
        )}
      </ul>
    </div>`;
  } else if (live.error) {
    body = html`<${ErrorBox} error=${live.error} />`;
  } else if (live.result) {
    body = html`<${ScreeningResult} result=${live.result} headingLevel=${3} />`;
  } else {
    body = html`<${Loading} label="Screening…" />`;
  }
  return html`<aside class="live card" aria-labelledby="live-heading">
    <div class="live__head">
      <h2 id="live-heading">Screening</h2>
      <span class="live__status" role="status">${live.pending ? 'Updating…' : live.result ? 'Up to date' : ''}</span>
    </div>
    <div aria-live="polite">${body}</div>
    <p class="muted small">Screened as you type with the clinic’s protocol; nothing is saved until you record the consultation.</p>
  </aside>`;
}

export function NewConsultationPage({ id }) {
  const patient = useResource(`/api/v1/patients/${id}`);
  const clinic = useResource('/api/v1/clinic'); // its time zone decides what "today" is
  useReadyMark(patient.data !== null && clinic.data !== null, 'consultation-form');
  const error = patient.error || clinic.error;
  if (error) {
    return html`<${PageTitle}>New consultation</${PageTitle}><${ErrorBox} error=${error} onRetry=${() => (patient.reload(), clinic.reload())} />`;
  }
  if (!patient.data || !clinic.data) return html`<${PageTitle}>New consultation</${PageTitle}><${Loading} />`;
  return html`<${ConsultationForm} patient=${patient.data} clinicToday=${today(clinic.data.time_zone)} />`;
}

function ConsultationForm({ patient, clinicToday }) {
  const [form, setForm, clearDraft, restored] = useDraft(`consultation:${patient.id}`, () => emptyForm(patient, clinicToday));
  const [touched, setTouched] = useState([]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const summary = useRef(null);

  const intake = toIntake(form, patient);
  const missing = missingForScreening(form);
  const live = useLiveScreening(patient.id, intake, missing.length === 0);

  // Errors beside fields: all of them after a submit; while typing, those of fields already left.
  const source = problem && problem.status === 400 ? problem.errors : live.error && live.error.status === 400 ? live.error.errors : [];
  const visible = submitted ? source : source.filter((e) => touched.some((t) => e.path === t || e.path.startsWith(`${t}/`)));

  const goTo = (event, path) => {
    event.preventDefault();
    const element = elementForPath(path);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    }
  };

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const consultation = await api('POST', '/api/v1/consultations', { patient_id: patient.id, intake });
      clearDraft();
      navigate(`/staff/consultations/${consultation.id}`);
    } catch (error) {
      setSubmitted(true);
      setProblem(error);
      setBusy(false);
      if (error instanceof ApiError && error.status === 400) {
        requestAnimationFrame(() => summary.current && summary.current.querySelector('.error-summary')?.focus());
      }
    }
  };

  const onFocusOut = (event) => {
    const name = event.target.name;
    if (name && name.startsWith('/intake') && !touched.includes(name)) setTouched([...touched, name]);
  };

  return html`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${patient.id}`}>${fullName(patient)}</a></p>
    <${PageTitle} title="New consultation">New consultation: ${fullName(patient)}</${PageTitle}>
    ${restored && html`<${Notice} kind="info"><p>Your unsaved consultation was restored.</p></${Notice}>`}
    <div class="consult">
      <form class="consult__form" onSubmit=${submit} onFocusOut=${onFocusOut} novalidate aria-label="Consultation intake">
        <div ref=${summary}>
          ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
          ${submitted && html`<${ErrorSummary} errors=${source} />`}
        </div>
        <${IntakeForm} form=${form} setForm=${setForm} errors=${visible} patient=${patient} clinicToday=${clinicToday} />
        <div class="form-actions">
          <${SubmitButton} busy=${busy} busyLabel="Recording…">Record consultation</${SubmitButton}>
          <button
            type="button"
            class="button button--quiet"
            onClick=${() => {
              clearDraft();
              navigate(`/staff/patients/${patient.id}`);
            }}
          >
            Cancel
          </button>
        </div>
      </form>
      <${LivePanel} live=${live} missing=${missing} onGoTo=${goTo} />
    </div>
  </div>`;
}
