import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

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

  /**
   * seal() with associated data: the ciphertext opens only with the same
   * `bound` (e.g. the row it belongs to), so it cannot be copied into
   * another row and opened there. Same layout: iv | tag | ciphertext.
   */
  sealBound(plain: string, bound: string): Buffer<ArrayBuffer> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    cipher.setAAD(Buffer.from(bound, 'utf8'));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ct]);
  }

  /** Opens what sealBound() sealed with the same `bound`; throws on any other. */
  openBound(sealed: Uint8Array, bound: string): string {
    const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, buf.subarray(0, 12));
    decipher.setAAD(Buffer.from(bound, 'utf8'));
    decipher.setAuthTag(buf.subarray(12, 28));
    return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
  }

  /**
   * A sealer with keys of its own for one purpose, derived (HKDF-SHA256) from
   * these: one key never serves two purposes, and the hub still needs only
   * ID_ENCRYPTION_KEY and ID_HMAC_KEY.
   */
  derive(purpose: string): IdentifierSealer {
    const key = (from: Buffer, use: string) => Buffer.from(hkdfSync('sha256', from, Buffer.alloc(0), `${purpose} ${use}`, 32));
    return new IdentifierSealer(key(this.encKey, 'encryption'), key(this.hmacKey, 'index'));
  }
}
