/**
 * Shared part of canaries-sweep*.test.ts (not a test file itself).
 * Row scopes over the whole query surface, not only the operations under
 * schema/operations/: for every persona, every root query field of its slice
 * is asked for everything the slice holds (a few levels deep), once per
 * value of each scope-relevant argument (every school, every township, every
 * canary's id or ID number). No canary outside the persona's row scope
 * (test/support/canaries.ts `sees`) may show: not its id, not its name, not
 * its ID number. One way only: a root field's own filters decide which of the
 * visible canaries it lists.
 */
import { getNamedType, isEnumType, isNonNullType, type GraphQLEnumType, type GraphQLField } from 'graphql';
import { buildFullSchema } from '../../src/graphql/schema';
import {
  askerOf,
  codesOf,
  personaToken,
  plantCanaries,
  rawClient,
  sees,
  shows,
  type CanaryWorld,
  type PersonaSpec,
  type RawResult,
} from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { expectedSlice, inBatches, inSlice, purposeOf, selectionFor } from '../support/policy-oracle';
import { startTestServer, type TestServer } from '../support/server';

const full = buildFullSchema();
const query = full.getQueryType()!;

/** Argument sets for one root field: fixed values for the others, and each scope-relevant argument varied alone. */
function argumentSets(f: GraphQLField<unknown, unknown>, world: CanaryWorld, p: PersonaSpec): Array<Record<string, unknown>> {
  const base: Record<string, unknown> = {};
  const dims: Array<Array<Record<string, unknown>>> = [];
  const ownSchool = world.schools[p.school ?? 'A'].id;
  for (const a of f.args) {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    const type = getNamedType(a.type).name;
    switch (a.name) {
      case 'first':
        base['first'] = 20;
        break;
      case 'schoolId':
        if (required) base['schoolId'] = ownSchool;
        dims.push((['A', 'B', 'C'] as const).map((k) => ({ schoolId: world.schools[k].id })));
        break;
      case 'townshipCode':
        dims.push(([1, 2, 3] as const).map((n) => ({ townshipCode: world.townshipCode(n) })));
        break;
      case 'childId':
      case 'id':
        if (required) base[a.name] = world.canaries[0]!.id;
        dims.push(world.canaries.map((c) => ({ [a.name]: c.id })));
        break;
      case 'idNumber':
        dims.push(world.canaries.map((c) => ({ idNumber: c.idNumber })));
        break;
      case 'programmeCode':
        base['programmeCode'] = world.programmeCode;
        break;
      case 'schoolYear':
      case 'year':
        base[a.name] = 2026;
        break;
      case 'term':
        base['term'] = 1;
        break;
      case 'month':
        base['month'] = type === 'String' ? '2026-10' : 10;
        break;
      case 'grade':
        base['grade'] = 3;
        break;
      default:
        if (required && isEnumType(getNamedType(a.type))) {
          // e.g. referrals(direction): the first value, then each value alone.
          const values = (getNamedType(a.type) as GraphQLEnumType).getValues().map((v) => v.name);
          base[a.name] = values[0];
          dims.push(values.map((v) => ({ [a.name]: v })));
        } else if (required) {
          // An id of nothing (e.g. referredChild(referralId)): the answer must be NOT_FOUND, never another's row.
          if (type === 'ID') base[a.name] = '00000000-0000-4000-8000-000000000000';
          else if (type === 'LocalDate') base[a.name] = '2026-10-01';
          else if (type === 'Int') base[a.name] = 1;
          else if (type === 'Boolean') base[a.name] = false;
          else if (type === 'String') base[a.name] = '{}';
        }
    }
  }
  // childId and idNumber are alternatives (e.g. eligibility): vary each with the other left out.
  const sets: Array<Record<string, unknown>> = [base];
  for (const d of dims) for (const v of d) sets.push({ ...Object.fromEntries(Object.entries(base).filter(([k]) => !(k === 'childId' && 'idNumber' in v))), ...v });
  return sets;
}

function documentOf(f: GraphQLField<unknown, unknown>, vars: Record<string, unknown>, selection: string): string {
  const used = f.args.filter((a) => a.name in vars);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `query Sweep${defs ? `(${defs})` : ''} { ${f.name}${args ? `(${args})` : ''}${selection ? ` { ${selection} }` : ''} }`;
}

/**
 * Issue 11 (many counties in one database): with `counties`, the canaries are
 * planted twice in one database, in two counties the hub serves, and each
 * persona is swept once as an agency of each county (county_code in its
 * token), with the argument values of both counties' canaries (ids, ID
 * numbers, schools, townships): nothing of the other county may show, and of
 * its own county only what its row scope holds.
 */
export function sweepSuite(title: string, personas: PersonaSpec[], opts: { counties?: readonly [string, string] } = {}): void {
  // The two-county sweep runs on the PostgreSQL pass only: the county filter is the same SQL on both
  // databases, and on the embedded one it costs minutes the CI's 40 do not have to spare.
  const run = opts.counties && !process.env['DATABASE_URL'] ? describe.skip : describe;
  run(title, () => {
  let db: TestDatabase;
  let api: TestServer;
  const worlds: CanaryWorld[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    if (opts.counties) {
      for (const county of opts.counties) worlds.push(await plantCanaries(db, undefined, { county }));
      api = await startTestServer(db, testSealer, { env: { COUNTY_CODE: opts.counties[0], COUNTY_CODES: opts.counties.join(',') } });
    } else {
      worlds.push(await plantCanaries(db));
      api = await startTestServer(db, testSealer);
    }
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const cases = opts.counties ? personas.flatMap((p) => (opts.counties as readonly string[]).map((county, i) => ({ ...p, label: `${p.label} of ${county}`, index: i }))) : personas.map((p) => ({ ...p, index: 0 }));
  it.each(cases)('$label: nothing outside the row scope, whatever root field and argument', async (p) => {
    const world = worlds[p.index] as CanaryWorld;
    const others = worlds.filter((w) => w !== world);
    const slice = expectedSlice(full, askerOf(p));
    const county = opts.counties?.[p.index];
    const regional = p.agency === 'CITY_EDUCATION_BUREAU' || p.agency === 'PROVINCE_EDUCATION_DEPARTMENT';
    const gql = await rawClient(api.url, { ...personaToken(p, world), ...(county && !regional ? { county } : {}) }, purposeOf(p.agency));
    const hidden = [...world.canaries.filter((c) => !sees(p, c, world)), ...others.flatMap((w) => w.canaries)];
    if (opts.counties) expect(hidden.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const jobs: Array<{ f: GraphQLField<unknown, unknown>; vars: Record<string, unknown> }> = [];
    for (const f of Object.values(query.getFields())) {
      if (!inSlice(slice, query.name, f.name)) continue;
      // child(id) and household(id) are run for every canary and household by canaries.test.ts; school(id) is reference data.
      if (['child', 'household', 'school'].includes(f.name) && !opts.counties) continue;
      const seen = new Set<string>();
      for (const w of [world, ...others]) {
        for (const vars of argumentSets(f, w, p)) {
          const key = JSON.stringify(vars);
          if (!seen.has(key)) jobs.push({ f, vars });
          seen.add(key);
        }
      }
    }
    let answered = 0;
    await inBatches(jobs, 6, async ({ f, vars }) => {
      const named = getNamedType(f.type).name;
      let r: RawResult | undefined;
      let doc = '';
      // Everything the slice holds, 4 levels deep; shallower if the cost limit says no.
      for (const depth of [4, 3, 2]) {
        doc = documentOf(f, vars, selectionFor(full, named, slice, depth));
        r = await gql(doc, vars);
        if (!/query cost \d+ exceeds/.test(r.text)) break;
      }
      const codes = codesOf(r!);
      const label = `${f.name}(${JSON.stringify(vars).slice(0, 120)})`;
      if (codes.length === 0) answered++;
      for (const c of hidden) {
        if (shows(r!.text, c)) problems.push(`${label}: canary ${c.key} LEAKED`);
        if (r!.text.includes(c.idNumber) && vars['idNumber'] !== c.idNumber) problems.push(`${label}: ID number of ${c.key} LEAKED`);
      }
      // Built from the expected slice: it must validate and pass the walls; no internal error either.
      const bad = codes.filter((k) => ['GRAPHQL_VALIDATION_FAILED', 'PURPOSE_REQUIRED', 'INTERNAL_SERVER_ERROR'].includes(k as string));
      if (bad.length) problems.push(`${label}: ${JSON.stringify(bad)} ${r!.text.slice(0, 200)} for ${doc}`);
    });
    expect(jobs.length).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
}
