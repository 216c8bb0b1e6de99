import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSlice } from '../../src/access/slices';
import { cellsFor } from '../../src/access/viewer';
import type { Agency } from '../../src/access/policy';
import { buildFullSchema } from '../../src/graphql/schema';
import { generateCounty } from '../../src/seed/generate-county';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';
import { testKeys } from '../support/tokens';
import { Browser, chromiumAvailable } from './browser';

/**
 * The console in a real browser (issue 12 item 2): headless Chromium signs in
 * through the development menu, loads every page on a generated county and
 * checks what it shows against the hub's GraphQL answers for the same token
 * (read from the page's sessionStorage): the targets and their children, the
 * ledgers with overdue cases and the 七长, a child's record with exactly the
 * sections of the slice, the early warning, the access log; a township token
 * sees its own township only; a missing purpose and an expired token get
 * their Chinese messages; no CSP violation, no request leaves the hub.
 * Screenshots of each page go to test-results/console/ for review.
 */
const SHOTS = path.resolve(__dirname, '../../test-results/console');
const run = chromiumAvailable();

const load = createRequire(__filename);
const { SECTIONS } = load(path.resolve(__dirname, '../../src/console/pages/child.js')) as { SECTIONS: Array<{ id: string; spec: Spec }> };
type Spec = Array<string | [string, string, Spec]>;

/** The Type.field paths to the leaves of a console selection spec. */
function leafPaths(type: string, spec: Spec): string[][] {
  return spec.flatMap((item) => {
    if (typeof item === 'string') return [[`${type}.${item}`]];
    const [f, sub, inner] = item;
    return leafPaths(sub, inner).map((p) => [`${type}.${f.split('(')[0]}`, ...p]);
  });
}

/** An oracle independent of the console's own class catalogue: the sections with a field path that exists in the agency's slice schema. */
function expectedSections(slice: GraphQLSchema): string[] {
  const inSlice = (key: string) => {
    const [t, f] = key.split('.') as [string, string];
    const type = slice.getType(t);
    return !!type && isObjectType(type) && f in type.getFields() && !!getNamedType(type.getFields()[f]!.type);
  };
  return SECTIONS.filter((s) => s.id === 'basic' || leafPaths('Child', s.spec).some((p) => p.every(inSlice))).map((s) => s.id);
}

const sliceOf = (agency: Agency) => buildSlice(buildFullSchema(), cellsFor({ agency, grants: null }));

interface LevelFigure {
  level: string;
  rate: number | null;
  dropouts: number | null;
  enrolledAtStart: number | null;
  dropoutChildren?: Array<{ id: string }>;
}
interface Targets {
  levels: LevelFigure[];
  t3: { poorDropouts: number | null; detail?: { children: Array<{ id: string }> } };
  cases: { open: number | null; overdue: number | null };
  byTownship: Array<{ township: { code: string; name: string }; levels: LevelFigure[]; t3: { poorDropouts: number | null } }>;
}

(run ? describe : describe.skip)('console in a headless Chromium', () => {
  let db: TestDatabase;
  let api: TestServer;
  let base: string;
  let b: Browser;
  let townships: Array<{ code: string; name: string }>;
  let earlyWarningReport: string;
  const visitedChild: { id: string; name: string } = { id: '', name: '' };

  /** The page's own token, to ask GraphQL the same questions. */
  const pageToken = () => b.evaluate<string>(`sessionStorage.getItem('console.token')`);
  async function gql<T>(query: string, variables: Record<string, unknown> = {}, purpose: string | null = 'DROPOUT_CASEWORK'): Promise<T> {
    const token = await pageToken();
    const r = await post(api.url, { query, variables }, { authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose': purpose } : {}) });
    if (r.errors) throw new Error(`GraphQL: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** Runs an action that re-renders the page, and waits for the new rendering of `page` to finish. */
  async function rendered(page: string, action: string): Promise<void> {
    await b.evaluate(`(() => { const m = document.getElementById('page'); if (m) m.dataset.stale = '1'; })()`);
    await b.evaluate(action);
    await b.until(`(() => { const m = document.getElementById('page'); return m && !m.dataset.stale && m.dataset.page === ${JSON.stringify(page)} && m.dataset.ready === 'true'; })()`, 90_000, `the ${page} page`);
  }
  const go = (page: string, hash: string) => rendered(page, `location.hash = ${JSON.stringify(hash)}`);
  const setPurpose = (page: string, purpose: string) =>
    rendered(page, `(() => { const s = document.getElementById('purpose-select'); s.value = ${JSON.stringify(purpose)}; s.dispatchEvent(new Event('change')); })()`);
  const texts = (selector: string) => b.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent)`);
  const attrs = (selector: string, name: string) => b.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.dataset[${JSON.stringify(name)}])`);

  async function signIn(agency: Agency, township?: string): Promise<void> {
    await b.navigate(`${base}/console`);
    await b.until(`document.getElementById('app')`, 30_000, 'the console');
    await b.evaluate(`sessionStorage.clear()`);
    await b.navigate(`${base}/console`);
    await b.until(`document.getElementById('dev-agency') && document.getElementById('dev-agency').options.length > 0`, 30_000, 'the development menu');
    await b.evaluate(`(() => {
      const a = document.getElementById('dev-agency'); a.value = ${JSON.stringify(agency)}; a.dispatchEvent(new Event('change'));
      ${township ? `document.getElementById('dev-township').value = ${JSON.stringify(township)};` : ''}
      document.getElementById('dev-sign-in').click();
    })()`);
    await b.until(`document.querySelector('#page[data-ready="true"]')`, 90_000, `${agency}'s first page`);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateCounty(db, { children: 1000, seed: 20261129, countyCode: TEST_COUNTY, sealer: testSealer });
    earlyWarningReport = path.join(mkdtempSync(path.join(os.tmpdir(), 'hub-ew-')), 'early-warning.json');
    // The generator's today; later the clock moves on 11 days, so that a case opened now is overdue for its first visit.
    let clock = new Date('2026-11-29T08:00:00Z');
    api = await startTestServer(db, testSealer, { env: { NODE_ENV: 'development', EARLY_WARNING_REPORT: earlyWarningReport }, now: () => clock });
    base = api.url.replace(/\/graphql$/, '');
    const registrar = await api.as('EDUCATION_BUREAU', 'ENROLLMENT_MANAGEMENT');
    const pupil = ((await registrar.gql('{ children(first: 1, filter: { status: ENROLLED, grade: 8 }) { edges { node { id enrollment { version } } } } }')).data as {
      children: { edges: Array<{ node: { id: string; enrollment: { version: number } } }> };
    }).children.edges[0]!.node;
    const dropout = await registrar.gql(
      'mutation($i: StatusChangeInput!) { recordDropout(input: $i) { __typename } }',
      { i: { childId: pupil.id, date: '2026-11-27', cause: 'WORK', reason: '随父母外出务工', evidenceRef: 'CX-TEST-1', version: pupil.enrollment.version } },
    );
    expect(dropout.errors).toBeUndefined();
    clock = new Date('2026-12-10T08:00:00Z');
    // The hourly monitoring puts overdue suspensions on the suspected-dropout ledger: run it now.
    const bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
    const m = await bureau.gql('mutation { runMonitoring { overdueSuspensions escalatedCases } }');
    expect(m.errors).toBeUndefined();
    townships = ((await bureau.gql('{ townships { code name } }')).data as { townships: Array<{ code: string; name: string }> }).townships;
    b = await Browser.launch();
  }, 300_000);

  afterAll(async () => {
    await b?.close();
    await api?.close();
    await db?.drop();
  });

  afterEach(() => {
    // Nothing refused by the CSP, no uncaught error, nothing fetched from elsewhere.
    expect(b.problems()).toEqual([]);
    expect(b.urls.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank')).toEqual([]);
  });

  it('county (bureau): T1–T3, cases and every township against dropoutTargets; the month chart asks for a purpose, then agrees with the figures', async () => {
    await signIn('EDUCATION_BUREAU');
    expect(await b.evaluate(`document.getElementById('page').dataset.page`)).toBe('county');
    expect(await texts('.nav a')).toEqual(['县域总览', '台账', '儿童档案', '预警']);
    const t = (
      await gql<{ dropoutTargets: Targets }>(
        `{ dropoutTargets { levels { level rate dropouts enrolledAtStart } t3 { poorDropouts } cases { open overdue } byTownship { township { code name } levels { level rate dropouts enrolledAtStart } t3 { poorDropouts } } } }`,
        {},
        null,
      )
    ).dropoutTargets;
    const kpi = async (figure: string) => b.evaluate<string>(`document.querySelector('.kpi[data-figure="${figure}"]').dataset.value`);
    const level = (l: string) => t.levels.find((x) => x.level === l)!;
    expect(await kpi('T1')).toBe(String(level('PRIMARY').rate));
    expect(await kpi('T2')).toBe(String(level('JUNIOR').rate));
    expect(await kpi('T3')).toBe(String(t.t3.poorDropouts));
    expect(await kpi('CASES_OPEN')).toBe(String(t.cases.open));
    expect(await kpi('CASES_OVERDUE')).toBe(String(t.cases.overdue));
    const rows = await b.evaluate<Array<Record<string, string>>>(`[...document.querySelectorAll('#township-table tbody tr')].map((r) => ({ ...r.dataset }))`);
    expect(rows).toEqual(
      t.byTownship.map((a) => ({
        township: a.township.code,
        t1: String(a.levels.find((x) => x.level === 'PRIMARY')!.rate ?? ''),
        t2: String(a.levels.find((x) => x.level === 'JUNIOR')!.rate ?? ''),
        t3: String(a.t3.poorDropouts),
      })),
    );
    expect(await b.evaluate(`document.querySelectorAll('#by-township canvas').length`)).toBeGreaterThanOrEqual(3);
    // No purpose yet: the month-by-month replay reads status events (EDUCATION) and says so.
    expect(await b.evaluate(`document.querySelector('#by-month [data-error-kind]').dataset.errorKind`)).toBe('PURPOSE_REQUIRED');
    expect(await b.evaluate(`document.querySelector('#by-month').innerText`)).toContain('须说明用途');
    await b.screenshot(path.join(SHOTS, 'county-purpose-required.png'));
    // The user picks a purpose offered by the panel (the agency's own purposes only).
    const offered = await b.evaluate<string[]>(`[...document.querySelectorAll('#by-month .purpose-pick option')].map((o) => o.value)`);
    expect(offered).toEqual(['DROPOUT_CASEWORK', 'ENROLLMENT_MANAGEMENT', 'SUBSIDY_REVIEW', 'PLACEMENT', 'CARE', 'RECONCILIATION']);
    await rendered('county', `document.querySelector('#by-month .purpose-pick').value = 'DROPOUT_CASEWORK'; document.querySelector('#by-month .purpose-apply').click()`);
    expect(await b.evaluate(`sessionStorage.getItem('console.purpose')`)).toBe('DROPOUT_CASEWORK');
    const cumulative = async (figure: string) => (await b.evaluate<string>(`document.querySelector('#month-table tr[data-figure="${figure}"]').dataset.cumulative`)).split(',').map(Number);
    expect((await cumulative('T1')).at(-1)).toBe(level('PRIMARY').dropouts);
    expect((await cumulative('T2')).at(-1)).toBe(level('JUNIOR').dropouts);
    expect((await cumulative('T3')).at(-1)).toBe(t.t3.poorDropouts);
    await b.screenshot(path.join(SHOTS, 'county.png'));
  }, 180_000);

  it('county: a figure drills down to the children behind it (dropoutTargets lists)', async () => {
    const t = (
      await gql<{ dropoutTargets: Targets }>(`{ dropoutTargets { levels { level dropouts dropoutChildren { id } } t3 { poorDropouts detail { children { id } } } cases { open overdue } } }`)
    ).dropoutTargets;
    const busiest = [...t.levels].sort((x, y) => (y.dropouts ?? 0) - (x.dropouts ?? 0))[0]!;
    const figure = busiest.level === 'PRIMARY' ? 'T1' : 'T2';
    const open = async (selector: string) => {
      await b.evaluate(`document.getElementById('drill').dataset.state = 'old'; document.querySelector(${JSON.stringify(selector)}).click()`);
      await b.until(`document.getElementById('drill').dataset.state === 'ready'`, 60_000, `the list behind ${selector}`);
      return (await attrs('#drill tbody tr[data-child-id]', 'childId')).sort();
    };
    expect(await open(`.kpi[data-figure="${figure}"]`)).toEqual(busiest.dropoutChildren!.map((c) => c.id).sort());
    expect(await open(`.kpi[data-figure="T3"]`)).toEqual(t.t3.detail!.children.map((c) => c.id).sort());
    const cases = (await gql<{ dropoutTargets: { cases: { openChildren: Array<{ id: string }> } } }>(`{ dropoutTargets { cases { openChildren { id } } } }`)).dropoutTargets.cases;
    expect(await open(`.kpi[data-figure="CASES_OPEN"]`)).toEqual(cases.openChildren.map((c) => c.id).sort());
    expect(Number(await b.evaluate(`document.getElementById('drill').dataset.count`))).toBe(cases.openChildren.length);
  }, 120_000);

  it('ledgers (bureau): cases with the 七长 and overdue first visits highlighted, suspected dropouts, persuasion visits, export', async () => {
    await go('ledgers', '#/ledgers?tab=cases');
    const q = await gql<{ all: Array<{ id: string; visits: unknown[] }>; overdue: Array<{ id: string }> }>(
      `{ all: dropoutCases(first: 100) { id visits { id } } overdue: dropoutCases(first: 500, overdueOnly: true) { id } }`,
    );
    expect(await attrs('#ledger tbody tr', 'id')).toEqual(q.all.map((c) => c.id));
    const overdue = new Set(q.overdue.map((c) => c.id));
    expect(overdue.size).toBeGreaterThan(0);
    expect((await attrs('#ledger tbody tr.overdue', 'id')).sort()).toEqual(q.all.filter((c) => overdue.has(c.id)).map((c) => c.id).sort());
    expect(await b.evaluate(`document.querySelector('#ledger tbody tr .heads-inline').innerText`)).toMatch(/县长[\s\S]*局长[\s\S]*乡镇长[\s\S]*村长[\s\S]*校长[\s\S]*师长[\s\S]*家长/);
    await b.screenshot(path.join(SHOTS, 'ledgers-cases.png'), true);
    // Only the overdue ones.
    await rendered('ledgers', `document.getElementById('overdue-filter').click()`);
    expect((await attrs('#ledger tbody tr', 'id')).sort()).toEqual([...overdue].sort());
    // The export runs with the page's token and purpose and saves a workbook.
    await b.evaluate(`document.getElementById('export').click()`);
    await b.until(`document.getElementById('export-status').dataset.bytes`, 60_000, 'the export');
    expect(Number(await b.evaluate(`document.getElementById('export-status').dataset.bytes`))).toBeGreaterThan(1000);
    const saved = path.join(b.downloads, '辍学台账.xlsx');
    for (let i = 0; i < 50 && !existsSync(saved); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');

    await go('ledgers', '#/ledgers?tab=suspected');
    const suspected = (await gql<{ suspectedDropouts: Array<{ id: string }> }>(`{ suspectedDropouts(first: 100) { id } }`)).suspectedDropouts;
    expect(suspected.length).toBeGreaterThan(0);
    expect(await attrs('#ledger tbody tr', 'id')).toEqual(suspected.map((s) => s.id));
    await b.screenshot(path.join(SHOTS, 'ledgers-suspected.png'), true);

    await go('ledgers', '#/ledgers?tab=visits');
    expect((await attrs('#ledger tbody tr', 'id')).length).toBe(q.all.reduce((n, c) => n + c.visits.length, 0));
    await b.screenshot(path.join(SHOTS, 'ledgers-visits.png'), true);
  }, 180_000);

  it("child (bureau): exactly the sections of the bureau's slice, the status history as a timeline", async () => {
    const c = (await gql<{ dropoutCases: Array<{ child: { id: string; name: string } }> }>(`{ dropoutCases(first: 1) { child { id name } } }`)).dropoutCases[0]!.child;
    Object.assign(visitedChild, c);
    await go('child', `#/child/${c.id}`);
    const shown = (await b.evaluate<string>(`document.getElementById('page').dataset.sections`)).split(',');
    expect(shown).toEqual(expectedSections(sliceOf('EDUCATION_BUREAU')));
    expect(await attrs('#page section[data-section]', 'section')).toEqual(shown);
    expect(await b.evaluate(`document.querySelector('#page h1').textContent`)).toContain(c.name);
    const events = (await gql<{ child: { enrollment: { events: Array<{ id: string }> } } }>(`query($id: ID!) { child(id: $id) { enrollment { events { id } } } }`, { id: c.id })).child.enrollment.events;
    expect((await attrs('#timeline li', 'eventId')).sort()).toEqual(events.map((e) => e.id).sort());
    expect(await b.evaluate(`document.querySelector('[data-section="cases"]').innerText`)).toContain('责任人（七长）');
    await b.screenshot(path.join(SHOTS, 'child.png'));
  }, 120_000);

  it('early warning: the flagged pupils with the rule and reason of each flag; "not measured yet" without a report', async () => {
    await go('warning', '#/warning');
    const r = (await gql<{ riskFlags: { edges: Array<{ node: { child: { id: string }; flags: Array<{ rule: string; reason: string }> } }> } }>(
      `{ riskFlags(first: 50) { edges { node { child { id } flags { rule reason } } } } }`,
    )).riskFlags.edges.map((e) => e.node);
    expect(r.length).toBeGreaterThan(0);
    expect(await attrs('#risk-list tbody tr', 'childId')).toEqual(r.map((n) => n.child.id));
    expect(await attrs('#risk-list tbody tr:first-child li', 'rule')).toEqual(r[0]!.flags.map((f) => f.rule));
    expect(await b.evaluate(`document.querySelector('#risk-list tbody tr:first-child').innerText`)).toContain(r[0]!.flags[0]!.reason);
    expect(await b.evaluate(`document.getElementById('risk-measurement').dataset.measured`)).toBe('false');
    expect(await b.evaluate(`document.getElementById('risk-measurement').innerText`)).toContain('尚未测量');
    await b.screenshot(path.join(SHOTS, 'warning.png'));
    // With a report (as npm run report:early-warning writes it), its figures.
    writeFileSync(earlyWarningReport, JSON.stringify({ generatedAt: '2026-12-01T00:00:00.000Z', goal: { precision: 0.5, recall: 0.5, medianLead: 10, metOnB: true }, period: { from: '2025-09-01', to: '2026-11-28', schoolDays: 300 }, evaluation: { precision: 0.625, recall: 0.5714, leadTime: { median: 12, p25: 8, p75: 15 }, pupilYears: 900, dropouts: 14, flagged: 13, truePositives: 8, rules: { absenceStreakDays: 5, recentAbsenceDays: 7, recentWindowDays: 30, overdueSchoolDays: 1 } } }));
    await go('warning', '#/warning?m=1');
    expect(await b.evaluate(`document.getElementById('risk-measurement').dataset.measured`)).toBe('true');
    expect(await b.evaluate(`document.querySelector('#risk-measurement .kpi[data-figure="precision"]').innerText`)).toContain('62.5%');
    expect(await b.evaluate(`document.querySelector('#risk-measurement .kpi[data-figure="leadTime"]').innerText`)).toContain('12 个上学日');
    await b.screenshot(path.join(SHOTS, 'warning-measured.png'));
  }, 120_000);

  it('a township token sees its own township only (figures, ledgers, menus)', async () => {
    const counts = new Map<string, number>();
    const all = (await gql<{ dropoutCases: Array<{ child: { township: { code: string } } }> }>(`{ dropoutCases(first: 500) { child { township { code } } } }`)).dropoutCases;
    for (const c of all) counts.set(c.child.township.code, (counts.get(c.child.township.code) ?? 0) + 1);
    const own = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
    const others = townships.filter((t) => t.code !== own).map((t) => t.name);
    await signIn('TOWNSHIP', own);
    expect(await b.evaluate(`document.getElementById('who').textContent`)).toContain(townships.find((t) => t.code === own)!.name);
    // The township's own figures: the same question the bureau asks for this township, asked with the township's token.
    const t = (await gql<{ dropoutTargets: Targets }>(`query($t: String) { dropoutTargets(townshipCode: $t) { levels { level rate } byTownship { township { code } } } }`, { t: own }, null)).dropoutTargets;
    expect(t.byTownship.map((a) => a.township.code)).toEqual([own]);
    expect(await b.evaluate(`document.querySelector('.kpi[data-figure="T1"]').dataset.value`)).toBe(String(t.levels.find((l) => l.level === 'PRIMARY')!.rate));
    expect(await attrs('#township-table tbody tr', 'township')).toEqual([own]);
    expect(await b.evaluate(`document.getElementById('township-filter')`)).toBeNull();
    const text = await b.evaluate<string>(`document.body.innerText`);
    expect(others.filter((name) => text.includes(name))).toEqual([]);
    await setPurpose('county', 'DROPOUT_CASEWORK');
    await b.screenshot(path.join(SHOTS, 'county-township.png'));
    await go('ledgers', '#/ledgers?tab=cases');
    const cases = (await gql<{ dropoutCases: Array<{ id: string }> }>(`{ dropoutCases(first: 100) { id } }`)).dropoutCases;
    expect(cases.length).toBeGreaterThan(0);
    expect(await attrs('#ledger tbody tr', 'id')).toEqual(cases.map((c) => c.id));
    await b.screenshot(path.join(SHOTS, 'ledgers-township.png'), true);
  }, 180_000);

  it('supervision: the chain verification and who read the child the bureau opened', async () => {
    await signIn('SUPERVISION');
    expect(await texts('.nav a')).toEqual(['县域总览', '督导']);
    await go('supervision', `#/supervision?child=${visitedChild.id}`);
    // The access log is read for a purpose too: the page asks for one, and offers SUPERVISION only.
    expect(await b.evaluate(`document.querySelector('#verify-result [data-error-kind]').dataset.errorKind`)).toBe('PURPOSE_REQUIRED');
    expect(await b.evaluate(`[...document.querySelectorAll('#verify-result .purpose-pick option')].map((o) => o.value)`)).toEqual(['SUPERVISION']);
    await rendered('supervision', `document.querySelector('#verify-result .purpose-apply').click()`);
    expect(await b.evaluate(`document.getElementById('verify-result').dataset.ok`)).toBe('true');
    const v = (await gql<{ verifyAccessLog: { ok: boolean; checked: number } }>(`{ verifyAccessLog { ok checked } }`, {}, 'SUPERVISION')).verifyAccessLog;
    expect(v.ok).toBe(true);
    expect(Number(await b.evaluate(`document.getElementById('verify-result').dataset.checked`))).toBeLessThanOrEqual(v.checked);
    const log = (await gql<{ accessLog: Array<{ id: string; operationName: string | null; agencyKind: string }> }>(`query($c: ID!) { accessLog(childId: $c, first: 500) { id operationName agencyKind } }`, { c: visitedChild.id }, 'SUPERVISION')).accessLog;
    const shown = await attrs('#log-results tbody tr', 'id');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => log.some((e) => e.id === id))).toBe(true);
    // The bureau's console read of the child's record is there, named by its operation.
    expect(await b.evaluate(`[...document.querySelectorAll('#log-results tbody tr')].some((r) => r.dataset.operation === 'ConsoleChild' && r.dataset.agency === 'EDUCATION_BUREAU')`)).toBe(true);
    await b.screenshot(path.join(SHOTS, 'supervision.png'));
  }, 120_000);

  it("city (issue 11): 区域汇总 only, its counties against T1–T3 and the townships' frozen reports, no child anywhere", async () => {
    // One township reports November (plan S1), so the monthly table has a frozen figure to sum.
    const township = townships[0]!;
    const t = await api.as({ agency: 'TOWNSHIP', township: township.code });
    expect((await t.gql(`mutation { submitMonthlyReport(townshipCode: "${township.code}", month: "2026-11") { id } }`)).errors).toBeUndefined();
    await signIn('CITY_EDUCATION_BUREAU');
    expect(await texts('.nav a')).toEqual(['区域汇总']);
    const targets = (
      await gql<{ regionalTargets: Array<{ county: { code: string }; levels: Array<{ level: string; enrolledAtStart: number | null; met: boolean | null }> }> }>(
        '{ regionalTargets { county { code } levels { level enrolledAtStart met } } }',
        {},
        null,
      )
    ).regionalTargets;
    expect(targets.map((x) => x.county.code)).toEqual([TEST_COUNTY]);
    expect(await attrs('.region-targets tbody tr', 'county')).toEqual([TEST_COUNTY]);
    // The 小学 roll at the start of the year, as the hub counts it (over 5: shown), in the row's second cell.
    const primary = targets[0]!.levels.find((l) => l.level === 'PRIMARY')!;
    expect(primary.enrolledAtStart).toBeGreaterThan(5);
    expect((await texts('.region-targets tbody tr td:nth-child(2)'))[0]).toBe(primary.enrolledAtStart!.toLocaleString('zh-CN'));
    const monthly = (
      await gql<{ regionalMonthlyReports: Array<{ county: { code: string }; reported: number; townships: number; coverage: number | null }> }>(
        '{ regionalMonthlyReports { county { code } reported townships coverage } }',
        {},
        null,
      )
    ).regionalMonthlyReports;
    expect(monthly).toEqual([expect.objectContaining({ county: { code: TEST_COUNTY }, reported: 1, townships: townships.length })]);
    expect(await attrs('.region-monthly tbody tr', 'reported')).toEqual(['1']);
    expect(await attrs('.region-monthly tbody tr', 'coverage')).toEqual([monthly[0]!.coverage === null ? '' : String(monthly[0]!.coverage)]);
    // Nothing of a child: no link to a child's page, no list the city could open.
    expect(await b.evaluate<number>(`document.querySelectorAll('a[href^="#/child"]').length`)).toBe(0);
    await b.screenshot(path.join(SHOTS, 'region-city.png'), true);
  }, 120_000);

  it('an expired or invalid token: back to sign-in with the 401 message in Chinese', async () => {
    await b.evaluate(`sessionStorage.setItem('console.token', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')`);
    await b.navigate(`${base}/console#/county`);
    await b.until(`document.getElementById('app').dataset.view === 'sign-in' && document.querySelector('.notice-error')`, 30_000, 'the sign-in page');
    expect(await b.evaluate(`document.querySelector('.notice-error').textContent`)).toContain('令牌无效或已过期（401）');
    expect(await b.evaluate(`sessionStorage.getItem('console.token')`)).toBeNull();
    expect(await b.evaluate(`localStorage.length`)).toBe(0);
    await b.screenshot(path.join(SHOTS, 'sign-in-expired.png'), true);
  }, 60_000);

  it('in production: no development menu; a pasted single-sign-on token opens the console', async () => {
    const { keys } = await testKeys();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-jwks-'));
    const jwksFile = path.join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify(keys.publicJwks));
    const prod = await startTestServer(db, testSealer, { env: { NODE_ENV: 'production', JWKS_FILE: jwksFile }, now: () => new Date('2026-12-10T08:00:00Z') });
    const prodBase = prod.url.replace(/\/graphql$/, '');
    try {
      await b.navigate(`${prodBase}/console`);
      await b.until(`document.getElementById('token-input')`, 30_000, 'the sign-in page');
      expect(await b.evaluate(`document.getElementById('dev-agency')`)).toBeNull();
      const token = await keys.sign!({ sub: 'sso-user-1', agency_kind: 'EDUCATION_BUREAU' }, 600);
      await b.evaluate(`document.getElementById('token-input').value = 'Bearer ${token}'; document.getElementById('use-token').click()`);
      await b.until(`document.querySelector('#page[data-page="county"][data-ready="true"]')`, 90_000, 'the county page');
      expect(await b.evaluate(`sessionStorage.getItem('console.token')`)).toBe(token);
      expect(await b.evaluate(`localStorage.length`)).toBe(0);
    } finally {
      await prod.close();
      b.urls.length = 0;
    }
  }, 120_000);
});
