import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Sealing of identifiers (ID numbers, certificate and permit numbers):
 * AES-256-GCM ciphertext stored as iv(12) | tag(16) | ciphertext, and an
 * HMAC-SHA256 blind index beside it for exact lookup and uniqueness.
 * The index is keyed, so the 18-digit space cannot be brute-forced from a
 * stolen database alone.
 */
export class IdentifierSealer {
  constructor(
    private readonly encKey: Buffer,
    private readonly hmacKey: Buffer,
  ) {
    if (encKey.length !== 32 || hmacKey.length !== 32) throw new Error('identifier keys must be 32 bytes');
  }

  seal(plain: string): Buffer<ArrayBuffer> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ct]);
  }

  open(sealed: Uint8Array): string {
    const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, buf.subarray(0, 12));
    decipher.setAuthTag(buf.subarray(12, 28));
    return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Blind index of a normalised identifier (upper-case, trimmed). */
  index(plain: string): Buffer<ArrayBuffer> {
    return createHmac('sha256', this.hmacKey).update(plain.trim().toUpperCase(), 'utf8').digest();
  }
}
