// The gate's decision after the check-in (session-day contract §2): proceed, blocked or
// overridden, with what blocks and the screening behind it. A deferral can be overridden by a
// provider with a written reason (audited); a contraindication never can.
import { useState } from 'preact/hooks';

import { ScreeningResult } from '../screening_result.js';
import { Badge, ErrorBox, ErrorSummary, SubmitButton, TextArea } from '../ui.js';
import { api } from '../../lib/api.js';
import { findingLabel } from '../../lib/codes.js';
import { formatTime } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { gateKind, gateLabel, sessionOf } from '../../lib/sessions.js';
import { fieldErrors, useWrite } from './common.js';

const decisionSentence = {
  proceed: 'The session can go ahead.',
  blocked: 'The session cannot go ahead today as things stand.',
  overridden: 'A provider overrode the deferral with a written reason: the session can go ahead.',
};

function blockingLine(item) {
  const finding = /^\/findings\/([a-z_]+)$/.exec(item.path || '');
  return finding ? `${findingLabel(finding[1])}: ${item.message}` : item.message;
}

function OverrideForm({ session, onSession }) {
  const [reason, setReason] = useState('');
  const write = useWrite();
  const errors = fieldErrors(write.problem);
  const submit = async (event) => {
    event.preventDefault();
    const answer = await write.run(() => api('POST', `/api/v1/sessions/${session.id}/gate-override`, { version: session.version, reason }));
    if (answer) onSession(sessionOf(answer));
  };
  return html`<form class="form form--compact override-form" onSubmit=${submit} novalidate>
    <${ErrorSummary} errors=${errors} />
    ${write.problem && errors.length === 0 && html`<${ErrorBox} error=${write.problem} />`}
    <${TextArea}
      label="Override with reason"
      pointer="/reason"
      errors=${errors}
      value=${reason}
      onValue=${setReason}
      hint="Why treating today is right despite the deferral. Kept on the session and audited."
      required
    />
    <${SubmitButton} busy=${write.busy} className="button--danger">Override with reason</${SubmitButton}>
  </form>`;
}

export function GateResult({ session, role, onSession, nameOf }) {
  const checkIn = session.check_in;
  if (!checkIn) return null;
  const gate = checkIn.gate || {};
  const screening = checkIn.screening || {};
  const blocking = gate.blocking || [];
  return html`<div class="gate" data-decision=${gate.decision}>
    <div class=${`gate__decision gate__decision--${gate.decision}`} role="status">
      <p>
        <strong>Gate:</strong> <${Badge} kind=${gateKind(gate.decision)}>${gateLabel(gate.decision)}</${Badge}>
        ${' '}${decisionSentence[gate.decision] || ''}
      </p>
      <p class="muted small">Checked in ${formatTime(checkIn.recorded_at)}${checkIn.recorded_by ? ` by ${nameOf(checkIn.recorded_by)}` : ''}.</p>
    </div>
    ${blocking.length > 0 &&
    html`<div class="gate__blocking">
      <h3>What blocks it</h3>
      <ul>${blocking.map((item) => html`<li data-path=${item.path}>${blockingLine(item)}</li>`)}</ul>
    </div>`}
    ${gate.decision === 'blocked' &&
    !gate.overridable &&
    html`<p class="gate__none" data-overridable="false"><strong>Contraindicated today: no override exists.</strong></p>`}
    ${gate.decision === 'blocked' &&
    gate.overridable &&
    (role === 'provider'
      ? html`<${OverrideForm} session=${session} onSession=${onSession} />`
      : html`<p class="gate__why-not" data-overridable="true">Only a provider can override a deferral, with a written reason${role === 'owner' ? ': the owner account cannot' : ''}.</p>`)}
    ${gate.override &&
    html`<div class="gate__override">
      <h3>Override</h3>
      <p>${gate.override.reason}</p>
      <p class="muted small">By ${nameOf(gate.override.by)}, ${formatTime(gate.override.at)}.</p>
    </div>`}
    <details class="gate__screening" open=${(session.status === 'open' || session.status === 'checked_in') && (gate.decision !== 'proceed' || (screening.actions || []).length > 0)}>
      <summary>Screening of today’s answers</summary>
      <${ScreeningResult}
        result=${{ verdict: screening.verdict, earliest_date: screening.earliest_date, screening, protocol: screening.protocol || session.protocol }}
        headingLevel=${3}
      />
    </details>
  </div>`;
}
