import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { NO_COUNTY } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import type { Database } from '../db/client';
import { DATABASE_RETRY_AFTER_S, DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, HubError, isDatabaseUnavailable, loggableError } from '../errors';
import type { ImportJob } from '../generated/prisma/client';
import type { IdentifierSealer } from '../lib/crypto';
import type { Logger } from '../logger';
import { KIND_NAMES, KINDS } from './kinds';
import { closeInterruptedJobs, importAllowed, runImport } from './run';

/**
 * Uploads over HTTP, for departments without a console on the hub:
 *
 *   POST /imports/<kind>?validRowsOnly=true&encoding=gbk&year=2026
 *        Authorization: Bearer …   X-File-Name: <URL-encoded name>
 *        body: the file's bytes (CSV or XLSX)
 *   → 202 { job: { id, status: RUNNING, … } }; the import runs on, and
 *     `importJob(id)` over GraphQL gives its state and counts.
 *   GET /imports/<jobId>/rejects.csv → the refused rows with their reasons
 *     (valid-rows-only imports), for the agency that ran the import.
 *
 * The body is spooled to a private temporary file (never held in memory) up
 * to IMPORT_MAX_BYTES. Partner apps import nothing.
 */
export interface ImportRouteDeps {
  db: Database;
  sealer: IdentifierSealer;
  /** The counties served (config.counties): each import goes to its importer's county. */
  counties: readonly string[];
  dataDir: string;
  maxBytes: number;
  logger: Logger;
  now: () => Date;
  authenticate(req: http.IncomingMessage, res: http.ServerResponse): Promise<Viewer>;
}

export class ImportHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function databaseUnavailableError(): ImportHttpError {
  return new ImportHttpError(503, DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
}

const JOB_PATH = /^\/imports\/([0-9a-f-]{36})\/rejects\.csv$/;

export function importHandler(deps: ImportRouteDeps) {
  const spool = path.resolve(deps.dataDir, 'imports');
  const running = new Set<Promise<unknown>>();
  // Jobs of a process that stopped mid-import (killed, or cut off from the database): their transaction
  // rolled back, nothing was changed. Closed at start, then every minute (another instance may die meanwhile).
  const closeInterrupted = () =>
    closeInterruptedJobs(deps.db, deps.counties)
      .then((ids) => {
        if (ids.length > 0) deps.logger.warn({ jobs: ids }, 'import jobs interrupted (process stopped or database lost): marked FAILED, nothing of them was applied');
      })
      .catch((e: unknown) => deps.logger.warn({ err: loggableError(e) }, 'could not close interrupted import jobs'));
  /** Done once the jobs left RUNNING at start are closed (tests wait for it). */
  const closedAtStart = closeInterrupted();
  const closeTimer = setInterval(() => void closeInterrupted(), INTERRUPTED_CHECK_MS);
  closeTimer.unref();
  // Rejects files hold the refused rows as uploaded (names, ID numbers): kept REJECTS_KEEP_MS, then deleted.
  const purge = () =>
    purgeSpool(spool, Date.now() - REJECTS_KEEP_MS).catch((e: unknown) => deps.logger.warn({ err: loggableError(e) }, 'could not purge old import files'));
  void purge();
  const purgeTimer = setInterval(() => void purge(), 3600_000);
  purgeTimer.unref();

  /** The database away at any step (the token's client, the job, the import itself): 503 DATABASE_UNAVAILABLE with Retry-After. */
  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    try {
      await handle(req, res, url, requestId);
    } catch (e) {
      const away = e instanceof ImportHttpError ? e.code === DATABASE_UNAVAILABLE : isDatabaseUnavailable(e);
      if (!away) throw e;
      if (!res.headersSent) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
      throw e instanceof ImportHttpError ? e : databaseUnavailableError();
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const rejectsOf = JOB_PATH.exec(url.pathname);
    if (rejectsOf && req.method === 'GET') return sendRejects(req, res, rejectsOf[1] as string);
    const name = /^\/imports\/([a-z-]+)$/.exec(url.pathname)?.[1];
    if (!name) throw new ImportHttpError(404, 'NOT_FOUND', `no such import kind; one of ${Object.keys(KIND_NAMES).join(', ')}`);
    const kind = KIND_NAMES[name];
    if (!kind) throw new ImportHttpError(404, 'NOT_FOUND', `no such import kind ${name}; one of ${Object.keys(KIND_NAMES).join(', ')}`);
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      throw new ImportHttpError(405, 'METHOD_NOT_ALLOWED', 'POST the file');
    }
    const viewer = await deps.authenticate(req, res);
    if (!importAllowed(viewer, KINDS[kind])) {
      throw new ImportHttpError(403, 'FORBIDDEN', `your agency may not import the ${KINDS[kind].titleEn} (${KINDS[kind].titleZh})`);
    }
    const q = url.searchParams;
    const validRowsOnly = flag(q.get('validRowsOnly'), 'validRowsOnly');
    const enc = q.get('encoding')?.toLowerCase();
    if (enc && !['utf-8', 'utf8', 'gbk', 'gb18030', 'gb2312'].includes(enc)) throw new ImportHttpError(400, 'BAD_USER_INPUT', 'encoding: utf-8 or gbk');
    const yearText = q.get('year');
    if (yearText !== null && !/^20[0-9]{2}$/.test(yearText)) throw new ImportHttpError(400, 'BAD_USER_INPUT', 'year: a four-digit year');
    let fileName = 'upload';
    const header = req.headers['x-file-name'];
    if (typeof header === 'string' && header !== '') {
      try {
        fileName = decodeURIComponent(header).replace(/^.*[\\/]/, '').slice(0, 200) || 'upload';
      } catch {
        throw new ImportHttpError(400, 'BAD_USER_INPUT', 'X-File-Name: must be URL-encoded (encodeURIComponent)');
      }
    }

    await mkdir(spool, { recursive: true, mode: 0o700 });
    const token = randomUUID();
    const file = path.join(spool, `${token}.upload`);
    await receive(req, file, deps.maxBytes);
    const rejectsPath = validRowsOnly ? path.join(spool, `${token}.rejects.csv`) : undefined;

    type Started = { id: string } | { job: ImportJob } | { error: ImportHttpError };
    let announce!: (s: Started) => void;
    const started = new Promise<Started>((resolve) => (announce = resolve));
    const work = runImport(
      { db: deps.db, sealer: deps.sealer },
      {
        viewer,
        kind,
        path: file,
        fileName,
        validRowsOnly,
        now: deps.now(),
        ...(rejectsPath ? { rejectsPath } : {}),
        ...(enc ? { encoding: enc.startsWith('utf') ? ('UTF-8' as const) : ('GB18030' as const) } : {}),
        ...(yearText ? { year: Number(yearText) } : {}),
        onStarted: (id) => announce({ id }),
      },
    )
      .then(async (job) => {
        announce({ job });
        if (rejectsPath) await renameRejects(rejectsPath, path.join(spool, `${job.id}.rejects.csv`), job.rejectedRows > 0);
        return job;
      })
      .catch((e: unknown) => {
        if (!(e instanceof HubError) && isDatabaseUnavailable(e)) {
          // Nothing was imported (one transaction); the job, if it was recorded, is closed as interrupted.
          announce({ error: databaseUnavailableError() });
          deps.logger.warn({ err: loggableError(e), requestId }, 'import failed: database unavailable');
          return;
        }
        const code = e instanceof HubError ? String(e.extensions['code']) : 'INTERNAL_SERVER_ERROR';
        announce({ error: new ImportHttpError(code === 'FORBIDDEN' ? 403 : e instanceof HubError ? 400 : 500, code, e instanceof HubError ? e.message : 'Internal server error: nothing was imported') });
        if (!(e instanceof HubError)) deps.logger.error({ err: loggableError(e), requestId }, 'import failed');
      })
      .finally(() => {
        running.delete(work);
        void rm(file, { force: true });
      });
    running.add(work);
    const first = await started;
    if ('error' in first) throw first.error;
    const job = 'job' in first ? first.job : await deps.db.prisma.importJob.findUniqueOrThrow({ where: { id: first.id } });
    res.statusCode = job.status === 'RUNNING' ? 202 : 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Location', `/graphql?query=${encodeURIComponent(`{ importJob(id: "${job.id}") { status totalRows insertedRows updatedRows unchangedRows rejectedRows message } }`)}`);
    res.end(JSON.stringify({ job: publicJob(job) }));
  }

  async function sendRejects(req: http.IncomingMessage, res: http.ServerResponse, jobId: string): Promise<void> {
    const viewer = await deps.authenticate(req, res);
    const job = await deps.db.prisma.importJob.findFirst({ where: { id: jobId, countyCode: viewer.countyCode ?? NO_COUNTY } });
    const own = job && viewer.clientId === null && job.agencyKind === viewer.kind && (viewer.agencyId !== null ? job.agencyId === viewer.agencyId : job.subject === viewer.subject);
    if (!job || !own) throw new ImportHttpError(404, 'NOT_FOUND', 'no such import job of your agency');
    const file = path.join(spool, `${job.id}.rejects.csv`);
    const exists = await stat(file).then(() => true, () => false);
    if (!exists) throw new ImportHttpError(404, 'NOT_FOUND', 'this import has no rejects file (all-or-nothing imports report their refused rows in the job)');
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="rejects.csv"; filename*=UTF-8''${encodeURIComponent(`${job.fileName}.拒绝行.csv`)}`);
    await pipeline(createReadStream(file), res);
  }

  return {
    route,
    /** Waits for the imports still running (shutdown). */
    closedAtStart,
    async drain(ms: number): Promise<void> {
      clearInterval(purgeTimer);
      clearInterval(closeTimer);
      if (running.size === 0) return;
      await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, ms).unref())]);
    },
  };
}

/** How often each instance looks for jobs left RUNNING by a process that is gone. */
const INTERRUPTED_CHECK_MS = 60_000;

/** How long a rejects file (and a spooled upload left by a crash) stays on disk. */
export const REJECTS_KEEP_MS = 7 * 86400_000;

/** Deletes the files of the spool last written before `before` (ms since the epoch); returns how many. */
export async function purgeSpool(spool: string, before: number): Promise<number> {
  const names = await readdir(spool).catch(() => [] as string[]);
  let n = 0;
  for (const name of names) {
    if (!/\.(rejects\.csv|upload)$/.test(name)) continue;
    const file = path.join(spool, name);
    const s = await stat(file).catch(() => null);
    if (s && s.mtimeMs < before) {
      await rm(file, { force: true });
      n++;
    }
  }
  return n;
}

function flag(v: string | null, name: string): boolean {
  if (v === null || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw new ImportHttpError(400, 'BAD_USER_INPUT', `${name}: true or false`);
}

async function receive(req: http.IncomingMessage, file: string, maxBytes: number): Promise<void> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw new ImportHttpError(413, 'PAYLOAD_TOO_LARGE', `the file exceeds ${maxBytes} bytes`);
  }
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) done(new ImportHttpError(413, 'PAYLOAD_TOO_LARGE', `the file exceeds ${maxBytes} bytes`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(req, cap, createWriteStream(file, { mode: 0o600 }));
  } catch (e) {
    await rm(file, { force: true });
    throw e instanceof ImportHttpError ? e : new ImportHttpError(400, 'BAD_REQUEST', 'the upload was interrupted');
  }
  if (size === 0) {
    await rm(file, { force: true });
    throw new ImportHttpError(400, 'BAD_USER_INPUT', 'body: send the file\'s bytes');
  }
}

async function renameRejects(from: string, to: string, keep: boolean): Promise<void> {
  if (keep) await rename(from, to).catch(() => undefined);
  else await rm(from, { force: true });
}

/** The job as the uploader sees it (the same fields as GraphQL's ImportJob). */
export function publicJob(job: ImportJob) {
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    format: job.format,
    encoding: job.encoding,
    status: job.status,
    totalRows: job.totalRows,
    insertedRows: job.insertedRows,
    updatedRows: job.updatedRows,
    unchangedRows: job.unchangedRows,
    rejectedRows: job.rejectedRows,
    rejects: job.rejects,
    message: job.message,
    duplicateOfId: job.duplicateOfId,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
