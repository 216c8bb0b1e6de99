import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddleware } from 'graphql-middleware';
import { rule, shield } from 'graphql-shield';
import type { Context } from '../context';
import { HubError } from '../errors';
import { PURPOSE_FREE_CLASSES, type Purpose } from './policy';
import { fieldAllowed, guardedFields, writeAllowed, type GuardedField } from './slices';
import { cellsFor, type Viewer } from './viewer';

/**
 * The second wall: graphql-shield rules generated from the same policy table,
 * checked at execution on root and relation fields with fallbackRule deny.
 * The slice already removed what the viewer may not ask for; this wall holds
 * if a request ever reaches a schema that is not its own. Each rule reads
 * only the viewer and purpose from the context (never args or parent), so the
 * per-request `contextual` cache is safe: one evaluation per field per request.
 * Leaf fields are left unwrapped (the slice is their wall): wrapping every
 * scalar would make execution several times slower.
 */
const forbidden = () => new HubError('FORBIDDEN', 'not allowed by the access policy');

/** The shield's decision on one guarded field for a viewer and purpose: true, or the error it answers. */
export function shieldDecision({ typeName, fieldName, cls, writes }: GuardedField, viewer: Viewer, purpose: Purpose | null): true | HubError {
  const cells = cellsFor(viewer);
  if (writes !== undefined ? !writeAllowed(cells, writes) : !fieldAllowed(cells, cls, typeName, fieldName)) return forbidden();
  if (cls !== undefined && !PURPOSE_FREE_CLASSES.includes(cls) && purpose === null) {
    return new HubError('PURPOSE_REQUIRED', 'this request reads protected data: state a purpose in the X-Purpose header');
  }
  return true;
}

function fieldRule(g: GuardedField) {
  return rule(`${g.typeName}.${g.fieldName}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => shieldDecision(g, ctx.viewer, ctx.purpose));
}

/**
 * The shield's rules read only the viewer and the purpose (never a parent or
 * an argument), so for one document their decision on every guarded field it
 * names is known before execution. When every one of them passes, running
 * the document through the shield's middleware would only pass each call
 * through (302 wrapped calls, each a promise, for a page of 100 children with
 * a household and grants): the compiled execution then runs the same slice
 * without the wrappers (issue 9). When any denies, the document runs through
 * the shield as before and the denied fields answer FORBIDDEN /
 * PURPOSE_REQUIRED. Decided per (slice, document, viewer's slice key,
 * purpose stated or not), with the same decision function the rules use, for
 * the viewer of the request (so a request that reached a schema not its own
 * is still judged by its own cells).
 */
export function shieldPrecheck(schema: GraphQLSchema): (ctx: Context, document: DocumentNode) => boolean {
  const guarded = new Map(guardedFields(schema).map((g) => [`${g.typeName}.${g.fieldName}`, g]));
  const fieldsOf = new WeakMap<DocumentNode, GuardedField[]>();
  const decided = new WeakMap<DocumentNode, Map<string, boolean>>();
  return (ctx, document) => {
    let fields = fieldsOf.get(document);
    if (!fields) {
      const found = new Map<string, GuardedField>();
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            const g = parent ? guarded.get(`${parent.name}.${node.name.value}`) : undefined;
            if (g) found.set(`${g.typeName}.${g.fieldName}`, g);
          },
        }),
      );
      fieldsOf.set(document, (fields = [...found.values()]));
    }
    const key = `${ctx.viewer.sliceKey}|${ctx.purpose === null ? '-' : '+'}`;
    let byViewer = decided.get(document);
    if (!byViewer) decided.set(document, (byViewer = new Map()));
    let ok = byViewer.get(key);
    if (ok === undefined) {
      ok = fields.every((g) => shieldDecision(g, ctx.viewer, ctx.purpose) === true);
      byViewer.set(key, ok);
    }
    return ok;
  };
}

export function applyShield(schema: GraphQLSchema): GraphQLSchema {
  const guarded = guardedFields(schema);
  const tree: Record<string, Record<string, ReturnType<typeof fieldRule>>> = {};
  for (const g of guarded) (tree[g.typeName] ??= {})[g.fieldName] = fieldRule(g);
  const generator = shield(tree, {
    fallbackRule: rule('deny', { cache: 'contextual' })(() => forbidden()),
    fallbackError: forbidden,
    allowExternalErrors: true,
    debug: false,
  });
  // Keep the middleware of guarded (root and relation) fields only.
  const all = generator.generate(schema) as Record<string, Record<string, unknown>>;
  const keep = new Set(guarded.map((g) => `${g.typeName}.${g.fieldName}`));
  const map: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(all)) {
    for (const [fieldName, mw] of Object.entries(fields)) {
      if (keep.has(`${typeName}.${fieldName}`)) (map[typeName] ??= {})[fieldName] = mw;
    }
  }
  return applyMiddleware(schema, map as IMiddleware);
}
