// The chart's body as the provider fills it in: the zones picked on the face/body map (each
// with depth, passes and pattern; the plan's range and the zone's hard maximum beside the
// depth, a reason when it is outside the plan, an error straight away above the maximum),
// the pen (a device resource of the clinic) and its serial, the products with their lots, the
// end point, the duration and notes. Used for the draft and for an amendment.
import { Empty, SelectField, TextArea, TextField } from '../ui.js';
import { ZoneMap } from '../zone_map.js';
import { ZONES, zoneLabel } from '../../lib/codes.js';
import { html } from '../../lib/html.js';
import { END_POINTS, PATTERNS, PRODUCTS, depthCheck } from '../../lib/sessions.js';

const mm = (value) => Number(value).toFixed(2);
const zoneRank = (zone) => ZONES.indexOf(zone);

// The plan's words for a zone: "plan 1.50–2.00 mm · hard maximum 2.50 mm".
export function planHint(planZone) {
  if (!planZone) return 'Not in the plan: a reason is needed.';
  const parts = [];
  if (planZone.depth_mm) parts.push(`Plan ${mm(planZone.depth_mm.min)}–${mm(planZone.depth_mm.max)} mm`);
  if (planZone.hard_max_mm !== undefined && planZone.hard_max_mm !== null) parts.push(`hard maximum ${mm(planZone.hard_max_mm)} mm`);
  return `${parts.join(' · ')}.`;
}

// The live problems of the zones (an error before saving): a depth above the hard maximum.
export function liveZoneErrors(form, planZones) {
  const byZone = Object.fromEntries((planZones || []).map((z) => [z.zone, z]));
  const errors = [];
  form.zones.forEach((z, i) => {
    const check = depthCheck(z.depth_mm, byZone[z.zone]);
    if (check.state === 'above_max') errors.push({ path: `/chart/zones/${i}/depth_mm`, message: check.message });
  });
  return errors;
}

function ZoneRow({ row, index, planZone, errors, onChange, onRemove }) {
  const base = `/chart/zones/${index}`;
  const check = depthCheck(row.depth_mm, planZone);
  const needsReason = check.state === 'outside' || check.state === 'unplanned' || row.reason !== '';
  const set = (key) => (value) => onChange({ ...row, [key]: value });
  const name = zoneLabel(row.zone);
  return html`<fieldset class=${`chart-zone chart-zone--${check.state}`} data-zone=${row.zone} id=${`chart-zone-${row.zone}`}>
    <legend>${name}</legend>
    <div class="chart-zone__fields">
      <${TextField}
        label="Depth (mm)"
        pointer=${`${base}/depth_mm`}
        errors=${errors}
        type="number"
        step="0.05"
        min="0.05"
        max="5"
        inputmode="decimal"
        value=${row.depth_mm}
        onValue=${set('depth_mm')}
        hint=${planHint(planZone)}
        required
      />
      <${TextField} label="Passes" pointer=${`${base}/passes`} errors=${errors} type="number" step="1" min="1" max="20" inputmode="numeric" value=${row.passes} onValue=${set('passes')} required />
      <${SelectField} label="Pattern" pointer=${`${base}/pattern`} errors=${errors} value=${row.pattern} onValue=${set('pattern')} options=${PATTERNS} />
    </div>
    ${check.state === 'outside' && html`<p class="depth-check depth-check--outside" role="status">Depth ${check.message}.</p>`}
    ${needsReason &&
    html`<${TextArea}
      label=${`Reason for the depth in ${name.toLowerCase()}`}
      pointer=${`${base}/reason`}
      errors=${errors}
      value=${row.reason}
      onValue=${set('reason')}
      rows=${2}
      required=${check.state === 'outside' || check.state === 'unplanned'}
    />`}
    <button type="button" class="button button--quiet button--small" onClick=${onRemove}>Remove<span class="visually-hidden"> ${name}</span></button>
  </fieldset>`;
}

function ProductRow({ row, index, errors, onChange, onRemove }) {
  const base = `/chart/products/${index}`;
  const set = (key) => (value) => onChange({ ...row, [key]: value });
  return html`<div class="row chart-product" data-product=${row.code}>
    <div class="grid grid--3">
      <${SelectField} label=${`Product ${index + 1}`} pointer=${`${base}/code`} errors=${errors} value=${row.code} onValue=${set('code')} options=${PRODUCTS} />
      <${TextField} label=${`Lot of product ${index + 1}`} pointer=${`${base}/lot`} errors=${errors} value=${row.lot} onValue=${set('lot')} autocomplete="off" required />
      <${TextField} label=${`Brand of product ${index + 1} (optional)`} pointer=${`${base}/name`} errors=${errors} value=${row.name} onValue=${set('name')} autocomplete="off" />
    </div>
    <button type="button" class="button button--quiet button--small row__remove" onClick=${onRemove}>Remove<span class="visually-hidden"> product ${index + 1}</span></button>
  </div>`;
}

export function ChartEditor({ form, setForm, planZones, devices, errors }) {
  const plan = planZones || [];
  const byZone = Object.fromEntries(plan.map((z) => [z.zone, z]));
  const charted = form.zones.map((z) => z.zone);
  const set = (patch) => setForm((f) => ({ ...f, ...patch }));
  const addZone = (zone) => {
    if (!zone) return;
    setForm((f) => {
      if (f.zones.some((z) => z.zone === zone)) return f;
      const planned = byZone[zone];
      const row = { zone, depth_mm: planned && planned.depth_mm ? Number(planned.depth_mm.min).toFixed(2) : '', passes: '', pattern: 'cross_hatch', reason: '' };
      return { ...f, zones: [...f.zones, row].sort((a, b) => zoneRank(a.zone) - zoneRank(b.zone)) };
    });
    requestAnimationFrame(() => {
      const field = document.querySelector(`#chart-zone-${zone} input`);
      if (field) field.focus();
    });
  };
  const others = ZONES.filter((z) => !byZone[z] && !charted.includes(z));
  const setZone = (i, row) => setForm((f) => ({ ...f, zones: f.zones.map((z, j) => (j === i ? row : z)) }));
  const removeZone = (i) => setForm((f) => ({ ...f, zones: f.zones.filter((_, j) => j !== i) }));
  const setProduct = (i, row) => setForm((f) => ({ ...f, products: f.products.map((p, j) => (j === i ? row : p)) }));
  const removeProduct = (i) => setForm((f) => ({ ...f, products: f.products.filter((_, j) => j !== i) }));
  const deviceOptions = devices.map((d) => [String(d.id), d.serial ? `${d.name} (${d.serial})` : d.name]);
  const chooseDevice = (value) => {
    const device = devices.find((d) => String(d.id) === value);
    setForm((f) => ({ ...f, device_id: value, pen_serial: f.pen_serial || (device && device.serial) || '' }));
  };

  return html`<div class="chart-editor">
    <section class="chart-editor__zones" aria-labelledby="zones-heading">
      <h3 id="zones-heading">Zones treated</h3>
      <div class="chart-zones">
        <div class="chart-zones__map">
          <${ZoneMap}
            zones=${plan}
            selected=${null}
            marked=${charted}
            onSelect=${addZone}
            caption="The plan’s zones with their depth ranges; choose one on the map or below to chart it."
          />
        </div>
        <div class="chart-zones__list">
          ${plan.filter((z) => !charted.includes(z.zone)).length > 0 &&
          html`<div class="chart-zones__add">
            ${plan
              .filter((z) => !charted.includes(z.zone))
              .map(
                (z) => html`<button type="button" class="button button--secondary button--small" onClick=${() => addZone(z.zone)}>
                  Chart ${zoneLabel(z.zone).toLowerCase()}
                </button>`,
              )}
          </div>`}
          ${others.length > 0 &&
          html`<div class="inline-form chart-zones__other">
            <${SelectField}
              label="Another zone (not in the plan)"
              pointer="/chart/other_zone"
              value=""
              onValue=${addZone}
              options=${others.map((z) => [z, zoneLabel(z)])}
              placeholder="Choose to add…"
            />
          </div>`}
          ${form.zones.length === 0 && html`<${Empty}>No zone charted yet.</${Empty}>`}
          ${form.zones.map(
            (row, i) => html`<${ZoneRow} key=${row.zone} row=${row} index=${i} planZone=${byZone[row.zone]} errors=${errors} onChange=${(next) => setZone(i, next)} onRemove=${() => removeZone(i)} />`,
          )}
        </div>
      </div>
    </section>
    <section aria-labelledby="pen-heading">
      <h3 id="pen-heading">Pen</h3>
      <div class="grid grid--2">
        <${SelectField}
          label="Device"
          pointer="/chart/device_id"
          errors=${errors}
          value=${form.device_id}
          onValue=${chooseDevice}
          options=${deviceOptions}
          placeholder=${devices.length ? 'Choose the pen…' : 'No device set up'}
        />
        <${TextField} label="Pen serial" pointer="/chart/pen_serial" errors=${errors} value=${form.pen_serial} onValue=${(v) => set({ pen_serial: v })} autocomplete="off" />
      </div>
    </section>
    <section aria-labelledby="products-heading">
      <h3 id="products-heading">Products applied</h3>
      <div class="rows">
        ${form.products.length === 0 && html`<p class="muted">None.</p>`}
        ${form.products.map(
          (row, i) => html`<${ProductRow} key=${i} row=${row} index=${i} errors=${errors} onChange=${(next) => setProduct(i, next)} onRemove=${() => removeProduct(i)} />`,
        )}
        <button type="button" class="button button--secondary button--small" onClick=${() => set({ products: [...form.products, { code: 'hyaluronic_acid', lot: '', name: '' }] })}>
          Add a product
        </button>
      </div>
    </section>
    <section aria-labelledby="end-heading">
      <h3 id="end-heading">End of the treatment</h3>
      <div class="grid grid--2">
        <${SelectField} label="End point" pointer="/chart/end_point" errors=${errors} value=${form.end_point} onValue=${(v) => set({ end_point: v })} options=${END_POINTS} placeholder="Choose…" />
        <${TextField} label="Duration (minutes)" pointer="/chart/duration_minutes" errors=${errors} type="number" min="1" max="600" step="1" inputmode="numeric" value=${form.duration_minutes} onValue=${(v) => set({ duration_minutes: v })} />
      </div>
      <${TextArea} label="Notes" pointer="/chart/notes" errors=${errors} value=${form.notes} onValue=${(v) => set({ notes: v })} rows=${2} />
    </section>
  </div>`;
}
