/**
 * Slices as the caller sees them: introspection shows exactly the fields the
 * policy table lets the agency read (and the mutations it may write), every
 * field of the slice is reachable, mutations outside it never run, and
 * partner apps get their grants and no more.
 */
import { AGENCIES, type Agency } from '../../src/access/policy';
import { codesOf, rawClient, validationFailed } from '../support/canaries';
import { documentFor, expectedArgs, expectedSlice, fieldPaths, inBatches, inSlice, own, purposeOf, type Asker, type OracleGrant } from '../support/policy-oracle';
import { isInputObjectType, isObjectType } from 'graphql';
import { makeIdNumber } from '../support/ids';
import { flat, full, INTROSPECTION, paths, shown, shownArgs, sliceEnvironment } from './slice-env';

describe('slices: introspection, reachability, mutations, partners', () => {
  const env = sliceEnvironment();

  describe.each([...AGENCIES])('%s', (agency) => {
    const slice = expectedSlice(full, own(agency));

    it(`every field of the expected ${agency} slice is reachable through the slice itself`, async () => {
      const gql = await rawClient(env.api.url, env.personaOf(agency), purposeOf(agency));
      const within = fieldPaths(full, slice);
      expect(within.length).toBeGreaterThan(0);
      // Only the fields whose full-schema path leaves the slice need a query of their own.
      const fullPath = new Map(paths.map((p) => [`${p.type}.${p.field}`, p.path]));
      const extra = within.filter((p) => !fullPath.get(`${p.type}.${p.field}`)!.every((s) => inSlice(slice, s.type, s.field)));
      const bad: string[] = [];
      await inBatches(extra, 8, async ({ type, field, path }) => {
        const doc = documentFor(full, path, env.ids);
        const r = await gql(doc);
        const wall = codesOf(r).filter((c) => ['GRAPHQL_VALIDATION_FAILED', 'FORBIDDEN', 'PURPOSE_REQUIRED', 'INTERNAL_SERVER_ERROR'].includes(c as string));
        if (wall.length) bad.push(`${type}.${field}: ${r.text.slice(0, 200)} for ${doc}`);
      });
      expect(bad).toEqual([]);
    });

    it(`a mutation outside the ${agency} slice is refused and runs nothing`, async () => {
      const mutation = full.getMutationType();
      if (!mutation) return;
      const gql = await rawClient(env.api.url, env.personaOf(agency), purposeOf(agency));
      const bad: string[] = [];
      for (const f of Object.values(mutation.getFields())) {
        if (inSlice(slice, mutation.name, f.name)) continue;
        // No arguments given: if it were let through to execution it would fail on them, never run.
        const args = f.args.filter((a) => a.type.toString().endsWith('!'));
        const doc = `mutation { ${f.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} { __typename } }`.replace(
          'mutation {',
          `mutation${args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : ''} {`,
        );
        const r = await gql(doc, {});
        if (r.data != null || r.errors === undefined) bad.push(`${f.name}: ${r.text.slice(0, 200)}`);
        // With no Mutation type in the slice at all, graphql-js 16 lets the document through validation; it then
        // fails before any resolver (no data). With one, the field is unknown: a validation failure.
        if (slice.has(mutation.name) && !validationFailed(r)) bad.push(`${f.name}: not a validation failure: ${r.text.slice(0, 200)}`);
      }
      expect(bad).toEqual([]);
    });

    it(`introspection shows exactly the ${agency} slice (object fields and input fields), nothing else`, async () => {
      const gql = await rawClient(env.api.url, env.personaOf(agency), null);
      const r = await gql(INTROSPECTION);
      expect(r.errors).toBeUndefined();
      expect(flat(shown(r))).toEqual(flat(slice));
      expect(shownArgs(r)).toEqual(expectedArgs(full, own(agency), slice));
    });
  });

  describe('partner apps', () => {
    const partners: Array<{ label: string; onBehalfOf: Agency; grants: OracleGrant[]; expectClasses: string[] }> = [
      { label: 'grants [] (on behalf of CIVIL_AFFAIRS)', onBehalfOf: 'CIVIL_AFFAIRS', grants: [], expectClasses: ['REFERENCE'] },
      { label: 'grants [] (on behalf of EDUCATION_BUREAU)', onBehalfOf: 'EDUCATION_BUREAU', grants: [], expectClasses: ['REFERENCE'] },
      { label: 'BASIC:R on behalf of CIVIL_AFFAIRS', onBehalfOf: 'CIVIL_AFFAIRS', grants: [{ class: 'BASIC', access: 'R' }], expectClasses: ['REFERENCE', 'BASIC'] },
      { label: 'ECONOMIC_DETAIL:R on behalf of EDUCATION_BUREAU (a class the agency lacks)', onBehalfOf: 'EDUCATION_BUREAU', grants: [{ class: 'ECONOMIC_DETAIL', access: 'R' }], expectClasses: ['REFERENCE'] },
      { label: 'BASIC:R + ECONOMIC_DETAIL:R on behalf of EDUCATION_BUREAU', onBehalfOf: 'EDUCATION_BUREAU', grants: [{ class: 'BASIC', access: 'R' }, { class: 'ECONOMIC_DETAIL', access: 'R' }], expectClasses: ['REFERENCE', 'BASIC'] },
      { label: 'BASIC:R on behalf of SUPERVISION (the agency has no BASIC)', onBehalfOf: 'SUPERVISION', grants: [{ class: 'BASIC', access: 'R' }], expectClasses: ['REFERENCE'] },
      { label: 'BASIC,EDUCATION:R on behalf of JUDICIARY (the `only` list still applies)', onBehalfOf: 'JUDICIARY', grants: [{ class: 'BASIC', access: 'R' }, { class: 'EDUCATION', access: 'R' }], expectClasses: ['REFERENCE', 'BASIC', 'EDUCATION'] },
      {
        label: 'BASIC,WELFARE:R on behalf of CIVIL_AFFAIRS (no IDENTIFIERS: no lookup by ID number either)',
        onBehalfOf: 'CIVIL_AFFAIRS',
        grants: [{ class: 'BASIC', access: 'R' }, { class: 'WELFARE', access: 'R' }],
        expectClasses: ['REFERENCE', 'BASIC', 'WELFARE'],
      },
      { label: 'BASIC,CONTACT,AGGREGATE on behalf of WOMENS_FEDERATION', onBehalfOf: 'WOMENS_FEDERATION', grants: [{ class: 'BASIC', access: 'R' }, { class: 'CONTACT', access: 'M' }, { class: 'AGGREGATE', access: 'R' }], expectClasses: ['REFERENCE', 'BASIC', 'CONTACT', 'AGGREGATE'] },
    ];

    it.each(partners)('$label: introspection shows exactly the granted slice', async ({ onBehalfOf, grants, expectClasses }) => {
      const asker: Asker = { agency: onBehalfOf, grants };
      const slice = expectedSlice(full, asker);
      const gql = await rawClient(env.api.url, { agency: 'PARTNER_APP', onBehalfOf, grants: grants as never, clientId: `client-${onBehalfOf.toLowerCase()}-${grants.length}` }, null);
      const r = await gql(INTROSPECTION);
      expect(r.errors).toBeUndefined();
      const got = shown(r);
      expect(flat(got)).toEqual(flat(slice));
      expect(shownArgs(r)).toEqual(expectedArgs(full, asker, slice));
      // And by class: only the expected classes are visible.
      const classes = new Set<string>();
      for (const [t, fs] of got) {
        const type = full.getType(t);
        if (!type || !(isObjectType(type) || isInputObjectType(type))) continue;
        for (const f of fs) classes.add(String(type.getFields()[f]?.extensions?.['fieldClass']));
      }
      expect([...classes].sort()).toEqual([...expectClasses].sort());
    });

    it('grants [] on behalf of CIVIL_AFFAIRS: a child query fails validation, reference data answers', async () => {
      const gql = await rawClient(env.api.url, { agency: 'PARTNER_APP', onBehalfOf: 'CIVIL_AFFAIRS', grants: [] }, null);
      const child = await gql(`{ child(id: "${env.ids.Child}") { id name } }`);
      expect(validationFailed(child)).toBe(true);
      expect(child.data ?? null).toBeNull();
      const schools = await gql('{ schools { code name } }');
      expect(schools.errors).toBeUndefined();
    });

    it('BASIC:R on behalf of CIVIL_AFFAIRS reads BASIC of a child, and nothing of another class', async () => {
      const gql = await rawClient(env.api.url, { agency: 'PARTNER_APP', onBehalfOf: 'CIVIL_AFFAIRS', grants: [{ class: 'BASIC', access: 'R' }] }, null);
      const r = await gql(`{ child(id: "${env.ids.Child}") { id name } }`);
      expect(r.errors).toBeUndefined();
      expect((r.data as { child: { name: string } }).child.name).toBe(env.world.byKey['everything']!.name);
      for (const f of ['idNumber', 'guardians { relation }', 'household { registeredPoor }', 'hasDisability', 'isLeftBehind']) {
        const bad = await gql(`{ child(id: "${env.ids.Child}") { ${f} } }`);
        expect(validationFailed(bad)).toBe(true);
      }
    });

    it('BASIC,WELFARE:R on behalf of CIVIL_AFFAIRS: a lookup by ID number (IDENTIFIERS) is refused and tells nothing', async () => {
      const gql = await rawClient(env.api.url, { agency: 'PARTNER_APP', onBehalfOf: 'CIVIL_AFFAIRS', grants: [{ class: 'BASIC', access: 'R' }, { class: 'WELFARE', access: 'R' }] }, 'AID_ELIGIBILITY');
      const q = 'query E($n: String, $p: String!) { eligibility(idNumber: $n, programmeCode: $p) { __typename } }';
      const real = await gql(q, { n: env.world.byKey['everything']!.idNumber, p: env.world.programmeCode });
      const ghost = await gql(q, { n: makeIdNumber('431124', '2016-03-01', 977), p: env.world.programmeCode });
      expect(real.data ?? null).toBeNull();
      expect(real.errors?.length ?? 0).toBeGreaterThan(0);
      expect([real.status, real.text.split(env.world.byKey['everything']!.idNumber).join('<n>')]).toEqual([ghost.status, ghost.text.split(makeIdNumber('431124', '2016-03-01', 977)).join('<n>')]);
    });

    it('ECONOMIC_DETAIL:R on behalf of EDUCATION_BUREAU gives nothing: annualIncome fails validation', async () => {
      const gql = await rawClient(env.api.url, { agency: 'PARTNER_APP', onBehalfOf: 'EDUCATION_BUREAU', grants: [{ class: 'BASIC', access: 'R' }, { class: 'ECONOMIC_DETAIL', access: 'R' }] }, 'RECONCILIATION');
      const r = await gql(`{ household(id: "${env.ids.Household}") { annualIncome } }`);
      expect(validationFailed(r)).toBe(true);
      expect(r.text).not.toContain('4321');
    });
  });
});
