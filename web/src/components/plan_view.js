// A treatment plan for the clinic: the zone map with each zone's depth range, the sessions and
// their dates, preparation and aftercare, and depth changes with a reason (refused above the
// zone's hard maximum; the API's message appears beside the field). The lifecycle of a plan
// (proposed → active → completed) lives here too when it comes.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { adjunctLabel, aftercareLabel, planStatusLabel, prepLabel, zoneLabel } from '../lib/codes.js';
import { formatDate, formatDepth, formatRange, plural } from '../lib/format.js';
import { html } from '../lib/html.js';
import { CareTimeline } from './care_timeline.js';
import { Badge, ErrorBox, ErrorSummary, Notice, SubmitButton, TextArea, TextField, Time, errorsAt, fieldId } from './ui.js';
import { ZoneMap } from './zone_map.js';

function Schedule({ plan }) {
  const schedule = plan.schedule || [];
  return html`<section class="card" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Sessions and dates</h2>
    ${schedule.length === 0
      ? html`<p>No dates yet: the first session is set once the deferral is resolved.</p>`
      : html`<ol class="sessions">
          ${schedule.map(
            (s) => html`<li><span class="sessions__n">Session ${s.session}</span> <${Time} date=${s.date} style="weekday" /></li>`,
          )}
        </ol>
        <p class="muted">Every ${plan.interval_days.min}–${plan.interval_days.max} days${plan.interval_override_reason ? ` (changed: ${plan.interval_override_reason})` : ''}.</p>`}
    ${plan.maintenance && html`<p><strong>Maintenance:</strong> ${formatRange(plan.maintenance.from, plan.maintenance.to)}</p>`}
    ${plan.computed &&
    (plan.computed.follow_up_photos || []).length > 0 &&
    html`<p><strong>Follow-up photos:</strong> ${plan.computed.follow_up_photos.map((d) => formatDate(d)).join(', ')}</p>`}
  </section>`;
}

function DepthEditor({ plan, zone, computed, onSaved, onCancel }) {
  const current = plan.zones.find((z) => z.zone === zone);
  const [min, setMin] = useState(String(current.depth_mm.min));
  const [max, setMax] = useState(String(current.depth_mm.max));
  const [reason, setReason] = useState(current.override_reason || '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const errors = problem && problem.status === 400 ? problem.errors : [];
  const base = '/zones/0';
  const number = (text) => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const edited = await api('PATCH', `/api/v1/plans/${plan.id}`, {
        version: plan.version,
        zones: [{ zone, depth_mm: { min: number(min), max: number(max) }, reason: reason.trim() }],
      });
      onSaved(edited);
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };

  const rangeErrors = errorsAt(errors, `${base}/depth_mm`);
  return html`<form class="card depth-editor" onSubmit=${submit} novalidate aria-labelledby="depth-editor-heading">
    <h3 id="depth-editor-heading">Change the depth: ${zoneLabel(zone)}</h3>
    <p class="muted">
      Protocol range ${formatDepth(current.protocol_depth_mm)}${computed ? `; hard maximum ${Number(computed.hard_max_mm).toFixed(2)} mm` : ''}.
      A depth outside the protocol’s range needs a reason.
    </p>
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <${ErrorSummary} errors=${errors} title="The change was refused" />
    <div class="grid grid--2" id=${fieldId(`${base}/depth_mm`)} tabindex="-1">
      <${TextField} label="Minimum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${base}/depth_mm/min`} errors=${errors} value=${min} onValue=${setMin} required />
      <${TextField} label="Maximum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${base}/depth_mm/max`} errors=${errors} value=${max} onValue=${setMax} required />
    </div>
    ${rangeErrors.length > 0 && html`<div class="field-error">${rangeErrors.map((m) => html`<p>${m}</p>`)}</div>`}
    <${TextArea} label="Reason" hint="Why this zone differs from the protocol (kept with the plan)." pointer=${`${base}/reason`} errors=${errors} value=${reason} onValue=${setReason} rows=${2} />
    <div class="form-actions">
      <${SubmitButton} busy=${busy}>Save depth</${SubmitButton}>
      <button type="button" class="button button--quiet" onClick=${onCancel}>Cancel</button>
    </div>
  </form>`;
}

function DepthTable({ plan, computedZones, onEdit, canEdit }) {
  return html`<div class="table-scroll"><table class="table depth-table">
    <caption class="visually-hidden">Depth per zone</caption>
    <thead>
      <tr>
        <th scope="col">Zone</th>
        <th scope="col">Planned depth</th>
        <th scope="col">Protocol range</th>
        <th scope="col">Hard maximum</th>
        <th scope="col">Reason for change</th>
        ${canEdit && html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
      </tr>
    </thead>
    <tbody>
      ${plan.zones.map((z) => {
        const computed = computedZones[z.zone];
        return html`<tr data-zone=${z.zone}>
          <th scope="row">${zoneLabel(z.zone)}</th>
          <td class=${z.override_reason ? 'changed' : ''}>${formatDepth(z.depth_mm)}</td>
          <td>${formatDepth(z.protocol_depth_mm)}</td>
          <td>${computed ? `${Number(computed.hard_max_mm).toFixed(2)} mm` : '—'}</td>
          <td>${z.override_reason || '—'}</td>
          ${canEdit &&
          html`<td><button type="button" class="button button--secondary button--small" onClick=${() => onEdit(z.zone)}>
            Change<span class="visually-hidden"> ${zoneLabel(z.zone)}</span>
          </button></td>`}
        </tr>`;
      })}
    </tbody>
  </table></div>`;
}

// The plan as owners and providers see it (`canEdit`); front desk gets the schedule only.
export function PlanView({ plan, onPlanChange, canEdit }) {
  const [editing, setEditing] = useState(null);
  const [warnings, setWarnings] = useState([]);
  const firstDate = plan.schedule && plan.schedule[0] ? plan.schedule[0].date : null;

  if (!plan.zones) {
    return html`<div class="stack">
      <p><${Badge} kind="neutral">${planStatusLabel(plan.status)}</${Badge}> ${plural(plan.sessions, 'session')}</p>
      <${Schedule} plan=${plan} />
      <p class="muted">Depths and clinical details are for the clinic’s providers.</p>
    </div>`;
  }

  const computed = plan.computed || {};
  const computedZones = Object.fromEntries((computed.zones || []).map((z) => [z.zone, z]));
  const dates = (plan.schedule || []).map((s) => formatDate(s.date)).join(', ');
  const select = (zone) => {
    if (!canEdit) return;
    setWarnings([]);
    setEditing(zone);
    requestAnimationFrame(() => document.getElementById('depth-editor-heading')?.scrollIntoView({ block: 'nearest' }));
  };

  return html`<div class="stack">
    <div class="plan-summary">
      <${Badge} kind="neutral">${planStatusLabel(plan.status)}</${Badge}>
      <span>${plural(plan.sessions, 'session')} every ${plan.interval_days.min}–${plan.interval_days.max} days</span>
      ${firstDate && html`<span>first on <strong>${formatDate(firstDate, 'weekday')}</strong></span>`}
      ${(computed.adjuncts || []).length > 0 && html`<span>Adjuncts: ${computed.adjuncts.map(adjunctLabel).join(', ')}</span>`}
      <span class="muted">Protocol ${plan.protocol.name} ${plan.protocol.version}</span>
    </div>
    ${warnings.map((w) => html`<${Notice} kind="warning"><p>${w}</p></${Notice}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${ZoneMap}
          zones=${plan.zones}
          selected=${editing}
          onSelect=${canEdit ? select : null}
          caption=${`${plural(plan.sessions, 'session')}${dates ? `: ${dates}` : ''}. Depth is the needle-length setting; * marks a depth changed from the protocol.`}
        />
        <div class="plan-zones__table">
          <${DepthTable} plan=${plan} computedZones=${computedZones} onEdit=${select} canEdit=${canEdit} />
          ${editing &&
          html`<${DepthEditor}
            key=${`${editing}-${plan.version}`}
            plan=${plan}
            zone=${editing}
            computed=${computedZones[editing]}
            onCancel=${() => setEditing(null)}
            onSaved=${(edited) => {
              setEditing(null);
              setWarnings(edited.warnings || []);
              onPlanChange(edited.plan);
            }}
          />`}
        </div>
      </div>
    </section>
    <${Schedule} plan=${plan} />
    ${firstDate &&
    html`<div class="grid grid--2 grid--top">
      <section class="card" aria-labelledby="prep-heading">
        <h2 id="prep-heading">Preparation before session 1</h2>
        <${CareTimeline} items=${computed.prep} sessionDate=${firstDate} label=${prepLabel} />
      </section>
      <section class="card" aria-labelledby="aftercare-heading">
        <h2 id="aftercare-heading">Aftercare after session 1</h2>
        <${CareTimeline} items=${computed.aftercare} sessionDate=${firstDate} label=${aftercareLabel} />
      </section>
    </div>`}
    ${(computed.adjunct_notes || []).length > 0 &&
    html`<section class="card"><h2>Notes</h2><ul>${computed.adjunct_notes.map((n) => html`<li>${typeof n === 'string' ? n : n.note || JSON.stringify(n)}</li>`)}</ul></section>`}
  </div>`;
}
