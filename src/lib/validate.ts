import { badInput } from '../errors';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses a malformed id with BAD_USER_INPUT naming the argument. */
export function assertUuid(argument: string, value: string): void {
  if (!UUID_RE.test(value)) throw badInput(argument, 'is not a valid id');
}

export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
