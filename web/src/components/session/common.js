// What the session-day steps share: a write to the API with its busy and refused states, a
// yes/no question answered explicitly (no default), and the problems of a refusal placed at
// the fields they name.
import { useCallback, useState } from 'preact/hooks';

import { errorsAt, fieldId } from '../ui.js';
import { html } from '../../lib/html.js';

// { busy, problem, run(fn), clear() }: `run` awaits fn() and keeps what refused it.
export function useWrite() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const run = useCallback(async (fn) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await fn();
      setBusy(false);
      return result;
    } catch (error) {
      setProblem(error);
      setBusy(false);
      return undefined;
    }
  }, []);
  return { busy, problem, setProblem, run, clear: () => setProblem(null) };
}

// The field problems of a refusal (400, 409 and 422 answers name fields too).
export function fieldErrors(problem) {
  if (!problem || problem.status === 0 || problem.status >= 500) return [];
  return problem.errors || [];
}

// A question answered Yes or No; `value` is true, false or null (not answered yet).
export function YesNo({ legend, pointer, errors, value, onValue, hint, children }) {
  const id = fieldId(pointer);
  const messages = errorsAt(errors, pointer);
  const name = `${id}-answer`;
  return html`<fieldset
    class=${`yes-no ${messages.length ? 'field--invalid' : ''}`}
    id=${id}
    tabindex="-1"
    data-question=${pointer}
    aria-describedby=${[hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
  >
    <legend>${legend}</legend>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    <div class="yes-no__choices">
      <label class="yes-no__choice">
        <input type="radio" name=${name} value="yes" checked=${value === true} onChange=${() => onValue(true)} />
        Yes
      </label>
      <label class="yes-no__choice">
        <input type="radio" name=${name} value="no" checked=${value === false} onChange=${() => onValue(false)} />
        No
      </label>
    </div>
    ${messages.length > 0 &&
    html`<div class="field-error" id=${`${id}-error`}>
      ${messages.map((message) => html`<p><span class="visually-hidden">Error: </span>${message}</p>`)}
    </div>`}
    ${children}
  </fieldset>`;
}
