import { ConfigError, loadConfig } from '../src/config';
import { openPglite, openPostgres, type Database } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { IdentifierSealer } from '../src/lib/crypto';
import { generateCounty, isCountyEmpty } from '../src/seed/generate-county';

/**
 * `npm run generate-county -- [--children N] [--seed S] [--county CODE] [--reset]`:
 * generates the deterministic demo county into DATABASE_URL, or into the
 * embedded PGlite under DATA_DIR. Refuses a database that already holds a
 * county unless --reset, which drops and recreates the schema (StatusEvent
 * and AccessLog refuse TRUNCATE and DELETE by design) and migrates again.
 */

interface Args {
  children?: number;
  seed?: number;
  county?: string;
  reset: boolean;
}

const USAGE = 'usage: generate-county [--children N] [--seed S] [--county CODE] [--reset]';

function parseArgs(argv: string[]): Args {
  const args: Args = { reset: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const integer = (v: string): number => {
      if (!/^-?[0-9]+$/.test(v)) throw new Error(`${flag} must be an integer, got ${v}`);
      return Number(v);
    };
    if (flag === '--children') args.children = integer(value());
    else if (flag === '--seed') args.seed = integer(value());
    else if (flag === '--county') args.county = value();
    else if (flag === '--reset') args.reset = true;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  return args;
}

/** Drops every table, type and function of the public schema, in one transaction without a statement timeout. */
async function dropSchema(db: Database): Promise<void> {
  await db.raw.transaction(async (s) => {
    await s.exec('SET LOCAL statement_timeout = 0; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const children = args.children ?? config.DEMO_CHILDREN;
  const seed = args.seed ?? config.DEMO_SEED;
  const countyCode = args.county ?? config.COUNTY_CODE;
  if (children < 0) throw new Error('--children must not be negative');
  if (!/^[0-9]{6}$/.test(countyCode)) throw new Error('--county must be a 6-digit GB/T 2260 code');

  const db = config.DATABASE_URL
    ? openPostgres({ url: config.DATABASE_URL, poolSize: 2, connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS, applicationName: 'generate-county' })
    : await openPglite(config.DATA_DIR);
  const where = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite under ${config.DATA_DIR}`;
  try {
    if (args.reset) {
      process.stdout.write(`--reset: dropping and recreating the schema of ${where}\n`);
      await dropSchema(db);
    }
    const sealer = new IdentifierSealer(config.idEncryptionKey, config.idHmacKey);
    await migrate(db, undefined, { sealer });
    if (!(await isCountyEmpty(db))) {
      throw new Error(`${where} already holds a county; run again with --reset to replace it`);
    }
    process.stdout.write(`generating county ${countyCode}: ${children.toLocaleString('en')} children, seed ${seed}, into ${where}\n`);
    const started = Date.now();
    let lastPrint = 0;
    let lastPhase = '';
    const summary = await generateCounty(db, {
      children,
      seed,
      countyCode,
      sealer,
      onProgress(phase, done, total) {
        const now = Date.now();
        if (phase === lastPhase && now - lastPrint < 2000 && done < total) return;
        lastPhase = phase;
        lastPrint = now;
        const secs = ((now - started) / 1000).toFixed(1).padStart(7);
        const mem = process.memoryUsage();
        const mb = (n: number): number => Math.round(n / 2 ** 20);
        process.stdout.write(
          `[${secs}s] ${phase.padEnd(8)} ${done.toLocaleString('en')}/${total.toLocaleString('en')}  rss ${mb(mem.rss)} MB, heap ${mb(mem.heapUsed)} MB\n`,
        );
      },
    });
    const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    process.stdout.write(`\nrows written: ${rows.toLocaleString('en')}\n`);
    for (const [table, n] of Object.entries(summary.counts)) process.stdout.write(`  ${table.padEnd(20)} ${n.toLocaleString('en').padStart(12)}\n`);
    process.stdout.write('planted facts:\n');
    for (const [kind, n] of Object.entries(summary.planted)) process.stdout.write(`  ${kind.padEnd(30)} ${String(n).padStart(8)}\n`);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(`\ndone in ${(summary.elapsedMs / 1000).toFixed(1)} s; peak RSS ${peakMb} MB\n`);
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`generate-county failed: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
