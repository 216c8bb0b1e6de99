import type { SqlSession } from '../db/client';
import { ident, modelMeta, rowArraySql, rowFromArray } from '../db/model-meta';
import { whereSql } from '../db/where-sql';
import { Prisma } from '../generated/prisma/client';

/**
 * One statement per level of the tree (issue 9). The DataLoaders of one level
 * (a child's household, grants, guardians, enrollment, cases … asked for in
 * the same tick) each hand their batch to the scoped repository, which hands
 * it on here; the batcher sends everything asked in that tick to PostgreSQL as
 * ONE statement: a UNION ALL of one fragment per relation, each row as JSON
 * with its relation, its key and its position in the relation's order. Each
 * round trip costs more (socket write, wake-up, Prisma's per-call query
 * compilation) than the rows themselves.
 *
 * Each fragment's WHERE is the repository's own Prisma where for that relation
 * (row scope included), compiled by src/db/where-sql.ts, ANDed with the keys:
 * the rows are exactly those the Prisma query returned
 * (test/access/relation-batch.test.ts compares them for every scope).
 * Rows come back in Prisma's shape (src/db/model-meta.ts reviveRow).
 */

/** A related model read with the row (Prisma's `include`): rows of `model` (alias `i`) joined to the row (alias `x`). */
export interface Include {
  /** Property of the row it is put under. */
  name: string;
  model: string;
  list: boolean;
  /** The join, over aliases i and x. */
  on: Prisma.Sql;
  /** Further conditions on the included rows (e.g. a row scope), over alias i. */
  where?: Prisma.Sql;
  orderBy?: ReadonlyArray<readonly [string, 'ASC' | 'DESC']>;
  /** Only these columns (e.g. the ids of a household's children, for the access log). */
  only?: readonly string[];
}

/** What one relation load asks for: rows of `model` whose `key` is one of the keys, matching `where`, in `orderBy` order. */
export interface RelationQuery {
  model: string;
  key: string;
  /** The repository's Prisma where for this relation (row scope included), without the key filter. */
  where: object;
  orderBy?: ReadonlyArray<readonly [string, 'ASC' | 'DESC']>;
  include?: readonly Include[];
}

interface Waiting {
  query: RelationQuery;
  keys: readonly string[];
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (e: unknown) => void;
}

/** Collects the relation loads of one tick of one request and sends them as one statement. */
export class RelationBatcher {
  private waiting: Waiting[] = [];
  /** Statements sent (tests check one per level). */
  statements = 0;

  /** `reads`: where the request's reads go now (a replica or the primary). */
  constructor(private readonly reads: () => SqlSession) {}

  /** Rows of the relation for these keys, in its order. */
  load<T = Record<string, unknown>>(query: RelationQuery, keys: readonly string[]): Promise<T[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return new Promise<T[]>((resolve, reject) => {
      // DataLoaders dispatch their batches from the microtask and nextTick
      // queues; setImmediate runs after all of them, so one level goes out together.
      if (this.waiting.length === 0) setImmediate(() => void this.flush());
      this.waiting.push({ query, keys, resolve: resolve as (rows: Record<string, unknown>[]) => void, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    // One fragment per distinct query (same object = same relation and scope), for the union of its keys.
    const groups = new Map<RelationQuery, Set<string>>();
    for (const w of batch) {
      const keys = groups.get(w.query) ?? new Set<string>();
      for (const k of w.keys) keys.add(k);
      groups.set(w.query, keys);
    }
    const queries = [...groups.keys()];
    const parts = queries.map((q, i) => Prisma.sql`(${fragment(q, i, [...(groups.get(q) as Set<string>)])})`);
    const sql = parts.length === 1 ? (parts[0] as Prisma.Sql) : Prisma.join(parts, ' UNION ALL ');
    try {
      this.statements++;
      const rows = await this.reads().query<{ q: number; key: string; n: string | number; r: Record<string, unknown> | string }>(sql.text, sql.values, { prepare: true });
      const byQuery: Array<Array<{ n: number; key: string; r: Record<string, unknown> }>> = queries.map(() => []);
      for (const row of rows) {
        const q = queries[row.q] as RelationQuery;
        const json = (typeof row.r === 'string' ? JSON.parse(row.r) : row.r) as unknown[];
        (byQuery[row.q] as Array<{ n: number; key: string; r: Record<string, unknown> }>).push({ n: Number(row.n), key: row.key, r: reviveJsonRow(q, json) });
      }
      for (const list of byQuery) list.sort((a, b) => a.n - b.n);
      for (const w of batch) {
        const list = byQuery[queries.indexOf(w.query)] ?? [];
        if (groups.size === batch.length) {
          w.resolve(list.map((x) => x.r));
          continue;
        }
        const keys = new Set(w.keys);
        w.resolve(list.filter((x) => keys.has(x.key)).map((x) => x.r));
      }
    } catch (e) {
      for (const w of batch) w.reject(e);
    }
  }
}

function columnOf(model: string, alias: string, field: string): Prisma.Sql {
  const f = modelMeta(model).fields[field];
  if (!f || f.kind === 'object') throw new Error(`relation-batch: ${model}.${field} is not a column`);
  return Prisma.sql`${ident(alias)}.${ident(f.column)}`;
}

/** An order over alias `alias` (Prisma's orderBy of the repository's query). */
function orderSql(model: string, alias: string, orderBy: RelationQuery['orderBy']): Prisma.Sql[] {
  return (orderBy ?? []).map(([f, dir]) => Prisma.sql`${columnOf(model, alias, f)} ${Prisma.raw(dir === 'DESC' ? 'DESC' : 'ASC')}`);
}

function includeSql(inc: Include): Prisma.Sql {
  const from = Prisma.sql`FROM ${ident(modelMeta(inc.model).table)} i WHERE ${inc.on}${inc.where ? Prisma.sql` AND ${inc.where}` : Prisma.empty}`;
  const row = rowArraySql(inc.model, 'i', [], inc.only);
  if (!inc.list) return Prisma.sql`(SELECT ${row} ${from} LIMIT 1)`;
  const order = orderSql(inc.model, 'i', inc.orderBy);
  const agg = order.length > 0 ? Prisma.sql`json_agg(${row} ORDER BY ${Prisma.join(order, ', ')})` : Prisma.sql`json_agg(${row})`;
  return Prisma.sql`(SELECT COALESCE(${agg}, '[]'::json) ${from})`;
}

/** One row of alias x as a JSON array: its columns (all, or `only`), then its includes (src/db/model-meta.ts rowArraySql). */
function rowJson(q: RelationQuery, only?: readonly string[]): Prisma.Sql {
  return rowArraySql(q.model, 'x', (q.include ?? []).map(includeSql), only);
}

/** FROM and WHERE of a relation over alias x: its rows matching `keyCondition` and its where (row scope). */
function fromWhere(q: RelationQuery, keyCondition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`FROM ${ident(modelMeta(q.model).table)} x WHERE ${keyCondition} AND ${whereSql(q.model, q.where, 'x')}`;
}

/** SELECT q, key, n, r for one relation query. */
function fragment(q: RelationQuery, index: number, keys: string[]): Prisma.Sql {
  const keyCol = columnOf(q.model, 'x', q.key);
  const order = orderSql(q.model, 'x', q.orderBy);
  const n = order.length > 0 ? Prisma.sql`row_number() OVER (ORDER BY ${Prisma.join(order, ', ')})` : Prisma.sql`0::bigint`;
  return Prisma.sql`SELECT ${index}::int AS q, ${keyCol}::text AS key, ${n} AS n, ${rowJson(q)} AS r ${fromWhere(q, Prisma.sql`${keyCol} = ANY(${keys})`)}`;
}

/**
 * The same relation as a column of its parent's statement (issue 9: the root
 * and its first level in one statement): a json array of the rows whose key
 * equals the parent's column, in the relation's order. The rows are those the
 * batched fragment returns for the same key (the same where, order and row JSON).
 */
export function prefetchSql(q: RelationQuery, parentAlias: string, parentColumn: string, only?: readonly string[]): Prisma.Sql {
  const order = orderSql(q.model, 'x', q.orderBy);
  const row = rowJson(q, only);
  const agg = order.length > 0 ? Prisma.sql`json_agg(${row} ORDER BY ${Prisma.join(order, ', ')})` : Prisma.sql`json_agg(${row})`;
  return Prisma.sql`(SELECT COALESCE(${agg}, '[]'::json) ${fromWhere(q, Prisma.sql`${columnOf(q.model, 'x', q.key)} = ${ident(parentAlias)}.${ident(parentColumn)}`)})`;
}

/** The rows of a prefetched column (JSON text or parsed), in Prisma's shape (only the `only` columns when projected). */
export function reviveRelated(q: RelationQuery, value: unknown, only?: readonly string[]): Array<Record<string, unknown>> {
  const rows = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as unknown[][];
  return rows.map((r) => reviveJsonRow(q, r, only));
}

/** A row as rowJson() wrote it, in Prisma's shape: includes put under their names. */
function reviveJsonRow(q: RelationQuery, values: unknown[], only?: readonly string[]): Record<string, unknown> {
  const includes = q.include ?? [];
  if (includes.length === 0) return rowFromArray(q.model, values, only);
  const extra: unknown[] = [];
  const row = rowFromArray<Record<string, unknown>>(q.model, values, only, extra);
  includes.forEach((inc, i) => {
    const v = extra[i] ?? null;
    row[inc.name] = inc.list ? (v as unknown[][]).map((x) => rowFromArray(inc.model, x, inc.only)) : v === null ? null : rowFromArray(inc.model, v as unknown[], inc.only);
  });
  return row;
}
