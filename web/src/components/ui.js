// Form fields, page headings and the loading, error and empty states every page uses. A field
// is named by the JSON pointer the API uses for it ("/intake/concerns/0/severity"), so a 400's
// errors[].path lands beside the right field; its id is derived from the pointer.
import { useEffect, useState } from 'preact/hooks';

import { describeError } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { html } from '../lib/html.js';

export function fieldId(pointer) {
  return `f${pointer.replace(/[^A-Za-z0-9_]+/g, '-')}`;
}

// The messages of `errors` at `pointer` (and below it, when `nested`).
export function errorsAt(errors, pointer, nested = false) {
  return (errors || [])
    .filter((e) => e.path === pointer || (nested && e.path.startsWith(`${pointer}/`)))
    .map((e) => e.message);
}

// The element an error's path belongs to: the field itself, else the nearest enclosing one.
export function elementForPath(path) {
  let pointer = path;
  while (pointer) {
    const element = document.getElementById(fieldId(pointer));
    if (element) return element;
    pointer = pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
  }
  return null;
}

export function usePageTitle(title) {
  useEffect(() => {
    document.title = title ? `${title} – Needlepoint` : 'Needlepoint';
  }, [title]);
}

// The page's one h1; focused after each navigation so a screen reader announces the page.
export function PageTitle({ children, title }) {
  usePageTitle(title || (typeof children === 'string' ? children : ''));
  return html`<h1 id="page-title" tabindex="-1">${children}</h1>`;
}

function FieldErrors({ id, messages }) {
  if (!messages || messages.length === 0) return null;
  return html`<div class="field-error" id=${id}>
    ${messages.map((message) => html`<p><span class="visually-hidden">Error: </span>${message}</p>`)}
  </div>`;
}

function describedBy(id, hint, messages) {
  const ids = [];
  if (hint) ids.push(`${id}-hint`);
  if (messages.length > 0) ids.push(`${id}-error`);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField({
  label,
  pointer,
  errors,
  hint,
  value,
  onValue,
  type = 'text',
  required = false,
  className = '',
  ...rest
}) {
  const id = fieldId(pointer);
  const messages = errorsAt(errors, pointer);
  return html`<div class=${`field ${messages.length ? 'field--invalid' : ''} ${className}`}>
    <label for=${id}>${label}${required ? html`<span class="required" aria-hidden="true"> *</span>` : ''}</label>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    <input
      id=${id}
      name=${pointer}
      type=${type}
      value=${value ?? ''}
      onInput=${(event) => onValue(event.currentTarget.value)}
      aria-invalid=${messages.length > 0 ? 'true' : undefined}
      aria-required=${required ? 'true' : undefined}
      aria-describedby=${describedBy(id, hint, messages)}
      ...${rest}
    />
    <${FieldErrors} id=${`${id}-error`} messages=${messages} />
  </div>`;
}

export function TextArea({ label, pointer, errors, hint, value, onValue, required = false, rows = 3, ...rest }) {
  const id = fieldId(pointer);
  const messages = errorsAt(errors, pointer);
  return html`<div class=${`field ${messages.length ? 'field--invalid' : ''}`}>
    <label for=${id}>${label}${required ? html`<span class="required" aria-hidden="true"> *</span>` : ''}</label>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    <textarea
      id=${id}
      name=${pointer}
      rows=${rows}
      value=${value ?? ''}
      onInput=${(event) => onValue(event.currentTarget.value)}
      aria-invalid=${messages.length > 0 ? 'true' : undefined}
      aria-describedby=${describedBy(id, hint, messages)}
      ...${rest}
    ></textarea>
    <${FieldErrors} id=${`${id}-error`} messages=${messages} />
  </div>`;
}

// `options` is [[value, label], …]; `placeholder` adds an empty first choice.
export function SelectField({
  label,
  pointer,
  errors,
  hint,
  value,
  onValue,
  options,
  placeholder,
  required = false,
  className = '',
  ...rest
}) {
  const id = fieldId(pointer);
  const messages = errorsAt(errors, pointer);
  return html`<div class=${`field ${messages.length ? 'field--invalid' : ''} ${className}`}>
    <label for=${id}>${label}${required ? html`<span class="required" aria-hidden="true"> *</span>` : ''}</label>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    <select
      id=${id}
      name=${pointer}
      value=${value ?? ''}
      onChange=${(event) => onValue(event.currentTarget.value)}
      aria-invalid=${messages.length > 0 ? 'true' : undefined}
      aria-required=${required ? 'true' : undefined}
      aria-describedby=${describedBy(id, hint, messages)}
      ...${rest}
    >
      ${placeholder !== undefined && html`<option value="">${placeholder}</option>`}
      ${options.map(([optionValue, optionLabel]) => html`<option value=${optionValue}>${optionLabel}</option>`)}
    </select>
    <${FieldErrors} id=${`${id}-error`} messages=${messages} />
  </div>`;
}

export function Checkbox({ id, label, checked, onChecked, name, hint }) {
  return html`<div class="check">
    <input
      type="checkbox"
      id=${id}
      name=${name}
      checked=${checked}
      onChange=${(event) => onChecked(event.currentTarget.checked)}
      aria-describedby=${hint ? `${id}-hint` : undefined}
    />
    <label for=${id}>${label}</label>
    ${hint && html`<span class="hint" id=${`${id}-hint`}>${hint}</span>`}
  </div>`;
}

// A set of checkboxes whose value is the list of ticked codes, in `options` order.
// Errors at `pointer` or below it (a list item's) are shown under the legend.
export function CheckboxGroup({ legend, pointer, errors, hint, options, values, onValues, columns = 2, compact }) {
  const id = fieldId(pointer);
  const messages = errorsAt(errors, pointer, true);
  const toggle = (code, on) => {
    const next = new Set(values);
    if (on) next.add(code);
    else next.delete(code);
    onValues(options.map(([value]) => value).filter((value) => next.has(value)));
  };
  return html`<fieldset
    class=${`checks checks--${columns} ${compact ? 'checks--compact' : ''} ${messages.length ? 'field--invalid' : ''}`}
    id=${id}
    tabindex="-1"
    aria-describedby=${describedBy(id, hint, messages)}
  >
    <legend>${legend}</legend>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    <${FieldErrors} id=${`${id}-error`} messages=${messages} />
    <div class="checks__items">
      ${options.map(
        ([value, label]) =>
          html`<${Checkbox}
            id=${`${id}-${value}`}
            name=${pointer}
            label=${label}
            checked=${values.includes(value)}
            onChecked=${(on) => toggle(value, on)}
          />`,
      )}
    </div>
  </fieldset>`;
}

// Words for the parts of a JSON pointer, so a problem reads "Procedure 1, date: is required".
const PATH_WORDS = {
  intake: '',
  answers: '',
  chart: '',
  patient: '',
  zones: 'Zone',
  concerns: 'Concern',
  active: 'Skin condition',
  medications: 'Medication',
  procedures: 'Procedure',
  allergies: 'Allergy',
  history: 'History item',
  areas: 'Areas',
  fitzpatrick: 'Skin type',
  birth_date: 'Date of birth',
  assessed_on: 'Assessed on',
  planned_date: 'First session',
  given_name: 'Given name',
  family_name: 'Family name',
  display_name: 'Name',
  depth_mm: 'depth',
  last_dose: 'last taken',
  last_use: 'last taken',
  code: '',
};

export function describePath(path) {
  const words = [];
  const parts = path.split('/').slice(1);
  parts.forEach((part, i) => {
    if (/^\d+$/.test(part)) {
      if (words.length) words[words.length - 1] += ` ${Number(part) + 1}`;
      return;
    }
    const word = part in PATH_WORDS ? PATH_WORDS[part] : part.replaceAll('_', ' ');
    if (!word) return;
    words.push(i === 0 || words.length === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  });
  return words.join(', ');
}

// Every problem of a refused form, each a link to its field; focused when it appears.
export function ErrorSummary({ errors, title = 'Please correct these fields' }) {
  if (!errors || errors.length === 0) return null;
  const go = (event, path) => {
    event.preventDefault();
    const element = elementForPath(path);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    }
  };
  return html`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${title}</h2>
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <a href=${`#${fieldId(error.path)}`} onClick=${(event) => go(event, error.path)}>
              ${describePath(error.path) ? `${describePath(error.path)}: ` : ''}${error.message}
            </a>
          </li>`,
      )}
    </ul>
  </div>`;
}

export function Loading({ label = 'Loading…' }) {
  return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${label}</p>`;
}

export function ErrorBox({ error, onRetry }) {
  const message = describeError(error);
  if (!message) return null;
  return html`<div class="alert alert--error" role="alert">
    <p>${message}</p>
    ${onRetry && html`<button type="button" class="button button--secondary" onClick=${onRetry}>Try again</button>`}
  </div>`;
}

export function Notice({ kind = 'info', children }) {
  return html`<div class=${`alert alert--${kind}`} role="status">${children}</div>`;
}

export function Empty({ children }) {
  return html`<p class="empty">${children}</p>`;
}

// A verdict, level or status as a coloured word (the word carries the meaning, not the colour).
export function Badge({ kind, children }) {
  return html`<span class=${`badge badge--${kind}`}>${children}</span>`;
}

export function SubmitButton({ busy, children, busyLabel = 'Saving…', className = '' }) {
  return html`<button type="submit" class=${`button ${className}`} disabled=${busy} aria-disabled=${busy ? 'true' : undefined}>
    ${busy ? busyLabel : children}
  </button>`;
}

// A civil date for people, machine-readable too.
export function Time({ date, style = 'short' }) {
  return html`<time datetime=${date}>${formatDate(date, style)}</time>`;
}

// An action that asks first, in the page (no browser dialog): the button opens a short
// question with its consequences, and only "confirmLabel" does it. `children` is the question.
export function ConfirmAction({ label, confirmLabel, busy, onConfirm, children, className = 'button--secondary', small = false, hiddenSuffix = '' }) {
  const [open, setOpen] = useState(false);
  const size = small ? ' button--small' : '';
  if (!open) {
    return html`<button type="button" class=${`button ${className}${size}`} disabled=${busy} onClick=${() => setOpen(true)}>
      ${label}${hiddenSuffix && html`<span class="visually-hidden"> ${hiddenSuffix}</span>`}
    </button>`;
  }
  return html`<div class="confirm" role="group" aria-label=${label}>
    <div class="confirm__question">${children}</div>
    <div class="form-actions">
      <button
        type="button"
        class=${`button button--danger${size}`}
        disabled=${busy}
        onClick=${async () => {
          await onConfirm();
          setOpen(false);
        }}
      >
        ${busy ? 'Working…' : confirmLabel}
      </button>
      <button type="button" class=${`button button--quiet${size}`} onClick=${() => setOpen(false)}>Keep as it is</button>
    </div>
  </div>`;
}

// Why the API refused an action, in sentences: each problem with the field it names (a 422's
// reasons), or the general description when it names none.
export function Refusal({ error, onRetry }) {
  if (!error) return null;
  if (!error.errors || error.errors.length === 0 || error.status >= 500) return html`<${ErrorBox} error=${error} onRetry=${onRetry} />`;
  return html`<div class="alert alert--error" role="alert">
    <p>${error.status === 409 ? 'Refused: it conflicts with another change.' : 'Refused.'}</p>
    <ul>
      ${error.errors.map((e) => html`<li>${describePath(e.path) ? `${describePath(e.path)}: ` : ''}${e.message}</li>`)}
    </ul>
  </div>`;
}
