// A patient's Fitzpatrick history (owners and providers): every assessment with who and when,
// newest first, from GET /api/v1/patients/{id}/skin-types. A consultation that assesses a
// different type than the record's adds one.
import { FITZPATRICK } from '../lib/codes.js';
import { formatTime } from '../lib/format.js';
import { html } from '../lib/html.js';
import { useResource } from '../lib/resource.js';
import { useStaffNames } from '../lib/staff_names.js';
import { Empty, ErrorBox, Loading } from './ui.js';

export function skinTypeLabel(type) {
  const entry = FITZPATRICK.find(([value]) => value === type);
  return entry ? entry[1] : 'Not assessed';
}

// "III → IV" of a skin_type_change (or an assessment), in words.
export function describeSkinTypeChange(change) {
  return change.previous === null || change.previous === undefined
    ? `Skin type recorded as ${skinTypeLabel(change.fitzpatrick)} (no earlier assessment).`
    : `Skin type changed from ${skinTypeLabel(change.previous)} to ${skinTypeLabel(change.fitzpatrick)} on the patient’s record.`;
}

export function SkinTypeHistory({ patientId, headingLevel = 2 }) {
  const history = useResource(`/api/v1/patients/${patientId}/skin-types`);
  const nameOf = useStaffNames();
  const Heading = `h${headingLevel}`;
  const items = history.data ? [...history.data.items].sort((a, b) => (a.assessed_at < b.assessed_at ? 1 : -1)) : [];
  return html`<section class="card skin-history" aria-labelledby=${`skin-history-${patientId}`}>
    <${Heading} id=${`skin-history-${patientId}`}>Skin type history</${Heading}>
    ${history.loading && html`<${Loading} />`}
    <${ErrorBox} error=${history.error} onRetry=${history.reload} />
    ${history.data && items.length === 0 && html`<${Empty}>No assessment recorded by a consultation yet.</${Empty}>`}
    ${items.length > 0 &&
    html`<ol class="skin-history__list">
      ${items.map(
        (item) => html`<li>
          <strong>${skinTypeLabel(item.fitzpatrick)}</strong>
          <span class="muted">${item.previous ? ` (was ${skinTypeLabel(item.previous)})` : ' (first assessment)'}</span>
          <br /><span class="small">${formatTime(item.assessed_at)} · ${nameOf(item.assessed_by)}${item.consultation_id
            ? html` · <a href=${`/staff/consultations/${item.consultation_id}`}>consultation</a>`
            : ''}</span>
        </li>`,
      )}
    </ol>`}
  </section>`;
}
