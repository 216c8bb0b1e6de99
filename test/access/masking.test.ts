/**
 * Masking (access-policy "Masked"): where the IDENTIFIERS cell is M the
 * identifier is there but shows only its first 3 and last 4 characters; where
 * it is R it is whole; where it is '-' asking for it fails validation.
 */
import { AGENCIES, MATRIX, type Agency } from '../../src/access/policy';
import { buildFullSchema } from '../../src/graphql/schema';
import { plantCanaries, rawClient, validationFailed, type Canary, type CanaryWorld } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { expectedSlice, inSlice, maskedForm, own, purposeOf, type Asker } from '../support/policy-oracle';
import { startTestServer, type TestServer } from '../support/server';
import type { Persona } from '../support/tokens';

const full = buildFullSchema();

/** Each identifier the policy names, the path to it from child(id), and its real value. */
interface Ident {
  label: string;
  /** Selection inside child(id) { … }. */
  selection: string;
  /** Steps (type.field) of the path, for the slice check. */
  steps: Array<[string, string]>;
  value: (c: Canary) => string;
  /** Where the value sits in the response data. */
  pick: (child: Record<string, unknown>) => unknown;
}
const IDENTS: Ident[] = [
  { label: 'Child.idNumber', selection: 'idNumber', steps: [['Query', 'child'], ['Child', 'idNumber']], value: (c) => c.idNumber, pick: (c) => c['idNumber'] },
  {
    label: 'guardian idNumber (Child.guardians.person.idNumber)',
    selection: 'guardians { person { idNumber } }',
    steps: [['Query', 'child'], ['Child', 'guardians'], ['Guardian', 'person'], ['Person', 'idNumber']],
    value: (c) => c.secrets.guardianIdNumber,
    pick: (c) => (c['guardians'] as Array<{ person: { idNumber: string } }>)[0]?.person.idNumber,
  },
  {
    label: 'guardian idNumber (Household.members.idNumber)',
    selection: 'household { members { idNumber } }',
    steps: [['Query', 'child'], ['Child', 'household'], ['Household', 'members'], ['Person', 'idNumber']],
    value: (c) => c.secrets.guardianIdNumber,
    pick: (c) => (c['household'] as { members: Array<{ idNumber: string }> }).members[0]?.idNumber,
  },
  {
    label: 'Enrollment.nationalStudentNumber',
    selection: 'enrollment { nationalStudentNumber }',
    steps: [['Query', 'child'], ['Child', 'enrollment'], ['Enrollment', 'nationalStudentNumber']],
    value: (c) => c.secrets.nsn!,
    pick: (c) => (c['enrollment'] as { nationalStudentNumber: string }).nationalStudentNumber,
  },
  {
    label: 'Household.registrationNumber',
    selection: 'household { registrationNumber }',
    steps: [['Query', 'child'], ['Child', 'household'], ['Household', 'registrationNumber']],
    value: (c) => c.secrets.registration,
    pick: (c) => (c['household'] as { registrationNumber: string }).registrationNumber,
  },
  {
    label: 'DisabilityRecord.certificateNumber',
    selection: 'disabilityRecord { certificateNumber }',
    steps: [['Query', 'child'], ['Child', 'disabilityRecord'], ['DisabilityRecord', 'certificateNumber']],
    value: (c) => c.secrets.certificate!,
    pick: (c) => (c['disabilityRecord'] as { certificateNumber: string }).certificateNumber,
  },
  {
    label: 'MigrantEnrollment.residencePermitNumber',
    selection: 'migrantEnrollment { residencePermitNumber }',
    steps: [['Query', 'child'], ['Child', 'migrantEnrollment'], ['MigrantEnrollment', 'residencePermitNumber']],
    value: (c) => c.secrets.permit!,
    pick: (c) => (c['migrantEnrollment'] as { residencePermitNumber: string }).residencePermitNumber,
  },
];

/** The design's three groups (access-policy.md "The matrix", IDENTIFIERS row). */
const MASKED: Agency[] = ['TOWNSHIP', 'SCHOOL', 'JUDICIARY', 'DISABLED_PERSONS_FEDERATION'];
const WHOLE: Agency[] = ['EDUCATION_BUREAU', 'CIVIL_AFFAIRS', 'POVERTY_ALLEVIATION_OFFICE'];
// access-policy: no identifier at all; issue 11: the city and the province read no person field.
const NONE: Agency[] = ['HUMAN_RESOURCES_SOCIAL_SECURITY', 'WOMENS_FEDERATION', 'SUPERVISION', 'CITY_EDUCATION_BUREAU', 'PROVINCE_EDUCATION_DEPARTMENT'];

describe('masking of identifiers', () => {
  let db: TestDatabase;
  let api: TestServer;
  let world: CanaryWorld;
  let c: Canary;
  const personaOf = (agency: Agency): Persona =>
    agency === 'TOWNSHIP' ? { agency, township: world.townshipCode(1) } : agency === 'SCHOOL' ? { agency, school: world.schools.A.code } : { agency };

  beforeAll(async () => {
    db = await createTestDatabase();
    // One child every agency with IDENTIFIERS can see, with every identifier set.
    world = await plantCanaries(db, [
      {
        key: 'ids',
        township: 1,
        school: 'A',
        registeredPoor: true,
        hasDisability: true,
        disabilityRecord: true,
        legalAction: true,
        leftBehind: true,
        migrant: true,
        migrantApp: { school: 'A', status: 'ASSIGNED' },
      },
    ]);
    c = world.byKey['ids']!;
    api = await startTestServer(db, testSealer);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('the design groups agree with MATRIX', () => {
    expect([...MASKED, ...WHOLE, ...NONE].sort()).toEqual([...AGENCIES].sort());
    for (const a of MASKED) expect(MATRIX.IDENTIFIERS[a].read).toBe('masked');
    for (const a of WHOLE) expect(MATRIX.IDENTIFIERS[a].read).toBe('full');
    for (const a of NONE) expect(MATRIX.IDENTIFIERS[a].read).toBe('none');
  });

  it('the planted identifiers are long enough to show the masking', () => {
    for (const i of IDENTS) expect(i.value(c).length).toBeGreaterThan(7);
  });

  describe.each([...AGENCIES])('%s', (agency) => {
    const slice = expectedSlice(full, own(agency));
    const reachable = IDENTS.filter((i) => i.steps.every(([t, f]) => inSlice(slice, t, f)));
    const expectation = MASKED.includes(agency) ? 'masked' : WHOLE.includes(agency) ? 'whole' : 'refused';

    if (expectation === 'refused') {
      it.each(IDENTS.map((i) => [i.label, i] as const))('%s fails validation, no value in the answer', async (_l, i) => {
        const gql = await rawClient(api.url, personaOf(agency), purposeOf(agency));
        const r = await gql(`{ child(id: ${JSON.stringify(c.id)}) { ${i.selection} } }`);
        expect(validationFailed(r)).toBe(true);
        expect(r.data ?? null).toBeNull();
        expect(r.text).not.toContain(i.value(c));
        expect(r.text).not.toContain(maskedForm(i.value(c)));
      });
      return;
    }

    it(`reaches at least the child's own ID number`, () => {
      expect(reachable.map((i) => i.label)).toContain('Child.idNumber');
    });

    it.each(reachable.map((i) => [i.label, i] as const))(`%s comes back ${expectation}`, async (_l, i) => {
      const gql = await rawClient(api.url, personaOf(agency), purposeOf(agency));
      const r = await gql(`{ child(id: ${JSON.stringify(c.id)}) { ${i.selection} } }`);
      expect(r.errors).toBeUndefined();
      const got = i.pick((r.data as { child: Record<string, unknown> }).child);
      const real = i.value(c);
      if (expectation === 'whole') {
        expect(got).toBe(real);
      } else {
        expect(got).toBe(maskedForm(real));
        expect(got).toMatch(new RegExp(`^${real.slice(0, 3)}\\*{${real.length - 7}}${real.slice(-4).replace(/[^0-9A-Za-z]/g, '\\$&')}$`));
        expect(r.text).not.toContain(real);
      }
    });

    if (expectation === 'masked') {
      it('identifiers reached through lists and household(id) are masked as well', async () => {
        const gql = await rawClient(api.url, personaOf(agency), purposeOf(agency));
        const list = await gql('{ children(first: 100) { edges { node { id idNumber } } } }');
        expect(list.errors).toBeUndefined();
        expect(list.text).toContain(JSON.stringify(maskedForm(c.idNumber)));
        expect(list.text).not.toContain(c.idNumber);
        if (inSlice(slice, 'Household', 'registrationNumber')) {
          const hh = await gql(`{ household(id: ${JSON.stringify(c.householdId)}) { registrationNumber ${inSlice(slice, 'Household', 'members') ? 'members { idNumber }' : ''} } }`);
          expect(hh.errors).toBeUndefined();
          expect(hh.text).toContain(JSON.stringify(maskedForm(c.secrets.registration)));
          expect(hh.text).not.toContain(c.secrets.registration);
          expect(hh.text).not.toContain(c.secrets.guardianIdNumber);
        }
      });
    }
  });

  describe('partner apps: masked when either the grant or the agency cell says so', () => {
    const cases: Array<{ label: string; asker: Asker; expect: 'masked' | 'whole' }> = [
      { label: 'IDENTIFIERS:M on behalf of EDUCATION_BUREAU', asker: { agency: 'EDUCATION_BUREAU', grants: [{ class: 'BASIC', access: 'R' }, { class: 'IDENTIFIERS', access: 'M' }] }, expect: 'masked' },
      { label: 'IDENTIFIERS:R on behalf of TOWNSHIP (cell M)', asker: { agency: 'TOWNSHIP', grants: [{ class: 'BASIC', access: 'R' }, { class: 'IDENTIFIERS', access: 'R' }] }, expect: 'masked' },
      { label: 'IDENTIFIERS:R on behalf of CIVIL_AFFAIRS', asker: { agency: 'CIVIL_AFFAIRS', grants: [{ class: 'BASIC', access: 'R' }, { class: 'IDENTIFIERS', access: 'R' }] }, expect: 'whole' },
    ];
    it.each(cases)('$label: Child.idNumber comes back $expect', async ({ asker, expect: e }) => {
      const persona: Persona = { agency: 'PARTNER_APP', onBehalfOf: asker.agency, grants: asker.grants as never, ...(asker.agency === 'TOWNSHIP' ? { township: world.townshipCode(1) } : {}) };
      const gql = await rawClient(api.url, persona, purposeOf(asker.agency));
      const r = await gql(`{ child(id: ${JSON.stringify(c.id)}) { name idNumber } }`);
      expect(r.errors).toBeUndefined();
      const got = (r.data as { child: { idNumber: string; name: string } }).child;
      expect(got.idNumber).toBe(e === 'whole' ? c.idNumber : maskedForm(c.idNumber));
      expect(got.name).toBe(c.name);
    });

    it('CONTACT:M: phones show first 3 and last 4, names stay whole (access-policy "Masked")', async () => {
      const persona: Persona = { agency: 'PARTNER_APP', onBehalfOf: 'WOMENS_FEDERATION', grants: [{ class: 'BASIC', access: 'R' }, { class: 'CONTACT', access: 'M' }] };
      const gql = await rawClient(api.url, persona, 'CARE');
      const r = await gql(`{ child(id: ${JSON.stringify(c.id)}) { name guardians { relation person { name phone } } } }`);
      expect(r.errors).toBeUndefined();
      const g = (r.data as { child: { name: string; guardians: Array<{ person: { name: string; phone: string } }> } }).child;
      expect(g.name).toBe(c.name);
      expect(g.guardians[0]?.person.phone).toBe(maskedForm('13912345678'));
      expect(g.guardians[0]?.person.name).toBe(`${c.name}之父`);
    });

    it('BASIC:M: the child\'s name and hub id stay whole (names are never masked; an id is not an identifier)', async () => {
      const persona: Persona = { agency: 'PARTNER_APP', onBehalfOf: 'CIVIL_AFFAIRS', grants: [{ class: 'BASIC', access: 'M' }] };
      const gql = await rawClient(api.url, persona, null);
      const r = await gql(`{ child(id: ${JSON.stringify(c.id)}) { id name } }`);
      expect(r.errors).toBeUndefined();
      expect((r.data as { child: { id: string; name: string } }).child).toEqual({ id: c.id, name: c.name });
    });
  });
});
