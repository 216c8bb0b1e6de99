import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { classLabel } from './access-report.labels';

/**
 * The guardian's access report as a one-page PDF and as XLSX (issue 10 item
 * 5), from the accessReport answer of the caller's own GraphQL slice. The
 * PDF is for printing and handing over: a summary by agency and the most
 * recent lines of detail that fit on one A4 page (the count of those left
 * out is said, and the XLSX holds them all). Times are China time.
 *
 * Font: Noto Sans Hans Regular/Bold (OTF, SIL OFL) from the npm package
 * @embedpdf/fonts-sc, so it works offline after npm install; REPORT_FONT_FILE
 * overrides it (e.g. Debian's fonts-noto-cjk NotoSansCJK-Regular.ttc).
 * pdfkit embeds only the glyphs used.
 */
export interface ReportData {
  childId: string;
  childName: string | null;
  from: string;
  to: string;
  generatedAt: string;
  reads: number;
  agencies: Array<{ agency: string; agencyKindLabel: string; reads: number; firstAt: string; lastAt: string; classCodes: string[]; classes: string[]; purposes: string[] }>;
  entries: Array<{ date: string; firstAt: string; lastAt: string; agency: string; purpose: string; classCodes: string[]; classes: string[]; reads: number }>;
}

export const REPORT_TITLE = '儿童个人信息访问情况告知书';
const LEGAL_BASIS = '依据《中华人民共和国个人信息保护法》第三十一条、第四十五条';

/** China time, minutes. */
export function chinaTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function fontsDir(): string {
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

export function reportFonts(fontFile?: string): { regular: string; bold: string } {
  if (fontFile) {
    if (!existsSync(fontFile)) throw new Error(`REPORT_FONT_FILE ${fontFile} does not exist`);
    return { regular: fontFile, bold: fontFile };
  }
  const dir = fontsDir();
  return { regular: path.join(dir, 'NotoSansHans-Regular.otf'), bold: path.join(dir, 'NotoSansHans-Bold.otf') };
}

const shortClasses = (codes: readonly string[]) => (codes.length === 0 ? '—' : codes.map((c) => classLabel(c, true)).join('、'));

/** The report as a one-page A4 PDF. */
export async function renderPdf(r: ReportData, fontFile?: string): Promise<Buffer> {
  const fonts = reportFonts(fontFile);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 42, bottom: 36, left: 42, right: 42 },
    bufferPages: true,
    info: { Title: REPORT_TITLE, Subject: `儿童 ${r.childId} ${r.from} 至 ${r.to}`, Creator: 'kongchuo-hub', Producer: 'kongchuo-hub' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', fonts.regular);
  doc.registerFont('cjk-bold', fonts.bold);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  let y = doc.page.margins.top;
  /** Text in a box of `lines` lines: never grows, never adds a page (ellipsis when too long). */
  const cell = (text: string, x: number, w: number, size: number, bold = false, align: 'left' | 'right' | 'center' = 'left', lines = 1) => {
    doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(size).text(text, x, y, { width: w, height: size * 1.5 * lines + 1, lineBreak: lines > 1, ellipsis: true, align, lineGap: 0 });
  };
  const rule = (weight = 0.5) => {
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(weight).strokeColor('#888888').stroke();
  };

  cell(REPORT_TITLE, left, width, 16, true, 'center');
  y += 26;
  cell(LEGAL_BASIS, left, width, 8.5, false, 'center');
  y += 18;
  cell(`儿童：${r.childName ?? '（姓名不在查询单位可见范围内）'}　　编号：${r.childId}`, left, width, 9.5);
  y += 14;
  cell(`查询期间：${r.from} 至 ${r.to}（北京时间）　　生成时间：${chinaTime(r.generatedAt)}　　访问总次数：${r.reads}`, left, width, 9.5);
  y += 18;

  type Col = { title: string; w: number; align?: 'left' | 'right' };
  const table = (cols: Col[], rows: string[][], size: number, rowH: number, lines = 1) => {
    const xs: number[] = [];
    let x = left;
    for (const c of cols) {
      xs.push(x);
      x += c.w * width;
    }
    rule(0.8);
    y += 3;
    cols.forEach((c, i) => cell(c.title, (xs[i] as number) + 2, c.w * width - 4, size, true, c.align ?? 'left'));
    y += size * 1.5 + 2;
    rule();
    y += 3;
    for (const row of rows) {
      cols.forEach((c, i) => cell(row[i] ?? '', (xs[i] as number) + 2, c.w * width - 4, size, false, c.align ?? 'left', lines));
      y += rowH;
    }
    rule(0.8);
  };

  // 1. By agency (rarely more than a dozen; the page keeps room for detail).
  cell('一、访问单位汇总', left, width, 11, true);
  y += 17;
  const agencyRows = r.agencies.slice(0, 12).map((a) => [a.agency, String(a.reads), chinaTime(a.firstAt).slice(0, 10), chinaTime(a.lastAt).slice(0, 10), shortClasses(a.classCodes), a.purposes.join('、')]);
  if (r.agencies.length > agencyRows.length) agencyRows.push([`另有 ${r.agencies.length - agencyRows.length} 个单位，见电子表格`, '', '', '', '', '']);
  if (agencyRows.length === 0) agencyRows.push(['查询期间无单位读取该儿童的个人信息', '', '', '', '', '']);
  table(
    [{ title: '单位', w: 0.22 }, { title: '次数', w: 0.06, align: 'right' }, { title: '首次访问', w: 0.11 }, { title: '最近访问', w: 0.11 }, { title: '读取的数据类别', w: 0.28 }, { title: '访问目的', w: 0.22 }],
    agencyRows, 8, 25, 2,
  );
  y += 14;

  // 2. Detail: as many of the newest lines as fit above the notes.
  const notesH = 58;
  const rowH = 12;
  const room = Math.max(0, Math.floor((bottom - notesH - y - 17 - 2 * rowH) / rowH));
  const shown = r.entries.slice(0, room);
  cell(`二、访问明细（按日、单位、目的汇总；${r.entries.length > shown.length ? `最近 ${shown.length} 条，共 ${r.entries.length} 条，其余见电子表格` : `共 ${r.entries.length} 条`}）`, left, width, 11, true);
  y += 17;
  table(
    [{ title: '日期', w: 0.11 }, { title: '时间', w: 0.11 }, { title: '单位', w: 0.22 }, { title: '访问目的', w: 0.18 }, { title: '读取的数据类别', w: 0.32 }, { title: '次数', w: 0.06, align: 'right' }],
    shown.map((e) => [e.date, e.firstAt === e.lastAt ? chinaTime(e.firstAt).slice(11) : `${chinaTime(e.firstAt).slice(11)}–${chinaTime(e.lastAt).slice(11)}`, e.agency, e.purpose, shortClasses(e.classCodes), String(e.reads)]),
    7.5, rowH,
  );

  // 3. Notes, at the foot of the page.
  y = bottom - notesH + 6;
  const notes = [
    '说明：1. 本告知书列明查询期间各单位读取该儿童个人信息的情况，仅列单位，不含工作人员个人信息；被拒绝的访问不计入。',
    '2. 数据类别指单位所读取信息的种类（如“基本信息”“证件号码”“家庭经济状况”），不含信息内容本身。',
    '3. 每次访问均记入不可篡改的访问日志（哈希链，并由督导部门定期留存签名检查点）；本次查询亦已记入。',
    '4. 如对访问情况有异议，可向儿童所在学校、乡镇或县教育督导室提出。',
  ];
  for (const n of notes) {
    cell(n, left, width, 7.5);
    y += 12;
  }

  const pages = doc.bufferedPageRange().count;
  if (pages !== 1) throw new Error(`the access report ran over one page (${pages})`);
  doc.end();
  return done;
}

/** The report as XLSX: 汇总 (by agency), 明细 (every line), 说明. */
export async function renderXlsx(r: ReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kongchuo-hub';
  wb.title = REPORT_TITLE;
  const head = (ws: ExcelJS.Worksheet) => {
    ws.addRow([REPORT_TITLE]).font = { bold: true, size: 14 };
    ws.addRow([LEGAL_BASIS]);
    ws.addRow([`儿童：${r.childName ?? '（姓名不在查询单位可见范围内）'}`, `编号：${r.childId}`]);
    ws.addRow([`查询期间：${r.from} 至 ${r.to}（北京时间）`, `生成时间：${chinaTime(r.generatedAt)}`, `访问总次数：${r.reads}`]);
    ws.addRow([]);
  };
  const summary = wb.addWorksheet('汇总');
  head(summary);
  summary.addRow(['单位', '单位类型', '次数', '首次访问', '最近访问', '读取的数据类别', '访问目的']).font = { bold: true };
  for (const a of r.agencies) summary.addRow([a.agency, a.agencyKindLabel, a.reads, chinaTime(a.firstAt), chinaTime(a.lastAt), a.classes.join('；'), a.purposes.join('；')]);
  summary.columns.forEach((c, i) => (c.width = [28, 16, 8, 18, 18, 60, 30][i] ?? 16));

  const detail = wb.addWorksheet('明细');
  head(detail);
  detail.addRow(['日期', '首次', '最近', '单位', '访问目的', '读取的数据类别', '次数']).font = { bold: true };
  for (const e of r.entries) detail.addRow([e.date, chinaTime(e.firstAt), chinaTime(e.lastAt), e.agency, e.purpose, e.classes.join('；'), e.reads]);
  detail.columns.forEach((c, i) => (c.width = [12, 18, 18, 28, 22, 60, 8][i] ?? 16));

  const notes = wb.addWorksheet('说明');
  for (const line of [
    '本表列明查询期间各单位读取该儿童个人信息的情况，仅列单位，不含工作人员个人信息；被拒绝的访问不计入。',
    '“明细”按日期、单位、访问目的和数据类别汇总，次数为当日同类访问的次数；时间为北京时间。',
    '每次访问均记入不可篡改的访问日志；本次查询亦已记入。',
  ]) notes.addRow([line]);
  notes.getColumn(1).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
