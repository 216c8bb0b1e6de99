import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';

/**
 * Streaming readers of the departments' spreadsheets: CSV in UTF-8 (with or
 * without BOM) or GB18030/GBK (what Excel and the older provincial systems
 * save on Chinese Windows), and XLSX (first worksheet). Rows come one at a
 * time, so memory stays bounded whatever the file's size.
 */
export type FileFormat = 'CSV' | 'XLSX';
export type FileEncoding = 'UTF-8' | 'GB18030';

export interface RawRow {
  /** 1-based row number as a spreadsheet program shows it (the header is row 1 when it is the first line). */
  row: number;
  cells: string[];
}

export interface FileFacts {
  format: FileFormat;
  encoding: FileEncoding | null;
  /** sha256 of the bytes, hex */
  contentHash: string;
  bytes: number;
}

export class FileError extends Error {
  constructor(
    readonly reasonZh: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}

/** Format from the first bytes (XLSX is a ZIP), encoding from a valid-UTF-8 test of the first 64 KB, and the content hash. */
export async function inspectFile(path: string, forced?: { encoding?: FileEncoding }): Promise<FileFacts> {
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  if (bytes === 0) throw new FileError('文件为空', 'the file is empty');
  const isZip = head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (isZip) return { format: 'XLSX', encoding: null, contentHash: hash.digest('hex'), bytes };
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new FileError('不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV', 'old Excel (.xls) files are not supported: save as .xlsx or CSV');
  }
  return { format: 'CSV', encoding: forced?.encoding ?? detectEncoding(head, bytes <= head.length), contentHash: hash.digest('hex'), bytes };
}

/** UTF-8 when the sample is valid UTF-8 (a multi-byte character cut at the sample's end is allowed), else GB18030 (a superset of GBK and GB2312). */
export function detectEncoding(sample: Buffer, whole: boolean): FileEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'UTF-8';
  if (isUtf8(sample)) return 'UTF-8';
  if (!whole) {
    for (let cut = 1; cut <= 3 && cut < sample.length; cut++) if (isUtf8(sample.subarray(0, sample.length - cut))) return 'UTF-8';
  }
  return 'GB18030';
}

/** The rows of the file, header included, as trimmed strings. */
export async function* readRows(path: string, facts: FileFacts): AsyncGenerator<RawRow> {
  if (facts.format === 'XLSX') yield* readXlsx(path);
  else yield* readCsv(path, facts.encoding ?? 'UTF-8');
}

async function* readCsv(path: string, encoding: FileEncoding): AsyncGenerator<RawRow> {
  const source = createReadStream(path);
  const decoded = encoding === 'UTF-8' ? source.pipe(iconv.decodeStream('utf8', { stripBOM: true })) : source.pipe(iconv.decodeStream('gb18030'));
  const parser = decoded.pipe(
    parseCsv({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      // Departments' files come with Windows line ends and, now and then, tab separators.
      delimiter: [',', '\t'],
      info: true,
    }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: rec.info.lines, cells: rec.record.map((c) => c.trim()) };
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const line = (e as { lines?: number }).lines;
    throw new FileError(`CSV 格式错误${line ? `（第 ${line} 行）` : ''}：请检查引号是否成对`, `malformed CSV${line ? ` at line ${line}` : ''} (${code || 'parse error'}): check that quotes are paired`);
  } finally {
    source.destroy();
  }
}

async function* readXlsx(path: string): AsyncGenerator<RawRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      if (sheets++ > 0) break; // the first worksheet only
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const cells: string[] = [];
        const values = row.values as unknown[];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        yield { row: row.number, cells };
      }
    }
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('无法读取 XLSX 文件：文件已损坏或不是 Excel 工作簿', 'cannot read the XLSX file: it is damaged or not an Excel workbook');
  }
}

/** A cell as text: dates as YYYY-MM-DD, formulas by their result, rich text joined. Long numbers keep a marker (see NUMERIC_ID). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) >= 1e15 ? `${NUMERIC_ID}${v}` : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('').trim();
    if ('result' in o) return cellText(o.result);
    if (typeof o.text === 'string') return o.text.trim();
    if (o.error !== undefined) return '';
  }
  return String(v as string).trim();
}

/**
 * Excel keeps only 15 significant digits of a number: an 18-digit ID number
 * typed into a number-formatted column has lost its last digits. Such cells
 * carry this marker so the ID-number check can say why.
 */
export const NUMERIC_ID = '\u0000num:';
