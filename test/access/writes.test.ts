/**
 * Writes and row scope (access-policy "Writes": nested writes cannot attach a
 * row the caller cannot see; "Out of row scope": exactly as for an id that
 * does not exist). Generated over every mutation in each scoped persona's
 * slice: each id argument that names a child, case, care arrangement,
 * placement, transfer or status event is given (a) the id of such a row
 * OUTSIDE the persona's row scope and (b) a random uuid. The two answers must
 * be byte-identical, and the database must not change at all.
 * Mutations that by design find children county-wide by ID number (labor
 * findings, census entries) are not of this kind and are left out.
 */
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { buildFullSchema } from '../../src/graphql/schema';
import { askerOf, personaToken, plantCanaries, rawClient, sees, type CanaryWorld, type PersonaSpec } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { expectedSlice, inSlice, purposeOf } from '../support/policy-oracle';
import { startTestServer, type TestServer } from '../support/server';

const full = buildFullSchema();
const mutation = full.getMutationType();

/** Id fields that name a row of a child, and the kind of row. */
const TARGETS: Record<string, 'child' | 'case' | 'arrangement' | 'placement' | 'transfer' | 'event'> = {
  childId: 'child',
  caseId: 'case',
  arrangementId: 'arrangement',
  placementId: 'placement',
  transferId: 'transfer',
  eventId: 'event',
};
const BY_ID_NUMBER = new Set(['recordLaborFinding', 'addCensusEntries', 'reviewCensusMatch']);

const PERSONAS: PersonaSpec[] = [
  { label: 'TOWNSHIP (township 1)', agency: 'TOWNSHIP', township: 1 },
  { label: 'SCHOOL (school A)', agency: 'SCHOOL', school: 'A' },
  { label: 'WOMENS_FEDERATION', agency: 'WOMENS_FEDERATION' },
  { label: 'DISABLED_PERSONS_FEDERATION', agency: 'DISABLED_PERSONS_FEDERATION' },
  { label: 'JUDICIARY', agency: 'JUDICIARY' },
  { label: 'CIVIL_AFFAIRS (county-wide: nothing is out of scope, so nothing to try)', agency: 'CIVIL_AFFAIRS' },
];

/** A value for an input of the given type; `target` fills the id fields named in TARGETS. */
let programmeCode = '';

function valueFor(type: GraphQLInputType, name: string, target: (kind: string) => string | undefined, schoolId: string, depth = 0): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueFor(inner.ofType, name, target, schoolId, depth + 1)];
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (!required && !(f.name in TARGETS)) continue;
      const v = valueFor(f.type, f.name, target, schoolId, depth + 1);
      if (v !== undefined) out[f.name] = v;
    }
    return out;
  }
  if (name in TARGETS) return target(TARGETS[name]!);
  if (isEnumType(named)) return named.getValues()[0]!.value === undefined ? named.getValues()[0]!.name : named.getValues()[0]!.name;
  switch (named.name) {
    case 'ID':
      return /school/i.test(name) ? schoolId : randomUUID();
    case 'Int':
      return ({ schoolYear: 2026, year: 2026, term: 1, grade: 3, version: 1 } as Record<string, number>)[name] ?? 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2026-11-16';
    default:
      if (name === 'programmeCode') return programmeCode;
      if (/originCode|countyCode/i.test(name)) return '430102';
      if (/townshipCode/i.test(name)) return '431124101000';
      return /month/i.test(name) ? '2026-10' : `写入探针-${name}`;
  }
}

/** Does this mutation's arguments (deeply) carry an id field of TARGETS? */
function targetKinds(f: GraphQLField<unknown, unknown>): Set<string> {
  const kinds = new Set<string>();
  const walk = (type: GraphQLInputType, name: string, depth: number) => {
    if (depth > 5) return;
    if (name in TARGETS) kinds.add(TARGETS[name]!);
    const named = getNamedType(type);
    if (isInputObjectType(named)) for (const x of Object.values(named.getFields())) walk(x.type, x.name, depth + 1);
  };
  for (const a of f.args) walk(a.type, a.name, 0);
  return kinds;
}

describe('writes: a row outside the row scope cannot be named, written or attached to', () => {
  let db: TestDatabase;
  let api: TestServer;
  let world: CanaryWorld;
  /** Rows of each kind, by the canary (child) they belong to. */
  const rowsOf: Record<string, Array<{ id: string; childId: string }>> = {};

  /** Every table a write could touch (not the access log, not the idempotency keys). */
  async function fingerprint(): Promise<string> {
    const p = db.prisma as unknown as Record<string, { findMany(args: object): Promise<unknown[]> } | undefined>;
    const models = ['child', 'enrollment', 'statusEvent', 'transferRequest', 'leaveRequest', 'attendanceRecord', 'boardingAssignment', 'careArrangement',
      'surrogateParent', 'careContact', 'counsellingSession', 'placement', 'homeTeachingVisit', 'persuasionVisit', 'dropoutCase', 'legalAction',
      'suspectedDropout', 'laborViolation', 'censusEntry', 'disabilityRecord', 'migrantEnrollment', 'subsidyGrant', 'supportPlan', 'outboxEvent'];
    const parts: string[] = [];
    for (const m of models) {
      const model = p[m];
      if (!model) continue;
      const rows = await model.findMany({ orderBy: { id: 'asc' } });
      parts.push(`${m}:${JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`);
    }
    return parts.join('\n');
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await plantCanaries(db);
    programmeCode = world.programmeCode;
    rowsOf['child'] = world.canaries.map((c) => ({ id: c.id, childId: c.id }));
    rowsOf['case'] = (await db.prisma.dropoutCase.findMany()).map((r) => ({ id: r.id, childId: r.childId }));
    rowsOf['arrangement'] = (await db.prisma.careArrangement.findMany()).map((r) => ({ id: r.id, childId: r.childId }));
    rowsOf['placement'] = (await db.prisma.placement.findMany()).map((r) => ({ id: r.id, childId: r.childId }));
    rowsOf['transfer'] = (await db.prisma.transferRequest.findMany()).map((r) => ({ id: r.id, childId: r.childId }));
    rowsOf['event'] = (await db.prisma.statusEvent.findMany()).map((r) => ({ id: r.id, childId: r.childId }));
    api = await startTestServer(db, testSealer);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('there are mutations to try', () => {
    expect(mutation).toBeDefined();
  });

  it.each(PERSONAS)('$label: every mutation of the slice, aimed at a row outside the scope, answers as for nobody and changes nothing', async (p) => {
    if (!mutation) return;
    const slice = expectedSlice(full, askerOf(p));
    const gql = await rawClient(api.url, personaToken(p, world), purposeOf(p.agency));
    const hiddenChildren = new Set(world.canaries.filter((c) => !sees(p, c, world)).map((c) => c.id));
    const schoolId = world.schools[p.school ?? 'A'].id;
    const problems: string[] = [];
    let tried = 0;
    let notFound = 0;
    const before = await fingerprint();
    for (const f of Object.values(mutation.getFields())) {
      if (!inSlice(slice, mutation.name, f.name) || BY_ID_NUMBER.has(f.name)) continue;
      const kinds = targetKinds(f);
      if (kinds.size === 0) continue;
      // One row of each kind outside the scope; skip the mutation if some kind has none.
      const hidden: Record<string, string> = {};
      for (const k of kinds) {
        const row = rowsOf[k]?.find((r) => hiddenChildren.has(r.childId));
        if (row) hidden[k] = row.id;
      }
      if (Object.keys(hidden).length !== kinds.size) continue;
      const nobody: Record<string, string> = Object.fromEntries([...kinds].map((k) => [k, randomUUID()]));
      const build = (ids: Record<string, string>) => {
        const vars: Record<string, unknown> = {};
        for (const a of f.args) {
          const v = valueFor(a.type, a.name, (k) => ids[k], schoolId);
          if (v !== undefined) vars[a.name] = v;
        }
        const defs = f.args.filter((a) => a.name in vars).map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const args = f.args.filter((a) => a.name in vars).map((a) => `${a.name}: $${a.name}`).join(', ');
        return { doc: `mutation Probe${defs ? `(${defs})` : ''} { ${f.name}${args ? `(${args})` : ''} { __typename } }`, vars };
      };
      const a = build(hidden);
      const b = build(nobody);
      const ra = await gql(a.doc, a.vars);
      const rb = await gql(b.doc, b.vars);
      tried++;
      // The answer names neither id: compare with each id replaced by a placeholder.
      const norm = (text: string, ids: Record<string, string>) => Object.values(ids).reduce((t, id) => t.split(id).join('<id>'), text);
      if (ra.status !== rb.status || norm(ra.text, hidden) !== norm(rb.text, nobody)) {
        problems.push(`${f.name}: out of scope answered ${ra.status} ${ra.text.slice(0, 220)} — nonexistent answered ${rb.status} ${rb.text.slice(0, 220)}`);
      }
      if (ra.text.includes('NOT_FOUND')) notFound++;
      for (const c of world.canaries) if (hiddenChildren.has(c.id) && (ra.text.includes(c.name) || ra.text.includes(c.idNumber))) problems.push(`${f.name}: the answer names ${c.key}`);
      const after = await fingerprint();
      if (after !== before) {
        problems.push(`${f.name}: the database CHANGED after a write aimed at a row outside the scope (${Object.entries(hidden).map(([k, id]) => `${k} ${id}`).join(', ')})`);
        break; // later comparisons would be against a changed database
      }
    }
    if (p.agency !== 'CIVIL_AFFAIRS') {
      expect(tried).toBeGreaterThan(0);
      // Most probes must get as far as the row-scope check (NOT_FOUND), not stop at an input check.
      expect(notFound).toBeGreaterThanOrEqual(Math.ceil(tried / 2));
    }
    expect(problems).toEqual([]);
  });
});
