import type { IdentifierSealer } from '../../lib/crypto';

/**
 * The national student number (全国学籍号) is "G" followed by the child's ID
 * number (身份证号), so it is stored sealed like one (architecture.md "Data
 * rules"): AES-256-GCM ciphertext, opened only by the GraphQL field, and an
 * HMAC-SHA256 blind index for exact lookup and uniqueness.
 */
export interface SealedStudentNumber {
  nationalStudentNumberCipher: Buffer<ArrayBuffer>;
  nationalStudentNumberHash: Buffer<ArrayBuffer>;
}

/** The stored form of a national student number (normalised: no spaces, upper case). */
export function sealStudentNumber(sealer: IdentifierSealer, number: string): SealedStudentNumber {
  const n = normalStudentNumber(number);
  return { nationalStudentNumberCipher: sealer.seal(n), nationalStudentNumberHash: sealer.index(n) };
}

/** Its blind index, to find the enrollment that holds a number. */
export function studentNumberHash(sealer: IdentifierSealer, number: string): Buffer<ArrayBuffer> {
  return sealer.index(normalStudentNumber(number));
}

export function normalStudentNumber(number: string): string {
  return number.replace(/\s/g, '').toUpperCase();
}

/** The number in full; the slice masks it where the policy gives IDENTIFIERS masked (src/access/slices.ts). */
export function nationalStudentNumberOf(ctx: { sealer: IdentifierSealer }, e: { nationalStudentNumberCipher: Uint8Array | null }): string | null {
  return e.nationalStudentNumberCipher ? ctx.sealer.open(e.nationalStudentNumberCipher) : null;
}
