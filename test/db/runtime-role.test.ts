import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { checkpointKeysFrom, newCheckpointKey, provideCheckpointKeys } from '../../src/audit/checkpoint-keys';
import { Checkpointer } from '../../src/audit/checkpoints';
import { verifyChain } from '../../src/audit/writer';
import { openPostgres, type Database } from '../../src/db/client';
import { ensurePartitions } from '../../src/db/partitions';
import { APPEND_ONLY_TABLES, applyGrants, ownedBy, RUNTIME_GRANTS, tablesOf, type Privilege } from '../../src/db/roles';
import * as idempotency from '../../src/idempotency';
import { createLogger } from '../../src/logger';
import { generateCounty } from '../../src/seed/generate-county';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';
import { departmentCases, runDepartments } from './department-docs';

/**
 * Least privilege (issue 10 item 2): the hub serves as a role that owns
 * nothing and holds, per table, what the code does to it (src/db/roles.ts).
 */
const ROOT = path.resolve(__dirname, '../..');

/** Files that run as the runtime role: the hub and the CLIs that use DATABASE_URL as it does. Not the seed, not the migration runner. */
function runtimeFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) return n === 'generated' || n === 'seed' ? [] : walk(p);
      return p.endsWith('.ts') ? [p] : [];
    });
  return [...walk(path.join(ROOT, 'src')).filter((f) => !f.endsWith(path.join('db', 'migrate.ts'))), ...['partner.ts', 'partner-trust.ts', 'import.ts', 'token.ts'].map((f) => path.join(ROOT, 'scripts', f))];
}

type Need = Privilege | 'LOCK';

/** What the code does to each table: Prisma writes by model delegate, and plain SQL. */
function needsFromCode(): Map<string, Map<Need, string[]>> {
  const tables = Object.keys(RUNTIME_GRANTS);
  const byDelegate = new Map(tables.map((t) => [t.charAt(0).toLowerCase() + t.slice(1), t]));
  const out = new Map<string, Map<Need, string[]>>();
  const need = (table: string, what: Need, where: string) => {
    const m = out.get(table) ?? new Map<Need, string[]>();
    m.set(what, [...(m.get(what) ?? []), where]);
    out.set(table, m);
  };
  for (const file of runtimeFiles()) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(ROOT, file);
    for (const m of text.matchAll(/\.(\w+)\.(createManyAndReturn|createMany|create|updateManyAndReturn|updateMany|update|upsert|deleteMany|delete)\(/g)) {
      const table = byDelegate.get(m[1] as string);
      if (!table) continue;
      const op = m[2] as string;
      if (op.startsWith('create')) need(table, 'INSERT', where);
      else if (op.startsWith('update')) need(table, 'UPDATE', where);
      else if (op === 'upsert') {
        need(table, 'INSERT', where);
        need(table, 'UPDATE', where);
      } else need(table, 'DELETE', where);
    }
    for (const m of text.matchAll(/INSERT INTO "(\w+)"/g)) need(m[1] as string, 'INSERT', where);
    for (const m of text.matchAll(/UPDATE "(\w+)" SET/g)) need(m[1] as string, 'UPDATE', where);
    for (const m of text.matchAll(/DELETE FROM "(\w+)"/g)) need(m[1] as string, 'DELETE', where);
    for (const m of text.matchAll(/FROM "(\w+)"[^'`;]*?FOR (?:NO KEY )?UPDATE/g)) need(m[1] as string, 'LOCK', where);
  }
  return out;
}

describe('runtime grants: exactly what the code does (src/db/roles.ts, issue 10 item 2)', () => {
  const needs = needsFromCode();

  it('the scan sees the hub\'s writes (sanity: the access log, status events, a school lock)', () => {
    expect(needs.get('AccessLog')?.has('INSERT')).toBe(true);
    expect(needs.get('StatusEvent')?.has('INSERT')).toBe(true);
    expect(needs.get('School')?.has('LOCK')).toBe(true);
  });

  it('every write the code makes is granted (a missing grant would fail in production only)', () => {
    const missing: string[] = [];
    for (const [table, m] of needs) {
      const g = RUNTIME_GRANTS[table];
      for (const [what, where] of m) {
        const ok = g !== undefined && (what === 'LOCK' ? g.privileges.includes('UPDATE') || (g.updateColumns?.length ?? 0) > 0 : g.privileges.includes(what));
        if (!ok) missing.push(`${table}: ${what} (${[...new Set(where)].join(', ')})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('nothing beyond SELECT is granted that the code does not do (no DELETE, UPDATE or INSERT "just in case")', () => {
    const extra: string[] = [];
    for (const [table, g] of Object.entries(RUNTIME_GRANTS)) {
      for (const p of g.privileges) if (p !== 'SELECT' && !needs.get(table)?.has(p)) extra.push(`${table}: ${p}`);
      if (g.updateColumns && !needs.get(table)?.has('LOCK')) extra.push(`${table}: UPDATE(${g.updateColumns.join(',')})`);
    }
    expect(extra).toEqual([]);
  });

  it('the append-only tables: INSERT and SELECT only (plan R2.1, S2; access-policy "Audit")', () => {
    for (const t of APPEND_ONLY_TABLES) expect(RUNTIME_GRANTS[t]).toMatchObject({ privileges: ['SELECT', 'INSERT'] });
    for (const t of APPEND_ONLY_TABLES) expect(RUNTIME_GRANTS[t]?.updateColumns).toBeUndefined();
  });

  it('every table the migrations make has its line (a new table must say what the hub does to it)', async () => {
    const db = await createTestDatabase();
    try {
      const tables = await db.raw.session((s) => tablesOf(s));
      expect(tables.filter((t) => !(t in RUNTIME_GRANTS))).toEqual([]);
      expect(Object.keys(RUNTIME_GRANTS).filter((t) => !tables.includes(t))).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});

// Roles exist on the PostgreSQL server only (PGlite is one user).
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('the runtime role on PostgreSQL (npm run db:roles)', () => {
  let owner: TestDatabase;
  let rt: Database;
  let api: TestServer;
  const role = `hub_rt_${randomBytes(4).toString('hex')}`;
  const logs: string[] = [];

  const asRuntime = async (sql: string) => rt.raw.query(sql);

  beforeAll(async () => {
    owner = await createTestDatabase();
    await generateCounty(owner, { children: 300, seed: 10, countyCode: TEST_COUNTY, sealer: testSealer });
    const database = new URL(owner.url as string).pathname.slice(1);
    await owner.raw.session(async (s) => {
      const [{ me }] = (await s.query<{ me: string }>('SELECT current_user AS me')) as [{ me: string }];
      await applyGrants(s, { role, owner: me, database });
    });
    const url = new URL(owner.url as string);
    url.username = role;
    rt = openPostgres({ url: url.toString(), poolSize: 5 });
    const sink = new Writable({ write(chunk, _enc, cb) { logs.push(String(chunk)); cb(); } });
    provideCheckpointKeys(rt, checkpointKeysFrom([await newCheckpointKey('rt')]));
    api = await startTestServer(rt, testSealer, { logger: createLogger('warn', sink), env: { MONITOR_INTERVAL_MS: '1000', WEBHOOK_POLL_MS: '200' } });
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await rt?.close();
    await owner?.drop();
    const admin = openPostgres({ url: process.env.DATABASE_URL as string, poolSize: 1 });
    await admin.raw.exec(`DROP ROLE IF EXISTS "${role}"`).finally(() => admin.close());
  });

  it('is a plain login role that owns nothing', async () => {
    expect(await rt.raw.query('SELECT current_user AS me, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super')).toEqual([{ me: role, super: false }]);
    expect(await owner.raw.session((s) => ownedBy(s, role))).toEqual([]);
  });

  it.each([...APPEND_ONLY_TABLES])('%s: SELECT yes; DELETE, UPDATE, TRUNCATE, disabling its triggers: refused by the database', async (table) => {
    await expect(asRuntime(`SELECT count(*) FROM "${table}"`)).resolves.toBeDefined();
    await expect(asRuntime(`DELETE FROM "${table}"`)).rejects.toThrow(/permission denied/);
    await expect(asRuntime(`UPDATE "${table}" SET "id" = "id"`)).rejects.toThrow(/permission denied/);
    await expect(asRuntime(`TRUNCATE "${table}"`)).rejects.toThrow(/permission denied/);
    await expect(asRuntime(`ALTER TABLE "${table}" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(asRuntime('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
  });

  it('AttendanceRecord partitions (issue 11 item 5): made by the owner after the grants, reached through the parent only; the runtime role makes none', async () => {
    expect(await ensurePartitions(owner, 'AttendanceRecord', new Date('2034-03-01'), new Date('2034-03-01'))).toEqual({ created: ['AttendanceRecord_2034_03'], moved: 0 });
    const [c] = await owner.raw.query<{ childId: string; schoolId: string }>(
      `SELECT "childId"::text AS "childId", "schoolId"::text AS "schoolId" FROM "Enrollment" WHERE "status" = 'ENROLLED' ORDER BY "childId" LIMIT 1`);
    await asRuntime(`INSERT INTO "AttendanceRecord" ("countyCode", "childId", "schoolId", "date", "kind", "recordedBy")
                     VALUES ('${TEST_COUNTY}', '${c!.childId}', '${c!.schoolId}', '2034-03-06', 'UNEXCUSED_ABSENCE', 'rt')`);
    expect(await asRuntime(`SELECT tableoid::regclass::text AS p FROM "AttendanceRecord" WHERE "date" = '2034-03-06'`)).toEqual([{ p: '"AttendanceRecord_2034_03"' }]);
    await expect(asRuntime(`UPDATE "AttendanceRecord" SET "note" = 'x' WHERE "date" = '2034-03-06'`)).resolves.toBeDefined();
    await expect(asRuntime('SELECT count(*) FROM "AttendanceRecord_2034_03"')).rejects.toThrow(/permission denied/);
    // No partition is open to the role on its own (the owner's default privileges were taken back).
    expect(await owner.raw.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = '"AttendanceRecord"'::regclass AND (has_table_privilege($1, c.oid, 'SELECT') OR has_table_privilege($1, c.oid, 'INSERT') OR has_table_privilege($1, c.oid, 'UPDATE'))`,
      [role],
    )).toEqual([]);
    await expect(asRuntime('DELETE FROM "AttendanceRecord"')).rejects.toThrow(/permission denied/);
    await expect(ensurePartitions(rt, 'AttendanceRecord', new Date('2034-04-01'), new Date('2034-04-01'))).rejects.toThrow(/permission denied|must be owner/);
    expect(await owner.raw.session((s) => ownedBy(s, role))).toEqual([]);
  });

  it('no DELETE where the code deletes nothing, no DDL, no TRUNCATE anywhere', async () => {
    await expect(asRuntime('DELETE FROM "Child"')).rejects.toThrow(/permission denied/);
    await expect(asRuntime('TRUNCATE "IdempotencyRecord"')).rejects.toThrow(/permission denied/);
    await expect(asRuntime('CREATE TABLE "zz" (x int)')).rejects.toThrow(/permission denied/);
    await expect(asRuntime('DROP TABLE "Child"')).rejects.toThrow(/must be owner/);
    await expect(asRuntime('ALTER TABLE "Child" ADD COLUMN "x" int')).rejects.toThrow(/must be owner/);
    await expect(asRuntime('UPDATE "School" SET "name" = \'x\'')).rejects.toThrow(/permission denied/);
    await expect(asRuntime('SELECT * FROM "PlantedFact" LIMIT 1')).rejects.toThrow(/permission denied/);
  });

  it('the hub\'s smoke set runs as that role: each department\'s question, writes, an export, a report, the checkpoint, /readyz', async () => {
    const origin = new URL(api.url).origin;
    // 1. Each department's main question (README).
    const answers = await runDepartments(api, await departmentCases(owner, testSealer));
    for (const [file, a] of Object.entries(answers)) {
      expect({ file, status: a.status, errors: a.errors }).toEqual({ file, status: 200, errors: null });
    }
    // 2. Writes: a dropout recorded (enrollment, status event, case, outbox, the access record in its transaction), with an Idempotency-Key.
    const [pupil] = await owner.raw.query<{ id: string; version: number; schoolId: string; code: string }>(
      `SELECT e."childId"::text AS id, e."version", e."schoolId"::text AS "schoolId", s."code" FROM "Enrollment" e JOIN "School" s ON s."id" = e."schoolId"
        WHERE e."status" = 'ENROLLED' ORDER BY e."childId" LIMIT 1`);
    const bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
    const dropout = await bureau.gql(
      'mutation Drop($input: StatusChangeInput!) { recordDropout(input: $input) { __typename } }',
      { input: { childId: pupil!.id, date: '2026-11-10', cause: 'POVERTY', reason: '家庭困难外出', evidenceRef: 'RT-1', version: pupil!.version } },
      { 'idempotency-key': `rt-${role}` },
    );
    expect(dropout.errors).toBeUndefined();
    const school = await api.as({ agency: 'SCHOOL', school: pupil!.code }, 'ENROLLMENT_MANAGEMENT');
    const [other] = await owner.raw.query<{ id: string }>(`SELECT "childId"::text AS id FROM "Enrollment" WHERE "schoolId" = $1::uuid AND "status" = 'ENROLLED' ORDER BY "childId" LIMIT 1`, [pupil!.schoolId]);
    const absences = await school.gql('mutation Abs($input: DailyAbsencesInput!) { recordDailyAbsences(input: $input) { newSuspected } }', {
      input: { schoolId: pupil!.schoolId, date: '2026-11-16', entries: [{ childId: other!.id, kind: 'UNEXCUSED_ABSENCE' }] },
    });
    expect(absences.errors).toBeUndefined();
    expect((await bureau.gql('mutation { runMonitoring { overdueSuspensions escalatedCases } }')).errors).toBeUndefined();
    // 3. An export and the guardian's access report.
    const auth = (t: string, purpose: string) => ({ headers: { authorization: `Bearer ${t}`, 'x-purpose': purpose } });
    const csv = await fetch(`${origin}/exports/children.csv?ageMin=6&ageMax=15`, auth(await mintToken({ agency: 'EDUCATION_BUREAU' }), 'ENROLLMENT_MANAGEMENT'));
    expect(csv.status).toBe(200);
    expect((await csv.text()).length).toBeGreaterThan(100);
    const pdf = await fetch(`${origin}/reports/access/${pupil!.id}.pdf`, auth(await mintToken({ agency: 'SUPERVISION' }), 'SUPERVISION'));
    expect(pdf.status).toBe(200);
    // 4. A checkpoint, the idempotency purge, readiness, and the chain is whole.
    const cp = await new Checkpointer({ db: rt, keys: await checkpointKeysFrom([await newCheckpointKey('rt2')]), countyCode: TEST_COUNTY, dataDir: mkdtempSync(path.join(os.tmpdir(), 'hub-rt-')), every: 1, minutes: 60 }).checkpoint(true);
    expect(cp).toMatchObject({ taken: {} });
    await idempotency.purgeExpired(rt);
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    expect(await verifyChain(rt)).toMatchObject({ ok: true });
    // 5. The background work (monitoring every second, the webhook dispatcher) hit no permission error either.
    await new Promise((r) => setTimeout(r, 1500));
    expect(logs.filter((l) => /permission denied|must be owner/i.test(l))).toEqual([]);
  }, 120_000);
});
