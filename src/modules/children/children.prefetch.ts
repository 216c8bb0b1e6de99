import { getDirectiveValues, getNamedType, GraphQLIncludeDirective, GraphQLSkipDirective, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ChildrenWith, Prefetch, RelationName } from '../../access/repository';
import type { Context } from '../../context';
import { columnsFor } from '../../graphql/projection';
import { attachPrefetched } from '../../lib/prefetched';

/**
 * Lookahead (issue 9): a lookup or a page of children reads, in one
 * statement, the children and the first-level relations the request selects,
 * each projected to the columns its selection reads (src/graphql/projection.ts).
 * The relation rows are attached to their child (src/lib/prefetched.ts) under
 * the field they serve, whose resolver takes them from there; the rows are the
 * ones the field's loader would have read (the same relation query, hence the
 * same row scope: src/access/relation-batch.ts prefetchSql). A relation not
 * read this way is loaded by its resolver as before.
 */
interface ChildRelation {
  relation: RelationName;
  /** The child's column the relation's key matches. */
  on: Prefetch['on'];
  /** What the field's resolver answers from the relation's rows: all of them, the first, or the last (oneBy keeps the last). */
  shape: 'list' | 'first' | 'last';
}

/** Child field → the relation behind it (each field's resolver reads exactly this relation through its loader). */
const CHILD_RELATIONS: Record<string, ChildRelation> = {
  household: { relation: 'householdsById', on: 'householdId', shape: 'last' },
  guardians: { relation: 'guardiansByChild', on: 'id', shape: 'list' },
  enrollment: { relation: 'enrollmentsByChild', on: 'id', shape: 'last' },
  subsidyGrants: { relation: 'grantsByChild', on: 'id', shape: 'list' },
  dropoutCases: { relation: 'casesByChild', on: 'id', shape: 'list' },
  careArrangement: { relation: 'careByChild', on: 'id', shape: 'last' },
  migrantEnrollment: { relation: 'migrantsByChild', on: 'id', shape: 'first' },
  migrantEnrollments: { relation: 'migrantsByChild', on: 'id', shape: 'list' },
  disabilityRecord: { relation: 'disabilityByChild', on: 'id', shape: 'last' },
  placement: { relation: 'placementByChild', on: 'id', shape: 'last' },
};

/** What to read with the children for one selection: the children's columns (all when undefined) and the relations. */
export interface ChildReadPlan {
  columns?: string[];
  relations: Prefetch[];
  /** Child field → index into relations. */
  fields: Array<[string, number]>;
}

/**
 * The plan for the child fields selected at `path` under the resolved field
 * (`['edges', 'node']` for a page, `[]` for a lookup): the relations behind
 * the selected relation fields, each projected to its own selection, and the
 * children's columns their selected fields read (plus the keys).
 */
export function childReadPlan(info: GraphQLResolveInfo, path: readonly string[], projection = true): ChildReadPlan {
  const fields = selectedFields(info, path);
  const childType = info.schema.getType('Child');
  const relations: Prefetch[] = [];
  const byField: Array<[string, number]> = [];
  for (const f of fields) {
    const r = CHILD_RELATIONS[f];
    if (!r) continue;
    let i = relations.findIndex((x) => x.relation === r.relation);
    if (i < 0) {
      const typeName = isObjectType(childType) ? getNamedType(childType.getFields()[f]?.type)?.name : undefined;
      const model = RELATION_MODELS[r.relation];
      const only = projection && typeName && model ? columnsFor(model, typeName, selectedFields(info, [...path, f]), RELATION_KEYS[r.relation] ?? ['id']) : null;
      relations.push({ relation: r.relation, on: r.on, ...(only ? { only } : {}) });
      i = relations.length - 1;
    } else if (relations[i]?.only) {
      // The same relation behind two fields (migrantEnrollment, migrantEnrollments): the columns of both selections.
      const typeName = isObjectType(childType) ? getNamedType(childType.getFields()[f]?.type)?.name : undefined;
      const model = RELATION_MODELS[r.relation];
      const more = projection && typeName && model ? columnsFor(model, typeName, selectedFields(info, [...path, f]), []) : null;
      const prev = relations[i] as Prefetch;
      relations[i] = more ? { ...prev, only: [...new Set([...(prev.only ?? []), ...more])] } : { relation: prev.relation, on: prev.on };
    }
    byField.push([f, i]);
  }
  const columns = projection ? columnsFor('Child', 'Child', fields, ['id', ...relations.map((r) => r.on)]) : null;
  return { ...(columns ? { columns } : {}), relations, fields: byField };
}

/** The model of each relation read with the children, and the key columns its rows always carry. */
const RELATION_MODELS: Partial<Record<RelationName, string>> = {
  householdsById: 'Household',
  guardiansByChild: 'Guardianship',
  enrollmentsByChild: 'Enrollment',
  grantsByChild: 'SubsidyGrant',
  casesByChild: 'DropoutCase',
  careByChild: 'CareArrangement',
  migrantsByChild: 'MigrantEnrollment',
  disabilityByChild: 'DisabilityRecord',
  placementByChild: 'Placement',
};
const RELATION_KEYS: Partial<Record<RelationName, string[]>> = {
  householdsById: ['id'],
};

/**
 * Attaches to each child the rows of the relations read with it, under the
 * fields they serve; primes childById with whole rows only (a projected row
 * must not reach another part of the request).
 */
export function attachChildRelations(ctx: Context, plan: ChildReadPlan, found: ChildrenWith): void {
  if (plan.columns === undefined) for (const c of found.rows) ctx.loaders.childById.prime(c.id, c);
  for (const [field, i] of plan.fields) {
    const p = plan.relations[i] as Prefetch;
    const j = found.with.indexOf(p);
    if (j < 0) continue; // not readable with the children (prefetchable): its resolver loads it
    const byKey = found.related[j] as Map<string, unknown[]>;
    const shape = (CHILD_RELATIONS[field] as ChildRelation).shape;
    for (const child of found.rows) {
      const key = child[p.on];
      const rows = key === null ? [] : (byKey.get(key) ?? []);
      attachPrefetched(child, field, shape === 'list' ? rows : shape === 'first' ? (rows[0] ?? null) : (rows[rows.length - 1] ?? null));
    }
  }
}

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

