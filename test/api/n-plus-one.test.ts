import { print, type DocumentNode } from 'graphql';
import { ChildByIdDocument, ChildrenDeepDocument, ListGrantsDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Issue 2 item 8, issue 9: a page costs one statement per level of the tree
 * whatever its size (the children's own statement reading their first level),
 * plus the access record.
 */
describe('no N+1: statements per request do not grow with the page size', () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const prog = await db.prisma.subsidyProgramme.create({
      data: { code: 'NUTRITION', name: '营养改善计划', countyCode: '431124', fundingLevel: 'CENTRAL', ownerAgency: 'EDUCATION_BUREAU', amountCents: 50000, period: 'TERM' },
    });
    for (let t = 1; t <= 3; t++) {
      const v = await s.village(t, 1);
      const school = await s.school(t);
      for (let i = 0; i < 40; i++) {
        const { child } = await s.child({ villageCode: v.code, schoolId: school.id, hasDisability: i % 5 === 0 });
        await db.prisma.subsidyGrant.create({ data: { countyCode: '431124', childId: child.id, programmeId: prog.id, schoolYear: 2026, term: 1, amountCents: 50000 } });
        if (i % 5 === 0) {
          await db.prisma.placement.create({ data: { countyCode: '431124', childId: child.id, type: 'REGULAR_CLASS', status: 'ASSIGNED', schoolId: school.id, startsOn: new Date('2026-09-01') } });
        }
      }
    }
    // No background jobs (the webhook dispatcher's polls): the statement log holds the requests' statements only.
    api = await startTestServer(db, testSealer, { env: { WEBHOOKS_ENABLED: 'false' } });
    // Steady state: the access-log writer reads the chain head once per process, at its first append.
    await api.gql(ChildrenDeepDocument, { first: 1 });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  async function statementsFor(doc: DocumentNode, variables: Record<string, unknown>): Promise<{ count: number; data: unknown }> {
    db.statements.length = 0;
    const r = await api.gql(print(doc), variables as never);
    expect(r.errors).toBeUndefined();
    return { count: db.statements.length, data: r.data };
  }

  // Issue 9 gate: SQL statements per request ≤ relation levels + 1 (the access record), the same for a page of
  // 10 as of 100. Levels: a page or lookup of children with its first relations is ONE statement (the children's
  // statement reads the relations they select); each further level one statement for all its relations.
  it('ListGrants (children + household + grants: 2 levels): at most 3 statements, the same for first: 10 and first: 100', async () => {
    const small = await statementsFor(ListGrantsDocument, { first: 10 });
    const large = await statementsFor(ListGrantsDocument, { first: 100 });
    expect((small.data as { children: { edges: unknown[] } }).children.edges).toHaveLength(10);
    expect((large.data as { children: { edges: unknown[] } }).children.edges).toHaveLength(100);
    if (process.env.SHOW_SQL) console.log(db.statements.map((x) => x.slice(0, 90)).join('\n'));
    expect(large.count).toBeLessThanOrEqual(2 + 1);
    expect(small.count).toBe(large.count);
  });

  it('ChildById (2 levels): at most 3 statements', async () => {
    const id = ((await statementsFor(ListGrantsDocument, { first: 1 })).data as { children: { edges: Array<{ node: { id: string } }> } }).children.edges[0]?.node.id;
    const r = await statementsFor(ChildByIdDocument, { id });
    expect((r.data as { child: { id: string } }).child.id).toBe(id);
    expect(r.count).toBeLessThanOrEqual(2 + 1);
  });

  // ChildrenDeep: children → household, guardians (+ person), enrollment, grants, placement → members, household's
  // children, school, events, programme, placement's school → township: 4 levels.
  it('ChildrenDeep (4 levels) costs at most 5 statements, the same for first: 10 and first: 100', async () => {
    const small = await statementsFor(ChildrenDeepDocument, { first: 10 });
    const large = await statementsFor(ChildrenDeepDocument, { first: 100 });
    expect((large.data as { children: { edges: unknown[] } }).children.edges).toHaveLength(100);
    if (process.env.SHOW_SQL) console.log(db.statements.map((x) => x.slice(0, 120)).join('\n'));
    expect(large.count).toBeLessThanOrEqual(4 + 1);
    expect(small.count).toBe(large.count);
  });
});
