import type { KeyStore } from './access/auth';
import { AGENCIES, isRegionalAgency, PURPOSES, regionAbove, type Agency } from './access/policy';
import type { Database } from './db/client';

/** Sample questions per agency kind, each readable within that agency's slice. */
const QUESTIONS: Record<Agency, string> = {
  EDUCATION_BUREAU: '{ children(first: 3, filter: { status: DROPPED_OUT }) { totalCount edges { node { name age township { name } enrollment { status school { name } } dropoutCases { status cause } } } } }',
  TOWNSHIP: '{ children(first: 3, filter: { leftBehind: true }) { totalCount edges { node { name idNumber careArrangement { caregiverName } } } } }',
  SCHOOL: '{ children(first: 3) { totalCount edges { node { name enrollment { grade className } attendanceSummary { unexcusedDays } } } } }',
  CIVIL_AFFAIRS: '{ children(first: 3, filter: { minimumLiving: true }) { totalCount edges { node { name idNumber household { minimumLiving annualIncome } } } } }',
  HUMAN_RESOURCES_SOCIAL_SECURITY: '{ children(first: 3) { totalCount edges { node { name age enrollment { status } } } } }',
  JUDICIARY: '{ children(first: 3) { totalCount edges { node { name dropoutCases { status responsibleHeads { parent } } } } } }',
  WOMENS_FEDERATION: '{ children(first: 3) { totalCount edges { node { name isLeftBehind careArrangement { caregiverName surrogates { name } } } } } }',
  DISABLED_PERSONS_FEDERATION: '{ children(first: 3) { totalCount edges { node { name disabilityRecord { category grade } placement { type status } } } } }',
  POVERTY_ALLEVIATION_OFFICE: '{ children(first: 3) { totalCount edges { node { name idNumber household { registeredPoor poorSinceYear } enrollment { status } } } } }',
  SUPERVISION: '{ verifyAccessLog { ok checked firstBrokenId } }',
  CITY_EDUCATION_BUREAU: '{ regionalTargets { county { code name } levels { planRef enrolledAtStart dropouts rate met } t3 { poorDropouts met } } }',
  PROVINCE_EDUCATION_DEPARTMENT: '{ regionalMonthlyReports { county { code name } month townships reported totals { schoolAgeChildren enrolled confirmedDropouts } coverage } }',
};

/** What `npm start` prints: one ready-to-paste curl per agency kind, with a token valid for 8 hours. */
export async function tryNext(url: string, db: Database, keys: KeyStore): Promise<string> {
  if (!keys.sign) return `控辍保学 data hub is up: ${url}\n`;
  const township = await db.prisma.region.findFirst({ where: { level: 'TOWNSHIP' }, orderBy: { code: 'asc' } });
  const school = await db.prisma.school.findFirst({ where: { kind: { in: ['PRIMARY', 'NINE_YEAR', 'JUNIOR'] } }, orderBy: { code: 'asc' } });
  const lines = [`\n控辍保学 data hub is up: ${url}`, 'Each department sees its own slice. Try (tokens valid 8 hours):\n'];
  for (const agency of AGENCIES) {
    const claims: Record<string, unknown> = { sub: `demo-${agency.toLowerCase()}`, agency_kind: agency };
    // The city and the province above the demo county name their division (issue 11); the others need no county claim on a one-county hub.
    if (isRegionalAgency(agency)) claims['region_code'] = regionAbove(agency, township?.countyCode ?? '431124');
    if (agency === 'TOWNSHIP' && township) claims['township_code'] = township.code;
    if (agency === 'SCHOOL' && school) claims['school_code'] = school.code;
    const token = await keys.sign(claims, 8 * 3600);
    // Aggregates need no purpose (the city and the province may state none).
    const purpose = PURPOSES[agency][0];
    const body = JSON.stringify({ query: QUESTIONS[agency] }).replaceAll("'", "'\\''");
    lines.push(`# ${agency}`);
    lines.push(`curl -s ${url} -H 'content-type: application/json'${purpose ? ` -H 'X-Purpose: ${purpose}'` : ''} \\\n  -H 'authorization: Bearer ${token}' \\\n  -d '${body}'\n`);
  }
  lines.push('More tokens: npm run token -- <AGENCY_KIND> [--county CODE] [--township CODE] [--school CODE] [--region CODE]');
  return `${lines.join('\n')}\n`;
}
