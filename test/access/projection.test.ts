import { expectedSlice, pruneToSlice, purposeOf } from '../support/policy-oracle';
import { askerOf, PERSONAS, personaToken, plantCanaries, rawClient, type CanaryWorld } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { full, OPS, variableRuns } from './canary-ops';

/**
 * Projection (issue 9): a lookup or a page of children reads only the columns
 * its selection reads, and the relations read with it only theirs
 * (src/graphql/projection.ts). Every query operation under schema/operations,
 * cut to the persona's slice, answers exactly the same with projection as
 * with whole rows (READ_PROJECTION=false), for several personas (their row
 * scopes and masking), on the canary world; and the projection really
 * happens (the statements name columns instead of c.*).
 */
describe('projection: the same answers as whole rows, every operation, several personas', () => {
  let db: TestDatabase;
  let world: CanaryWorld;
  let projected: TestServer;
  let whole: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await plantCanaries(db);
    projected = await startTestServer(db, testSealer);
    whole = await startTestServer(db, testSealer, { env: { READ_PROJECTION: 'false' } });
  });
  afterAll(async () => {
    await projected?.close();
    await whole?.close();
    await db?.drop();
  });

  // County-wide, township and school row scopes, masked and whole identifiers.
  const personas = PERSONAS.filter((p) => ['EDUCATION_BUREAU', 'TOWNSHIP (township 1)', 'SCHOOL (school A)'].includes(p.label));

  it.each(personas.map((p) => [p.label, p] as const))('%s', async (_label, p) => {
    const slice = expectedSlice(full, askerOf(p));
    const token = personaToken(p, world);
    const purpose = purposeOf(p.agency);
    const [a, b] = [await rawClient(projected.url, token, purpose), await rawClient(whole.url, token, purpose)];
    let compared = 0;
    for (const op of OPS.filter((o) => o.kind === 'query')) {
      const cut = pruneToSlice(full, op.doc, slice);
      if (cut === null) continue;
      const runs = variableRuns(op, world, p, { first: 100, children: 8 });
      if (runs === null) continue;
      for (const vars of runs) {
        const [x, y] = await Promise.all([a(cut, vars), b(cut, vars)]);
        expect({ op: op.name, vars, answer: x.text }).toEqual({ op: op.name, vars, answer: y.text });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('the statements of a projected page name their columns; whole rows read c.*', async () => {
    const token = personaToken(personas[0]!, world);
    const q = '{ children(first: 50) { edges { node { id name birthDate household { registrationNumber } subsidyGrants { amountCents } } } } }';
    db.statements.length = 0;
    const x = await (await rawClient(projected.url, token, 'ENROLLMENT_MANAGEMENT'))(q);
    const projectedSql = db.statements.filter((s) => s.includes('FROM "Child" c'));
    db.statements.length = 0;
    const y = await (await rawClient(whole.url, token, 'ENROLLMENT_MANAGEMENT'))(q);
    const wholeSql = db.statements.filter((s) => s.includes('FROM "Child" c'));
    expect(x.text).toBe(y.text);
    expect(projectedSql).toHaveLength(1);
    expect(projectedSql[0]).not.toContain('SELECT c.*');
    expect(projectedSql[0]).toContain('c."birthDate"');
    expect(wholeSql[0]).toContain('SELECT c.*');
  });
});
