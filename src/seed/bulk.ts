import type { Database, SqlSession } from '../db/client';

/**
 * Batched inserts that work the same on PostgreSQL and PGlite:
 * `INSERT INTO t (...) SELECT ... FROM unnest($1::uuid[], $2::text[], ...)`,
 * one array parameter per column. Arrays are sent as PostgreSQL array
 * literals built here (PGlite cannot serialise arrays of enums or bytea
 * itself), so one statement carries thousands of rows.
 */

export type CellValue = string | number | boolean | Buffer | null | undefined | readonly string[] | Record<string, unknown>;

export interface TableSpec<C extends string = string> {
  table: string;
  columns: ReadonlyArray<readonly [C, string]>;
  sql: string;
}

export type RowOf<T> = T extends TableSpec<infer C> ? { [K in C]: CellValue } : never;

/** Declares a table: its name and [column, PostgreSQL type] pairs (enum types quoted, e.g. '"Gender"'). */
export function tableSpec<const C extends string>(table: string, columns: ReadonlyArray<readonly [C, string]>): TableSpec<C> {
  const names = columns.map(([c]) => `"${c}"`).join(', ');
  const selects = columns.map(([, t], i) => (t.endsWith('[]') ? `c${i}::${t}` : `c${i}`)).join(', ');
  const params = columns.map(([, t], i) => (t.endsWith('[]') ? `$${i + 1}::text[]` : `$${i + 1}::${t}[]`)).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  return { table, columns, sql: `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${aliases})` };
}

function quote(s: string): string {
  return s.includes('"') || s.includes('\\') ? '"' + s.replace(/[\\"]/g, '\\$&') + '"' : '"' + s + '"';
}

function element(v: CellValue, type: string): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`non-finite number for ${type}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (Buffer.isBuffer(v)) return '"\\\\x' + v.toString('hex') + '"';
  if (Array.isArray(v)) return quote('{' + (v as string[]).map(quote).join(',') + '}');
  return quote(JSON.stringify(v));
}

/** Rows of one table waiting to be inserted, held column by column as serialised elements. */
export class RowBuffer<C extends string> {
  private cells: string[][];
  rows = 0;

  constructor(readonly spec: TableSpec<C>) {
    this.cells = spec.columns.map(() => []);
  }

  add(row: { [K in C]: CellValue }): void {
    const cols = this.spec.columns;
    for (let i = 0; i < cols.length; i++) {
      const [name, type] = cols[i] as readonly [C, string];
      (this.cells[i] as string[]).push(element(row[name], type));
    }
    this.rows++;
  }

  /** Inserts the buffered rows with one statement and empties the buffer; returns the row count. */
  async flush(sql: SqlSession): Promise<number> {
    if (this.rows === 0) return 0;
    const params = this.cells.map((col) => '{' + col.join(',') + '}');
    const n = this.rows;
    this.cells = this.spec.columns.map(() => []);
    this.rows = 0;
    await sql.query(this.spec.sql, params);
    return n;
  }
}

/** Runs fn inside one transaction, without the statement timeout (batches can be large). */
export async function inTransaction<T>(db: Database, fn: (sql: SqlSession) => Promise<T>): Promise<T> {
  return db.raw.transaction(async (s) => {
    await s.exec('SET LOCAL statement_timeout = 0; SET LOCAL synchronous_commit = off');
    return fn(s);
  });
}
