/**
 * An INDEPENDENT reading of the policy table (src/access/policy.ts) for the
 * contract tests under test/access/. It reads MATRIX and the field classes
 * straight from the full schema's `fieldClass` extensions and never calls the
 * code under test (cellFor, cellsFor, fieldAllowed, buildSlice, rowScopeFor):
 * if the hub's derivation of slices from the table goes wrong, the two
 * disagree and the tests say where.
 */
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { FIELD_CLASSES, type FieldClass } from '../../src/access/field-classes';
import { MATRIX, PURPOSES, type Agency } from '../../src/access/policy';

export type ReadKind = 'full' | 'masked' | 'none';
export interface OracleGrant {
  class: string;
  access: 'R' | 'M';
}
/** Who asks: an agency in its own right (grants null) or a partner acting for it with grants. */
export interface Asker {
  agency: Agency;
  grants: readonly OracleGrant[] | null;
}

export const own = (agency: Agency): Asker => ({ agency, grants: null });

/** The class tag of a schema field or input field, read from the extension (no helper of src/). */
export function tagOf(field: { extensions?: Record<string, unknown> | null | undefined }): string | undefined {
  const v = field.extensions?.['fieldClass'];
  return typeof v === 'string' ? v : undefined;
}

/**
 * What the policy says an asker may read of a class: the agency's cell; for a
 * partner, REFERENCE as the agency, any other class only when granted AND
 * readable by the agency, masked when either the grant or the cell says so.
 */
export function readOf(asker: Asker, cls: string | undefined): { read: ReadKind; only: readonly string[] | null } {
  if (cls === undefined || !(FIELD_CLASSES as readonly string[]).includes(cls)) return { read: 'none', only: null };
  const row = (MATRIX as Record<string, Record<string, { read: ReadKind; only?: readonly string[] }>>)[cls];
  const cell = row?.[asker.agency];
  if (!cell) return { read: 'none', only: null };
  const only = cell.only ?? null;
  if (asker.grants === null || cls === 'REFERENCE') return { read: cell.read, only };
  const grant = asker.grants.find((g) => g.class === cls);
  if (!grant || cell.read === 'none') return { read: 'none', only: null };
  return { read: grant.access === 'M' || cell.read === 'masked' ? 'masked' : 'full', only };
}

/** May the asker read this field of this type, by its class (and the `only` list of the cell)? */
export function mayReadField(asker: Asker, typeName: string, fieldName: string, cls: string | undefined): boolean {
  const { read, only } = readOf(asker, cls);
  if (read === 'none') return false;
  if (only === null) return true;
  return only.includes(typeName) || only.includes(`${typeName}.${fieldName}`);
}

export function purposeOf(agency: Agency): string {
  return PURPOSES[agency][0] as string;
}

/**
 * May the asker run this mutation? access-policy "Writes": only if the agency
 * has W on every class the mutation writes (the `writes` extension: a list of
 * {class, kind}); a cell with named kinds of write allows only those kinds.
 * Partners read only. A mutation that declares no writes is in no slice.
 */
export function mayWrite(asker: Asker, writes: unknown): boolean {
  if (asker.grants !== null) return false;
  if (!Array.isArray(writes) || writes.length === 0) return false;
  return writes.every((w: { class?: unknown; kind?: unknown }) => {
    if (typeof w?.class !== 'string' || !(FIELD_CLASSES as readonly string[]).includes(w.class)) return false;
    const cell = (MATRIX as Record<string, Record<string, { read: ReadKind; write: boolean | readonly string[] }>>)[w.class]?.[asker.agency];
    if (!cell || cell.read === 'none') return false;
    return cell.write === true || (Array.isArray(cell.write) && cell.write.includes(w.kind as string));
  });
}

export const writesTag = (field: { extensions?: Record<string, unknown> | null | undefined }): unknown => field.extensions?.['writes'];

/** Object and input types of a schema, without introspection types. */
export function ownTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
}

/**
 * The slice the asker should get: object fields and input fields it may read,
 * on types that stay reachable from Query through such fields and keep at
 * least one field (a type left empty disappears, and so do fields returning it).
 * Map type name → field names. Computed to a fixed point.
 */
export function expectedSlice(full: GraphQLSchema, asker: Asker): Map<string, Set<string>> {
  const composite = ownTypes(full).filter((t) => isObjectType(t) || isInputObjectType(t)) as Array<
    GraphQLObjectType | GraphQLInputObjectType
  >;
  let alive = new Set(composite.map((t) => t.name));
  for (;;) {
    const fieldsOf = new Map<string, Set<string>>();
    for (const t of composite) {
      const keep = new Set<string>();
      const isMutation = t.name === full.getMutationType()?.name;
      for (const f of Object.values(t.getFields())) {
        if (isMutation ? !mayWrite(asker, writesTag(f)) : !mayReadField(asker, t.name, f.name, tagOf(f))) continue;
        const named = getNamedType(f.type as GraphQLType);
        if (!isLeafType(named) && !alive.has(named.name)) continue;
        keep.add(f.name);
      }
      fieldsOf.set(t.name, keep);
    }
    // Reachability from Query through kept fields (and their arguments' input types).
    const reach = new Set<string>();
    // Roots: Query and Subscription fields are reads of their class; Mutation fields are writes.
    const queue = [full.getQueryType(), full.getMutationType(), full.getSubscriptionType()].filter((t) => !!t).map((t) => t!.name);
    while (queue.length) {
      const name = queue.pop()!;
      if (reach.has(name)) continue;
      const kept = fieldsOf.get(name);
      if (!kept || kept.size === 0) continue;
      reach.add(name);
      const t = full.getType(name) as GraphQLObjectType;
      for (const fname of kept) {
        const f = t.getFields()[fname]!;
        queue.push(getNamedType(f.type).name);
        if ('args' in f) for (const a of (f as GraphQLField<unknown, unknown>).args) queue.push(getNamedType(a.type).name);
      }
    }
    const next = new Set([...reach].filter((n) => (fieldsOf.get(n)?.size ?? 0) > 0));
    if (next.size === alive.size && [...next].every((n) => alive.has(n))) {
      const out = new Map<string, Set<string>>();
      for (const n of next) out.set(n, fieldsOf.get(n)!);
      return out;
    }
    alive = next;
  }
}

export const inSlice = (slice: Map<string, Set<string>>, typeName: string, fieldName: string) =>
  slice.get(typeName)?.has(fieldName) ?? false;

/** One step of a path from Query: the field `field` of the object type `type`. */
export interface Step {
  type: string;
  field: string;
}

/**
 * Shortest paths from Query to every object type (breadth first, fields in
 * schema order), within the given fields (all of the full schema by default).
 */
export function shortestPaths(full: GraphQLSchema, within?: Map<string, Set<string>>): Map<string, Step[]> {
  const q = full.getQueryType()!;
  const paths = new Map<string, Step[]>([[q.name, []]]);
  const queue: string[] = [q.name];
  while (queue.length) {
    const name = queue.shift()!;
    const t = full.getType(name) as GraphQLObjectType;
    for (const f of Object.values(t.getFields())) {
      if (within && !inSlice(within, name, f.name)) continue;
      const named = getNamedType(f.type);
      if (!isObjectType(named) || paths.has(named.name)) continue;
      paths.set(named.name, [...paths.get(name)!, { type: name, field: f.name }]);
      queue.push(named.name);
    }
  }
  return paths;
}

/** Every (type, field) of object types reachable from Query, with the shortest path to it (ending with it). */
export function fieldPaths(full: GraphQLSchema, within?: Map<string, Set<string>>): Array<{ type: string; field: string; path: Step[] }> {
  const out: Array<{ type: string; field: string; path: Step[] }> = [];
  for (const [typeName, toType] of shortestPaths(full, within)) {
    const t = full.getType(typeName) as GraphQLObjectType;
    for (const f of Object.values(t.getFields())) {
      if (within && !inSlice(within, typeName, f.name)) continue;
      out.push({ type: typeName, field: f.name, path: [...toType, { type: typeName, field: f.name }] });
    }
  }
  return out;
}

/** Ids the generated queries use for id arguments, by the root field's return type. */
export interface PathIds {
  Child?: string;
  Household?: string;
  School?: string;
}

const ID_ARGS: Record<string, keyof PathIds> = { childId: 'Child', schoolId: 'School', householdId: 'Household' };

function literalFor(type: GraphQLInputType, argName: string, returnType: string, ids: PathIds): string {
  const named = getNamedType(type);
  if (named.name === 'ID') {
    const byArg = ID_ARGS[argName];
    return JSON.stringify((byArg ? ids[byArg] : (ids as Record<string, string | undefined>)[returnType]) ?? randomUUID());
  }
  if (named.name === 'Int') return ({ schoolYear: '2026', year: '2026', month: '10', grade: '3', term: '1' } as Record<string, string>)[argName] ?? '1';
  if (named.name === 'Float') return '1.0';
  if (named.name === 'Boolean') return 'true';
  if (named.name === 'LocalDate') return '"2026-01-01"';
  if (isEnumType(named)) return named.getValues()[0]!.name;
  return '"x"';
}

/**
 * The smallest document that reaches the last step's field: required
 * arguments filled (ids from `ids`, `first: 1` on lists), an object-typed
 * last field closed with `{ __typename }`.
 */
export function documentFor(full: GraphQLSchema, path: Step[], ids: PathIds = {}): string {
  let inner = '';
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i]!;
    const f = (full.getType(step.type) as GraphQLObjectType).getFields()[step.field]!;
    const returnType = getNamedType(f.type).name;
    // Required arguments, and `first` always (a large default would trip the cost limit).
    const args = f.args
      .filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || a.name === 'first')
      .map((a) => `${a.name}: ${literalFor(a.type, a.name, returnType, ids)}`);
    const argText = args.length ? `(${args.join(', ')})` : '';
    const sel = i === path.length - 1 ? (isLeafType(getNamedType(f.type)) ? '' : ' { __typename }') : ` { ${inner} }`;
    inner = `${step.field}${argText}${sel}`;
  }
  return `{ ${inner} }`;
}

/**
 * An operation document cut down to what the slice holds: fields outside it
 * removed, fragments on types outside it removed, selections left empty
 * removed (and spreads of fragments left empty), unused fragments and
 * variables removed. Null when nothing of the operation is left.
 */
export function pruneToSlice(full: GraphQLSchema, source: string | DocumentNode, slice: Map<string, Set<string>>): string | null {
  let doc = typeof source === 'string' ? parse(source) : source;
  const typeInfo = new TypeInfo(full);
  doc = visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          if (node.name.value.startsWith('__')) return undefined;
          const parent = typeInfo.getParentType();
          if (!parent || !inSlice(slice, parent.name, node.name.value)) return null;
          return undefined;
        },
      },
      InlineFragment: { enter: (node) => (node.typeCondition && !slice.has(node.typeCondition.name.value) ? null : undefined) },
      FragmentDefinition: { enter: (node) => (slice.has(node.typeCondition.name.value) ? undefined : null) },
    }),
  );
  // Drop what became empty, to a fixed point.
  for (;;) {
    let changed = false;
    const defined = new Set(
      doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.selectionSet.selections.length > 0).map((d) => (d as { name: { value: string } }).name.value),
    );
    const empty = (node: { selectionSet?: { selections: readonly unknown[] } }) => {
      if (node.selectionSet && node.selectionSet.selections.length === 0) {
        changed = true;
        return null;
      }
      return undefined;
    };
    doc = visit(doc, {
      FragmentSpread: (node) => {
        if (defined.has(node.name.value)) return undefined;
        changed = true;
        return null;
      },
      Field: { leave: empty },
      InlineFragment: { leave: empty },
      FragmentDefinition: { leave: empty },
      OperationDefinition: { leave: empty },
    });
    if (!changed) break;
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) return null;
  doc = withUsedFragmentsOnly(doc, ops[0]!);
  // Variable definitions themselves contain Variable nodes: count uses outside them.
  const used = new Set<string>();
  for (const d of doc.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) visit(d.selectionSet, { Variable: (v) => void used.add(v.name.value) });
    if (d.kind === Kind.FRAGMENT_DEFINITION) visit(d.selectionSet, { Variable: (v) => void used.add(v.name.value) });
  }
  doc = visit(doc, { VariableDefinition: (d) => (used.has(d.variable.name.value) ? undefined : null) });
  return print(doc);
}

/** The operation with the fragments it uses (transitively), and no other definition. */
export function withUsedFragmentsOnly(doc: DocumentNode, op: OperationDefinitionNode): DocumentNode {
  const frags = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) frags.set(d.name.value, d);
  const used = new Set<string>();
  const walk = (node: ASTNode) =>
    visit(node, {
      FragmentSpread: (s) => {
        if (used.has(s.name.value)) return;
        used.add(s.name.value);
        const f = frags.get(s.name.value);
        if (f) walk(f);
      },
    });
  walk(op);
  return { kind: Kind.DOCUMENT, definitions: [op, ...[...frags.values()].filter((f) => used.has(f.name.value))] };
}

/** Classes an operation reads, by the full schema's tags (for the purpose contract). */
export function classesOf(full: GraphQLSchema, source: string): Set<string> {
  const typeInfo = new TypeInfo(full);
  const out = new Set<string>();
  visit(
    parse(source),
    visitWithTypeInfo(typeInfo, {
      Field() {
        const def = typeInfo.getFieldDef();
        const c = def ? tagOf(def) : undefined;
        if (c) out.add(c);
      },
    }),
  );
  return out;
}

/** The masked form the policy prescribes: first 3 and last 4 characters, the rest '*'. */
export function maskedForm(v: string): string {
  if (v.length <= 7) return '*'.repeat(v.length);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

/** Runs async jobs with at most `n` in flight. */
export async function inBatches<T, R>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      for (;;) {
        const i = next++;
        if (i >= items.length) return;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

export type FieldClassName = FieldClass;

/**
 * Everything of a type the slice holds, down to `depth` levels: leaf fields,
 * and object fields (without required arguments) whose type is in the slice.
 */
export function selectionFor(full: GraphQLSchema, typeName: string, slice: Map<string, Set<string>>, depth: number): string {
  const t = full.getType(typeName);
  if (!t || !isObjectType(t)) return '';
  const parts: string[] = [];
  for (const f of Object.values(t.getFields())) {
    if (!inSlice(slice, typeName, f.name)) continue;
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth > 1 && isObjectType(named) && slice.has(named.name)) {
      const inner = selectionFor(full, named.name, slice, depth - 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/**
 * Arguments the slice should keep, as `Type.field(arg)`, for the fields of the
 * expected slice: an argument tagged with a class only if the asker may read
 * that class (a filter or lookup key is an oracle for its field); an untagged
 * one if its input type is still there.
 */
export function expectedArgs(full: GraphQLSchema, asker: Asker, slice: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  for (const [typeName, fields] of slice) {
    const t = full.getType(typeName);
    if (!t || !isObjectType(t)) continue;
    for (const fname of fields) {
      for (const a of t.getFields()[fname]!.args) {
        const cls = tagOf(a);
        if (cls !== undefined && readOf(asker, cls).read === 'none') continue;
        const named = getNamedType(a.type);
        if (!isLeafType(named) && !slice.has(named.name)) continue;
        out.push(`${typeName}.${fname}(${a.name})`);
      }
    }
  }
  return out.sort();
}
