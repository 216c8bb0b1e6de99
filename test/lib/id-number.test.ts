import { idCheckChar, idNumberProblem, maskIdentifier, birthDateOf } from '../../src/lib/id-number';
import { IdentifierSealer } from '../../src/lib/crypto';
import { randomBytes } from 'node:crypto';

describe('GB 11643 ID numbers', () => {
  it('computes the check character of a known number', () => {
    // Published example of the standard: 11010519491231002X
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });
  it('names the reason a number is refused', () => {
    expect(idNumberProblem('110105194912310021')).toMatch(/check digit/);
    expect(idNumberProblem('11010519490231002X')).toMatch(/birth date/);
    expect(idNumberProblem('1101051949123100')).toMatch(/17 digits/);
  });
  it('reads the birth date', () => {
    expect(birthDateOf('11010519491231002X').toISOString().slice(0, 10)).toBe('1949-12-31');
  });
  it('masks to the first 3 and last 4 characters (access-policy "Masked")', () => {
    expect(maskIdentifier('43112420150301123X')).toBe('431***********123X');
    expect(maskIdentifier('13912345678')).toBe('139****5678');
  });
});

describe('identifier sealing', () => {
  const sealer = new IdentifierSealer(randomBytes(32), randomBytes(32));
  it('round-trips through AES-256-GCM with a fresh IV each time', () => {
    const a = sealer.seal('43112420150301123X');
    const b = sealer.seal('43112420150301123X');
    expect(a.equals(b)).toBe(false);
    expect(sealer.open(a)).toBe('43112420150301123X');
  });
  it('detects a tampered ciphertext', () => {
    const a = sealer.seal('43112420150301123X');
    a[a.length - 1] = (a[a.length - 1] as number) ^ 1;
    expect(() => sealer.open(a)).toThrow();
  });
  it('gives a stable 32-byte blind index, case-insensitive on the X', () => {
    expect(sealer.index('43112420150301123x').equals(sealer.index('43112420150301123X'))).toBe(true);
    expect(sealer.index('43112420150301123X')).toHaveLength(32);
  });
});
