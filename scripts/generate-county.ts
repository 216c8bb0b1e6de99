import { ConfigError, loadConfig } from '../src/config';
import { openPglite, openPostgres, type Database } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { IdentifierSealer } from '../src/lib/crypto';
import { countiesOfCity, existingCounties, generateCounties, type CountySummary } from '../src/seed/generate-county';

/**
 * `npm run generate-county -- [--children N] [--seed S] [--county CODE] [--counties N] [--reset]`:
 * generates the deterministic demo county into DATABASE_URL, or into the
 * embedded PGlite under DATA_DIR.
 *
 * --counties N (issue 11 item 1: many counties in one database) generates N
 * counties of the home county's city, each a full county of --children
 * children: the home county (--county, else COUNTY_CODE) first, exactly as the
 * single demo county, then the city's other counties in GB/T 2260 code order
 * (src/seed/vocabulary.ts CITY_COUNTIES; 永州市 has 11). Counties may also be
 * added one run at a time (--county CODE into a database holding others).
 * Refuses when a county it is asked for is in the database already, unless
 * --reset, which drops and recreates the schema (StatusEvent and AccessLog
 * refuse TRUNCATE and DELETE by design) and migrates again.
 */

interface Args {
  children?: number;
  seed?: number;
  county?: string;
  counties: number;
  reset: boolean;
}

const USAGE = 'usage: generate-county [--children N] [--seed S] [--county CODE] [--counties N] [--reset]';

function parseArgs(argv: string[]): Args {
  const args: Args = { counties: 1, reset: false };
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
    else if (flag === '--counties') args.counties = integer(value());
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
  if (args.counties < 1) throw new Error('--counties must be at least 1');
  const codes = countiesOfCity(countyCode, args.counties);

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
    const existing = await existingCounties(db);
    const present = codes.filter((c) => existing.includes(c));
    if (present.length > 0) {
      throw new Error(
        `${where} already holds county ${present.join(', ')}; run again with --reset to replace the database's counties` +
          (existing.length > 0 ? ` (it holds ${existing.join(', ')})` : ''),
      );
    }
    if (existing.length > 0) process.stdout.write(`${where} holds ${existing.join(', ')}: adding beside them\n`);
    process.stdout.write(
      `generating ${codes.length === 1 ? `county ${codes[0]}` : `${codes.length} counties (${codes.join(', ')})`}: ` +
        `${children.toLocaleString('en')} children${codes.length > 1 ? ' each' : ''}, seed ${seed}, into ${where}\n`,
    );
    const started = Date.now();
    let lastPrint = 0;
    let lastPhase = '';
    const summaries = await generateCounties(db, {
      countyCodes: codes,
      children,
      seed,
      sealer,
      onProgress(county, phase, done, total) {
        const now = Date.now();
        if (phase === lastPhase && now - lastPrint < 2000 && done < total) return;
        lastPhase = phase;
        lastPrint = now;
        const secs = ((now - started) / 1000).toFixed(1).padStart(7);
        const mem = process.memoryUsage();
        const mb = (n: number): number => Math.round(n / 2 ** 20);
        process.stdout.write(
          `[${secs}s] ${codes.length > 1 ? `${county} ` : ''}${phase.padEnd(8)} ${done.toLocaleString('en')}/${total.toLocaleString('en')}  rss ${mb(mem.rss)} MB, heap ${mb(mem.heapUsed)} MB\n`,
        );
      },
    });
    printSummaries(summaries);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s; peak RSS ${peakMb} MB\n`);
  } finally {
    await db.close();
  }
}

/** Rows per table and planted facts over all counties, then one line per county. */
function printSummaries(summaries: CountySummary[]): void {
  const sum = <K extends string>(pick: (s: CountySummary) => Record<K, number>): Record<K, number> => {
    const out = {} as Record<K, number>;
    for (const s of summaries) for (const [k, n] of Object.entries(pick(s)) as Array<[K, number]>) out[k] = (out[k] ?? 0) + n;
    return out;
  };
  const counts = sum((s) => s.counts);
  const planted = sum((s) => s.planted);
  const total = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
  process.stdout.write(`\nrows written: ${total(counts).toLocaleString('en')}\n`);
  for (const [table, n] of Object.entries(counts)) process.stdout.write(`  ${table.padEnd(20)} ${n.toLocaleString('en').padStart(12)}\n`);
  process.stdout.write('planted facts:\n');
  for (const [kind, n] of Object.entries(planted)) process.stdout.write(`  ${kind.padEnd(30)} ${String(n).padStart(8)}\n`);
  process.stdout.write('\nper county:\n');
  process.stdout.write(
    `  ${'county'.padEnd(8)}${'name'.padEnd(10)}${'children'.padStart(10)}${'households'.padStart(12)}${'schools'.padStart(9)}${'rows'.padStart(12)}${'planted'.padStart(9)}  ${'school codes'.padEnd(14)}${'seconds'.padStart(8)}\n`,
  );
  for (const s of summaries) {
    // The name is padded by display width (CJK characters are two columns wide).
    const name = s.countyName + ' '.repeat(Math.max(1, 10 - 2 * [...s.countyName].length));
    process.stdout.write(
      `  ${s.countyCode.padEnd(8)}${name}${s.children.toLocaleString('en').padStart(10)}${s.counts.Household.toLocaleString('en').padStart(12)}` +
        `${String(s.counts.School).padStart(9)}${total(s.counts).toLocaleString('en').padStart(12)}${String(total(s.planted)).padStart(9)}  ` +
        `${(s.schoolCodes === 'city' ? `21${s.countyCode.slice(0, 4)}nnnn` : `2${s.countyCode}nnn`).padEnd(14)}${(s.elapsedMs / 1000).toFixed(1).padStart(8)}\n`,
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`generate-county failed: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
