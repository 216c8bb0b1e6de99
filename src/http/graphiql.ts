import { createHash, randomBytes } from 'node:crypto';
import type http from 'node:http';
import path from 'node:path';
import { PURPOSE_CODES } from '../access/policy';

/**
 * GraphiQL for development (issue 6 item 5): GET /graphiql, or GET /graphql
 * from a browser (Accept: text/html). Government networks are often offline,
 * so the page loads nothing from elsewhere: its script and stylesheet are
 * bundled from node_modules (graphiql, react) by esbuild on the first request
 * and served from memory under /graphiql/assets/. A strict Content-Security-
 * Policy allows scripts from the hub only (no inline script) and connections
 * to the hub only. Never served in production (the caller does not route here).
 */

export const GRAPHIQL_PATH = '/graphiql';
const ASSETS = `${GRAPHIQL_PATH}/assets/`;

interface Asset {
  body: Buffer;
  contentType: string;
  etag: string;
}

let bundle: Promise<Map<string, Asset>> | undefined;

function asset(body: string | Uint8Array, contentType: string): Asset {
  const buf = Buffer.from(body);
  return { body: buf, contentType, etag: `"${createHash('sha256').update(buf).digest('base64url').slice(0, 27)}"` };
}

/** The bundle, built once per process on first use (a few seconds), then kept in memory. */
function assets(): Promise<Map<string, Asset>> {
  bundle ??= (async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: { graphiql: path.join(__dirname, 'graphiql-client.js') },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      outdir: 'graphiql-out',
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
      logLevel: 'silent',
    });
    const files = new Map<string, Asset>();
    for (const f of result.outputFiles) {
      const name = path.basename(f.path);
      if (name.endsWith('.js')) files.set(name, asset(f.contents, 'text/javascript; charset=utf-8'));
      else if (name.endsWith('.css')) files.set(name, asset(f.contents, 'text/css; charset=utf-8'));
    }
    files.set('page.css', asset(PAGE_CSS, 'text/css; charset=utf-8'));
    return files;
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

/** The page's policy: everything from the hub itself; styles may also carry this response's nonce (a dialog's scroll lock inserts one <style>). */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** True when a GET to /graphql comes from a browser navigating to it (it asks for HTML, not a GraphQL response). */
function wantsPage(req: http.IncomingMessage, url: URL): boolean {
  if (url.pathname !== '/graphql' || url.search !== '') return false;
  const accept = (req.headers.accept ?? '').toLowerCase();
  return accept.includes('text/html') && !accept.includes('application/json') && !accept.includes('application/graphql-response+json');
}

/**
 * Answers GraphiQL's routes; false when the request is not for GraphiQL. The
 * caller routes here only outside production.
 */
export async function serveGraphiQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
  const isPage = url.pathname === GRAPHIQL_PATH || url.pathname === `${GRAPHIQL_PATH}/` || (req.method === 'GET' && wantsPage(req, url));
  const isAsset = url.pathname.startsWith(ASSETS);
  if (!isPage && !isAsset) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, HEAD');
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('use GET');
    return true;
  }
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  if (isPage) {
    const nonce = randomBytes(16).toString('base64');
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    res.setHeader('Cache-Control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : page(nonce));
    return true;
  }
  const name = url.pathname.slice(ASSETS.length);
  let files: Map<string, Asset>;
  try {
    files = await assets();
  } catch {
    res.statusCode = 503;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('GraphiQL could not be built (are the development dependencies installed?)');
    return true;
  }
  const file = files.get(name);
  if (!file) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('no such asset');
    return true;
  }
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', file.etag);
  if (req.headers['if-none-match'] === file.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = 200;
  res.setHeader('Content-Length', file.body.length);
  res.end(req.method === 'HEAD' ? undefined : file.body);
  return true;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(styleNonce: string): string {
  const purposes = PURPOSE_CODES.map((p) => `<option value="${escapeHtml(p)}"></option>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>控辍保学 data hub · GraphiQL (development)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS}graphiql.css">
<link rel="stylesheet" href="${ASSETS}page.css">
<script defer src="${ASSETS}graphiql.js"></script>
</head>
<body data-endpoint="/graphql" data-style-nonce="${escapeHtml(styleNonce)}">
<form id="hub-auth" class="hub-auth" autocomplete="off">
<label>Bearer token <input id="hub-token" type="password" autocomplete="off" spellcheck="false" placeholder="paste a token (npm run -s token -- AGENCY)"></label>
<label>X-Purpose <input id="hub-purpose" list="hub-purposes" autocomplete="off" spellcheck="false" placeholder="e.g. DROPOUT_CASEWORK"></label>
<datalist id="hub-purposes">${purposes}</datalist>
<button type="submit">Use</button>
<button type="button" id="hub-forget">Forget</button>
<span id="hub-status" class="hub-status"></span>
<span class="hub-note">Kept in this tab only (sessionStorage). Development only.</span>
</form>
<div id="graphiql" class="hub-graphiql">Loading GraphiQL…</div>
</body>
</html>
`;
}

const PAGE_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.hub-auth { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.5rem 1rem; border-bottom: 1px solid #ddd; font-size: 14px; }
.hub-auth input { font: inherit; padding: 0.2rem 0.4rem; min-width: 16rem; }
.hub-status { color: #555; }
.hub-note { color: #888; font-size: 12px; margin-left: auto; }
.hub-graphiql { flex: 1; min-height: 0; }
`;
