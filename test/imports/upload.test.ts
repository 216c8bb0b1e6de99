import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { purgeSpool, REJECTS_KEEP_MS } from '../../src/imports/http';
import { parse } from 'csv-parse/sync';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';
import { csvFile, xlsxFile } from './files';

/** Issue 6 item 1: uploads over HTTP, the job's state and counts over GraphQL, for the agency that ran it only. */
describe('POST /imports/<kind> and importJob (导入批次)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let base: string;
  let villageCode: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    villageCode = (await new Scenario(db).village(1, 1)).code;
    api = await startTestServer(db, testSealer);
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const upload = async (kind: string, file: string, persona: Parameters<typeof mintToken>[0], query = '') =>
    fetch(`${base}/imports/${kind}${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await mintToken(persona)}`, 'content-type': 'text/csv', 'x-file-name': encodeURIComponent('建档立卡名单.csv') },
      body: readFileSync(file),
    });

  const JOB = 'query Job($id: ID!) { importJob(id: $id) { id kind status fileName encoding totalRows insertedRows rejectedRows rejects { row column reasonZh reasonEn } message } }';

  async function finished(id: string, persona: Parameters<typeof mintToken>[0]) {
    const client = await api.as(persona);
    for (let i = 0; i < 100; i++) {
      const r = await client.gql<{ importJob: { status: string } & Record<string, unknown> }, { id: string }>(JOB, { id });
      expect(r.errors).toBeUndefined();
      if (r.data?.importJob && r.data.importJob.status !== 'RUNNING') return r.data.importJob;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('import did not finish');
  }

  it('a GBK file uploaded by the poverty office; its job answered over GraphQL to it and to nobody else', async () => {
    const rows = [['户编号', '成员姓名', '身份证号', '村代码']];
    for (let i = 0; i < 30; i++) rows.push([`P-${i}`, `成员${i}`, makeIdNumber(TEST_COUNTY, '2014-01-01', 100 + i), villageCode]);
    const res = await upload('poverty-roll', csvFile(rows, 'gbk'), { agency: 'POVERTY_ALLEVIATION_OFFICE', subject: 'fupin-a' });
    expect([200, 202]).toContain(res.status);
    const { job } = (await res.json()) as { job: { id: string; fileName: string } };
    expect(job.fileName).toBe('建档立卡名单.csv');
    const done = await finished(job.id, { agency: 'POVERTY_ALLEVIATION_OFFICE', subject: 'fupin-a' });
    expect(done).toMatchObject({ kind: 'POVERTY_ROLL', status: 'SUCCEEDED', encoding: 'GB18030', totalRows: 30, insertedRows: 30, rejectedRows: 0 });
    expect(await db.prisma.povertyRollEntry.count()).toBe(30);

    const civil = await api.as('CIVIL_AFFAIRS');
    const other = await civil.gql<{ importJob: unknown }, { id: string }>(JOB, { id: job.id });
    expect(other.errors).toBeUndefined();
    expect(other.data?.importJob).toBeNull();
  });

  it('valid rows only: the refused rows come back as a CSV file with reasons, for the uploader only', async () => {
    const file = await xlsxFile([
      ['户编号', '成员姓名', '身份证号'],
      ['Q-1', '甲', makeIdNumber(TEST_COUNTY, '2013-01-01', 201)],
      ['Q-2', '乙', '12345'],
    ]);
    const persona = { agency: 'POVERTY_ALLEVIATION_OFFICE' as const, subject: 'fupin-b' };
    const res = await upload('poverty-roll', file, persona, '?validRowsOnly=true');
    const { job } = (await res.json()) as { job: { id: string } };
    const done = await finished(job.id, persona);
    expect(done).toMatchObject({ status: 'SUCCEEDED', insertedRows: 1, rejectedRows: 1, rejects: [{ row: 3, column: '身份证号' }] });
    const back = await fetch(`${base}/imports/${job.id}/rejects.csv`, { headers: { authorization: `Bearer ${await mintToken(persona)}` } });
    expect(back.status).toBe(200);
    expect(back.headers.get('cache-control')).toBe('no-store');
    const rows = parse(await back.text(), { bom: true }) as string[][];
    expect(rows[1]?.slice(0, 2)).toEqual(['3', '身份证号']);
    expect(rows[1]?.slice(-3)).toEqual(['Q-2', '乙', '12345']);
    const stranger = await fetch(`${base}/imports/${job.id}/rejects.csv`, { headers: { authorization: `Bearer ${await mintToken({ agency: 'POVERTY_ALLEVIATION_OFFICE', subject: 'fupin-c' })}` } });
    expect(stranger.status).toBe(404);
  });

  it('rejects files (the refused rows as uploaded) are deleted after seven days', async () => {
    const spool = mkdtempSync(path.join(os.tmpdir(), 'hub-spool-'));
    const old = path.join(spool, 'a.rejects.csv');
    const fresh = path.join(spool, 'b.rejects.csv');
    const other = path.join(spool, 'notes.txt');
    for (const f of [old, fresh, other]) writeFileSync(f, 'x');
    const eightDaysAgo = new Date(Date.now() - 8 * 86400_000);
    utimesSync(old, eightDaysAgo, eightDaysAgo);
    utimesSync(other, eightDaysAgo, eightDaysAgo);
    expect(await purgeSpool(spool, Date.now() - REJECTS_KEEP_MS)).toBe(1);
    expect([existsSync(old), existsSync(fresh), existsSync(other)]).toEqual([false, true, true]);
  });

  it('refusals: no token 401, an agency without the write 403, a partner app 403, an unknown kind 404, a bad option 400', async () => {
    const file = csvFile([['户编号', '成员姓名', '身份证号'], ['R-1', '丙', makeIdNumber(TEST_COUNTY, '2013-01-01', 301)]]);
    const anonymous = await fetch(`${base}/imports/poverty-roll`, { method: 'POST', body: readFileSync(file) });
    expect(anonymous.status).toBe(401);
    expect((await upload('poverty-roll', file, { agency: 'WOMENS_FEDERATION' })).status).toBe(403);
    expect((await upload('poverty-roll', file, { agency: 'PARTNER_APP', onBehalfOf: 'POVERTY_ALLEVIATION_OFFICE', grants: [{ class: 'ECONOMIC', access: 'R' }] })).status).toBe(403);
    const unknown = await upload('payroll', file, { agency: 'POVERTY_ALLEVIATION_OFFICE' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toContain('poverty-roll');
    const bad = await upload('poverty-roll', file, { agency: 'POVERTY_ALLEVIATION_OFFICE' }, '?validRowsOnly=perhaps');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/^validRowsOnly:/);
    expect(await db.prisma.povertyRollEntry.count({ where: { memberName: '丙' } })).toBe(0);
  });
});
