import { idNumberProblem } from '../lib/id-number';
import { NUMERIC_ID } from './read';

/**
 * Columns of an import: the headers departments actually write (with their
 * common variants), and the parsers that turn a cell into a value or a reason
 * in Chinese and English. Reasons never repeat the cell's value: they are
 * stored in the job, which other staff may read.
 */
export interface Reason {
  zh: string;
  en: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export interface Column<T = unknown> {
  key: string;
  /** The header shown in templates and messages. */
  header: string;
  /** Other spellings seen in the departments' files (compared after normalisation). */
  aliases: readonly string[];
  required: boolean;
  parse(cell: string): Parsed<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (zh: string, en: string): Parsed<never> => ({ ok: false, reason: { zh, en } });

/** Header cell → comparable form: no spaces, no required-markers, half-width brackets, no trailing notes in brackets. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[*＊]+|[*＊]+$/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\((必填|选填|可选|required|optional)\)$/i, '')
    .toLowerCase();
}

export function col<T>(key: string, header: string, aliases: readonly string[], required: boolean, parse: (cell: string) => Parsed<T>): Column<T> {
  return { key, header, aliases, required, parse };
}

export const text =
  (max: number) =>
  (cell: string): Parsed<string> =>
    cell.length > max ? fail(`不能超过 ${max} 个字符`, `must be at most ${max} characters`) : ok(cell);

export function idNumber(cell: string): Parsed<string> {
  if (cell.startsWith(NUMERIC_ID)) {
    return fail('身份证号被 Excel 存成了数字，末几位已丢失：请把该列设为“文本”后重新填写', 'Excel stored the ID number as a number and lost its last digits: format the column as text and enter it again');
  }
  const id = cell.replace(/\s/g, '').toUpperCase().replace(/^'/, '');
  if (/[eE]\+/.test(cell)) return fail('身份证号是科学计数法（如 4.31E+17），请把该列设为“文本”', 'the ID number is in scientific notation (e.g. 4.31E+17): format the column as text');
  const p = idNumberProblem(id);
  if (p === null) return ok(id);
  if (p.startsWith('must be 17')) return fail('身份证号应为 17 位数字加 1 位数字或 X', 'an ID number is 17 digits followed by a digit or X');
  if (p.includes('birth date')) return fail('身份证号中的出生日期不存在', 'the birth date inside the ID number does not exist');
  return fail('身份证号校验位错误（GB 11643）', 'the ID number fails the GB 11643 check digit');
}

/** Dates as departments write them: 2014-03-05, 2014/3/5, 2014.3.5, 20140305, 2014年3月5日, or an Excel serial day. */
export function date(cell: string): Parsed<Date> {
  const s = cell.trim();
  // A date cell without a date format reaches us as Excel's serial day number (1900 system).
  if (/^\d{5}(\.\d+)?$/.test(s) && Number(s) >= 1 && Number(s) < 73051) {
    return ok(new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(s)) * 86400000));
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return fail('日期格式应为 YYYY-MM-DD（如 2014-03-05）', 'dates are written YYYY-MM-DD (e.g. 2014-03-05)');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return fail('日期不存在', 'no such date');
  if (y < 1900 || y > 2100) return fail('年份不合理', 'the year is out of range');
  return ok(dt);
}

export const year =
  (min: number, max: number) =>
  (cell: string): Parsed<number> => {
    const m = /^(\d{4})年?$/.exec(cell.trim());
    if (!m) return fail('应为四位年份（如 2019）', 'must be a four-digit year (e.g. 2019)');
    const y = Number(m[1]);
    return y < min || y > max ? fail(`年份应在 ${min}–${max} 之间`, `the year must be between ${min} and ${max}`) : ok(y);
  };

export function divisionCode(cell: string): Parsed<string> {
  const c = cell.replace(/\s/g, '');
  return /^\d{12}$/.test(c) ? ok(c) : fail('应为 12 位行政区划代码', 'must be a 12-digit division code');
}

export function schoolCode(cell: string): Parsed<string> {
  const c = cell.replace(/\s/g, '');
  return /^\d{10}$/.test(c) ? ok(c) : fail('应为 10 位学校标识码', 'must be a 10-digit school identifier (学校标识码)');
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '无', '']);
export function yesNo(cell: string): Parsed<boolean> {
  const c = cell.trim().toLowerCase();
  if (YES.has(c)) return ok(true);
  if (NO.has(c)) return ok(false);
  return fail('应填“是”或“否”', 'must be 是 (yes) or 否 (no)');
}

export function gender(cell: string): Parsed<'MALE' | 'FEMALE'> {
  const c = cell.trim().toLowerCase();
  if (c === '男' || c === 'm' || c === 'male' || c === '1') return ok('MALE');
  if (c === '女' || c === 'f' || c === 'female' || c === '2') return ok('FEMALE');
  return fail('应填“男”或“女”', 'must be 男 (male) or 女 (female)');
}

/** An enumeration given by its Chinese labels (and the English code). */
export function oneOf<T extends string>(labels: Record<string, T>, listZh: string) {
  const map = new Map<string, T>();
  for (const [label, v] of Object.entries(labels)) {
    map.set(label.toLowerCase(), v);
    map.set(v.toLowerCase(), v);
  }
  return (cell: string): Parsed<T> => {
    const v = map.get(cell.trim().toLowerCase());
    return v !== undefined ? ok(v) : fail(`应为以下之一：${listZh}`, `must be one of: ${listZh}`);
  };
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 残疾等级: 一级…四级, 1–4, 1级. */
export function disabilityGrade(cell: string): Parsed<number> {
  const m = /^([1-4一二三四])级?$/.exec(cell.trim());
  if (!m) return fail('残疾等级应为一级至四级（或 1–4）', 'the disability grade is 一级 to 四级 (1–4)');
  const g = m[1] as string;
  return ok(CN_DIGITS[g] ?? Number(g));
}

/** 年级: 1–9, 一年级…六年级, 七年级…九年级, 初一…初三. */
export function grade(cell: string): Parsed<number> {
  const c = cell.trim();
  let m = /^([1-9])(年级)?$/.exec(c);
  if (m) return ok(Number(m[1]));
  m = /^([一二三四五六七八九])年级$/.exec(c);
  if (m) return ok(CN_DIGITS[m[1] as string] as number);
  m = /^初([一二三])$/.exec(c);
  if (m) return ok(6 + (CN_DIGITS[m[1] as string] as number));
  return fail('年级应为 1–9（或“三年级”“初一”）', 'the grade is 1–9 (or 三年级, 初一)');
}

export const iso = (d: Date) => d.toISOString().slice(0, 10);
