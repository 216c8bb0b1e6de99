/**
 * Relations read in the same statement as their parent rows (issue 9) are
 * attached to those rows, under this symbol, by the field they serve: the
 * field's resolver takes them from its parent instead of loading them.
 * Attached, not put in a shared DataLoader cache, because they may be
 * projected to the columns that one selection reads (src/graphql/projection.ts).
 */
export const PREFETCHED: unique symbol = Symbol('prefetched');

/** What the resolver of `field` finds attached to its parent row; undefined when nothing was read with it. */
export function prefetchedOf<T>(parent: object, field: string): T | undefined {
  const attached = (parent as { [PREFETCHED]?: Record<string, unknown> })[PREFETCHED];
  return attached === undefined || !(field in attached) ? undefined : (attached[field] as T);
}

/** Attaches the value of `field` to a parent row. */
export function attachPrefetched(parent: object, field: string, value: unknown): void {
  const p = parent as { [PREFETCHED]?: Record<string, unknown> };
  (p[PREFETCHED] ??= {})[field] = value;
}
