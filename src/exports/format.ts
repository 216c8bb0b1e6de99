import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isEnumType } from 'graphql';
import { enumLabel, type PlannedColumn } from './plan';

/** One cell as written: text, a number, or empty. */
export type Cell = string | number | null;

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/**
 * A column's values → one cell: enums as their Chinese label (from the
 * schema's description), booleans 是/否, dates YYYY-MM-DD (LocalDate is
 * already so), instants as YYYY-MM-DD HH:mm in China time, amounts in fen
 * as yuan; several values (guardians, visitors) joined with 、.
 */
export function formatCell(column: PlannedColumn, values: unknown[]): Cell {
  if (values.length === 0) return column.empty ?? null;
  const one = values.map((v) => formatValue(column, v));
  if (one.length === 1) return one[0] as Cell;
  return one.map((v) => (v === null ? '' : String(v))).join('、');
}

function formatValue(column: PlannedColumn, v: unknown): Cell {
  const leaf = column.leaf;
  if (isEnumType(leaf)) return enumLabel(leaf, String(v));
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return column.format === 'yuan' ? Math.round(v) / 100 : v;
  if (leaf.name === 'DateTimeISO' && typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? v : new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
  }
  return String(v);
}

/**
 * Formula injection (CSV injection): a spreadsheet runs a cell that starts
 * with = + - @ (or a tab / carriage return before one) as a formula. Text
 * from the registers (names, notes) is written with a leading apostrophe
 * instead, so it stays text. Numbers are written as numbers.
 */
export function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(column: Pick<PlannedColumn, 'format'>, v: Cell): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? (column.format === 'yuan' ? v.toFixed(2) : String(v)) : guardFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface SheetWriter {
  rows(rows: Cell[][]): Promise<void>;
  /** Completes the file (and ends the stream). */
  finish(): Promise<void>;
}

/** Resolves when the stream closes (after finishing, or when the client has gone). */
function closed(out: Writable): Promise<void> {
  return out.closed || out.destroyed ? Promise.resolve() : once(out, 'close').then(() => undefined);
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return;
  // Wait for the client to read, or give up when it has gone.
  await Promise.race([once(out, 'drain'), closed(out)]);
}

/** CSV, UTF-8 with a BOM (so that Excel reads the Chinese right), CRLF line ends. */
export async function csvWriter(out: Writable, columns: PlannedColumn[]): Promise<SheetWriter> {
  await write(out, `\uFEFF${columns.map((c) => csvField({}, c.header)).join(',')}\r\n`);
  return {
    async rows(rows) {
      if (rows.length === 0) return;
      await write(out, rows.map((r) => `${r.map((v, i) => csvField(columns[i] as PlannedColumn, v)).join(',')}\r\n`).join(''));
    },
    async finish() {
      await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), closed(out)]);
    },
  };
}

/** XLSX through exceljs's streaming writer: bold, frozen header row, column widths, amounts as 0.00. */
export async function xlsxWriter(out: Writable, columns: PlannedColumn[], title: string): Promise<SheetWriter> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = '控辍保学数据平台';
  const ws = wb.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? 12,
    ...(c.format === 'yuan' ? { style: { numFmt: '0.00' } } : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
  return {
    async rows(rows) {
      for (const r of rows) ws.addRow(r).commit();
      // Let the zip stream move the committed rows on before the next page.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    async finish() {
      ws.commit();
      await Promise.race([wb.commit(), closed(out)]);
    },
  };
}
