// The patient's pages after a session: the aftercare day by day with its real dates (today
// marked), what to watch for and the clinic's phone, printable as one clean page; and "report
// a concern", a checklist in plain words whose answer says what to do — with a big "Call the
// clinic now" when the protocol's triage says so. The portal only ever asks for the patient's
// own sessions; another id answers as not found.
import { useState } from 'preact/hooks';

import { CheckboxGroup, ErrorBox, ErrorSummary, Loading, PageTitle, SubmitButton, TextArea, TextField } from '../components/ui.js';
import { api } from '../lib/api.js';
import { formatDate, formatRange, today } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { SYMPTOMS, aftercareDays, symptomLabel, urgencyLabel } from '../lib/sessions.js';
import { fieldErrors, useWrite } from '../components/session/common.js';

function NotYours({ error, what }) {
  if (!error) return null;
  if (error.status === 404) return html`<div class="alert alert--error" role="alert"><p>There is no ${what} of yours at this address.</p></div>`;
  if (error.status === 422) return html`<div class="alert alert--info" role="status"><p>Your aftercare appears here once the clinic has finished the session’s record.</p></div>`;
  return html`<${ErrorBox} error=${error} />`;
}

// The printed sheet: each instruction once, with its dates, in the order they start (a day-by-
// day table repeats the same lines for two weeks and runs over a page).
export function printRows(items) {
  return [...(items || [])].sort((a, b) => a.from.localeCompare(b.from) || String(a.to || '9999').localeCompare(String(b.to || '9999')));
}

function telHref(phone) {
  return `tel:${String(phone || '').replace(/[^+0-9]/g, '')}`;
}

export function PortalAftercarePage({ id }) {
  const aftercare = useResource(`/api/v1/sessions/${id}/aftercare`);
  useReadyMark(aftercare.data !== null || aftercare.error !== null, 'portal-aftercare');
  const a = aftercare.data;
  const now = a ? today(a.time_zone) : '';
  const { days, open } = a ? aftercareDays(a) : { days: [], open: [] };
  return html`<div class="stack portal aftercare">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <div>
        <${PageTitle} title="Aftercare">Aftercare</${PageTitle}>
        ${a && html`<p class="lead">After your session on <time datetime=${a.date}>${formatDate(a.date, 'long')}</time>${a.clinic ? ` at ${a.clinic.name}` : ''}.</p>`}
      </div>
      ${a && html`<button type="button" class="button no-print" onClick=${() => window.print()}>Print</button>`}
    </div>
    ${aftercare.loading && html`<${Loading} label="Loading your aftercare…" />`}
    <${NotYours} error=${aftercare.error} what="session" />
    ${a &&
    html`<ol class="aftercare-days no-print" aria-label="Day by day">
        ${days.map(
          (d) => html`<li class=${`aftercare-day ${d.date === now ? 'aftercare-day--today' : ''}`} data-date=${d.date} aria-current=${d.date === now ? 'date' : undefined}>
            <h2 class="aftercare-day__title">
              <time datetime=${d.date}>${formatDate(d.date, 'long')}</time>
              <span class="aftercare-day__n">${d.day === 0 ? 'the day of your session' : `day ${d.day}`}</span>
              ${d.date === now && html`<span class="aftercare-day__today">Today</span>`}
            </h2>
            <ul>${d.items.map((item) => html`<li data-code=${item.code}>${item.instruction}</li>`)}</ul>
          </li>`,
        )}
      </ol>
      ${open.length > 0 &&
      html`<section class="card no-print" aria-labelledby="later-heading">
        <h2 id="later-heading">Later on</h2>
        <ul>${open.map((item) => html`<li data-code=${item.code}><strong>From ${formatDate(item.from, 'long')}:</strong> ${item.instruction}</li>`)}</ul>
      </section>`}
      <table class="aftercare-print print-only">
        <caption>Aftercare after your session on ${formatDate(a.date, 'long')}</caption>
        <thead><tr><th scope="col">When</th><th scope="col">What to do</th></tr></thead>
        <tbody>
          ${printRows(a.items).map(
            (item) => html`<tr data-code=${item.code}>
              <th scope="row">${formatRange(item.from, item.to)}</th>
              <td>${item.instruction}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <section class="card card--warning aftercare-warning" aria-labelledby="warning-heading">
        <h2 id="warning-heading">Call the clinic straight away if you notice</h2>
        <ul>${(a.warning_signs || []).map((w) => html`<li>${w}</li>`)}</ul>
        ${a.clinic &&
        html`<p class="aftercare-clinic">
          ${a.clinic.name}${a.clinic.phone ? html`: <a href=${telHref(a.clinic.phone)}>${a.clinic.phone}</a>` : ''}
        </p>`}
        <p class="no-print"><a href=${`/portal/sessions/${id}/concern`}>Report a concern</a></p>
      </section>`}
  </div>`;
}

export function PortalConcernPage({ id }) {
  const [symptoms, setSymptoms] = useState([]);
  const [startedOn, setStartedOn] = useState('');
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState(null);
  const [photoProblem, setPhotoProblem] = useState('');
  const [answer, setAnswer] = useState(null);
  const [local, setLocal] = useState([]);
  const write = useWrite();
  useReadyMark(true, 'portal-concern');
  const errors = local.length ? local : fieldErrors(write.problem);

  const submit = async (event) => {
    event.preventDefault();
    if (symptoms.length === 0 && !note.trim()) {
      setLocal([{ path: '/symptoms', message: 'tick what you notice, or describe it in the note' }]);
      return;
    }
    setLocal([]);
    const body = { symptoms };
    if (startedOn) body.started_on = startedOn;
    if (note.trim()) body.note = note.trim();
    const result = await write.run(() => api('POST', `/api/v1/sessions/${id}/adverse-reports`, body));
    if (!result) return;
    // The photo goes with the report it belongs to; a refused photo leaves the report sent.
    if (photo) {
      try {
        const withPhoto = await api('POST', `/api/v1/adverse-reports/${result.id}/photo`, photo, { contentType: photo.type || 'image/jpeg' });
        setAnswer(withPhoto || result);
        return;
      } catch (error) {
        setPhotoProblem(error.detail || 'The photo could not be sent.');
      }
    }
    setAnswer(result);
  };

  if (answer) {
    const urgent = answer.call_clinic_now;
    return html`<div class="stack portal concern-answer" data-urgency=${answer.urgency}>
      <p class="crumbs"><a href="/portal">My plan</a></p>
      <${PageTitle} title="Your report">${urgent ? 'Please call the clinic now' : 'Thank you: your clinic has your report'}</${PageTitle}>
      ${urgent &&
      answer.clinic &&
      html`<a class="call-now" href=${telHref(answer.clinic.phone)}>
        <span class="call-now__label">Call the clinic now</span>
        <span class="call-now__phone">${answer.clinic.phone}</span>
        <span class="call-now__name">${answer.clinic.name}</span>
      </a>`}
      <section class=${`card ${urgent ? 'card--warning' : ''}`} aria-labelledby="advice-heading">
        <h2 id="advice-heading">What to do</h2>
        <p class="concern-answer__advice">${answer.advice}</p>
        <ul class="concern-answer__symptoms">
          ${((answer.triage && answer.triage.symptoms) || []).map(
            (s) => html`<li data-symptom=${s.symptom}><strong>${symptomLabel(s.symptom)}</strong> <span class="muted small">(${urgencyLabel(s.urgency).toLowerCase()})</span>: ${s.message}</li>`,
          )}
        </ul>
        ${!urgent && answer.clinic && answer.clinic.phone && html`<p>If it gets worse, call ${answer.clinic.name}: <a href=${telHref(answer.clinic.phone)}>${answer.clinic.phone}</a>.</p>`}
        ${answer.photo_url && html`<p class="muted">Your photo was sent with the report.</p>`}
        ${photoProblem && html`<p class="field-error" role="alert">Your report was sent, but not the photo: ${photoProblem}</p>`}
      </section>
      <p><a href=${`/portal/sessions/${id}/aftercare`}>Back to your aftercare</a></p>
    </div>`;
  }

  return html`<div class="stack portal narrow">
    <p class="crumbs"><a href="/portal">My plan</a></p>
    <${PageTitle} title="Report a concern">Report a concern</${PageTitle}>
    <p class="lead">Tell your clinic how your skin is after the session. If you feel very unwell, call the clinic or emergency services straight away.</p>
    <form class="form card" onSubmit=${submit} novalidate>
      <${ErrorSummary} errors=${errors} />
      ${write.problem && fieldErrors(write.problem).length === 0 && html`<${NotYours} error=${write.problem} what="session" />`}
      <${CheckboxGroup} legend="What do you notice?" pointer="/symptoms" errors=${errors} options=${SYMPTOMS} values=${symptoms} onValues=${setSymptoms} columns=${2} />
      <${TextField} label="When did it start? (optional)" pointer="/started_on" errors=${errors} type="date" value=${startedOn} onValue=${setStartedOn} max=${today()} />
      <${TextArea} label="Anything else (optional)" pointer="/note" errors=${errors} value=${note} onValue=${setNote} />
      <div class="field">
        <label for="concern-photo">A photo of it (optional)</label>
        <p class="hint" id="concern-photo-hint">JPEG or PNG; only the clinic sees it.</p>
        <input id="concern-photo" type="file" accept="image/jpeg,image/png" aria-describedby="concern-photo-hint"
          onChange=${(e) => setPhoto((e.target.files && e.target.files[0]) || null)} />
      </div>
      <${SubmitButton} busy=${write.busy} busyLabel="Sending…">Send to the clinic</${SubmitButton}>
    </form>
  </div>`;
}
