// Drafts of open forms in sessionStorage (this tab only, gone when it closes), so that a
// session that expires mid-form comes back, after the login, with what was typed. Drafts are
// kept per clinic and user, so a different person logging in on the same tab never sees them,
// and a logout clears them all.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const PREFIX = 'np-draft:';
let owner = '';

export function setDraftOwner(session) {
  owner = session ? `${session.clinic_id}:${session.user.id}` : '';
}

export function clearAllDrafts() {
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const key = sessionStorage.key(i);
      if (key && key.startsWith(PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // storage unavailable: nothing was kept
  }
}

function read(key) {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Like useState, but the value survives an expired session: [value, setValue, clear, restored].
// `restored` is true when the value came back from an earlier visit.
export function useDraft(name, initial) {
  const key = `${PREFIX}${owner}:${name}`;
  const saved = useRef(read(key));
  const [value, setValue] = useState(() =>
    saved.current !== undefined ? saved.current : typeof initial === 'function' ? initial() : initial,
  );
  const touched = useRef(false);
  useEffect(() => {
    if (!touched.current) return;
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or unavailable: the form still works, without the safety net
    }
  }, [key, value]);
  const update = useCallback((next) => {
    touched.current = true;
    setValue(next);
  }, []);
  const clear = useCallback(() => {
    touched.current = false;
    try {
      sessionStorage.removeItem(key);
    } catch {
      // nothing to clear
    }
  }, [key]);
  return [value, update, clear, saved.current !== undefined];
}
