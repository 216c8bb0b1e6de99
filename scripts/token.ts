import { loadKeyStore } from '../src/access/auth';
import { AGENCIES, isRegionalAgency, PURPOSES, regionAbove, type Agency, type RegionalAgency } from '../src/access/policy';
import { loadConfig } from '../src/config';

/**
 * Development tokens: npm run token -- <AGENCY_KIND> [--county CODE] [--township CODE] [--school CODE] [--region CODE] [--purpose CODE] [--ttl SECONDS]
 * A county agency's token names its county (claim county_code: --county, else COUNTY_CODE); the city's and
 * the province's (CITY_EDUCATION_BUREAU, PROVINCE_EDUCATION_DEPARTMENT) their division (region_code:
 * --region, else the city or province of COUNTY_CODE). Issue 11.
 * Prints a token signed with the development key (refused when NODE_ENV=production).
 * With --purpose, also prints (on stderr) the header to send with it.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.NODE_ENV === 'production') throw new Error('development tokens are refused when NODE_ENV=production');
  const agency = process.argv[2];
  if (!agency || !(AGENCIES as readonly string[]).includes(agency)) {
    throw new Error(`usage: npm run token -- <${AGENCIES.join('|')}> [--county CODE] [--township CODE] [--school CODE] [--region CODE] [--purpose CODE]`);
  }
  const township = arg('township');
  const school = arg('school');
  const purpose = arg('purpose');
  if (agency === 'TOWNSHIP' && !township) throw new Error('a TOWNSHIP token needs --township <12-digit code>');
  if (agency === 'SCHOOL' && !school) throw new Error('a SCHOOL token needs --school <10-digit school code>');
  if (purpose && !PURPOSES[agency as Agency].includes(purpose as never)) {
    throw new Error(`--purpose must be one of ${PURPOSES[agency as Agency].join(', ')} for ${agency}`);
  }
  const keys = await loadKeyStore(config);
  if (!keys.sign) throw new Error('no signing key: set JWKS_FILE to a key set with a private key');
  const claims: Record<string, unknown> = { sub: `dev-${agency.toLowerCase()}`, agency_kind: agency };
  if (isRegionalAgency(agency as Agency)) {
    claims['region_code'] = arg('region') ?? regionAbove(agency as RegionalAgency, config.COUNTY_CODE);
  } else {
    const county = arg('county') ?? config.COUNTY_CODE;
    if (!config.counties.includes(county)) throw new Error(`--county: ${county} is not a county this hub serves (COUNTY_CODES: ${config.counties.join(', ')})`);
    claims['county_code'] = county;
  }
  if (township) claims['township_code'] = township;
  if (school) claims['school_code'] = school;
  const token = await keys.sign(claims, Number(arg('ttl') ?? 8 * 3600));
  process.stdout.write(`${token}\n`);
  if (purpose) process.stderr.write(`send with: -H 'X-Purpose: ${purpose}'\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
