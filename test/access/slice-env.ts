/**
 * Shared set-up of the slice contract tests (slices*.test.ts): one child every
 * agency can see, a real HTTP server, personas, and the generated per-field
 * matrix. Not a test file itself.
 */
import { getNamedType, isLeafType, type GraphQLObjectType } from 'graphql';
import type { Agency } from '../../src/access/policy';
import { buildFullSchema } from '../../src/graphql/schema';
import { NO_SUCH_OPERATION, plantCanaries, rawClient, validationFailed, codesOf, type CanaryWorld, type RawResult } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { documentFor, expectedSlice, fieldPaths, inBatches, inSlice, own, purposeOf, type PathIds } from '../support/policy-oracle';
import { startTestServer, type TestServer } from '../support/server';
import type { Persona } from '../support/tokens';

export const full = buildFullSchema();
export const paths = fieldPaths(full);

export const INTROSPECTION = '{ __schema { types { name kind fields { name args { name } } inputFields { name } } } }';

/** What introspection shows: object type → fields, input type → input fields (introspection types left out). */
export function shown(r: RawResult): Map<string, Set<string>> {
  const types = introspected(r);
  const out = new Map<string, Set<string>>();
  for (const t of types) {
    if (t.name.startsWith('__')) continue;
    if (t.kind === 'OBJECT') out.set(t.name, new Set((t.fields ?? []).map((f) => f.name)));
    if (t.kind === 'INPUT_OBJECT') out.set(t.name, new Set((t.inputFields ?? []).map((f) => f.name)));
  }
  return out;
}

type IntrospectedType = { name: string; kind: string; fields: Array<{ name: string; args: Array<{ name: string }> }> | null; inputFields: Array<{ name: string }> | null };
const introspected = (r: RawResult) => (r.data as { __schema: { types: IntrospectedType[] } }).__schema.types;

/** The arguments introspection shows, as `Type.field(arg)`. */
export function shownArgs(r: RawResult): string[] {
  return introspected(r)
    .filter((t) => t.kind === 'OBJECT' && !t.name.startsWith('__'))
    .flatMap((t) => (t.fields ?? []).flatMap((f) => f.args.map((a) => `${t.name}.${f.name}(${a.name})`)))
    .sort();
}

export const flat = (m: Map<string, Set<string>>) => [...m].flatMap(([t, fs]) => [...fs].map((f) => `${t}.${f}`)).sort();

export interface SliceEnv {
  db: TestDatabase;
  api: TestServer;
  world: CanaryWorld;
  ids: PathIds;
  personaOf(agency: Agency): Persona;
}

/** beforeAll/afterAll of a slice test file; the returned object is filled in before the first test. */
export function sliceEnvironment(): SliceEnv {
  const env = {} as SliceEnv;
  env.personaOf = (agency) => {
    if (agency === 'TOWNSHIP') return { agency, township: env.world.townshipCode(1) };
    if (agency === 'SCHOOL') return { agency, school: env.world.schools.A.code };
    return { agency };
  };
  beforeAll(async () => {
    env.db = await createTestDatabase();
    // One child every agency can see (so the generated queries that run, run their resolvers on a real child).
    env.world = await plantCanaries(env.db, [
      {
        key: 'everything',
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
    const c = env.world.byKey['everything']!;
    await env.db.prisma.boardingAssignment.create({
      data: { countyCode: TEST_COUNTY, childId: c.id, schoolId: env.world.schools.A.id, schoolYear: 2026, term: 1, status: 'ASSIGNED', bedLabel: '3-12', assignedOn: new Date('2026-09-01') },
    });
    await env.db.prisma.attendanceRecord.create({
      data: { countyCode: TEST_COUNTY, childId: c.id, schoolId: env.world.schools.A.id, date: new Date('2026-10-08'), kind: 'UNEXCUSED_ABSENCE', recordedBy: 't' },
    });
    env.ids = { Child: c.id, Household: c.householdId, School: env.world.schools.A.id };
    env.api = await startTestServer(env.db, testSealer);
  });
  afterAll(async () => {
    await env.api?.close();
    await env.db?.drop();
  });
  return env;
}

/**
 * The per-field matrix for some agencies: every (type, field) reachable from
 * Query, its smallest query, valid iff every field on the path is in the
 * agency's expected slice.
 */
export function sliceMatrix(env: SliceEnv, agencies: readonly Agency[]): void {
  describe.each([...agencies])('%s', (agency) => {
    const slice = expectedSlice(full, own(agency));

    it(`every one-field query passes validation iff MATRIX lets ${agency} read every field on its path (${paths.length} queries)`, async () => {
      const gql = await rawClient(env.api.url, env.personaOf(agency), purposeOf(agency));
      const mismatches: string[] = [];
      await inBatches(paths, 8, async ({ type, field, path }) => {
        const doc = documentFor(full, path, env.ids);
        const expectValid = path.every((s) => inSlice(slice, s.type, s.field));
        // Queries ending on a root or relation field (where the shield's second wall stands) are run; the
        // others are only validated by the server (an operationName naming no operation: resolution comes
        // after validation, so a valid document answers OPERATION_RESOLUTION_FAILURE and runs nothing).
        const run = path.length === 1 || !isLeafType(getNamedType((full.getType(type) as GraphQLObjectType).getFields()[field]!.type));
        const r = run ? await gql(doc) : await gql(doc, undefined, {}, NO_SUCH_OPERATION);
        const failed = validationFailed(r);
        if (failed === expectValid) {
          mismatches.push(`${type}.${field}: expected ${expectValid ? 'valid' : 'validation failure'}, got ${r.text.slice(0, 200)} for ${doc}`);
        } else if (failed) {
          if (r.data != null) mismatches.push(`${type}.${field}: validation failed but data returned: ${r.text.slice(0, 200)}`);
        } else if (!run) {
          if (JSON.stringify(codesOf(r)) !== '["OPERATION_RESOLUTION_FAILURE"]') mismatches.push(`${type}.${field}: validation probe answered ${r.text.slice(0, 200)}`);
        } else {
          // A valid query: nothing from the second wall (FORBIDDEN, PURPOSE_REQUIRED), no INTERNAL error.
          // (Dummy arguments of newer root fields may earn BAD_USER_INPUT or NOT_FOUND: not the policy's business.)
          const wall = codesOf(r).filter((c) => ['FORBIDDEN', 'PURPOSE_REQUIRED', 'INTERNAL_SERVER_ERROR', 'UNAUTHENTICATED'].includes(c as string));
          if (wall.length) mismatches.push(`${type}.${field}: valid query answered with ${JSON.stringify(wall)}: ${r.text.slice(0, 300)} for ${doc}`);
          // The paths through child(id) / household(id) reach a child every agency can see: they answer without any error.
          if (['child', 'household'].includes(path[0]!.field) && r.errors !== undefined) {
            mismatches.push(`${type}.${field}: valid query answered with errors ${JSON.stringify(codesOf(r))}: ${r.text.slice(0, 300)} for ${doc}`);
          }
        }
      });
      expect(mismatches).toEqual([]);
    });
  });
}
