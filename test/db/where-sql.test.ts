import { placeViewer, viewerFromClaims } from '../../src/access/auth';
import { rowScopeFor, type RowScope } from '../../src/access/row-scope';
import { calendarOf } from '../../src/lib/calendar';
import { whereSql } from '../../src/db/where-sql';
import { Prisma } from '../../src/generated/prisma/client';
import { childWhere } from '../../src/modules/children';
import type { Context } from '../../src/context';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { PERSONAS, personaToken, plantCanaries, type CanaryWorld } from '../support/canaries';

/**
 * The SQL read path (issue 9) carries the row scopes compiled from the same
 * Prisma where fragments the rest of the hub uses (src/db/where-sql.ts). Here,
 * on the canary world (children planted in every township and category), every
 * part of every persona's row scope and every children filter selects exactly
 * the rows Prisma selects; and what the compiler does not understand throws
 * instead of matching more.
 */
const TODAY = new Date('2026-11-16T08:00:00Z');

describe('where-sql: compiled row scopes select what Prisma selects', () => {
  let db: TestDatabase;
  let world: CanaryWorld;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await plantCanaries(db);
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function sqlIds(model: string, table: string, where: object): Promise<string[]> {
    const sql = Prisma.sql`SELECT x."id"::text AS id FROM ${Prisma.raw(`"${table}"`)} x WHERE ${whereSql(model, where, 'x')} ORDER BY x."id"`;
    return (await db.raw.query<{ id: string }>(sql.text, sql.values)).map((r) => r.id);
  }

  const delegate = (model: string) =>
    (db.prisma as unknown as Record<string, { findMany(a: object): Promise<Array<{ id: string }>> }>)[model.charAt(0).toLowerCase() + model.slice(1)] as {
      findMany(a: object): Promise<Array<{ id: string }>>;
    };

  async function prismaIds(model: string, where: object): Promise<string[]> {
    return (await delegate(model).findMany({ where, select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  }

  function scopeOf(p: (typeof PERSONAS)[number]): RowScope {
    const t = personaToken(p, world);
    const viewer = viewerFromClaims({
      sub: 'where-sql-test',
      agency_kind: t.agency,
      ...(t.township ? { township_code: t.township } : {}),
      ...(t.school ? { school_code: t.school } : {}),
      ...(t.region ? { region_code: t.region } : {}),
      ...(t.agency === 'PARTNER_APP' ? { client_id: t.clientId, on_behalf_of: t.onBehalfOf, grants: t.grants } : {}),
    });
    return rowScopeFor(placeViewer(viewer, ['431124']), TODAY);
  }

  it.each(PERSONAS.map((p) => [p.label, p] as const))('%s: child, household, person, school, dropout-case and detail scopes', async (_label, p) => {
    const scope = scopeOf(p);
    const parts: Array<[string, string, object | null]> = [
      ['Child', 'Child', scope.child],
      ['Household', 'Household', scope.household],
      ['Person', 'Person', scope.person],
      ['School', 'School', scope.school],
      ['DropoutCase', 'DropoutCase', scope.dropoutCase],
      ['Child', 'Child', scope.disabilityDetailChild],
      ['SubsidyGrant', 'SubsidyGrant', { countyCode: scope.countyCode, child: scope.child }],
    ];
    let nonEmpty = 0;
    for (const [model, table, where] of parts) {
      if (where === null) continue;
      const expected = await prismaIds(model, where);
      expect({ model, ids: await sqlIds(model, table, where) }).toEqual({ model, ids: expected });
      if (expected.length > 0) nonEmpty++;
    }
    // The comparison means something: most parts select some rows and, for the narrow scopes, not all of them.
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('the narrow scopes select a strict, non-empty subset of the county (so equality above is not trivial)', async () => {
    const all = (await prismaIds('Child', {})).length;
    for (const p of PERSONAS.filter((x) => ['TOWNSHIP', 'SCHOOL', 'JUDICIARY', 'WOMENS_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'POVERTY_ALLEVIATION_OFFICE'].includes(x.agency) && !x.noClaim && !x.partner)) {
      const n = (await sqlIds('Child', 'Child', scopeOf(p).child)).length;
      expect({ persona: p.label, between: n > 0 && n < all }).toEqual({ persona: p.label, between: true });
    }
  });

  it('every children filter (ChildFilter) compiles to the rows Prisma returns', async () => {
    const ctx = { calendar: calendarOf(TODAY) } as Context;
    const village = (await db.prisma.child.findFirstOrThrow({ where: { id: world.canaries[0]?.id as string } })).villageCode;
    const filters = [
      { townshipCode: world.townshipCode(1) },
      { villageCode: village },
      { schoolId: world.schools.A.id },
      { grade: 3 },
      { status: 'ENROLLED' },
      { status: 'DROPPED_OUT', townshipCode: world.townshipCode(2) },
      { ageMin: 6, ageMax: 15 },
      { ageMin: 12 },
      { registeredPoor: true },
      { minimumLiving: true },
      { orphan: true },
      { leftBehind: true },
      { leftBehind: false },
      { inDistress: true },
      { disabled: true },
      { migrant: true },
    ];
    for (const f of filters) {
      const where = childWhere(ctx, f as never);
      expect({ f, ids: await sqlIds('Child', 'Child', where) }).toEqual({ f, ids: await prismaIds('Child', where) });
    }
  });

  it('what it does not understand throws: never a filter that matches more (fail closed)', () => {
    expect(() => whereSql('Child', { name: { contains: 'x' } }, 'c')).toThrow(/not supported/);
    expect(() => whereSql('Child', { id: undefined }, 'c')).toThrow(/undefined/);
    expect(() => whereSql('Child', { noSuchField: 1 }, 'c')).toThrow(/unknown field/);
    expect(() => whereSql('Child', { NOT: [] }, 'c')).toThrow(/empty NOT/);
    expect(() => whereSql('Child', { household: { isNot: { registeredPoor: true } } }, 'c')).toThrow(/not supported/);
    expect(() => whereSql('Child', { dropoutCases: {} }, 'c')).toThrow(/not supported/);
    expect(() => whereSql('Child', { dropoutCases: { some: undefined } }, 'c')).toThrow(/not supported/);
  });

  it('values are bound parameters, never spliced into the text', () => {
    const evil = "x' OR '1'='1";
    const sql = whereSql('Child', { OR: [{ name: evil }, { village: { parentCode: evil } }] }, 'c');
    expect(sql.text).not.toContain(evil);
    expect(sql.values).toEqual([evil, evil]);
  });
});
