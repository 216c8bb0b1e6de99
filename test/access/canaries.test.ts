/**
 * Row scopes, by canaries: children planted in every township and every
 * sensitive category; every operation under schema/operations/ run as every
 * agency persona (this file: the first half of the personas, and the
 * category-specific checks; canaries-2.test.ts the rest). A canary is in a
 * response iff the row-scope predicate `sees` (test/support/canaries.ts:
 * written from access-policy.md "Row scopes" and the canary's planted
 * attributes, not from src/access/row-scope.ts) says the persona sees it.
 */
import { expectedSlice, inSlice, purposeOf } from '../support/policy-oracle';
import { codesOf, PERSONAS, rawClient, shows, validationFailed } from '../support/canaries';
import { canaryEnvironment, canaryOperations, full, OPS } from './canary-ops';

describe('canaries: row scopes over every operation and every persona (1/2)', () => {
  const env = canaryEnvironment();

  it('the operations are all there and the canaries are planted', () => {
    expect(OPS.map((o) => o.name)).toEqual(expect.arrayContaining(['ChildDetail', 'ChildrenDeep', 'ChildrenList', 'HouseholdDetail', 'School', 'Schools', 'Townships']));
    expect(env.world.canaries.length).toBeGreaterThanOrEqual(20);
  });

  it('the education bureau (county-wide) sees every canary in the list', async () => {
    const gql = await rawClient(env.api.url, { agency: 'EDUCATION_BUREAU' }, 'DROPOUT_CASEWORK');
    const r = await gql('{ children(first: 100) { totalCount edges { node { id } } } }');
    expect(r.errors).toBeUndefined();
    for (const c of env.world.canaries) expect(shows(r.text, c)).toBe(true);
  });

  canaryOperations(env, PERSONAS.slice(0, 8));

  describe('JUDICIARY reads only dropout cases escalated to legal action', () => {
    const casesQuery = '{ child(id: $id) { dropoutCases { id status causeNote visits { notes } } } }';

    it('a child with an escalated and a non-escalated case: only the escalated one, with its visits', async () => {
      const gql = await rawClient(env.api.url, { agency: 'JUDICIARY' }, 'LEGAL_AID');
      const c = env.world.byKey['caseEscalated']!;
      const r = await gql(casesQuery.replace('$id', JSON.stringify(c.id)));
      expect(r.errors).toBeUndefined();
      const cases = (r.data as { child: { dropoutCases: Array<{ id: string; status: string; visits: unknown[] }> } }).child.dropoutCases;
      expect(cases.map((k) => k.id)).toEqual(c.caseIds.filter((k) => k.escalated).map((k) => k.id));
      expect(cases[0]?.visits).toHaveLength(1);
      expect(r.text).not.toContain('辍学原因-caseEscalated-OPEN');
      expect(r.text).not.toContain('劝返记录-caseEscalated-OPEN');
    });

    it('a child in scope by a labor finding: its non-escalated case is not shown', async () => {
      const gql = await rawClient(env.api.url, { agency: 'JUDICIARY' }, 'LEGAL_AID');
      const c = env.world.byKey['laborFinding']!;
      const r = await gql(casesQuery.replace('$id', JSON.stringify(c.id)));
      expect(r.errors).toBeUndefined();
      expect((r.data as { child: { dropoutCases: unknown[] } }).child.dropoutCases).toEqual([]);
      expect(r.text).not.toContain('劝返记录-laborFinding');
    });

    it('over the whole list: every case shown is an escalated one, every escalated case is shown', async () => {
      const gql = await rawClient(env.api.url, { agency: 'JUDICIARY' }, 'LEGAL_AID');
      const r = await gql('{ children(first: 100) { edges { node { id dropoutCases { id status visits { notes } } } } } }');
      expect(r.errors).toBeUndefined();
      const shown = (r.data as { children: { edges: Array<{ node: { dropoutCases: Array<{ id: string }> } }> } }).children.edges.flatMap((e) => e.node.dropoutCases.map((k) => k.id));
      const escalated = env.world.canaries.flatMap((c) => c.caseIds.filter((k) => k.escalated).map((k) => k.id));
      expect(shown.sort()).toEqual(escalated.sort());
      for (const c of env.world.canaries) for (const k of c.caseIds.filter((x) => !x.escalated)) expect(r.text).not.toContain(k.id);
    });
  });

  describe('SCHOOL reads DISABILITY_DETAIL (assessment, placement plan, home-teaching visits) of its own enrolled pupils only', () => {
    const detail = (id: string) =>
      `{ child(id: ${JSON.stringify(id)}) { id disabilityRecord { category assessment assessedOn } placement { type plan homeTeachingVisits { content } } } }`;
    type Detail = { child: { disabilityRecord: { assessment: string | null; assessedOn: string | null } | null; placement: { plan: string | null; homeTeachingVisits: Array<{ content: string }> } | null } };

    it('school A, its own pupil: the detail is there', async () => {
      const gql = await rawClient(env.api.url, { agency: 'SCHOOL', school: env.world.schools.A.code }, 'PLACEMENT');
      for (const key of ['disabled', 'transferAtoB']) {
        const c = env.world.byKey[key]!;
        const r = await gql(detail(c.id));
        expect(r.errors).toBeUndefined();
        const d = (r.data as Detail).child;
        expect(d.disabilityRecord?.assessment).toBe(c.secrets.assessment);
        expect(d.placement?.plan).toBe(c.secrets.plan);
        expect(d.placement?.homeTeachingVisits.map((v) => v.content)).toEqual([c.secrets.visit]);
      }
    });

    it('school B, a pupil transferring in from A (in its row scope, not its pupil): category yes, detail no', async () => {
      const gql = await rawClient(env.api.url, { agency: 'SCHOOL', school: env.world.schools.B.code }, 'PLACEMENT');
      const c = env.world.byKey['transferAtoB']!;
      const r = await gql(detail(c.id));
      expect(r.errors).toBeUndefined();
      const d = (r.data as Detail).child;
      expect(d.disabilityRecord).toEqual({ category: 'HEARING', assessment: null, assessedOn: null });
      expect(d.placement?.plan).toBeNull();
      expect(d.placement?.homeTeachingVisits).toEqual([]);
      for (const s of [c.secrets.assessment!, c.secrets.plan!, c.secrets.visit!]) expect(r.text).not.toContain(s);
    });

    it('school B over its whole list: no detail of anyone who is not its enrolled pupil', async () => {
      const gql = await rawClient(env.api.url, { agency: 'SCHOOL', school: env.world.schools.B.code }, 'PLACEMENT');
      const r = await gql('{ children(first: 100) { edges { node { id disabilityRecord { assessment assessedOn } placement { plan homeTeachingVisits { content } } } } } }');
      expect(r.errors).toBeUndefined();
      for (const c of env.world.canaries) {
        if (c.school === 'B') continue;
        for (const s of [c.secrets.assessment, c.secrets.plan, c.secrets.visit]) if (s) expect(r.text).not.toContain(s);
      }
      expect(r.text).toContain(JSON.stringify(env.world.byKey['transferAtoB']!.id));
    });

    it('TOWNSHIP has no DISABILITY_DETAIL at all: asking fails validation', async () => {
      const gql = await rawClient(env.api.url, { agency: 'TOWNSHIP', township: env.world.townshipCode(1) }, 'CARE');
      const r = await gql(detail(env.world.byKey['disabled']!.id));
      expect(validationFailed(r)).toBe(true);
      expect(r.text).not.toContain(env.world.byKey['disabled']!.secrets.assessment!);
    });
  });

  it('tokens without their scope claim see no child at all, in lists or lookups', async () => {
    for (const agency of ['TOWNSHIP', 'SCHOOL'] as const) {
      const gql = await rawClient(env.api.url, { agency }, purposeOf(agency));
      const list = await gql('{ children(first: 100) { totalCount edges { node { id name } } } }');
      expect(list.errors).toBeUndefined();
      expect(list.data).toEqual({ children: { totalCount: 0, edges: [] } });
      for (const c of env.world.canaries) {
        const one = await gql(`{ child(id: ${JSON.stringify(c.id)}) { id name } }`);
        expect(codesOf(one)).toEqual(['NOT_FOUND']);
        expect(shows(one.text, c)).toBe(false);
      }
      expect(inSlice(expectedSlice(full, { agency, grants: null }), 'Query', 'children')).toBe(true);
    }
  });
});
