import type { Agency } from '../access/policy';
import { sliceKeyOf, type Viewer } from '../access/viewer';

/** The viewer of an operator importing at the hub's console (npm run import): the agency's own row of the policy table, no partner grants. */
export function operatorViewer(agency: Agency, p: { subject: string; countyCode: string; townshipCode?: string | null; schoolCode?: string | null; agencyId?: string | null }): Viewer {
  return {
    subject: p.subject,
    kind: agency,
    agency,
    agencyId: p.agencyId ?? null,
    countyCode: p.countyCode,
    regionCode: null,
    townshipCode: p.townshipCode ?? null,
    schoolCode: p.schoolCode ?? null,
    clientId: null,
    grants: null,
    sliceKey: sliceKeyOf(agency, null, null),
  };
}
