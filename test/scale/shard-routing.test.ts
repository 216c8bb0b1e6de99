/**
 * Issue 11 item 6 (sharding on paper, checked in code): the Citus plan
 * (docs/scale.md, src/db/distribution.ts) says every request of a county's
 * department, township, school or partner stays on one node, because every
 * statement names the county (`"countyCode" = …`, the distribution column).
 * A statement on a distributed table without it would go to every node of
 * the province. Every query operation under schema/operations is run, cut to
 * the persona's slice, as one persona of each agency (and a partner; the
 * city and the province count county by county), and every
 * statement the hub sent to a distributed table must name a county.
 * bench:status-events found the first ones (loadRiskHistories, the labor
 * findings' ledger lookup): with StatusEvent split by county they read all
 * ten partitions, 2–3× slower.
 */
import { AGENCIES } from '../../src/access/policy';
import { DISTRIBUTION } from '../../src/db/distribution';
import { askerOf, PERSONAS, personaToken, rawClient } from '../support/canaries';
import { expectedSlice, pruneToSlice, purposeOf } from '../support/policy-oracle';
import { canaryEnvironment, full, OPS, variableRuns } from '../access/canary-ops';

const DISTRIBUTED = Object.entries(DISTRIBUTION)
  .filter(([, p]) => p.placement === 'distributed')
  .map(([t]) => t);
const mentions = (statement: string) => DISTRIBUTED.filter((t) => statement.includes(`"${t}"`));

/** The first persona of each agency (the city and the province count county by county), and the first partner. */
const PERSONAS_ROUTED = [
  ...PERSONAS.filter((p, i) => !p.partner && PERSONAS.findIndex((q) => !q.partner && q.agency === p.agency) === i),
  PERSONAS.find((p) => p.partner)!,
];

describe('issue 11 item 6: every statement a query sends to a distributed table names the county (one Citus node)', () => {
  const env = canaryEnvironment();

  it('the personas are one of every agency of the policy table, and a partner', () => {
    expect(PERSONAS_ROUTED.filter((p) => !p.partner).map((p) => p.agency).sort()).toEqual([...AGENCIES].sort());
    expect(PERSONAS_ROUTED.some((p) => p.partner)).toBe(true);
  });

  it('the check itself: a statement of a distributed table without the county is found, one with it is not', () => {
    const unrouted = 'SELECT "public"."StatusEvent"."id" FROM "public"."StatusEvent" WHERE "public"."StatusEvent"."childId" IN ($1)';
    expect(mentions(unrouted)).toEqual(['StatusEvent']);
    expect(unrouted.includes('"countyCode"')).toBe(false);
    expect(mentions('SELECT "public"."School"."id" FROM "public"."School"')).toEqual([]);
  });

  it.each(PERSONAS_ROUTED.map((p) => [p.label, p] as const))('%s: every operation of its slice', async (_label, p) => {
    const slice = expectedSlice(full, askerOf(p));
    const { db, api, world } = env;
    const gql = await rawClient(api.url, personaToken(p, world), purposeOf(p.agency));
    const unrouted = new Map<string, string>();
    let statements = 0;
    let operations = 0;
    // The regional figures have no document under schema/operations (the console's 区域汇总 page asks them).
    const REGIONAL = [
      { name: 'RegionalTargets', doc: '{ regionalTargets(schoolYear: 2026) { county { code name } schoolYear levels { level enrolledAtStart dropouts rate met } t3 { poorDropouts met } } }' },
      { name: 'RegionalMonthlyReports', doc: '{ regionalMonthlyReports { county { code } month townships reported totals { schoolAgeChildren enrolled confirmedDropouts } } }' },
    ].map((d) => ({ ...d, vars: [] as Array<{ name: string; required: boolean }>, root: '' }));
    for (const op of [...OPS.filter((o) => o.kind === 'query'), ...REGIONAL]) {
      const cut = pruneToSlice(full, op.doc, slice);
      if (cut === null) continue;
      const vars = variableRuns(op, world, p, { first: 20, children: 1 })?.[0];
      if (vars === undefined) continue;
      db.statements.length = 0;
      const r = await gql(cut, vars);
      expect(r.status).toBe(200);
      operations++;
      for (const s of db.statements) {
        if (mentions(s).length === 0) continue;
        statements++;
        if (!s.includes('"countyCode"')) unrouted.set(s.replace(/\s+/g, ' ').slice(0, 240), op.name);
      }
    }
    expect(operations).toBeGreaterThan(0);
    expect(statements).toBeGreaterThan(0);
    expect([...unrouted].map(([s, op]) => `${op}: ${s}`)).toEqual([]);
  });
});
