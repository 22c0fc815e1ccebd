// The needle cartridge: its GS1 barcode scanned into a text field exactly as the scanner types
// it (the raw form's group separators, ASCII 29, are kept and shown as ␝), a sealed pack
// confirmed when the barcode carries no serial, and the API's refusals shown word for word
// at the field: a malformed barcode (the parser's line), one already charted in the clinic, an
// expired one. Then the session's cartridges.
import { useState } from 'preact/hooks';

import { ErrorBox, SubmitButton, TextField, errorsAt, fieldId } from '../ui.js';
import { api } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { GROUP_SEPARATOR, barcodeBody, sessionOf, showSeparators } from '../../lib/sessions.js';
import { useWrite } from './common.js';

// A scan refusal's problems at their fields; one that names none goes to the barcode (a 409
// or 422 that only says why in its detail).
export function scanErrors(problem) {
  if (!problem || problem.status === 0 || problem.status >= 500) return [];
  if (problem.errors && problem.errors.length > 0) return problem.errors;
  if (problem.status === 400 || problem.status === 409 || problem.status === 422) return [{ path: '/barcode', message: problem.detail }];
  return [];
}

export function CartridgeScan({ session, onSession, amending = false }) {
  const [barcode, setBarcode] = useState('');
  const [sealed, setSealed] = useState(false);
  const [reason, setReason] = useState('');
  const [charted, setCharted] = useState(null);
  const write = useWrite();
  const errors = scanErrors(write.problem);
  const sealedId = fieldId('/sealed_pack_confirmed');
  const sealedErrors = errorsAt(errors, '/sealed_pack_confirmed');

  const submit = async (event) => {
    event.preventDefault();
    setCharted(null);
    const body = barcodeBody(barcode, sealed);
    if (amending) body.reason = reason;
    const before = new Set((session.cartridges || []).map((c) => c.id));
    const answer = await write.run(() => api('POST', `/api/v1/sessions/${session.id}/cartridges`, body));
    if (!answer) return;
    const view = sessionOf(answer);
    const added = (view.cartridges || []).find((c) => !before.has(c.id));
    setCharted(added || null);
    setBarcode('');
    setSealed(false);
    setReason('');
    onSession(view);
    const field = document.getElementById(fieldId('/barcode'));
    if (field) field.focus();
  };

  return html`<form class="form form--compact scan" onSubmit=${submit} novalidate>
    <${TextField}
      label="Cartridge barcode"
      pointer="/barcode"
      errors=${errors}
      value=${barcode}
      onValue=${setBarcode}
      hint="Scan the pack’s GS1 code into this field, or type it as (01)…(17)…(10)…(21)…"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      className="scan__field"
    />
    ${barcode.includes(GROUP_SEPARATOR) &&
    html`<p class="scan__echo muted small">Read as <span class="code">${showSeparators(barcode)}</span> (␝: group separator)</p>`}
    <div class=${`check ${sealedErrors.length ? 'field--invalid' : ''}`}>
      <input
        type="checkbox"
        id=${sealedId}
        checked=${sealed}
        onChange=${(event) => setSealed(event.currentTarget.checked)}
        aria-describedby=${sealedErrors.length ? `${sealedId}-error` : `${sealedId}-hint`}
        aria-invalid=${sealedErrors.length ? 'true' : undefined}
      />
      <label for=${sealedId}>Sealed, unopened pack confirmed</label>
    </div>
    <p class="hint" id=${`${sealedId}-hint`}>Needed when the barcode has no serial number (21): nothing else can prove the cartridge unused.</p>
    ${sealedErrors.length > 0 &&
    html`<div class="field-error" id=${`${sealedId}-error`}>${sealedErrors.map((m) => html`<p><span class="visually-hidden">Error: </span>${m}</p>`)}</div>`}
    ${amending &&
    html`<${TextField} label="Why is it added after sign-off?" pointer="/reason" errors=${errors} value=${reason} onValue=${setReason} required />`}
    ${write.problem && errors.length === 0 && html`<${ErrorBox} error=${write.problem} />`}
    <div class="form-actions">
      <${SubmitButton} busy=${write.busy} busyLabel="Checking…">Chart the cartridge</${SubmitButton}>
      ${charted &&
      html`<span role="status" class="scan__ok">Charted: lot ${charted.lot}${charted.serial ? `, serial ${charted.serial}` : ''}, expires ${formatDate(charted.expiry)}.</span>`}
    </div>
  </form>`;
}

export function CartridgeTable({ cartridges }) {
  if (!cartridges || cartridges.length === 0) return html`<p class="muted" data-cartridges="0">No cartridge charted yet.</p>`;
  return html`<div class="table-scroll">
    <table class="table table--dense cartridges" data-cartridges=${cartridges.length}>
      <caption class="visually-hidden">Charted cartridges</caption>
      <thead>
        <tr><th scope="col">GTIN</th><th scope="col">Lot</th><th scope="col">Serial</th><th scope="col">Expiry</th><th scope="col">Note</th></tr>
      </thead>
      <tbody>
        ${cartridges.map(
          (c) => html`<tr data-cartridge=${c.id} class=${c.voided ? 'inactive' : ''}>
            <td class="code">${c.gtin}</td>
            <td>${c.lot}</td>
            <td>${c.serial || '—'}</td>
            <td><time datetime=${c.expiry}>${formatDate(c.expiry)}</time></td>
            <td>
              ${c.serial ? '' : c.sealed_pack_confirmed ? 'sealed pack confirmed' : ''}
              ${c.chart_version > 0 ? ` added in version ${c.chart_version}` : ''}
              ${c.voided ? ' voided' : ''}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
