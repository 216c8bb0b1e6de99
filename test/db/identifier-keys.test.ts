import { checkIdentifierKeys, IdentifierKeyMismatch } from '../../src/db/key-check';
import { IdentifierSealer } from '../../src/lib/crypto';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';

/**
 * Start-up refuses identifier keys that are not the database's (issue 10
 * item 3: a backup holds no key, so a restore without the original keys, or a
 * DATA_DIR moved without dev-keys.json, must not serve): with other keys every
 * ID number is unreadable, and new ones would be sealed and indexed so that a
 * lookup by ID number misses the old row and creates the child twice.
 */
describe('identifier keys checked against the database at start-up (src/db/key-check.ts)', () => {
  let db: TestDatabase;
  const other = (n: number) => Buffer.alloc(32, n);

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('an empty database: nothing to check, any keys', async () => {
    await expect(checkIdentifierKeys(db, new IdentifierSealer(other(1), other(2)))).resolves.toEqual({ checked: 0 });
  });

  it('the keys the identifiers were sealed with pass', async () => {
    const s = new Scenario(db);
    const v = await s.village(1, 1);
    const school = await s.school(1);
    await s.child({ villageCode: v.code, schoolId: school.id });
    await s.child({ villageCode: v.code, schoolId: school.id });
    const r = await checkIdentifierKeys(db, testSealer);
    expect(r.checked).toBeGreaterThanOrEqual(2);
  });

  it('another encryption key is refused, naming ID_ENCRYPTION_KEY and what to do', async () => {
    const e = await checkIdentifierKeys(db, new IdentifierSealer(other(3), other(4))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IdentifierKeyMismatch);
    expect((e as Error).message).toMatch(/ID_ENCRYPTION_KEY does not open the ID numbers/);
    expect((e as Error).message).toMatch(/dev-keys\.json/);
  });

  it('the right encryption key with another index key is refused, naming ID_HMAC_KEY', async () => {
    const enc = (testSealer as unknown as { encKey: Buffer }).encKey;
    const e = await checkIdentifierKeys(db, new IdentifierSealer(enc, other(5))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IdentifierKeyMismatch);
    expect((e as Error).message).toMatch(/ID_HMAC_KEY is not the one/);
  });
});
