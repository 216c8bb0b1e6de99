import type { GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddleware } from 'graphql-middleware';
import { rule, shield } from 'graphql-shield';
import type { Context } from '../context';
import { HubError } from '../errors';
import { PURPOSE_FREE_CLASSES } from './policy';
import { fieldAllowed, guardedFields, writeAllowed, type GuardedField } from './slices';
import { cellsFor } from './viewer';

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

function fieldRule({ typeName, fieldName, cls, writes }: GuardedField) {
  return rule(`${typeName}.${fieldName}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
    const cells = cellsFor(ctx.viewer);
    if (writes !== undefined ? !writeAllowed(cells, writes) : !fieldAllowed(cells, cls, typeName, fieldName)) return forbidden();
    if (cls !== undefined && !PURPOSE_FREE_CLASSES.includes(cls) && ctx.purpose === null) {
      return new HubError('PURPOSE_REQUIRED', 'this request reads protected data: state a purpose in the X-Purpose header');
    }
    return true;
  });
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
