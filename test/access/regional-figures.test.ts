/**
 * Issue 11 item 1: a city or province of counties on one hub. Three counties
 * in one database (431124 道县 and 431125 江永县 of 永州市 4311, 431002 北湖区
 * of 郴州市 4310), each with the canaries. The city's education bureau
 * (CITY_EDUCATION_BUREAU, region 431100) and the province's education
 * department (PROVINCE_EDUCATION_DEPARTMENT, region 430000) see the figures of
 * the counties under them (targets T1–T3, the townships' frozen monthly
 * reports and the coverage they give), counts below 5 suppressed as for
 * partners, and never a child; a county's bureau sees its own county's
 * figures only. Tokens that name a county the hub does not serve, or none on a
 * hub serving several, are refused.
 */
import { PARTNER_MIN_COUNT } from '../../src/access/policy';
import { registerPartner } from '../../src/access/partners';
import { plantCanaries, rawClient, validationFailed, codesOf, type CanaryWorld, type RawResult } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import type { Persona } from '../support/tokens';

const A = '431124';
const B = '431125';
const C = '431002';
const MONTH = '2026-10';

interface Level { level: string; enrolledAtStart: number | null; dropouts: number | null; rate: number | null; met: boolean | null }
interface Targets { county: { code: string; name: string }; schoolYear: number; levels: Level[]; t3: { poorDropouts: number | null; met: boolean | null } }
interface Totals { schoolAgeChildren: number | null; fromCensus: number; enrolled: number | null; suspended: number | null; suspectedDropoutsOpen: number | null; confirmedDropouts: number | null; returned: number | null; openCases: number | null }
interface Monthly { county: { code: string }; month: string; townships: number; reported: number; complete: boolean; totals: Totals; coverage: number | null }

const TARGETS = '{ regionalTargets(schoolYear: 2026) { county { code name } schoolYear levels { level enrolledAtStart dropouts rate met } t3 { poorDropouts met } } }';
const MONTHLY = `{ regionalMonthlyReports(month: "${MONTH}") { county { code } month townships reported complete coverage totals { schoolAgeChildren fromCensus enrolled suspended suspectedDropoutsOpen confirmedDropouts returned openCases } } }`;

const suppressed = (n: number | null) => (n === null || n < PARTNER_MIN_COUNT ? null : n);

describe('issue 11: the city and the province see their counties\' figures and no child', () => {
  let db: TestDatabase;
  let api: TestServer;
  const worlds: Record<string, CanaryWorld> = {};
  const city: Persona = { agency: 'CITY_EDUCATION_BUREAU', region: '431100' };
  const province: Persona = { agency: 'PROVINCE_EDUCATION_DEPARTMENT', region: '430000' };
  const bureau = (county: string): Persona => ({ agency: 'EDUCATION_BUREAU', county });
  const ask = async (p: Persona, q: string, purpose: string | null = null): Promise<RawResult> => (await rawClient(api.url, p, purpose))(q);

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const county of [A, B, C]) worlds[county] = await plantCanaries(db, undefined, { county });
    api = await startTestServer(db, testSealer, { env: { COUNTY_CODE: A, COUNTY_CODES: [A, B, C].join(',') } });
    // Townships submit their October reports (plan S1): two of A's three, one of B's, none of C's.
    for (const [county, n] of [[A, 1], [A, 2], [B, 1]] as const) {
      const township = worlds[county]!.townshipCode(n);
      const r = await ask({ agency: 'TOWNSHIP', county, township }, `mutation { submitMonthlyReport(townshipCode: "${township}", month: "${MONTH}") { id } }`);
      expect(codesOf(r)).toEqual([]);
    }
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const everyCanary = () => Object.values(worlds).flatMap((w) => w.canaries);
  const noChildIn = (r: RawResult) => {
    for (const c of everyCanary()) {
      expect(r.text).not.toContain(c.id);
      expect(r.text).not.toContain(c.name);
      expect(r.text).not.toContain(c.idNumber);
    }
  };

  it('the city sees exactly the counties of its city, the province every county of its province, a county bureau its own', async () => {
    const codes = async (p: Persona) => ((await ask(p, TARGETS)).data as { regionalTargets: Targets[] }).regionalTargets.map((t) => t.county.code);
    expect(await codes(city)).toEqual([A, B]);
    expect(await codes({ agency: 'CITY_EDUCATION_BUREAU', region: '431000' })).toEqual([C]);
    expect(await codes(province)).toEqual([C, A, B]);
    expect(await codes(bureau(A))).toEqual([A]);
    expect(await codes(bureau(C))).toEqual([C]);
    // Another province's department sees none of these counties.
    expect(await codes({ agency: 'PROVINCE_EDUCATION_DEPARTMENT', region: '440000' })).toEqual([]);
  });

  it('plan T1–T3 per county: the city gets what each county\'s bureau counts, counts below 5 suppressed', async () => {
    const r = await ask(city, TARGETS);
    expect(codesOf(r)).toEqual([]);
    noChildIn(r);
    const figures = (r.data as { regionalTargets: Targets[] }).regionalTargets;
    let shown = 0;
    for (const t of figures) {
      const own = ((await ask(bureau(t.county.code), TARGETS)).data as { regionalTargets: Targets[] }).regionalTargets;
      expect(own).toHaveLength(1);
      const mine = own[0]!;
      expect(t.county).toEqual(mine.county);
      for (const [i, l] of t.levels.entries()) {
        const m = mine.levels[i]!;
        expect(l.level).toBe(m.level);
        expect(l.enrolledAtStart).toBe(suppressed(m.enrolledAtStart));
        expect(l.dropouts).toBe(suppressed(m.dropouts));
        // A rate would give a suppressed count away (rate × roll): null with it. The verdict names no
        // number and is the city's to see for every county (T1, T2 held to each county).
        if (l.enrolledAtStart === null || l.dropouts === null) expect(l.rate).toBeNull();
        else expect(l.rate).toBe(m.rate);
        expect(l.met).toBe(m.met);
        expect(typeof l.met).toBe('boolean');
        if (l.enrolledAtStart !== null) shown++;
      }
      expect(t.t3.poorDropouts).toBe(suppressed(mine.t3.poorDropouts));
      expect(t.t3.met).toBe(mine.t3.met);
    }
    // The canary worlds hold few children: a figure shows only where its count reaches 5 (each county's 小学 roll: 18).
    expect(shown).toBe(figures.length);
  });

  it('plan S1–S2: the townships\' frozen reports summed per county, with how many reported and the coverage', async () => {
    const r = await ask(city, MONTHLY);
    expect(codesOf(r)).toEqual([]);
    noChildIn(r);
    const rows = (r.data as { regionalMonthlyReports: Monthly[] }).regionalMonthlyReports;
    expect(rows.map((m) => [m.county.code, m.month, m.townships, m.reported, m.complete])).toEqual([
      [A, MONTH, 3, 2, false],
      [B, MONTH, 3, 1, false],
    ]);
    for (const m of rows) {
      const frozen = await db.prisma.monthlyReport.findMany({ where: { countyCode: m.county.code, month: MONTH, submittedAt: { not: null } } });
      const sum = (f: string) => frozen.reduce((a, x) => a + ((x.totals as Record<string, number>)[f] ?? 0), 0);
      expect(m.totals).toEqual({
        schoolAgeChildren: suppressed(sum('schoolAgeChildren')),
        fromCensus: frozen.filter((x) => (x.totals as Record<string, unknown>)['schoolAgeSource'] === 'CENSUS').length,
        enrolled: suppressed(sum('enrolled')),
        suspended: suppressed(sum('suspended')),
        suspectedDropoutsOpen: suppressed(sum('suspectedDropoutsOpen')),
        confirmedDropouts: suppressed(sum('confirmedDropouts')),
        returned: suppressed(sum('returned')),
        openCases: suppressed(sum('openCases')),
      });
      const { schoolAgeChildren: age, enrolled } = m.totals;
      expect(m.coverage).toBe(age === null || enrolled === null || age === 0 ? null : Math.round((enrolled / age) * 10000) / 100);
    }
    // Two townships of A reported: enough children for unsuppressed totals and a coverage figure.
    expect(rows[0]!.totals.schoolAgeChildren).not.toBeNull();
    expect(rows[0]!.coverage).not.toBeNull();
    // The province also sees C, where nobody reported yet: nothing summed, no coverage.
    const all = ((await ask(province, MONTHLY)).data as { regionalMonthlyReports: Monthly[] }).regionalMonthlyReports;
    expect(all.map((m) => m.county.code)).toEqual([C, A, B]);
    expect(all[0]).toMatchObject({ reported: 0, complete: false, coverage: null, totals: { schoolAgeChildren: null, enrolled: null } });
  });

  it('a county bureau sums its own county\'s reports only, unsuppressed', async () => {
    const rows = ((await ask(bureau(B), MONTHLY)).data as { regionalMonthlyReports: Monthly[] }).regionalMonthlyReports;
    expect(rows.map((m) => [m.county.code, m.reported])).toEqual([[B, 1]]);
    const frozen = await db.prisma.monthlyReport.findMany({ where: { countyCode: B, month: MONTH } });
    expect(rows[0]!.totals.enrolled).toBe((frozen[0]!.totals as Record<string, number>)['enrolled']);
  });

  it('the city and the province have no path to a child: no list, no lookup, no county-level figure with children behind it', async () => {
    const someone = worlds[A]!.canaries[0]!;
    for (const p of [city, province]) {
      for (const q of [
        '{ children(first: 5) { totalCount } }',
        `{ child(id: "${someone.id}") { name } }`,
        '{ dropoutTargets { levels { dropouts dropoutChildren { name } } } }',
        '{ monthlyReports { township { name } } }',
        '{ schools { code name } }',
        '{ regionalTargets { levels { dropoutChildren { name } } } }',
        '{ regionalTargets { t3 { detail { children { name } } } } }',
      ]) {
        const r = await ask(p, q);
        expect(validationFailed(r)).toBe(true);
        noChildIn(r);
      }
      // A purpose would not help: they may state none.
      const withPurpose = await ask(p, '{ viewer { rowScope countyCode regionCode } }', 'DROPOUT_CASEWORK');
      expect(withPurpose.status).toBe(400);
      const me = await ask(p, '{ viewer { agency rowScope countyCode regionCode classes { fieldClass } purposes } }');
      expect(me.data).toEqual({
        viewer: { agency: p.agency, rowScope: 'NONE', countyCode: null, regionCode: p.region, classes: [{ fieldClass: 'REFERENCE' }, { fieldClass: 'AGGREGATE' }], purposes: [] },
      });
    }
    // Their reads are in the access log, naming no child.
    const logged = await db.prisma.accessLog.findMany({ where: { agencyKind: { in: ['CITY_EDUCATION_BUREAU', 'PROVINCE_EDUCATION_DEPARTMENT'] } } });
    expect(logged.length).toBeGreaterThan(0);
    for (const l of logged) expect(l.childIds).toEqual([]);
  });

  it('tokens: a county the hub does not serve, no county on a hub serving several, a township of another county, a malformed region: 401', async () => {
    const refused = async (p: Persona) => {
      const r = await ask(p, '{ viewer { agency } }');
      expect([r.status, codesOf(r), r.data ?? null]).toEqual([401, ['UNAUTHENTICATED'], null]);
    };
    await refused(bureau('431126'));
    await refused({ agency: 'EDUCATION_BUREAU' });
    await refused({ agency: 'TOWNSHIP', county: A, township: worlds[B]!.townshipCode(1) });
    await refused({ agency: 'CITY_EDUCATION_BUREAU', region: A });
    await refused({ agency: 'CITY_EDUCATION_BUREAU', region: '430000' });
    await refused({ agency: 'PROVINCE_EDUCATION_DEPARTMENT', region: '431100' });
    await refused({ agency: 'CITY_EDUCATION_BUREAU', region: '431100', county: A });
    await refused({ agency: 'EDUCATION_BUREAU', county: A, region: '431100' });
    // A partner app acts for a county agency, never for the city or the province.
    await expect(registerPartner(db, A, { id: 'city-dashboard', name: '市级看板', onBehalfOf: 'CITY_EDUCATION_BUREAU', grants: [] })).rejects.toThrow(/county agency/);
    await expect(registerPartner(db, A, { id: 'other-township', name: '跨县', onBehalfOf: 'TOWNSHIP', grants: [], townshipCode: worlds[B]!.townshipCode(1) })).rejects.toThrow(/not in county/);
  });
});
