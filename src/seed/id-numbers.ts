import { idCheckChar } from '../lib/id-number';
import { compactDate } from './calendar';
import { hash32, type Prng } from './prng';

/**
 * Hands out unique GB 11643 ID numbers (居民身份证号): region prefix (6) +
 * birth date (8) + sequence (3, odd for men, even for women) + check char.
 * Uniqueness comes from a counter per prefix, birth date and sex, so memory
 * grows with the number of distinct birth dates, not with people.
 */
export class IdNumberAllocator {
  private readonly next = new Map<string, number>();

  /**
   * @param taken ID numbers held already by people this allocator does not
   *   know of (counties generated into the same database by an earlier run:
   *   ID numbers are national, and a migrant child's hukou prefix may be such a
   *   county's own); they are skipped. One allocator shared by the counties of
   *   one run needs none.
   */
  constructor(private readonly taken?: (idNumber: string) => boolean) {}

  /** A fresh ID number, or null when that birth date's sequence space is full (the caller moves the date). */
  allocate(prefix: string, birthDay: number, male: boolean): string | null {
    const date = compactDate(birthDay);
    const key = prefix + date + (male ? 'm' : 'f');
    let n = this.next.get(key);
    if (n === undefined) n = 1 + (hash32(key) % 40);
    for (; n <= 499; n++) {
      const seq = String(2 * n + (male ? 1 : 0)).padStart(3, '0');
      const first17 = prefix + date + seq;
      const id = first17 + idCheckChar(first17);
      if (this.taken?.(id)) continue;
      this.next.set(key, n + 1);
      return id;
    }
    this.next.set(key, n);
    return null;
  }

  /** Like allocate, moving the birth date forward a day at a time when a date is full; returns [id, birthDay]. */
  allocateNear(prefix: string, birthDay: number, male: boolean): [string, number] {
    for (let d = birthDay; d < birthDay + 366; d++) {
      const id = this.allocate(prefix, d, male);
      if (id !== null) return [id, d];
    }
    throw new Error(`no free ID numbers near ${compactDate(birthDay)} for prefix ${prefix}`);
  }
}

/** A mainland mobile number: 1, then 3–9, then nine digits. */
export function mobilePhone(rng: Prng): string {
  return '1' + String(rng.int(3, 9)) + String(rng.int(0, 999_999_999)).padStart(9, '0');
}

/** An 18-character unified social credit code (统一社会信用代码) of a county-registered business. */
export function creditCode(rng: Prng, countyCode: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '92' + countyCode;
  for (let i = 0; i < 9; i++) body += alphabet[rng.int(0, alphabet.length - 1)];
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(body[i] as string) * (weights[i] as number);
  const check = (31 - (sum % 31)) % 31;
  return body + alphabet[check];
}
