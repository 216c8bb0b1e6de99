// The console's only ways out: the hub's own /graphql and /exports (with the
// user's bearer token and X-Purpose), and in development /console/dev-token.
// The token and purpose are kept in sessionStorage only: gone when the tab
// closes, never in localStorage or a cookie.

const TOKEN_KEY = 'console.token';
const PURPOSE_KEY = 'console.purpose';

// The hub's endpoints, from the page (read when used: this module also loads in the tests' Node).
const endpoint = (name, fallback) => (typeof document !== 'undefined' && document.body.dataset[name]) || fallback;

class ConsoleError extends Error {
  /** kind: UNAUTHENTICATED | PURPOSE_REQUIRED | FORBIDDEN | NOT_FOUND | BAD_REQUEST | NETWORK | SERVER */
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  purpose: () => sessionStorage.getItem(PURPOSE_KEY),
  setToken(t) {
    sessionStorage.setItem(TOKEN_KEY, t);
  },
  setPurpose(p) {
    if (p) sessionStorage.setItem(PURPOSE_KEY, p);
    else sessionStorage.removeItem(PURPOSE_KEY);
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(PURPOSE_KEY);
  },
};

function headers(extra) {
  const h = Object.assign({}, extra || {});
  const token = session.token();
  const purpose = session.purpose();
  if (token) h.authorization = `Bearer ${token}`;
  if (purpose) h['x-purpose'] = purpose;
  return h;
}

const KIND_OF_CODE = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  PURPOSE_REQUIRED: 'PURPOSE_REQUIRED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_REQUEST',
  GRAPHQL_VALIDATION_FAILED: 'BAD_REQUEST',
};

function errorFrom(status, errors) {
  const first = (errors && errors[0]) || {};
  const code = first.extensions && first.extensions.code;
  const kind = KIND_OF_CODE[code] || (status === 401 ? 'UNAUTHENTICATED' : status >= 500 ? 'SERVER' : 'BAD_REQUEST');
  return new ConsoleError(kind, first.message || `HTTP ${status}`, status);
}

/** One GraphQL request; resolves with `data` or throws a ConsoleError. */
async function gql(query, variables) {
  let res;
  try {
    res = await fetch(endpoint('graphql', '/graphql'), {
      method: 'POST',
      headers: headers({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' }),
      body: JSON.stringify({ query, variables: variables || {} }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ConsoleError('NETWORK', String(e && e.message), 0);
  }
  let json = null;
  try {
    json = await res.json();
  } catch {
    throw new ConsoleError(res.status >= 500 ? 'SERVER' : 'BAD_REQUEST', `HTTP ${res.status}`, res.status);
  }
  if (json.errors && json.errors.length > 0) throw errorFrom(res.status, json.errors);
  if (!res.ok || !json.data) throw errorFrom(res.status, json.errors);
  return json.data;
}

/** GET /exports/<ledger>.xlsx with the same token and purpose; saves the file. */
async function downloadExport(ledger, params, fileName) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = `${endpoint('exports', '/exports')}/${ledger}.xlsx${qs.toString() ? `?${qs}` : ''}`;
  let res;
  try {
    res = await fetch(url, { headers: headers({}), credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new ConsoleError('NETWORK', String(e && e.message), 0);
  }
  if (!res.ok) {
    let errors = null;
    try {
      errors = (await res.json()).errors;
    } catch {
      /* not JSON */
    }
    throw errorFrom(res.status, errors);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
  return { bytes: blob.size, type: blob.type };
}

async function getJson(url, init) {
  let res;
  try {
    res = await fetch(url, Object.assign({ credentials: 'omit', cache: 'no-store' }, init || {}));
  } catch (e) {
    throw new ConsoleError('NETWORK', String(e && e.message), 0);
  }
  let json = null;
  try {
    json = await res.json();
  } catch {
    /* not JSON */
  }
  if (!res.ok) throw errorFrom(res.status, json && json.errors);
  return json;
}

/** Development only: the menu of agencies, townships and schools. */
const devOptions = () => getJson('/console/dev-token');

/** Development only: a token for the chosen agency (and township or school). */
const mintDevToken = (choice) =>
  getJson('/console/dev-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(choice) });

/** The measured quality of the early-warning rules, or { measured: false }. */
const earlyWarning = () => getJson('/console/early-warning.json', { headers: headers({}) });

module.exports = { ConsoleError, session, gql, downloadExport, devOptions, mintDevToken, earlyWarning };
