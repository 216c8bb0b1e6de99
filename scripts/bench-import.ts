/**
 * Import benchmark: `npm run bench:import -- [--rows 100000] [--encoding gbk|utf-8] [--format csv|xlsx]`
 *
 * Writes a poverty-roll file (建档立卡) of N rows with valid ID numbers, as a
 * department's system exports it (GBK CSV with Chinese headers by default),
 * then on a fresh database `hub_bench_import` of the PostgreSQL server of
 * DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres):
 *   1. import  the hub's import (src/imports/run.ts): decode, parse, check every
 *              row (check digit, dates, division codes, duplicates), seal and
 *              index every ID number (AES-256-GCM + HMAC), insert in 1,000-row
 *              chunks in ONE transaction with the access record;
 *   2. again   the same file again: recognised by its content hash, nothing changed;
 *   3. rows    the same rows in another file (reversed order): read and checked
 *              in full, recognised by the roll's order-independent digest, rolled back;
 *   4. COPY    plain PostgreSQL `COPY … FROM STDIN (FORMAT csv, ENCODING 'GBK')`
 *              of the same file into an unindexed text table through psql's \copy:
 *              no checks, no encryption — the floor.
 * Prints rows/s of each and the import/COPY ratio; writes
 * bench-results/import-<timestamp>.json.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { openPostgres } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { operatorViewer } from '../src/imports/operator';
import { runImport } from '../src/imports/run';
import { IdentifierSealer } from '../src/lib/crypto';
import { idCheckChar } from '../src/lib/id-number';

const COUNTY = '431124';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function idNumber(n: number): string {
  const d = new Date(Date.UTC(2010, 0, 1) + (n % 3000) * 86400000);
  const first17 = `${COUNTY}${d.toISOString().slice(0, 10).replaceAll('-', '')}${String(Math.floor(n / 3000) % 1000).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

async function main(): Promise<void> {
  const rows = Number(arg('rows', '100000'));
  const encoding = arg('encoding', 'gbk');
  const format = arg('format', 'csv');
  if (!Number.isInteger(rows) || rows < 1 || rows > 3_000_000) throw new Error('--rows: 1 to 3,000,000');
  const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  const villages = Array.from({ length: 100 }, (_, i) => `${COUNTY}${String(101 + Math.floor(i / 10))}${String(201 + (i % 10))}`);

  // The file, and the same rows reversed in a second file.
  const header = ['户编号', '成员姓名', '身份证号', '出生日期', '村代码'];
  const line = (i: number) => {
    const id = idNumber(i);
    return [`H${String(Math.floor(i / 4)).padStart(7, '0')}`, `成员${i}`, id, `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, villages[i % villages.length] as string];
  };
  const files: string[] = [];
  for (const order of ['forward', 'reversed'] as const) {
    const idx = Array.from({ length: rows }, (_, i) => (order === 'forward' ? i : rows - 1 - i));
    if (format === 'xlsx') {
      const file = path.join(dir, `roll-${order}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
      const ws = wb.addWorksheet('建档立卡');
      ws.addRow(header).commit();
      for (const i of idx) ws.addRow(line(i)).commit();
      await wb.commit();
      files.push(file);
    } else {
      const text = [header, ...idx.map(line)].map((r) => r.join(',')).join('\r\n') + '\r\n';
      const file = path.join(dir, `roll-${order}.csv`);
      writeFileSync(file, encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
      files.push(file);
    }
  }
  const [file, reversed] = files as [string, string];
  console.log(`file: ${rows} rows, ${format.toUpperCase()}${format === 'csv' ? ` ${encoding.toUpperCase()}` : ''}, ${(statSync(file).size / 1e6).toFixed(1)} MB`);

  const admin = openPostgres({ url: serverUrl, poolSize: 1 });
  await admin.raw.exec('DROP DATABASE IF EXISTS hub_bench_import WITH (FORCE)');
  await admin.raw.exec('CREATE DATABASE hub_bench_import');
  const url = new URL(serverUrl);
  url.pathname = '/hub_bench_import';
  const db = openPostgres({ url: url.toString(), poolSize: 4 });
  const results: Record<string, unknown> = { rows, format, encoding, bytes: statSync(file).size, at: new Date().toISOString() };
  try {
    await migrate(db);
    await db.prisma.region.create({ data: { code: `${COUNTY}000000`, level: 'COUNTY', name: '测试县', countyCode: COUNTY } });
    for (let t = 0; t < 10; t++) {
      const code = `${COUNTY}${String(101 + t)}000`;
      await db.prisma.region.create({ data: { code, level: 'TOWNSHIP', name: `第${t + 1}镇`, countyCode: COUNTY, parentCode: `${COUNTY}000000` } });
      await db.prisma.region.createMany({ data: villages.filter((v) => v.startsWith(code.slice(0, 9))).map((v, i) => ({ code: v, level: 'VILLAGE' as const, name: `${t + 1}镇${i + 1}村`, countyCode: COUNTY, parentCode: code })) });
    }
    const sealer = new IdentifierSealer(randomBytes(32), randomBytes(32));
    const viewer = operatorViewer('POVERTY_ALLEVIATION_OFFICE', { subject: 'bench', agencyId: 'bench', countyCode: COUNTY });
    const timed = async (name: string, f: string) => {
      const t0 = process.hrtime.bigint();
      const job = await runImport({ db, sealer }, { viewer, kind: 'POVERTY_ROLL', path: f, fileName: path.basename(f) });
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      console.log(`${name.padEnd(7)} ${s.toFixed(2).padStart(7)} s  ${Math.round(rows / s).toLocaleString('en').padStart(9)} rows/s  ${job.status} inserted ${job.insertedRows} unchanged ${job.unchangedRows} rejected ${job.rejectedRows}`);
      if (job.status !== 'SUCCEEDED') throw new Error(`${name}: ${job.message ?? job.status}`);
      results[name] = { seconds: s, rowsPerSecond: rows / s, inserted: job.insertedRows, unchanged: job.unchangedRows };
      return s;
    };
    const imported = await timed('import', file);
    await timed('again', file);
    await timed('rows', reversed);
    if ((await db.prisma.povertyRollEntry.count()) !== rows) throw new Error('the roll does not hold the file\'s rows once');

    if (format === 'csv') {
      await db.raw.exec('CREATE TABLE copy_floor (registration text, name text, id_number text, birth text, village text)');
      const t0 = process.hrtime.bigint();
      execFileSync('psql', [url.toString(), '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy copy_floor FROM '${file}' WITH (FORMAT csv, HEADER true, ENCODING '${encoding === 'gbk' ? 'GBK' : 'UTF8'}')`]);
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      console.log(`COPY    ${s.toFixed(2).padStart(7)} s  ${Math.round(rows / s).toLocaleString('en').padStart(9)} rows/s  (psql \\copy, no checks, no encryption)`);
      results['copy'] = { seconds: s, rowsPerSecond: rows / s };
      console.log(`import / COPY: ${(imported / s).toFixed(1)}x the time of a plain COPY`);
    }
  } finally {
    await db.close();
    await admin.raw.exec('DROP DATABASE IF EXISTS hub_bench_import WITH (FORCE)').catch(() => undefined);
    await admin.close();
  }
  mkdirSync('bench-results', { recursive: true });
  const out = path.join('bench-results', `import-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}Z.json`);
  writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`results: ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
