import type { Prisma } from '../generated/prisma/client';

/**
 * Which rows a request may touch, as Prisma `where` fragments, one per
 * person-level model. The scoped repository ANDs the matching fragment into
 * every query it runs, lists, lookups, relation loaders and counts alike.
 */
export interface RowScope {
  countyCode: string;
  child: Prisma.ChildWhereInput;
  household: Prisma.HouseholdWhereInput;
  person: Prisma.PersonWhereInput;
  school: Prisma.SchoolWhereInput;
}

/** The whole county: the scope of county-wide agencies (access-policy "Row scopes"). */
export function countyScope(countyCode: string): RowScope {
  return {
    countyCode,
    child: { countyCode },
    household: { countyCode },
    person: { countyCode },
    school: { countyCode },
  };
}
