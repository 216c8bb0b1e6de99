import {
  getNamedType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { operationCost } from '../graphql/limits';
import type { ColumnDef, LedgerDef, ParamDef } from './ledgers';

/**
 * One ledger as one caller may export it: the columns its schema slice has,
 * the GraphQL document selecting exactly those (built from the slice, so it
 * validates there by construction), and the variables from the caller's
 * filters. A column whose field is not in the slice is left out, as the field
 * does not exist for that caller over /graphql either (access-policy "Out of
 * slice"); masking stays with the slice's resolvers.
 */
export interface PlannedColumn extends ColumnDef {
  leaf: GraphQLLeafType;
}

export interface ExportPlan {
  ledger: LedgerDef;
  columns: PlannedColumn[];
  /** The document, one named query. */
  query: string;
  operationName: string;
  /** Variables of every page (the cursor and page size are added per page). */
  variables: Record<string, unknown>;
  /** Kept rows must hold these values (paths under `each`). */
  rowFilters: Array<{ path: string; value: unknown }>;
  /** Rows per request. */
  pageSize: number;
}

/** A request the caller can correct (400) or a ledger outside the caller's slice (403). */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

type Tree = Map<string, Tree>;

/** The leaf at the end of a dotted path from `type`, or null when a step is not in the schema. */
export function leafAt(type: GraphQLObjectType, path: string): GraphQLLeafType | null {
  let t: GraphQLObjectType = type;
  const steps = path.split('.');
  for (let i = 0; i < steps.length; i++) {
    const f: GraphQLField<unknown, unknown> | undefined = t.getFields()[steps[i] as string];
    if (!f || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return null;
    const named = getNamedType(f.type);
    if (i === steps.length - 1) return isLeafType(named) ? named : null;
    if (!isObjectType(named)) return null;
    t = named;
  }
  return null;
}

function addPath(tree: Tree, path: string): void {
  let node = tree;
  for (const step of path.split('.')) {
    let next = node.get(step);
    if (!next) node.set(step, (next = new Map()));
    node = next;
  }
}

function printTree(tree: Tree): string {
  return [...tree].map(([name, sub]) => (sub.size === 0 ? name : `${name} { ${printTree(sub)} }`)).join(' ');
}

/** The object type of one item of the ledger (the connection's node type for a connection). */
function itemType(ledger: LedgerDef, rootField: GraphQLField<unknown, unknown>): GraphQLObjectType | null {
  const named = getNamedType(rootField.type);
  if (!isObjectType(named)) return null;
  if (ledger.paging.kind === 'keyset') return named;
  const edges = named.getFields()['edges'];
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields()['node'] : undefined;
  const nodeType = node ? getNamedType(node.type) : undefined;
  return nodeType && isObjectType(nodeType) ? nodeType : null;
}

function notAvailable(ledger: LedgerDef): ExportError {
  return new ExportError(403, 'FORBIDDEN', `the ledger ${ledger.name} (${ledger.title}) is not in your agency's data slice`);
}

/** The columns of a ledger a slice has (for the listing and for planning). */
export function columnsIn(schema: GraphQLSchema, ledger: LedgerDef): PlannedColumn[] | null {
  const rootField = schema.getQueryType()?.getFields()[ledger.root];
  if (!rootField) return null;
  const item = itemType(ledger, rootField);
  if (!item) return null;
  if (!ledger.essential.every((p) => leafAt(item, p) !== null)) return null;
  if (ledger.fixed?.args && !Object.keys(ledger.fixed.args).every((a) => rootField.args.some((x) => x.name === a))) return null;
  if (ledger.fixed?.filter) {
    const fields = filterFields(rootField);
    if (!fields || !Object.keys(ledger.fixed.filter).every((f) => f in fields)) return null;
  }
  const out: PlannedColumn[] = [];
  for (const c of ledger.columns) {
    const leaf = leafAt(item, c.path);
    if (leaf) out.push({ ...c, leaf });
  }
  return out.length > 0 ? out : null;
}

function filterFields(rootField: GraphQLField<unknown, unknown>) {
  const arg = rootField.args.find((a) => a.name === 'filter');
  const t = arg ? getNamedType(arg.type) : undefined;
  return t && isInputObjectType(t) ? t.getFields() : null;
}

/** Query parameters → typed values, each checked against the caller's slice; errors name the parameter. */
function parseParam(p: ParamDef, raw: string, type: GraphQLInputType | GraphQLLeafType): unknown {
  const named = getNamedType(type);
  const bad = (why: string) => new ExportError(400, 'BAD_USER_INPUT', `parameter ${p.name}: ${why}`, p.name);
  if (named === GraphQLInt) {
    if (!/^-?[0-9]{1,9}$/.test(raw)) throw bad('must be a whole number');
    return Number(raw);
  }
  if (named === GraphQLFloat) {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw bad('must be a number');
    return n;
  }
  if (named === GraphQLBoolean) {
    if (['true', '1', '是'].includes(raw)) return true;
    if (['false', '0', '否'].includes(raw)) return false;
    throw bad('must be true or false');
  }
  if (isEnumType(named)) {
    const v = named.getValues().find((e) => e.name === raw.toUpperCase() || enumLabel(named, e.name) === raw);
    if (!v) throw bad(`must be one of ${named.getValues().map((e) => e.name).join(', ')}`);
    return v.name;
  }
  if (named === GraphQLString || named === GraphQLID) {
    if (raw.length === 0 || raw.length > 100) throw bad('must be 1–100 characters');
    if (p.pattern && !p.pattern.test(raw)) throw bad('has the wrong shape (e.g. a 12-digit division code)');
    return raw;
  }
  throw bad('is not supported in exports');
}

const labels = new WeakMap<GraphQLEnumType, Map<string, string>>();

/** The Chinese label of an enum value, from its description ("Dropped out (辍学)" → 辍学); the name when there is none. */
export function enumLabel(type: GraphQLEnumType, name: string): string {
  let m = labels.get(type);
  if (!m) {
    m = new Map();
    for (const v of type.getValues()) {
      const groups = [...(v.description ?? '').matchAll(/\(([^()]*)\)/g)].map((x) => x[1] as string);
      const cjk = groups.find((g) => /[\u4e00-\u9fff]/.test(g));
      m.set(v.name, cjk ? (cjk.split(/[,，;；]/)[0] as string).trim() : v.name);
    }
    labels.set(type, m);
  }
  return m.get(name) ?? name;
}

/**
 * Plans one export for a slice. Throws ExportError: 403 when the ledger is
 * not in the slice, 400 naming the parameter when a filter is unknown, not in
 * the slice or malformed.
 */
export function planExport(schema: GraphQLSchema, ledger: LedgerDef, params: URLSearchParams, maxCost: number): ExportPlan {
  const rootField = schema.getQueryType()?.getFields()[ledger.root];
  const columns = columnsIn(schema, ledger);
  if (!rootField || !columns) throw notAvailable(ledger);
  const item = itemType(ledger, rootField) as GraphQLObjectType;

  const args: Record<string, unknown> = { ...(ledger.fixed?.args ?? {}) };
  const slicedFilter = filterFields(rootField);
  const filter: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ledger.defaults?.filter ?? {})) if (slicedFilter && k in slicedFilter) filter[k] = v;
  const rowFilters: ExportPlan['rowFilters'] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    const p = ledger.params.find((x) => x.name === name);
    if (!p) {
      throw new ExportError(400, 'BAD_USER_INPUT', `unknown parameter ${name.slice(0, 40)} for the ledger ${ledger.name} (accepted: ${ledger.params.map((x) => x.name).join(', ')})`, name.slice(0, 40));
    }
    if (seen.has(name)) throw new ExportError(400, 'BAD_USER_INPUT', `parameter ${name} given twice`, name);
    seen.add(name);
    const unavailable = new ExportError(400, 'BAD_USER_INPUT', `parameter ${name} is not available to your agency`, name);
    const t = p.target;
    if ('arg' in t) {
      const a = rootField.args.find((x) => x.name === t.arg);
      if (!a) throw unavailable;
      args[t.arg] = parseParam(p, raw, a.type);
    } else if ('filter' in t) {
      const f = slicedFilter?.[t.filter];
      if (!f) throw unavailable;
      filter[t.filter] = parseParam(p, raw, f.type);
    } else {
      const leaf = leafAt(item, t.row);
      if (!leaf) throw unavailable;
      rowFilters.push({ path: t.row, value: parseParam(p, raw, leaf) });
    }
  }
  Object.assign(filter, ledger.fixed?.filter ?? {});

  const tree: Tree = new Map();
  for (const c of columns) addPath(tree, c.path);
  for (const f of rowFilters) addPath(tree, f.path);

  const defs: string[] = ['$first: Int!'];
  const passed: string[] = ['first: $first'];
  const variables: Record<string, unknown> = {};
  const declare = (name: string, value: unknown) => {
    const a = rootField.args.find((x) => x.name === name);
    if (!a) throw notAvailable(ledger);
    defs.push(`$${name}: ${String(a.type)}`);
    passed.push(`${name}: $${name}`);
    variables[name] = value;
  };
  for (const [k, v] of Object.entries(args)) declare(k, v);
  if (Object.keys(filter).length > 0) declare('filter', filter);
  let selection = printTree(tree);
  if (ledger.paging.kind === 'connection') {
    defs.push('$after: String');
    passed.push('after: $after');
    selection = `edges { node { ${selection} } } pageInfo { hasNextPage endCursor }`;
  } else {
    // Keyset: the next page starts after the last item's id.
    if (!rootField.args.some((a) => a.name === 'after')) throw notAvailable(ledger);
    defs.push('$after: ID');
    passed.push('after: $after');
    if (!tree.has('id')) selection = `id ${selection}`;
  }
  const operationName = `Export_${ledger.name.replace(/[^A-Za-z0-9]/g, '_')}`;
  const query = `query ${operationName}(${defs.join(', ')}) { ${ledger.root}(${passed.join(', ')}) { ${selection} } }`;
  const pageSize = ledger.paging.kind === 'keyset' ? ledger.paging.max : pageSizeWithin(schema, query, ledger.paging.maxPage, maxCost);
  return { ledger, columns, query, operationName, variables, rowFilters, pageSize };
}

/** The largest page (≤ max) whose cost stays within the request limit (architecture.md "Limits"). */
function pageSizeWithin(schema: GraphQLSchema, query: string, max: number, maxCost: number): number {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const root = schema.getQueryType();
  if (!op || !root) return max;
  const cost = (n: number) => operationCost(schema, op.selectionSet, root, {}, { first: n });
  const fixed = cost(0);
  const perRow = cost(1) - fixed;
  if (perRow <= 0) return max;
  return Math.max(1, Math.min(max, Math.floor((maxCost - fixed) / perRow)));
}

/** Values at a dotted path; lists on the way are flattened. */
export function valuesAt(obj: unknown, path: string): unknown[] {
  let cur: unknown[] = [obj];
  for (const step of path.split('.')) {
    const next: unknown[] = [];
    for (const o of cur) {
      if (o === null || o === undefined || typeof o !== 'object') continue;
      const v = (o as Record<string, unknown>)[step];
      if (Array.isArray(v)) next.push(...(v as unknown[]));
      else if (v !== null && v !== undefined) next.push(v);
    }
    cur = next;
  }
  return cur;
}

/** The raw rows of one page of results: items, or the `each` elements of items (with their item). */
export function rowsOf(plan: ExportPlan, data: Record<string, unknown>): Array<{ item: unknown; element: unknown }> {
  const root = data[plan.ledger.root];
  const items: unknown[] =
    plan.ledger.paging.kind === 'connection'
      ? ((root as { edges?: Array<{ node: unknown }> } | null)?.edges ?? []).map((e) => e.node)
      : Array.isArray(root) ? (root as unknown[]) : [];
  const each = plan.ledger.each;
  if (!each) return items.filter((item) => plan.rowFilters.every((f) => valuesAt(item, f.path).some((v) => v === f.value))).map((item) => ({ item, element: item }));
  const out: Array<{ item: unknown; element: unknown }> = [];
  for (const item of items) {
    const list = (item as Record<string, unknown> | null)?.[each];
    if (!Array.isArray(list)) continue;
    for (const element of list as unknown[]) {
      const keep = plan.rowFilters.every((f) => valuesAt(element, f.path.slice(each.length + 1)).some((v) => v === f.value));
      if (keep) out.push({ item, element });
    }
  }
  return out;
}

/** Values of one column of one row: paths under `each` are read on the row's element, others on its item. */
export function columnValues(plan: ExportPlan, row: { item: unknown; element: unknown }, path: string): unknown[] {
  const each = plan.ledger.each;
  if (each && path.startsWith(`${each}.`)) return valuesAt(row.element, path.slice(each.length + 1));
  return valuesAt(row.item, path);
}
