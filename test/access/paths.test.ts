/**
 * One forbidden field, every way of asking for it: direct, aliased, through
 * fragments, nested through households, members and lists, with directives,
 * by GET. Always a validation failure, no data, no value in the answer.
 * And row scope at the edges: an out-of-scope lookup answers byte for byte
 * like a lookup of an id that does not exist; totalCount equals what paging
 * reaches, for every agency.
 */
import { randomUUID } from 'node:crypto';
import { AGENCIES, type Agency } from '../../src/access/policy';
import { buildFullSchema } from '../../src/graphql/schema';
import { plantCanaries, rawClient, validationFailed, codesOf, type Canary, type CanaryWorld, type RawResult } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { expectedSlice, inSlice, maskedForm, own, purposeOf, selectionFor } from '../support/policy-oracle';
import { makeIdNumber } from '../support/ids';
import { getNamedType, isNonNullType } from 'graphql';
import { post, startTestServer, type TestServer } from '../support/server';
import { mintToken, type Persona } from '../support/tokens';

const full = buildFullSchema();

interface Forbidden {
  label: string;
  agency: Agency;
  purpose: string;
  /** The canary whose data is asked for (in the agency's row scope). */
  canary: string;
  type: 'Child' | 'Household' | 'Person';
  field: string;
  /** An allowed field of the same type, for the alias forms. */
  allowed: string;
  /** Values that must never appear in the answer. */
  secrets: (c: Canary) => string[];
}
const FORBIDDEN: Forbidden[] = [
  {
    label: 'Child.idNumber for WOMENS_FEDERATION',
    agency: 'WOMENS_FEDERATION',
    purpose: 'CARE',
    canary: 'leftBehind',
    type: 'Child',
    field: 'idNumber',
    allowed: 'name',
    secrets: (c) => [c.idNumber, maskedForm(c.idNumber), c.idNumber.slice(6, 14)],
  },
  {
    label: 'Person.idNumber (guardian) for WOMENS_FEDERATION',
    agency: 'WOMENS_FEDERATION',
    purpose: 'CARE',
    canary: 'leftBehind',
    type: 'Person',
    field: 'idNumber',
    allowed: 'name',
    secrets: (c) => [c.secrets.guardianIdNumber, maskedForm(c.secrets.guardianIdNumber)],
  },
  {
    label: 'Household.annualIncome for EDUCATION_BUREAU',
    agency: 'EDUCATION_BUREAU',
    purpose: 'SUBSIDY_REVIEW',
    canary: 'registeredPoor',
    type: 'Household',
    field: 'annualIncome',
    allowed: 'registeredPoor',
    secrets: () => ['4321.5', '4321'],
  },
  {
    label: 'Household.assets for EDUCATION_BUREAU',
    agency: 'EDUCATION_BUREAU',
    purpose: 'SUBSIDY_REVIEW',
    canary: 'registeredPoor',
    type: 'Household',
    field: 'assets',
    allowed: 'registeredPoor',
    secrets: (c) => [`资产-${c.key}`],
  },
  {
    label: 'Child.dropoutCases for CIVIL_AFFAIRS',
    agency: 'CIVIL_AFFAIRS',
    purpose: 'AID_ELIGIBILITY',
    canary: 'caseEscalated',
    type: 'Child',
    field: 'dropoutCases { id status causeNote }',
    allowed: 'name',
    secrets: (c) => [...c.caseIds.map((k) => k.id), '辍学原因-'],
  },
];

/** Ways to reach a selection on a type from the root, with the canary's ids. */
function wrappers(type: Forbidden['type'], c: Canary): Array<[string, (inner: string) => string]> {
  const child = JSON.stringify(c.id);
  const hh = JSON.stringify(c.householdId);
  switch (type) {
    case 'Child':
      return [
        ['child(id)', (s) => `{ child(id: ${child}) { ${s} } }`],
        ['children list', (s) => `{ children(first: 50) { edges { node { ${s} } } } }`],
        ['household(id).children', (s) => `{ household(id: ${hh}) { children { ${s} } } }`],
        ['child.household.children', (s) => `{ child(id: ${child}) { household { children { ${s} } } } }`],
      ];
    case 'Household':
      return [
        ['household(id)', (s) => `{ household(id: ${hh}) { ${s} } }`],
        ['child(id).household', (s) => `{ child(id: ${child}) { household { ${s} } } }`],
        ['children list → household', (s) => `{ children(first: 50) { edges { node { household { ${s} } } } } }`],
        ['household.children.household', (s) => `{ household(id: ${hh}) { children { household { ${s} } } } }`],
      ];
    case 'Person':
      return [
        ['household(id).members', (s) => `{ household(id: ${hh}) { members { ${s} } } }`],
        ['child.household.members', (s) => `{ child(id: ${child}) { household { members { ${s} } } } }`],
        ['child.guardians.person', (s) => `{ child(id: ${child}) { guardians { person { ${s} } } } }`],
        ['children list → guardians', (s) => `{ children(first: 50) { edges { node { guardians { person { ${s} } } } } } }`],
      ];
  }
}

/** Forms of asking for the field inside a selection set of `type`. */
function forms(f: Forbidden): Array<[string, (wrap: (inner: string) => string) => string]> {
  const t = f.type;
  return [
    ['direct', (w) => w(f.field)],
    ['alias after an allowed field', (w) => w(`a: ${f.allowed} x: ${f.field}`)],
    ['alias before an allowed field', (w) => w(`x: ${f.field} a: ${f.allowed}`)],
    ['alias, allowed field unaliased after', (w) => w(`x: ${f.field} ${f.allowed}`)],
    ['alias, allowed field unaliased before', (w) => w(`${f.allowed} x: ${f.field}`)],
    ['named fragment', (w) => `${w('...F')} fragment F on ${t} { ${f.allowed} ${f.field} }`],
    ['named fragment in a named fragment', (w) => `${w('...F')} fragment F on ${t} { ${f.allowed} ...G } fragment G on ${t} { ${f.field} }`],
    ['inline fragment with type condition', (w) => w(`... on ${t} { ${f.field} }`)],
    ['inline fragment without type condition', (w) => w(`... { ${f.field} }`)],
    ['@include(if: false)', (w) => w(`${f.allowed} ${f.field.replace(/^(\w+)/, '$1 @include(if: false)')}`)],
    ['@skip(if: true)', (w) => w(`${f.allowed} ${f.field.replace(/^(\w+)/, '$1 @skip(if: true)')}`)],
    ['with __typename', (w) => w(`__typename ${f.field}`)],
  ];
}

describe('paths to a forbidden field', () => {
  let db: TestDatabase;
  let api: TestServer;
  let world: CanaryWorld;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await plantCanaries(db);
    api = await startTestServer(db, testSealer);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe.each(FORBIDDEN)('$label', (f) => {
    it('the oracle agrees the field is outside the slice, and the allowed field inside', () => {
      const slice = expectedSlice(full, own(f.agency));
      expect(inSlice(slice, f.type, f.field.split(' ')[0]!)).toBe(false);
      expect(inSlice(slice, f.type, f.allowed)).toBe(true);
    });

    it('every path and every form: validation failure, status 400, no data, no value, no hint', async () => {
      const gql = await rawClient(api.url, { agency: f.agency }, f.purpose);
      const c = world.byKey[f.canary]!;
      const secrets = f.secrets(c);
      const problems: string[] = [];
      let n = 0;
      for (const [where, wrap] of wrappers(f.type, c)) {
        // The wrapper itself, with the allowed field, works (so the failure is the field's).
        const ok = await gql(wrap(f.allowed));
        if (ok.errors !== undefined) problems.push(`${where}: the allowed field alone fails: ${ok.text.slice(0, 200)}`);
        for (const [how, build] of forms(f)) {
          n++;
          const q = build(wrap);
          const r = await gql(q);
          const label = `${where} / ${how}`;
          if (!validationFailed(r)) problems.push(`${label}: not a validation failure: ${r.text.slice(0, 200)}`);
          if (r.status !== 400) problems.push(`${label}: status ${r.status}`);
          if (r.data != null) problems.push(`${label}: data returned`);
          for (const s of [...secrets, c.name]) if (r.text.includes(s)) problems.push(`${label}: the answer contains ${s}`);
          for (const e of r.errors ?? []) {
            if (/did you mean/i.test(e.message)) problems.push(`${label}: the error suggests fields: ${e.message}`);
            if (e.extensions && 'stacktrace' in e.extensions) problems.push(`${label}: stack trace in the error`);
          }
        }
      }
      expect(n).toBeGreaterThanOrEqual(40);
      expect(problems).toEqual([]);
    });

    it('by GET as well', async () => {
      const c = world.byKey[f.canary]!;
      const token = await mintToken({ agency: f.agency });
      const q = wrappers(f.type, c)[0]![1](f.field);
      const res = await fetch(`${api.url}?query=${encodeURIComponent(q)}`, {
        headers: { authorization: `Bearer ${token}`, 'x-purpose': f.purpose, 'apollo-require-preflight': 'true' },
      });
      const text = await res.text();
      expect(res.status).toBe(400);
      expect(text).toContain('GRAPHQL_VALIDATION_FAILED');
      for (const s of [...f.secrets(c), c.name]) expect(text).not.toContain(s);
    });

    it('introspection of the type does not list it', async () => {
      const gql = await rawClient(api.url, { agency: f.agency }, null);
      const r = await gql(`{ __type(name: "${f.type}") { fields { name } } }`);
      expect(r.errors).toBeUndefined();
      const names = (r.data as { __type: { fields: Array<{ name: string }> } }).__type.fields.map((x) => x.name);
      expect(names).toContain(f.allowed);
      expect(names).not.toContain(f.field.split(' ')[0]);
    });
  });

  describe('filters on fields outside the slice (a filter is an oracle for its field)', () => {
    it.each([
      ['JUDICIARY', 'LEGAL_AID', { registeredPoor: true }],
      ['HUMAN_RESOURCES_SOCIAL_SECURITY', 'LABOR_INSPECTION', { leftBehind: true }],
      ['POVERTY_ALLEVIATION_OFFICE', 'RECONCILIATION', { disabled: true }],
      ['CIVIL_AFFAIRS', 'AID_ELIGIBILITY', { migrant: true }],
    ] as const)('%s: filter %j is refused, inline or as a variable, never silently ignored', async (agency, purpose, filter) => {
      const slice = expectedSlice(full, own(agency));
      const key = Object.keys(filter)[0]!;
      expect(inSlice(slice, 'ChildFilter', key)).toBe(false);
      const gql = await rawClient(api.url, { agency }, purpose);
      const inline = await gql(`{ children(first: 50, filter: { ${key}: true }) { totalCount edges { node { id } } } }`);
      expect(validationFailed(inline)).toBe(true);
      expect(inline.data ?? null).toBeNull();
      const viaVariable = await gql('query Q($f: ChildFilter) { children(first: 50, filter: $f) { totalCount edges { node { id } } } }', { f: filter });
      expect(viaVariable.errors?.length ?? 0).toBeGreaterThan(0);
      expect(viaVariable.data ?? null).toBeNull();
      expect(viaVariable.text).not.toContain('totalCount');
    });
  });

  describe('out of row scope: a lookup answers exactly like an id that does not exist', () => {
    /** TOWNSHIP (township 1) and, for breadth, every category-scoped agency. */
    const personas: Array<{ label: string; agency: Agency; persona: (w: CanaryWorld) => Persona; outOfScope: string[]; childOnly?: string[]; inScope: string }> = [
      { label: 'TOWNSHIP (township 1)', agency: 'TOWNSHIP', persona: (w) => ({ agency: 'TOWNSHIP', township: w.townshipCode(1) }), outOfScope: ['plainT2', 'plainT3', 'inDistress', 'siblingOfPoorLivesT3'], inScope: 'plainT1' },
      { label: 'SCHOOL (school A)', agency: 'SCHOOL', persona: (w) => ({ agency: 'SCHOOL', school: w.schools.A.code }), outOfScope: ['plainT2', 'plainT3', 'migrantRejectedByA', 'transferCtoBRejected'], inScope: 'plainT1' },
      { label: 'WOMENS_FEDERATION', agency: 'WOMENS_FEDERATION', persona: () => ({ agency: 'WOMENS_FEDERATION' }), outOfScope: ['orphan', 'plainT1'], childOnly: ['siblingOfLeftBehind'], inScope: 'leftBehind' },
      { label: 'POVERTY_ALLEVIATION_OFFICE', agency: 'POVERTY_ALLEVIATION_OFFICE', persona: () => ({ agency: 'POVERTY_ALLEVIATION_OFFICE' }), outOfScope: ['plainT2', 'disabled'], inScope: 'registeredPoor' },
      { label: 'JUDICIARY', agency: 'JUDICIARY', persona: () => ({ agency: 'JUDICIARY' }), outOfScope: ['caseNotEscalated', 'plainT1'], inScope: 'caseEscalated' },
      { label: 'HUMAN_RESOURCES_SOCIAL_SECURITY', agency: 'HUMAN_RESOURCES_SOCIAL_SECURITY', persona: () => ({ agency: 'HUMAN_RESOURCES_SOCIAL_SECURITY' }), outOfScope: ['plainT3', 'legalAction'], inScope: 'laborFinding' },
      { label: 'DISABLED_PERSONS_FEDERATION', agency: 'DISABLED_PERSONS_FEDERATION', persona: () => ({ agency: 'DISABLED_PERSONS_FEDERATION' }), outOfScope: ['plainT1', 'orphan'], inScope: 'disabled' },
    ];
    const CHILD_Q = 'query Lookup($id: ID!) { child(id: $id) { id name birthDate } }';
    const HOUSEHOLD_Q = 'query Lookup($id: ID!) { household(id: $id) { id children { id name } } }';

    async function rawPost(token: string, purpose: string, query: string, id: string) {
      const r = await post(api.url, { query, variables: { id } }, { authorization: `Bearer ${token}`, 'x-purpose': purpose });
      return { status: r.status, text: r.text, type: r.headers.get('content-type'), length: r.headers.get('content-length') };
    }

    it.each(personas)('$label: child(id) and household(id), byte for byte', async ({ agency, persona, outOfScope, childOnly, inScope }) => {
      const token = await mintToken(persona(world));
      const purpose = purposeOf(agency);
      const nobodyChild = await rawPost(token, purpose, CHILD_Q, randomUUID());
      const nobodyHousehold = await rawPost(token, purpose, HOUSEHOLD_Q, randomUUID());
      expect(nobodyChild.text).toContain('NOT_FOUND');
      expect(nobodyHousehold.text).toContain('NOT_FOUND');
      for (const key of outOfScope) {
        const c = world.byKey[key]!;
        expect(await rawPost(token, purpose, CHILD_Q, c.id)).toEqual(nobodyChild);
        expect(await rawPost(token, purpose, HOUSEHOLD_Q, c.householdId)).toEqual(nobodyHousehold);
      }
      // A child out of scope in a household that is in scope (through a sibling): the child lookup still answers as for nobody.
      for (const key of childOnly ?? []) {
        expect(await rawPost(token, purpose, CHILD_Q, world.byKey[key]!.id)).toEqual(nobodyChild);
      }
      // And the same query does find the in-scope child (the comparison is not between two failures of another kind).
      const found = await rawPost(token, purpose, CHILD_Q, world.byKey[inScope]!.id);
      expect(found.text).toContain(JSON.stringify(world.byKey[inScope]!.name));
    });

    it.each(personas)('$label: every other root field that looks a child up by childId or ID number answers as for nobody', async ({ agency, persona, outOfScope }) => {
      const slice = expectedSlice(full, own(agency));
      const gql = await rawClient(api.url, persona(world), purposeOf(agency));
      const query = full.getQueryType()!;
      const problems: string[] = [];
      let compared = 0;
      // schoolAgeCheck answers "school age? in school?" for any child by design (HUMAN_RESOURCES_SOCIAL_SECURITY).
      const fields = Object.values(query.getFields()).filter(
        (f) => inSlice(slice, query.name, f.name) && !['child', 'household', 'school', 'schoolAgeCheck', 'accessLog'].includes(f.name) && f.args.some((a) => ['childId', 'idNumber'].includes(a.name)),
      );
      for (const f of fields) {
        const selection = selectionFor(full, getNamedType(f.type).name, slice, 2);
        for (const key of outOfScope) {
          const c = world.byKey[key]!;
          for (const by of ['childId', 'idNumber'] as const) {
            if (!f.args.some((a) => a.name === by)) continue;
            const ghost = by === 'childId' ? randomUUID() : makeIdNumber('431124', '2016-03-01', 900 + compared);
            const vars = (v: string) => {
              const out: Record<string, unknown> = { [by]: v };
              for (const a of f.args) {
                if (a.name === 'programmeCode') out[a.name] = world.programmeCode;
                else if (isNonNullType(a.type) && a.defaultValue === undefined && !(a.name in out)) out[a.name] = a.name === 'first' ? 5 : getNamedType(a.type).name === 'Int' ? 2026 : 'x';
              }
              return out;
            };
            const used = (v: Record<string, unknown>) => f.args.filter((a) => a.name in v);
            const doc = (v: Record<string, unknown>) =>
              `query Look(${used(v).map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { ${f.name}(${used(v).map((a) => `${a.name}: $${a.name}`).join(', ')})${selection ? ` { ${selection} }` : ''} }`;
            const real = by === 'childId' ? c.id : c.idNumber;
            const a = await gql(doc(vars(real)), vars(real));
            const b = await gql(doc(vars(ghost)), vars(ghost));
            compared++;
            if (a.status !== b.status || a.text.split(real).join('<x>') !== b.text.split(ghost).join('<x>')) {
              problems.push(`${f.name}(${by} of ${key}): ${a.text.slice(0, 200)} — for nobody: ${b.text.slice(0, 200)}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('an out-of-scope lookup is logged as a denial, like a lookup of a nonexistent id', async () => {
      const token = await mintToken({ agency: 'TOWNSHIP', township: world.townshipCode(1), subject: 'denial-probe' });
      const before = await db.prisma.accessLog.count({ where: { subject: 'denial-probe' } });
      await rawPost(token, 'CARE', CHILD_Q, world.byKey['plainT2']!.id);
      const rows = await db.prisma.accessLog.findMany({ where: { subject: 'denial-probe' }, orderBy: { id: 'asc' } });
      expect(rows.length).toBe(before + 1);
      expect(rows.at(-1)?.outcome).toBe('DENIED:NOT_FOUND');
    });
  });

  describe('lists: totalCount equals the number of children paging reaches, for every agency', () => {
    const personaOf = (agency: Agency): Persona =>
      agency === 'TOWNSHIP' ? { agency, township: world.townshipCode(1) } : agency === 'SCHOOL' ? { agency, school: world.schools.A.code } : { agency };
    const page = '$first: Int!, $after: String, $filter: ChildFilter';

    async function pageAll(gql: (q: string, v?: Record<string, unknown>) => Promise<RawResult>, filter: Record<string, unknown> | null) {
      const ids: string[] = [];
      let after: string | null = null;
      let total: number | null = null;
      for (let i = 0; i < 50; i++) {
        const r: RawResult = await gql(`query Page(${page}) { children(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { first: 3, after, filter });
        expect(codesOf(r)).toEqual([]);
        const conn = (r.data as { children: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } }).children;
        if (total === null) total = conn.totalCount;
        expect(conn.totalCount).toBe(total);
        ids.push(...conn.edges.map((e) => e.node.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      return { ids, total: total! };
    }

    it.each([...AGENCIES])('%s', async (agency) => {
      const slice = expectedSlice(full, own(agency));
      if (!inSlice(slice, 'Query', 'children')) {
        // No list at all for this agency (SUPERVISION): the query fails validation.
        const gql = await rawClient(api.url, personaOf(agency), purposeOf(agency));
        expect(validationFailed(await gql('{ children(first: 3) { totalCount } }'))).toBe(true);
        return;
      }
      const gql = await rawClient(api.url, personaOf(agency), purposeOf(agency));
      const filters: Array<Record<string, unknown> | null> = [null, { townshipCode: world.townshipCode(1) }, { status: 'ENROLLED' }, { schoolId: world.schools.B.id }];
      if (inSlice(slice, 'ChildFilter', 'leftBehind')) filters.push({ leftBehind: true });
      if (inSlice(slice, 'ChildFilter', 'registeredPoor')) filters.push({ registeredPoor: true });
      for (const filter of filters) {
        const { ids, total } = await pageAll(gql, filter);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(total);
        const one = await gql('query All($filter: ChildFilter) { children(first: 100, filter: $filter) { totalCount edges { node { id } } } }', { filter });
        const all = (one.data as { children: { totalCount: number; edges: Array<{ node: { id: string } }> } }).children;
        expect(all.totalCount).toBe(total);
        expect(all.edges.map((e) => e.node.id).sort()).toEqual([...ids].sort());
      }
    });

    it('PARTNER_APP: a count below 5 is suppressed (access-policy "Filters, sort orders and aggregates")', async () => {
      // Acting for the women's federation: two canaries are in its scope (left-behind, in distress).
      const gql = await rawClient(
        api.url,
        { agency: 'PARTNER_APP', onBehalfOf: 'WOMENS_FEDERATION', grants: [{ class: 'BASIC', access: 'R' }, { class: 'AGGREGATE', access: 'R' }] },
        null,
      );
      const r = await gql('{ children(first: 1) { totalCount } }');
      const truth = world.canaries.filter((c) => c.leftBehind || c.inDistress).length;
      expect(truth).toBeLessThan(5);
      expect(truth).toBeGreaterThan(0);
      expect(r.text).not.toContain(`"totalCount":${truth}`);
    });
  });
});
