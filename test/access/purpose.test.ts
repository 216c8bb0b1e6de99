/**
 * Purpose (access-policy "Purpose"): reading only REFERENCE, BASIC and
 * AGGREGATE needs no X-Purpose; reading any other class without one is
 * refused with PURPOSE_REQUIRED and no data; an unknown code, or one the
 * agency may not state, is refused with 400 BAD_USER_INPUT. Generated from
 * the table for every agency and every field of its slice.
 * Plus the audit half of the same plugin: person-level reads are logged.
 */
import { AGENCIES, PURPOSE_CODES, PURPOSE_FREE_CLASSES, PURPOSES, type Agency } from '../../src/access/policy';
import { buildFullSchema } from '../../src/graphql/schema';
import { codesOf, plantCanaries, rawClient, type Canary, type CanaryWorld } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { classesOf, documentFor, expectedSlice, fieldPaths, inBatches, own, purposeOf, type PathIds } from '../support/policy-oracle';
import { startTestServer, type TestServer } from '../support/server';
import type { Persona } from '../support/tokens';

const full = buildFullSchema();
const FREE = new Set<string>(PURPOSE_FREE_CLASSES);

describe('purpose', () => {
  let db: TestDatabase;
  let api: TestServer;
  let world: CanaryWorld;
  let c: Canary;
  let ids: PathIds;
  const personaOf = (agency: Agency): Persona =>
    agency === 'TOWNSHIP' ? { agency, township: world.townshipCode(1) } : agency === 'SCHOOL' ? { agency, school: world.schools.A.code } : { agency };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await plantCanaries(db, [
      {
        key: 'purpose',
        township: 1,
        school: 'A',
        leftBehind: true,
        care: true,
        hasDisability: true,
        disabilityRecord: true,
        registeredPoor: true,
        laborFinding: true,
        legalAction: true,
        migrant: true,
        migrantApp: { school: 'A', status: 'ASSIGNED' },
        cases: [{ status: 'LEGAL_ACTION' }],
      },
    ]);
    c = world.byKey['purpose']!;
    ids = { Child: c.id, Household: c.householdId, School: world.schools.A.id };
    api = await startTestServer(db, testSealer);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe.each([...AGENCIES])('%s', (agency) => {
    const slice = expectedSlice(full, own(agency));
    // One query per combination (classes read, type of the last field): the purpose rule depends on the classes only.
    const seen = new Set<string>();
    const cases = fieldPaths(full, slice)
      .map((p) => ({ ...p, classes: classesOf(full, documentFor(full, p.path, {})) }))
      .filter((p) => {
        const key = `${[...p.classes].sort().join(',')}|${p.type}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const free = cases.filter((x) => [...x.classes].every((k) => FREE.has(k)));
    const needing = cases.filter((x) => [...x.classes].some((k) => !FREE.has(k)));

    it(`${free.length} queries (one per class combination and type) reading only REFERENCE/BASIC/AGGREGATE work without X-Purpose`, async () => {
      const gql = await rawClient(api.url, personaOf(agency), null);
      const bad: string[] = [];
      await inBatches(free, 8, async ({ type, field, path }) => {
        const r = await gql(documentFor(full, path, ids));
        // Through child(id)/household(id) (a child the agency sees) no error at all; dummy arguments of other
        // root fields may earn BAD_USER_INPUT or NOT_FOUND, but never a refusal.
        const refused = codesOf(r).filter((k) => ['PURPOSE_REQUIRED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR'].includes(k as string));
        if (refused.length || (['child', 'household'].includes(path[0]!.field) && r.errors !== undefined)) bad.push(`${type}.${field}: ${r.text.slice(0, 200)}`);
      });
      expect(bad).toEqual([]);
    });

    it(`${needing.length} queries (one per class combination and type) reading another class: PURPOSE_REQUIRED and no data without X-Purpose; answered with one (one per combination of classes)`, async () => {
      const without = await rawClient(api.url, personaOf(agency), null);
      const withPurpose = await rawClient(api.url, personaOf(agency), purposeOf(agency));
      const bad: string[] = [];
      // With a purpose they answer (slices*.test.ts runs them all); here one per combination of classes.
      const sample = new Set<string>();
      const seenCombos = new Set<string>();
      for (const x of needing) {
        const combo = [...x.classes].sort().join(',');
        if (!seenCombos.has(combo)) {
          seenCombos.add(combo);
          sample.add(`${x.type}.${x.field}`);
        }
      }
      await inBatches(needing, 8, async ({ type, field, path, classes }) => {
        const doc = documentFor(full, path, ids);
        const r = await without(doc);
        if (JSON.stringify(codesOf(r)) !== '["PURPOSE_REQUIRED"]') bad.push(`${type}.${field} [${[...classes]}]: ${r.text.slice(0, 200)}`);
        if (r.data != null) bad.push(`${type}.${field}: data returned without a purpose: ${r.text.slice(0, 200)}`);
        if (r.text.includes(c.name) || r.text.includes(c.idNumber)) bad.push(`${type}.${field}: person data in the refusal`);
        if (!sample.has(`${type}.${field}`)) return;
        const ok = await withPurpose(doc);
        const refused = codesOf(ok).filter((k) => ['PURPOSE_REQUIRED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR'].includes(k as string));
        if (refused.length) bad.push(`${type}.${field} with ${purposeOf(agency)}: ${ok.text.slice(0, 200)}`);
      });
      expect(bad).toEqual([]);
    });

    it('every purpose code the agency may not state is refused: 400 BAD_USER_INPUT, no data', async () => {
      const q = '{ schools { code } }';
      for (const code of PURPOSE_CODES.filter((p) => !(PURPOSES[agency] as readonly string[]).includes(p))) {
        const gql = await rawClient(api.url, personaOf(agency), code);
        const r = await gql(q);
        expect([r.status, codesOf(r), r.data ?? null]).toEqual([400, ['BAD_USER_INPUT'], null]);
      }
      for (const code of PURPOSES[agency]) {
        const gql = await rawClient(api.url, personaOf(agency), code);
        expect((await gql(q)).errors).toBeUndefined();
      }
    });
  });

  it.each([
    ['an unknown code', 'CURIOSITY'],
    ['a known code in lower case', 'care'],
    ['two codes', 'CARE, DROPOUT_CASEWORK'],
    ['a code with a suffix', 'CARE;x'],
  ])('%s is refused with 400 BAD_USER_INPUT, even on a purpose-free query', async (_l, code) => {
    const gql = await rawClient(api.url, { agency: 'EDUCATION_BUREAU' }, code);
    for (const q of ['{ schools { code } }', `{ child(id: ${JSON.stringify(c.id)}) { name guardians { relation } } }`]) {
      const r = await gql(q);
      expect(r.status).toBe(400);
      expect(codesOf(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.data ?? null).toBeNull();
      expect(r.text).not.toContain(c.name);
    }
  });

  it('a partner states a purpose of the agency it acts for, and no other', async () => {
    const persona: Persona = { agency: 'PARTNER_APP', onBehalfOf: 'WOMENS_FEDERATION', grants: [{ class: 'BASIC', access: 'R' }, { class: 'CARE', access: 'R' }] };
    const q = `{ child(id: ${JSON.stringify(c.id)}) { name isLeftBehind } }`;
    const none = await (await rawClient(api.url, persona, null))(q);
    expect(codesOf(none)).toEqual(['PURPOSE_REQUIRED']);
    const ok = await (await rawClient(api.url, persona, 'CARE'))(q);
    expect(ok.errors).toBeUndefined();
    const other = await (await rawClient(api.url, persona, 'RECONCILIATION'))(q);
    expect([other.status, codesOf(other)]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('the purpose is needed however the protected field is asked for (fragment, alias, nested in a purpose-free relation)', async () => {
    const gql = await rawClient(api.url, { agency: 'EDUCATION_BUREAU' }, null);
    const id = JSON.stringify(c.id);
    for (const q of [
      `{ child(id: ${id}) { ...F } } fragment F on Child { name idNumber }`,
      `{ child(id: ${id}) { ... on Child { isLeftBehind } } }`,
      `{ child(id: ${id}) { n: name x: hasDisability } }`,
      `{ child(id: ${id}) { household { children { enrollment { nationalStudentNumber } } } } }`,
      `{ children(first: 5) { totalCount edges { node { household { registeredPoor } } } } }`,
      `{ child(id: ${id}) { name idNumber @skip(if: true) } }`,
    ]) {
      const r = await gql(q);
      expect([q, codesOf(r)]).toEqual([q, ['PURPOSE_REQUIRED']]);
      expect(r.data ?? null).toBeNull();
    }
  });

  it('a filter on a protected class is a read of it: PURPOSE_REQUIRED without X-Purpose, written inline or passed as a variable', async () => {
    const gql = await rawClient(api.url, { agency: 'EDUCATION_BUREAU' }, null);
    const inline = await gql('{ children(first: 5, filter: { registeredPoor: true }) { totalCount edges { node { id } } } }');
    expect(codesOf(inline)).toEqual(['PURPOSE_REQUIRED']);
    expect(inline.data ?? null).toBeNull();
    const viaVariable = await gql('query Q($f: ChildFilter) { children(first: 5, filter: $f) { totalCount edges { node { id } } } }', { f: { leftBehind: true } });
    expect(codesOf(viaVariable)).toEqual(['PURPOSE_REQUIRED']);
    expect(viaVariable.data ?? null).toBeNull();
    // A BASIC filter needs none.
    const basic = await gql('query Q($f: ChildFilter) { children(first: 5, filter: $f) { totalCount } }', { f: { grade: 4 } });
    expect(basic.errors).toBeUndefined();
  });

  describe('audit: every request that returns person-level data appends one access record', () => {
    async function recordsOf(subject: string) {
      return db.prisma.accessLog.findMany({ where: { subject }, orderBy: { id: 'asc' } });
    }

    it('child(id): one record naming the child, the classes read and the purpose', async () => {
      const gql = await rawClient(api.url, { agency: 'CIVIL_AFFAIRS', subject: 'audit-child' }, 'AID_ELIGIBILITY');
      const r = await gql(`query Look { child(id: ${JSON.stringify(c.id)}) { name guardians { person { phone } } } }`);
      expect(r.errors).toBeUndefined();
      const rows = await recordsOf('audit-child');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ agencyKind: 'CIVIL_AFFAIRS', purpose: 'AID_ELIGIBILITY', operationName: 'Look', childIds: [c.id], outcome: 'OK' });
      expect([...rows[0]!.fieldClasses].sort()).toEqual(['BASIC', 'CONTACT']);
      // SUPERVISION can ask who read this child's data.
      const sup = await rawClient(api.url, { agency: 'SUPERVISION' }, 'SUPERVISION');
      const log = await sup(`{ accessLog(childId: ${JSON.stringify(c.id)}) { subject purpose operationName } }`);
      expect(log.errors).toBeUndefined();
      expect(log.text).toContain('"subject":"audit-child"');
    });

    it('household(id) with the guardians\' ID numbers and phones: one record (person-level data of the household)', async () => {
      const gql = await rawClient(api.url, { agency: 'EDUCATION_BUREAU', subject: 'audit-household' }, 'SUBSIDY_REVIEW');
      const r = await gql(`query House { household(id: ${JSON.stringify(c.householdId)}) { registrationNumber address members { name idNumber phone } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.text).toContain(c.secrets.guardianIdNumber);
      const rows = await recordsOf('audit-household');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ agencyKind: 'EDUCATION_BUREAU', purpose: 'SUBSIDY_REVIEW', operationName: 'House' });
    });

    it('a request refused for want of a purpose is logged as a denial', async () => {
      const gql = await rawClient(api.url, { agency: 'EDUCATION_BUREAU', subject: 'audit-nopurpose' }, null);
      await gql(`{ child(id: ${JSON.stringify(c.id)}) { idNumber } }`);
      const rows = await recordsOf('audit-nopurpose');
      expect(rows.map((x) => x.outcome)).toEqual(['DENIED:PURPOSE_REQUIRED']);
    });
  });
});
