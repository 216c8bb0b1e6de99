import { Prisma } from '../generated/prisma/client';
import { ident, modelMeta, type RelationMeta, type ScalarMeta } from './model-meta';

/**
 * Compiles a Prisma `where` into SQL over one aliased table, so that the hot
 * reads of the scoped repository (issue 9) carry exactly the row scope the
 * Prisma paths carry: the row scopes stay ONE definition (Prisma where
 * fragments in src/access/row-scope.ts), and this compiler turns them into a
 * WHERE clause. Values are always bound parameters; identifiers come only
 * from the model (src/db/model-meta.ts), never from a request.
 *
 * Only the subset of Prisma's filter language the hub uses is understood:
 * AND / OR / NOT; scalar equality, null, in, notIn, lt, lte, gt, gte, not;
 * to-one relations (nested where, is, isNot: null) and to-many relations
 * (some, none, every). Anything else throws: a filter this compiler does not
 * understand must never silently match more rows (fail closed).
 * test/db/where-sql.test.ts checks every row scope against Prisma's own answer.
 */
export function whereSql(model: string, where: unknown, alias: string): Prisma.Sql {
  return new WhereCompiler().where(model, where, alias);
}

const TRUE = Prisma.sql`TRUE`;
const FALSE = Prisma.sql`FALSE`;
const SCALAR_OPS = new Set(['equals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'not']);

class UnsupportedWhere extends Error {
  constructor(model: string, what: string) {
    super(`where-sql: ${model}: ${what} is not supported`);
  }
}

function param(v: unknown): unknown {
  // Dates as ISO strings: the driver would otherwise format them in the process's local time zone.
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(param);
  return v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

class WhereCompiler {
  private aliases = 0;

  where(model: string, where: unknown, alias: string): Prisma.Sql {
    if (!isPlainObject(where)) throw new UnsupportedWhere(model, `a where of type ${where === null ? 'null' : typeof where}`);
    const meta = modelMeta(model);
    const a = ident(alias);
    const parts: Prisma.Sql[] = [];
    for (const [key, value] of Object.entries(where)) {
      // Prisma's strictUndefinedChecks: an undefined filter value is an error, never "match all".
      if (value === undefined) throw new UnsupportedWhere(model, `${key}: undefined`);
      if (key === 'AND') {
        parts.push(this.all(model, Array.isArray(value) ? value : [value], alias));
      } else if (key === 'OR') {
        const list = value as unknown[];
        if (!Array.isArray(list)) throw new UnsupportedWhere(model, 'OR that is not a list');
        parts.push(list.length === 0 ? FALSE : Prisma.sql`(${Prisma.join(list.map((w) => this.where(model, w, alias)), ' OR ')})`);
      } else if (key === 'NOT') {
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 0) throw new UnsupportedWhere(model, 'an empty NOT');
        parts.push(Prisma.sql`NOT ${this.all(model, list, alias)}`);
      } else {
        const field = meta.fields[key];
        if (!field) throw new UnsupportedWhere(model, `unknown field ${key}`);
        parts.push(field.kind === 'object' ? this.relation(model, field, key, value, alias) : this.scalar(model, field, key, value, a));
      }
    }
    return parts.length === 0 ? TRUE : parts.length === 1 ? (parts[0] as Prisma.Sql) : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
  }

  private all(model: string, list: unknown[], alias: string): Prisma.Sql {
    if (list.length === 0) return TRUE;
    return Prisma.sql`(${Prisma.join(list.map((w) => this.where(model, w, alias)), ' AND ')})`;
  }

  private scalar(model: string, field: ScalarMeta, key: string, value: unknown, a: Prisma.Sql): Prisma.Sql {
    if (field.isList) throw new UnsupportedWhere(model, `a filter on the list field ${key}`);
    const col = Prisma.sql`${a}.${ident(field.column)}`;
    if (value === null) return Prisma.sql`${col} IS NULL`;
    if (!isPlainObject(value)) return Prisma.sql`${col} = ${param(value)}`;
    const parts: Prisma.Sql[] = [];
    for (const [op, v] of Object.entries(value)) {
      if (!SCALAR_OPS.has(op)) throw new UnsupportedWhere(model, `${key}.${op}`);
      if (v === undefined) throw new UnsupportedWhere(model, `${key}.${op}: undefined`);
      if (op === 'in' || op === 'notIn') {
        if (!Array.isArray(v)) throw new UnsupportedWhere(model, `${key}.${op} that is not a list`);
        if (v.length === 0) parts.push(op === 'in' ? FALSE : TRUE);
        else parts.push(op === 'in' ? Prisma.sql`${col} = ANY(${param(v)})` : Prisma.sql`NOT (${col} = ANY(${param(v)}))`);
        continue;
      }
      if (isPlainObject(v)) throw new UnsupportedWhere(model, `${key}.${op} with a nested filter`);
      if (op === 'equals') parts.push(v === null ? Prisma.sql`${col} IS NULL` : Prisma.sql`${col} = ${param(v)}`);
      else if (op === 'not') parts.push(v === null ? Prisma.sql`${col} IS NOT NULL` : Prisma.sql`${col} <> ${param(v)}`);
      else if (v === null) throw new UnsupportedWhere(model, `${key}.${op}: null`);
      else if (op === 'lt') parts.push(Prisma.sql`${col} < ${param(v)}`);
      else if (op === 'lte') parts.push(Prisma.sql`${col} <= ${param(v)}`);
      else if (op === 'gt') parts.push(Prisma.sql`${col} > ${param(v)}`);
      else parts.push(Prisma.sql`${col} >= ${param(v)}`);
    }
    if (parts.length === 0) return TRUE;
    return parts.length === 1 ? (parts[0] as Prisma.Sql) : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
  }

  /** EXISTS (the related rows of this row [that match where]). */
  private exists(model: string, rel: RelationMeta, alias: string, where: unknown): Prisma.Sql {
    const meta = modelMeta(model);
    const target = modelMeta(rel.type);
    const t = `w${++this.aliases}`;
    const join = rel.from.map((from, i) => {
      const fromCol = meta.fields[from];
      const toCol = target.fields[rel.to[i] as string];
      if (!fromCol || fromCol.kind === 'object' || !toCol || toCol.kind === 'object') throw new UnsupportedWhere(model, `the join of ${rel.type}`);
      return Prisma.sql`${ident(t)}.${ident(toCol.column)} = ${ident(alias)}.${ident(fromCol.column)}`;
    });
    const conditions = where === undefined ? join : [...join, this.where(rel.type, where, t)];
    return Prisma.sql`EXISTS (SELECT 1 FROM ${ident(target.table)} ${ident(t)} WHERE ${Prisma.join(conditions, ' AND ')})`;
  }

  private relation(model: string, rel: RelationMeta, key: string, value: unknown, alias: string): Prisma.Sql {
    if (rel.isList) {
      if (!isPlainObject(value)) throw new UnsupportedWhere(model, `${key} without some/none/every`);
      const parts: Prisma.Sql[] = [];
      for (const [op, w] of Object.entries(value)) {
        if (w === undefined || w === null) throw new UnsupportedWhere(model, `${key}.${op}: ${String(w)}`);
        if (op === 'some') parts.push(this.exists(model, rel, alias, w));
        else if (op === 'none') parts.push(Prisma.sql`NOT ${this.exists(model, rel, alias, w)}`);
        else if (op === 'every') parts.push(Prisma.sql`NOT ${this.exists(model, rel, alias, { NOT: w })}`);
        else throw new UnsupportedWhere(model, `${key}.${op}`);
      }
      if (parts.length === 0) throw new UnsupportedWhere(model, `${key}: {}`);
      return parts.length === 1 ? (parts[0] as Prisma.Sql) : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
    }
    if (value === null) return Prisma.sql`NOT ${this.exists(model, rel, alias, undefined)}`;
    if (!isPlainObject(value)) throw new UnsupportedWhere(model, `${key}: ${typeof value}`);
    if ('is' in value || 'isNot' in value) {
      const parts: Prisma.Sql[] = [];
      for (const [op, w] of Object.entries(value)) {
        if (op === 'is') parts.push(w === null ? Prisma.sql`NOT ${this.exists(model, rel, alias, undefined)}` : this.exists(model, rel, alias, w));
        else if (op === 'isNot' && w === null) parts.push(this.exists(model, rel, alias, undefined));
        else throw new UnsupportedWhere(model, `${key}.${op}${op === 'isNot' ? ' with a filter' : ''}`);
      }
      return parts.length === 1 ? (parts[0] as Prisma.Sql) : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
    }
    return this.exists(model, rel, alias, value);
  }
}
