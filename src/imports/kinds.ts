import { createHash } from 'node:crypto';
import type { FieldClass } from '../access/field-classes';
import type { Purpose } from '../access/policy';
import { actsAtSchool } from '../access/row-scope';
import type { Context } from '../context';
import type { Work } from '../modules/unit-of-work';
import type { CensusRound } from '../generated/prisma/client';
import type { DisabilityCategory, ImportKind } from '../generated/prisma/enums';
import { townshipOf } from '../lib/division-code';
import { birthDateOf } from '../lib/id-number';
import { ageOn31Aug, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../lib/school-year';
import { recordCensusRows, type CensusRow } from '../modules/census/census.service';
import { sealStudentNumber, studentNumberHash } from '../modules/enrollment/student-number';
import { col, date, disabilityGrade, divisionCode, gender, grade, idNumber, iso, oneOf, schoolCode, text, yesNo, year, type Column, type Reason } from './columns';

/**
 * The departments' lists the hub takes in, one spec each: the columns (with
 * the header variants seen in real files), the checks of one row, the
 * natural key that makes a re-import change nothing, and how a chunk of good
 * rows is applied inside the import's single transaction.
 */
export type Values = Record<string, unknown>;

export interface Problem {
  column: string;
  reason: Reason;
}

export type Outcome = 'INSERTED' | 'UPDATED' | 'UNCHANGED' | Problem;

export interface ImportEnv {
  ctx: Context;
  countyCode: string;
  today: Date;
  /** The census year (school year of today unless given). */
  year: number;
  fileName: string;
  villages: Set<string>;
  schools: Map<string, { id: string; kind: string }>;
  /** Scratch space of the kind for the whole import. */
  state: Record<string, unknown>;
}

export interface GoodRow {
  row: number;
  values: Values;
}

export interface KindSpec {
  kind: ImportKind;
  titleZh: string;
  titleEn: string;
  /** The class and kind of write the importing agency must hold (src/access/policy.ts). */
  writes: { class: FieldClass; kind?: string };
  /** The purpose recorded in the access log: the first of these the agency may state. */
  purposes: readonly Purpose[];
  columns: readonly Column[];
  check(v: Values, env: ImportEnv): Problem | null;
  /** Identity of a row within the file: a second row with the same key is refused. */
  key(v: Values): string;
  apply(w: Work, env: ImportEnv, rows: GoodRow[]): Promise<Outcome[]>;
  /** After the last chunk, with the counts so far (may turn inserts into "unchanged"). */
  finish?(w: Work, env: ImportEnv, counts: { inserted: number; unchanged: number }): Promise<{ inserted: number; unchanged: number }>;
}

const problem = (column: string, zh: string, en: string): Problem => ({ column, reason: { zh, en } });
const hex = (b: Uint8Array | null) => (b === null ? '' : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex'));

const NAME = col('name', '姓名', ['学生姓名', '儿童姓名', '成员姓名', '家庭成员姓名', '保障对象姓名', '残疾人姓名', 'name'], true, text(50));
const ID = col('idNumber', '身份证号', ['身份证号码', '公民身份号码', '公民身份证号', '证件号码', '身份证', 'idnumber', 'id'], true, idNumber);
const OPTIONAL_ID = { ...ID, required: false };
const VILLAGE = col('villageCode', '村（社区）代码', ['村代码', '行政村代码', '村/社区代码', '村(居)代码', '区划代码', '居住村代码', 'villagecode'], false, divisionCode);
const BIRTH = col('birthDate', '出生日期', ['出生年月日', '生日', 'birthdate'], false, date);

/** The header a column is reported under. */
const H = (c: Column) => c.header;

function birthAgrees(v: Values): Problem | null {
  const id = v['idNumber'] as string | undefined;
  const b = v['birthDate'] as Date | undefined;
  if (id && b && iso(birthDateOf(id)) !== iso(b)) return problem(H(BIRTH), '出生日期与身份证号中的不一致', 'does not agree with the birth date in the ID number');
  return null;
}

function villageKnown(v: Values, env: ImportEnv): Problem | null {
  const c = v['villageCode'] as string | undefined;
  if (c && !env.villages.has(c)) return problem(H(VILLAGE), '不是本县的村（社区）代码', 'is not a village or community of this county');
  return null;
}

/** Children of the county by the blind index of their ID numbers. */
async function childrenByIdNumber(w: Work, env: ImportEnv, rows: GoodRow[]) {
  const hashes = rows.map((r) => env.ctx.sealer.index(r.values['idNumber'] as string));
  const found = await w.tx.child.findMany({
    where: { countyCode: env.countyCode, idNumberHash: { in: hashes } },
    select: { id: true, name: true, householdId: true, hasDisability: true, idNumberHash: true },
  });
  const byHash = new Map(found.map((c) => [hex(c.idNumberHash), c]));
  return rows.map((r, i) => byHash.get(hex(hashes[i] as Buffer)) ?? null);
}

const NOT_A_CHILD = problem(H(ID), '本县适龄儿童中查无此身份证号', 'no school-age child of this county has this ID number');
const NAME_DIFFERS = problem(H(NAME), '姓名与该身份证号登记的姓名不一致', 'differs from the name registered with this ID number');

/** The child a row names by ID number, when found and its name agrees (a mistyped ID number must not change another child). */
function namedChild<C extends { name: string }>(child: C | null, r: GoodRow, missing: Problem = NOT_A_CHILD): C | Problem {
  if (!child) return missing;
  if (child.name !== r.values['name']) return NAME_DIFFERS;
  return child;
}
const isProblem = (x: object): x is Problem => 'reason' in x && 'column' in x;

// ---------------------------------------------------------------- 建档立卡
/**
 * plan R2.3: the poverty-alleviation office's roll of registered-poor
 * households (建档立卡), kept as a dated snapshot for the cross-check with
 * the education bureau's records (reconciliation). A roll whose rows are all
 * the same as the latest one is not stored again.
 */
const POVERTY_ROLL: KindSpec = {
  kind: 'POVERTY_ROLL',
  titleZh: '建档立卡贫困户名单',
  titleEn: 'registered-poor households roll',
  writes: { class: 'ECONOMIC' },
  purposes: ['RECONCILIATION'],
  columns: [
    col('registrationNumber', '户编号', ['户号', '家庭编号', '贫困户编号', '户编码', '户主编号', 'registrationnumber'], true, text(40)),
    { ...NAME, key: 'memberName', header: '成员姓名', aliases: ['姓名', '家庭成员姓名', 'membername'] },
    ID,
    BIRTH,
    VILLAGE,
  ],
  check: (v, env) => birthAgrees(v) ?? villageKnown(v, env),
  key: (v) => v['idNumber'] as string,
  async apply(w, env, rows) {
    let batchId = env.state['batchId'] as string | undefined;
    if (!batchId) {
      const batch = await w.tx.povertyRollBatch.create({ data: { countyCode: env.countyCode, sourceName: env.fileName.slice(0, 200), contentHash: `pending:${env.ctx.requestId}` } });
      batchId = batch.id;
      env.state['batchId'] = batchId;
      env.state['sum'] = 0n;
    }
    let sum = env.state['sum'] as bigint;
    const data = rows.map(({ values: v }) => {
      const id = v['idNumber'] as string;
      const canonical = [v['registrationNumber'], v['memberName'], id, v['birthDate'] ? iso(v['birthDate'] as Date) : '', v['villageCode'] ?? ''].join('\u001f');
      // Order-independent digest of the roll: the sum of the rows' hashes.
      sum = (sum + BigInt(`0x${createHash('sha256').update(canonical).digest('hex')}`)) % 2n ** 256n;
      return {
        countyCode: env.countyCode,
        batchId: batchId as string,
        registrationNumber: v['registrationNumber'] as string,
        memberName: v['memberName'] as string,
        idNumberCipher: env.ctx.sealer.seal(id),
        idNumberHash: env.ctx.sealer.index(id),
        birthDate: (v['birthDate'] as Date | undefined) ?? birthDateOf(id),
        villageCode: (v['villageCode'] as string | undefined) ?? null,
      };
    });
    env.state['sum'] = sum;
    // One statement per chunk with array parameters: an order of magnitude faster than createMany
    // for 100,000-row rolls (scripts/bench-import.ts).
    await w.tx.$executeRawUnsafe(
      `INSERT INTO "PovertyRollEntry" ("countyCode", "batchId", "registrationNumber", "memberName", "idNumberCipher", "idNumberHash", "birthDate", "villageCode")
       SELECT * FROM unnest($1::char(6)[], $2::uuid[], $3::text[], $4::text[], $5::bytea[], $6::bytea[], $7::date[], $8::char(12)[])`,
      data.map((d) => d.countyCode),
      data.map((d) => d.batchId),
      data.map((d) => d.registrationNumber),
      data.map((d) => d.memberName),
      data.map((d) => d.idNumberCipher),
      data.map((d) => d.idNumberHash),
      data.map((d) => iso(d.birthDate)),
      data.map((d) => d.villageCode),
    );
    return rows.map(() => 'INSERTED');
  },
  async finish(w, env, counts) {
    const batchId = env.state['batchId'] as string | undefined;
    if (!batchId) return counts;
    const digest = (env.state['sum'] as bigint).toString(16).padStart(64, '0');
    const latest = await w.tx.povertyRollBatch.findFirst({ where: { countyCode: env.countyCode, id: { not: batchId } }, orderBy: [{ importedAt: 'desc' }, { id: 'desc' }] });
    // A batch's hash names its rows (order-independent) and the batch, as the hash is unique.
    if (latest?.contentHash.startsWith(`roll:${digest}:`)) {
      // The same roll as the latest one (another file of the same rows): keep nothing new.
      await w.tx.povertyRollEntry.deleteMany({ where: { batchId } });
      await w.tx.povertyRollBatch.delete({ where: { id: batchId } });
      return { inserted: 0, unchanged: counts.unchanged + counts.inserted };
    }
    await w.tx.povertyRollBatch.update({ where: { id: batchId }, data: { contentHash: `roll:${digest}:${batchId}` } });
    return counts;
  },
};

// ---------------------------------------------------------------- 低保
/** plan R4.1: civil affairs' list of minimum-living-guarantee (低保) households marks the households of the people on it. */
const MINIMUM_LIVING: KindSpec = {
  kind: 'MINIMUM_LIVING',
  titleZh: '城乡低保对象名单',
  titleEn: 'minimum-living-guarantee (低保) list',
  writes: { class: 'ECONOMIC' },
  purposes: ['AID_ELIGIBILITY'],
  columns: [NAME, ID, col('since', '纳入年份', ['享受年份', '起始年份', '纳入低保年份', '享受起始年份', 'since'], false, year(1995, 2100)), VILLAGE],
  check(v, env) {
    const since = v['since'] as number | undefined;
    if (since !== undefined && since > env.today.getUTCFullYear()) return problem('纳入年份', '不能晚于今年', 'must not be after this year');
    return villageKnown(v, env);
  },
  key: (v) => v['idNumber'] as string,
  async apply(w, env, rows) {
    const hashes = rows.map((r) => env.ctx.sealer.index(r.values['idNumber'] as string));
    const [people, children] = await Promise.all([
      w.tx.person.findMany({ where: { countyCode: env.countyCode, idNumberHash: { in: hashes } }, select: { name: true, householdId: true, idNumberHash: true } }),
      w.tx.child.findMany({ where: { countyCode: env.countyCode, idNumberHash: { in: hashes } }, select: { name: true, householdId: true, idNumberHash: true } }),
    ]);
    const who = new Map<string, { name: string; householdId: string | null }>();
    for (const p of [...people, ...children]) who.set(hex(p.idNumberHash), p);
    const householdIds = [...new Set([...who.values()].flatMap((p) => (p.householdId ? [p.householdId] : [])))];
    const households = new Map((await w.tx.household.findMany({ where: { id: { in: householdIds } }, select: { id: true, minimumLiving: true, minimumLivingSince: true } })).map((h) => [h.id, h]));
    const out: Outcome[] = [];
    const changed = new Map<string, number | null>();
    rows.forEach((r, i) => {
      const p = who.get(hex(hashes[i] as Buffer));
      if (!p) return out.push(problem(H(ID), '本县户籍人员中查无此身份证号', 'no household member of this county has this ID number'));
      if (p.name !== r.values['name']) return out.push(NAME_DIFFERS);
      const h = p.householdId ? households.get(p.householdId) : undefined;
      if (!h) return out.push(problem(H(ID), '此人未登记在任何家庭户中', 'this person is not registered in any household'));
      const since = (r.values['since'] as number | undefined) ?? h.minimumLivingSince ?? env.today.getUTCFullYear();
      if (h.minimumLiving && h.minimumLivingSince === since) return out.push('UNCHANGED');
      h.minimumLiving = true;
      h.minimumLivingSince = since;
      changed.set(h.id, since);
      return out.push('UPDATED');
    });
    for (const [id, since] of changed) {
      await w.tx.household.update({ where: { id }, data: { minimumLiving: true, minimumLivingSince: since, version: { increment: 1 } } });
    }
    if (changed.size > 0) {
      for (const c of await w.tx.child.findMany({ where: { householdId: { in: [...changed.keys()] } }, select: { id: true } })) w.touched(c.id);
    }
    return out;
  },
};

// ---------------------------------------------------------------- 残疾证
const CATEGORY: Record<string, DisabilityCategory> = {
  视力: 'VISUAL', 视力残疾: 'VISUAL', 听力: 'HEARING', 听力残疾: 'HEARING', 言语: 'SPEECH', 言语残疾: 'SPEECH',
  肢体: 'PHYSICAL', 肢体残疾: 'PHYSICAL', 智力: 'INTELLECTUAL', 智力残疾: 'INTELLECTUAL', 精神: 'MENTAL', 精神残疾: 'MENTAL',
  多重: 'MULTIPLE', 多重残疾: 'MULTIPLE',
};
/** 第二代残疾人证号: ID number + category digit (1 视力 … 7 多重) + grade digit. */
const CATEGORY_DIGIT: Record<DisabilityCategory, string> = { VISUAL: '1', HEARING: '2', SPEECH: '3', PHYSICAL: '4', INTELLECTUAL: '5', MENTAL: '6', MULTIPLE: '7' };

/** plan R2.5: the disabled persons' federation's certificate register (残疾人证), for the school-age children of the county. */
const DISABILITY_REGISTER: KindSpec = {
  kind: 'DISABILITY_REGISTER',
  titleZh: '残疾人证登记',
  titleEn: 'disability certificate register',
  writes: { class: 'DISABILITY_DETAIL' },
  purposes: ['PLACEMENT'],
  columns: [
    NAME,
    ID,
    col('certificate', '残疾人证号', ['残疾证号', '残疾证编号', '证号', 'certificate'], true, (c) => {
      const s = c.replace(/\s/g, '').toUpperCase();
      return /^[0-9]{17}[0-9X][1-7][1-4]$/.test(s)
        ? { ok: true, value: s }
        : { ok: false, reason: { zh: '残疾人证号应为 20 位：身份证号 + 类别代码 + 等级代码', en: 'a certificate number is 20 characters: the ID number, the category digit and the grade digit' } };
    }),
    col('category', '残疾类别', ['类别', '残疾类型', 'category'], true, oneOf(CATEGORY, '视力、听力、言语、肢体、智力、精神、多重')),
    col('grade', '残疾等级', ['等级', 'grade'], true, disabilityGrade),
    col('assessedOn', '评定日期', ['发证日期', '鉴定日期', 'assessedon'], false, date),
  ],
  check(v, env) {
    const cert = v['certificate'] as string;
    if (cert.slice(0, 18) !== v['idNumber']) return problem('残疾人证号', '前 18 位应与身份证号相同', 'its first 18 characters must be the ID number');
    if (cert[18] !== CATEGORY_DIGIT[v['category'] as DisabilityCategory]) return problem('残疾人证号', '类别代码与残疾类别不一致', 'its category digit does not agree with the category');
    if (cert[19] !== String(v['grade'])) return problem('残疾人证号', '等级代码与残疾等级不一致', 'its grade digit does not agree with the grade');
    const on = v['assessedOn'] as Date | undefined;
    if (on && on > env.today) return problem('评定日期', '不能晚于今天', 'must not be in the future');
    return null;
  },
  key: (v) => v['idNumber'] as string,
  async apply(w, env, rows) {
    const children = await childrenByIdNumber(w, env, rows);
    const certHashes = rows.map((r) => env.ctx.sealer.index(r.values['certificate'] as string));
    const known = children.flatMap((c) => (c ? [c.id] : []));
    const records = new Map((await w.tx.disabilityRecord.findMany({ where: { childId: { in: known } } })).map((d) => [d.childId, d]));
    const certOwners = new Map((await w.tx.disabilityRecord.findMany({ where: { certificateHash: { in: certHashes } }, select: { childId: true, certificateHash: true } })).map((d) => [hex(d.certificateHash), d.childId]));
    const out: Outcome[] = [];
    for (const [i, r] of rows.entries()) {
      const child = namedChild(children[i] ?? null, r);
      if (isProblem(child)) {
        out.push(child);
        continue;
      }
      const certHash = certHashes[i] as Buffer<ArrayBuffer>;
      const owner = certOwners.get(hex(certHash));
      if (owner && owner !== child.id) {
        out.push(problem('残疾人证号', '该残疾人证号已登记在另一名儿童名下', 'this certificate number is registered to another child'));
        continue;
      }
      const v = r.values;
      const data = { category: v['category'] as DisabilityCategory, grade: v['grade'] as number, assessedOn: (v['assessedOn'] as Date | undefined) ?? null };
      const existing = records.get(child.id);
      if (existing) {
        const same = existing.category === data.category && existing.grade === data.grade && hex(existing.certificateHash) === hex(certHash) && (data.assessedOn === null || (existing.assessedOn !== null && iso(existing.assessedOn) === iso(data.assessedOn)));
        if (same && child.hasDisability) {
          out.push('UNCHANGED');
          continue;
        }
        await w.tx.disabilityRecord.update({
          where: { id: existing.id },
          data: { ...data, assessedOn: data.assessedOn ?? existing.assessedOn, certificateCipher: env.ctx.sealer.seal(v['certificate'] as string), certificateHash: certHash, version: { increment: 1 } },
        });
        out.push('UPDATED');
      } else {
        await w.tx.disabilityRecord.create({
          data: { countyCode: env.countyCode, childId: child.id, ...data, certificateCipher: env.ctx.sealer.seal(v['certificate'] as string), certificateHash: certHash },
        });
        out.push('INSERTED');
      }
      if (!child.hasDisability) {
        await w.tx.child.update({ where: { id: child.id }, data: { hasDisability: true, version: { increment: 1 } } });
        child.hasDisability = true;
      }
      w.touched(child.id);
    }
    return out;
  },
};

// ---------------------------------------------------------------- 摸底
/** plan R2.2: a township's annual survey (全面摸底、登记、造册) as a spreadsheet; matched and put on the ledgers like entries made over the API. */
const CENSUS: KindSpec = {
  kind: 'CENSUS',
  titleZh: '适龄儿童摸底登记表',
  titleEn: 'census of school-age children',
  writes: { class: 'EDUCATION', kind: 'CENSUS' },
  purposes: ['CENSUS', 'ENROLLMENT_MANAGEMENT'],
  columns: [
    NAME,
    OPTIONAL_ID,
    col('gender', '性别', ['gender'], false, gender),
    BIRTH,
    { ...VILLAGE, required: true },
    col('inSchool', '是否在校', ['在校情况', '在校', 'inschool'], false, yesNo),
    col('suspectedDisabled', '疑似残疾', ['是否疑似残疾', 'suspecteddisabled'], false, yesNo),
    col('note', '备注', ['说明', 'note'], false, text(500)),
  ],
  check(v, env) {
    const id = v['idNumber'] as string | undefined;
    const p = birthAgrees(v) ?? villageKnown(v, env);
    if (p) return p;
    const birth = (v['birthDate'] as Date | undefined) ?? (id ? birthDateOf(id) : undefined);
    if (!birth) return problem(H(BIRTH), '没有身份证号时必须填写出生日期', 'required when there is no ID number');
    if (birth > env.today) return problem(H(BIRTH), '不能晚于今天', 'must not be in the future');
    const age = ageOn31Aug(birth, env.year);
    if (age < SCHOOL_AGE_MIN || age > SCHOOL_AGE_MAX) {
      return problem(id && !v['birthDate'] ? H(ID) : H(BIRTH), `${env.year} 年 8 月 31 日年龄为 ${age} 岁，不在 6–15 周岁义务教育年龄内`, `age ${age} on 31 August ${env.year} is outside compulsory-school age 6–15`);
    }
    const idGender = id ? (Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE') : null;
    if (v['gender'] && idGender && v['gender'] !== idGender) return problem('性别', '与身份证号不一致', 'does not agree with the ID number');
    if (!v['gender'] && !idGender) return problem('性别', '没有身份证号时必须填写性别', 'required when there is no ID number');
    const township = townshipOf(v['villageCode'] as string);
    // Only the township itself or the education bureau records a township's census (assertCensusActor).
    if (env.ctx.viewer.kind !== 'EDUCATION_BUREAU' && env.ctx.viewer.townshipCode !== township) {
      return problem(H(VILLAGE), '不在本乡镇辖区内', 'is outside your township');
    }
    return null;
  },
  key: (v) => (v['idNumber'] as string | undefined) ?? `${v['name'] as string}|${iso(v['birthDate'] as Date)}|${v['villageCode'] as string}`,
  async apply(w, env, rows) {
    const rounds = (env.state['rounds'] ??= new Map<string, CensusRound | null>()) as Map<string, CensusRound | null>;
    const out: Outcome[] = rows.map(() => 'INSERTED');
    const byTownship = new Map<string, number[]>();
    rows.forEach((r, i) => {
      const t = townshipOf(r.values['villageCode'] as string);
      byTownship.set(t, [...(byTownship.get(t) ?? []), i]);
    });
    for (const [townshipCode, idx] of byTownship) {
      let round = rounds.get(townshipCode);
      if (round === undefined) {
        round = await w.tx.censusRound.findUnique({ where: { townshipCode_year: { townshipCode, year: env.year } } });
        if (!round) round = await w.tx.censusRound.create({ data: { countyCode: env.countyCode, townshipCode, year: env.year } });
        await w.tx.$queryRawUnsafe('SELECT 1 AS locked FROM "CensusRound" WHERE id = $1::uuid FOR UPDATE', round.id);
        if (round.status !== 'OPEN') round = null;
        rounds.set(townshipCode, round);
      }
      if (!round) {
        for (const i of idx) out[i] = problem(H(VILLAGE), `该乡镇 ${env.year} 年摸底已提交并冻结`, `the ${env.year} census of this township is submitted and frozen`);
        continue;
      }
      // Already recorded in this round (by ID number, or name + birth date + village): nothing to do.
      const rowsHere = idx.map((i) => ({ i, r: rows[i] as GoodRow }));
      const hashes = rowsHere.flatMap(({ r }) => (r.values['idNumber'] ? [env.ctx.sealer.index(r.values['idNumber'] as string)] : []));
      const existing = await w.tx.censusEntry.findMany({
        where: { roundId: round.id, OR: [{ idNumberHash: { in: hashes } }, { idNumberHash: null, name: { in: rowsHere.map(({ r }) => r.values['name'] as string) } }] },
        select: { idNumberHash: true, name: true, birthDate: true, villageCode: true },
      });
      const seen = new Set(existing.map((e) => (e.idNumberHash ? hex(e.idNumberHash) : `${e.name}|${iso(e.birthDate)}|${e.villageCode}`)));
      const fresh: CensusRow[] = [];
      for (const { i, r } of rowsHere) {
        const v = r.values;
        const id = (v['idNumber'] as string | undefined) ?? null;
        const hash = id ? env.ctx.sealer.index(id) : null;
        const birthDate = (v['birthDate'] as Date | undefined) ?? birthDateOf(id as string);
        if (seen.has(hash ? hex(hash) : `${v['name'] as string}|${iso(birthDate)}|${v['villageCode'] as string}`)) {
          out[i] = 'UNCHANGED';
          continue;
        }
        fresh.push({
          index: i,
          name: v['name'] as string,
          idNumber: id,
          hash,
          gender: (v['gender'] as 'MALE' | 'FEMALE' | undefined) ?? (Number((id as string)[16]) % 2 === 1 ? 'MALE' : 'FEMALE'),
          birthDate,
          villageCode: v['villageCode'] as string,
          inSchool: (v['inSchool'] as boolean | undefined) ?? null,
          suspectedDisabled: (v['suspectedDisabled'] as boolean | undefined) ?? false,
          note: (v['note'] as string | undefined) || null,
        });
      }
      if (fresh.length > 0) await recordCensusRows(env.ctx, w, round, fresh);
    }
    return out;
  },
};

// ---------------------------------------------------------------- 学籍花名册
/**
 * plan R2.1, R2.5: a school's roster from the national student-registration
 * system (学籍系统) brings grade, class, class teacher and national student
 * number for its pupils on roll. Status changes (enrolment, transfer,
 * dropout) are recorded with their evidence through the API, never by a
 * roster: a pupil on the roster but not on the school's roll is refused with
 * the reason, which is how phantom or missing registrations (空挂学籍) show.
 */
const SCHOOL_ROSTER: KindSpec = {
  kind: 'SCHOOL_ROSTER',
  titleZh: '学籍花名册',
  titleEn: 'school roster (学籍)',
  writes: { class: 'EDUCATION' },
  purposes: ['ENROLLMENT_MANAGEMENT'],
  columns: [
    col('schoolCode', '学校标识码', ['学校代码', '学校编码', 'schoolcode'], true, schoolCode),
    NAME,
    ID,
    col('grade', '年级', ['所在年级', 'grade'], true, grade),
    col('className', '班级', ['班级名称', '所在班级', 'class', 'classname'], false, text(40)),
    col('classTeacherName', '班主任', ['班主任姓名', 'classteacher'], false, text(50)),
    col('nationalStudentNumber', '全国学籍号', ['学籍号', '学籍编号', 'studentnumber'], false, (c) => {
      const s = c.replace(/\s/g, '').toUpperCase();
      return /^[A-Z0-9]{6,30}$/.test(s) ? { ok: true, value: s } : { ok: false, reason: { zh: '学籍号应为 6–30 位字母或数字', en: 'a student number is 6–30 letters or digits' } };
    }),
  ],
  check(v, env) {
    const school = env.schools.get(v['schoolCode'] as string);
    if (!school) return problem('学校标识码', '本县没有这所学校', 'no school of this county has this code');
    if (env.ctx.viewer.kind === 'SCHOOL' && !actsAtSchool(env.ctx.viewer, v['schoolCode'] as string)) return problem('学校标识码', '只能导入本校的花名册', 'a school imports its own roster only');
    return null;
  },
  key: (v) => v['idNumber'] as string,
  async apply(w, env, rows) {
    const children = await childrenByIdNumber(w, env, rows);
    const ids = children.flatMap((c) => (c ? [c.id] : []));
    const enrollments = new Map((await w.tx.enrollment.findMany({ where: { childId: { in: ids } } })).map((e) => [e.childId, e]));
    // 全国学籍号 is "G" + the ID number: stored sealed, matched by its blind index.
    const numberHashes = rows.map((r) => (r.values['nationalStudentNumber'] ? studentNumberHash(env.ctx.sealer, r.values['nationalStudentNumber'] as string) : null));
    const known = numberHashes.filter((h): h is Buffer<ArrayBuffer> => h !== null);
    const numberOwners = new Map(
      (known.length > 0 ? await w.tx.enrollment.findMany({ where: { nationalStudentNumberHash: { in: known } }, select: { childId: true, nationalStudentNumberHash: true } }) : []).map((e) => [hex(e.nationalStudentNumberHash), e.childId]),
    );
    const out: Outcome[] = [];
    for (const [i, r] of rows.entries()) {
      const child = namedChild(children[i] ?? null, r, problem(H(ID), '本县适龄儿童中查无此身份证号：请先办理入学登记', 'no school-age child of this county has this ID number: record the enrollment first'));
      if (isProblem(child)) {
        out.push(child);
        continue;
      }
      const school = env.schools.get(r.values['schoolCode'] as string) as { id: string };
      const e = enrollments.get(child.id);
      if (!e || e.schoolId !== school.id || (e.status !== 'ENROLLED' && e.status !== 'SUSPENDED')) {
        const status = e?.status ?? 'NOT_ENROLLED';
        out.push(problem(H(ID), `不在本校在籍学生中（学籍状态：${status}）：请先办理入学、转学或复学`, `not on this school's roll (register: ${status}): record the enrollment, transfer or return first`));
        continue;
      }
      const v = r.values;
      const number = v['nationalStudentNumber'] as string | undefined;
      const numberHash = numberHashes[i] ?? null;
      const owner = numberHash ? numberOwners.get(hex(numberHash)) : undefined;
      if (owner && owner !== child.id) {
        out.push(problem('全国学籍号', '该学籍号已属于另一名学生', 'this student number belongs to another pupil'));
        continue;
      }
      const next = {
        grade: v['grade'] as number,
        className: (v['className'] as string | undefined) ?? e.className,
        classTeacherName: (v['classTeacherName'] as string | undefined) ?? e.classTeacherName,
      };
      // A number is sealed again only when it changes (absent from the row: the one on record stays).
      const newNumber = number !== undefined && numberHash !== null && hex(numberHash) !== hex(e.nationalStudentNumberHash);
      if (next.grade === e.grade && next.className === e.className && next.classTeacherName === e.classTeacherName && !newNumber) {
        out.push('UNCHANGED');
        continue;
      }
      await w.tx.enrollment.update({
        where: { id: e.id },
        data: { ...next, ...(newNumber ? sealStudentNumber(env.ctx.sealer, number) : {}), version: { increment: 1 } },
      });
      if (numberHash) numberOwners.set(hex(numberHash), child.id);
      w.touched(child.id);
      out.push('UPDATED');
    }
    return out;
  },
};

// ---------------------------------------------------------------- 居住证
/** plan R6.3: residence permits (居住证) behind migrant children's applications, from the public-security list. */
const RESIDENCE_PERMIT: KindSpec = {
  kind: 'RESIDENCE_PERMIT',
  titleZh: '随迁子女居住证信息',
  titleEn: 'residence permits of migrant children',
  writes: { class: 'MIGRATION' },
  purposes: ['ENROLLMENT_MANAGEMENT'],
  columns: [
    NAME,
    ID,
    col('permitNumber', '居住证号', ['居住证编号', '居住证号码', 'permitnumber'], true, (c) => {
      const s = c.replace(/\s/g, '').toUpperCase();
      return /^[A-Z0-9-]{6,30}$/.test(s) ? { ok: true, value: s } : { ok: false, reason: { zh: '居住证号应为 6–30 位字母、数字或连字符', en: 'a permit number is 6–30 letters, digits or hyphens' } };
    }),
    col('issuedBy', '发证机关', ['签发机关', 'issuedby'], false, text(100)),
    col('validFrom', '有效期起', ['签发日期', '有效期开始', '起始日期', 'validfrom'], true, date),
    col('validTo', '有效期止', ['有效期至', '有效期截止', '截止日期', 'validto'], true, date),
  ],
  check(v) {
    if ((v['validTo'] as Date) <= (v['validFrom'] as Date)) return problem('有效期止', '应晚于有效期起', 'must be after the start of validity');
    return null;
  },
  key: (v) => v['idNumber'] as string,
  async apply(w, env, rows) {
    const children = await childrenByIdNumber(w, env, rows);
    const ids = children.flatMap((c) => (c ? [c.id] : []));
    const apps = await w.tx.migrantEnrollment.findMany({ where: { childId: { in: ids }, status: { not: 'REJECTED' } }, orderBy: [{ appliedOn: 'desc' }, { id: 'desc' }] });
    const latest = new Map<string, (typeof apps)[number]>();
    for (const a of apps) if (!latest.has(a.childId)) latest.set(a.childId, a);
    const out: Outcome[] = [];
    for (const [i, r] of rows.entries()) {
      const child = namedChild(children[i] ?? null, r);
      if (isProblem(child)) {
        out.push(child);
        continue;
      }
      const app = latest.get(child.id);
      if (!app) {
        out.push(problem(H(ID), '该儿童没有随迁子女入学申请', 'the child has no migrant-child enrollment application'));
        continue;
      }
      const v = r.values;
      const hash = env.ctx.sealer.index(v['permitNumber'] as string);
      const issuedBy = (v['issuedBy'] as string | undefined) ?? app.permitIssuedBy;
      const from = v['validFrom'] as Date;
      const to = v['validTo'] as Date;
      const same = hex(app.permitHash) === hex(hash) && app.permitIssuedBy === issuedBy && app.permitValidFrom !== null && iso(app.permitValidFrom) === iso(from) && app.permitValidTo !== null && iso(app.permitValidTo) === iso(to);
      if (same) {
        out.push('UNCHANGED');
        continue;
      }
      await w.tx.migrantEnrollment.update({
        where: { id: app.id },
        data: { permitCipher: env.ctx.sealer.seal(v['permitNumber'] as string), permitHash: hash, permitIssuedBy: issuedBy, permitValidFrom: from, permitValidTo: to, version: { increment: 1 } },
      });
      w.touched(child.id);
      out.push('UPDATED');
    }
    return out;
  },
};

export const KINDS: Record<ImportKind, KindSpec> = { POVERTY_ROLL, MINIMUM_LIVING, DISABILITY_REGISTER, CENSUS, SCHOOL_ROSTER, RESIDENCE_PERMIT };

/** Command-line and URL names of the kinds. */
export const KIND_NAMES: Record<string, ImportKind> = {
  'poverty-roll': 'POVERTY_ROLL',
  'minimum-living': 'MINIMUM_LIVING',
  'disability-register': 'DISABILITY_REGISTER',
  census: 'CENSUS',
  'school-roster': 'SCHOOL_ROSTER',
  'residence-permit': 'RESIDENCE_PERMIT',
};
