import { isObjectType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import { scalarFields } from '../db/model-meta';

/**
 * Which columns of a row the GraphQL fields of its type read (issue 9: a
 * statement selects only those, instead of every column of every row). A
 * field without a resolver reads the row property of its own name; a field
 * resolver declares what it reads with @Reads(...) beside @FieldResolver; a
 * field resolver that declares nothing makes its type's rows whole (safe: the
 * projection only ever leaves out what is known to be unread).
 *
 * Rows read this way are handed only to the resolvers of the selection they
 * were projected for (the parent rows of that subtree), never to a shared
 * DataLoader cache, so nothing else in the request can meet a partial row.
 */
export const READS_EXTENSION = 'reads';

/** The parent row's columns a field resolver reads. */
export function Reads(...columns: string[]): MethodDecorator & PropertyDecorator {
  return Extensions({ [READS_EXTENSION]: columns });
}

/** type → field → the columns it reads; null: unknown (a resolver that declares nothing). */
let needs: Map<string, Map<string, readonly string[] | null>> | null = null;

/** Records the needs of every field of the full schema (called when it is built; slices keep the same names). */
export function recordFieldNeeds(schema: GraphQLSchema): void {
  const out = new Map<string, Map<string, readonly string[] | null>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = new Map<string, readonly string[] | null>();
    for (const f of Object.values(type.getFields())) {
      const reads = f.extensions?.[READS_EXTENSION] as readonly string[] | undefined;
      fields.set(f.name, reads ?? (f.resolve === undefined ? [f.name] : null));
    }
    out.set(type.name, fields);
  }
  needs = out;
}

/**
 * The columns of `model` that the fields selected on `typeName` read, plus
 * `always`; null when any of them is unknown or is not a column (the whole
 * row is read then).
 */
export function columnsFor(model: string, typeName: string, selected: Iterable<string>, always: readonly string[]): string[] | null {
  const byField = needs?.get(typeName);
  if (!byField) return null;
  const columns = new Set(scalarFields(model).map(([name]) => name));
  const out = new Set<string>(always);
  for (const field of selected) {
    if (field === '__typename') continue;
    const reads = byField.get(field);
    if (!reads) return null;
    for (const c of reads) {
      if (!columns.has(c)) return null;
      out.add(c);
    }
  }
  return [...out];
}
