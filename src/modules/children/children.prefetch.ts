import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ChildrenWith, Prefetch, RelationName } from '../../access/repository';
import type { Context } from '../../context';

/**
 * Lookahead (issue 9): the first-level relations of a child that a lookup or
 * a page of children asks for are read in the same statement as the children
 * (the repository's findChildren / findChildrenByIds), and the DataLoaders the
 * field resolvers use are primed with those rows, so the resolvers run
 * unchanged and find their rows in the loader cache. The rows are the ones the
 * loader would have read (the same relation query, hence the same row scope:
 * src/access/relation-batch.ts prefetchSql); a relation not read this way is
 * simply loaded by its resolver as before.
 */
interface ChildRelation {
  relation: RelationName;
  /** The child's column the relation's key matches. */
  on: Prefetch['on'];
  /** The loader the field's resolver reads. */
  loader: 'householdById' | 'guardiansByChild' | 'enrollmentByChild' | 'grantsByChild' | 'casesByChild' | 'careByChild' | 'migrantHistoryByChild' | 'disabilityByChild' | 'placementByChild';
  /** A one-row loader (oneBy: the last row of a key) rather than a list. */
  one: boolean;
}

/** Child field → the relation behind it (the resolvers in the modules read exactly these loaders). */
const CHILD_RELATIONS: Record<string, ChildRelation> = {
  household: { relation: 'householdsById', on: 'householdId', loader: 'householdById', one: true },
  guardians: { relation: 'guardiansByChild', on: 'id', loader: 'guardiansByChild', one: false },
  enrollment: { relation: 'enrollmentsByChild', on: 'id', loader: 'enrollmentByChild', one: true },
  subsidyGrants: { relation: 'grantsByChild', on: 'id', loader: 'grantsByChild', one: false },
  dropoutCases: { relation: 'casesByChild', on: 'id', loader: 'casesByChild', one: false },
  careArrangement: { relation: 'careByChild', on: 'id', loader: 'careByChild', one: true },
  migrantEnrollment: { relation: 'migrantsByChild', on: 'id', loader: 'migrantHistoryByChild', one: false },
  migrantEnrollments: { relation: 'migrantsByChild', on: 'id', loader: 'migrantHistoryByChild', one: false },
  disabilityRecord: { relation: 'disabilityByChild', on: 'id', loader: 'disabilityByChild', one: true },
  placement: { relation: 'placementByChild', on: 'id', loader: 'placementByChild', one: true },
};

/**
 * Names of the fields selected under `path` (field names from the resolved
 * field down), through fragments and inline fragments, leaving out what
 * @skip/@include leave out: exactly what execution will resolve.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    visitFields(info, sets, (field) => {
      if (field.name.value === name && field.selectionSet) next.push(field.selectionSet);
    });
    sets = next;
  }
  const out = new Set<string>();
  visitFields(info, sets, (field) => out.add(field.name.value));
  return out;
}

function visitFields(info: GraphQLResolveInfo, sets: SelectionSetNode[], onField: (f: FieldNode) => void, depth = 0): void {
  if (depth > 20) return;
  for (const set of sets) {
    for (const sel of set.selections) {
      if (!included(info, sel)) continue;
      if (sel.kind === Kind.FIELD) onField(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visitFields(info, [sel.selectionSet], onField, depth + 1);
      else {
        const frag = info.fragments[sel.name.value];
        if (frag) visitFields(info, [frag.selectionSet], onField, depth + 1);
      }
    }
  }
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
}

/** The relations to read with the children, for the child fields selected. */
export function prefetchFor(fields: ReadonlySet<string>): Prefetch[] {
  const out = new Map<RelationName, Prefetch>();
  for (const f of fields) {
    const r = CHILD_RELATIONS[f];
    if (r) out.set(r.relation, { relation: r.relation, on: r.on });
  }
  return [...out.values()];
}

/** Primes the loaders of the relations read with the children, so their resolvers find the rows. */
export function primeChildRelations(ctx: Context, found: ChildrenWith): void {
  found.with.forEach((p, i) => {
    const byKey = found.related[i] as Map<string, unknown[]>;
    for (const spec of Object.values(CHILD_RELATIONS)) {
      if (spec.relation !== p.relation) continue;
      const loader = ctx.loaders[spec.loader] as unknown as { prime(key: string, value: unknown): unknown };
      for (const child of found.rows) {
        const key = child[p.on];
        if (key === null) continue;
        const rows = byKey.get(key) ?? [];
        // oneBy keeps the last row of a key (src/lib/loaders.ts).
        loader.prime(key, spec.one ? (rows[rows.length - 1] ?? null) : rows);
      }
    }
  });
}
