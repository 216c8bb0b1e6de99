/**
 * Shared part of the canary contract tests (canaries*.test.ts): the operations
 * under schema/operations/, the canary world and server, and the per-persona
 * suite that runs every operation. Not a test file itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ROW_SCOPES } from '../../src/access/policy';
import { buildFullSchema } from '../../src/graphql/schema';
import {
  askerOf,
  codesOf,
  NO_SUCH_OPERATION,
  personaToken,
  plantCanaries,
  rawClient,
  sees,
  shows,
  validationFailed,
  type CanaryWorld,
  type PersonaSpec,
  type RawResult,
} from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { expectedSlice, inBatches, pruneToSlice, purposeOf, withUsedFragmentsOnly } from '../support/policy-oracle';
import { startTestServer, type TestServer } from '../support/server';

export const full = buildFullSchema();

// ── the operations under schema/operations/, one document per operation ──
const OPS_DIR = path.resolve(__dirname, '../../schema/operations');
function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? graphqlFiles(p) : p.endsWith('.graphql') ? [p] : [];
  });
}
export interface Op {
  name: string;
  file: string;
  kind: 'query' | 'mutation' | 'subscription';
  doc: DocumentNode;
  text: string;
  root: string;
  vars: Array<{ name: string; required: boolean }>;
}
export const OPS: Op[] = graphqlFiles(OPS_DIR).flatMap((file) => {
  const parsed = parse(readFileSync(file, 'utf8'));
  return parsed.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      const doc = withUsedFragmentsOnly(parsed, op);
      const first = op.selectionSet.selections[0];
      return {
        name: op.name?.value ?? '(anonymous)',
        file: path.relative(OPS_DIR, file),
        kind: op.operation,
        doc,
        text: print(doc),
        root: first?.kind === Kind.FIELD ? first.name.value : '',
        vars: (op.variableDefinitions ?? []).map((v) => ({ name: v.variable.name.value, required: v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue === undefined })),
      };
    });
});

/**
 * The variables to run an operation with as persona `p` on the canary world:
 * `first`, the persona's own school, and for a lookup of a child (or
 * household) one run per canary asked for (`children` of them). null when the
 * operation needs a variable none of these gives.
 */
export function variableRuns(op: Pick<Op, 'root' | 'vars'>, world: CanaryWorld, p: PersonaSpec, opts: { first: number; children: number }): Array<Record<string, unknown>> | null {
  const common: Record<string, unknown> = {};
  for (const v of op.vars) {
    if (v.name === 'first') common['first'] = opts.first;
    if (v.name === 'schoolId') common['schoolId'] = world.schools[p.school ?? 'A'].id;
  }
  const runs =
    op.root === 'child'
      ? world.canaries.slice(0, opts.children).map((c) => ({ ...common, id: c.id }))
      : op.root === 'household'
        ? [{ ...common, id: world.canaries[0]?.householdId }]
        : [common];
  return op.vars.some((v) => v.required && !(v.name in (runs[0] ?? {}))) ? null : runs;
}

/** Does the document select Child.id or Child.name (or an id of a child, such as childId) anywhere? */
function selectsChildIdentity(text: string): boolean {
  const typeInfo = new TypeInfo(full);
  let found = false;
  visit(
    parse(text),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType()?.name;
        if ((parent === 'Child' && ['id', 'name'].includes(node.name.value)) || node.name.value === 'childId') found = true;
      },
    }),
  );
  return found;
}

export interface CanaryEnv {
  db: TestDatabase;
  api: TestServer;
  world: CanaryWorld;
}

/** beforeAll/afterAll of a canary test file; the returned object is filled in before the first test. */
export function canaryEnvironment(): CanaryEnv {
  const env = {} as CanaryEnv;
  beforeAll(async () => {
    env.db = await createTestDatabase();
    env.world = await plantCanaries(env.db);
    env.api = await startTestServer(env.db, testSealer);
  });
  afterAll(async () => {
    await env.api?.close();
    await env.db?.drop();
  });
  return env;
}

/** Every operation as every one of these personas: a canary appears iff `sees` says so. */
export function canaryOperations(env: CanaryEnv, personas: PersonaSpec[]): void {
  describe.each(personas)('$label', (p) => {
    const asker = askerOf(p);
    const slice = expectedSlice(full, asker);

    it.each(OPS.map((o) => [`${o.file} ${o.name}`, o] as const))('%s: a canary appears iff the row scope says so (as written and cut to the slice)', async (_name, op) => {
      const gql = await rawClient(env.api.url, personaToken(p, env.world), purposeOf(p.agency));
      const visible = new Set(env.world.canaries.filter((c) => sees(p, c, env.world)).map((c) => c.id));
      const problems: string[] = [];
      const fits = pruneToSlice(full, op.doc, slice) === op.text;

      // Mutations are never run here (they would change the canaries): the server is asked whether the
      // document validates, with an operationName that names no operation (resolution comes after validation).
      if (op.kind !== 'query') {
        const r = await gql(op.text, {}, {}, NO_SUCH_OPERATION);
        const codes = codesOf(r);
        if (fits && !codes.includes('OPERATION_RESOLUTION_FAILURE')) problems.push(`mutation in the slice, expected it to validate: ${r.text.slice(0, 200)}`);
        // graphql-js 16 does not validate the operation type: with no Mutation type in the slice at all, a
        // mutation document passes validation (and fails at execution: slices.test.ts checks that it never runs).
        const noMutationType = !slice.has(full.getMutationType()?.name ?? 'Mutation');
        if (!fits && !validationFailed(r) && !(noMutationType && codes.includes('OPERATION_RESOLUTION_FAILURE'))) {
          problems.push(`mutation outside the slice, expected a validation failure: ${r.text.slice(0, 200)}`);
        }
        if (r.data != null) problems.push('data returned');
        expect(problems).toEqual([]);
        return;
      }

      // Variable sets: one per canary for child(id), one per household for household(id); lists get first: 100.
      type Run = { vars: Record<string, unknown>; label: string; expected: Set<string>; lookupVisible: boolean | null; oneWay?: boolean };
      const households = [...new Set(env.world.canaries.map((c) => c.householdId))];
      const common: Record<string, unknown> = {};
      for (const v of op.vars) {
        if (v.name === 'first') common['first'] = 100;
        if (v.name === 'schoolId') common['schoolId'] = env.world.schools[p.school ?? 'A'].id;
      }
      let runs: Run[];
      if (op.root === 'child') {
        runs = env.world.canaries.map((c) => ({ vars: { ...common, id: c.id }, label: `child ${c.key}`, expected: new Set(visible.has(c.id) ? [c.id] : []), lookupVisible: visible.has(c.id) }));
      } else if (op.root === 'household') {
        runs = households.map((h) => {
          const members = env.world.canaries.filter((c) => c.householdId === h);
          const countyWide = ROW_SCOPES[p.agency].rows === 'COUNTY' && p.partner?.township === undefined;
          const seen = members.filter((c) => visible.has(c.id));
          return { vars: { ...common, id: h }, label: `household of ${members.map((m) => m.key).join('+')}`, expected: new Set(seen.map((c) => c.id)), lookupVisible: countyWide || seen.length > 0 };
        });
      } else if (op.root === 'children') {
        runs = [{ vars: common, label: 'list', expected: visible, lookupVisible: null }];
      } else if (op.root === 'dropoutCases') {
        // The dropout-case ledger: the cases of visible children (JUDICIARY: escalated ones only).
        const withCases = env.world.canaries.filter((c) => visible.has(c.id) && c.caseIds.some((k) => p.agency !== 'JUDICIARY' || k.escalated));
        runs = [{ vars: common, label: 'case ledger', expected: new Set(withCases.map((c) => c.id)), lookupVisible: null }];
      } else if (['school', 'schools', 'townships'].includes(op.root)) {
        runs = [{ vars: { ...common, ...(op.vars.some((v) => v.name === 'id') ? { id: env.world.schools.A.id } : {}) }, label: 'reference data', expected: new Set(), lookupVisible: null }];
      } else {
        // An operation this test does not know: at least no canary outside the row scope may show.
        runs = [{ vars: common, label: `${op.root} (one way: nothing outside the scope)`, expected: visible, lookupVisible: null, oneWay: true }];
      }
      const judge = (what: string, r: RawResult, expected: Set<string>, oneWay = false) => {
        for (const c of env.world.canaries) {
          const present = shows(r.text, c);
          if (present && !expected.has(c.id)) problems.push(`${what}: canary ${c.key} LEAKED`);
          if (!present && expected.has(c.id) && !oneWay) problems.push(`${what}: canary ${c.key} missing`);
          if (!expected.has(c.id) && r.text.includes(c.idNumber)) problems.push(`${what}: ID number of ${c.key} LEAKED`);
        }
      };

      // 1. The operation as written: when it does not fit the slice, a validation failure and nothing else.
      if (!fits) {
        const r = await gql(op.text, runs[0]!.vars);
        if (!validationFailed(r)) problems.push(`as written: expected a validation failure, got ${r.text.slice(0, 200)}`);
        if (r.data != null) problems.push('as written: data returned with a validation failure');
        judge('as written', r, new Set());
      }

      // 2. The operation cut down to the slice (as written when it fits): valid; rows by scope.
      const cut = fits ? op.text : pruneToSlice(full, op.doc, slice);
      // A canary can only be missed if the operation asks for a child's id or name somewhere.
      if (cut !== null && !selectsChildIdentity(cut)) for (const run of runs) run.oneWay = true;
      const missingVars = op.vars.filter((v) => v.required && !(v.name in runs[0]!.vars));
      if (cut !== null && missingVars.length === 0) {
        await inBatches(runs, 6, async (run) => {
          const r = await gql(cut, run.vars);
          const codes = codesOf(r);
          if (validationFailed(r)) problems.push(`${run.label}: the cut operation failed validation: ${r.text.slice(0, 300)}`);
          const tolerated = run.oneWay ? ['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'] : ['NOT_FOUND'];
          const unexpected = codes.filter((c) => !tolerated.includes(c as string));
          if (unexpected.length) problems.push(`${run.label}: errors ${JSON.stringify(unexpected)}: ${r.text.slice(0, 300)}`);
          if (run.lookupVisible !== null && codes.includes('NOT_FOUND') === run.lookupVisible) {
            problems.push(`${run.label}: lookup ${run.lookupVisible ? 'should find' : 'should answer NOT_FOUND'}: ${r.text.slice(0, 200)}`);
          }
          judge(run.label, r, run.expected, run.oneWay);
        });
      }
      expect(problems).toEqual([]);
    });
  });
}
