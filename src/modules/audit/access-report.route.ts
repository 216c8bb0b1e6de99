import type { GraphQLFormattedError } from 'graphql';
import type http from 'node:http';
import type { Purpose } from '../../access/policy';
import type { SliceRegistry } from '../../access/slice-registry';
import type { Viewer } from '../../access/viewer';
import type { AuditBuffer, Context } from '../../context';
import { DATABASE_RETRY_AFTER_S, DATABASE_UNAVAILABLE } from '../../errors';
import { formatLocalDate, parseLocalDate } from '../../graphql/scalars';
import { isUuid } from '../../lib/validate';
import { chinaDay } from './access-report.service';
import { REPORT_TITLE, renderPdf, renderXlsx, type ReportData } from './access-report.render';

/**
 * GET /reports/access/<childId>.pdf|.xlsx[?from=YYYY-MM-DD&to=YYYY-MM-DD]
 * (issue 10 item 5): the guardian's access report to print or send. Same
 * token and X-Purpose rules as /graphql, and ONE path for the data: the
 * accessReport query runs in the caller's own Apollo slice with a context
 * built as for /graphql, so the policy table (who may ask), the row scope
 * (whose child), the purpose check and the access log (the report is itself
 * a record, named `report:access`) apply unchanged. The child's name is asked
 * for only where the caller's slice has it (SUPERVISION reads no BASIC).
 * Default period: the last 365 days up to today (China time).
 */
export interface AccessReportRouteDeps {
  slices: SliceRegistry;
  authenticate(req: http.IncomingMessage, res: http.ServerResponse): Promise<Viewer>;
  purposeOf(req: http.IncomingMessage, viewer: Viewer): Purpose | null;
  context(p: { viewer: Viewer; purpose: Purpose | null; requestId: string; audit: AuditBuffer }): Context;
  timeoutMs: number;
  /** REPORT_FONT_FILE */
  fontFile?: string | undefined;
}

class ReportError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The access record of the report names it `report:access`, whatever the document is called. */
class ReportAudit implements AuditBuffer {
  readonly childIds = new Set<string>();
  readonly fieldClasses = new Set<string>();
  readonly recordedIds = new Set<string>();
  readonly deniedIds = new Set<string>();
  get operationName(): string | null {
    return 'report:access';
  }
  set operationName(_ignored: string | null) {
    // see the class comment
  }
}

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 403, FORBIDDEN: 403, PURPOSE_REQUIRED: 403, NOT_FOUND: 404, UNAUTHENTICATED: 401, [DATABASE_UNAVAILABLE]: 503 };

function fromGraphQL(errors: readonly GraphQLFormattedError[]): ReportError {
  const first = errors[0];
  const code = typeof first?.extensions?.['code'] === 'string' ? (first.extensions['code'] as string) : 'INTERNAL_SERVER_ERROR';
  // Out of slice: this caller may not produce access reports at all.
  if (code === 'GRAPHQL_VALIDATION_FAILED') return new ReportError(403, 'FORBIDDEN', 'access reports are for the child\'s school and township, and supervision');
  return new ReportError(STATUS_OF_CODE[code] ?? 500, code, first?.message ?? 'report failed');
}

const REPORT_FIELDS = `accessReport(childId: $childId, from: $from, to: $to) {
    childId from to generatedAt reads
    agencies { agency agencyKindLabel reads firstAt lastAt classCodes classes purposes }
    entries { date firstAt lastAt agency purpose classCodes classes reads }
  }`;

function documentFor(withName: boolean): string {
  return `query AccessReportDocument($childId: ID!, $from: LocalDate!, $to: LocalDate!) {
  ${REPORT_FIELDS}${withName ? '\n  child(id: $childId) { name }' : ''}
}`;
}

function send(res: http.ServerResponse, e: ReportError): void {
  res.statusCode = e.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  // The database away: retry after Retry-After (README "When the database is away").
  if (e.code === DATABASE_UNAVAILABLE) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
  res.end(JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }] }));
}

function disposition(fileName: string, ascii: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function accessReportRoute(deps: AccessReportRouteDeps) {
  async function report(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    const viewer = await deps.authenticate(req, res);
    if (viewer.clientId !== null) throw new ReportError(403, 'FORBIDDEN', 'access reports are for the departments');
    const purpose = deps.purposeOf(req, viewer);
    const m = /^\/reports\/access\/([^/]+)\.(pdf|xlsx)$/.exec(url.pathname);
    if (!m) throw new ReportError(404, 'NOT_FOUND', 'use /reports/access/<childId>.pdf or .xlsx');
    const [, childId = '', format] = m;
    if (!isUuid(childId)) throw new ReportError(400, 'BAD_USER_INPUT', 'childId: is not a valid id');
    const today = chinaDay(new Date());
    const to = url.searchParams.get('to') ?? today;
    const from = url.searchParams.get('from') ?? formatLocalDate(new Date((parseLocalDate(to)?.getTime() ?? Date.now()) - 364 * 86400_000));
    for (const [name, v] of [['from', from], ['to', to]] as const) {
      if (!parseLocalDate(v)) throw new ReportError(400, 'BAD_USER_INPUT', `${name}: a date written YYYY-MM-DD`);
    }

    const schema = deps.slices.schemaFor(viewer);
    const withName = Boolean(schema.getQueryType()?.getFields()['child']);
    const apollo = await deps.slices.serverFor(viewer);
    const contextValue = deps.context({ viewer, purpose, requestId, audit: new ReportAudit() });
    const response = await withTimeout(apollo.executeOperation({ query: documentFor(withName), variables: { childId, from, to } }, { contextValue }), deps.timeoutMs);
    if (response.body.kind !== 'single') throw new ReportError(500, 'INTERNAL_SERVER_ERROR', 'unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    if (errors && errors.length > 0) throw fromGraphQL(errors);
    const d = data as { accessReport: Omit<ReportData, 'childName'>; child?: { name: string } | null } | null | undefined;
    if (!d?.accessReport) throw new ReportError(500, 'INTERNAL_SERVER_ERROR', 'no report');
    const r: ReportData = { ...d.accessReport, childName: d.child?.name ?? null };

    const body = format === 'pdf' ? await renderPdf(r, deps.fontFile) : await renderXlsx(r);
    res.statusCode = 200;
    res.setHeader('Content-Type', format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', disposition(`${REPORT_TITLE}_${r.from}_${r.to}.${format}`, `access-report_${r.from}_${r.to}.${format}`));
    res.setHeader('Content-Length', String(body.length));
    res.end(body);
  }

  return async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return send(res, new ReportError(405, 'METHOD_NOT_ALLOWED', 'use GET'));
    }
    try {
      await report(req, res, url, requestId);
    } catch (e) {
      if (e instanceof ReportError) return send(res, e);
      throw e; // the server's own errors (401, purpose codes) and anything unexpected
    }
  };
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ReportError(503, 'TIMEOUT', `the report took longer than ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
