import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openPostgres } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { withDatabase } from '../support/db';

/**
 * The services of the scale tests (issue 11) come from scripts/ci-services.sh,
 * which .ci/run starts and whose URLs it exports (CI_READ_REPLICA_URL, …).
 * Without them a suite is skipped locally, with a message; under CI (CI=true)
 * it fails: never silently skipped there.
 */
export function servicesOr(what: string, names: string[]): Record<string, string> | null {
  const missing = names.filter((n) => !process.env[n]);
  if (missing.length === 0) return Object.fromEntries(names.map((n) => [n, process.env[n] as string]));
  const why = `${what}: ${missing.join(', ')} unset (bash scripts/ci-services.sh up DIR, then source DIR/env)`;
  if (process.env.CI === 'true') {
    describe(what, () => {
      it('has its services (CI starts them)', () => {
        throw new Error(`${why}: under CI these tests must run`);
      });
    });
  } else {
    describe(what, () => {
      it.skip(`skipped: ${why}`, () => undefined);
    });
    process.stderr.write(`skipped: ${why}\n`);
  }
  return null;
}

/** A new database on the server at `serverUrl`, migrated there unless `migrated` is false. */
export async function scratchDatabase(serverUrl: string, migrated = true): Promise<{ name: string; url: (server?: string) => string; drop(): Promise<void> }> {
  const name = `hub_scale_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  if (migrated) {
    const direct = openPostgres({ url: withDatabase(serverUrl, name), poolSize: 2 });
    await migrate(direct);
    await direct.close();
  }
  return {
    name,
    url: (server = serverUrl) => withDatabase(server, name),
    async drop() {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Waits until `url` accepts connections (a database just created on the primary reaches a replica a moment later). */
export async function waitForConnect(url: string, ms = 20000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => undefined);
      if (Date.now() - t0 > ms) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** One statement on a fresh connection (superuser tools: pause replay, read pg_stat_activity). */
export async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

const SCRIPT = path.resolve(__dirname, '../../scripts/ci-services.sh');

/** scripts/ci-services.sh replica-stop|replica-start on the services folder CI made. */
export async function services(command: 'replica-stop' | 'replica-start'): Promise<void> {
  const dir = process.env.CI_SERVICES_DIR;
  if (!dir) throw new Error('CI_SERVICES_DIR is unset: cannot stop or start the replica');
  await promisify(execFile)('bash', [SCRIPT, command, dir], { timeout: 90_000 });
}

export async function until(pred: () => boolean | Promise<boolean>, ms = 15000, what = 'condition'): Promise<void> {
  const t0 = Date.now();
  while (!(await pred())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
