// What screening decided, for a clinician: the verdict (with the date treatment may start),
// the actions it requires, and each finding with its reason, its date, the evidence note where
// the literature disagrees with the clinic's rule, and the rule's source.
import { actionLabel, alternativeLabel, findingLabel, levelLabel, verdictLabel } from '../lib/codes.js';
import { html } from '../lib/html.js';
import { verdictKind } from './timeline.js';
import { Badge, Time } from './ui.js';

const levelKind = { contraindicated: 'stop', defer: 'defer', caution: 'caution', info: 'neutral' };

const verdictSentence = {
  eligible: 'No contraindication found: the patient can be treated.',
  eligible_with_precautions: 'The patient can be treated with the actions below.',
  defer: 'Not now: treatment has to wait.',
  not_eligible: 'Do not treat with microneedling.',
};

function Finding({ finding, headingLevel }) {
  const Heading = `h${headingLevel}`;
  return html`<li class=${`finding finding--${finding.level}`}>
    <div class="finding__head">
      <${Badge} kind=${levelKind[finding.level]}>${levelLabel(finding.level)}</${Badge}>
      <${Heading}>${findingLabel(finding.code)}</${Heading}>
      ${finding.level === 'defer' &&
      html`<span class="finding__until">
        ${finding.until ? html`until <strong><${Time} date=${finding.until} style="weekday" /></strong>` : 'until resolved'}
      </span>`}
    </div>
    <p class="finding__message">${finding.message}</p>
    ${(finding.actions || []).length > 0 &&
    html`<p class="finding__actions">Requires: ${finding.actions.map(actionLabel).join(', ')}</p>`}
    ${(finding.alternatives || []).length > 0 &&
    html`<p class="finding__actions">Alternatives: ${finding.alternatives.map(alternativeLabel).join(', ')}</p>`}
    ${finding.evidence && html`<p class="finding__evidence"><strong>Evidence note:</strong> ${finding.evidence}</p>`}
    ${finding.source && html`<details class="finding__source"><summary>Source</summary><p>${finding.source}</p></details>`}
  </li>`;
}

// `result` has verdict, earliest_date, screening (findings, actions) and protocol, as the API
// returns a consultation or a screening dry run.
export function ScreeningResult({ result, headingLevel = 2 }) {
  const screening = result.screening || {};
  const findings = screening.findings || [];
  const actions = screening.actions || [];
  const Heading = `h${headingLevel}`;
  const Sub = `h${headingLevel + 1}`;
  return html`<div class="screening" data-verdict=${result.verdict}>
    <div class=${`verdict verdict--${verdictKind[result.verdict]}`}>
      <${Heading} class="verdict__title">${verdictLabel(result.verdict)}</${Heading}>
      <p>${verdictSentence[result.verdict]}</p>
      ${result.earliest_date &&
      html`<p class="verdict__date">Earliest treatment date: <strong><${Time} date=${result.earliest_date} style="long" /></strong></p>`}
    </div>
    ${actions.length > 0 &&
    html`<section class="actions-required">
      <${Sub}>Required actions</${Sub}>
      <ul>${actions.map((a) => html`<li>${actionLabel(a)}</li>`)}</ul>
    </section>`}
    <section>
      <${Sub}>${findings.length === 0 ? 'No findings' : `Findings (${findings.length})`}</${Sub}>
      ${findings.length > 0 && html`<ul class="findings">${findings.map((f) => html`<${Finding} finding=${f} headingLevel=${headingLevel + 2} />`)}</ul>`}
    </section>
    ${result.protocol && html`<p class="muted small">Screened with protocol ${result.protocol.name} ${result.protocol.version}.</p>`}
  </div>`;
}
