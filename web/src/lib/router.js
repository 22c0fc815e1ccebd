// A small router over the History API: paths name pages (/staff/patients/12), links are
// ordinary <a href> that navigate without a reload, and the browser's back button works.
// Search text and names never go into a URL (they would reach logs): only ids do.
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set();

function notify() {
  listeners.forEach((listener) => listener(location.pathname));
}

export function navigate(to, { replace = false } = {}) {
  if (to !== location.pathname + location.search) {
    history[replace ? 'replaceState' : 'pushState'](null, '', to);
  }
  notify();
}

// The current path; re-renders the caller when it changes.
export function usePath() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    listeners.add(setPath);
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => {
      listeners.delete(setPath);
      removeEventListener('popstate', onPop);
    };
  }, []);
  return path;
}

// Same-origin link clicks navigate in the page; modified clicks and downloads are left alone.
export function installLinkHandler() {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest && event.target.closest('a[href]');
    if (!link || link.target || link.hasAttribute('download')) return;
    const target = new URL(link.href);
    if (target.origin !== location.origin || target.pathname.startsWith('/api/')) return;
    if (target.pathname === location.pathname && target.hash) return; // in-page anchor
    event.preventDefault();
    navigate(target.pathname + target.search);
  });
}

// Matches `path` against `pattern` ("/staff/patients/:id"); the parameters, or null.
export function matchPath(pattern, path) {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return null;
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!/^[1-9][0-9]{0,17}$/.test(got[i])) return null;
      params[want[i].slice(1)] = Number(got[i]);
    } else if (want[i] !== got[i]) {
      return null;
    }
  }
  return params;
}
