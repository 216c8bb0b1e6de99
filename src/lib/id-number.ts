/** GB 11643 citizen ID number (居民身份证号): 17 digits + check character. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/** Returns null when valid, else the reason (for BAD_USER_INPUT messages). */
export function idNumberProblem(id: string): string | null {
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return 'must be 17 digits followed by a digit or X';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'contains an impossible birth date';
  }
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return 'fails the GB 11643 check digit';
  return null;
}

export function birthDateOf(id: string): Date {
  return new Date(Date.UTC(Number(id.slice(6, 10)), Number(id.slice(10, 12)) - 1, Number(id.slice(12, 14))));
}

/** Masked form: first 3 and last 4 characters visible (access-policy "Masked"). */
export function maskIdentifier(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}
