import type { Prisma } from '../generated/prisma/client';
import { birthRangeForAges, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN, schoolYearOf } from '../lib/school-year';
import { cellFor, rowScopeKindOf, type Viewer } from './viewer';

/**
 * Which rows a request may touch, as Prisma `where` fragments built from the
 * viewer and the policy's ROW_SCOPES (access-policy.md "Row scopes"). The
 * scoped repository ANDs the matching fragment into every query it runs:
 * lists, lookups, relation loaders and counts alike. A scope that cannot be
 * determined (a claim missing from the token) matches no row, never all.
 */
export interface RowScope {
  countyCode: string;
  /**
   * True when the child scope is the whole county (no narrower predicate): a
   * row of a child's own table (grants, enrollments …) carries the child's
   * countyCode, so `countyCode` alone is the same filter as `child: child`
   * and the repository need not join each relation back to Child.
   */
  wholeCounty: boolean;
  child: Prisma.ChildWhereInput;
  household: Prisma.HouseholdWhereInput;
  person: Prisma.PersonWhereInput;
  school: Prisma.SchoolWhereInput;
  /** Dropout cases readable (JUDICIARY: escalated ones only). */
  dropoutCase: Prisma.DropoutCaseWhereInput;
  /** Children whose DISABILITY_DETAIL may be read (SCHOOL: its pupils only); null = all in scope. */
  disabilityDetailChild: Prisma.ChildWhereInput | null;
}

const NOTHING: Prisma.ChildWhereInput = { id: { in: [] } };

/** The whole county: county-wide agencies, and internal jobs. */
export function countyScope(countyCode: string): RowScope {
  return {
    countyCode,
    wholeCounty: true,
    child: { countyCode },
    household: { countyCode },
    person: { countyCode },
    school: { countyCode },
    dropoutCase: {},
    disabilityDetailChild: null,
  };
}

/**
 * The scope of a request reading under a referral (issue 10 item 4): the
 * referred child (and its referred case) added to the viewer's own scope, for
 * that request only. Which classes it may read of the child is checked on the
 * request's document before any row is read (src/modules/referrals).
 */
export function withReferral(scope: RowScope, referral: { childId: string; caseId: string | null }): RowScope {
  if (scope.wholeCounty && referral.caseId === null) return scope;
  const { countyCode } = scope;
  const child: Prisma.ChildWhereInput = scope.wholeCounty ? scope.child : { AND: [{ countyCode }, { OR: [scope.child, { id: referral.childId }] }] };
  const household: Prisma.HouseholdWhereInput = scope.wholeCounty ? scope.household : { countyCode, children: { some: child } };
  return {
    ...scope,
    child,
    household,
    person: scope.wholeCounty ? scope.person : { countyCode, household },
    dropoutCase: referral.caseId === null || Object.keys(scope.dropoutCase).length === 0 ? scope.dropoutCase : { OR: [scope.dropoutCase, { id: referral.caseId }] },
    disabilityDetailChild: scope.disabilityDetailChild === null ? null : { OR: [scope.disabilityDetailChild, { id: referral.childId }] },
  };
}

/** The county of a viewer without one (the city, the province: issue 11): no county has this code, so no row matches. */
export const NO_COUNTY = '000000';

/** The row scope of a viewer: within its county (from its token; issue 11), then its agency's rows. */
export function rowScopeFor(viewer: Viewer, today: Date = new Date()): RowScope {
  const countyCode = viewer.countyCode ?? NO_COUNTY;
  const county = countyScope(countyCode);
  let child = childScope(viewer, today);
  if (viewer.kind === 'PARTNER_APP' && viewer.townshipCode !== null) {
    // A partner client may be registered for one township: never more than its agency's scope.
    const township: Prisma.ChildWhereInput = { village: { parentCode: viewer.townshipCode } };
    child = child === null ? township : { AND: [child, township] };
  }
  const whole = child === null;
  const childWhere: Prisma.ChildWhereInput = child === null ? { countyCode } : { AND: [{ countyCode }, child] };
  const household: Prisma.HouseholdWhereInput = whole ? { countyCode } : { countyCode, children: { some: childWhere } };
  const edu = cellFor(viewer, 'EDUCATION');
  const detail = cellFor(viewer, 'DISABILITY_DETAIL');
  return {
    ...county,
    wholeCounty: whole,
    child: childWhere,
    household,
    person: whole ? { countyCode } : { countyCode, household },
    dropoutCase: edu.rows === 'ESCALATED_CASES' ? { OR: [{ status: 'LEGAL_ACTION' }, { legalActions: { some: {} } }] } : {},
    disabilityDetailChild:
      detail.rows === 'OWN_PUPILS' && viewer.schoolCode !== null
        ? { enrollment: { status: { in: ['ENROLLED', 'SUSPENDED'] }, school: { code: viewer.schoolCode } } }
        : detail.rows === 'OWN_PUPILS'
          ? NOTHING
          : null,
  };
}

/** null = the whole county. */
function childScope(viewer: Viewer, today: Date): Prisma.ChildWhereInput | null {
  switch (rowScopeKindOf(viewer)) {
    case 'COUNTY':
      return null;
    case 'TOWNSHIP': {
      const t = viewer.townshipCode;
      if (t === null) return NOTHING;
      return { OR: [{ village: { parentCode: t } }, { enrollment: { school: { townshipCode: t } } }] };
    }
    case 'SCHOOL': {
      const s = viewer.schoolCode;
      if (s === null) return NOTHING;
      return {
        OR: [
          { enrollment: { school: { code: s } } },
          { transferRequests: { some: { status: 'REQUESTED', OR: [{ fromSchool: { code: s } }, { toSchool: { code: s } }] } } },
          { migrantEnrollments: { some: { status: { in: ['APPLIED', 'ASSIGNED'] }, assignedSchool: { code: s } } } },
        ],
      };
    }
    case 'LABOR_FINDINGS':
      return { laborViolations: { some: {} } };
    case 'LEGAL':
      return {
        OR: [
          { legalActions: { some: {} } },
          { laborViolations: { some: {} } },
          { dropoutCases: { some: { OR: [{ status: 'LEGAL_ACTION' }, { legalActions: { some: {} } }] } } },
        ],
      };
    case 'CARE':
      return { OR: [{ isLeftBehind: true }, { inDistress: true }] };
    case 'DISABILITY': {
      // access-policy: children with a disability record, and SCHOOL-AGE children a census flagged as suspected disabled.
      const age = birthRangeForAges(schoolYearOf(today), SCHOOL_AGE_MIN, SCHOOL_AGE_MAX);
      return {
        OR: [
          { hasDisability: true },
          { disabilityRecord: { isNot: null } },
          { AND: [{ censusEntries: { some: { suspectedDisabled: true } } }, { birthDate: { gte: age.from, lte: age.to } }] },
        ],
      };
    }
    case 'REGISTERED_POOR':
      return { household: { registeredPoor: true } };
    case 'NONE':
      return NOTHING;
  }
}

/**
 * Writes (access-policy "Writes"): a SCHOOL acts only at its own school, even
 * for children in its row scope (e.g. a pupil transferring to it). Other
 * agencies are bounded by their row scope alone.
 */
export function actsAtSchool(viewer: Pick<Viewer, 'agency' | 'schoolCode'>, schoolCode: string): boolean {
  return viewer.agency !== 'SCHOOL' || viewer.schoolCode === schoolCode;
}
