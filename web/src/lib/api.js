// The one way the app talks to the server: JSON over fetch with the session cookie, the CSRF
// token on every mutation, and errors as ApiError (RFC 9457 problem details, whose
// errors[].path are JSON pointers into the request body). A 401 on any call tells the session
// (onUnauthenticated) so the app can ask for the login again without losing the page.

let csrfToken = '';
const unauthenticatedListeners = new Set();

export function setCsrfToken(token) {
  csrfToken = token || '';
}

// `listener()` runs when a request is refused for want of a (live) session.
export function onUnauthenticated(listener) {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export class ApiError extends Error {
  constructor(status, problem) {
    const detail = (problem && (problem.detail || problem.title)) || `HTTP ${status}`;
    super(detail);
    this.status = status;
    this.title = (problem && problem.title) || '';
    this.detail = detail;
    this.errors = (problem && Array.isArray(problem.errors) && problem.errors) || [];
    this.requestId = (problem && problem.request_id) || '';
  }
}

// Calls the API. `body` is sent as JSON unless `contentType` says otherwise (then as text).
// Resolves to the parsed JSON (null for 204); rejects with ApiError (status 0: no answer).
export async function api(method, path, body, { contentType = 'application/json', signal } = {}) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, {
      title: 'No connection',
      detail: 'The server could not be reached. Check the connection and try again.',
    });
  }
  if (response.status === 204 || response.status === 304) return null;
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    const isLogin = path === '/api/v1/session' && method === 'POST';
    if (response.status === 401 && !isLogin) unauthenticatedListeners.forEach((fn) => fn());
    throw error;
  }
  return data;
}

// A sentence for a person: what went wrong and, where it helps, the request id to quote.
export function describeError(error) {
  if (!error) return '';
  if (error.name === 'AbortError') return '';
  if (!(error instanceof ApiError)) return 'Something went wrong in the page. Reload and try again.';
  switch (error.status) {
    case 0:
      return error.detail;
    case 403:
      return 'Your role may not do this.';
    case 404:
      return 'Not found. It may not exist, or it is not yours to see.';
    case 409:
      return `${error.detail}. Someone else changed this first: reload to see their change.`;
    case 429:
      return `${error.detail}.`;
    case 503:
      return 'The service is busy or the database is unavailable. Try again in a moment.';
    default:
      if (error.status >= 500) {
        return `The server failed (${error.status})${error.requestId ? `; quote request ${error.requestId}` : ''}.`;
      }
      return error.errors.length > 0 ? 'Please correct the fields marked below.' : `${error.detail}.`;
  }
}
