import { Prisma } from '../generated/prisma/client';
import { MODEL_META } from '../generated/model-meta';

/**
 * The Prisma model as data (generated from prisma/schema.prisma by
 * scripts/prisma-generate.js): tables, columns and the columns that join two
 * models. The SQL read path of the scoped repository (issue 9) uses it to
 * compile Prisma where fragments (src/db/where-sql.ts) and to return rows in
 * exactly the shape Prisma returns (reviveRow).
 */
export interface ScalarMeta {
  kind: 'scalar' | 'enum';
  column: string;
  /** Prisma type: String, Int, BigInt, Boolean, DateTime, Decimal, Bytes, Float, Json, or the enum's name. */
  type: string;
  isList: boolean;
}

export interface RelationMeta {
  kind: 'object';
  /** The related model. */
  type: string;
  isList: boolean;
  /** Columns of this model … */
  from: string[];
  /** … equal to these columns of the related model. */
  to: string[];
}

export type FieldMeta = ScalarMeta | RelationMeta;

export interface ModelMeta {
  table: string;
  fields: Record<string, FieldMeta>;
}

export function modelMeta(model: string): ModelMeta {
  const m = MODEL_META[model];
  if (!m) throw new Error(`unknown model ${model}`);
  return m;
}

type Reviver = (v: unknown) => unknown;

const toDate: Reviver = (v) => (v instanceof Date ? v : new Date(v as string));
const toDecimal: Reviver = (v) => (Prisma.Decimal.isDecimal(v) ? v : new Prisma.Decimal(String(v)));
const toBigInt: Reviver = (v) => (typeof v === 'bigint' ? v : BigInt(v as string));
/** bytea: a Buffer/Uint8Array from the driver, or "\x…" hex inside JSON. */
const toBytes: Reviver = (v) => (v instanceof Uint8Array ? v : new Uint8Array(Buffer.from((v as string).slice(2), 'hex')));

const REVIVERS: Record<string, Reviver> = { DateTime: toDate, Decimal: toDecimal, BigInt: toBigInt, Bytes: toBytes };

const reviversOf = new Map<string, Array<[string, Reviver]>>();

/** Per model: the fields whose driver or JSON form differs from Prisma's (dates, decimals, big integers, bytes). */
function revivers(model: string): Array<[string, Reviver]> {
  let list = reviversOf.get(model);
  if (!list) {
    list = [];
    for (const [name, f] of Object.entries(modelMeta(model).fields)) {
      const r = f.kind !== 'object' && !f.isList ? REVIVERS[f.type] : undefined;
      if (r) list.push([name, r]);
    }
    reviversOf.set(model, list);
  }
  return list;
}

/**
 * A row read with SQL (driver row or to_jsonb) turned into the value Prisma
 * would return for the same row: DATE/timestamps as Date, numeric as
 * Decimal, bigint as BigInt, bytea as Uint8Array. Mutates and returns it.
 */
export function reviveRow<T = Record<string, unknown>>(model: string, row: Record<string, unknown>): T {
  for (const [name, revive] of revivers(model)) {
    const v = row[name];
    if (v !== null && v !== undefined) row[name] = revive(v);
  }
  return row as T;
}

/** The scalar fields of a model, in a fixed order (the positions of rowArraySql). */
const scalarsOf = new Map<string, Array<[string, ScalarMeta]>>();

export function scalarFields(model: string): Array<[string, ScalarMeta]> {
  let list = scalarsOf.get(model);
  if (!list) {
    list = Object.entries(modelMeta(model).fields).filter((e): e is [string, ScalarMeta] => e[1].kind !== 'object');
    scalarsOf.set(model, list);
  }
  return list;
}

/**
 * A row of `model` under `alias` as a JSON array of its columns, in
 * scalarFields() order, with `extra` values after them: PostgreSQL writes a
 * json_build_array twice as fast as to_json(row) (no key per value), and the
 * keys are put back by rowFromArray. Decimals and big integers as text, so
 * that no digit is lost to a JSON number.
 */
export function rowArraySql(model: string, alias: string, extra: readonly Prisma.Sql[] = [], only?: readonly string[]): Prisma.Sql {
  const a = ident(alias);
  const cols = scalarFields(model)
    .filter(([name]) => only === undefined || only.includes(name))
    .map(([, f]) => (f.type === 'Decimal' || f.type === 'BigInt' ? Prisma.sql`${a}.${ident(f.column)}::text` : Prisma.sql`${a}.${ident(f.column)}`));
  return Prisma.sql`json_build_array(${Prisma.join([...cols, ...extra], ', ')})`;
}

/** The row rowArraySql wrote, as Prisma's object (revived); `extra` gets the values after the columns. */
export function rowFromArray<T = Record<string, unknown>>(model: string, values: readonly unknown[], only?: readonly string[], extra?: unknown[]): T {
  const row: Record<string, unknown> = {};
  let i = 0;
  for (const [name] of scalarFields(model)) {
    if (only !== undefined && !only.includes(name)) continue;
    row[name] = values[i++];
  }
  if (extra) for (let j = i; j < values.length; j++) extra.push(values[j]);
  return reviveRow<T>(model, row);
}

/** A quoted SQL identifier taken from the model (never from a request). */
export function ident(name: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
}
