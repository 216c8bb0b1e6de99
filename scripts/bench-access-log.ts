/**
 * `npm run bench:access-log` — what partitioning the access log cost its writer
 * (issue 11 item 5, migration 20261212000000_access_log_partitions): the same
 * AuditWriter appending to the log as it was (one table, the unique "prevHash"
 * index refusing forks) and as it is (monthly partitions, the chain head and
 * its statement trigger refusing forks), side by side in one run, rounds
 * interleaved. Every access to person data waits for its record (fail
 * closed), so this is on the read path of every request.
 *
 *   npm run bench:access-log -- [--seconds 5] [--rounds 3] [--preload 200000]
 *
 * DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) is the
 * server; two scratch databases are created and dropped. --preload writes that
 * many records first (a log with history: the head is read from a big table).
 * Prints records/s at 1 and 10 concurrent appenders for both and their ratio;
 * JSON in bench-results/access-log-<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AccessRecord } from '../src/audit/chain';
import { AuditWriter } from '../src/audit/writer';
import { openPostgres, type Database } from '../src/db/client';
import { listMigrations, migrate } from '../src/db/migrate';

const PARTITIONED = '20261212000000_access_log_partitions';

const args = process.argv.slice(2);
const num = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number`);
  return v;
};
const SECONDS = num('--seconds', 5);
const ROUNDS = num('--rounds', 3);
const PRELOAD = num('--preload', 200_000);

const server = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const withDb = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

let n = 0;
const record = (): AccessRecord => ({
  at: new Date(),
  requestId: `bench-${++n}`,
  subject: 'bench-officer',
  agencyKind: 'EDUCATION_BUREAU',
  agencyId: null,
  clientId: null,
  purpose: 'DROPOUT_CASEWORK',
  operationName: 'ChildById',
  childIds: ['00000000-0000-4000-8000-000000000001'],
  fieldClasses: ['BASIC', 'EDUCATION'],
  outcome: 'OK',
});

/** Appends from `clients` concurrent callers for SECONDS; records per second. */
async function rate(writer: AuditWriter, clients: number): Promise<number> {
  let done = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        await writer.append(record());
        done++;
      }
    }),
  );
  return Math.round(done / SECONDS);
}

async function prepare(name: string, upTo: 'before' | 'after'): Promise<Database> {
  const admin = openPostgres({ url: server, poolSize: 1 });
  await admin.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.raw.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const db = openPostgres({ url: withDb(server, name), poolSize: 12, applicationName: 'bench-access-log' });
  await migrate(db, upTo === 'before' ? listMigrations().filter((m) => m.name < PARTITIONED) : undefined);
  if (upTo === 'after') {
    const { ensureMonthlyPartitions } = await import('../src/db/partitions');
    await ensureMonthlyPartitions(db, 'AccessLog');
  }
  // History: the log of a county after some weeks (appended through the writer: a valid chain).
  const w = new AuditWriter(db);
  for (let i = 0; i < PRELOAD; i += 500) await Promise.all(Array.from({ length: Math.min(500, PRELOAD - i) }, () => w.append(record())));
  await db.raw.exec('ANALYZE "AccessLog"');
  return db;
}

async function main(): Promise<void> {
  const names = { before: `hub_bench_alog_before_${process.pid}`, after: `hub_bench_alog_after_${process.pid}` };
  process.stdout.write(`preparing two logs of ${PRELOAD.toLocaleString('en')} records (before and after ${PARTITIONED})\n`);
  const dbs = { before: await prepare(names.before, 'before'), after: await prepare(names.after, 'after') };
  const rows: Array<{ round: number; variant: 'before' | 'after'; clients: number; perSecond: number }> = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const clients of [1, 10]) {
        // Interleaved, order alternating by round: the machine's drift falls on both.
        const order: Array<'before' | 'after'> = round % 2 === 1 ? ['before', 'after'] : ['after', 'before'];
        for (const variant of order) {
          const perSecond = await rate(new AuditWriter(dbs[variant]), clients);
          rows.push({ round, variant, clients, perSecond });
          process.stdout.write(`round ${round}  ${String(clients).padStart(2)} appenders  ${variant.padEnd(6)} ${perSecond.toLocaleString('en').padStart(7)} records/s\n`);
        }
      }
    }
  } finally {
    for (const db of Object.values(dbs)) await db.close();
    const admin = openPostgres({ url: server, poolSize: 1 });
    for (const name of Object.values(names)) await admin.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const summary = [1, 10].map((clients) => {
    const before = median(rows.filter((r) => r.clients === clients && r.variant === 'before').map((r) => r.perSecond));
    const after = median(rows.filter((r) => r.clients === clients && r.variant === 'after').map((r) => r.perSecond));
    return { clients, before, after, ratio: Math.round((after / before) * 100) / 100 };
  });
  const out = {
    kind: 'bench-access-log',
    at: new Date().toISOString(),
    args: { seconds: SECONDS, rounds: ROUNDS, preload: PRELOAD },
    machine: { cpus: os.cpus().length, loadAverage1m: os.loadavg()[0], node: process.version },
    rows,
    summary,
  };
  mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `access-log-${out.at.replace(/[:.]/g, '-').slice(0, 19)}Z.json`);
  writeFileSync(file, JSON.stringify(out, null, 2));
  process.stdout.write(`\n${file}\n`);
  process.stdout.write(`bench:access-log ${summary.map((s) => `${s.clients}conn ${s.ratio}`).join(' ')} (partitioned ÷ unpartitioned records/s, medians)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-access-log failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
