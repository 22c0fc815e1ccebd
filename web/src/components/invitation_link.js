// A one-time set-password link, as the API answers it once ({url: "/invite#<token>",
// expires_at}): shown in full with a copy button and the plain warning that it cannot be shown
// again. The token is in the fragment, which browsers never send to a server.
import { useRef, useState } from 'preact/hooks';

import { formatTime } from '../lib/format.js';
import { html } from '../lib/html.js';

export function absoluteLink(invitation) {
  return new URL(invitation.url, location.origin).href;
}

async function copyText(input) {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    // No clipboard permission (or an older browser): select the text for Ctrl+C.
    input.focus();
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

// `invitation`: {url, expires_at}; `person`: who it is for, in words; `again`: how to get a
// new link if this one is lost ("Reset password" …).
export function InvitationLink({ invitation, person, again, id = 'invitation-link' }) {
  const input = useRef(null);
  const [copied, setCopied] = useState(null);
  const link = absoluteLink(invitation);
  const copy = async () => setCopied(await copyText(input.current));
  return html`<div class="invitation" data-invitation-url=${invitation.url}>
    <p class="invitation__title"><strong>Set-password link for ${person}</strong></p>
    <p class="invitation__once">
      <strong>Shown only now.</strong> Copy it and give it to ${person} yourself (in person, or by a
      channel only they read). It works once, until ${formatTime(invitation.expires_at)}.
    </p>
    <label class="visually-hidden" for=${id}>Set-password link for ${person}</label>
    <div class="invitation__row">
      <input id=${id} class="invitation__url code" type="text" readonly value=${link} ref=${input} onFocus=${(event) => event.currentTarget.select()} />
      <button type="button" class="button" onClick=${copy}>Copy link</button>
    </div>
    <p class="invitation__status" role="status">
      ${copied === true ? 'Copied to the clipboard.' : copied === false ? 'Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).' : ''}
    </p>
    ${again && html`<p class="muted small">Lost it, or did it expire? ${again}</p>`}
  </div>`;
}
