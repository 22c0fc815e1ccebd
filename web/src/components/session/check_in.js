// The day-of check-in: the questions of the session-day contract §2, each answered Yes or No
// explicitly (nothing is assumed), the affected areas when a skin question is answered yes,
// new medications as free-text lines and the prep the plan asked for. The API screens the
// answers with the plan's protocol version and answers the gate's decision (200 even when
// it blocks).
import { useState } from 'preact/hooks';

import { CheckboxGroup, ErrorBox, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../ui.js';
import { api } from '../../lib/api.js';
import { ZONES, zoneLabel } from '../../lib/codes.js';
import { html } from '../../lib/html.js';
import { HAIR_REMOVAL, SKIN_QUESTIONS, checkInAnswers, checkInFormFrom, sessionOf, unansweredCheckIn } from '../../lib/sessions.js';
import { YesNo, fieldErrors, useWrite } from './common.js';

const ZONE_OPTIONS = ZONES.map((z) => [z, zoneLabel(z)]);

export function CheckInForm({ session, onSession }) {
  const [form, setForm] = useState(() => checkInFormFrom(session.check_in ? session.check_in.answers : null));
  const [tried, setTried] = useState(false);
  const write = useWrite();
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  // Unanswered questions, once a submit was tried: each error goes as its question is answered.
  const missing = tried ? unansweredCheckIn(form) : [];
  const errors = missing.length > 0 ? missing : fieldErrors(write.problem);

  const submit = async (event) => {
    event.preventDefault();
    setTried(true);
    if (unansweredCheckIn(form).length > 0) return;
    const answer = await write.run(() =>
      api('POST', `/api/v1/sessions/${session.id}/check-in`, { version: session.version, answers: checkInAnswers(form) }),
    );
    if (answer) onSession(sessionOf(answer));
  };

  return html`<form class="form check-in" onSubmit=${submit} novalidate aria-labelledby="check-in-heading">
    <${ErrorSummary} errors=${errors} title="Please answer these questions" />
    ${write.problem && errors.length === 0 && html`<${ErrorBox} error=${write.problem} />`}
    <p class="muted">Ask the patient each question and record the answer they give today.</p>
    <div class="check-in__grid">
      <${YesNo} legend="A new cold sore, or one coming (tingling)?" pointer="/answers/cold_sore" errors=${errors} value=${form.cold_sore} onValue=${set('cold_sore')} />
      ${SKIN_QUESTIONS.map(
        ([key, label]) => html`<${YesNo}
          key=${key}
          legend=${`${label} in the treatment area?`}
          pointer=${`/answers/${key}`}
          errors=${errors}
          value=${form[key]}
          onValue=${set(key)}
        >
          ${form[key] === true &&
          html`<${CheckboxGroup}
            legend="Where? (none ticked: everywhere)"
            pointer=${`/answers/${key}_areas`}
            errors=${errors}
            options=${ZONE_OPTIONS}
            values=${form[`${key}_areas`]}
            onValues=${set(`${key}_areas`)}
            columns=${4}
            compact
          />`}
        </${YesNo}>`,
      )}
      <${YesNo}
        legend="New medications since the consultation?"
        pointer="/answers/new_medications"
        errors=${errors}
        value=${form.new_medications}
        onValue=${set('new_medications')}
      >
        ${form.new_medications === true &&
        html`<${TextArea}
          label="Which? One a line"
          pointer="/answers/other_new_medications"
          errors=${errors}
          value=${form.other_new_medications}
          onValue=${set('other_new_medications')}
          rows=${2}
        />`}
      </${YesNo}>
      <${YesNo} legend="Pregnant?" pointer="/answers/pregnant" errors=${errors} value=${form.pregnant} onValue=${set('pregnant')} />
      <${YesNo} legend="Breastfeeding?" pointer="/answers/breastfeeding" errors=${errors} value=${form.breastfeeding} onValue=${set('breastfeeding')} />
    </div>
    <h3 class="check-in__sub">Preparation</h3>
    <div class="check-in__grid">
      <${YesNo}
        legend="Retinoids and exfoliating acids stopped as asked?"
        pointer="/answers/prep/retinoids_acids_stopped"
        errors=${errors}
        value=${form.retinoids_acids_stopped}
        onValue=${set('retinoids_acids_stopped')}
      >
        ${form.retinoids_acids_stopped === true &&
        html`<${TextField}
          label="Last used on (if known)"
          pointer="/answers/prep/retinoids_acids_last_use"
          errors=${errors}
          type="date"
          value=${form.retinoids_acids_last_use}
          onValue=${set('retinoids_acids_last_use')}
          max=${session.date}
        />`}
      </${YesNo}>
      <${YesNo}
        legend="No waxing, depilatory cream or electrolysis since the consultation?"
        pointer="/answers/prep/no_hair_removal"
        errors=${errors}
        value=${form.no_hair_removal}
        onValue=${set('no_hair_removal')}
      >
        ${form.no_hair_removal === false &&
        html`<div class="grid grid--2">
          <${SelectField}
            label="How was hair removed?"
            pointer="/answers/prep/hair_removal/code"
            errors=${errors}
            value=${form.hair_removal_code}
            onValue=${set('hair_removal_code')}
            options=${HAIR_REMOVAL}
            placeholder="Choose…"
          />
          <${TextField}
            label="On"
            pointer="/answers/prep/hair_removal/date"
            errors=${errors}
            type="date"
            value=${form.hair_removal_date}
            onValue=${set('hair_removal_date')}
            max=${session.date}
          />
        </div>`}
      </${YesNo}>
      <${YesNo} legend="Sun avoided as asked?" pointer="/answers/prep/sun_avoided" errors=${errors} value=${form.sun_avoided} onValue=${set('sun_avoided')} />
    </div>
    <div class="form-actions">
      <${SubmitButton} busy=${write.busy} busyLabel="Screening…">${session.check_in ? 'Record the answers again' : 'Record the check-in'}</${SubmitButton}>
    </div>
  </form>`;
}
