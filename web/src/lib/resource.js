// Loading data for a page: the request, its loading and error states, and a reload.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import { api } from './api.js';

// GETs `path` (skipped while null) and re-fetches when it changes:
// { data, error, loading, reload, setData }.
export function useResource(path) {
  const [result, setResult] = useState({ data: null, error: null, loading: path !== null });
  const [generation, setGeneration] = useState(0);
  const mounted = useRef(true);
  useEffect(() => () => (mounted.current = false), []);
  useEffect(() => {
    if (path === null) {
      setResult({ data: null, error: null, loading: false });
      return undefined;
    }
    const controller = new AbortController();
    setResult((previous) => ({ data: previous.data, error: null, loading: true }));
    api('GET', path, undefined, { signal: controller.signal }).then(
      (data) => mounted.current && setResult({ data, error: null, loading: false }),
      (error) => {
        if (error.name !== 'AbortError' && mounted.current) setResult({ data: null, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [path, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const setData = useCallback((data) => setResult({ data, error: null, loading: false }), []);
  return { ...result, reload, setData };
}

// Marks the page as ready for a person (its data shown): the browser suite reads the mark
// to time each page from navigation start (docs/PERFORMANCE.md).
export function useReadyMark(ready, name) {
  useEffect(() => {
    if (!ready) return;
    performance.mark(`np-ready:${name}`);
    document.body.dataset.ready = name;
  }, [ready, name]);
}
