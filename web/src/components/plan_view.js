// A treatment plan for the clinic: its lifecycle (proposed → active → completed, or
// cancelled), the zone map with each zone's depth range (those the zone's default capped
// marked), the sessions and their dates, each session's preparation and aftercare, depth
// changes with a reason (refused above the zone's hard maximum; the API's message appears
// beside the field), and a provider's override of an overridable deferral, with its reason.
import { useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { adjunctLabel, aftercareLabel, findingLabel, planStatusLabel, prepLabel, zoneLabel } from '../lib/codes.js';
import { formatDate, formatDepth, formatRange, formatTime, plural } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useStaffNames } from '../lib/staff_names.js';
import { CareTimeline } from './care_timeline.js';
import { Badge, ConfirmAction, ErrorBox, ErrorSummary, Notice, SelectField, SubmitButton, TextArea, TextField, Time, errorsAt, fieldId } from './ui.js';
import { ZoneMap } from './zone_map.js';

// The lifecycle's moves from each status (domain::CanTransition); completed and cancelled are final.
export const TRANSITIONS = {
  proposed: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

// Why the API refused a change of status, in sentences: its detail, then each blocking finding
// (/findings/<code>) or other reason by name.
const sentence = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/\.$/, '')}.`;

export function refusalLines(problem) {
  if (!problem) return [];
  const lines = (problem.errors || []).map((e) => {
    const finding = /^\/findings\/([a-z_]+)$/.exec(e.path || '');
    if (finding) return `${findingLabel(finding[1])}: ${e.message}.`;
    return sentence(e.message);
  });
  const detail = problem.detail ? sentence(problem.detail) : '';
  return [detail, ...lines.filter((line) => line.toLowerCase() !== detail.toLowerCase())].filter(Boolean);
}

const MOVES = {
  active: { label: 'Activate the plan', busy: 'Activating…' },
  completed: {
    label: 'Mark as completed',
    confirm: 'Mark it completed',
    question: 'The series is finished: the plan can no longer be changed.',
  },
  cancelled: {
    label: 'Cancel the plan',
    confirm: 'Cancel it',
    question: 'The plan stops here and can no longer be changed or restarted; a new series needs a new plan.',
  },
};

function Lifecycle({ plan, onPlanChange }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [moved, setMoved] = useState(null);
  const moves = TRANSITIONS[plan.status] || [];
  const move = async (status) => {
    setBusy(true);
    setProblem(null);
    setMoved(null);
    try {
      const edited = await api('PATCH', `/api/v1/plans/${plan.id}`, { version: plan.version, status });
      setMoved(status);
      onPlanChange(edited.plan);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const refused = problem && (problem.status === 422 || problem.status === 400);
  return html`<section class="card lifecycle" aria-labelledby="lifecycle-heading">
    <h2 id="lifecycle-heading">Status: ${planStatusLabel(plan.status)}</h2>
    ${moves.length === 0 && html`<p class="muted">This plan is ${planStatusLabel(plan.status).toLowerCase()}: it can no longer be changed.</p>`}
    ${plan.status === 'proposed' && html`<p class="muted">Activate it when the patient agrees; the screening must allow treatment on the first session’s date.</p>`}
    ${moved && html`<${Notice} kind="success"><p>The plan is now ${planStatusLabel(moved).toLowerCase()}.</p></${Notice}>`}
    ${refused &&
    html`<div class="alert alert--error" role="alert">
      <p><strong>Refused.</strong></p>
      <ul class="lifecycle__reasons">${refusalLines(problem).map((line) => html`<li>${line}</li>`)}</ul>
    </div>`}
    ${problem && !refused && html`<${ErrorBox} error=${problem} />`}
    ${moves.length > 0 &&
    html`<div class="form-actions">
      ${moves.map((status) => {
        const m = MOVES[status];
        return m.confirm
          ? html`<${ConfirmAction} key=${status} label=${m.label} confirmLabel=${m.confirm} busy=${busy} onConfirm=${() => move(status)}><p>${m.question}</p></${ConfirmAction}>`
          : html`<button key=${status} type="button" class="button" disabled=${busy} onClick=${() => move(status)}>${busy ? m.busy : m.label}</button>`;
      })}
    </div>`}
  </section>`;
}

// The deferrals a provider may set aside on this plan: the consultation's dated deferrals that
// the protocol marks overridable (`overridable`: a Set of codes, or null when unknown).
export function overridableFindings(screening, overridable) {
  return ((screening && screening.findings) || []).filter(
    (f) => f.level === 'defer' && f.until && (overridable === null || overridable.has(f.code)),
  );
}

function OverrideForm({ plan, finding, onPlanChange, onWarnings }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const errors = problem && problem.status === 400 ? problem.errors : [];
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const edited = await api('PATCH', `/api/v1/plans/${plan.id}`, {
        version: plan.version,
        overrides: [{ finding: finding.code, reason: reason.trim() }],
      });
      onWarnings(edited.warnings || []);
      onPlanChange(edited.plan);
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };
  return html`<form class="override-form" onSubmit=${submit} novalidate aria-label=${`Override ${findingLabel(finding.code)}`} data-finding=${finding.code}>
    <p><strong>${findingLabel(finding.code)}</strong>: defers treatment until <${Time} date=${finding.until} />. ${finding.message}</p>
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    ${errorsAt(errors, '/overrides/0/finding').map((m) => html`<p class="field-error">${m}</p>`)}
    <${TextArea}
      label="Reason for setting it aside"
      hint="Your clinical judgement for this patient; kept with the plan and shown on it."
      pointer="/overrides/0/reason"
      errors=${errors}
      value=${reason}
      onValue=${setReason}
      rows=${2}
    />
    <${SubmitButton} busy=${busy} className="button--secondary">Override ${findingLabel(finding.code).toLowerCase()}</${SubmitButton}>
  </form>`;
}

function Overrides({ plan, screening, overridable, canOverride, onPlanChange, onWarnings }) {
  const nameOf = useStaffNames();
  const done = new Set(plan.overrides.map((o) => o.finding));
  const open = TRANSITIONS[plan.status].length > 0;
  const candidates = overridableFindings(screening, overridable).filter((f) => !done.has(f.code));
  if (plan.overrides.length === 0 && (candidates.length === 0 || !open)) return null;
  return html`<section class="card overrides" aria-labelledby="overrides-heading">
    <h2 id="overrides-heading">Deferrals set aside</h2>
    ${plan.overrides.length === 0 && html`<p class="muted">None: the screening’s deferrals apply.</p>`}
    ${plan.overrides.length > 0 &&
    html`<ul class="overrides__list">
      ${plan.overrides.map(
        (o) => html`<li data-finding=${o.finding}>
          <strong>${findingLabel(o.finding)}</strong> overridden: “${o.reason}”
          <br /><span class="small muted">${nameOf(o.by)}, ${formatTime(o.at)}</span>
        </li>`,
      )}
    </ul>`}
    ${open &&
    candidates.length > 0 &&
    (canOverride
      ? candidates.map((f) => html`<${OverrideForm} key=${f.code} plan=${plan} finding=${f} onPlanChange=${onPlanChange} onWarnings=${onWarnings} />`)
      : html`<p class="muted">${candidates.map((f) => findingLabel(f.code)).join(', ')} may be set aside for this plan by a provider, with a reason.</p>`)}
  </section>`;
}

// Each session's own preparation and aftercare (the plan's timelines), one session at a time.
function SessionCare({ timelines }) {
  const [chosen, setChosen] = useState(0);
  if (!timelines || timelines.length === 0) return null;
  const index = Math.min(chosen, timelines.length - 1);
  const t = timelines[index];
  return html`<section class="card session-care" aria-labelledby="session-care-heading">
    <h2 id="session-care-heading">Preparation and aftercare, session by session</h2>
    <div class="session-tabs" role="group" aria-label="Session">
      ${timelines.map(
        (s, i) => html`<button type="button" class=${`button button--small ${i === index ? '' : 'button--secondary'}`} aria-pressed=${i === index ? 'true' : 'false'} onClick=${() => setChosen(i)}>
          Session ${s.session}<span class="session-tabs__date"> · ${formatDate(s.date)}</span>
        </button>`,
      )}
    </div>
    <div class="grid grid--2 grid--top" data-session=${t.session}>
      <div>
        <h3>Before session ${t.session}</h3>
        ${t.prep.length ? html`<${CareTimeline} items=${t.prep} sessionDate=${t.date} label=${prepLabel} />` : html`<p class="muted">Nothing to prepare.</p>`}
      </div>
      <div>
        <h3>After session ${t.session}</h3>
        ${t.aftercare.length ? html`<${CareTimeline} items=${t.aftercare} sessionDate=${t.date} label=${aftercareLabel} />` : html`<p class="muted">No aftercare.</p>`}
      </div>
    </div>
  </section>`;
}

// Moving a session (the later ones follow): a date, and a reason if the spacing gets shorter
// than the protocol's. A proposed plan may be dated ahead of what the screening allows (the
// API warns); activating it is then refused until that is resolved.
function MoveSession({ plan, onPlanChange, onWarnings }) {
  const [session, setSession] = useState('1');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const errors = problem && problem.status === 400 ? problem.errors : [];
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const move = { session: Number(session), date };
      if (reason.trim()) move.reason = reason.trim();
      const edited = await api('PATCH', `/api/v1/plans/${plan.id}`, { version: plan.version, schedule: [move] });
      onWarnings(edited.warnings || []);
      onPlanChange(edited.plan);
      setDate('');
      setReason('');
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  return html`<details class="move-session">
    <summary>Move a session</summary>
    <form class="form form--compact" onSubmit=${submit} novalidate aria-label="Move a session">
      ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
      ${problem && problem.status === 400 && html`<${ErrorSummary} errors=${errors} title="The move was refused" />`}
      <div class="grid grid--2">
        <${SelectField}
          label="Session"
          pointer="/schedule/0/session"
          errors=${errors}
          value=${session}
          onValue=${setSession}
          options=${plan.schedule.map((s) => [String(s.session), `Session ${s.session} (${formatDate(s.date)})`])}
        />
        <${TextField} label="New date" type="date" pointer="/schedule/0/date" errors=${errors} value=${date} onValue=${setDate} required />
      </div>
      <${TextArea} label="Reason (if sessions get closer than the protocol’s spacing)" pointer="/schedule/0/reason" errors=${errors} value=${reason} onValue=${setReason} rows=${2} />
      <${SubmitButton} busy=${busy} className="button--secondary">Move the session</${SubmitButton}>
    </form>
  </details>`;
}

function Schedule({ plan, canEdit, onPlanChange, onWarnings }) {
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
    ${canEdit && schedule.length > 0 && TRANSITIONS[plan.status].length > 0 && html`<${MoveSession} plan=${plan} onPlanChange=${onPlanChange} onWarnings=${onWarnings} />`}
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
  const open = TRANSITIONS[plan.status].length > 0;
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
          <td class=${z.override_reason ? 'changed' : ''}>
            ${formatDepth(z.depth_mm)}
            ${computed && computed.capped_by_zone && html`<br /><span class="capped small">† capped by the zone</span>`}
          </td>
          <td>${formatDepth(z.protocol_depth_mm)}</td>
          <td>${computed ? `${Number(computed.hard_max_mm).toFixed(2)} mm` : '—'}</td>
          <td>${z.override_reason || '—'}</td>
          ${canEdit &&
          html`<td>${open && html`<button type="button" class="button button--secondary button--small" onClick=${() => onEdit(z.zone)}>
            Change<span class="visually-hidden"> ${zoneLabel(z.zone)}</span>
          </button>`}</td>`}
        </tr>`;
      })}
    </tbody>
  </table></div>`;
}

// The plan as owners and providers see it (`canEdit`); front desk gets the schedule only.
// `screening`: the consultation's, for the deferrals a provider (`canOverride`) may set aside;
// `overridable`: the protocol's overridable finding codes (a Set), or null when not known.
export function PlanView({ plan, onPlanChange, canEdit, canOverride = false, screening = null, overridable = null }) {
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
  const open = TRANSITIONS[plan.status].length > 0;
  const mapZones = plan.zones.map((z) => ({ ...z, capped_by_zone: Boolean(computedZones[z.zone] && computedZones[z.zone].capped_by_zone) }));
  const anyCapped = mapZones.some((z) => z.capped_by_zone);
  const select = (zone) => {
    if (!canEdit || !open) return;
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
    ${warnings.map((w) => html`<${Notice} kind="warning"><p>${sentence(w)}</p></${Notice}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${ZoneMap}
          zones=${mapZones}
          selected=${editing}
          onSelect=${canEdit && open ? select : null}
          caption=${`${plural(plan.sessions, 'session')}${dates ? `: ${dates}` : ''}. Depth is the needle-length setting; * marks a depth changed from the protocol${
            anyCapped ? '; † a depth the zone’s default capped below what the concern asks for (deeper only as a change with a reason)' : ''
          }.`}
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
    ${canEdit && html`<${Lifecycle} plan=${plan} onPlanChange=${onPlanChange} />`}
    <${Overrides}
      plan=${plan}
      screening=${screening}
      overridable=${overridable}
      canOverride=${canOverride}
      onPlanChange=${onPlanChange}
      onWarnings=${setWarnings}
    />
    <${Schedule} plan=${plan} canEdit=${canEdit} onPlanChange=${onPlanChange} onWarnings=${setWarnings} />
    ${(computed.timelines || []).length > 0
      ? html`<${SessionCare} timelines=${computed.timelines} />`
      : firstDate &&
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
    html`<section class="card"><h2>Adjuncts</h2><ul>${computed.adjunct_notes.map(
      (n) => html`<li><strong>${adjunctLabel(n.code)}</strong>${n.after_healing ? ' (after healing)' : ''}${n.evidence ? `: ${n.evidence}` : ''}</li>`,
    )}</ul></section>`}
    ${(computed.notes || []).length > 0 &&
    html`<section class="card plan-notes"><h2>Notes</h2><ul>${computed.notes.map((n) => html`<li data-topic=${n.topic}>${n.note}</li>`)}</ul></section>`}
  </div>`;
}
