import { idCheckChar } from '../../src/lib/id-number';

/** A valid GB 11643 ID number for a birth date and sequence (odd sequence = male). */
export function makeIdNumber(countyCode: string, birthDate: string, seq: number): string {
  const first17 = `${countyCode}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
