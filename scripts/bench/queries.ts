import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The two read operations of the benchmark, taken from the committed
 * operation documents so that the benchmark follows them. ChildDetail is
 * trimmed of the three fields that decrypt an identifier (AES-256-GCM per
 * value in the resolver): the floor's single SQL statement cannot decrypt,
 * so keeping them would charge the hub for work the floor does not do.
 */
const OPERATIONS = path.resolve(__dirname, '../../schema/operations/children');

/** Fields of ChildDetail.graphql left out of the benchmarked query (decryption in a resolver). */
export const DECRYPTED_FIELDS = ['idNumber', 'certificateNumber', 'residencePermitNumber'] as const;

function operation(file: string): string {
  return readFileSync(path.join(OPERATIONS, file), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .trim();
}

export const CHILDREN_DEEP = operation('ChildrenDeep.graphql');

export const CHILD_DETAIL = operation('ChildDetail.graphql')
  .replace(new RegExp(`^\\s*(${DECRYPTED_FIELDS.join('|')})\\s*$`, 'gm'), '')
  .replace(new RegExp(`\\b(${DECRYPTED_FIELDS.join('|')})\\b\\s*`, 'g'), '')
  .replace(/\n\s*\n/g, '\n');

export const PAGE_SIZE = 100;

export function childrenDeepBody(first = PAGE_SIZE): string {
  return JSON.stringify({ operationName: 'ChildrenDeep', query: CHILDREN_DEEP, variables: { first } });
}

export function childDetailBody(id: string): string {
  return JSON.stringify({ operationName: 'ChildDetail', query: CHILD_DETAIL, variables: { id } });
}
