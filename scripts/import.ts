import { SingleBar, Presets } from 'cli-progress';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAgency } from '../src/access/viewer';
import { operatorViewer } from '../src/imports/operator';
import { ConfigError, loadConfig } from '../src/config';
import { migrate, openDatabase } from '../src/db';
import { checkIdentifierKeys } from '../src/db/key-check';
import { HubError } from '../src/errors';
import { KIND_NAMES, KINDS } from '../src/imports/kinds';
import { runImport } from '../src/imports/run';
import type { FileEncoding } from '../src/imports/read';
import { IdentifierSealer } from '../src/lib/crypto';

/**
 * `npm run import -- <kind> <file> --as <AGENCY> [--township CODE] [--school CODE]
 *    [--valid-rows-only] [--rejects FILE] [--encoding utf-8|gbk] [--year YYYY]`
 *
 * Imports a department's spreadsheet (CSV or XLSX, UTF-8 or GB18030/GBK) into
 * DATABASE_URL, or the embedded database under DATA_DIR, as the named agency
 * (its write rights of the policy table apply, and the access log records the
 * import under --subject or the operator's login name). Prints a progress bar,
 * then the job: counts and the first rejected rows with their reasons.
 * Exit code 0 when the file went in, 2 when it was refused, 1 on an error.
 */
const USAGE = `usage: npm run import -- <kind> <file> --as <AGENCY> [--county CODE] [--township CODE] [--school CODE] [--subject NAME]
                         [--valid-rows-only] [--rejects FILE] [--encoding utf-8|gbk] [--year YYYY]
kinds: ${Object.entries(KIND_NAMES)
  .map(([n, k]) => `${n} (${KINDS[k].titleZh})`)
  .join(', ')}`;

interface Args {
  kind: string;
  file: string;
  as: string;
  county: string | null;
  township: string | null;
  school: string | null;
  subject: string;
  validRowsOnly: boolean;
  rejects: string | null;
  encoding: FileEncoding | undefined;
  year: number | undefined;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const a: Partial<Args> & { validRowsOnly: boolean } = { validRowsOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--as') a.as = value();
    else if (flag === '--county') a.county = value();
    else if (flag === '--township') a.township = value();
    else if (flag === '--school') a.school = value();
    else if (flag === '--subject') a.subject = value();
    else if (flag === '--valid-rows-only') a.validRowsOnly = true;
    else if (flag === '--rejects') a.rejects = value();
    else if (flag === '--encoding') {
      const e = value().toLowerCase();
      if (e === 'utf-8' || e === 'utf8') a.encoding = 'UTF-8';
      else if (['gbk', 'gb2312', 'gb18030'].includes(e)) a.encoding = 'GB18030';
      else throw new UsageError('--encoding: utf-8 or gbk (gb18030)');
    } else if (flag === '--year') {
      const y = value();
      if (!/^20[0-9]{2}$/.test(y)) throw new UsageError('--year: a four-digit year');
      a.year = Number(y);
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else positional.push(flag);
  }
  const [kind, file] = positional;
  if (!kind || !file || positional.length > 2) throw new UsageError('give the kind and the file');
  if (!KIND_NAMES[kind]) throw new UsageError(`unknown kind ${kind}`);
  if (!a.as) throw new UsageError('--as: the agency importing (e.g. POVERTY_ALLEVIATION_OFFICE)');
  return {
    kind,
    file,
    as: a.as,
    county: a.county ?? null,
    township: a.township ?? null,
    school: a.school ?? null,
    subject: a.subject ?? `cli:${process.env['USER'] ?? 'operator'}`,
    validRowsOnly: a.validRowsOnly,
    rejects: a.rejects ?? (a.validRowsOnly ? `${file}.rejects.csv` : null),
    encoding: a.encoding,
    year: a.year,
  };
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!isAgency(args.as)) throw new UsageError(`--as: ${args.as} is not an agency kind`);
  if (args.as === 'TOWNSHIP' && !args.township) throw new UsageError('--township: a township imports as itself (12-digit code)');
  if (args.as === 'SCHOOL' && !args.school) throw new UsageError('--school: a school imports as itself (10-digit code)');
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const sealer = new IdentifierSealer(config.idEncryptionKey, config.idHmacKey);
    // Other keys than the database's would index the file's ID numbers so that they miss the children on record.
    await checkIdentifierKeys(db, sealer);
    await migrate(db, undefined, { sealer });
    // The importer's county (issue 11: a hub may serve several): --county, else the home county (COUNTY_CODE).
    const countyCode = args.county ?? config.COUNTY_CODE;
    if (!config.counties.includes(countyCode)) throw new UsageError(`--county: ${countyCode} is not a county this hub serves (COUNTY_CODES: ${config.counties.join(', ')})`);
    if (args.township && !args.township.startsWith(countyCode)) throw new UsageError(`--township: ${args.township} is not in county ${countyCode}`);
    const viewer = operatorViewer(args.as, { subject: args.subject, countyCode, townshipCode: args.township, schoolCode: args.school });
    const kind = KIND_NAMES[args.kind] as keyof typeof KINDS;
    const { size } = await stat(args.file);
    const bar = new SingleBar(
      { format: `${KINDS[kind].titleZh} |{bar}| {value} 行 · 新增 {inserted} · 更新 {updated} · 未变 {unchanged} · 拒绝 {rejected}`, hideCursor: true, noTTYOutput: false, etaBuffer: 50 },
      Presets.shades_classic,
    );
    // The row count is not known before reading: the bar's total grows with the file (about 100 bytes a row).
    let total = Math.max(1, Math.round(size / 100));
    bar.start(total, 0, { inserted: 0, updated: 0, unchanged: 0, rejected: 0 });
    const started = Date.now();
    const job = await runImport(
      { db, sealer },
      {
        viewer,
        kind,
        path: args.file,
        fileName: args.file,
        validRowsOnly: args.validRowsOnly,
        ...(args.rejects ? { rejectsPath: args.rejects } : {}),
        ...(args.encoding ? { encoding: args.encoding } : {}),
        ...(args.year ? { year: args.year } : {}),
        onProgress: (p) => {
          if (p.totalRows > total) {
            total = Math.round(p.totalRows * 1.1);
            bar.setTotal(total);
          }
          bar.update(p.totalRows, { inserted: p.inserted, updated: p.updated, unchanged: p.unchanged, rejected: p.rejected });
        },
      },
    );
    bar.setTotal(Math.max(job.totalRows, 1));
    bar.update(job.totalRows);
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    const out = process.stdout;
    out.write(`\njob ${job.id}: ${job.status} (${job.format}${job.encoding ? `, ${job.encoding}` : ''}) in ${seconds.toFixed(1)} s\n`);
    out.write(`rows ${job.totalRows}: inserted ${job.insertedRows}, updated ${job.updatedRows}, unchanged ${job.unchangedRows}, rejected ${job.rejectedRows}\n`);
    if (job.message) out.write(`${job.message}\n`);
    const rejects = job.rejects as Array<{ row: number; column: string; reasonZh: string; reasonEn: string }>;
    for (const r of rejects.slice(0, 20)) out.write(`  第 ${r.row} 行 [${r.column}] ${r.reasonZh} / row ${r.row} [${r.column}] ${r.reasonEn}\n`);
    if (job.rejectedRows > 20) out.write(`  … ${job.rejectedRows - 20} more\n`);
    if (args.rejects && job.rejectedRows > 0 && job.duplicateOfId === null && existsSync(args.rejects)) out.write(`rejected rows with their reasons: ${args.rejects}\n`);
    return job.status === 'SUCCEEDED' ? 0 : 2;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) process.stderr.write(`${e.message}\n${USAGE}\n`);
    else if (e instanceof ConfigError || e instanceof HubError) process.stderr.write(`${e.message}\n`);
    else process.stderr.write(`import failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exit(e instanceof UsageError ? 64 : 1);
  },
);
