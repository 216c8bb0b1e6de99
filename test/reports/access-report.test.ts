import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chinaDay } from '../../src/modules/audit/access-report.service';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { mintToken, type Persona } from '../support/tokens';

/**
 * The guardian's access report (issue 10 item 5; PIPL art. 31, 45): for a
 * child's own township and school (their row scope) and supervision, per the
 * policy table's AUDIT row; which agency read which classes of the child's
 * data, when and why, in Chinese, without staff; as GraphQL, a one-page PDF
 * and XLSX; and the report request is itself access-logged.
 */
const SETUP_TIMEOUT_MS = 120_000;
const T1 = '431124101000';
const T2 = '431124102000';

const REPORT = `query Report($childId: ID!, $from: LocalDate!, $to: LocalDate!) {
  accessReport(childId: $childId, from: $from, to: $to) {
    childId from to generatedAt reads
    agencies { agency agencyKind agencyKindLabel reads firstAt lastAt classCodes classes purposes }
    entries { date firstAt lastAt agency agencyKind purposeCode purpose classCodes classes reads }
  }
}`;
interface Report {
  childId: string;
  reads: number;
  agencies: Array<{ agency: string; agencyKind: string; agencyKindLabel: string; reads: number; classCodes: string[]; classes: string[]; purposes: string[] }>;
  entries: Array<{ date: string; agency: string; agencyKind: string; purposeCode: string | null; purpose: string; classCodes: string[]; classes: string[]; reads: number }>;
}

const codes = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.map((e) => e.extensions?.['code']);

describe('the guardian\'s access report (issue 10 item 5: accessReport, GET /reports/access/<childId>.pdf|.xlsx)', () => {
  let db: TestDatabase;
  let api: TestServer;
  const ids: Record<string, string> = {};
  const schools: Record<string, string> = {};
  const today = chinaDay(new Date());
  const period = { from: chinaDay(new Date(Date.now() - 30 * 86400_000)), to: today };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hub-report-'));

  const as = (p: Persona | Persona['agency'], purpose: string | null = null): Promise<Client> => api.as(p, purpose);
  const report = async (c: Client, childId: string): Promise<{ report: Report | null; codes: unknown[] | undefined }> => {
    const r = await c.gql(REPORT, { childId, ...period });
    return { report: (r.data as unknown as { accessReport: Report } | null | undefined)?.accessReport ?? null, codes: codes(r) };
  };
  const township = (t = T1, purpose: string | null = 'GUARDIAN_REQUEST') => as({ agency: 'TOWNSHIP', township: t, subject: 'clerk-zhang' }, purpose);
  const origin = () => new URL(api.url).origin;
  const get = async (p: Persona, purpose: string | null, pathAndQuery: string) => {
    const headers: Record<string, string> = { authorization: `Bearer ${await mintToken(p)}` };
    if (purpose) headers['x-purpose'] = purpose;
    return fetch(`${origin()}${pathAndQuery}`, { headers });
  };
  const logSince = (afterId: string) =>
    db.raw.query<{ agencyKind: string; subject: string; purpose: string | null; operationName: string | null; childIds: string[]; fieldClasses: string[]; outcome: string }>(
      `SELECT "agencyKind"::text AS "agencyKind", "subject", "purpose", "operationName", "childIds"::text[] AS "childIds", "fieldClasses", "outcome"
         FROM "AccessLog" WHERE "id" > $1::bigint ORDER BY "AccessLog"."id"`, [afterId]);
  const lastId = async () => (await db.raw.query<{ id: string }>('SELECT coalesce(max("id"), 0)::text AS id FROM "AccessLog"'))[0]!.id;

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v1 = await s.village(1, 1);
    const v2 = await s.village(2, 1);
    const school1 = await s.school(1);
    const school2 = await s.school(2);
    schools.s1 = school1.code;
    schools.s2 = school2.code;
    const poor = await s.household(v1.code, { registeredPoor: true, poorSinceYear: 2016 });
    ids.a = (await s.child({ villageCode: v1.code, schoolId: school1.id, householdId: poor.id, name: '刘小燕' })).child.id;
    ids.b = (await s.child({ villageCode: v2.code, schoolId: school2.id, name: '陈小军' })).child.id;
    // The county's civil affairs bureau is on record by name; the township and school agencies are not.
    await db.prisma.agency.create({ data: { kind: 'CIVIL_AFFAIRS', name: '测试县民政局', countyCode: TEST_COUNTY } });
    api = await startTestServer(db, testSealer);

    // Several agencies read child a (and b), with their purposes.
    const bureau = await as({ agency: 'EDUCATION_BUREAU', subject: 'officer-wang' }, 'DROPOUT_CASEWORK');
    for (let i = 0; i < 2; i++) expect((await bureau.gql('query Guardians($id: ID!) { child(id: $id) { name guardians { relation person { name phone } } } }', { id: ids.a })).errors).toBeUndefined();
    const civil = await as({ agency: 'CIVIL_AFFAIRS', subject: 'officer-li' }, 'AID_ELIGIBILITY');
    expect((await civil.gql('query Aid($id: ID!) { child(id: $id) { name idNumber household { registeredPoor } } }', { id: ids.a })).errors).toBeUndefined();
    const t1 = await township(T1, null);
    expect((await t1.gql('query Kids { children(first: 10) { edges { node { id name } } } }')).errors).toBeUndefined();
    // A denied read (outside township 2's scope) read nothing: it is no line of the report.
    const t2 = await township(T2, null);
    expect(codes(await t2.gql('query Peek($id: ID!) { child(id: $id) { name } }', { id: ids.a }))).toEqual(['NOT_FOUND']);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe('who may ask (policy.ts MATRIX.AUDIT: SUPERVISION; TOWNSHIP and SCHOOL only accessReport, within their row scope)', () => {
    it('the child\'s township, the child\'s school and supervision get it', async () => {
      expect((await report(await township(), ids.a!)).report?.childId).toBe(ids.a);
      expect((await report(await as({ agency: 'SCHOOL', school: schools.s1 }, 'GUARDIAN_REQUEST'), ids.a!)).report?.childId).toBe(ids.a);
      expect((await report(await as('SUPERVISION', 'SUPERVISION'), ids.a!)).report?.childId).toBe(ids.a);
    });

    it('another township or school: NOT_FOUND as for an unknown id, and the attempt is logged naming the child', async () => {
      const before = await lastId();
      const other = await report(await township(T2), ids.a!);
      expect(other).toEqual({ report: null, codes: ['NOT_FOUND'] });
      expect(await report(await township(T2), '00000000-0000-4000-8000-0000000000ff')).toEqual({ report: null, codes: ['NOT_FOUND'] });
      expect(await report(await as({ agency: 'SCHOOL', school: schools.s2 }, 'GUARDIAN_REQUEST'), ids.a!)).toEqual({ report: null, codes: ['NOT_FOUND'] });
      const recs = await logSince(before);
      expect(recs[0]).toMatchObject({ agencyKind: 'TOWNSHIP', childIds: [ids.a], outcome: 'DENIED:NOT_FOUND' });
    });

    it.each(['EDUCATION_BUREAU', 'CIVIL_AFFAIRS', 'WOMENS_FEDERATION', 'JUDICIARY'] as const)('%s: not in its slice (validation refused, no data)', async (agency) => {
      const r = await report(await as(agency, null), ids.a!);
      expect(r).toEqual({ report: null, codes: ['GRAPHQL_VALIDATION_FAILED'] });
    });

    it('a partner app, even on behalf of a township and claiming AUDIT: not in its slice (the log is never granted to partners)', async () => {
      const partner = await as({ agency: 'PARTNER_APP', onBehalfOf: 'TOWNSHIP', township: T1, grants: [{ class: 'AUDIT', access: 'R' }, { class: 'BASIC', access: 'R' }] }, 'GUARDIAN_REQUEST');
      expect((await report(partner, ids.a!)).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('without a purpose: PURPOSE_REQUIRED (AUDIT is not purpose-free)', async () => {
      expect((await report(await township(T1, null), ids.a!)).codes).toEqual(['PURPOSE_REQUIRED']);
    });
  });

  describe('content', () => {
    let r: Report;
    beforeAll(async () => {
      r = (await report(await as('SUPERVISION', 'SUPERVISION'), ids.a!)).report as Report;
    });

    it('one line per agency that read the child\'s data, named where the hub knows the name, in Chinese', () => {
      const byKind = Object.fromEntries(r.agencies.map((a) => [a.agencyKind, a]));
      expect(byKind['EDUCATION_BUREAU']).toMatchObject({ agency: '县教育局', agencyKindLabel: '县教育局', reads: 2, purposes: ['控辍保学、劝返复学'] });
      expect(byKind['EDUCATION_BUREAU']?.classCodes).toEqual(['BASIC', 'CONTACT']);
      expect(byKind['EDUCATION_BUREAU']?.classes).toEqual(['基本信息（姓名、性别、年龄、住址、学校、年级、在学状态）', '监护人及联系方式']);
      // The only civil affairs agency of the county, by its name.
      expect(byKind['CIVIL_AFFAIRS']).toMatchObject({ agency: '测试县民政局', agencyKindLabel: '县民政局', reads: 1, purposes: ['救助资格审核'] });
      expect(byKind['CIVIL_AFFAIRS']?.classCodes).toEqual(['BASIC', 'IDENTIFIERS', 'ECONOMIC']);
      expect(byKind['CIVIL_AFFAIRS']?.classes).toContain('证件号码（身份证号、学籍号、户籍号、残疾证号、居住证号）');
      // A read of basic facts needs no purpose: it says so.
      expect(byKind['TOWNSHIP']).toMatchObject({ agency: '乡镇人民政府', purposes: expect.arrayContaining(['未说明（仅读取基本信息）']) });
    });

    it('earlier access reports are reads of the child\'s access records (数据访问记录), by purpose 依监护人申请查阅', () => {
      const reports = r.entries.filter((e) => e.classCodes.includes('AUDIT'));
      expect(reports.some((e) => e.agencyKind === 'TOWNSHIP' && e.purpose === '依监护人申请查阅' && e.classes.includes('数据访问记录'))).toBe(true);
      expect(reports.some((e) => e.agencyKind === 'SCHOOL' && e.agency === '学校')).toBe(true);
    });

    it('denied requests read nothing and are not counted; aggregates and reference data are not person data', () => {
      expect(r.reads).toBe(r.agencies.reduce((n, a) => n + a.reads, 0));
      expect(r.entries.reduce((n, e) => n + e.reads, 0)).toBe(r.reads);
      for (const a of r.agencies) expect(a.classCodes.filter((c) => c === 'AGGREGATE' || c === 'REFERENCE')).toEqual([]);
      // Township 2's NOT_FOUND lookup of a is not a read of a.
      expect(r.agencies.filter((a) => a.agencyKind === 'TOWNSHIP').reduce((n, a) => n + a.reads, 0)).toBe(
        r.entries.filter((e) => e.agencyKind === 'TOWNSHIP').reduce((n, e) => n + e.reads, 0),
      );
    });

    it('no staff member: no subject, request id or operation appears', () => {
      const text = JSON.stringify(r);
      for (const s of ['officer-wang', 'officer-li', 'clerk-zhang', 'user-', 'Guardians', 'Aid', 'requestId']) expect(text).not.toContain(s);
    });

    it('lines by day, agency, purpose and classes, newest first, on China\'s calendar', () => {
      const bureau = r.entries.filter((e) => e.agencyKind === 'EDUCATION_BUREAU');
      expect(bureau).toEqual([expect.objectContaining({ date: today, reads: 2, purposeCode: 'DROPOUT_CASEWORK', purpose: '控辍保学、劝返复学' })]);
    });

    it('another child\'s report holds only that child\'s reads', async () => {
      // Nobody read b: township 1's listing is of its own children, and a's readers never touched b.
      const b = (await report(await as('SUPERVISION', 'SUPERVISION'), ids.b!)).report as Report;
      expect(b).toMatchObject({ reads: 0, agencies: [], entries: [] });
    });

    it('refuses a period over 366 days and from after to', async () => {
      const c = await as('SUPERVISION', 'SUPERVISION');
      expect(codes(await c.gql(REPORT, { childId: ids.a, from: '2020-01-01', to: '2026-01-01' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await c.gql(REPORT, { childId: ids.a, from: '2026-02-01', to: '2026-01-01' }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('the report request is itself access-logged: the child, AUDIT, the purpose, the agency', async () => {
    const before = await lastId();
    expect((await report(await township(), ids.a!)).report).not.toBeNull();
    const recs = await logSince(before);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ agencyKind: 'TOWNSHIP', subject: 'clerk-zhang', purpose: 'GUARDIAN_REQUEST', operationName: 'Report', childIds: [ids.a], outcome: 'OK' });
    expect(recs[0]?.fieldClasses).toContain('AUDIT');
  });

  describe('GET /reports/access/<childId>.pdf and .xlsx', () => {
    it('a one-page PDF in Chinese (parsed with pdf.js), with the child\'s name for the township, logged as report:access', async () => {
      const before = await lastId();
      const res = await get({ agency: 'TOWNSHIP', township: T1, subject: 'clerk-zhang' }, 'GUARDIAN_REQUEST', `/reports/access/${ids.a}.pdf?from=${period.from}&to=${period.to}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('儿童个人信息访问情况告知书'));
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const file = path.join(tmp, 'a.pdf');
      writeFileSync(file, bytes);
      const parsed = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], { encoding: 'utf8' })) as { pages: number; text: string[] };
      expect(parsed.pages).toBe(1);
      const text = (parsed.text[0] ?? '').replace(/\s+/g, '');
      for (const s of ['儿童个人信息访问情况告知书', '刘小燕', '访问单位汇总', '县教育局', '测试县民政局', '乡镇人民政府', '证件号码', '家庭经济状况', '救助资格审核', '控辍保学、劝返复学', '依监护人申请查阅', '访问记录']) {
        expect(text).toContain(s);
      }
      for (const s of ['officer-wang', 'officer-li', 'clerk-zhang']) expect(text).not.toContain(s);
      const recs = await logSince(before);
      expect(recs).toEqual([expect.objectContaining({ agencyKind: 'TOWNSHIP', operationName: 'report:access', purpose: 'GUARDIAN_REQUEST', childIds: [ids.a], outcome: 'OK' })]);
      expect(recs[0]?.fieldClasses).toEqual(expect.arrayContaining(['AUDIT', 'BASIC']));
    });

    it('for supervision the PDF carries no name (SUPERVISION reads no BASIC)', async () => {
      const res = await get({ agency: 'SUPERVISION' }, 'SUPERVISION', `/reports/access/${ids.a}.pdf`);
      expect(res.status).toBe(200);
      const file = path.join(tmp, 'sup.pdf');
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const parsed = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], { encoding: 'utf8' })) as { pages: number; text: string[] };
      expect(parsed.pages).toBe(1);
      expect(parsed.text[0]).not.toContain('刘小燕');
      expect(parsed.text[0]).toContain(ids.a);
    });

    it('XLSX: 汇总 and 明细 with Chinese headers and labels', async () => {
      const res = await get({ agency: 'SCHOOL', school: schools.s1! }, 'GUARDIAN_REQUEST', `/reports/access/${ids.a}.xlsx`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '说明']);
      const cells = (name: string) => {
        const out: string[] = [];
        wb.getWorksheet(name)?.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
        return out;
      };
      expect(cells('汇总')).toEqual(expect.arrayContaining(['单位', '读取的数据类别', '访问目的', '测试县民政局', '县教育局']));
      expect(cells('汇总').join()).toContain('证件号码');
      expect(cells('明细').join()).toContain('救助资格审核');
    });

    it('the same refusals as GraphQL: other township 404, bureau 403, no purpose 403, no token 401, bad id 400', async () => {
      expect((await get({ agency: 'TOWNSHIP', township: T2 }, 'GUARDIAN_REQUEST', `/reports/access/${ids.a}.pdf`)).status).toBe(404);
      expect((await get({ agency: 'EDUCATION_BUREAU' }, 'DROPOUT_CASEWORK', `/reports/access/${ids.a}.pdf`)).status).toBe(403);
      expect((await get({ agency: 'TOWNSHIP', township: T1 }, null, `/reports/access/${ids.a}.pdf`)).status).toBe(403);
      expect((await fetch(`${origin()}/reports/access/${ids.a}.pdf`)).status).toBe(401);
      expect((await get({ agency: 'TOWNSHIP', township: T1 }, 'GUARDIAN_REQUEST', '/reports/access/not-an-id.pdf')).status).toBe(400);
      expect((await get({ agency: 'TOWNSHIP', township: T1 }, 'GUARDIAN_REQUEST', `/reports/access/${ids.a}.pdf?from=2026-13-01`)).status).toBe(400);
    });
  });
});
