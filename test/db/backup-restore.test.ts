import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadKeyStore } from '../../src/access/auth';
import { loadCheckpointKeys } from '../../src/audit/checkpoint-keys';
import { verifyChain, AuditWriter } from '../../src/audit/writer';
import { loadConfig } from '../../src/config';
import { backupPglite, backupPgliteDir, backupPostgres, BackupError, findPgTool, restorePgliteDir, restorePostgres, rowCounts, serveBackups } from '../../src/db/backup';
import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { IdentifierSealer } from '../../src/lib/crypto';
import { generateCounty } from '../../src/seed/generate-county';
import { withDatabase } from '../support/db';
import { TEST_COUNTY } from '../support/factories';
import { startTestServer } from '../support/server';
import { departmentCases, runDepartments, type DepartmentAnswer } from './department-docs';

/**
 * Backup and restore (issue 10 item 3) of a generated county, on the
 * database the tests run on (PGlite by default, PostgreSQL with DATABASE_URL):
 * the file holds ciphertext only and no key; restored into a fresh database
 * it has the same rows, a whole access-log chain and the same answers to each
 * department's question; a backup taken while the hub writes is consistent.
 */
const onServer = Boolean(process.env.DATABASE_URL);
const CHILDREN = 200;

interface Source {
  db: Database;
  url?: string;
  dataDir: string;
  sealer: IdentifierSealer;
  /** Key material that must not be in a backup (hex and base64url). */
  secrets: string[];
  drop(): Promise<void>;
}

/** A fresh database (its own PostgreSQL database, or PGlite under its own DATA_DIR) with development keys beside it. */
async function freshDatabase(dataDir: string): Promise<{ db: Database; url?: string; drop(): Promise<void> }> {
  if (!onServer) {
    const db = await openPglite(dataDir);
    return { db, drop: () => db.close() };
  }
  const name = `hub_test_bk_${randomBytes(5).toString('hex')}`;
  const admin = openPostgres({ url: process.env.DATABASE_URL as string, poolSize: 1 });
  await admin.raw.exec(`CREATE DATABASE ${name}`);
  const url = withDatabase(process.env.DATABASE_URL as string, name);
  const db = openPostgres({ url, poolSize: 4 });
  return {
    db,
    url,
    async drop() {
      await db.close();
      await admin.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

async function makeSource(): Promise<Source> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-bk-src-'));
  // Development keys under DATA_DIR, as `npm start` makes them: ID-number keys, token keys, the checkpoint key.
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  await loadKeyStore(config);
  await loadCheckpointKeys(config);
  const sealer = new IdentifierSealer(config.idEncryptionKey, config.idHmacKey);
  const secrets = [config.idEncryptionKey, config.idHmacKey].flatMap((k) => [k.toString('hex'), k.toString('base64url'), k.toString('base64')]);
  for (const f of ['dev-jwks.json', 'dev-audit-key.json']) {
    for (const k of (JSON.parse(readFileSync(path.join(dataDir, f), 'utf8')) as { keys: Array<{ d?: string }> }).keys) if (k.d) secrets.push(k.d);
  }
  const fresh = await freshDatabase(dataDir);
  await migrate(fresh.db);
  await generateCounty(fresh.db, { children: CHILDREN, seed: 20261207, countyCode: TEST_COUNTY, sealer });
  return { ...fresh, dataDir, sealer, secrets };
}

/** The backup's content as the database would read it: pg_restore's SQL for a pg_dump, the tarball for PGlite. */
function plainContent(file: string): Buffer {
  if (onServer) return execFileSync(findPgTool('pg_restore'), ['--file=-', file], { maxBuffer: 512 * 1024 * 1024 });
  return gunzipSync(readFileSync(file));
}

/** Everything but the access log's own length (the supervision question reads the log, which grows with every question). */
function comparable(answers: Record<string, DepartmentAnswer>): Record<string, DepartmentAnswer> {
  const out = structuredClone(answers);
  const sup = out['Supervision.graphql']?.data as { verifyAccessLog?: { checked?: unknown } } | null;
  if (sup?.verifyAccessLog) sup.verifyAccessLog.checked = 'n';
  return out;
}

describe(`backup and restore of a generated county (${onServer ? 'PostgreSQL: pg_dump/pg_restore' : 'PGlite: its data directory'}; issue 10 item 3)`, () => {
  let src: Source;
  let file: string;
  let before: Record<string, DepartmentAnswer>;
  let countsAtBackup: Record<string, number>;
  let idNumbers: string[];
  const work = mkdtempSync(path.join(os.tmpdir(), 'hub-bk-'));

  beforeAll(async () => {
    src = await makeSource();
    const api = await startTestServer(src.db, src.sealer);
    try {
      before = await runDepartments(api, await departmentCases(src.db, src.sealer));
    } finally {
      await api.close();
    }
    for (const [f, a] of Object.entries(before)) expect({ f, errors: a.errors }).toEqual({ f, errors: null });
    const sealed = await src.db.raw.query<{ c: Uint8Array }>(`SELECT "idNumberCipher" AS c FROM "Child" WHERE "idNumberCipher" IS NOT NULL UNION ALL SELECT "idNumberCipher" FROM "Person" WHERE "idNumberCipher" IS NOT NULL`);
    idNumbers = sealed.map((r) => src.sealer.open(r.c));
    countsAtBackup = await rowCounts(src.db);
    file = path.join(work, onServer ? 'county.dump' : 'county.tar.gz');
    if (onServer) await backupPostgres(src.url as string, file);
    else {
      // The online path: the running hub dumps its own database over DATA_DIR/hub.sock.
      const hub = await serveBackups(src.db.pglite as NonNullable<Database['pglite']>, src.dataDir);
      try {
        expect(await backupPgliteDir(src.dataDir, file)).toBe('hub');
      } finally {
        await hub.close();
      }
    }
  }, 300_000);

  afterAll(async () => {
    await src?.drop();
  });

  it('is one private file (mode 0600) with no half-written sibling', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  /** The county's ID numbers found in the backup's content, each with the character before it. */
  function idNumbersIn(content: Buffer): Array<{ id: string; before: string }> {
    const known = new Set(idNumbers);
    const text = content.toString('latin1');
    const out: Array<{ id: string; before: string }> = [];
    for (const m of text.matchAll(/[1-9][0-9]{5}(?:19|20)[0-9]{9}[0-9X]/g)) if (known.has(m[0])) out.push({ id: m[0], before: text.charAt((m.index ?? 0) - 1) });
    return out;
  }

  it('holds no key: ID-number keys, token and checkpoint keys stay outside the database', () => {
    const content = plainContent(file);
    expect(content.length).toBeGreaterThan(100_000);
    // The search works on this content: names are there in the clear …
    expect(content.includes(Buffer.from('小学', 'utf8'))).toBe(true);
    // … the keys are not.
    expect(src.secrets.filter((s) => content.includes(Buffer.from(s, 'latin1')))).toEqual([]);
  });

  it('holds the sealed identifiers sealed: no ID number of the county appears, except inside a national student number', () => {
    expect(idNumbers.length).toBeGreaterThan(CHILDREN);
    expect(idNumbersIn(plainContent(file)).filter((f) => f.before !== 'G')).toEqual([]);
  });

  // The national student number (全国学籍号) is "G" + the child's ID number: it is sealed like the ID
  // number (Enrollment.nationalStudentNumberCipher/Hash), so not even inside one does an ID number appear.
  it('holds ciphertext only: no plaintext ID number of the county at all, not inside a national student number either', () => {
    expect(idNumbersIn(plainContent(file))).toEqual([]);
  });

  describe('restored into a fresh database', () => {
    let dst: { db: Database; url?: string; drop(): Promise<void> };
    const dstDir = mkdtempSync(path.join(os.tmpdir(), 'hub-bk-dst-'));

    beforeAll(async () => {
      if (onServer) {
        dst = await freshDatabase(dstDir);
        await restorePostgres(dst.db, dst.url as string, file);
      } else {
        await restorePgliteDir(dstDir, file);
        dst = await freshDatabase(dstDir);
      }
    }, 300_000);

    afterAll(async () => {
      await dst?.drop();
    });

    it('has the same rows in every table', async () => {
      expect(await rowCounts(dst.db)).toEqual(countsAtBackup);
    });

    it('has a whole access-log chain, every record of the source', async () => {
      expect(await verifyChain(dst.db)).toEqual({ ok: true, checked: countsAtBackup['AccessLog'], firstBrokenId: null, reason: null });
      expect(countsAtBackup['AccessLog']).toBeGreaterThan(5);
    });

    it('gives each department the same answers (keys from the environment, not from the backup)', async () => {
      const api = await startTestServer(dst.db, src.sealer);
      try {
        const after = await runDepartments(api, await departmentCases(dst.db, src.sealer));
        expect(comparable(after)).toEqual(comparable(before));
      } finally {
        await api.close();
      }
    }, 120_000);

    it('a second restore into it is refused and changes nothing (a restore never replaces data)', async () => {
      const n = await rowCounts(dst.db);
      if (onServer) await expect(restorePostgres(dst.db, dst.url as string, file)).rejects.toThrow(/not empty/);
      else await expect(restorePgliteDir(dstDir, file)).rejects.toThrow(/already holds a database/);
      expect(await rowCounts(dst.db)).toEqual(n);
    });
  });

  it('a backup taken while the hub writes is consistent: its chain verifies and ends on a whole record', async () => {
    const writer = new AuditWriter(src.db);
    let writing = true;
    let written = 0;
    const load = (async () => {
      while (writing) {
        await writer.append({ at: new Date(), requestId: `w-${written}`, subject: 'load', agencyKind: 'EDUCATION_BUREAU', agencyId: null, clientId: null, purpose: 'DROPOUT_CASEWORK', operationName: 'Load', childIds: [], fieldClasses: ['BASIC'], outcome: 'OK' });
        written++;
        // PGlite answers within one turn of the event loop: let the backup's timers run too.
        await new Promise((r) => setImmediate(r));
      }
    })();
    const during = path.join(work, onServer ? 'during.dump' : 'during.tar.gz');
    try {
      await new Promise((r) => setTimeout(r, 100));
      if (onServer) await backupPostgres(src.url as string, during);
      else await backupPglite(src.db.pglite as NonNullable<Database['pglite']>, during);
    } finally {
      writing = false;
      await load;
    }
    expect(written).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bk-during-'));
    let restored: { db: Database; url?: string; drop(): Promise<void> };
    if (onServer) {
      restored = await freshDatabase(dir);
      await restorePostgres(restored.db, restored.url as string, during);
    } else {
      await restorePgliteDir(dir, during);
      restored = await freshDatabase(dir);
    }
    try {
      const v = await verifyChain(restored.db);
      expect(v.ok).toBe(true);
      expect(v.checked).toBeGreaterThanOrEqual(countsAtBackup['AccessLog'] as number);
    } finally {
      await restored.drop();
    }
  }, 300_000);

  (onServer ? it.skip : it)('PGlite: a restore is refused while a hub runs on DATA_DIR; without the hub the backup opens the directory itself', async () => {
    const hub = await serveBackups(src.db.pglite as NonNullable<Database['pglite']>, src.dataDir);
    try {
      await expect(restorePgliteDir(src.dataDir, file)).rejects.toThrow(/is running/);
    } finally {
      await hub.close();
    }
    // Another data directory with no hub: opened directly.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bk-direct-'));
    await restorePgliteDir(dir, file);
    const out = path.join(work, 'direct.tar.gz');
    expect(await backupPgliteDir(dir, out)).toBe('direct');
    await expect(restorePgliteDir(dir, out)).rejects.toBeInstanceOf(BackupError);
  }, 120_000);
});
