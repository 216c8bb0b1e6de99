import type { GraphQLFormattedError } from 'graphql';
import type http from 'node:http';
import type { Purpose } from '../access/policy';
import type { SliceRegistry } from '../access/slice-registry';
import type { Viewer } from '../access/viewer';
import type { AuditBuffer, Context } from '../context';
import { DATABASE_RETRY_AFTER_S, DATABASE_UNAVAILABLE, loggableError } from '../errors';
import type { Logger } from '../logger';
import { csvWriter, formatCell, xlsxWriter, type Cell, type SheetWriter } from './format';
import { FORMATS, LEDGERS, ledgerNamed, type Format } from './ledgers';
import { columnsIn, columnValues, ExportError, planExport, rowsOf, type ExportPlan } from './plan';

/**
 * GET /exports/<ledger>.<csv|xlsx>: a county ledger (台账) as a spreadsheet
 * (issue 6). ONE path for the data: each page of the ledger is a GraphQL
 * operation run by the caller's own Apollo instance with a context built
 * exactly as for /graphql, so the schema slice, the row scope (the
 * ScopedRepository), masking, the shield, the purpose check and the access
 * log all apply unchanged. Each page appends its own access record (named
 * `export:<ledger>`, the request id shared by all pages) before its rows are
 * written: no record, no data. Errors before the first byte answer JSON with
 * a status; an error later cuts the download off rather than leave a file
 * that looks complete.
 *
 * GET /exports lists the ledgers, columns and parameters of the caller's slice.
 */
export interface ExportDeps {
  slices: SliceRegistry;
  /** Token → Viewer; throws the server's 401. */
  authenticate(req: http.IncomingMessage, res: http.ServerResponse): Promise<Viewer>;
  /** X-Purpose → purpose; throws the server's 400 for a code the agency may not state. */
  purposeOf(req: http.IncomingMessage, viewer: Viewer): Purpose | null;
  /** A request context exactly as /graphql builds it, around the given audit buffer. */
  context(p: { viewer: Viewer; purpose: Purpose | null; requestId: string; audit: AuditBuffer }): Context;
  maxCost: number;
  /** Per page, as a /graphql request. */
  timeoutMs: number;
  logger: Logger;
  now: () => Date;
}

/** Rows an export may hold (a county of 100,000 children fits twice). */
export const MAX_EXPORT_ROWS = 200_000;

const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The audit buffer of one page. The access record names the export
 * (`export:<ledger>`), not the document generated for it: the audit plugin's
 * assignment of the GraphQL operation name is ignored on purpose.
 */
class ExportAudit implements AuditBuffer {
  readonly childIds = new Set<string>();
  readonly fieldClasses = new Set<string>();
  readonly recordedIds = new Set<string>();
  readonly deniedIds = new Set<string>();
  constructor(private readonly label: string) {}
  get operationName(): string | null {
    return this.label;
  }
  set operationName(_ignored: string | null) {
    // see the class comment
  }
}

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PURPOSE_REQUIRED: 403,
  NOT_FOUND: 404,
  TIMEOUT: 503,
  // The database away (restart, failover, crash): retry after Retry-After (README "When the database is away").
  DATABASE_UNAVAILABLE: 503,
};

function fromGraphQL(errors: readonly GraphQLFormattedError[], httpStatus: number | undefined): ExportError {
  const first = errors[0];
  const code = typeof first?.extensions?.['code'] === 'string' ? (first.extensions['code'] as string) : 'INTERNAL_SERVER_ERROR';
  const status = httpStatus !== undefined && httpStatus >= 400 ? httpStatus : (STATUS_OF_CODE[code] ?? 500);
  // Messages here are already what /graphql would send (formatError): codes and reasons, no data.
  return new ExportError(status, code, first?.message ?? 'export failed');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function sendError(res: http.ServerResponse, e: ExportError): void {
  if (res.headersSent) return;
  res.statusCode = e.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (e.code === DATABASE_UNAVAILABLE) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
  const extensions: Record<string, unknown> = { code: e.code };
  if (e.parameter !== undefined) extensions['parameter'] = e.parameter;
  res.end(JSON.stringify({ errors: [{ message: e.message, extensions }] }));
}

/** The calendar day in China (file names). */
function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** RFC 6266 / RFC 5987: an ASCII fallback and the UTF-8 (Chinese) name. */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ExportError(503, 'TIMEOUT', `a page of the export took longer than ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function exportHandler(deps: ExportDeps) {
  /** GET /exports: what this caller may export. */
  async function listing(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const viewer = await deps.authenticate(req, res);
    if (viewer.clientId !== null) throw new ExportError(403, 'FORBIDDEN', 'ledger exports are for the departments');
    const schema = deps.slices.schemaFor(viewer);
    const ledgers = LEDGERS.flatMap((l) => {
      const columns = columnsIn(schema, l);
      if (!columns) return [];
      return [{ name: l.name, title: l.title, plan: l.plan, formats: FORMATS, columns: columns.map((c) => ({ key: c.key, header: c.header })), parameters: l.params.map((p) => ({ name: p.name, description: p.description })) }];
    });
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ ledgers }));
  }

  async function exportLedger(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    const viewer = await deps.authenticate(req, res);
    // Partner apps run only their trusted documents, within their rate limits, over /graphql (issue 6): no bulk exports.
    if (viewer.clientId !== null) throw new ExportError(403, 'FORBIDDEN', 'ledger exports are for the departments; partner apps use their registered documents over /graphql');
    const purpose = deps.purposeOf(req, viewer);
    const m = /^\/exports\/([^/]+)\.([^./]+)$/.exec(url.pathname);
    if (!m) throw new ExportError(400, 'BAD_USER_INPUT', 'use /exports/<ledger>.<csv|xlsx>', 'path');
    const [, name = '', ext = ''] = m;
    const ledger = ledgerNamed(name);
    if (!ledger) {
      throw new ExportError(400, 'BAD_USER_INPUT', `unknown ledger ${safeDecode(name).slice(0, 40)} (one of ${LEDGERS.map((l) => l.name).join(', ')})`, 'ledger');
    }
    if (!(FORMATS as readonly string[]).includes(ext)) {
      throw new ExportError(400, 'BAD_USER_INPUT', `unknown format ${safeDecode(ext).slice(0, 10)} (csv or xlsx)`, 'format');
    }
    const format = ext as Format;
    const plan = planExport(deps.slices.schemaFor(viewer), ledger, url.searchParams, deps.maxCost);
    const apollo = await deps.slices.serverFor(viewer);

    const label = `export:${ledger.name}`;
    let clientGone = false;
    res.on('close', () => {
      if (!res.writableFinished) clientGone = true;
    });

    /** One page through the caller's Apollo instance; its access record is written before it returns. */
    async function page(after: string | null): Promise<{ rows: Cell[][]; next: string | null }> {
      const contextValue = deps.context({ viewer, purpose, requestId, audit: new ExportAudit(label) });
      const variables = { ...plan.variables, first: plan.pageSize, after };
      const response = await withTimeout(apollo.executeOperation({ query: plan.query, variables, operationName: plan.operationName }, { contextValue }), deps.timeoutMs);
      if (response.body.kind !== 'single') throw new ExportError(500, 'INTERNAL_SERVER_ERROR', 'unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      // Partial data would leave cells silently empty: an export is all or nothing.
      if (errors && errors.length > 0) throw fromGraphQL(errors, response.http.status);
      if (!data) throw new ExportError(500, 'INTERNAL_SERVER_ERROR', 'no data');
      return { rows: cellsOf(plan, data), next: nextCursor(plan, data) };
    }

    // The first page runs before anything is sent, so that a refusal (purpose,
    // slice, bad filter, too many rows) is a plain JSON error with its status.
    let current = await page(null);
    res.statusCode = 200;
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', contentDisposition(`${ledger.title}_${chinaDate(deps.now())}.${format}`, `${ledger.name}_${chinaDate(deps.now())}.${format}`));
    const sheet: SheetWriter = format === 'csv' ? await csvWriter(res, plan.columns) : await xlsxWriter(res, plan.columns, ledger.title);
    let total = 0;
    let pages = 1;
    try {
      for (;;) {
        total += current.rows.length;
        if (total > MAX_EXPORT_ROWS) throw new ExportError(400, 'BAD_USER_INPUT', `more than ${MAX_EXPORT_ROWS} rows: narrow the export with a filter`);
        await sheet.rows(current.rows);
        if (current.next === null || clientGone) break;
        const after: string = current.next;
        current = await page(after);
        if (current.next === after) throw new ExportError(500, 'INTERNAL_SERVER_ERROR', 'paging did not advance');
        pages++;
      }
      if (clientGone) {
        deps.logger.info({ requestId, ledger: ledger.name, pages }, 'export abandoned by the client');
        return;
      }
      await sheet.finish();
      deps.logger.info({ requestId, ledger: ledger.name, format, rows: total, pages }, 'export sent');
    } catch (e) {
      // Headers are gone: cut the connection so that the client sees a failed download, not a short file.
      deps.logger.warn({ requestId, ledger: ledger.name, pages, ...(e instanceof ExportError ? { code: e.code } : { err: loggableError(e) }) }, 'export cut off');
      res.destroy();
    }
  }

  return async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return sendError(res, new ExportError(405, 'METHOD_NOT_ALLOWED', 'use GET'));
    }
    try {
      if (url.pathname === '/exports' || url.pathname === '/exports/') return await listing(req, res);
      return await exportLedger(req, res, url, requestId);
    } catch (e) {
      if (e instanceof ExportError) return sendError(res, e);
      throw e; // the server's own errors (401, purpose codes) and anything unexpected
    }
  };
}

function cellsOf(plan: ExportPlan, data: Record<string, unknown>): Cell[][] {
  const rows = rowsOf(plan, data);
  return rows.map((r) => plan.columns.map((c) => formatCell(c, columnValues(plan, r, c.path))));
}

function nextCursor(plan: ExportPlan, data: Record<string, unknown>): string | null {
  if (plan.ledger.paging.kind === 'keyset') {
    // A full page may have more after it; a short one is the last.
    const items = data[plan.ledger.root];
    if (!Array.isArray(items) || items.length < plan.pageSize) return null;
    const id = (items[items.length - 1] as { id?: unknown }).id;
    if (typeof id !== 'string') throw new ExportError(500, 'INTERNAL_SERVER_ERROR', 'next page without an id');
    return id;
  }
  const info = (data[plan.ledger.root] as { pageInfo?: { hasNextPage: boolean; endCursor: string | null } } | null)?.pageInfo;
  if (!info?.hasNextPage) return null;
  if (!info.endCursor) throw new ExportError(500, 'INTERNAL_SERVER_ERROR', 'next page without a cursor');
  return info.endCursor;
}
