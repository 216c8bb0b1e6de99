import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { withDatabase } from '../support/db';

/**
 * Issue 10 item 6, faults as tests: each test file restarts and kills a
 * PostgreSQL cluster of its own (scripts/ci-services.sh primary-up: never the
 * server on 5432, which the other test files use at the same time).
 *
 * They run on the PostgreSQL pass (DATABASE_URL set). On the embedded PGlite
 * pass they are skipped with the reason: there is no server to restart, kill
 * or lose a connection to. Without PostgreSQL's binaries (initdb, pg_ctl) they
 * are skipped locally, with the reason, and fail under CI (CI=true): never
 * silently skipped there.
 */
export function faultClusterOr(what: string): boolean {
  if (!process.env.DATABASE_URL) {
    const why = `${what}: PostgreSQL-only (they restart and kill a PostgreSQL cluster of their own); the embedded PGlite pass has no server to lose — they run on the DATABASE_URL pass`;
    describe(what, () => {
      it.skip(`skipped: ${why}`, () => undefined);
    });
    process.stderr.write(`skipped: ${why}\n`);
    return false;
  }
  if (pgBinDir() !== null) return true;
  const why = `${what}: no PostgreSQL binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin, or set PG_BIN_DIR) to start a cluster of their own`;
  if (process.env.CI === 'true') {
    describe(what, () => {
      it('has PostgreSQL binaries to start its own cluster (CI installs them)', () => {
        throw new Error(`${why}: under CI these tests must run`);
      });
    });
  } else {
    describe(what, () => {
      it.skip(`skipped: ${why}`, () => undefined);
    });
    process.stderr.write(`skipped: ${why}\n`);
  }
  return false;
}

function pgBinDir(): string | null {
  const explicit = process.env.PG_BIN_DIR;
  if (explicit) return existsSync(path.join(explicit, 'initdb')) ? explicit : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const dirs = readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'));
  return dirs.find((d) => existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'pg_ctl'))) ?? null;
}

const SCRIPT = path.resolve(__dirname, '../../scripts/ci-services.sh');
const run = promisify(execFile);

/** A lone PostgreSQL cluster (fsync on) in a temporary folder, restarted and killed by the tests. */
export class LoneCluster {
  private constructor(
    readonly dir: string,
    /** Its `postgres` database, as the superuser. */
    readonly url: string,
  ) {}

  static async up(): Promise<LoneCluster> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-faults-'));
    try {
      await run('bash', [SCRIPT, 'primary-up', dir], { timeout: 120_000 });
    } catch (e) {
      await run('bash', [SCRIPT, 'down', dir], { timeout: 60_000 }).catch(() => undefined);
      throw e;
    }
    const url = /CI_FAULT_DATABASE_URL=(\S+)/.exec(readFileSync(path.join(dir, 'env'), 'utf8'))?.[1];
    if (!url) throw new Error(`no CI_FAULT_DATABASE_URL in ${dir}/env`);
    return new LoneCluster(dir, url);
  }

  /** `pg_ctl restart -m fast`: every connection is closed, the server is back in a moment. */
  restart(): Promise<void> {
    return this.script('primary-restart');
  }

  /** SIGKILL to the postmaster and every backend: a crash; nothing restarts it. */
  kill(): Promise<void> {
    return this.script('primary-kill');
  }

  /** Starts it again (crash recovery after kill()) and waits until it accepts connections. */
  start(): Promise<void> {
    return this.script('primary-start');
  }

  /** Stops it and removes its folder (afterAll, whatever happened). */
  down(): Promise<void> {
    return this.script('down');
  }

  /** A new, empty database on it. */
  async createDatabase(name: string): Promise<string> {
    await this.sql(`CREATE DATABASE ${name}`);
    return withDatabase(this.url, name);
  }

  sql<T = Record<string, unknown>>(text: string, params: unknown[] = [], url = this.url): Promise<T[]> {
    return sql<T>(url, text, params);
  }

  private async script(command: string): Promise<void> {
    await run('bash', [SCRIPT, command, this.dir], { timeout: 90_000 });
  }
}

/** One statement on a fresh connection of its own (the tests' superuser view of the database). */
export async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  c.on('error', () => undefined);
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end().catch(() => undefined);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `p`, or `otherwise` after `ms` (the timer is cleared either way: nothing left to keep the worker alive). */
export async function within<T, U>(p: Promise<T>, ms: number, otherwise: U): Promise<T | U> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<U>((r) => (timer = setTimeout(() => r(otherwise), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export async function until<T>(probe: () => Promise<T | undefined | null | false>, ms: number, what: string, every = 50): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(every);
  }
}

/** One HTTP answer, as the tests look at it. */
export interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
}

export async function answerOf(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    /* not JSON */
  }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, body };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  return answerOf(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));
}

export const UNAVAILABLE_MESSAGE = 'The database is unavailable; nothing was returned. Retry after a few seconds.';

/** Driver and server text that must never reach a client: hosts, ports, SQL, error names, stack frames. */
const DETAIL = /127\.0\.0\.1|localhost|:\d{4,5}\b|\bport\b|ECONN|EPIPE|SELECT|INSERT|UPDATE|"public"\.|\bat .+\(.*\.[jt]s:\d+|terminat|Connection|postgres|prisma|pg_|stack/i;

/**
 * A refusal because the database is away, as the client must see it: the
 * whole request is a 503 with Retry-After and the one code and message,
 * no data, and nothing of the driver's text.
 */
export function expectDatabaseUnavailable(a: Answer): void {
  expect({ status: a.status, retryAfter: a.retryAfter, body: a.body }).toEqual({
    status: 503,
    retryAfter: expect.stringMatching(/^[1-9][0-9]*$/),
    body: { errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } }] },
  });
  expect(a.text).not.toMatch(DETAIL);
}

/** No 5xx answer carries detail: only the fixed message and code. */
export function expectNoDetail(a: Answer): void {
  if (a.status < 500) return;
  expect(a.text).not.toMatch(DETAIL);
}
