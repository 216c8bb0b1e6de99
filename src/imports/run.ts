import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { IMPORTERS } from '../access/policy';
import { purposeAllowed, cellFor, type Viewer } from '../access/viewer';
import { ScopedRepository } from '../access/repository';
import { rowScopeFor } from '../access/row-scope';
import { createContext } from '../context';
import type { Database } from '../db/client';
import { mutate } from '../modules/unit-of-work';
import { HubError } from '../errors';
import type { ImportJob, Prisma } from '../generated/prisma/client';
import type { ImportKind } from '../generated/prisma/enums';
import type { IdentifierSealer } from '../lib/crypto';
import { schoolYearOf } from '../lib/school-year';
import { normaliseHeader, type Column, type Reason } from './columns';
import { KINDS, type GoodRow, type ImportEnv, type KindSpec, type Outcome, type Problem, type Values } from './kinds';
import { FileError, inspectFile, readRows, type FileEncoding } from './read';

/**
 * One import (导入): the file is read once, streaming; each row is checked
 * (every bad cell named with its row, column and reason in Chinese and
 * English) and good rows are applied chunk by chunk inside ONE transaction
 * with the access record and outbox events. All-or-nothing by default: any
 * bad row rolls the whole file back. With validRowsOnly the good rows go in
 * and the bad ones come back in a rejects file. A file whose bytes were
 * already imported changes nothing; a file with other bytes but the same
 * rows changes nothing either, as every kind applies rows by natural key.
 */
export interface ImportRequest {
  viewer: Viewer;
  kind: ImportKind;
  /** Path of the file on disk (uploads are spooled to a temporary file first). */
  path: string;
  /** Name shown in the job (no directories). */
  fileName: string;
  validRowsOnly?: boolean;
  /** Where to write the rejected rows with their reasons (CSV, UTF-8 with BOM). */
  rejectsPath?: string;
  encoding?: FileEncoding;
  /** Census year; the school year of today by default. */
  year?: number;
  now?: Date;
  /** Called once the job is recorded, before the rows are read (uploads answer with its id). */
  onStarted?: (jobId: string) => void;
  /** Called after each chunk (and at the end) with the counts so far. */
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  jobId: string;
  totalRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  bytesRead?: number;
}

export interface ImportDeps {
  db: Database;
  sealer: IdentifierSealer;
}

export interface RejectRecord {
  row: number;
  column: string;
  reasonZh: string;
  reasonEn: string;
}

const CHUNK = 1000;
const KEEP_REJECTS = 200;
/** An import that wrote at least this many rows refreshes the planner's statistics. */
const ANALYZE_AFTER_ROWS = 500;
/** An import may hold its transaction this long (100,000 rows take seconds; the cap protects the database). */
export const IMPORT_TX_MS = 20 * 60 * 1000;

class RollBack extends Error {}

/** Whether the viewer may import this kind at all: its owner (IMPORTERS) with the write right of its class (MATRIX). */
export function importAllowed(viewer: Viewer, spec: KindSpec): boolean {
  if (viewer.clientId !== null || !(IMPORTERS[spec.kind] as readonly string[]).includes(viewer.kind)) return false;
  const w = cellFor(viewer, spec.writes.class).write;
  return w === true || (Array.isArray(w) && (spec.writes.kind === undefined || w.includes(spec.writes.kind)));
}

export async function runImport(deps: ImportDeps, req: ImportRequest): Promise<ImportJob> {
  const { db } = deps;
  const spec = KINDS[req.kind];
  const viewer = req.viewer;
  if (!importAllowed(viewer, spec)) {
    throw new HubError('FORBIDDEN', `kind: your agency may not import the ${spec.titleEn} (${spec.titleZh})`, { argument: 'kind' });
  }
  // The importer's own county (issue 11: one hub, many counties); the agencies above the county import nothing.
  const countyCode = viewer.countyCode;
  if (countyCode === null) throw new HubError('FORBIDDEN', 'kind: only a county agency imports its lists');
  const purpose = spec.purposes.find((p) => purposeAllowed(viewer, p)) ?? null;
  const now = req.now ?? new Date();
  const base = {
    countyCode,
    kind: req.kind,
    fileName: req.fileName.replace(/^.*[\\/]/, '').slice(0, 200) || 'upload',
    validRowsOnly: req.validRowsOnly ?? false,
    subject: viewer.subject,
    agencyKind: viewer.kind,
    agencyId: viewer.agencyId,
  };

  let facts;
  try {
    facts = await inspectFile(req.path, req.encoding ? { encoding: req.encoding } : undefined);
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    return db.prisma.importJob.create({ data: { ...base, format: 'UNKNOWN', contentHash: '', status: 'REJECTED', message: `${e.reasonZh} / ${e.reasonEn}`, finishedAt: new Date() } });
  }

  // The same bytes imported before: nothing to do.
  const before = await db.prisma.importJob.findFirst({
    where: { countyCode, kind: req.kind, contentHash: facts.contentHash, status: 'SUCCEEDED', validRowsOnly: base.validRowsOnly },
    orderBy: { startedAt: 'asc' },
  });
  if (before) {
    const job = await db.prisma.importJob.create({
      data: {
        ...base,
        format: facts.format,
        encoding: facts.encoding,
        contentHash: facts.contentHash,
        status: 'SUCCEEDED',
        totalRows: before.totalRows,
        unchangedRows: before.totalRows - before.rejectedRows,
        rejectedRows: before.rejectedRows,
        rejects: before.rejects as Prisma.InputJsonValue,
        duplicateOfId: before.duplicateOfId ?? before.id,
        message: `该文件已于 ${before.startedAt.toISOString().slice(0, 19).replace('T', ' ')} 导入，本次未作任何更改 / this file was already imported (job ${before.duplicateOfId ?? before.id}); nothing changed`,
        finishedAt: new Date(),
      },
    });
    req.onProgress?.({ jobId: job.id, totalRows: job.totalRows, inserted: 0, updated: 0, unchanged: job.unchangedRows, rejected: job.rejectedRows });
    return job;
  }

  // The job's lease (closeInterruptedJobs): on PostgreSQL the job row is written only once the import's
  // transaction holds the job's advisory lock, so a RUNNING job whose lock is free has no live transaction.
  const job = { id: randomUUID() };
  const jobData = { id: job.id, ...base, format: facts.format, encoding: facts.encoding, contentHash: facts.contentHash };
  const announce = async () => {
    await db.prisma.importJob.create({ data: jobData });
    req.onStarted?.(job.id);
  };
  // PGlite: one process, and its transaction holds the database alone (the row could not be written beside it).
  activeJobs.add(job.id);
  if (db.kind === 'pglite') await announce();
  const counts = { totalRows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rejects: RejectRecord[] = [];
  let rejectsOut: RejectsFile | null = null;
  let header: string[] = [];
  const progress = () => req.onProgress?.({ jobId: job.id, ...counts });
  const finishJob = (data: Prisma.ImportJobUpdateInput, client: Pick<Prisma.TransactionClient, 'importJob'> = db.prisma) => {
    rejects.sort((a, b) => a.row - b.row);
    return client.importJob.update({
      where: { id: job.id },
      data: {
        totalRows: counts.totalRows,
        insertedRows: counts.inserted,
        updatedRows: counts.updated,
        unchangedRows: counts.unchanged,
        rejectedRows: counts.rejected,
        rejects: rejects as unknown as Prisma.InputJsonValue,
        finishedAt: new Date(),
        ...data,
      },
    });
  };

  const audit = { childIds: new Set<string>(), fieldClasses: new Set<string>([spec.writes.class]), operationName: `import:${req.kind}`, recordedIds: new Set<string>(), deniedIds: new Set<string>() };
  const repo = new ScopedRepository(db, rowScopeFor(viewer, now), audit.childIds);
  const ctx = createContext({ requestId: `import:${job.id}`, viewer, purpose, repo, audit, sealer: deps.sealer, now });

  try {
    if (req.rejectsPath) rejectsOut = new RejectsFile(req.rejectsPath);
    const done = await mutate(
      ctx,
      async (w) => {
        if (db.kind === 'postgres') {
          await w.tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))', IMPORT_LEASE, job.id);
          await announce();
        }
        const [villages, schools] = await Promise.all([
          w.tx.region.findMany({ where: { countyCode, level: 'VILLAGE' }, select: { code: true } }),
          w.tx.school.findMany({ where: { countyCode }, select: { id: true, code: true, kind: true } }),
        ]);
        const env: ImportEnv = {
          ctx,
          countyCode,
          today: ctx.calendar.today,
          year: req.year ?? schoolYearOf(ctx.calendar.today),
          fileName: base.fileName,
          villages: new Set(villages.map((v) => v.code)),
          schools: new Map(schools.map((s) => [s.code, { id: s.id, kind: s.kind }])),
          state: {},
        };
        let mapping: Array<Column | null> | null = null;
        const firstRowOfKey = new Map<string, number>();
        let chunk: Array<GoodRow & { cells: string[] }> = [];
        // All-or-nothing: after the first bad row nothing will be kept, so rows are only checked (every bad row is reported).
        let applying = true;

        const reject = (row: number, cells: string[], problems: Problem[]) => {
          counts.rejected++;
          for (const p of problems) {
            if (rejects.length < KEEP_REJECTS) rejects.push({ row, column: p.column, reasonZh: p.reason.zh, reasonEn: p.reason.en });
          }
          rejectsOut?.write(row, problems, cells);
          if (!base.validRowsOnly) {
            applying = false;
            chunk = [];
          }
        };
        const flush = async () => {
          if (chunk.length === 0) return;
          const outcomes: Outcome[] = await spec.apply(w, env, chunk);
          const applied = chunk;
          outcomes.forEach((o, i) => {
            const r = applied[i] as GoodRow & { cells: string[] };
            if (o === 'INSERTED') counts.inserted++;
            else if (o === 'UPDATED') counts.updated++;
            else if (o === 'UNCHANGED') counts.unchanged++;
            else reject(r.row, r.cells, [o]);
          });
          chunk = [];
          progress();
          if (db.kind === 'postgres') {
            // Another connection: the job's progress is visible while the import's transaction is open.
            await db.prisma.importJob.update({ where: { id: job.id }, data: { totalRows: counts.totalRows, insertedRows: counts.inserted, updatedRows: counts.updated, unchangedRows: counts.unchanged, rejectedRows: counts.rejected } });
          }
        };

        for await (const raw of readRows(req.path, facts)) {
          if (raw.cells.every((c) => c === '')) continue;
          if (mapping === null) {
            header = raw.cells;
            mapping = mapHeader(spec, raw.cells);
            rejectsOut?.header(header);
            continue;
          }
          counts.totalRows++;
          const values: Values = {};
          const problems: Problem[] = [];
          mapping.forEach((c, i) => {
            if (!c) return;
            const cell = raw.cells[i] ?? '';
            if (cell === '') {
              if (c.required) problems.push({ column: c.header, reason: { zh: '必填', en: 'is required' } });
              return;
            }
            const p = c.parse(cell);
            if (p.ok) values[c.key] = p.value;
            else problems.push({ column: c.header, reason: p.reason });
          });
          if (problems.length === 0) {
            const p = spec.check(values, env);
            if (p) problems.push(p);
          }
          if (problems.length === 0) {
            const key = spec.key(values);
            const first = firstRowOfKey.get(key);
            if (first !== undefined) problems.push({ column: duplicateColumn(spec), reason: { zh: `与第 ${first} 行重复`, en: `repeats row ${first}` } });
            else firstRowOfKey.set(key, raw.row);
          }
          if (problems.length > 0) {
            reject(raw.row, raw.cells, problems);
            continue;
          }
          if (!applying) continue;
          chunk.push({ row: raw.row, values, cells: raw.cells });
          if (chunk.length >= CHUNK) await flush();
          else if (counts.totalRows % CHUNK === 0) progress();
        }
        if (mapping === null) throw new FileError('文件没有表头行', 'the file has no header row');
        if (applying) await flush();
        if (counts.rejected > 0 && !base.validRowsOnly) throw new RollBack();
        if (spec.finish) {
          const f = await spec.finish(w, env, { inserted: counts.inserted, unchanged: counts.unchanged });
          counts.inserted = f.inserted;
          counts.unchanged = f.unchanged;
        }
        progress();
        // The job's outcome commits with its rows: a job is never left RUNNING (nor marked FAILED) for a file that is in.
        return finishJob(
          { status: 'SUCCEEDED', message: counts.rejected > 0 ? `已导入有效行，${counts.rejected} 行被拒绝 / valid rows imported; ${counts.rejected} rows refused` : null },
          w.tx,
        );
      },
      { timeoutMs: IMPORT_TX_MS },
    );
    await rejectsOut?.close();
    // Fresh planner statistics after a bulk load (issue 9: a table never
    // ANALYZEd after a load is planned as empty; PGlite has no autovacuum).
    if (counts.inserted + counts.updated >= ANALYZE_AFTER_ROWS) await db.raw.exec('ANALYZE').catch(() => undefined);
    return done;
  } catch (e) {
    await rejectsOut?.close().catch(() => undefined);
    if (e instanceof RollBack) {
      const good = counts.totalRows - counts.rejected;
      counts.inserted = 0;
      counts.updated = 0;
      counts.unchanged = 0;
      return finishJob({
        status: 'REJECTED',
        message: `${counts.rejected} 行有错误，整个文件未导入（${good} 行无误）/ ${counts.rejected} rows have errors; nothing was imported (all-or-nothing; ${good} rows were fine: use validRowsOnly to import them)`,
      });
    }
    if (e instanceof FileError || e instanceof HeaderError) {
      return finishJob({ status: 'REJECTED', message: `${e instanceof FileError ? e.reasonZh : e.zh} / ${e.message}` });
    }
    counts.inserted = 0;
    counts.updated = 0;
    counts.unchanged = 0;
    const message = e instanceof HubError ? e.message : 'internal error: nothing was imported';
    // When the database is away this fails too: the job stays RUNNING, and closeInterruptedJobs marks it FAILED later.
    await finishJob({ status: 'FAILED', message }).catch(() => undefined);
    throw e;
  } finally {
    activeJobs.delete(job.id);
  }
}

/** Key space of the import jobs' advisory locks (two-int form: apart from the access log's one-bigint lock). */
const IMPORT_LEASE = 0x696d7074; // 'impt'
/** Jobs this process is running now. */
const activeJobs = new Set<string>();

export const INTERRUPTED_MESSAGE = '导入中断，未作任何更改 / the import was interrupted; nothing was changed';

/**
 * Marks FAILED the jobs left RUNNING by an import that can no longer finish:
 * its process was killed, or lost the database, before the transaction
 * committed, so nothing of its file was applied. Run at start and then now
 * and then by every hub instance; returns the jobs closed.
 *
 * PostgreSQL: an import's transaction takes its job's advisory lock before
 * the job row is written, and its outcome (SUCCEEDED, with the rows) commits
 * in the same transaction; the lock goes with the transaction, whether it
 * commits, rolls back, or its connection dies with its process. So a RUNNING
 * job whose lock can be taken has no transaction left, at once (no timeout,
 * no instance id, and it holds across instances). The check and the update
 * are one transaction holding that lock, so an import cannot commit between
 * them. Jobs of another county's hub are left alone.
 *
 * PGlite: the database belongs to one process, so every RUNNING job that is
 * not this process's own is a leftover of an earlier run.
 */
export async function closeInterruptedJobs(db: Database, countyCodes: readonly string[]): Promise<string[]> {
  const stale = await db.prisma.importJob.findMany({ where: { countyCode: { in: [...countyCodes] }, status: 'RUNNING' }, select: { id: true } });
  const closed: string[] = [];
  for (const { id } of stale) {
    if (activeJobs.has(id)) continue;
    const done = await db.raw.transaction(async (s) => {
      if (db.kind === 'postgres') {
        const [lock] = await s.query<{ free: boolean }>('SELECT pg_try_advisory_xact_lock($1::int, hashtext($2::text)) AS free', [IMPORT_LEASE, id]);
        if (!lock?.free) return false;
      }
      const rows = await s.query(
        `UPDATE "ImportJob" SET "status" = 'FAILED', "message" = $2, "finishedAt" = now(), "insertedRows" = 0, "updatedRows" = 0, "unchangedRows" = 0 WHERE "id" = $1::uuid AND "status" = 'RUNNING' RETURNING "id"`,
        [id, INTERRUPTED_MESSAGE],
      );
      return rows.length > 0;
    });
    if (done) closed.push(id);
  }
  return closed;
}

class HeaderError extends Error {
  constructor(
    readonly zh: string,
    en: string,
  ) {
    super(en);
  }
}

/** Header cells → columns of the kind; a required column missing, or a column given twice, refuses the file. */
function mapHeader(spec: KindSpec, cells: string[]): Array<Column | null> {
  const lookup = new Map<string, Column>();
  for (const c of spec.columns) for (const h of [c.header, ...c.aliases]) lookup.set(normaliseHeader(h), c);
  const seen = new Set<string>();
  const mapping = cells.map((cell) => {
    const c = lookup.get(normaliseHeader(cell));
    if (!c) return null;
    if (seen.has(c.key)) throw new HeaderError(`“${c.header}”列出现了两次`, `the column ${c.header} appears twice`);
    seen.add(c.key);
    return c;
  });
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => c.header).join('、');
    throw new HeaderError(`缺少必需的列：${names}（第一行应为表头）`, `missing required columns: ${missing.map((c) => c.header).join(', ')} (the first row must be the header)`);
  }
  return mapping;
}

function duplicateColumn(spec: KindSpec): string {
  return spec.columns.find((c) => c.key === 'idNumber')?.header ?? spec.columns[0]?.header ?? '';
}

/** The rejected rows, as they came, with their reasons in front: fix them in a spreadsheet and import this file again. */
class RejectsFile {
  private readonly out: WriteStream;
  constructor(path: string) {
    this.out = createWriteStream(path, { encoding: 'utf8', mode: 0o600 });
    this.out.write('\uFEFF');
  }
  header(cells: string[]): void {
    this.line(['行号', '列', '原因', 'reason', ...cells]);
  }
  write(row: number, problems: Problem[], cells: string[]): void {
    const reasons = (f: (r: Reason) => string) => problems.map((p) => `${p.column}：${f(p.reason)}`).join('；');
    this.line([String(row), problems.map((p) => p.column).join('、'), reasons((r) => r.zh), reasons((r) => r.en), ...cells]);
  }
  private line(cells: string[]): void {
    this.out.write(`${cells.map(csvCell).join(',')}\r\n`);
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'close');
  }
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

