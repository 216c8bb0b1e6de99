// GraphiQL in the browser (development only). Bundled by src/http/graphiql.ts
// with esbuild into one script and one stylesheet served by the hub itself:
// no CDN, no inline script. CommonJS so that ESLint reads it like the other
// plain .js files; esbuild bundles the ES modules it requires.
//
// The bearer token and X-Purpose live in sessionStorage only (gone when the
// tab closes) and are sent as headers; GraphiQL's own state (tabs, history:
// queries may hold ID numbers) is kept in sessionStorage too, never in
// localStorage, and headers typed into GraphiQL are never persisted.
require('graphiql/style.css');
const React = require('react');
const { createRoot } = require('react-dom/client');
const { GraphiQL } = require('graphiql');

const TOKEN_KEY = 'hub.token';
const PURPOSE_KEY = 'hub.purpose';
const endpoint = document.body.dataset.endpoint || '/graphql';
// The one <style> a dialog's scroll lock inserts (react-style-singleton) carries
// this response's CSP nonce; it reads it from the webpack-style global.
window.__webpack_nonce__ = document.body.dataset.styleNonce;

const tokenInput = document.getElementById('hub-token');
const purposeInput = document.getElementById('hub-purpose');
const status = document.getElementById('hub-status');

function show() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const purpose = sessionStorage.getItem(PURPOSE_KEY);
  status.textContent = `${token ? 'token set' : 'no token'}${purpose ? `, purpose ${purpose}` : ', no purpose'}`;
  purposeInput.value = purpose || '';
}

document.getElementById('hub-auth').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = tokenInput.value.trim().replace(/^Bearer\s+/i, '');
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  tokenInput.value = '';
  const purpose = purposeInput.value.trim();
  if (purpose) sessionStorage.setItem(PURPOSE_KEY, purpose);
  else sessionStorage.removeItem(PURPOSE_KEY);
  // Reload so that GraphiQL fetches the schema (the caller's slice) with the new token.
  location.reload();
});

document.getElementById('hub-forget').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(PURPOSE_KEY);
  location.reload();
});

async function fetcher(params, opts) {
  const headers = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...((opts && opts.headers) || {}),
  };
  const token = sessionStorage.getItem(TOKEN_KEY);
  const purpose = sessionStorage.getItem(PURPOSE_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  if (purpose) headers['x-purpose'] = purpose;
  const res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit', cache: 'no-store' });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 200)}` }] };
  }
}

show();
createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    storage: window.sessionStorage,
    shouldPersistHeaders: false,
    showPersistHeadersSettings: false,
    defaultEditorToolsVisibility: true,
  }),
);
