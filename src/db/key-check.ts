import type { IdentifierSealer } from '../lib/crypto';
import type { Database } from './client';

/**
 * The identifier keys (ID_ENCRYPTION_KEY, ID_HMAC_KEY; in development
 * DATA_DIR/dev-keys.json) must be the ones the database's identifiers were
 * sealed with. With other keys the hub cannot open an ID number (every
 * idNumber field an internal error) and, worse, seals new ones under keys
 * that do not match the old: the blind index no longer finds a child by its
 * ID number, so an import or an enrolment creates the same child twice. A
 * backup holds no key (issue 10 item 3), so a restore without them, or a
 * DATA_DIR moved without dev-keys.json, is exactly this. Start-up is refused.
 */
export class IdentifierKeyMismatch extends Error {}

/** Tables whose rows hold a sealed ID number and its blind index. */
const SEALED = ['Child', 'Person'] as const;

export async function checkIdentifierKeys(db: Database, sealer: IdentifierSealer): Promise<{ checked: number }> {
  let checked = 0;
  for (const table of SEALED) {
    const [exists] = await db.raw.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`public."${table}"`]);
    if (!exists?.t) continue;
    // A few rows, oldest and newest: keys changed at some point show on one side.
    const rows = await db.raw.query<{ c: Uint8Array; h: Uint8Array | null }>(
      `(SELECT "idNumberCipher" AS c, "idNumberHash" AS h FROM "${table}" WHERE "idNumberCipher" IS NOT NULL ORDER BY "createdAt", id LIMIT 3)
       UNION ALL
       (SELECT "idNumberCipher" AS c, "idNumberHash" AS h FROM "${table}" WHERE "idNumberCipher" IS NOT NULL ORDER BY "createdAt" DESC, id DESC LIMIT 3)`,
    );
    for (const r of rows) {
      let plain: string;
      try {
        plain = sealer.open(r.c);
      } catch {
        throw new IdentifierKeyMismatch(
          `ID_ENCRYPTION_KEY does not open the ID numbers in this database (${table}): start the hub with the keys it was written with ` +
            '(after a restore: the ID_ENCRYPTION_KEY and ID_HMAC_KEY of the original; in development, the original DATA_DIR/dev-keys.json). ' +
            'Nothing was changed.',
        );
      }
      if (r.h !== null && !Buffer.from(r.h).equals(sealer.index(plain))) {
        throw new IdentifierKeyMismatch(
          `ID_HMAC_KEY is not the one this database's ID numbers were indexed with (${table}): lookups by ID number would find nothing and create duplicates. ` +
            'Start the hub with the original ID_HMAC_KEY. Nothing was changed.',
        );
      }
      checked++;
    }
  }
  return { checked };
}
