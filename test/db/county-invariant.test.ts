import { DISTRIBUTION, DISTRIBUTION_COLUMN, citusStatements } from '../../src/db/distribution';
import { generateCounty } from '../../src/seed/generate-county';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { loadDatamodel, type Datamodel } from '../support/schema-catalog';

/**
 * The invariant the scoped repository relies on for county-wide scopes
 * (src/access/repository.ts ofChild: `countyCode` alone instead of a join back
 * to Child), and the one a Citus distribution by countyCode needs: every row
 * that belongs to a child carries that child's countyCode.
 */
describe('every row of a child carries the child’s county', () => {
  let db: TestDatabase;
  let datamodel: Datamodel;

  beforeAll(async () => {
    [db, datamodel] = await Promise.all([createTestDatabase(), loadDatamodel()]);
    await generateCounty(db, { children: 300, seed: 11, countyCode: TEST_COUNTY, sealer: testSealer });
  });
  afterAll(async () => {
    await db.drop();
  });

  /**
   * Not read through the repository, so outside this invariant for now:
   * PlantedFact is the demo generator's answer key (tests and the
   * early-warning report read it); issue 11 gives it a countyCode.
   */
  const EXEMPT = ['PlantedFact'];
  /** Models with a childId column (other than Child itself). */
  const childRowModels = () =>
    datamodel.models.filter((m) => !EXEMPT.includes(m.name) && m.fields.some((f) => f.name === 'childId' && f.kind === 'scalar'));

  it('every model with a childId also has a countyCode', () => {
    const missing = childRowModels().filter((m) => !m.fields.some((f) => f.name === 'countyCode')).map((m) => m.name);
    expect(missing).toEqual([]);
  });

  it('no row of a child has another countyCode than the child (generated county)', async () => {
    const models = childRowModels();
    expect(models.length).toBeGreaterThan(15);
    const counts: Record<string, number> = {};
    for (const m of models) {
      // Table names come from the schema, not from input.
      const [row] = await db.raw.query<{ n: number; all: number }>(
        `SELECT count(*) FILTER (WHERE x."countyCode" IS DISTINCT FROM c."countyCode")::int AS n, count(*)::int AS "all"
           FROM "${m.dbName ?? m.name}" x JOIN "Child" c ON c.id = x."childId"`,
      );
      counts[m.name] = row?.n ?? -1;
    }
    expect(Object.entries(counts).filter(([, n]) => n !== 0)).toEqual([]);
  });

  /*
   * The sharding plan (issue 11 item 6: docs/scale.md, src/db/distribution.ts),
   * checked against the database's own catalog: what Citus needs for a
   * county's rows of every table to live on one node.
   */
  describe('the sharding plan holds (docs/scale.md)', () => {
    interface ForeignKey {
      name: string;
      src: string;
      dst: string;
      cols: string[];
      refcols: string[];
    }
    let tables: string[] = [];
    let county: Map<string, boolean>; // table → countyCode is NOT NULL
    let fks: ForeignKey[] = [];
    let columns = new Map<string, string[]>();
    const placementOf = (t: string) => DISTRIBUTION[t]?.placement;

    beforeAll(async () => {
      tables = (await db.raw.query<{ t: string }>("SELECT c.relname AS t FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1")).map((r) => r.t);
      county = new Map(
        (await db.raw.query<{ t: string; notnull: boolean }>(
          `SELECT c.relname AS t, a.attnotnull AS notnull FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attname = $1 AND NOT a.attisdropped`,
          [DISTRIBUTION_COLUMN],
        )).map((r) => [r.t, r.notnull]),
      );
      columns = new Map(
        (await db.raw.query<{ t: string; cols: string[] }>(
          `SELECT c.relname AS t, array_agg(a.attname::text) AS cols FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped GROUP BY 1`,
        )).map((r) => [r.t, r.cols]),
      );
      fks = await db.raw.query<ForeignKey>(
        `SELECT c.conname AS name, s.relname AS src, d.relname AS dst,
                (SELECT array_agg(a.attname::text ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(att, n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.att) AS cols,
                (SELECT array_agg(a.attname::text ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(att, n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.att) AS refcols
           FROM pg_constraint c JOIN pg_class s ON s.oid = c.conrelid JOIN pg_class d ON d.oid = c.confrelid
          WHERE c.contype = 'f' AND s.relnamespace = current_schema()::regnamespace AND NOT s.relispartition AND NOT d.relispartition ORDER BY 1`,
      );
    });

    it('places every table of the database, and names no table it does not have', () => {
      expect({ unplaced: tables.filter((t) => placementOf(t) === undefined) }).toEqual({ unplaced: [] });
      expect({ unknown: Object.keys(DISTRIBUTION).filter((t) => !tables.includes(t)) }).toEqual({ unknown: [] });
    });

    it('every distributed table has a NOT NULL countyCode, the distribution column', () => {
      const distributed = tables.filter((t) => placementOf(t) === 'distributed');
      expect(distributed.length).toBeGreaterThan(30);
      expect(distributed.filter((t) => county.get(t) !== true)).toEqual([]);
    });

    it('every person-level table (a child, person or household, or anything hanging from one) is distributed, or placed with a reason', () => {
      // Person-level: Child, Person, Household; any table with a childId/personId/householdId column; and,
      // until nothing changes, any table with a foreign key into the set.
      const personLevel = new Set(['Child', 'Person', 'Household']);
      for (const [t, cols] of columns) if (cols.some((c) => ['childId', 'personId', 'householdId'].includes(c))) personLevel.add(t);
      for (let grew = true; grew; ) {
        grew = false;
        for (const fk of fks) {
          if (personLevel.has(fk.dst) && !personLevel.has(fk.src)) {
            personLevel.add(fk.src);
            grew = true;
          }
        }
      }
      const misplaced = [...personLevel].filter((t) => placementOf(t) !== 'distributed' && !DISTRIBUTION[t]?.note).sort();
      expect(misplaced).toEqual([]);
      expect(personLevel.size).toBeGreaterThan(30);
    });

    it('foreign keys go only where Citus allows them: distributed → distributed or reference, reference → reference, coordinator → coordinator or reference', () => {
      const allowed: Record<string, string[]> = { distributed: ['distributed', 'reference'], reference: ['reference'], coordinator: ['coordinator', 'reference'] };
      const refused = fks.filter((fk) => !(allowed[placementOf(fk.src) ?? ''] ?? []).includes(placementOf(fk.dst) ?? '')).map((fk) => `${fk.src} → ${fk.dst} (${fk.name})`);
      expect(refused).toEqual([]);
    });

    it('every foreign key between distributed tables joins rows of one county (generated county)', async () => {
      const between = fks.filter((fk) => placementOf(fk.src) === 'distributed' && placementOf(fk.dst) === 'distributed');
      expect(between.length).toBeGreaterThan(25);
      const crossing: Record<string, number> = {};
      const populated: string[] = [];
      for (const fk of between) {
        // Names come from the catalog, not from input.
        const on = fk.cols.map((c, i) => `x."${c}" = y."${fk.refcols[i]}"`).join(' AND ');
        const [row] = await db.raw.query<{ n: number; all: number }>(
          `SELECT count(*) FILTER (WHERE x."countyCode" IS DISTINCT FROM y."countyCode")::int AS n, count(*)::int AS "all"
             FROM "${fk.src}" x JOIN "${fk.dst}" y ON ${on}`,
        );
        if ((row?.n ?? 0) !== 0) crossing[fk.name] = row?.n ?? -1;
        if ((row?.all ?? 0) > 0) populated.push(fk.name);
      }
      expect(crossing).toEqual({});
      // The generated county exercises most of them (the rest are checked by the structure above).
      expect(populated.length).toBeGreaterThan(between.length / 2);
    });

    it('the plan compiles to Citus statements: reference tables first, every distributed table co-located with Child', () => {
      const statements = citusStatements();
      const firstDistributed = statements.findIndex((s) => s.includes('create_distributed_table'));
      expect(statements.slice(0, firstDistributed).every((s) => s.includes('create_reference_table'))).toBe(true);
      expect(statements[firstDistributed]).toBe(`SELECT create_distributed_table('"Child"', 'countyCode');`);
      expect(statements.slice(firstDistributed + 1).every((s) => s.endsWith(`colocate_with => '"Child"');`))).toBe(true);
    });
  });
});
