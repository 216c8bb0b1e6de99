/**
 * Ledger exports (issue 6 item 2): GET /exports/<ledger>.<csv|xlsx> over the
 * real HTTP server. An export is the caller's own GraphQL, page by page: the
 * same slice (columns), row scope (rows), masking, purpose check and access
 * log as /graphql.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeIdNumber } from '../support/ids';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { AuditWriter } from '../../src/audit/writer';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken, type Persona } from '../support/tokens';

const T1 = `${TEST_COUNTY}101000`;
const BULK = 230;

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  json: () => { errors: Array<{ message: string; extensions: { code: string; parameter?: string } }> };
}

describe('ledger exports', () => {
  let db: TestDatabase;
  let api: TestServer;
  const ids: Record<string, { id: string; idNumber: string }> = {};
  let bulkIds: string[] = [];

  async function download(path: string, persona: Persona | null, purpose: string | null = null, extra: Record<string, string> = {}): Promise<Download> {
    const headers: Record<string, string> = { ...extra };
    if (persona) headers['authorization'] = `Bearer ${await mintToken(persona)}`;
    if (purpose) headers['x-purpose'] = purpose;
    const res = await fetch(new URL(path, api.url), { headers });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) as ReturnType<Download['json']> };
  }

  /** Rows of a CSV export as objects keyed by the Chinese header (after checking the BOM). */
  function csvRows(d: Download): Array<Record<string, string>> {
    expect(d.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    return parseCsv(d.body.toString('utf8').slice(1), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  }

  async function xlsxSheet(d: Download): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(d.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no worksheet');
    return ws;
  }

  function xlsxRows(ws: ExcelJS.Worksheet): { headers: string[]; rows: Array<Record<string, unknown>> } {
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Array<Record<string, unknown>> = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
    });
    return { headers, rows };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v1 = await s.village(1, 1);
    const v2 = await s.village(2, 1);
    const school1 = await s.school(1);
    const school2 = await s.school(2);
    const add = async (key: string, p: Parameters<Scenario['child']>[0]) => {
      const { child, idNumber } = await s.child(p);
      ids[key] = { id: child.id, idNumber };
      return child;
    };
    // Text that a spreadsheet would run as a formula, with a comma and quotes for RFC 4180.
    const injected = await add('injected', { villageCode: v1.code, schoolId: school1.id, name: '=HYPERLINK("http://evil.example","点我")' });
    const plus = await add('plus', { villageCode: v1.code, schoolId: school1.id, name: '+1,"引号"' });
    const leftBehind = await add('leftBehind', { villageCode: v1.code, schoolId: school1.id, name: '留守甲', isLeftBehind: true });
    const other = await add('otherTownship', { villageCode: v2.code, schoolId: school2.id, name: '二镇学生' });
    const unplaced = await add('unplaced', { villageCode: v1.code, schoolId: null, name: '残疾乙', hasDisability: true });
    const placed = await add('placed', { villageCode: v1.code, schoolId: school1.id, name: '残疾丙', hasDisability: true });
    // Enough children in township 1 for several pages.
    await db.prisma.child.createMany({
      data: Array.from({ length: BULK }, (_, i) => {
        const idNumber = makeIdNumber(TEST_COUNTY, '2015-05-05', i);
        return {
          countyCode: TEST_COUNTY,
          name: `批量${i}`,
          gender: i % 2 === 0 ? ('FEMALE' as const) : ('MALE' as const),
          birthDate: new Date('2015-05-05T00:00:00Z'),
          villageCode: v1.code,
          idNumberCipher: testSealer.seal(idNumber),
          idNumberHash: testSealer.index(idNumber),
        };
      }),
    });
    bulkIds = (await db.prisma.child.findMany({ where: { name: { startsWith: '批量' } }, select: { id: true } })).map((c) => c.id);

    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    await db.prisma.suspectedDropout.createMany({
      data: [
        { countyCode: TEST_COUNTY, childId: injected.id, source: 'ABSENCE_STREAK', sourceRef: 'att-1', detectedOn: day('2026-11-10'), detail: '连续无故缺勤5天' },
        { countyCode: TEST_COUNTY, childId: other.id, source: 'CENSUS_NOT_ENROLLED', sourceRef: 'census-1', detectedOn: day('2026-11-09'), detail: '摸底未入学' },
      ],
    });
    const kase = await db.prisma.dropoutCase.create({
      data: { countyCode: TEST_COUNTY, childId: injected.id, detectedOn: day('2026-11-11'), source: 'ABSENCE_ALERT', cause: 'WEARY_OF_SCHOOL', status: 'PERSUADING', firstVisitDueOn: day('2026-11-18'), principalName: '校长甲' },
    });
    await db.prisma.persuasionVisit.createMany({
      data: [
        { countyCode: TEST_COUNTY, caseId: kase.id, visitedOn: day('2026-11-12'), visitors: ['王老师', '李村长'], outcome: 'REFUSED', notes: '家长外出务工', recordedBy: 'test' },
        { countyCode: TEST_COUNTY, caseId: kase.id, visitedOn: day('2026-11-14'), visitors: ['王老师'], outcome: 'AGREED_TO_RETURN', nextVisitOn: day('2026-11-20'), recordedBy: 'test' },
      ],
    });
    const programme = await db.prisma.subsidyProgramme.create({
      data: { code: 'NUTRITION', name: '营养改善计划', countyCode: TEST_COUNTY, fundingLevel: 'CENTRAL', ownerAgency: 'EDUCATION_BUREAU', amountCents: 80000, period: 'TERM' },
    });
    await db.prisma.subsidyGrant.createMany({
      data: [
        { countyCode: TEST_COUNTY, childId: leftBehind.id, programmeId: programme.id, schoolYear: 2026, term: 1, amountCents: 80000, status: 'PAID' },
        { countyCode: TEST_COUNTY, childId: plus.id, programmeId: programme.id, schoolYear: 2025, term: 2, amountCents: 80000, status: 'APPROVED' },
      ],
    });
    await db.prisma.disabilityRecord.createMany({
      data: [
        { countyCode: TEST_COUNTY, childId: unplaced.id, category: 'PHYSICAL', grade: 2 },
        { countyCode: TEST_COUNTY, childId: placed.id, category: 'HEARING', grade: 3 },
      ],
    });
    await db.prisma.placement.create({
      data: { countyCode: TEST_COUNTY, childId: placed.id, type: 'REGULAR_CLASS', status: 'ASSIGNED', schoolId: school1.id, startsOn: day('2026-09-01') },
    });
    api = await startTestServer(db, testSealer);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const allIds = () => [...Object.values(ids).map((c) => c.id), ...bulkIds];

  it('children.xlsx for the bureau: Chinese headers, every child once over several pages, one access record per page', async () => {
    const d = await download('/exports/children.xlsx', { agency: 'EDUCATION_BUREAU' }, 'ENROLLMENT_MANAGEMENT', { 'x-request-id': 'export-children-xlsx' });
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(d.headers.get('cache-control')).toBe('no-store');
    // Test clock: 2026-11-16T08:00Z, the same day in China.
    expect(d.headers.get('content-disposition')).toBe(
      `attachment; filename="children_2026-11-16.xlsx"; filename*=UTF-8''${encodeURIComponent('适龄儿童台账_2026-11-16.xlsx')}`,
    );
    const ws = await xlsxSheet(d);
    expect(ws.name).toBe('适龄儿童台账');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    const { headers, rows } = xlsxRows(ws);
    expect(headers).toEqual(expect.arrayContaining(['系统编号', '姓名', '性别', '出生日期', '身份证号', '居住乡镇', '就读学校', '学籍状态', '留守儿童']));
    // Paged (100 a page): no child missing, none twice.
    const exported = rows.map((r) => r['系统编号'] as string);
    expect(exported).toHaveLength(allIds().length);
    expect(new Set(exported).size).toBe(exported.length);
    expect(new Set(exported)).toEqual(new Set(allIds()));

    const byId = new Map(rows.map((r) => [r['系统编号'] as string, r]));
    const injected = byId.get(ids['injected']!.id)!;
    expect(injected).toMatchObject({ 性别: '男', 出生日期: '2016-03-01', 学籍状态: '在读', 留守儿童: '否', 居住乡镇: '第1镇', 年级: 4 });
    // The bureau reads ID numbers in full (access-policy IDENTIFIERS: R).
    expect(injected['身份证号']).toBe(ids['injected']!.idNumber);
    // Formula-like text stays a plain string cell in XLSX.
    expect(injected['姓名']).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(byId.get(ids['leftBehind']!.id)!['留守儿童']).toBe('是');

    // The access log: one record per page, all named export:children, with the purpose and every exported child.
    const log = await db.prisma.accessLog.findMany({ where: { requestId: 'export-children-xlsx' }, orderBy: { id: 'asc' } });
    expect(log).toHaveLength(Math.ceil(allIds().length / 100));
    for (const r of log) {
      expect(r).toMatchObject({ operationName: 'export:children', purpose: 'ENROLLMENT_MANAGEMENT', agencyKind: 'EDUCATION_BUREAU', outcome: 'OK' });
      expect(r.fieldClasses).toEqual(expect.arrayContaining(['BASIC', 'IDENTIFIERS', 'CONTACT']));
    }
    expect(new Set(log.flatMap((r) => r.childIds))).toEqual(new Set(exported));
  });

  it('children.csv for a township: its rows only, ID numbers masked exactly as over GraphQL, formula text defused', async () => {
    const township = { agency: 'TOWNSHIP' as const, township: T1 };
    const d = await download('/exports/children.csv', township, 'DROPOUT_CASEWORK');
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(d.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('适龄儿童台账_2026-11-16.csv')}`);
    const text = d.body.toString('utf8');
    expect(text.slice(1, text.indexOf('\r\n'))).toMatch(/^系统编号,姓名,性别,出生日期,年龄,民族,身份证号,居住乡镇/);
    const rows = csvRows(d);
    const expected = allIds().filter((id) => id !== ids['otherTownship']!.id);
    expect(new Set(rows.map((r) => r['系统编号']))).toEqual(new Set(expected));
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((r) => r['居住乡镇'] === '第1镇')).toBe(true);

    const row = rows.find((r) => r['系统编号'] === ids['leftBehind']!.id)!;
    const client = await api.as(township, 'DROPOUT_CASEWORK');
    const gql = await client.gql<{ child: { idNumber: string } }, { id: string }>('query ($id: ID!) { child(id: $id) { idNumber } }', { id: ids['leftBehind']!.id });
    expect(gql.data?.child.idNumber).toMatch(/^\d{3}\*+[0-9X]{4}$/);
    expect(row['身份证号']).toBe(gql.data?.child.idNumber);
    expect(row['身份证号']).not.toBe(ids['leftBehind']!.idNumber);

    // CSV injection: the cell is read back as text behind an apostrophe; RFC 4180 quoting survives commas and quotes.
    expect(rows.find((r) => r['系统编号'] === ids['injected']!.id)!['姓名']).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(rows.find((r) => r['系统编号'] === ids['plus']!.id)!['姓名']).toBe(`'+1,"引号"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
  });

  it('a department without a class gets no column for it: the women’s federation has no ID-number column', async () => {
    const d = await download('/exports/children.csv', { agency: 'WOMENS_FEDERATION' }, 'CARE');
    expect(d.status).toBe(200);
    const rows = csvRows(d);
    // Its row scope: left-behind and in-distress children only.
    expect(rows.map((r) => r['系统编号'])).toEqual([ids['leftBehind']!.id]);
    expect(Object.keys(rows[0]!)).not.toContain('身份证号');
    expect(Object.keys(rows[0]!)).not.toContain('全国学籍号');
    expect(Object.keys(rows[0]!)).toContain('留守儿童');
    expect(d.body.toString('utf8')).not.toContain(ids['leftBehind']!.idNumber);

    const listing = await download('/exports', { agency: 'WOMENS_FEDERATION' });
    const ledgers = (JSON.parse(listing.body.toString('utf8')) as { ledgers: Array<{ name: string; columns: Array<{ key: string }> }> }).ledgers;
    expect(ledgers.map((l) => l.name)).toEqual(['children']);
    expect(ledgers[0]!.columns.map((c) => c.key)).not.toContain('idNumber');
  });

  it('a purpose is required for protected classes, as over GraphQL, and the refusal is logged', async () => {
    const d = await download('/exports/children.csv', { agency: 'EDUCATION_BUREAU' }, null, { 'x-request-id': 'export-no-purpose' });
    expect(d.status).toBe(403);
    expect(d.headers.get('content-type')).toContain('application/json');
    expect(d.json().errors[0]!.extensions.code).toBe('PURPOSE_REQUIRED');
    const log = await db.prisma.accessLog.findMany({ where: { requestId: 'export-no-purpose' } });
    expect(log).toEqual([expect.objectContaining({ operationName: 'export:children', outcome: 'DENIED:PURPOSE_REQUIRED', childIds: [] })]);

    const bad = await download('/exports/children.csv', { agency: 'EDUCATION_BUREAU' }, 'LABOR_INSPECTION');
    expect(bad.status).toBe(400);
    expect(bad.json().errors[0]!.message).toContain('X-Purpose');
  });

  it('refuses what it cannot serve before sending anything, naming the ledger, format or parameter', async () => {
    const bureau = { agency: 'EDUCATION_BUREAU' as const };
    const cases: Array<[string, number, string, string]> = [
      ['/exports/pupils.csv', 400, 'ledger', 'pupils'],
      ['/exports/children.pdf', 400, 'format', 'pdf'],
      ['/exports/children.csv?foo=1', 400, 'foo', 'foo'],
      ['/exports/children.csv?township=4311', 400, 'township', 'township'],
      ['/exports/children.csv?status=BOGUS', 400, 'status', 'ENROLLED'],
      ['/exports/children.csv?grade=three', 400, 'grade', 'grade'],
      ['/exports/children.csv?grade=3&grade=4', 400, 'grade', 'twice'],
    ];
    for (const [path, status, parameter, inMessage] of cases) {
      const d = await download(path, bureau, 'ENROLLMENT_MANAGEMENT');
      expect([path, d.status]).toEqual([path, status]);
      expect(d.json().errors[0]!.extensions.parameter).toBe(parameter);
      expect(d.json().errors[0]!.message).toContain(inMessage);
      expect(d.headers.get('content-disposition')).toBeNull();
    }
    // A filter outside the caller's slice does not exist for it.
    const wf = await download('/exports/children.csv?migrant=true', { agency: 'WOMENS_FEDERATION' }, 'CARE');
    expect(wf.status).toBe(400);
    expect(wf.json().errors[0]!.extensions.parameter).toBe('migrant');
    // A ledger outside the caller's slice.
    const forbidden = await download('/exports/suspected-dropouts.xlsx', { agency: 'WOMENS_FEDERATION' }, 'CARE');
    expect(forbidden.status).toBe(403);
    expect(forbidden.json().errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(forbidden.json().errors[0]!.message).toContain('疑似辍学台账');
    // No token.
    const anonymous = await download('/exports/children.csv', null);
    expect(anonymous.status).toBe(401);
    const post = await fetch(new URL('/exports/children.csv', api.url), { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('filters: Chinese enum labels accepted, and a school filter narrows the rows', async () => {
    const d = await download(`/exports/children.csv?status=${encodeURIComponent('在读')}&school=${encodeURIComponent((await db.prisma.enrollment.findFirstOrThrow({ where: { childId: ids['otherTownship']!.id } })).schoolId!)}`, { agency: 'EDUCATION_BUREAU' }, 'ENROLLMENT_MANAGEMENT');
    expect(d.status).toBe(200);
    expect(csvRows(d).map((r) => r['系统编号'])).toEqual([ids['otherTownship']!.id]);
  });

  it('suspected-dropouts: a township gets its own entries only, with Chinese labels; the log names the children', async () => {
    const d = await download('/exports/suspected-dropouts.csv', { agency: 'TOWNSHIP', township: T1 }, 'DROPOUT_CASEWORK', { 'x-request-id': 'export-suspected' });
    expect(d.status).toBe(200);
    const rows = csvRows(d);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 发现日期: '2026-11-10', 来源: '连续无故缺勤', 状态: '待核查', 情况: '连续无故缺勤5天', 居住乡镇: '第1镇' });
    const log = await db.prisma.accessLog.findMany({ where: { requestId: 'export-suspected' } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ operationName: 'export:suspected-dropouts', purpose: 'DROPOUT_CASEWORK', agencyKind: 'TOWNSHIP' });
    expect(log[0]!.childIds).toContain(ids['injected']!.id);
    expect(log[0]!.childIds).not.toContain(ids['otherTownship']!.id);
    expect(log[0]!.fieldClasses).toEqual(expect.arrayContaining(['EDUCATION', 'BASIC']));

    const bureau = csvRows(await download('/exports/suspected-dropouts.csv', { agency: 'EDUCATION_BUREAU' }, 'DROPOUT_CASEWORK'));
    expect(bureau.map((r) => r['姓名']).sort()).toEqual(['二镇学生', `'=HYPERLINK("http://evil.example","点我")`].sort());
  });

  it('dropout-cases and persuasion-visits: the seven heads and one row per visit', async () => {
    const cases = await xlsxSheet(await download('/exports/dropout-cases.xlsx', { agency: 'EDUCATION_BUREAU' }, 'DROPOUT_CASEWORK'));
    expect(cases.name).toBe('辍学台账');
    const c = xlsxRows(cases).rows;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ 辍学原因: '厌学', 个案状态: '劝返中', 发现途径: '连续缺勤预警', 校长: '校长甲', 首次走访期限: '2026-11-18', 督办层级: 0 });

    const visits = xlsxRows(await xlsxSheet(await download('/exports/persuasion-visits.xlsx', { agency: 'SCHOOL', school: (await db.prisma.school.findFirstOrThrow({ where: { townshipCode: T1 } })).code }, 'DROPOUT_CASEWORK'))).rows;
    expect(visits).toHaveLength(2);
    expect(visits[0]).toMatchObject({ 走访日期: '2026-11-12', 劝返人员: '王老师、李村长', 结果: '拒绝', 情况记录: '家长外出务工', 下次走访日期: null });
    expect(visits[1]).toMatchObject({ 走访日期: '2026-11-14', 结果: '同意返校', 下次走访日期: '2026-11-20' });
  });

  it('subsidies: one row per grant, filtered by school year, amounts in yuan', async () => {
    const d = await download('/exports/subsidies.csv?schoolYear=2026&programme=NUTRITION', { agency: 'EDUCATION_BUREAU' }, 'SUBSIDY_REVIEW');
    expect(d.status).toBe(200);
    const rows = csvRows(d);
    expect(rows).toEqual([expect.objectContaining({ 姓名: '留守甲', 资助项目: '营养改善计划', 学年: '2026', 学期: '1', '金额（元）': '800.00', 资助状态: '已发放' })]);
    const all = csvRows(await download('/exports/subsidies.csv', { agency: 'EDUCATION_BUREAU' }, 'SUBSIDY_REVIEW'));
    expect(all).toHaveLength(2);
  });

  it('placements for the disabled persons’ federation: every disabled child, the unplaced marked 未安置', async () => {
    const d = await download('/exports/placements.xlsx', { agency: 'DISABLED_PERSONS_FEDERATION' }, 'PLACEMENT');
    expect(d.status).toBe(200);
    const { rows, headers } = xlsxRows(await xlsxSheet(d));
    expect(headers).toContain('身份证号');
    const byName = new Map(rows.map((r) => [r['姓名'], r]));
    expect(rows).toHaveLength(2);
    expect(byName.get('残疾乙')).toMatchObject({ 安置方式: '未安置', 残疾类别: '肢体残疾', 残疾等级: 2 });
    expect(byName.get('残疾丙')).toMatchObject({ 安置方式: '随班就读', 安置状态: '已安置', 开始日期: '2026-09-01' });
    // DPF reads identifiers masked.
    expect(byName.get('残疾丙')!['身份证号']).toMatch(/^\d{3}\*+[0-9X]{4}$/);
  });

  it('case ledgers page with their after cursor: more than 500 entries exported whole, none twice', async () => {
    await db.prisma.suspectedDropout.createMany({
      data: bulkIds.flatMap((childId, i) => [0, 1, 2].map((k) => ({ countyCode: TEST_COUNTY, childId, source: 'ABSENCE_RATE' as const, sourceRef: `rate-${i}-${k}`, detectedOn: new Date(Date.UTC(2026, 9, 1 + (k % 2))), detail: '缺勤率超过10%', status: 'CLEARED' as const }))),
    });
    const total = await db.prisma.suspectedDropout.count();
    expect(total).toBeGreaterThan(500);
    const d = await download('/exports/suspected-dropouts.csv', { agency: 'EDUCATION_BUREAU' }, 'DROPOUT_CASEWORK');
    expect(d.status).toBe(200);
    const rows = csvRows(d);
    expect(rows).toHaveLength(total);
    // Each page has its own access record under the same request id.
    const logs = await db.prisma.accessLog.findMany({ where: { operationName: 'export:suspected-dropouts' }, orderBy: { id: 'desc' }, take: 2 });
    expect(logs).toHaveLength(2);
    // Narrowed, it still goes.
    const open = await download('/exports/suspected-dropouts.csv?status=OPEN', { agency: 'EDUCATION_BUREAU' }, 'DROPOUT_CASEWORK');
    expect(csvRows(open)).toHaveLength(2);
  });

  describe('fail closed: no rows leave without their access record', () => {
    let failing: TestServer;
    let appends = 0;
    let failFrom = 1;
    beforeAll(async () => {
      const real = new AuditWriter(db);
      const writer = {
        append: async (r: Parameters<AuditWriter['append']>[0]) => {
          if (++appends >= failFrom) throw new Error('disk full');
          return real.append(r);
        },
      } as unknown as AuditWriter;
      failing = await startTestServer(db, testSealer, { audit: writer });
    });
    afterAll(async () => {
      await failing?.close();
    });

    const get = async (path: string) =>
      fetch(new URL(path, failing.url), { headers: { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT' } });

    it('the first page unlogged: 503 JSON, no file, no child', async () => {
      appends = 0;
      failFrom = 1;
      const res = await get('/exports/children.csv');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-disposition')).toBeNull();
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      for (const c of Object.values(ids)) expect(text).not.toContain(c.id);
      expect(text).not.toContain('disk full');
    });

    it('a later page unlogged: the download is cut off, not a short file that looks complete', async () => {
      appends = 0;
      failFrom = 2;
      const res = await get('/exports/children.csv');
      expect(res.status).toBe(200);
      await expect(res.arrayBuffer()).rejects.toThrow();
    });
  });
});
