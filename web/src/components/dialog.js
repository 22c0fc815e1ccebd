// A modal dialog: the browser's own <dialog> opened with showModal(), so focus stays inside it,
// Escape closes it and the page behind is inert. Named by its heading; `onClose` runs however
// it is closed (the close button, Escape).
import { useEffect, useRef } from 'preact/hooks';

import { html } from '../lib/html.js';

let counter = 0;

export function Dialog({ title, onClose, children, wide = false }) {
  const ref = useRef(null);
  const id = useRef(`dialog-${++counter}`);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    const cancel = (event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
    };
  }, []);
  return html`<dialog ref=${ref} class=${`dialog ${wide ? 'dialog--wide' : ''}`} aria-labelledby=${`${id.current}-title`}>
    <div class="dialog__head">
      <h2 id=${`${id.current}-title`}>${title}</h2>
      <button type="button" class="button button--quiet button--small" onClick=${onClose}>Close<span class="visually-hidden"> ${title}</span></button>
    </div>
    <div class="dialog__body">${children}</div>
  </dialog>`;
}
