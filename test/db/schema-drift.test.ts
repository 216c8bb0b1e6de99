import { readFileSync } from 'node:fs';
import { $Enums, Prisma } from '../../src/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { SCHEMA_PATH, compareSchema, loadDatamodel, readCatalog, type Datamodel } from '../support/schema-catalog';

/**
 * The database that prisma/migrations produces is the one prisma/schema.prisma
 * describes (what `prisma migrate diff --exit-code` would tell, where the CLI
 * can run): tables, columns with their types, nullability and defaults, enums,
 * primary keys, unique and plain indexes, foreign keys. Anything else in the
 * database must be named here, with the reason Prisma cannot say it.
 */
const ALLOWED_EXTRAS: readonly string[] = [
  // Migration bookkeeping of src/db/migrate.ts (Prisma's own table).
  'table _prisma_migrations',

  // 20261129000000_init, 20261129010000_partner_clients.
  // CHECK constraints: codes, ranges and cross-field rules.
  'check Region.Region_code_format',
  'check School.School_code_format',
  'check School.School_beds_nonnegative',
  'check Child.Child_idhash_len',
  'check Person.Person_idhash_len',
  'check Enrollment.Enrollment_grade_range',
  'check Enrollment.Enrollment_school_when_enrolled',
  'check StatusEvent.StatusEvent_correction_points',
  'check StatusEvent.StatusEvent_suspend_due',
  'check TransferRequest.TransferRequest_two_schools',
  'check SchoolTerm.SchoolTerm_dates',
  'check LeaveRequest.LeaveRequest_dates',
  'check CensusEntry.CensusEntry_confidence',
  'check DropoutCase.DropoutCase_escalation',
  'check SubsidyProgramme.SubsidyProgramme_amount',
  'check SubsidyGrant.SubsidyGrant_amount',
  'check SubsidyGrant.SubsidyGrant_stop_reason',
  'check SupportPlan.SupportPlan_one_subject',
  'check SchoolTermBeds.SchoolTermBeds_beds',
  'check DisabilityRecord.DisabilityRecord_grade',
  'check Placement.Placement_home_teaching',
  'check Placement.Placement_deferred',
  'check HomeTeachingVisit.HomeTeachingVisit_hours',
  'check MigrantEnrollment.MigrantEnrollment_permit_dates',
  'check SchoolFee.SchoolFee_amount',
  'check LaborViolation.LaborViolation_fine',
  'check AccessLog.AccessLog_hash_len',
  'check PartnerClient.PartnerClient_on_behalf',
  'check PartnerClient.PartnerClient_id_format',

  // Partial unique index: at most one active placement per child (plan R6.4).
  'index Placement.Placement_one_active_per_child',

  // Append-only StatusEvent and AccessLog (plan R2.1, S2; access-policy "Audit").
  'function hub_refuse_change()',
  'trigger StatusEvent.StatusEvent_append_only',
  'trigger StatusEvent.StatusEvent_no_truncate',
  'trigger AccessLog.AccessLog_append_only',
  'trigger AccessLog.AccessLog_no_truncate',
  // 20261212000000_access_log_partitions: the chain link check that replaced the unique "prevHash" index.
  'function hub_access_log_link()',
  'trigger AccessLog.AccessLog_chain_link',
  'check AccessLogHead.AccessLogHead_one',

  // 20261129020000_ledgers_outbox_idempotency: a submitted MonthlyReport is
  // frozen (plan S2); the outbox is append-only; month is 'YYYY-MM'.
  'function hub_frozen_report()',
  'trigger MonthlyReport.MonthlyReport_frozen',
  'check MonthlyReport.MonthlyReport_month',
  'trigger OutboxEvent.OutboxEvent_append_only',

  // 20261207000000_access_log_checkpoints: checkpoints are append-only like the log (issue 10).
  'trigger AccessLogCheckpoint.AccessLogCheckpoint_append_only',
  'trigger AccessLogCheckpoint.AccessLogCheckpoint_no_truncate',

  // 20261207060000_referrals: at least one data class, an expiry at most 90
  // days after creation, revokedAt and revokedBy together (issue 10 item 4).
  'check Referral.Referral_classes',
  'check Referral.Referral_expiry',
  'check Referral.Referral_revoked',
];

describe('schema drift: prisma/migrations ↔ prisma/schema.prisma', () => {
  let db: TestDatabase;
  let datamodel: Datamodel;
  /** Differences of the untouched database: none, unless the first test fails. */
  let baseline: string[];

  beforeAll(async () => {
    [db, datamodel] = await Promise.all([createTestDatabase(), loadDatamodel()]);
    baseline = compareSchema(datamodel, await readCatalog(db.raw), ALLOWED_EXTRAS);
  });
  afterAll(async () => {
    await db.drop();
  });

  /**
   * Applies `sql` in a transaction, compares, and rolls back, leaving the
   * database as it was. Returns the differences that `sql` added to the
   * baseline, so that these tests say what they check even while the first
   * one fails.
   */
  async function differencesAfter(sql: string): Promise<string[]> {
    const after = await db.raw.session(async (s) => {
      await s.exec('BEGIN');
      try {
        await s.exec(sql);
        return compareSchema(datamodel, await readCatalog(s), ALLOWED_EXTRAS);
      } finally {
        await s.exec('ROLLBACK');
      }
    });
    return after.filter((d) => !baseline.includes(d));
  }

  it('the migrated database matches the schema, extras being exactly the allow-list', () => {
    expect(baseline).toEqual([]);
  });

  it('reports a column the schema does not have', async () => {
    expect(await differencesAfter(`ALTER TABLE "Child" ADD COLUMN "extra" text`)).toEqual([
      'column Child.extra: in DB (text, nullable), not in schema and not allow-listed',
    ]);
  });

  it.each([
    ['nullability', `ALTER TABLE "Child" ALTER COLUMN "name" DROP NOT NULL`, 'column Child.name: nullable in DB, required in schema'],
    ['a type', `ALTER TABLE "School" ALTER COLUMN "name" TYPE varchar(200)`, 'column School.name: type character varying(200) in DB, text in schema'],
    ['an enum column type', `ALTER TABLE "Child" ALTER COLUMN "gender" TYPE text`, 'column Child.gender: type text in DB, Gender in schema'],
    ['a dropped default', `ALTER TABLE "Child" ALTER COLUMN "ethnicity" DROP DEFAULT`, 'column Child.ethnicity: no default in DB, @default("汉族") in schema'],
    ['a changed default', `ALTER TABLE "Household" ALTER COLUMN "version" SET DEFAULT 2`, 'column Household.version: default 2 in DB, @default(1) in schema'],
    ['an added default', `ALTER TABLE "Child" ALTER COLUMN "name" SET DEFAULT ''`, `column Child.name: default ''::text in DB, no default in schema`],
    ['an enum value', `ALTER TYPE "Gender" ADD VALUE 'OTHER'`, 'enum Gender: values (MALE, FEMALE, OTHER) in DB, (MALE, FEMALE) in schema'],
    ['a missing index', `DROP INDEX "Child_villageCode_idx"`, 'index Child.Child_villageCode_idx on (villageCode): in schema, missing from DB'],
    ['index column order', `DROP INDEX "Child_countyCode_birthDate_idx"; CREATE INDEX "Child_countyCode_birthDate_idx" ON "Child"("birthDate", "countyCode")`, 'index Child.Child_countyCode_birthDate_idx: columns (birthDate, countyCode) in DB, (countyCode, birthDate) in schema'],
    ['a unique index made plain', `DROP INDEX "School_code_key"; CREATE INDEX "School_code_key" ON "School"("code")`, 'unique index School.School_code_key: non-unique in DB, unique in schema'],
    ['a missing @@unique', `DROP INDEX "Guardianship_childId_personId_key"`, 'unique index Guardianship.Guardianship_childId_personId_key on (childId, personId): in schema, missing from DB'],
    ['an extra index', `CREATE INDEX "Child_name_idx" ON "Child"("name")`, 'index Child.Child_name_idx: in DB (CREATE INDEX "Child_name_idx" ON public."Child" USING btree (name)), not in schema and not allow-listed'],
    ['a primary key', `ALTER TABLE "SchoolFee" DROP CONSTRAINT "SchoolFee_pkey"`, 'primary key SchoolFee.SchoolFee_pkey on (id): in schema, missing from DB'],
    ['a missing foreign key', `ALTER TABLE "Enrollment" DROP CONSTRAINT "Enrollment_schoolId_fkey"`, 'foreign key Enrollment.Enrollment_schoolId_fkey (schoolId) → School(id) (relation Enrollment.school): in schema, missing from DB'],
    ['a referential action', `ALTER TABLE "Enrollment" DROP CONSTRAINT "Enrollment_schoolId_fkey", ADD CONSTRAINT "Enrollment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE`, 'foreign key Enrollment.Enrollment_schoolId_fkey: ON DELETE CASCADE in DB, ON DELETE SET NULL in schema'],
    ['a check constraint', `ALTER TABLE "School" ADD CONSTRAINT "School_name_nonempty" CHECK ("name" <> '')`, `check School.School_name_nonempty: in DB (CHECK (name <> ''::text)), not in schema and not allow-listed`],
    ['a function', `CREATE FUNCTION hub_extra(a int) RETURNS int LANGUAGE sql AS 'SELECT a'`, 'function hub_extra(a integer): in DB, not in schema and not allow-listed'],
    ['a view', `CREATE VIEW "ChildNames" AS SELECT "name" FROM "Child"`, 'view ChildNames: in DB, not in schema and not allow-listed'],
    ['a table', `CREATE TABLE "Scratch" (id int)`, 'table Scratch: in DB, not in schema and not allow-listed'],
    ['a missing allow-listed trigger', `DROP TRIGGER "AccessLog_no_truncate" ON "AccessLog"`, 'trigger AccessLog.AccessLog_no_truncate: allow-listed, but not in DB (remove it from the allow-list?)'],
  ])('reports %s', async (_what, sql, message) => {
    expect(await differencesAfter(sql)).toEqual([message]);
  });

  describe('partitions (issue 11 item 5) are part of their parent, not tables of their own', () => {
    it('reads the partitioned AttendanceRecord as one table (relkind p), leaving its partitions out', async () => {
      const catalog = await readCatalog(db.raw);
      expect(catalog.relations.get('AttendanceRecord')).toBe('p');
      const parts = (await db.raw.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relispartition AND relnamespace = 'public'::regnamespace AND relkind = 'r'`)).map((r) => r.name);
      expect(parts).toContain('AttendanceRecord_default');
      expect(parts.length).toBeGreaterThan(1);
      const named = [
        ...catalog.relations.keys(),
        ...catalog.columns.map((c) => c.table),
        ...catalog.indexes.map((i) => i.table),
        ...catalog.constraints.map((c) => c.table),
        ...catalog.triggers.map((t) => t.table),
      ];
      expect(named.filter((t) => parts.includes(t))).toEqual([]);
      // The parent's own keys and foreign keys are read.
      expect(catalog.indexes.filter((i) => i.table === 'AttendanceRecord').map((i) => i.name).sort()).toEqual([
        'AttendanceRecord_childId_date_key',
        'AttendanceRecord_pkey',
        'AttendanceRecord_schoolId_date_idx',
      ]);
      expect(catalog.constraints.filter((c) => c.table === 'AttendanceRecord' && c.type === 'f').length).toBe(3);
    });

    it('a new partition is no difference', async () => {
      expect(
        await differencesAfter(`CREATE TABLE "AttendanceRecord_2099_01" PARTITION OF "AttendanceRecord" FOR VALUES FROM ('2099-01-01') TO ('2099-02-01')`),
      ).toEqual([]);
    });

    it('a change to the partitioned table is still reported', async () => {
      expect(await differencesAfter(`CREATE INDEX "AttendanceRecord_note_idx" ON "AttendanceRecord"("note")`)).toEqual([
        expect.stringMatching(/^index AttendanceRecord\.AttendanceRecord_note_idx: in DB \(CREATE INDEX "AttendanceRecord_note_idx" ON ONLY public\."AttendanceRecord" USING btree \(note\)\), not in schema and not allow-listed$/),
      ]);
    });

    it('a partitioned table the schema has as a plain one is not reported; a plain table still is, and a view still is not a table', async () => {
      expect(await differencesAfter(`CREATE TABLE "ScratchParted" (d date) PARTITION BY RANGE (d); CREATE TABLE "ScratchParted_1" PARTITION OF "ScratchParted" DEFAULT`)).toEqual([
        'table ScratchParted: in DB, not in schema and not allow-listed',
      ]);
    });
  });

  it('reports what the schema declares and the database lacks', async () => {
    const text = readFileSync(SCHEMA_PATH, 'utf8');
    expect(text).toContain('model Child {\n');
    const changed = await loadDatamodel(
      text.replace('model Child {\n', 'model Child {\n  nickname String? @db.VarChar(20)\n  @@index([name])\n'),
    );
    expect(compareSchema(changed, await readCatalog(db.raw), ALLOWED_EXTRAS).filter((d) => !baseline.includes(d))).toEqual([
      'column Child.nickname: in schema (field Child.nickname), missing from DB',
      'index Child.Child_name_idx on (name): in schema, missing from DB',
    ]);
  });

  it('the generated client was generated from this schema.prisma (run `npm run generate` if not)', () => {
    const modelFields = (name: string) =>
      Object.keys((Prisma as unknown as Record<string, Record<string, string>>)[`${name}ScalarFieldEnum`] ?? {});
    expect(Object.values(Prisma.ModelName)).toEqual(datamodel.models.map((m) => m.name));
    for (const m of datamodel.models) {
      expect([m.name, modelFields(m.name)]).toEqual([m.name, m.fields.filter((f) => f.kind !== 'object').map((f) => f.name)]);
    }
    const enums = $Enums as unknown as Record<string, Record<string, string>>;
    expect(Object.keys(enums).sort()).toEqual(datamodel.enums.map((e) => e.name).sort());
    for (const e of datamodel.enums) {
      expect([e.name, Object.values(enums[e.name] ?? {})]).toEqual([e.name, e.values.map((v) => v.name)]);
    }
  });
});
