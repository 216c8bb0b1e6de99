/**
 * The policy table is complete: every field of the full schema has a class,
 * every class has a full row, nothing is allowed by default.
 */
import { getNamedType, isInputObjectType, isObjectType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { FIELD_CLASSES } from '../../src/access/field-classes';
import { AGENCIES, MATRIX, PURPOSE_CODES, PURPOSE_FREE_CLASSES, PURPOSES, REGIONAL_AGENCIES, ROW_SCOPES } from '../../src/access/policy';
import { buildFullSchema } from '../../src/graphql/schema';
import { ownTypes, tagOf } from '../support/policy-oracle';

const full = buildFullSchema();
const composite = ownTypes(full).filter((t) => isObjectType(t) || isInputObjectType(t)) as Array<GraphQLObjectType | GraphQLInputObjectType>;

/** Relay plumbing: exempt from needing a class (a class, when present, must still be valid). */
const PLUMBING = new Set(['PageInfo.hasNextPage', 'PageInfo.endCursor', 'ChildEdge.cursor', 'ChildEdge.node', 'ChildConnection.edges', 'ChildConnection.pageInfo']);

const allFields = composite.flatMap((t) => Object.values(t.getFields()).map((f) => ({ type: t.name, field: f.name, cls: tagOf(f), f })));

describe('policy table: completeness (no default-allow)', () => {
  it('the full schema has object and input types to check', () => {
    expect(allFields.length).toBeGreaterThan(100);
  });

  it('every field of every object and input type (except Relay plumbing) has a fieldClass', () => {
    const missing = allFields.filter((x) => x.cls === undefined && !PLUMBING.has(`${x.type}.${x.field}`)).map((x) => `${x.type}.${x.field}`);
    expect(missing).toEqual([]);
  });

  it('every fieldClass used is one of FIELD_CLASSES', () => {
    const bad = allFields.filter((x) => x.cls !== undefined && !(FIELD_CLASSES as readonly string[]).includes(x.cls)).map((x) => `${x.type}.${x.field}: ${x.cls}`);
    expect(bad).toEqual([]);
  });

  it('every argument that carries a fieldClass carries a valid one', () => {
    const bad: string[] = [];
    for (const t of composite) {
      if (!isObjectType(t)) continue;
      for (const f of Object.values(t.getFields())) {
        for (const a of f.args) {
          const c = tagOf(a);
          if (c !== undefined && !(FIELD_CLASSES as readonly string[]).includes(c)) bad.push(`${t.name}.${f.name}(${a.name}): ${c}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every root field (Query, Mutation, Subscription) has a class', () => {
    const roots = [full.getQueryType(), full.getMutationType(), full.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
    expect(roots.length).toBeGreaterThan(0);
    const missing = roots.flatMap((r) => Object.values(r.getFields()).filter((f) => tagOf(f) === undefined).map((f) => `${r.name}.${f.name}`));
    expect(missing).toEqual([]);
  });

  it('MATRIX has exactly one row per field class', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...FIELD_CLASSES].sort());
  });

  it.each([...FIELD_CLASSES])('MATRIX row %s has a well-formed cell for every agency and no other', (cls) => {
    const row = MATRIX[cls] as Record<string, { read: unknown; write: unknown; only?: unknown; rows?: unknown }>;
    expect(Object.keys(row).sort()).toEqual([...AGENCIES].sort());
    for (const agency of AGENCIES) {
      const cell = row[agency]!;
      expect(['full', 'masked', 'none']).toContain(cell.read);
      expect(typeof cell.write === 'boolean' || (Array.isArray(cell.write) && cell.write.every((w) => typeof w === 'string'))).toBe(true);
      if (cell.only !== undefined) expect(Array.isArray(cell.only) && (cell.only as unknown[]).every((o) => typeof o === 'string')).toBe(true);
      if (cell.rows !== undefined) expect(['ESCALATED_CASES', 'OWN_PUPILS']).toContain(cell.rows);
      // Nothing written without being readable.
      if (cell.write !== false) expect(cell.read).not.toBe('none');
    }
  });

  it('every `only` entry of the matrix names a type or a Type.field of the full schema', () => {
    const dangling: string[] = [];
    for (const cls of FIELD_CLASSES) {
      for (const agency of AGENCIES) {
        for (const o of MATRIX[cls][agency].only ?? []) {
          const [typeName, fieldName] = o.split('.');
          const t = full.getType(typeName!);
          const ok = t !== undefined && (fieldName === undefined || ((isObjectType(t) || isInputObjectType(t)) && fieldName in t.getFields()));
          if (!ok) dangling.push(`${cls}/${agency}: ${o}`);
        }
      }
    }
    expect(dangling).toEqual([]);
  });

  it('every `only` Type.field entry belongs to the class of its row (an `only` cannot widen another class)', () => {
    const wrong: string[] = [];
    for (const cls of FIELD_CLASSES) {
      for (const agency of AGENCIES) {
        for (const o of MATRIX[cls][agency].only ?? []) {
          const [typeName, fieldName] = o.split('.');
          const t = full.getType(typeName!);
          if (!t || fieldName === undefined || !(isObjectType(t) || isInputObjectType(t))) continue;
          const f = t.getFields()[fieldName];
          if (f && tagOf(f) !== cls) wrong.push(`${cls}/${agency}: ${o} is ${tagOf(f)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('AUDIT is read in full by SUPERVISION only; the child\'s township and school get the guardian\'s access report and nothing else of the log (issue 10, PIPL art. 31, 45); nobody writes it', () => {
    const report = ['Query.accessReport', 'AccessReport', 'AccessReportAgency', 'AccessReportEntry'];
    for (const agency of AGENCIES) {
      const cell = MATRIX.AUDIT[agency];
      if (agency === 'SUPERVISION') expect(cell).toEqual({ read: 'full', write: false });
      else if (agency === 'TOWNSHIP' || agency === 'SCHOOL') expect(cell).toMatchObject({ read: 'full', write: false, only: report });
      else expect(cell).toMatchObject({ read: 'none', write: false });
    }
    // The report's row limit is the agency's own row scope (its township's children, its school's pupils).
    expect(ROW_SCOPES.TOWNSHIP.rows).toBe('TOWNSHIP');
    expect(ROW_SCOPES.SCHOOL.rows).toBe('SCHOOL');
  });

  it('issue 11: the city and the province see no child row: row scope NONE, no class but their own aggregates and who they are, no write', () => {
    for (const agency of Object.keys(REGIONAL_AGENCIES) as Array<keyof typeof REGIONAL_AGENCIES>) {
      expect(ROW_SCOPES[agency].rows).toBe('NONE');
      for (const c of FIELD_CLASSES) {
        const cell = MATRIX[c][agency];
        expect(cell.write).toBe(false);
        if (c === 'AGGREGATE') expect(cell.only).toEqual(expect.arrayContaining(['Query.regionalTargets', 'Query.regionalMonthlyReports']));
        else if (c === 'REFERENCE') expect(cell.only?.filter((t) => t.startsWith('Query.'))).toEqual(['Query.viewer']);
        else expect(cell.read).toBe('none');
      }
      // No field returning a child, a household or a person is in what they may read.
      expect(MATRIX.AGGREGATE[agency].only?.some((t) => /Child|Household|Person/.test(t))).toBe(false);
    }
  });

  it('ROW_SCOPES and PURPOSES have an entry for every agency; purposes are known codes; purpose-free classes are classes', () => {
    expect(Object.keys(ROW_SCOPES).sort()).toEqual([...AGENCIES].sort());
    expect(Object.keys(PURPOSES).sort()).toEqual([...AGENCIES].sort());
    for (const agency of AGENCIES) {
      // An agency that may read any class needing a purpose can state one (the city and the province read purpose-free aggregates only).
      const needsPurpose = FIELD_CLASSES.some((c) => !PURPOSE_FREE_CLASSES.includes(c) && MATRIX[c][agency].read !== 'none');
      if (needsPurpose) expect(PURPOSES[agency].length).toBeGreaterThan(0);
      else expect(PURPOSES[agency]).toEqual([]);
      for (const p of PURPOSES[agency]) expect(PURPOSE_CODES).toContain(p);
    }
    for (const c of PURPOSE_FREE_CLASSES) expect(FIELD_CLASSES).toContain(c);
    // Person-level classes are never purpose-free.
    expect([...PURPOSE_FREE_CLASSES].sort()).toEqual(['AGGREGATE', 'BASIC', 'REFERENCE']);
  });

  it('no object type mixes REFERENCE fields with person-level fields of another class (a reference type describes no person)', () => {
    const mixed: string[] = [];
    for (const t of composite) {
      if (!isObjectType(t) || t === full.getQueryType()) continue;
      const classes = new Set(Object.values(t.getFields()).filter((f) => getNamedType(f.type) && !PLUMBING.has(`${t.name}.${f.name}`)).map((f) => tagOf(f)));
      if (classes.has('REFERENCE') && [...classes].some((c) => c !== 'REFERENCE')) mixed.push(`${t.name}: ${[...classes].join(',')}`);
    }
    expect(mixed).toEqual([]);
  });
});
