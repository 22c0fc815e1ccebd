// Who is logged in. The session lives in an HttpOnly cookie the page cannot read; the page
// keeps only what GET /api/v1/session says (user, role, CSRF token) in memory. When any
// request answers 401 the session is marked expired: the app then shows the login in place,
// on the same URL, and the open form's draft (drafts.js) is still there after it.
import { useEffect, useState } from 'preact/hooks';

import { api, onUnauthenticated, setCsrfToken } from './api.js';
import { clearAllDrafts, setDraftOwner } from './drafts.js';

let state = { status: 'loading', session: null, expired: false, error: null };
const subscribers = new Set();

function update(patch) {
  state = { ...state, ...patch };
  subscribers.forEach((fn) => fn(state));
}

export function useSession() {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    subscribers.add(setCurrent);
    setCurrent(state);
    return () => subscribers.delete(setCurrent);
  }, []);
  return current;
}

function accept(session) {
  setCsrfToken(session.csrf_token);
  setDraftOwner(session);
  update({ status: 'ready', session, expired: false, error: null });
}

export async function loadSession() {
  try {
    accept(await api('GET', '/api/v1/session'));
  } catch (error) {
    if (error.status === 401) update({ status: 'anonymous', session: null });
    else update({ status: 'error', error });
  }
}

export async function logIn(clinic, email, password) {
  const session = await api('POST', '/api/v1/session', { clinic, email, password });
  accept(session);
  return session;
}

export async function logOut() {
  try {
    await api('DELETE', '/api/v1/session');
  } catch {
    // the session may already be gone; the page forgets it either way
  }
  clearAllDrafts();
  setCsrfToken('');
  setDraftOwner(null);
  update({ status: 'anonymous', session: null, expired: false });
}

onUnauthenticated(() => {
  if (state.status === 'ready') update({ status: 'anonymous', session: null, expired: true });
});

export const isStaff = (role) => role === 'owner' || role === 'provider' || role === 'front_desk';
export const isClinical = (role) => role === 'owner' || role === 'provider';
