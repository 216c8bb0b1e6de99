import { createTestDatabase, type TestDatabase } from '../support/db';

// plan R2.1 / S2: status history is append-only; access-policy "Audit": so is the access log.
describe('append-only tables refuse change in the database itself', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('AccessLog accepts INSERT and refuses UPDATE, DELETE and TRUNCATE', async () => {
    const h = Buffer.alloc(32);
    await db.raw.query(
      `INSERT INTO "AccessLog" ("requestId","subject","agencyKind","childIds","fieldClasses","outcome","prevHash","hash")
       VALUES ('r1','s','SUPERVISION','{}','{}','OK',$1,$1)`,
      [h],
    );
    await expect(db.raw.query(`UPDATE "AccessLog" SET "subject" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.raw.query(`DELETE FROM "AccessLog"`)).rejects.toThrow(/append-only/);
    await expect(db.raw.query(`TRUNCATE "AccessLog"`)).rejects.toThrow(/append-only/);
    expect(await db.raw.query(`SELECT count(*)::int AS n FROM "AccessLog"`)).toEqual([{ n: 1 }]);
  });

  it('StatusEvent accepts INSERT and refuses UPDATE, DELETE and TRUNCATE (plan R2.1)', async () => {
    await db.raw.exec(`
      INSERT INTO "Region"(code, level, name, "countyCode") VALUES ('431124000000','COUNTY','县','431124');
      INSERT INTO "Region"(code, level, name, "countyCode", "parentCode") VALUES ('431124100000','TOWNSHIP','镇','431124','431124000000');
      INSERT INTO "Region"(code, level, name, "countyCode", "parentCode") VALUES ('431124100201','VILLAGE','村','431124','431124100000');
      INSERT INTO "School"(id, code, name, kind, "countyCode", "townshipCode") VALUES ('00000000-0000-4000-8000-000000000001','2143000001','小学','PRIMARY','431124','431124100000');
      INSERT INTO "Child"(id, "countyCode", name, gender, "birthDate", "villageCode") VALUES ('00000000-0000-4000-8000-000000000002','431124','张三','MALE','2016-03-01','431124100201');
      INSERT INTO "Enrollment"(id, "countyCode", "childId", "schoolId", grade, status, "statusSince") VALUES ('00000000-0000-4000-8000-000000000003','431124','00000000-0000-4000-8000-000000000002','00000000-0000-4000-8000-000000000001',4,'ENROLLED','2022-09-01');
      INSERT INTO "StatusEvent"("countyCode","enrollmentId","childId",type,"schoolId","occurredOn","recordedBy") VALUES ('431124','00000000-0000-4000-8000-000000000003','00000000-0000-4000-8000-000000000002','ENROL','00000000-0000-4000-8000-000000000001','2022-09-01','test');
    `);
    await expect(db.raw.query(`UPDATE "StatusEvent" SET "reason" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.raw.query(`DELETE FROM "StatusEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.raw.query(`TRUNCATE "StatusEvent" CASCADE`)).rejects.toThrow(/append-only/);
    expect(await db.raw.query(`SELECT count(*)::int AS n FROM "StatusEvent"`)).toEqual([{ n: 1 }]);
  });
});
