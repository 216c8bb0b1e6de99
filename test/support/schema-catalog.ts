import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDMMF } from '@prisma/internals';
import type { RawSql } from '../../src/db/client';

/**
 * Schema drift check without the Prisma CLI (whose schema engine cannot run
 * here): what prisma/schema.prisma says, read through Prisma's own parser
 * (getDMMF, the wasm build in @prisma/internals), against what a database
 * really holds, read from pg_catalog.
 *
 * `compareSchema` returns one line per difference, naming the object, e.g.
 * "column Child.name: nullable in DB, required in schema". Everything in the
 * database that the schema does not describe is reported unless its key (see
 * `CatalogExtra.key`) is in the caller's allow-list; allow-list entries that
 * name nothing in the database are reported too, so the list stays honest.
 */

export const SCHEMA_PATH = path.resolve(__dirname, '../../prisma/schema.prisma');

export type Dmmf = Awaited<ReturnType<typeof getDMMF>>;
export type Datamodel = Dmmf['datamodel'];
type Model = Datamodel['models'][number];
type Field = Model['fields'][number];

type Queryable = Pick<RawSql, 'query'>;

/** The datamodel of prisma/schema.prisma (or of the given schema text). */
export async function loadDatamodel(schemaText?: string): Promise<Datamodel> {
  const dmmf = await getDMMF({ datamodel: schemaText ?? readFileSync(SCHEMA_PATH, 'utf8') });
  return dmmf.datamodel;
}

// ───────────────────────────── the database side ─────────────────────────────

export interface DbColumn {
  table: string;
  name: string;
  /** format_type() of the column, except enums: their bare name (`Gender`, `Gender[]`). */
  type: string;
  nullable: boolean;
  /** Default expression; identity and generated columns are described here too. */
  default: string | null;
}

export interface DbIndex {
  table: string;
  name: string;
  /** Column names, or the expression text of an expression column. */
  columns: string[];
  descending: boolean[];
  /** Operator class of each column, null where it is the type's default. */
  opclasses: (string | null)[];
  unique: boolean;
  primary: boolean;
  predicate: string | null;
  method: string;
  definition: string;
}

export interface DbConstraint {
  table: string;
  name: string;
  /** p primary key, u unique, f foreign key, c check, x exclusion, t constraint trigger */
  type: string;
  columns: string[];
  refTable: string | null;
  refColumns: string[];
  onDelete: string | null;
  onUpdate: string | null;
  definition: string;
}

export interface Catalog {
  schema: string;
  /** relkind by relation name: r table, p partitioned table, v view, m materialized view, f foreign table (partitions are left out) */
  relations: Map<string, string>;
  rowSecurity: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
  /** Non-enum types that are not a table's row type nor an array: kind d domain, c composite, r range, b base. */
  types: { name: string; kind: string }[];
  indexes: DbIndex[];
  constraints: DbConstraint[];
  triggers: { table: string; name: string; definition: string }[];
  functions: { signature: string; kind: string }[];
  sequences: { name: string; ownerTable: string | null; ownerColumn: string | null }[];
  policies: { table: string; name: string }[];
  rules: { table: string; name: string }[];
  extensions: string[];
  schemas: string[];
}

const REFERENTIAL_ACTION: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/**
 * Reads what the database holds in `schema` (and its extensions and other
 * schemas). A partition (relispartition) is part of its parent, not a table of
 * its own: it and its columns, indexes, constraints, triggers, policies and
 * rules are left out (they are the parent's, cloned); the parent is read with
 * relkind 'p'.
 */
export async function readCatalog(db: Queryable, schema = 'public'): Promise<Catalog> {
  const relations = await db.query<{ name: string; kind: string; rls: boolean }>(
    `SELECT c.relname AS name, c.relkind::text AS kind, c.relrowsecurity AS rls
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition`,
    [schema],
  );
  const columns = await db.query<{
    table: string;
    name: string;
    type: string;
    notnull: boolean;
    default: string | null;
    identity: string;
    generated: string;
  }>(
    `SELECT c.relname AS table, a.attname AS name,
            CASE WHEN t.typtype = 'e' THEN t.typname::text
                 WHEN et.typtype = 'e' THEN et.typname || '[]'
                 ELSE format_type(a.atttypid, a.atttypmod) END AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default,
            a.attidentity::text AS identity, a.attgenerated::text AS generated
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [schema],
  );
  const enumRows = await db.query<{ name: string; label: string | null }>(
    `SELECT t.typname AS name, e.enumlabel AS label
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       LEFT JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = $1 AND t.typtype = 'e'
      ORDER BY t.typname, e.enumsortorder`,
    [schema],
  );
  const types = await db.query<{ name: string; kind: string }>(
    `SELECT t.typname AS name, t.typtype::text AS kind
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 AND t.typtype IN ('b', 'c', 'd', 'r') AND t.typcategory <> 'A'
        AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c'))
        AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
      ORDER BY 1`,
    [schema],
  );
  const indexes = await db.query<{
    table: string;
    name: string;
    columns: string[];
    descending: boolean[];
    opclasses: (string | null)[];
    unique: boolean;
    primary: boolean;
    predicate: string | null;
    method: string;
    definition: string;
  }>(
    `SELECT tc.relname AS table, ic.relname AS name,
            ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true)
                              ELSE (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum) END
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                   WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS columns,
            ARRAY(SELECT (o.opt & 1) = 1 FROM unnest(i.indoption::int2[]) WITH ORDINALITY AS o(opt, ord)
                   WHERE o.ord <= i.indnkeyatts ORDER BY o.ord) AS descending,
            ARRAY(SELECT CASE WHEN oc.opcdefault THEN NULL ELSE oc.opcname::text END
                    FROM unnest(i.indclass::oid[]) WITH ORDINALITY AS x(opc, ord) JOIN pg_opclass oc ON oc.oid = x.opc
                   WHERE x.ord <= i.indnkeyatts ORDER BY x.ord) AS opclasses,
            i.indisunique AS unique, i.indisprimary AS primary,
            pg_get_expr(i.indpred, i.indrelid) AS predicate, am.amname AS method,
            pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
       JOIN pg_am am ON am.oid = ic.relam
      WHERE n.nspname = $1 AND NOT tc.relispartition
      ORDER BY tc.relname, ic.relname`,
    [schema],
  );
  const constraints = await db.query<{
    table: string;
    name: string;
    type: string;
    columns: string[];
    ref_table: string | null;
    ref_columns: string[];
    on_delete: string;
    on_update: string;
    definition: string;
  }>(
    // contype 'n' (NOT NULL, PostgreSQL 18+) is read from attnotnull instead.
    `SELECT c.relname AS table, con.conname AS name, con.contype::text AS type,
            ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
            fc.relname AS ref_table,
            ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns,
            con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
            pg_get_constraintdef(con.oid, true) AS definition
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class fc ON fc.oid = con.confrelid
      WHERE n.nspname = $1 AND con.contype <> 'n' AND NOT c.relispartition
      ORDER BY c.relname, con.conname`,
    [schema],
  );
  const triggers = await db.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND NOT t.tgisinternal AND NOT c.relispartition
      ORDER BY 1, 2`,
    [schema],
  );
  const functions = await db.query<{ signature: string; kind: string }>(
    `SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS signature, p.prokind::text AS kind
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1
        AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')
      ORDER BY 1`,
    [schema],
  );
  const sequences = await db.query<{ name: string; owner_table: string | null; owner_column: string | null }>(
    `SELECT s.relname AS name, tc.relname AS owner_table, a.attname AS owner_column
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
                            AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class tc ON tc.oid = d.refobjid
       LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND n.nspname = $1
      ORDER BY 1`,
    [schema],
  );
  const policies = await db.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, p.polname AS name
       FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND NOT c.relispartition ORDER BY 1, 2`,
    [schema],
  );
  const rules = await db.query<{ table: string; name: string }>(
    `SELECT r.tablename AS table, r.rulename AS name FROM pg_rules r
      WHERE r.schemaname = $1 AND NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = r.schemaname AND c.relname = r.tablename AND c.relispartition)
      ORDER BY 1, 2`,
    [schema],
  );
  const extensions = await db.query<{ name: string }>(`SELECT extname AS name FROM pg_extension ORDER BY 1`);
  const schemas = await db.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace
      WHERE nspname NOT IN ('information_schema') AND nspname NOT LIKE 'pg\\_%' ORDER BY 1`,
  );

  const enums = new Map<string, string[]>();
  for (const r of enumRows) {
    const values = enums.get(r.name) ?? [];
    if (r.label !== null) values.push(r.label);
    enums.set(r.name, values);
  }
  return {
    schema,
    relations: new Map(relations.map((r) => [r.name, r.kind])),
    rowSecurity: relations.filter((r) => r.rls).map((r) => r.name),
    columns: columns.map((c) => ({
      table: c.table,
      name: c.name,
      type: c.type,
      nullable: !c.notnull,
      default:
        c.identity === 'a'
          ? 'GENERATED ALWAYS AS IDENTITY'
          : c.identity === 'd'
            ? 'GENERATED BY DEFAULT AS IDENTITY'
            : c.generated === 's' || c.generated === 'v'
              ? `GENERATED ALWAYS AS (${c.default ?? ''})`
              : c.default,
    })),
    enums,
    types,
    indexes,
    constraints: constraints.map((c) => ({
      table: c.table,
      name: c.name,
      type: c.type,
      columns: c.columns,
      refTable: c.ref_table,
      refColumns: c.ref_columns,
      onDelete: c.type === 'f' ? (REFERENTIAL_ACTION[c.on_delete] ?? c.on_delete) : null,
      onUpdate: c.type === 'f' ? (REFERENTIAL_ACTION[c.on_update] ?? c.on_update) : null,
      definition: c.definition,
    })),
    triggers,
    functions,
    sequences: sequences.map((s) => ({ name: s.name, ownerTable: s.owner_table, ownerColumn: s.owner_column })),
    policies,
    rules,
    extensions: extensions.map((e) => e.name),
    schemas: schemas.map((s) => s.name),
  };
}

// ───────────────────────────── the schema side ─────────────────────────────

/** PostgreSQL limit on identifier length (NAMEDATALEN - 1). */
const MAX_IDENTIFIER = 63;

/** Prisma's default constraint/index name: Table_col1_col2_suffix, trimmed to fit 63 bytes. */
export function prismaDefaultName(table: string, columns: readonly string[], suffix: string): string {
  const base = [table, ...columns].join('_');
  const room = MAX_IDENTIFIER - suffix.length - 1;
  return `${base.length > room ? base.slice(0, room) : base}_${suffix}`;
}

const PRISMA_SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Decimal: 'numeric(65,30)',
  Json: 'jsonb',
  Bytes: 'bytea',
};

/** PostgreSQL type of a Prisma native type attribute (@db.X(args)). */
function nativeTypeSql(name: string, args: readonly string[]): string {
  const a = args.join(',');
  const withArgs = (base: string) => (args.length ? `${base}(${a})` : base);
  switch (name) {
    case 'Text':
      return 'text';
    case 'Char':
      return withArgs('character');
    case 'VarChar':
      return withArgs('character varying');
    case 'Bit':
      return withArgs('bit');
    case 'VarBit':
      return withArgs('bit varying');
    case 'Uuid':
      return 'uuid';
    case 'Xml':
      return 'xml';
    case 'Inet':
      return 'inet';
    case 'Citext':
      return 'citext';
    case 'Integer':
      return 'integer';
    case 'SmallInt':
      return 'smallint';
    case 'BigInt':
      return 'bigint';
    case 'Oid':
      return 'oid';
    case 'Real':
      return 'real';
    case 'DoublePrecision':
      return 'double precision';
    case 'Decimal':
      return withArgs('numeric');
    case 'Money':
      return 'money';
    case 'Boolean':
      return 'boolean';
    case 'Date':
      return 'date';
    case 'Time':
      return args.length ? `time(${a}) without time zone` : 'time without time zone';
    case 'Timetz':
      return args.length ? `time(${a}) with time zone` : 'time with time zone';
    case 'Timestamp':
      return args.length ? `timestamp(${a}) without time zone` : 'timestamp without time zone';
    case 'Timestamptz':
      return args.length ? `timestamp(${a}) with time zone` : 'timestamp with time zone';
    case 'Json':
      return 'json';
    case 'JsonB':
      return 'jsonb';
    case 'ByteA':
      return 'bytea';
    default:
      throw new Error(`schema-catalog: no PostgreSQL mapping for native type @db.${name}; add it to nativeTypeSql`);
  }
}

interface ExpectedDefault {
  /** How the schema says it, for messages. */
  describe: string;
  matches(dbDefault: string | null): boolean;
}

const NO_DEFAULT: ExpectedDefault = { describe: 'no default', matches: (d) => d === null };

/** Prisma defaults computed by the client, never by the database. */
const CLIENT_SIDE_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

/** The value of a PostgreSQL literal default ('x'::type, 42, true, -1.5), or null for an expression. */
function literalValue(dbDefault: string): string | null {
  const quoted = /^'((?:[^']|'')*)'(?:::[\w ."[\]()]+)?$/s.exec(dbDefault);
  if (quoted) return (quoted[1] ?? '').replace(/''/g, "'");
  if (/^\(?-?\d+(\.\d+)?\)?(::[\w ]+)?$/.test(dbDefault)) return dbDefault.replace(/^\(|\)$|::[\w ]+$/g, '');
  if (/^(true|false)$/.test(dbDefault)) return dbDefault;
  return null;
}

const squash = (sql: string) => sql.replace(/\s+/g, '').toLowerCase();

function expectedDefault(field: Field): ExpectedDefault {
  if (!field.hasDefaultValue || field.default === undefined) return NO_DEFAULT;
  const d = field.default;
  if (typeof d === 'object' && !Array.isArray(d)) {
    const fn = d as { name: string; args: readonly unknown[] };
    const describe = `@default(${fn.name}(${fn.args.map((x) => JSON.stringify(x)).join(', ')}))`;
    if (CLIENT_SIDE_DEFAULTS.has(fn.name)) return { describe: `no default (${describe} is computed by Prisma Client)`, matches: (x) => x === null };
    switch (fn.name) {
      case 'now':
        return { describe, matches: (x) => x !== null && /^(CURRENT_TIMESTAMP|now\(\))$/i.test(x) };
      case 'autoincrement':
        return { describe, matches: (x) => x !== null && /^nextval\('.+'::regclass\)$/.test(x) };
      case 'dbgenerated': {
        const expr = fn.args[0];
        if (typeof expr !== 'string') return { describe, matches: (x) => x !== null };
        return { describe, matches: (x) => x !== null && squash(x) === squash(expr) };
      }
      default:
        return { describe, matches: (x) => x !== null };
    }
  }
  if (Array.isArray(d)) {
    const describe = `@default(${JSON.stringify(d)})`;
    if (d.length === 0) return { describe, matches: (x) => x !== null && /^(ARRAY\[\]|'\{\}')/.test(x) };
    return { describe, matches: (x) => x !== null };
  }
  const want = String(d);
  return {
    describe: `@default(${JSON.stringify(d)})`,
    matches: (x) => {
      if (x === null) return false;
      const v = literalValue(x);
      if (v === null) return false;
      if (typeof d === 'number') return Number(v) === d;
      return v === want;
    },
  };
}

interface ExpectedColumn {
  table: string;
  name: string;
  /** Model.field, for messages. */
  field: string;
  type: string;
  nullable: boolean;
  default: ExpectedDefault;
}

interface ExpectedIndex {
  table: string;
  name: string;
  kind: 'primary key' | 'unique index' | 'index';
  columns: string[];
  descending: boolean[];
  opclasses: (string | null)[];
  method: string;
}

interface ExpectedForeignKey {
  table: string;
  name: string;
  /** Model.field, for messages. */
  field: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}

interface Expected {
  tables: Map<string, string>;
  columns: ExpectedColumn[];
  enums: Map<string, string[]>;
  indexes: ExpectedIndex[];
  foreignKeys: ExpectedForeignKey[];
}

const PRISMA_ACTION: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** What migrations generated by Prisma from this datamodel would create (PostgreSQL). */
export function expectedSchema(dm: Datamodel): Expected {
  const tableOf = new Map(dm.models.map((m) => [m.name, m.dbName ?? m.name]));
  const enumOf = new Map(dm.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const modelOf = new Map(dm.models.map((m) => [m.name, m]));
  const columnOf = (model: Model, fieldName: string): string => {
    const f = model.fields.find((x) => x.name === fieldName);
    if (!f) throw new Error(`schema-catalog: ${model.name}.${fieldName} not found in the datamodel`);
    return f.dbName ?? f.name;
  };
  const expected: Expected = {
    tables: new Map(dm.models.map((m) => [tableOf.get(m.name) as string, m.name])),
    columns: [],
    enums: new Map(dm.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)])),
    indexes: [],
    foreignKeys: [],
  };
  for (const model of dm.models) {
    const table = tableOf.get(model.name) as string;
    for (const f of model.fields) {
      if (f.kind === 'object') {
        if (f.relationFromFields && f.relationFromFields.length > 0) {
          const target = modelOf.get(f.type);
          if (!target) throw new Error(`schema-catalog: relation ${model.name}.${f.name} to unknown model ${f.type}`);
          const columns = f.relationFromFields.map((n) => columnOf(model, n));
          const allRequired = f.relationFromFields.every((n) => model.fields.find((x) => x.name === n)?.isRequired);
          expected.foreignKeys.push({
            table,
            // @relation(map: …) is not in the DMMF: names follow Prisma's convention.
            name: prismaDefaultName(table, columns, 'fkey'),
            field: `${model.name}.${f.name}`,
            columns,
            refTable: tableOf.get(target.name) as string,
            refColumns: (f.relationToFields ?? []).map((n) => columnOf(target, n)),
            onDelete: PRISMA_ACTION[f.relationOnDelete ?? (allRequired ? 'Restrict' : 'SetNull')] ?? String(f.relationOnDelete),
            onUpdate: PRISMA_ACTION[f.relationOnUpdate ?? 'Cascade'] ?? String(f.relationOnUpdate),
          });
        } else if (f.isList) {
          const other = modelOf.get(f.type)?.fields.find((x) => x.relationName === f.relationName && x !== f);
          if (other?.isList && !(other.relationFromFields && other.relationFromFields.length > 0)) {
            throw new Error(`schema-catalog: implicit many-to-many relation ${f.relationName} is not supported yet; extend expectedSchema`);
          }
        }
        continue;
      }
      if (f.kind === 'unsupported') throw new Error(`schema-catalog: Unsupported("…") field ${model.name}.${f.name} is not supported`);
      let type: string;
      if (f.kind === 'enum') type = enumOf.get(f.type) ?? f.type;
      else if (f.nativeType) type = nativeTypeSql(f.nativeType[0], f.nativeType[1]);
      else {
        const t = PRISMA_SCALAR_TYPES[f.type];
        if (!t) throw new Error(`schema-catalog: no PostgreSQL mapping for ${f.type} (${model.name}.${f.name})`);
        type = t;
      }
      expected.columns.push({
        table,
        name: f.dbName ?? f.name,
        field: `${model.name}.${f.name}`,
        type: f.isList ? `${type}[]` : type,
        // Prisma creates scalar lists as nullable arrays.
        nullable: f.isList ? true : !f.isRequired,
        default: expectedDefault(f),
      });
    }
  }
  for (const ix of dm.indexes) {
    const model = modelOf.get(ix.model);
    if (!model) continue;
    const table = tableOf.get(model.name) as string;
    const columns = ix.fields.map((x) => columnOf(model, x.name));
    if (ix.type === 'fulltext') throw new Error(`schema-catalog: fulltext index on ${model.name} is not supported on PostgreSQL`);
    const kind = ix.type === 'id' ? 'primary key' : ix.type === 'unique' ? 'unique index' : 'index';
    const suffix = ix.type === 'id' ? 'pkey' : ix.type === 'unique' ? 'key' : 'idx';
    expected.indexes.push({
      table,
      name: ix.dbName ?? (ix.type === 'id' ? `${table}_pkey` : prismaDefaultName(table, columns, suffix)),
      kind,
      columns,
      descending: ix.fields.map((x) => x.sortOrder === 'desc'),
      opclasses: ix.fields.map((x) => (x.operatorClass ? snake(x.operatorClass) : null)),
      method: (ix.algorithm ?? 'BTree').toLowerCase(),
    });
  }
  return expected;
}

// ───────────────────────────── the comparison ─────────────────────────────

const list = (xs: readonly string[]) => `(${xs.join(', ')})`;
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** An object in the database; `key` is what an allow-list names. */
export interface CatalogExtra {
  key: string;
  detail?: string;
}

/**
 * Differences between the datamodel and the database, one line each; [] when
 * they agree. `allow` lists keys of database objects the schema cannot
 * express (see the key formats in the messages: "check Table.name",
 * "index Table.name", "trigger Table.name", "function name(args)",
 * "table name", …). A table the schema does not have is reported (or
 * allowed) as a whole: its columns, indexes, constraints and triggers are not
 * listed one by one.
 */
export function compareSchema(dm: Datamodel, db: Catalog, allow: readonly string[]): string[] {
  const exp = expectedSchema(dm);
  const out: string[] = [];
  const extras: CatalogExtra[] = [];

  // Tables and columns.
  for (const [table, model] of exp.tables) {
    const kind = db.relations.get(table);
    if (kind === undefined) out.push(`table ${table}: in schema (model ${model}), missing from DB`);
    // A partitioned table ('p') is a table as far as Prisma can tell (schema.prisma cannot say partitioning).
    else if (kind !== 'r' && kind !== 'p') out.push(`table ${table}: relkind '${kind}' in DB, an ordinary table in schema`);
  }
  for (const [name, kind] of db.relations) {
    if (exp.tables.has(name)) continue;
    const what = { r: 'table', p: 'table', v: 'view', m: 'materialized view', f: 'foreign table' }[kind] ?? `relation(${kind})`;
    extras.push({ key: `${what} ${name}` });
  }
  const extraTables = new Set([...db.relations.keys()].filter((t) => !exp.tables.has(t)));
  const dbColumns = new Map(db.columns.map((c) => [`${c.table}.${c.name}`, c]));
  const expectedColumns = new Set<string>();
  for (const col of exp.columns) {
    const key = `${col.table}.${col.name}`;
    expectedColumns.add(key);
    if (!db.relations.has(col.table)) continue;
    const c = dbColumns.get(key);
    if (!c) {
      out.push(`column ${key}: in schema (field ${col.field}), missing from DB`);
      continue;
    }
    if (c.type !== col.type) out.push(`column ${key}: type ${c.type} in DB, ${col.type} in schema`);
    if (c.nullable !== col.nullable) {
      out.push(col.nullable ? `column ${key}: NOT NULL in DB, optional in schema` : `column ${key}: nullable in DB, required in schema`);
    }
    if (!col.default.matches(c.default)) {
      out.push(`column ${key}: ${c.default === null ? 'no default' : `default ${c.default}`} in DB, ${col.default.describe} in schema`);
    }
  }
  for (const c of db.columns) {
    const key = `${c.table}.${c.name}`;
    if (extraTables.has(c.table) || expectedColumns.has(key)) continue;
    extras.push({ key: `column ${key}`, detail: `${c.type}, ${c.nullable ? 'nullable' : 'NOT NULL'}${c.default === null ? '' : `, default ${c.default}`}` });
  }

  // Enums and other types.
  for (const [name, values] of exp.enums) {
    const have = db.enums.get(name);
    if (!have) out.push(`enum ${name}: in schema, missing from DB`);
    else if (!sameList(have, values)) out.push(`enum ${name}: values ${list(have)} in DB, ${list(values)} in schema`);
  }
  for (const name of db.enums.keys()) if (!exp.enums.has(name)) extras.push({ key: `enum ${name}` });
  for (const t of db.types) {
    extras.push({ key: `type ${t.name}`, detail: { b: 'base type', c: 'composite type', d: 'domain', r: 'range type' }[t.kind] ?? t.kind });
  }

  // Primary keys, unique indexes, indexes.
  const matchedIndexes = new Set<string>();
  const dbIndexes = db.indexes.filter((i) => !extraTables.has(i.table));
  for (const ix of exp.indexes) {
    if (!db.relations.has(ix.table)) continue;
    const wantUnique = ix.kind !== 'index';
    const found = dbIndexes.find((i) => i.table === ix.table && i.name === ix.name);
    if (!found) {
      const alike = dbIndexes.find(
        (i) => i.table === ix.table && !matchedIndexes.has(`${i.table}.${i.name}`) && sameList(i.columns, ix.columns) && i.unique === wantUnique && i.predicate === null,
      );
      if (alike) {
        out.push(`${ix.kind} ${ix.table}.${ix.name} on ${list(ix.columns)}: named ${alike.name} in DB`);
        matchedIndexes.add(`${alike.table}.${alike.name}`);
      } else {
        out.push(`${ix.kind} ${ix.table}.${ix.name} on ${list(ix.columns)}: in schema, missing from DB`);
      }
      continue;
    }
    matchedIndexes.add(`${found.table}.${found.name}`);
    const label = `${ix.kind} ${ix.table}.${ix.name}`;
    if (!sameList(found.columns, ix.columns)) out.push(`${label}: columns ${list(found.columns)} in DB, ${list(ix.columns)} in schema`);
    if (ix.kind === 'primary key' && !found.primary) out.push(`${label}: a plain ${found.unique ? 'unique ' : ''}index in DB, the primary key in schema`);
    if (ix.kind !== 'primary key' && found.primary) out.push(`${label}: the primary key in DB, ${ix.kind === 'index' ? 'an index' : 'a unique index'} in schema`);
    if (found.unique !== wantUnique) out.push(`${label}: ${found.unique ? 'unique' : 'non-unique'} in DB, ${wantUnique ? 'unique' : 'non-unique'} in schema`);
    if (found.predicate !== null) out.push(`${label}: partial (WHERE ${found.predicate}) in DB, on all rows in schema`);
    if (found.method !== ix.method) out.push(`${label}: method ${found.method} in DB, ${ix.method} in schema`);
    if (sameList(found.columns, ix.columns)) {
      if (!sameList(found.descending, ix.descending)) out.push(`${label}: sort order ${list(found.descending.map((d) => (d ? 'DESC' : 'ASC')))} in DB, ${list(ix.descending.map((d) => (d ? 'DESC' : 'ASC')))} in schema`);
      if (!sameList(found.opclasses, ix.opclasses)) out.push(`${label}: operator classes ${list(found.opclasses.map((o) => o ?? 'default'))} in DB, ${list(ix.opclasses.map((o) => o ?? 'default'))} in schema`);
    }
  }
  for (const i of dbIndexes) {
    if (matchedIndexes.has(`${i.table}.${i.name}`)) continue;
    extras.push({ key: `index ${i.table}.${i.name}`, detail: i.definition });
  }

  // Constraints: primary keys and unique constraints go with their indexes above.
  const dbConstraints = db.constraints.filter((c) => !extraTables.has(c.table));
  const matchedFks = new Set<string>();
  for (const fk of exp.foreignKeys) {
    if (!db.relations.has(fk.table)) continue;
    const fks = dbConstraints.filter((c) => c.type === 'f' && c.table === fk.table);
    let found = fks.find((c) => c.name === fk.name);
    const label = `foreign key ${fk.table}.${fk.name}`;
    if (!found) {
      found = fks.find((c) => !matchedFks.has(c.name) && sameList(c.columns, fk.columns));
      if (!found) {
        out.push(`${label} ${list(fk.columns)} → ${fk.refTable}${list(fk.refColumns)} (relation ${fk.field}): in schema, missing from DB`);
        continue;
      }
      out.push(`${label} (relation ${fk.field}): named ${found.name} in DB`);
    }
    matchedFks.add(found.name);
    if (!sameList(found.columns, fk.columns)) out.push(`${label}: columns ${list(found.columns)} in DB, ${list(fk.columns)} in schema`);
    if (found.refTable !== fk.refTable || !sameList(found.refColumns, fk.refColumns)) {
      out.push(`${label}: references ${found.refTable ?? '?'}${list(found.refColumns)} in DB, ${fk.refTable}${list(fk.refColumns)} in schema`);
    }
    if (found.onDelete !== fk.onDelete) out.push(`${label}: ON DELETE ${found.onDelete ?? '?'} in DB, ON DELETE ${fk.onDelete} in schema`);
    if (found.onUpdate !== fk.onUpdate) out.push(`${label}: ON UPDATE ${found.onUpdate ?? '?'} in DB, ON UPDATE ${fk.onUpdate} in schema`);
  }
  for (const c of dbConstraints) {
    if (c.type === 'p' || c.type === 'u') {
      // Backed by an index, which was matched or reported above.
      continue;
    }
    if (c.type === 'f') {
      if (!matchedFks.has(c.name)) extras.push({ key: `foreign key ${c.table}.${c.name}`, detail: c.definition });
      continue;
    }
    const what = { c: 'check', x: 'exclusion constraint', t: 'constraint trigger' }[c.type] ?? `constraint(${c.type})`;
    extras.push({ key: `${what} ${c.table}.${c.name}`, detail: c.definition });
  }

  // Everything else Prisma never creates.
  for (const t of db.triggers) if (!extraTables.has(t.table)) extras.push({ key: `trigger ${t.table}.${t.name}`, detail: t.definition });
  for (const f of db.functions) extras.push({ key: `${f.kind === 'p' ? 'procedure' : 'function'} ${f.signature}` });
  for (const s of db.sequences) {
    if (s.ownerTable !== null && extraTables.has(s.ownerTable)) continue;
    const owner = s.ownerTable && s.ownerColumn ? exp.columns.find((c) => c.table === s.ownerTable && c.name === s.ownerColumn) : undefined;
    if (owner && owner.default.describe.startsWith('@default(autoincrement(')) continue;
    extras.push({ key: `sequence ${s.name}`, detail: s.ownerTable ? `owned by ${s.ownerTable}.${s.ownerColumn ?? '?'}` : undefined });
  }
  for (const t of db.rowSecurity) if (!extraTables.has(t)) extras.push({ key: `row level security ${t}` });
  for (const p of db.policies) if (!extraTables.has(p.table)) extras.push({ key: `policy ${p.table}.${p.name}` });
  for (const r of db.rules) if (!extraTables.has(r.table)) extras.push({ key: `rule ${r.table}.${r.name}` });
  for (const e of db.extensions) if (e !== 'plpgsql') extras.push({ key: `extension ${e}` });
  for (const s of db.schemas) if (s !== db.schema) extras.push({ key: `schema ${s}` });

  const allowed = new Set(allow);
  const seen = new Set<string>();
  for (const x of extras) {
    seen.add(x.key);
    if (!allowed.has(x.key)) out.push(`${x.key}: in DB${x.detail ? ` (${x.detail})` : ''}, not in schema and not allow-listed`);
  }
  for (const a of allow) if (!seen.has(a)) out.push(`${a}: allow-listed, but not in DB (remove it from the allow-list?)`);
  return out;
}
