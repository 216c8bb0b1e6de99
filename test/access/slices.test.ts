/**
 * Each agency's slice, generated from the policy table (first half of the
 * agencies; slices-2.test.ts has the rest, slices-introspection.test.ts the
 * introspection, partner and mutation checks): for every agency and every
 * (type, field) reachable from Query, the smallest query reaching the field
 * passes validation iff an independent reading of MATRIX lets the agency read
 * every field on the path.
 */
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { AGENCIES, type Agency } from '../../src/access/policy';
import { expectedSlice, inSlice, own } from '../support/policy-oracle';
import { full, paths, sliceEnvironment, sliceMatrix } from './slice-env';

describe('slices: generated from the policy table (1/2)', () => {
  const env = sliceEnvironment();

  it('the oracle itself reads the table as the design says (spot checks)', () => {
    const s = (a: Agency) => expectedSlice(full, own(a));
    expect(inSlice(s('WOMENS_FEDERATION'), 'Child', 'idNumber')).toBe(false);
    expect(inSlice(s('TOWNSHIP'), 'Child', 'idNumber')).toBe(true);
    expect(inSlice(s('EDUCATION_BUREAU'), 'Household', 'annualIncome')).toBe(false);
    expect(inSlice(s('CIVIL_AFFAIRS'), 'Household', 'annualIncome')).toBe(true);
    expect(inSlice(s('CIVIL_AFFAIRS'), 'Child', 'dropoutCases')).toBe(false);
    expect(inSlice(s('JUDICIARY'), 'Child', 'dropoutCases')).toBe(true);
    expect(inSlice(s('JUDICIARY'), 'Child', 'attendanceSummary')).toBe(false);
    expect(inSlice(s('JUDICIARY'), 'Enrollment', 'events')).toBe(false);
    expect(inSlice(s('SUPERVISION'), 'Query', 'child')).toBe(false);
    expect(inSlice(s('SUPERVISION'), 'Query', 'accessLog')).toBe(true);
    expect(inSlice(s('EDUCATION_BUREAU'), 'Query', 'accessLog')).toBe(false);
    expect(s('SUPERVISION').has('Child')).toBe(false);
    expect(inSlice(s('JUDICIARY'), 'ChildFilter', 'registeredPoor')).toBe(false);
    expect(inSlice(s('HUMAN_RESOURCES_SOCIAL_SECURITY'), 'Child', 'name')).toBe(true);
    expect(inSlice(s('HUMAN_RESOURCES_SOCIAL_SECURITY'), 'Child', 'guardians')).toBe(false);
  });

  it('the generator finds every object field of the full schema reachable from Query', () => {
    // Every field of every object type reachable from Query (mutation payloads only reachable from Mutation are not queries).
    const reachable = new Set(paths.map((p) => `${p.type}.${p.field}`));
    const types = new Set<string>();
    const queue = [full.getQueryType()!.name];
    while (queue.length) {
      const n = queue.pop()!;
      if (types.has(n)) continue;
      types.add(n);
      for (const f of Object.values((full.getType(n) as GraphQLObjectType).getFields())) {
        const named = getNamedType(f.type);
        if (isObjectType(named)) queue.push(named.name);
      }
    }
    const all = [...types].flatMap((t) => Object.keys((full.getType(t) as GraphQLObjectType).getFields()).map((f) => `${t}.${f}`));
    expect(all.filter((f) => !reachable.has(f))).toEqual([]);
    expect(paths.length).toBeGreaterThan(200);
  });

  sliceMatrix(env, AGENCIES.slice(0, 5));
});
