import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { authenticate, AuthError, type KeyStore } from '../access/auth';
import { AGENCIES, isRegionalAgency, regionAbove, type Agency, type RegionalAgency } from '../access/policy';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { HttpError, parseJsonBody, readBody, sendJson } from './respond';

/**
 * The console (工作台, issue 12): GET /console, a page in Chinese for the
 * bureau, townships, schools and the other departments, served by the hub in
 * development and production alike. Like GraphiQL (src/http/graphiql.ts) it
 * loads nothing from elsewhere: its script (src/console/*.js with Apache
 * ECharts) and stylesheet are bundled from node_modules by esbuild on the first
 * request and served from memory under /console/assets/, under a strict
 * Content-Security-Policy (scripts and connections to the hub only, no inline
 * script, no eval).
 *
 * The page holds no data of its own: it calls /graphql (and /exports for
 * downloads) with the user's bearer token and X-Purpose, so everything it
 * shows is the caller's slice, row scope and purpose, and every read lands in
 * the access log as for any other client.
 *
 * Besides the page and its assets:
 * - /console/dev-token (development only; 404 when NODE_ENV=production):
 *   GET lists the agency kinds, the counties served, their townships and
 *   schools to pick from (reference data), POST {agency, countyCode?,
 *   townshipCode?, schoolCode?} mints a token with the hub's development key
 *   (as `npm run token` does); countyCode defaults to the home county.
 * - GET /console/early-warning.json (bearer token required): the measured
 *   precision, recall and lead time of the early-warning rules from the file
 *   `npm run report:early-warning` writes (bench-results/early-warning.json,
 *   or EARLY_WARNING_REPORT), `{ "measured": false }` when there is none.
 */

export const CONSOLE_PATH = '/console';
const ASSETS = `${CONSOLE_PATH}/assets/`;
const DEV_TOKEN = `${CONSOLE_PATH}/dev-token`;
const EARLY_WARNING = `${CONSOLE_PATH}/early-warning.json`;

/** Lifetime of a development token minted here (as printed by npm start). */
export const DEV_TOKEN_TTL_S = 8 * 3600;

export interface ConsoleDeps {
  config: Config;
  db: Database;
  keys: KeyStore;
}

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

/** Where the browser code lives (src/console/), also when this file runs from elsewhere. */
const SOURCE_DIR = path.resolve(__dirname, '../console');

/** The bundle, built once per process on first use (a few seconds), then kept in memory. */
export function consoleAssets(): Promise<Map<string, Asset>> {
  bundle ??= (async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: { console: path.join(SOURCE_DIR, 'main.js') },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      outdir: 'console-out',
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.css': 'css' },
      logLevel: 'silent',
    });
    const files = new Map<string, Asset>();
    for (const f of result.outputFiles) {
      const name = path.basename(f.path);
      if (name.endsWith('.js')) files.set(name, asset(f.contents, 'text/javascript; charset=utf-8'));
      else if (name.endsWith('.css')) files.set(name, asset(f.contents, 'text/css; charset=utf-8'));
    }
    return files;
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

/** The page's policy: script, style, connections from the hub itself only; images also data: and blob: (chart exports). */
export function consoleContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function isPagePath(p: string): boolean {
  return p === CONSOLE_PATH || p === `${CONSOLE_PATH}/` || p === `${CONSOLE_PATH}/index.html`;
}

function methodNotAllowed(res: http.ServerResponse, allow: string): true {
  res.statusCode = 405;
  res.setHeader('Allow', allow);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`use ${allow}`);
  return true;
}

/**
 * Answers the console's routes; false when the request is not for the console.
 * The caller routes here in every environment; the development-token endpoint
 * itself answers 404 in production.
 */
export async function serveConsole(req: http.IncomingMessage, res: http.ServerResponse, url: URL, deps: ConsoleDeps): Promise<boolean> {
  const p = url.pathname;
  if (p !== CONSOLE_PATH && !p.startsWith(`${CONSOLE_PATH}/`)) return false;
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  if (p === DEV_TOKEN) return devToken(req, res, deps);
  if (p === EARLY_WARNING) return earlyWarning(req, res, deps);
  const read = req.method === 'GET' || req.method === 'HEAD';
  if (isPagePath(p)) {
    if (!read) return methodNotAllowed(res, 'GET, HEAD');
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', consoleContentSecurityPolicy());
    res.setHeader('Cache-Control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : page(deps.config.NODE_ENV !== 'production'));
    return true;
  }
  if (!p.startsWith(ASSETS)) throw new HttpError(404, 'NOT_FOUND', 'no such route');
  if (!read) return methodNotAllowed(res, 'GET, HEAD');
  let files: Map<string, Asset>;
  try {
    files = await consoleAssets();
  } catch {
    res.statusCode = 503;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('the console could not be built (are esbuild and echarts installed?)');
    return true;
  }
  const file = files.get(p.slice(ASSETS.length));
  if (!file) throw new HttpError(404, 'NOT_FOUND', 'no such asset');
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

/** Chinese names of the agency kinds, for the development menu. */
const AGENCY_NAMES: Record<Agency, string> = {
  EDUCATION_BUREAU: '教育局',
  TOWNSHIP: '乡镇人民政府',
  SCHOOL: '学校',
  CIVIL_AFFAIRS: '民政局',
  HUMAN_RESOURCES_SOCIAL_SECURITY: '人社局',
  JUDICIARY: '司法局',
  WOMENS_FEDERATION: '妇联',
  DISABLED_PERSONS_FEDERATION: '残联',
  POVERTY_ALLEVIATION_OFFICE: '扶贫办',
  SUPERVISION: '督导室',
  CITY_EDUCATION_BUREAU: '市教育局',
  PROVINCE_EDUCATION_DEPARTMENT: '省教育厅',
};

const TOWNSHIP_CODE = /^[0-9]{12}$/;
const SCHOOL_CODE = /^[0-9]{10}$/;

/**
 * Development tokens for the console's agency menu. 404 in production, as if
 * the route did not exist. The POST wants JSON (a cross-site form cannot send
 * it without a preflight, which the hub never grants), and names only
 * townships and schools of the county.
 */
async function devToken(req: http.IncomingMessage, res: http.ServerResponse, deps: ConsoleDeps): Promise<true> {
  const { config, db, keys } = deps;
  if (config.NODE_ENV === 'production') throw new HttpError(404, 'NOT_FOUND', 'no such route');
  res.setHeader('Cache-Control', 'no-store');
  if (req.method === 'GET' || req.method === 'HEAD') {
    // Every county the hub serves (COUNTY_CODES, the home county first), with its townships and schools.
    const served = [...config.counties];
    const [counties, townships, schools] = await Promise.all([
      db.prisma.region.findMany({ where: { countyCode: { in: served }, level: 'COUNTY' }, select: { countyCode: true, name: true } }),
      db.prisma.region.findMany({ where: { countyCode: { in: served }, level: 'TOWNSHIP' }, orderBy: { code: 'asc' }, select: { code: true, name: true, countyCode: true } }),
      db.prisma.school.findMany({ where: { countyCode: { in: served } }, orderBy: { code: 'asc' }, select: { code: true, name: true, townshipCode: true, kind: true, countyCode: true } }),
    ]);
    const names = new Map(counties.map((c) => [c.countyCode, c.name]));
    sendJson(res, 200, {
      agencies: AGENCIES.map((kind) => ({ kind, name: AGENCY_NAMES[kind] })),
      counties: served.map((code) => ({ code, name: names.get(code) ?? code })),
      townships,
      schools,
      ttlSeconds: DEV_TOKEN_TTL_S,
    });
    return true;
  }
  if (req.method !== 'POST') return methodNotAllowed(res, 'GET, POST');
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send a JSON body (content-type: application/json)');
  }
  const body = parseJsonBody(await readBody(req, 4096), req.headers['content-type']) as Record<string, unknown> | null;
  const agency = body?.['agency'];
  if (typeof agency !== 'string' || !(AGENCIES as readonly string[]).includes(agency)) {
    throw new HttpError(400, 'BAD_USER_INPUT', `agency must be one of ${AGENCIES.join(', ')}`);
  }
  // A county the hub serves (default: the home county, COUNTY_CODE); the city and the province above it (issue 11).
  const county = body?.['countyCode'] ?? config.COUNTY_CODE;
  if (typeof county !== 'string' || !config.counties.includes(county)) {
    throw new HttpError(400, 'BAD_USER_INPUT', `countyCode must be a county this hub serves (${config.counties.join(', ')})`);
  }
  const claims: Record<string, unknown> = { sub: `console-dev-${agency.toLowerCase()}`, agency_kind: agency };
  if (isRegionalAgency(agency as Agency)) {
    claims['region_code'] = regionAbove(agency as RegionalAgency, county);
  } else claims['county_code'] = county;
  if (agency === 'TOWNSHIP') {
    const code = body?.['townshipCode'];
    const known = typeof code === 'string' && TOWNSHIP_CODE.test(code) ? await db.prisma.region.findFirst({ where: { code, level: 'TOWNSHIP', countyCode: county } }) : null;
    if (!known) throw new HttpError(400, 'BAD_USER_INPUT', 'a TOWNSHIP token needs townshipCode: a township of the county (12 digits)');
    claims['township_code'] = known.code;
  }
  if (agency === 'SCHOOL') {
    const code = body?.['schoolCode'];
    const known = typeof code === 'string' && SCHOOL_CODE.test(code) ? await db.prisma.school.findFirst({ where: { code, countyCode: county } }) : null;
    if (!known) throw new HttpError(400, 'BAD_USER_INPUT', 'a SCHOOL token needs schoolCode: a school of the county (10 digits)');
    claims['school_code'] = known.code;
  }
  if (!keys.sign) throw new HttpError(503, 'UNAVAILABLE', 'the hub holds no signing key (set JWKS_FILE to a key set with a private key)');
  const token = await keys.sign(claims, DEV_TOKEN_TTL_S);
  sendJson(res, 200, { token, expiresIn: DEV_TOKEN_TTL_S });
  return true;
}

/** The report's file: config EARLY_WARNING_REPORT (default bench-results/early-warning.json, where npm run report:early-warning writes it), from the working directory. */
export function earlyWarningFile(config: Pick<Config, 'EARLY_WARNING_REPORT'>): string {
  return path.resolve(config.EARLY_WARNING_REPORT);
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);
const pick = (v: unknown, keys: readonly string[]): Json | null => {
  const o = obj(v);
  return o ? Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]])) : null;
};
const OUTCOME_KEYS = ['pupilYears', 'dropouts', 'flagged', 'truePositives', 'falsePositives', 'precision', 'recall', 'leadTime', 'perRule'] as const;

/**
 * The measured quality of the early-warning rules (no person data: counts and
 * ratios over a generated county), for a caller with a valid token. Only the
 * figures the console shows are passed on.
 */
async function earlyWarning(req: http.IncomingMessage, res: http.ServerResponse, deps: ConsoleDeps): Promise<true> {
  if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
  try {
    await authenticate(req.headers.authorization, deps.keys, deps.config);
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    res.setHeader('WWW-Authenticate', req.headers.authorization ? 'Bearer realm="kongchuo-hub", error="invalid_token"' : 'Bearer realm="kongchuo-hub"');
    throw new HttpError(401, 'UNAUTHENTICATED', e.message);
  }
  res.setHeader('Cache-Control', 'no-store');
  const file = earlyWarningFile(deps.config);
  if (!existsSync(file)) {
    sendJson(res, 200, { measured: false });
    return true;
  }
  let report: Json | null;
  try {
    report = obj(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    report = null;
  }
  const evaluation = obj(report?.['evaluation']);
  if (!report || !evaluation) {
    sendJson(res, 200, { measured: false, unreadable: true });
    return true;
  }
  const inForce = obj(report['rulesInForce']);
  sendJson(res, 200, {
    measured: true,
    generatedAt: report['generatedAt'] ?? null,
    today: report['today'] ?? null,
    period: report['period'] ?? null,
    goal: report['goal'] ?? null,
    definitions: report['definitions'] ?? null,
    evaluation: { county: evaluation['county'] ?? null, rules: evaluation['rules'] ?? null, ...pick(evaluation, OUTCOME_KEYS) },
    rulesInForce: inForce ? { rules: inForce['rules'] ?? null, sameAsTuned: inForce['sameAsTuned'] ?? null, onB: pick(inForce['onB'], OUTCOME_KEYS) } : null,
  });
  return true;
}

function page(development: boolean): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>控辍保学工作台</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS}console.css">
<script defer src="${ASSETS}console.js"></script>
</head>
<body data-mode="${development ? 'development' : 'production'}" data-graphql="/graphql" data-exports="/exports">
<noscript>控辍保学工作台需要启用 JavaScript。</noscript>
<div id="app" class="app"><p class="loading">正在加载工作台…</p></div>
</body>
</html>
`;
}
