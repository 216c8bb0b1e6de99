import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openPostgres } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { IdentifierSealer } from '../../src/lib/crypto';
import { generateCounty, isCountyEmpty } from '../../src/seed/generate-county';
import { BENCH_ID_ENCRYPTION_KEY, BENCH_ID_HMAC_KEY, COUNTY, out, ROOT, SEED } from './setup';

/** The bench county's identifier keys (fixed, so a reused bench database opens). */
const benchSealer = () => new IdentifierSealer(Buffer.from(BENCH_ID_ENCRYPTION_KEY, 'hex'), Buffer.from(BENCH_ID_HMAC_KEY, 'hex'));

/**
 * The bench county's database, shared by the read benchmarks: one database per
 * size on the server of DATABASE_URL, `hub_bench_<children>` (so a 1,000,000-child
 * county is generated once and kept beside the 100,000 one), created, migrated
 * and filled with the deterministic demo county (fixed seed) when missing,
 * then reused. Its comment is a marker naming what it holds: size, seed,
 * county, and a hash of the generator's source (src/seed/**), so a changed
 * generator, or a generation that did not finish, rebuilds it. Reuse applies
 * migrations added since. --regenerate drops and recreates it.
 */

export interface DbInfo {
  name: string;
  url: string;
  children: number;
  reused: boolean;
  /** Hash of src/seed/** the county was generated with. */
  generator: string;
  generationMs: number | null;
  vacuumMs: number | null;
  summary: Record<string, unknown> | null;
}

const SEED_DIR = path.join(ROOT, 'src', 'seed');

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function benchDatabaseName(children: number): string {
  if (!Number.isInteger(children) || children < 1) throw new Error(`children must be a positive integer, got ${children}`);
  return `hub_bench_${children}`;
}

/** SHA-256 (first 16 hex digits) over the paths and contents of every file under src/seed, in path order. */
export function generatorHash(dir = SEED_DIR): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  walk(dir);
  const h = createHash('sha256');
  for (const f of files.map((p) => path.relative(dir, p).split(path.sep).join('/')).sort()) {
    h.update(`${f}\0`);
    h.update(readFileSync(path.join(dir, f)));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

function markerOf(children: number, generator: string): string {
  return `kongchuo-hub bench: children=${children} seed=${SEED} county=${COUNTY} generator=${generator}`;
}

/** Creates (or reuses) hub_bench_<children>; `appName` prefixes the application_name of its connections. */
export async function ensureDatabase(adminUrl: string, o: { children: number; regenerate: boolean; appName: string }): Promise<DbInfo> {
  const name = benchDatabaseName(o.children);
  const url = withDatabase(adminUrl, name);
  const generator = generatorHash();
  const marker = markerOf(o.children, generator);
  const base = { name, url, children: o.children, generator };
  const admin = new pg.Client({ connectionString: adminUrl, application_name: `${o.appName}-admin` });
  await admin.connect();
  try {
    const rows = (
      await admin.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name])
    ).rows;
    const exists = rows.length > 0;
    const current = rows[0]?.comment ?? null;
    if (exists && !o.regenerate && current === marker) {
      out(`database ${name}: reusing (${o.children.toLocaleString('en')} children, seed ${SEED}, generator ${generator}); --regenerate to rebuild it`);
      const db = openPostgres({ url, poolSize: 1, statementTimeoutMs: 600_000, applicationName: `${o.appName}-migrate` });
      try {
        const applied = await migrate(db, undefined, { sealer: benchSealer() });
        if (applied.length > 0) out(`  applied new migrations: ${applied.join(', ')}`);
      } finally {
        await db.close();
      }
      return { ...base, reused: true, generationMs: null, vacuumMs: null, summary: null };
    }
    if (exists) {
      const oldGenerator = /generator=([0-9a-f]+)/.exec(current ?? '')?.[1];
      const why = o.regenerate
        ? '--regenerate'
        : current === null
          ? 'it holds no finished bench county'
          : oldGenerator && oldGenerator !== generator
            ? `the generator changed (src/seed/** ${oldGenerator} → ${generator})`
            : `it holds another county (${current.replace(/^.*?: /, '')})`;
      out(`database ${name}: dropping and recreating (${why})`);
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }

  const db = openPostgres({ url, poolSize: 2, statementTimeoutMs: 3_600_000, lockTimeoutMs: 60_000, applicationName: `${o.appName}-generate` });
  try {
    await migrate(db, undefined, { sealer: benchSealer() });
    if (!(await isCountyEmpty(db))) throw new Error(`${name} was just created but is not empty`);
    out(`generating the county into ${name}: ${o.children.toLocaleString('en')} children, seed ${SEED}, county ${COUNTY} …`);
    const started = performance.now();
    let lastPrint = 0;
    const summary = await generateCounty(db, {
      children: o.children,
      seed: SEED,
      countyCode: COUNTY,
      sealer: benchSealer(),
      onProgress(phase, done, total) {
        const now = performance.now();
        if (now - lastPrint < 5000 && done < total) return;
        lastPrint = now;
        out(`  [${((now - started) / 1000).toFixed(1).padStart(6)} s] ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
      },
    });
    const generationMs = performance.now() - started;
    const rowsWritten = Object.values(summary.counts).reduce((s, n) => s + n, 0);
    out(`generated in ${(generationMs / 1000).toFixed(1)} s (${rowsWritten.toLocaleString('en')} rows)`);
    const v0 = performance.now();
    await db.raw.exec('VACUUM (ANALYZE)');
    const vacuumMs = performance.now() - v0;
    out(`VACUUM (ANALYZE) in ${(vacuumMs / 1000).toFixed(1)} s`);
    // Written last: a database without it (generation interrupted) is rebuilt on the next run.
    await db.raw.exec(`COMMENT ON DATABASE ${name} IS '${marker}'`);
    return { ...base, reused: false, generationMs, vacuumMs, summary: { counts: summary.counts, planted: summary.planted, elapsedMs: summary.elapsedMs } };
  } finally {
    await db.close();
  }
}
