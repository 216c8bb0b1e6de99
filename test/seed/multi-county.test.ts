import { idNumberProblem } from '../../src/lib/id-number';
import { dayOf } from '../../src/seed/calendar';
import {
  countiesOfCity, CountyExistsError, existingCounties, generateCounties, generateCounty, isCountyEmpty, takenIdNumbers, type CountySummary,
} from '../../src/seed/generate-county';
import { schoolCode } from '../../src/seed/geography';
import { IdNumberAllocator } from '../../src/seed/id-numbers';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';

// Many counties in one database (issue 11 item 1): the generator writes
// several full counties of one city into one database, the home county
// exactly as the single demo county, the others beside it without taking
// any key that is unique across the database.

const CHILDREN = 300;
const SEED = 20261129;
const CODES = countiesOfCity(TEST_COUNTY, 3);

type Row = Record<string, unknown>;

function bytes(v: unknown): Buffer {
  const u = v as Uint8Array;
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/** Rows of a table (of one county), ciphertexts aside, as one string. */
async function dump(db: TestDatabase, table: string, where: string, params: unknown[]): Promise<string> {
  const rows = await db.raw.query<Row>(`SELECT * FROM "${table}" WHERE ${where} ORDER BY 1`, params);
  for (const r of rows) for (const col of Object.keys(r)) if (col.endsWith('Cipher')) delete r[col];
  return JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
}

describe('many counties in one database', () => {
  let db: TestDatabase;
  let single: TestDatabase;
  let summaries: CountySummary[];

  beforeAll(async () => {
    [db, single] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    summaries = await generateCounties(db, { countyCodes: CODES, children: CHILDREN, seed: SEED, sealer: testSealer });
    await generateCounty(single, { children: CHILDREN, seed: SEED, countyCode: TEST_COUNTY, sealer: testSealer });
  }, 300_000);
  afterAll(async () => {
    await Promise.all([db?.drop(), single?.drop()]);
  });

  it('takes real, distinct GB/T 2260 counties of the home county’s city, the home county first', () => {
    expect(CODES).toEqual(['431124', '431102', '431103']);
    expect(countiesOfCity('431124', 11)).toHaveLength(11);
    expect(new Set(countiesOfCity('431124', 11)).size).toBe(11);
    expect(countiesOfCity('431124', 11).every((c) => c.startsWith('4311'))).toBe(true);
    expect(countiesOfCity('110105', 1)).toEqual(['110105']);
    expect(() => countiesOfCity('110105', 2)).toThrow(/no list of the counties of city 1101/);
    expect(() => countiesOfCity('431124', 12)).toThrow(/has 11 county-level divisions/);
  });

  it('writes one COUNTY region per county, with its code and name', async () => {
    expect(summaries.map((s) => [s.countyCode, s.countyName, s.first, s.schoolCodes])).toEqual([
      ['431124', '道县', true, 'city'],
      ['431102', '零陵区', false, 'county'],
      ['431103', '冷水滩区', false, 'county'],
    ]);
    const rows = await db.raw.query<{ code: string; name: string; countyCode: string }>(
      `SELECT code, name, "countyCode" FROM "Region" WHERE level = 'COUNTY' ORDER BY "countyCode"`,
    );
    expect(rows).toEqual([
      { code: '431102000000', name: '零陵区', countyCode: '431102' },
      { code: '431103000000', name: '冷水滩区', countyCode: '431103' },
      { code: '431124000000', name: '道县', countyCode: '431124' },
    ]);
    expect(await existingCounties(db)).toEqual(['431102', '431103', '431124']);
    const children = await db.raw.query<{ c: string; n: number }>('SELECT "countyCode" AS c, count(*)::int AS n FROM "Child" GROUP BY 1 ORDER BY 1');
    expect(children).toEqual(['431102', '431103', '431124'].map((c) => ({ c, n: CHILDREN })));
  });

  it('the home county is the demo county: the same rows as when it is generated alone', async () => {
    for (const table of ['Region', 'School', 'Household', 'Person', 'Child', 'Enrollment', 'SubsidyGrant', 'PlantedFact']) {
      const [multi, alone] = await Promise.all([dump(db, table, `"countyCode" = $1`, [TEST_COUNTY]), dump(single, table, 'true', [])]);
      expect(multi.length).toBeGreaterThan(2);
      expect(multi).toBe(alone);
    }
  });

  it('every row of a county-keyed table carries one of the counties, and each child lives in a village of its own county', async () => {
    const tables = await db.raw.query<{ t: string }>(
      `SELECT DISTINCT c.table_name AS t FROM information_schema.columns c JOIN pg_class k ON k.relname = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'countyCode' AND k.relkind IN ('r', 'p') AND NOT k.relispartition ORDER BY 1`,
    );
    expect(tables.map((t) => t.t)).toEqual(expect.arrayContaining(['Child', 'Person', 'Household', 'AttendanceRecord', 'PlantedFact', 'School']));
    const stray: Record<string, number> = {};
    for (const { t } of tables) {
      // Table names come from the catalog, not from input.
      const [r] = await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}" WHERE NOT ("countyCode" = ANY($1))`, [CODES]);
      if ((r?.n ?? 0) !== 0) stray[t] = r?.n ?? -1;
    }
    expect(stray).toEqual({});
    const [mismatch] = await db.raw.query<{ children: number; households: number; schools: number }>(`
      SELECT
        (SELECT count(*)::int FROM "Child" c LEFT JOIN "Region" v ON v.code = c."villageCode" AND v.level = 'VILLAGE'
          WHERE v.code IS NULL OR v."countyCode" <> c."countyCode" OR left(v.code, 6) <> c."countyCode") AS children,
        (SELECT count(*)::int FROM "Household" h LEFT JOIN "Region" v ON v.code = h."villageCode"
          WHERE v.code IS NULL OR v."countyCode" <> h."countyCode") AS households,
        (SELECT count(*)::int FROM "School" s LEFT JOIN "Region" t ON t.code = s."townshipCode" AND t.level = 'TOWNSHIP'
          WHERE t.code IS NULL OR t."countyCode" <> s."countyCode") AS schools`);
    expect(mismatch).toEqual({ children: 0, households: 0, schools: 0 });
  });

  it('keys unique across the database stay unique: school codes, ID numbers, student numbers, certificates', async () => {
    // The unique indexes would have refused a duplicate; the counts show each county has its own.
    const [r] = await db.raw.query<Record<string, number>>(`
      SELECT (SELECT count(*)::int FROM "School") AS schools, (SELECT count(DISTINCT code)::int FROM "School") AS "schoolCodes",
             (SELECT count(DISTINCT "countyCode")::int FROM "School") AS "schoolCounties",
             (SELECT count(*)::int FROM "Child") + (SELECT count(*)::int FROM "Person") AS people,
             (SELECT count(DISTINCT h)::int FROM (SELECT "idNumberHash" h FROM "Child" UNION ALL SELECT "idNumberHash" FROM "Person") x) AS "idNumbers",
             (SELECT count(*)::int FROM "Enrollment" WHERE "nationalStudentNumberHash" IS NOT NULL) AS enrolled,
             (SELECT count(DISTINCT "nationalStudentNumberHash")::int FROM "Enrollment") AS "studentNumbers",
             (SELECT count(*)::int FROM "DisabilityRecord") AS disabled,
             (SELECT count(DISTINCT "certificateHash")::int FROM "DisabilityRecord") AS certificates`);
    expect(r?.schoolCodes).toBe(r?.schools);
    expect(r?.schoolCounties).toBe(3);
    expect(r?.idNumbers).toBe(r?.people);
    expect(r?.studentNumbers).toBe(r?.enrolled);
    expect(r?.certificates).toBe(r?.disabled);
    const codes = await db.raw.query<{ countyCode: string; code: string }>('SELECT "countyCode", code FROM "School"');
    for (const s of codes) {
      expect(s.code).toMatch(/^[0-9]{10}$/);
      expect(s.code.startsWith(s.countyCode === TEST_COUNTY ? '214311' : `2${s.countyCode}`)).toBe(true);
    }
    expect(schoolCode('city', '431124', 1)).toBe('2143110001');
    expect(schoolCode('county', '431102', 1)).toBe('2431102001');
    expect(() => schoolCode('county', '431102', 1000)).toThrow(/more than 999/);
  });

  it('each county has its own subsidy programmes, with the same codes, and grants only from them', async () => {
    const rows = await db.raw.query<{ countyCode: string; codes: string }>(
      `SELECT "countyCode", string_agg(code, ',' ORDER BY code) AS codes FROM "SubsidyProgramme" GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.map((r) => r.countyCode)).toEqual(['431102', '431103', '431124']);
    expect(new Set(rows.map((r) => r.codes)).size).toBe(1);
    expect((rows[0]?.codes ?? '').split(',').length).toBeGreaterThanOrEqual(5);
    const [cross] = await db.raw.query<{ n: number; all: number }>(
      `SELECT count(*) FILTER (WHERE p."countyCode" <> g."countyCode")::int AS n, count(*)::int AS "all"
         FROM "SubsidyGrant" g JOIN "SubsidyProgramme" p ON p.id = g."programmeId"`,
    );
    expect(cross?.all).toBeGreaterThan(0);
    expect(cross?.n).toBe(0);
  });

  it('planted facts carry their county', async () => {
    const rows = await db.raw.query<{ countyCode: string; kind: string; n: number; wrong: number }>(
      `SELECT f."countyCode", f.kind, count(*)::int AS n, count(*) FILTER (WHERE c.id IS NOT NULL AND c."countyCode" <> f."countyCode")::int AS wrong
         FROM "PlantedFact" f LEFT JOIN "Child" c ON c.id = f."childId" GROUP BY 1, 2`,
    );
    expect(rows.filter((r) => r.wrong > 0)).toEqual([]);
    for (const s of summaries) {
      const planted = Object.fromEntries(rows.filter((r) => r.countyCode === s.countyCode).map((r) => [r.kind, r.n]));
      expect(planted).toEqual(Object.fromEntries(Object.entries(s.planted).filter(([, n]) => n > 0)));
    }
  });

  it('refuses a county the database holds already, before writing anything', async () => {
    await expect(generateCounty(db, { children: 10, seed: SEED, countyCode: '431102', sealer: testSealer })).rejects.toThrow(
      /already holds county 431102 零陵区/,
    );
    await expect(generateCounties(db, { countyCodes: ['431181', '431124'], children: 10, seed: SEED, sealer: testSealer })).rejects.toBeInstanceOf(
      CountyExistsError,
    );
    expect(await isCountyEmpty(db, '431181')).toBe(true);
    expect(await existingCounties(db)).toEqual(['431102', '431103', '431124']);
  });

  it('adds a county by itself later, skipping the ID numbers the database holds', async () => {
    const taken = await takenIdNumbers(db, testSealer);
    if (!taken) throw new Error('no ID numbers read');
    // Read in pages along the unique index: small pages give the same answers.
    const paged = await takenIdNumbers(db, testSealer, 97);
    const people = await db.raw.query<{ c: Uint8Array }>(`SELECT "idNumberCipher" AS c FROM "Child" UNION ALL SELECT "idNumberCipher" FROM "Person"`);
    expect(people.length).toBeGreaterThan(97 * 3);
    for (const p of people) expect(paged?.(testSealer.open(bytes(p.c)))).toBe(true);
    const [held] = await db.raw.query<{ c: Uint8Array }>(`SELECT "idNumberCipher" AS c FROM "Person" WHERE "countyCode" = '431102' LIMIT 1`);
    const heldNumber = testSealer.open(bytes(held?.c));
    expect(taken(heldNumber)).toBe(true);
    // A fresh allocator would hand that very number out again (same prefix, birth date and sex); one told what is taken skips it.
    const birth = heldNumber.slice(6, 14);
    const day = dayOf(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8)));
    const male = Number(heldNumber[16]) % 2 === 1;
    const fresh = new IdNumberAllocator();
    const skipping = new IdNumberAllocator(taken);
    const issued = (a: IdNumberAllocator): string[] => Array.from({ length: 60 }, () => a.allocate(heldNumber.slice(0, 6), day, male) ?? '');
    expect(issued(fresh)).toContain(heldNumber);
    const second = issued(skipping);
    expect(second).not.toContain(heldNumber);
    for (const id of second) expect(idNumberProblem(id)).toBeNull();

    const added = await generateCounty(db, { children: CHILDREN, seed: SEED, countyCode: '431125', sealer: testSealer });
    expect([added.countyName, added.first, added.schoolCodes]).toEqual(['江永县', false, 'county']);
    expect(await existingCounties(db)).toEqual(['431102', '431103', '431124', '431125']);
    const [r] = await db.raw.query<{ children: number; migrantsFromSelf: number }>(
      `SELECT count(*)::int AS children,
              (SELECT count(*)::int FROM "Household" WHERE "countyCode" = '431125' AND "registrationNumber" LIKE '431125-%') AS "migrantsFromSelf"
         FROM "Child" WHERE "countyCode" = '431125'`,
    );
    expect(r).toEqual({ children: CHILDREN, migrantsFromSelf: 0 });
  });
});
