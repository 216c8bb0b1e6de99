import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Real-shaped department files for the import tests: CSV as Excel on Chinese
 * Windows saves it (GBK, CRLF) or as UTF-8 with a BOM, and XLSX with the ID
 * number column formatted as text.
 */
export const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-import-'));
let n = 0;

export function csvFile(rows: Array<Array<string | number>>, encoding: 'gbk' | 'utf8' | 'utf8-bom' = 'utf8-bom'): string {
  const text = rows.map((r) => r.map((c) => (/[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n';
  const file = path.join(dir, `f${++n}.csv`);
  if (encoding === 'gbk') writeFileSync(file, iconv.encode(text, 'gbk'));
  else writeFileSync(file, (encoding === 'utf8-bom' ? '\uFEFF' : '') + text, 'utf8');
  return file;
}

export async function xlsxFile(rows: Array<Array<string | number | Date | null>>, opts: { title?: string } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.title ?? 'Sheet1');
  for (const r of rows) ws.addRow(r);
  // Text format on every column, as departments are told to do for ID numbers.
  ws.columns.forEach((c) => {
    c.numFmt = '@';
  });
  const file = path.join(dir, `f${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}
