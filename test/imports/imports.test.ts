import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runImport } from '../../src/imports/run';
import { operatorViewer } from '../../src/imports/operator';
import type { ImportKind } from '../../src/generated/prisma/enums';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { csvFile, dir, xlsxFile } from './files';

/**
 * Issue 6 item 1: departments' spreadsheets in both formats and both
 * encodings, with good and bad rows, imported twice.
 */
describe('imports of department spreadsheets (导入)', () => {
  let db: TestDatabase;
  let s: Scenario;
  let villageCode: string;
  let otherTownshipVillage: string;
  let schoolCode: string;
  let schoolId: string;
  const now = new Date('2026-11-16T08:00:00Z');
  const poverty = operatorViewer('POVERTY_ALLEVIATION_OFFICE', { countyCode: TEST_COUNTY, subject: 'fupin-1', agencyId: 'fupin' });
  const civil = operatorViewer('CIVIL_AFFAIRS', { countyCode: TEST_COUNTY, subject: 'minzheng-1', agencyId: 'minzheng' });
  const dpf = operatorViewer('DISABLED_PERSONS_FEDERATION', { countyCode: TEST_COUNTY, subject: 'canlian-1', agencyId: 'canlian' });
  const bureau = operatorViewer('EDUCATION_BUREAU', { countyCode: TEST_COUNTY, subject: 'jiaoyu-1', agencyId: 'jiaoyu' });

  const run = (viewer: typeof poverty, kind: ImportKind, file: string, extra: { validRowsOnly?: boolean; rejectsPath?: string } = {}) =>
    runImport({ db, sealer: testSealer }, { viewer, kind, path: file, fileName: path.basename(file), now, ...extra });

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    otherTownshipVillage = (await s.village(2, 1)).code;
    const school = await s.school(1);
    schoolCode = school.code;
    schoolId = school.id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  describe('poverty roll (建档立卡), plan R2.3', () => {
    const ids = [1, 3, 5].map((k) => makeIdNumber(TEST_COUNTY, '2014-03-05', 500 + k));
    const rows = [
      ['户号', '家庭成员姓名', '公民身份号码', '出生日期', '村代码'],
      ['P-0001', '张三', ids[0] as string, '2014年3月5日', ''],
      ['P-0001', '张四', ids[1] as string, '2014/3/5', ''],
      ['P-0002', '李五', ids[2] as string, '20140305', ''],
    ];

    it('GBK CSV with Chinese header variants goes in; the same file again changes nothing', async () => {
      for (const r of rows.slice(1)) r[4] = villageCode;
      const file = csvFile(rows, 'gbk');
      const job = await run(poverty, 'POVERTY_ROLL', file);
      expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'CSV', encoding: 'GB18030', totalRows: 3, insertedRows: 3, rejectedRows: 0 });
      const entries = await db.prisma.povertyRollEntry.findMany({ orderBy: { memberName: 'asc' } });
      expect(entries.map((e) => e.memberName).sort()).toEqual(['张三', '张四', '李五']);
      expect(testSealer.open(entries.find((e) => e.memberName === '李五')?.idNumberCipher as Uint8Array)).toBe(ids[2]);

      const again = await run(poverty, 'POVERTY_ROLL', file);
      expect(again).toMatchObject({ status: 'SUCCEEDED', insertedRows: 0, unchangedRows: 3, duplicateOfId: job.id });
      expect(await db.prisma.povertyRollEntry.count()).toBe(3);
      expect(await db.prisma.povertyRollBatch.count()).toBe(1);
    });

    it('the same rows in another file (XLSX, other order) are recognised by content: no second snapshot', async () => {
      const file = await xlsxFile([rows[0] as string[], rows[3] as string[], rows[1] as string[], rows[2] as string[]]);
      const job = await run(poverty, 'POVERTY_ROLL', file);
      expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'XLSX', encoding: null, insertedRows: 0, unchangedRows: 3 });
      expect(await db.prisma.povertyRollBatch.count()).toBe(1);
    });

    it('all-or-nothing: bad rows are each named with row, column and reason (zh + en) and nothing is imported', async () => {
      const good = makeIdNumber(TEST_COUNTY, '2013-01-01', 701);
      const badCheck = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
      const file = csvFile(
        [
          ['户编号', '成员姓名', '身份证号', '出生日期', '村（社区）代码'],
          ['P-0100', '王一', good, '2013-01-01', villageCode],
          ['P-0100', '', makeIdNumber(TEST_COUNTY, '2013-01-01', 703), '', villageCode],
          ['P-0101', '王三', badCheck, '', ''],
          ['P-0102', '王四', makeIdNumber(TEST_COUNTY, '2013-01-01', 705), '2013-02-30', ''],
          ['P-0103', '王五', makeIdNumber(TEST_COUNTY, '2013-01-01', 707), '', '431124999999'],
          ['P-0104', '王六', good, '', ''],
        ],
        'utf8',
      );
      const batches = await db.prisma.povertyRollBatch.count();
      const job = await run(poverty, 'POVERTY_ROLL', file);
      expect(job.status).toBe('REJECTED');
      expect(job).toMatchObject({ totalRows: 6, rejectedRows: 5, insertedRows: 0 });
      const rejects = job.rejects as Array<{ row: number; column: string; reasonZh: string; reasonEn: string }>;
      expect(rejects).toEqual([
        { row: 3, column: '成员姓名', reasonZh: '必填', reasonEn: 'is required' },
        { row: 4, column: '身份证号', reasonZh: '身份证号校验位错误（GB 11643）', reasonEn: 'the ID number fails the GB 11643 check digit' },
        { row: 5, column: '出生日期', reasonZh: '日期不存在', reasonEn: 'no such date' },
        { row: 6, column: '村（社区）代码', reasonZh: '不是本县的村（社区）代码', reasonEn: 'is not a village or community of this county' },
        { row: 7, column: '身份证号', reasonZh: '与第 2 行重复', reasonEn: 'repeats row 2' },
      ]);
      // Reasons never repeat the values.
      expect(JSON.stringify(rejects)).not.toContain(badCheck);
      expect(await db.prisma.povertyRollBatch.count()).toBe(batches);
      expect(job.message).toContain('nothing was imported');
    });

    it('--valid-rows-only: the good rows go in and a rejects file comes back with the reasons and the original cells', async () => {
      const good = makeIdNumber(TEST_COUNTY, '2012-06-01', 801);
      const file = csvFile(
        [
          ['户编号', '成员姓名', '身份证号'],
          ['P-0200', '赵一', good],
          ['P-0200', '赵二', '43112420120601'],
        ],
        'gbk',
      );
      const rejectsPath = path.join(dir, 'rejects.csv');
      const job = await run(poverty, 'POVERTY_ROLL', file, { validRowsOnly: true, rejectsPath });
      expect(job).toMatchObject({ status: 'SUCCEEDED', insertedRows: 1, rejectedRows: 1 });
      const back = parse(readFileSync(rejectsPath, 'utf8'), { bom: true }) as string[][];
      expect(back[0]).toEqual(['行号', '列', '原因', 'reason', '户编号', '成员姓名', '身份证号']);
      expect(back[1]).toEqual(['3', '身份证号', '身份证号：身份证号应为 17 位数字加 1 位数字或 X', '身份证号：an ID number is 17 digits followed by a digit or X', 'P-0200', '赵二', '43112420120601']);
      // The newest batch holds the one good row; the reconciliation reads the newest batch.
      const newest = await db.prisma.povertyRollBatch.findFirst({ orderBy: { importedAt: 'desc' }, include: { entries: true } });
      expect(newest?.entries.map((e) => e.memberName)).toEqual(['赵一']);
    });

    it('a file without a required column is refused as a whole, naming the column', async () => {
      const file = csvFile([['姓名', '身份证号'], ['钱一', makeIdNumber(TEST_COUNTY, '2012-06-01', 901)]]);
      const job = await run(poverty, 'POVERTY_ROLL', file);
      expect(job.status).toBe('REJECTED');
      expect(job.message).toContain('户编号');
      expect(job.message).toContain('missing required columns');
    });

    it('an ID number Excel stored as a number is refused with the reason and the fix', async () => {
      const file = await xlsxFile([
        ['户编号', '成员姓名', '身份证号'],
        ['P-0300', '孙一', 431124201206010000 as unknown as number],
      ]);
      const job = await run(poverty, 'POVERTY_ROLL', file, { validRowsOnly: true });
      expect((job.rejects as Array<{ reasonEn: string }>)[0]?.reasonEn).toContain('format the column as text');
    });

    it('an agency without the right to write the class may not import it (policy table), nor another agency\'s own list', async () => {
      const file = csvFile(rows);
      await expect(run(dpf, 'POVERTY_ROLL', file)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      // Civil affairs writes ECONOMIC data, but the roll is the poverty office's list (plan R2.3).
      await expect(run(civil, 'POVERTY_ROLL', file)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      await expect(run(poverty, 'MINIMUM_LIVING', file)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });

  describe('disability register (残疾人证), plan R2.5', () => {
    it('XLSX: certificates recorded for known children, the child flagged; bad rows named; twice = unchanged', async () => {
      const a = await s.child({ villageCode, schoolId, name: '周小明', birthDate: '2015-04-01' });
      const b = await s.child({ villageCode, schoolId, name: '吴小红', birthDate: '2016-05-01' });
      const stranger = makeIdNumber(TEST_COUNTY, '2015-01-01', 991);
      const rows = [
        ['姓名', '身份证号码', '残疾人证号', '残疾类别', '残疾等级', '发证日期'],
        ['周小明', a.idNumber, `${a.idNumber}52`, '智力残疾', '二级', new Date('2025-06-01T00:00:00Z')],
        ['吴小红', b.idNumber, `${b.idNumber}41`, '肢体', '三级', null],
        ['郑某', stranger, `${stranger}11`, '视力', '一级', null],
      ];
      const file = await xlsxFile(rows);
      const job = await run(dpf, 'DISABILITY_REGISTER', file, { validRowsOnly: true });
      expect(job).toMatchObject({ status: 'SUCCEEDED', insertedRows: 1, rejectedRows: 2 });
      expect(job.rejects).toEqual([
        { row: 3, column: '残疾人证号', reasonZh: '等级代码与残疾等级不一致', reasonEn: 'its grade digit does not agree with the grade' },
        { row: 4, column: '身份证号', reasonZh: '本县适龄儿童中查无此身份证号', reasonEn: 'no school-age child of this county has this ID number' },
      ]);
      const rec = await db.prisma.disabilityRecord.findUniqueOrThrow({ where: { childId: a.child.id } });
      expect(rec).toMatchObject({ category: 'INTELLECTUAL', grade: 2 });
      expect(testSealer.open(rec.certificateCipher as Uint8Array)).toBe(`${a.idNumber}52`);
      expect((await db.prisma.child.findUniqueOrThrow({ where: { id: a.child.id } })).hasDisability).toBe(true);

      const fixed = await xlsxFile([rows[0] as string[], rows[1] as string[], ['吴小红', b.idNumber, `${b.idNumber}43`, '肢体', '三级', null]]);
      const second = await run(dpf, 'DISABILITY_REGISTER', fixed);
      expect(second).toMatchObject({ status: 'SUCCEEDED', insertedRows: 1, unchangedRows: 1, rejectedRows: 0 });
      const third = await run(dpf, 'DISABILITY_REGISTER', fixed);
      expect(third).toMatchObject({ status: 'SUCCEEDED', insertedRows: 0, unchangedRows: 2, duplicateOfId: second.id });

      // The import is in the access log: who, which children, which class, under which purpose.
      const log = await db.prisma.accessLog.findFirst({ where: { operationName: 'import:DISABILITY_REGISTER' }, orderBy: { id: 'desc' } });
      expect(log).toMatchObject({ subject: 'canlian-1', agencyKind: 'DISABLED_PERSONS_FEDERATION', purpose: 'PLACEMENT', outcome: 'WRITE' });
      expect(log?.childIds).toContain(b.child.id);
      expect(log?.fieldClasses).toEqual(['DISABILITY_DETAIL']);
    });
  });

  describe('minimum-living list (低保), plan R4.1', () => {
    it('UTF-8 CSV with BOM marks the households; a name that differs from the register is refused', async () => {
      const c = await s.child({ villageCode, schoolId, name: '冯小兰', birthDate: '2015-09-01' });
      const parent = await s.person(c.householdId, { name: '冯大山', idNumber: makeIdNumber(TEST_COUNTY, '1985-01-01', 123) });
      const file = csvFile([
        ['保障对象姓名', '身份证号', '纳入年份'],
        ['冯大山', makeIdNumber(TEST_COUNTY, '1985-01-01', 123), '2021'],
        ['冯大川', c.idNumber, '2021'],
      ]);
      const job = await run(civil, 'MINIMUM_LIVING', file, { validRowsOnly: true });
      expect(job).toMatchObject({ status: 'SUCCEEDED', updatedRows: 1, rejectedRows: 1 });
      expect((job.rejects as Array<{ column: string }>)[0]?.column).toBe('姓名');
      const h = await db.prisma.household.findUniqueOrThrow({ where: { id: parent.householdId as string } });
      expect(h).toMatchObject({ minimumLiving: true, minimumLivingSince: 2021 });
      const again = await run(civil, 'MINIMUM_LIVING', csvFile([['姓名', '身份证号', '享受年份'], ['冯大山', makeIdNumber(TEST_COUNTY, '1985-01-01', 123), '2021']], 'gbk'));
      expect(again).toMatchObject({ status: 'SUCCEEDED', updatedRows: 0, unchangedRows: 1 });
    });
  });

  describe('census (摸底), plan R2.2', () => {
    it('a township imports its survey in GBK: rows matched or registered, rows outside the township refused', async () => {
      const known = await s.child({ villageCode, schoolId: null, name: '陈小东', birthDate: '2016-02-02' });
      const township = operatorViewer('TOWNSHIP', { countyCode: TEST_COUNTY, subject: 'zhen-1', townshipCode: `${villageCode.slice(0, 9)}000` });
      const fresh = makeIdNumber(TEST_COUNTY, '2017-03-03', 333);
      const rows = [
        ['姓名', '身份证号', '性别', '出生日期', '村代码', '是否在校', '备注'],
        ['陈小东', known.idNumber, '男', '2016-02-02', villageCode, '否', '在家务农'],
        ['林小北', fresh, '', '', villageCode, '是', ''],
        ['黄小西', '', '女', '2015-05-05', otherTownshipVillage, '是', ''],
        ['何老大', '', '男', '2001-01-01', villageCode, '否', ''],
      ];
      const job = await run(township, 'CENSUS', csvFile(rows, 'gbk'), { validRowsOnly: true });
      expect(job).toMatchObject({ status: 'SUCCEEDED', encoding: 'GB18030', insertedRows: 2, rejectedRows: 2 });
      expect((job.rejects as Array<{ row: number; reasonEn: string }>).map((r) => [r.row, r.reasonEn])).toEqual([
        [4, 'is outside your township'],
        [5, 'age 25 on 31 August 2026 is outside compulsory-school age 6–15'],
      ]);
      const entries = await db.prisma.censusEntry.findMany({ orderBy: { name: 'asc' } });
      expect(entries.find((e) => e.name === '陈小东')).toMatchObject({ match: 'MATCHED_BY_ID', childId: known.child.id, inSchool: false });
      // A child the hub did not know is registered from the census; off the roll, on the suspected-dropout ledger.
      expect(await db.prisma.suspectedDropout.count({ where: { childId: known.child.id, source: 'CENSUS_NOT_ENROLLED' } })).toBe(1);

      const again = await run(township, 'CENSUS', csvFile(rows.slice(0, 3), 'utf8'));
      expect(again).toMatchObject({ status: 'SUCCEEDED', insertedRows: 0, unchangedRows: 2 });
      expect(await db.prisma.censusEntry.count()).toBe(2);
    });

    it('a school may not import a census (only the township or the bureau)', async () => {
      const school = operatorViewer('SCHOOL', { countyCode: TEST_COUNTY, subject: 'xx-1', schoolCode });
      await expect(run(school, 'CENSUS', csvFile([['姓名'], ['x']]))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });

  describe('school roster (学籍花名册), plan R2.1', () => {
    it('grade, class and student number of pupils on roll; a pupil not on this school\'s roll is refused with its register status', async () => {
      const pupil = await s.child({ villageCode, schoolId, name: '许小青', birthDate: '2016-06-06', grade: 4 });
      const away = await s.child({ villageCode, schoolId: null, name: '韩小白', birthDate: '2016-07-07' });
      const school = operatorViewer('SCHOOL', { countyCode: TEST_COUNTY, subject: 'xx-1', schoolCode });
      const file = await xlsxFile([
        ['学校标识码', '学生姓名', '身份证号', '年级', '班级', '班主任', '学籍号'],
        [schoolCode, '许小青', pupil.idNumber, '五年级', '2班', '刘老师', `G${pupil.idNumber}`],
        [schoolCode, '韩小白', away.idNumber, '4', '1班', '', ''],
        ['2143999999', '许小青', pupil.idNumber, '5', '', '', ''],
      ]);
      const job = await run(school, 'SCHOOL_ROSTER', file, { validRowsOnly: true });
      expect(job).toMatchObject({ status: 'SUCCEEDED', updatedRows: 1, rejectedRows: 2 });
      expect((job.rejects as Array<{ row: number; reasonEn: string }>).map((r) => [r.row, r.reasonEn])).toEqual([
        [3, "not on this school's roll (register: NOT_ENROLLED): record the enrollment, transfer or return first"],
        [4, 'no school of this county has this code'],
      ]);
      expect(await db.prisma.enrollment.findUniqueOrThrow({ where: { childId: pupil.child.id } })).toMatchObject({ grade: 5, className: '2班', classTeacherName: '刘老师' });
    });

    it('a student number is stored sealed with its blind index (issue 10 item 3); one that belongs to another pupil is refused', async () => {
      const a = await s.child({ villageCode, schoolId, name: '秦小东', birthDate: '2016-09-09', grade: 4 });
      const b = await s.child({ villageCode, schoolId, name: '尤小西', birthDate: '2016-10-10', grade: 4 });
      const c = await s.child({ villageCode, schoolId, name: '许小南', birthDate: '2016-11-11', grade: 4 });
      const school = operatorViewer('SCHOOL', { countyCode: TEST_COUNTY, subject: 'xx-1', schoolCode });
      const file = await xlsxFile([
        ['学校标识码', '学生姓名', '身份证号', '年级', '学籍号'],
        [schoolCode, '秦小东', a.idNumber, '4', ` g${a.idNumber.slice(0, 9)} 0001 `],
        [schoolCode, '尤小西', b.idNumber, '4', `G${c.idNumber}`],
        [schoolCode, '许小南', c.idNumber, '4', `G${a.idNumber.slice(0, 9)}0001`],
      ]);
      const job = await run(school, 'SCHOOL_ROSTER', file, { validRowsOnly: true });
      expect(job).toMatchObject({ status: 'SUCCEEDED', updatedRows: 1, rejectedRows: 2 });
      expect((job.rejects as Array<{ row: number; reasonEn: string }>).map((r) => [r.row, r.reasonEn])).toEqual([
        [3, 'this student number belongs to another pupil'],
        [4, 'this student number belongs to another pupil'],
      ]);
      const number = `G${a.idNumber.slice(0, 9)}0001`;
      const e = await db.prisma.enrollment.findUniqueOrThrow({ where: { childId: a.child.id } });
      expect(testSealer.open(e.nationalStudentNumberCipher as Uint8Array)).toBe(number);
      expect(Buffer.from(e.nationalStudentNumberHash as Uint8Array).equals(testSealer.index(number))).toBe(true);
      expect(e.version).toBe(2);
      // Found by its blind index, never by the number itself.
      expect((await db.prisma.enrollment.findUniqueOrThrow({ where: { nationalStudentNumberHash: testSealer.index(number) } })).childId).toBe(a.child.id);
      // The same file again changes nothing.
      const again = await run(school, 'SCHOOL_ROSTER', await xlsxFile([['学校标识码', '学生姓名', '身份证号', '年级', '学籍号'], [schoolCode, '秦小东', a.idNumber, '4', number]]));
      expect(again).toMatchObject({ status: 'SUCCEEDED', updatedRows: 0, unchangedRows: 1 });
    });
  });

  describe('residence permits (居住证), plan R6.3', () => {
    it('permits recorded on the migrant application, sealed; a child without an application is refused', async () => {
      const m = await s.child({ villageCode, schoolId: null, name: '蒋小南', birthDate: '2016-08-08', isMigrant: true });
      const other = await s.child({ villageCode, schoolId, name: '沈小北', birthDate: '2016-08-09' });
      await db.prisma.migrantEnrollment.create({ data: { countyCode: TEST_COUNTY, childId: m.child.id, hukouOrigin: '贵州省毕节市', appliedOn: new Date('2026-08-01'), requestedGrade: 4 } });
      const file = csvFile(
        [
          ['姓名', '身份证号', '居住证号', '发证机关', '有效期起', '有效期止'],
          ['蒋小南', m.idNumber, 'JZ-4311-0001', '某县公安局', '2026-01-01', '2027-01-01'],
          ['沈小北', other.idNumber, 'JZ-4311-0002', '某县公安局', '2026-01-01', '2025-01-01'],
          ['沈小北', other.idNumber.slice(0, 17) + 'Z', 'JZ-4311-0003', '', '2026-01-01', '2027-01-01'],
        ],
        'gbk',
      );
      const job = await run(bureau, 'RESIDENCE_PERMIT', file);
      expect(job.status).toBe('REJECTED');
      expect((job.rejects as Array<{ row: number; column: string }>).map((r) => [r.row, r.column])).toEqual([
        [3, '有效期止'],
        [4, '身份证号'],
      ]);
      const ok = await run(bureau, 'RESIDENCE_PERMIT', csvFile([['姓名', '身份证号', '居住证编号', '签发日期', '有效期至'], ['蒋小南', m.idNumber, 'JZ-4311-0001', '2026-01-01', '2027-01-01']]));
      expect(ok).toMatchObject({ status: 'SUCCEEDED', updatedRows: 1 });
      const app = await db.prisma.migrantEnrollment.findFirstOrThrow({ where: { childId: m.child.id } });
      expect(testSealer.open(app.permitCipher as Uint8Array)).toBe('JZ-4311-0001');
      const none = await run(bureau, 'RESIDENCE_PERMIT', csvFile([['姓名', '身份证号', '居住证号', '有效期起', '有效期止'], ['沈小北', other.idNumber, 'JZ-4311-0009', '2026-01-01', '2027-01-01']]), { validRowsOnly: true });
      expect((none.rejects as Array<{ reasonEn: string }>)[0]?.reasonEn).toBe('the child has no migrant-child enrollment application');
    });
  });
});
