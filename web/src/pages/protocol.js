// The clinic's clinical protocol: the version in force, its rules as tables (parsed from the
// TOML the API returns), and, for the owner, uploading a new version, with each problem the
// server finds shown at its line.
import { useRef, useState } from 'preact/hooks';
import { parse } from 'smol-toml';

import { ErrorBox, Loading, Notice, PageTitle } from '../components/ui.js';
import { api } from '../lib/api.js';
import { actionLabel, adjunctLabel, aftercareLabel, concernLabel, findingLabel, levelLabel, prepLabel, zoneLabel } from '../lib/codes.js';
import { formatDepth } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';

function windowText(window) {
  if (!window) return '—';
  return Object.entries(window)
    .map(([unit, n]) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`)
    .join(' ');
}

function dayText(day) {
  if (day === 0) return 'session day';
  return day < 0 ? `${-day} days before` : `${day} days after`;
}

function Note({ rule }) {
  if (!rule.source && !rule.evidence) return '—';
  return html`${rule.evidence && html`<p class="small">${rule.evidence}</p>`}
    ${rule.source && html`<details class="small"><summary>Source</summary><p>${rule.source}</p></details>`}`;
}

function Table({ caption, head, rows }) {
  return html`<section class="card protocol-table">
    <h2>${caption}</h2>
    <div class="table-scroll">
      <table class="table">
        <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows.map((cells) => html`<tr>${cells.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}</tr>`)}</tbody>
      </table>
    </div>
  </section>`;
}

function Rules({ doc }) {
  const series = doc.series || {};
  const zones = Object.entries(doc.zones || {});
  const concerns = Object.entries(doc.concerns || {});
  const findings = Object.entries(doc.findings || {});
  const timeline = (items, label) =>
    (items || []).map((item) => [
      label(item.code),
      `${dayText(item.from_day)} → ${item.open_ended ? 'open-ended' : dayText(item.to_day)}`,
      item.only_with ? `Only with: ${item.only_with.map(findingLabel).join(', ')}` : 'Everyone',
      html`<p>${item.instruction}</p><${Note} rule=${item} />`,
    ]);
  const windows = (doc.findings && doc.findings.recent_procedure && doc.findings.recent_procedure.window_days) || {};
  return html`<div class="stack">
    <${Table}
      caption="Series"
      head=${['Rule', 'Value']}
      rows=${[
        ['Sessions', series.sessions ? `${series.sessions.min}–${series.sessions.max}` : '—'],
        ['Interval', series.interval_days ? `${series.interval_days.min}–${series.interval_days.max} days` : '—'],
        ['Maintenance', series.maintenance_months ? `${series.maintenance_months.from}–${series.maintenance_months.to} months after the last session` : '—'],
        ['Follow-up photos', series.follow_up_photo_months ? `${series.follow_up_photo_months.join(', ')} months after the last session` : '—'],
        ['Depth reduction with PIH risk', series.pih_depth_reduction_mm !== undefined ? `${series.pih_depth_reduction_mm} mm` : '—'],
      ]}
    />
    <${Table}
      caption="Zones"
      head=${['Zone', 'Default depth', 'Hard maximum', 'Source and evidence']}
      rows=${zones.map(([code, z]) => [zoneLabel(code), formatDepth(z.depth_mm), `${Number(z.hard_max_mm).toFixed(2)} mm`, html`<${Note} rule=${z} />`])}
    />
    <${Table}
      caption="Concerns"
      head=${['Concern', 'Sessions', 'Depth', 'Notes']}
      rows=${concerns.map(([code, c]) => [
        concernLabel(code),
        c.unsuitable ? '—' : c.sessions_by_severity ? `${c.sessions_by_severity.join(' / ')} by severity` : c.sessions,
        c.unsuitable ? 'Not treated' : c.depth_mm_by_severity ? c.depth_mm_by_severity.map(formatDepth).join(' / ') : formatDepth(c.depth_mm),
        html`${c.alternatives && html`<p>Alternatives: ${c.alternatives.join(', ')}${c.unsuitable_from_severity ? ` (from severity ${c.unsuitable_from_severity})` : ''}</p>`}<${Note} rule=${c} />`,
      ])}
    />
    <${Table}
      caption="Screening findings"
      head=${['Finding', 'Level', 'Waiting period', 'Actions', 'Message']}
      rows=${findings.map(([code, f]) => [
        findingLabel(code),
        levelLabel(f.level),
        code === 'recent_procedure' ? Object.entries(windows).map(([p, d]) => `${p.replaceAll('_', ' ')} ${d} d`).join(', ') : windowText(f.window),
        (f.actions || []).map(actionLabel).join(', ') || '—',
        html`<p>${f.message}</p><${Note} rule=${f} />`,
      ])}
    />
    <${Table} caption="Preparation" head=${['Item', 'When', 'For', 'Instruction']} rows=${timeline(doc.prep, prepLabel)} />
    <${Table} caption="Aftercare" head=${['Item', 'When', 'For', 'Instruction']} rows=${timeline(doc.aftercare, aftercareLabel)} />
    <${Table}
      caption="Adjuncts"
      head=${['Adjunct', 'For', 'Notes']}
      rows=${(doc.adjuncts || []).map((a) => [
        adjunctLabel(a.code),
        a.for === 'all' ? 'All concerns' : (a.for || []).map(concernLabel).join(', '),
        html`${a.optional ? 'Optional. ' : ''}${a.after_healing ? 'Only after healing. ' : ''}<${Note} rule=${a} />`,
      ])}
    />
  </div>`;
}

// "protocol.toml:107" → 107.
function lineOf(path) {
  const match = /:(\d+)$/.exec(path || '');
  return match ? Number(match[1]) : null;
}

function Upload({ current, onUploaded }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);
  const area = useRef(null);

  const showLine = (line) => {
    const element = area.current;
    if (!element) return;
    const lines = element.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    element.focus();
    element.setSelectionRange(start, start + (lines[line - 1] || '').length);
    const lineHeight = element.scrollHeight / Math.max(1, lines.length);
    element.scrollTop = Math.max(0, (line - 4) * lineHeight);
  };

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const uploaded = await api('PUT', '/api/v1/protocol', text, { contentType: 'application/toml' });
      setDone(uploaded);
      onUploaded();
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };

  const loadFile = async (event) => {
    const file = event.currentTarget.files[0];
    if (file) setText(await file.text());
  };

  return html`<section class="card" aria-labelledby="upload-heading">
    <h2 id="upload-heading">Upload a new version</h2>
    <p>Edit the protocol below (or load a file), give it a new <code>version</code>, and upload. The server checks every rule and refuses an unsafe file, naming each problem’s line.</p>
    <div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${() => setText(current.toml)}>Start from version ${current.version}</button>
      <label class="button button--secondary file-button">Load a file<input type="file" accept=".toml,text/plain" class="visually-hidden" onChange=${loadFile} /></label>
    </div>
    <form class="form" onSubmit=${submit} novalidate>
      ${done && html`<${Notice} kind="success"><p>Version ${done.version} of ${done.name} is now in force.</p></${Notice}>`}
      ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
      ${problem &&
      problem.status === 400 &&
      html`<div class="error-summary" role="alert" id="protocol-errors">
        <h3>The file was refused: ${problem.detail}</h3>
        <ul>
          ${problem.errors.map((e) => {
            const line = lineOf(e.path);
            return html`<li>
              ${line ? html`<button type="button" class="linklike" onClick=${() => showLine(line)}>Line ${line}</button>: ` : ''}${e.message}
            </li>`;
          })}
        </ul>
      </div>`}
      <div class="field">
        <label for="protocol-text">Protocol (TOML)</label>
        <textarea id="protocol-text" ref=${area} class="code" rows="18" spellcheck="false" value=${text} onInput=${(e) => setText(e.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button" disabled=${busy || !text.trim()}>${busy ? 'Checking…' : 'Check and upload'}</button>
    </form>
  </section>`;
}

export function ProtocolPage({ session }) {
  const protocol = useResource('/api/v1/protocol');
  useReadyMark(protocol.data !== null, 'protocol');
  let doc = null;
  let parseError = null;
  if (protocol.data) {
    try {
      doc = parse(protocol.data.toml);
    } catch (error) {
      parseError = error;
    }
  }
  return html`<div class="stack">
    <${PageTitle}>Protocol</${PageTitle}>
    ${protocol.loading && html`<${Loading} />`}
    <${ErrorBox} error=${protocol.error} onRetry=${protocol.reload} />
    ${protocol.data &&
    html`<p class="lead">
      In force: <strong>${protocol.data.name} ${protocol.data.version}</strong>
      (${protocol.data.built_in ? 'the built-in default' : 'uploaded by the clinic'}). Every screening and plan records the version that made it.
    </p>`}
    ${parseError && html`<div class="alert alert--error" role="alert"><p>The protocol text could not be shown as tables: ${String(parseError.message)}</p></div>`}
    ${session.role === 'owner' && protocol.data && html`<${Upload} current=${protocol.data} onUploaded=${protocol.reload} />`}
    ${doc && html`<${Rules} doc=${doc} />`}
  </div>`;
}
