import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The read operations of the benchmarks, taken from the committed operation
 * documents so that the benchmarks follow them.
 *
 * bench-read and bench-peer: ChildrenDeep (schema/operations/children/) and
 * ChildDetail, trimmed of the four fields that decrypt an identifier
 * (AES-256-GCM per value in the resolver): the floor's single SQL statement
 * cannot decrypt, so keeping them would charge the hub for work the floor
 * does not do.
 *
 * bench-peer: ListGrants and ChildById (schema/operations/bench/), and the same
 * two questions asked of PostGraphile 5 in its own (default, amber preset)
 * names: allChildren / childByRowId, rowId for the column `id` (its `id` is
 * the global Node ID), householdByHouseholdId, subsidyGrantsByChildId (a
 * connection) with the hub's order of grants.
 */
const OPERATIONS = path.resolve(__dirname, '../../schema/operations');

/** Fields of ChildDetail.graphql left out of the benchmarked query (decryption in a resolver). */
export const DECRYPTED_FIELDS = ['idNumber', 'nationalStudentNumber', 'certificateNumber', 'residencePermitNumber'] as const;

function operation(file: string): string {
  return readFileSync(path.join(OPERATIONS, file), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .trim();
}

export const CHILDREN_DEEP = operation('children/ChildrenDeep.graphql');

export const CHILD_DETAIL = operation('children/ChildDetail.graphql')
  .replace(new RegExp(`^\\s*(${DECRYPTED_FIELDS.join('|')})\\s*$`, 'gm'), '')
  .replace(new RegExp(`\\b(${DECRYPTED_FIELDS.join('|')})\\b\\s*`, 'g'), '')
  .replace(/\n\s*\n/g, '\n');

export const LIST_GRANTS = operation('bench/ListGrants.graphql');
export const CHILD_BY_ID = operation('bench/ChildById.graphql');

/** The child's fields of ListGrants / ChildById in PostGraphile's names. */
const POSTGRAPHILE_CHILD_FIELDS = `
    rowId
    name
    gender
    birthDate
    householdByHouseholdId { rowId registrationNumber registeredPoor minimumLiving extremePoverty }
    subsidyGrantsByChildId(orderBy: [SCHOOL_YEAR_DESC, TERM_DESC, ROW_ID_ASC]) { nodes { rowId schoolYear term amountCents status } }`;

export const POSTGRAPHILE_LIST_GRANTS = `query ListGrants($first: Int!) {
  allChildren(first: $first, orderBy: [ROW_ID_ASC]) {
    nodes {${POSTGRAPHILE_CHILD_FIELDS}
    }
  }
}`;

export const POSTGRAPHILE_CHILD_BY_ID = `query ChildById($id: UUID!) {
  childByRowId(rowId: $id) {${POSTGRAPHILE_CHILD_FIELDS}
  }
}`;

export const PAGE_SIZE = 100;

export function childrenDeepBody(first = PAGE_SIZE): string {
  return JSON.stringify({ operationName: 'ChildrenDeep', query: CHILDREN_DEEP, variables: { first } });
}

export function childDetailBody(id: string): string {
  return JSON.stringify({ operationName: 'ChildDetail', query: CHILD_DETAIL, variables: { id } });
}

/** ListGrants for the hub and the floor, or in PostGraphile's names. */
export function listGrantsBody(postgraphile: boolean, first = PAGE_SIZE): string {
  return JSON.stringify({ operationName: 'ListGrants', query: postgraphile ? POSTGRAPHILE_LIST_GRANTS : LIST_GRANTS, variables: { first } });
}

/** ChildById for the hub and the floor, or in PostGraphile's names. */
export function childByIdBody(postgraphile: boolean, id: string): string {
  return JSON.stringify({ operationName: 'ChildById', query: postgraphile ? POSTGRAPHILE_CHILD_BY_ID : CHILD_BY_ID, variables: { id } });
}
