// The frame of every staff page: a skip link, the header with the clinic, the navigation the
// role may use (with the count of open urgent concerns for clinical roles), the user and the
// logout; and the frame of the portal, which is simpler.
import { useEffect, useRef, useState } from 'preact/hooks';

import { api } from '../lib/api.js';
import { roleLabel } from '../lib/codes.js';
import { html } from '../lib/html.js';
import { navigate, usePath } from '../lib/router.js';
import { logOut } from '../lib/session.js';

// The staff navigation: what each role may open (the API enforces the same).
export function staffLinks(role) {
  const links = [
    { href: '/staff', label: 'Home', exact: true },
    { href: '/staff/today', label: 'Today' },
    { href: '/staff/patients', label: 'Patients' },
    { href: '/staff/calendar', label: 'Calendar' },
    { href: '/staff/hours', label: 'Hours' },
    { href: '/staff/requests', label: 'Requests' },
  ];
  if (role === 'owner' || role === 'provider') {
    links.push({ href: '/staff/concerns', label: 'Concerns', badge: 'urgent' });
    links.push({ href: '/staff/lots', label: 'Lots' });
    links.push({ href: '/staff/protocol', label: 'Protocol' });
  }
  if (role === 'owner') {
    links.push({ href: '/staff/team', label: 'Team' });
    links.push({ href: '/staff/mail', label: 'Mail' });
    links.push({ href: '/staff/consents', label: 'Consents' });
    links.push({ href: '/staff/audit', label: 'Audit log' });
  }
  return links;
}

function SkipLink() {
  return html`<a class="skip-link" href="#main" onClick=${(event) => {
    event.preventDefault();
    const main = document.getElementById('main');
    if (main) main.focus();
  }}>Skip to content</a>`;
}

async function doLogOut(target) {
  await logOut();
  navigate(target, { replace: true });
}

// How many open concerns are urgent (clinical roles only): read when the shell appears, again
// on a navigation at most once a minute, and on every visit to the concerns pages or change to
// a report there (the 'np-concerns-changed' event).
const URGENT_EVERY_MS = 60000;
function useUrgentCount(enabled, path) {
  const [count, setCount] = useState(0);
  const [changes, setChanges] = useState(0);
  const last = useRef(0);
  useEffect(() => {
    const changed = () => setChanges((n) => n + 1);
    window.addEventListener('np-concerns-changed', changed);
    return () => window.removeEventListener('np-concerns-changed', changed);
  }, []);
  useEffect(() => {
    if (!enabled) return undefined;
    const fresh = path.startsWith('/staff/concerns');
    if (!fresh && last.current && Date.now() - last.current < URGENT_EVERY_MS) return undefined;
    last.current = Date.now();
    let live = true;
    api('GET', '/api/v1/adverse-reports?open=true').then(
      (data) => live && setCount(data.items.filter((r) => r.urgency === 'urgent' && !r.acknowledged_at).length),
      () => {}, // the count is a hint; the inbox itself says what went wrong
    );
    return () => {
      live = false;
    };
  }, [enabled, path, changes]);
  return count;
}

export function StaffShell({ session, children }) {
  const path = usePath();
  const role = session.role;
  const urgent = useUrgentCount(role === 'owner' || role === 'provider', path);
  const current = (link) => (link.exact ? path === link.href : path === link.href || path.startsWith(`${link.href}/`));
  return html`<${SkipLink} />
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" href="/staff"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            ${staffLinks(role).map(
              (link) =>
                html`<li>
                  <a href=${link.href} aria-current=${current(link) ? 'page' : undefined}>
                    ${link.label}${link.badge === 'urgent' && urgent > 0 && html` <span class="nav-count" data-urgent=${urgent}>${urgent}<span class="visually-hidden"> urgent</span></span>`}
                  </a>
                </li>`,
            )}
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${session.user.display_name}</span>
          <span class="userbox__role">${roleLabel(role)}</span>
          <button type="button" class="button button--quiet" onClick=${() => doLogOut('/login')}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page" tabindex="-1">${children}</main>`;
}

export function PortalShell({ session, children }) {
  const path = usePath();
  const photos = path.startsWith('/portal/photos');
  return html`<${SkipLink} />
    <header class="topbar topbar--portal">
      <div class="topbar__inner">
        <a class="brand" href="/portal"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            <li><a href="/portal" aria-current=${photos ? undefined : 'page'}>My plan</a></li>
            <li><a href="/portal/photos" aria-current=${photos ? 'page' : undefined}>My photos</a></li>
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${session.user.display_name}</span>
          <button type="button" class="button button--quiet" onClick=${() => doLogOut('/portal/login')}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page page--portal" tabindex="-1">${children}</main>`;
}

// The frame of pages shown before a login.
export function PlainShell({ children }) {
  return html`<main id="main" class="page page--plain" tabindex="-1">${children}</main>`;
}
