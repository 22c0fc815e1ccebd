// A signed chart, read-only: "Version N" with who signed it and when, the zones, pen,
// numbing, products and end point; the session's cartridges and dated aftercare; an
// amendment (a new version with a reason, the original kept); and every version with who,
// when and why.
import { useState } from 'preact/hooks';

import { CareTimeline } from '../care_timeline.js';
import { ErrorBox, ErrorSummary, Loading, SubmitButton, TextArea } from '../ui.js';
import { api } from '../../lib/api.js';
import { aftercareLabel, zoneLabel } from '../../lib/codes.js';
import { formatTime } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { useResource } from '../../lib/resource.js';
import { chartBody, chartFormFrom, chartProblems, endPointLabel, formatTimer, localInputValue, patternLabel, productLabel, sessionOf } from '../../lib/sessions.js';
import { ChartEditor, liveZoneErrors } from './chart_form.js';
import { Numbing } from './numbing.js';
import { fieldErrors, useWrite } from './common.js';

export function ChartSummary({ chart, deviceName, timeZone }) {
  const c = chart || {};
  const a = c.anaesthetic;
  const rows = [
    ['Pen', `${c.device_id ? deviceName(c.device_id) : '—'}${c.pen_serial ? `, serial ${c.pen_serial}` : ''}`],
    [
      'Numbing',
      a
        ? `${a.product}${a.lot ? ` (lot ${a.lot})` : ''}: ${localInputValue(a.applied_at, timeZone).replace('T', ' ')} – ${localInputValue(a.removed_at, timeZone).slice(11)} (${formatTimer(Date.parse(a.removed_at) - Date.parse(a.applied_at))})`
        : '—',
    ],
    ['Products', (c.products || []).map((p) => `${productLabel(p.code)}${p.name ? ` ${p.name}` : ''}, lot ${p.lot}`).join('; ') || '—'],
    ['End point', c.end_point ? endPointLabel(c.end_point) : '—'],
    ['Duration', c.duration_minutes ? `${c.duration_minutes} minutes` : '—'],
    ['Notes', c.notes || '—'],
  ];
  return html`<div class="chart-summary">
    <div class="table-scroll">
      <table class="table table--dense chart-summary__zones">
        <caption class="visually-hidden">Zones treated</caption>
        <thead><tr><th scope="col">Zone</th><th scope="col">Depth</th><th scope="col">Passes</th><th scope="col">Pattern</th><th scope="col">Reason</th></tr></thead>
        <tbody>
          ${(c.zones || []).map(
            (z) => html`<tr data-zone=${z.zone}>
              <th scope="row">${zoneLabel(z.zone)}</th>
              <td>${Number(z.depth_mm).toFixed(2)} mm</td>
              <td>${z.passes}</td>
              <td>${patternLabel(z.pattern)}</td>
              <td>${z.reason || ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <dl class="facts facts--wide">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>
  </div>`;
}

export function AmendForm({ session, onSession, devices, timeZone, onDone }) {
  const [form, setForm] = useState(() => chartFormFrom(session.chart));
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState([]);
  const write = useWrite();
  const live = liveZoneErrors(form, session.plan_zones);
  const errors = [...(local.length ? local : fieldErrors(write.problem)), ...live.filter((e) => !local.some((l) => l.path === e.path))];
  const submit = async (event) => {
    event.preventDefault();
    const problems = chartProblems(form, session.plan_zones);
    if (!reason.trim()) problems.push({ path: '/reason', message: 'say why the chart is amended' });
    setLocal(problems);
    if (problems.length > 0) return;
    const answer = await write.run(() =>
      api('POST', `/api/v1/sessions/${session.id}/amendments`, { chart_version: session.chart_version, chart: chartBody(form), reason: reason.trim() }),
    );
    if (!answer) return;
    const view = answer.status && answer.id === session.id ? sessionOf(answer) : await api('GET', `/api/v1/sessions/${session.id}`);
    onSession(sessionOf(view));
    onDone();
  };
  return html`<form class="form amend" onSubmit=${submit} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">Amend the chart (version ${session.chart_version + 1})</h3>
    <p class="muted">The signed version stays as it is; the amendment is a new version with who, when and why.</p>
    <${ErrorSummary} errors=${errors} />
    ${write.problem && errors.length === 0 && html`<${ErrorBox} error=${write.problem} />`}
    <h4>Numbing</h4>
    <${Numbing} form=${form} setForm=${setForm} timeZone=${timeZone} errors=${errors} editable=${true} busy=${false} onRemoved=${() => {}} />
    <${ChartEditor} form=${form} setForm=${setForm} planZones=${session.plan_zones} devices=${devices} errors=${errors} />
    <${TextArea} label="Reason for the amendment" pointer="/reason" errors=${errors} value=${reason} onValue=${setReason} required />
    <div class="form-actions">
      <${SubmitButton} busy=${write.busy}>Save the amendment</${SubmitButton}>
      <button type="button" class="button button--quiet" onClick=${onDone}>Cancel</button>
    </div>
  </form>`;
}

export function ChartVersions({ session, nameOf, deviceName, timeZone }) {
  const versions = useResource(`/api/v1/sessions/${session.id}/chart-versions`);
  const items = versions.data ? [...versions.data.items].sort((a, b) => b.version - a.version) : [];
  return html`<div class="versions">
    ${versions.loading && !versions.data && html`<${Loading} />`}
    <${ErrorBox} error=${versions.error} onRetry=${versions.reload} />
    <ol class="versions__list" reversed>
      ${items.map(
        (v) => html`<li data-version=${v.version}>
          <details>
            <summary>
              <strong>Version ${v.version}</strong> · ${nameOf(v.recorded_by)}, ${formatTime(v.recorded_at)}${v.reason ? ` · ${v.reason}` : ' · signed off'}
            </summary>
            <${ChartSummary} chart=${v.chart} deviceName=${deviceName} timeZone=${timeZone} />
          </details>
        </li>`,
      )}
    </ol>
  </div>`;
}

export function Aftercare({ session }) {
  const items = session.aftercare || [];
  if (items.length === 0) return html`<p class="muted">No aftercare attached.</p>`;
  return html`<${CareTimeline} items=${items} sessionDate=${session.date} label=${aftercareLabel} />`;
}
