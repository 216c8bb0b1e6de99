import type { SchoolKind } from '../generated/prisma/enums';
import { dayOf, isoDate, isoTimestamp, termDates } from './calendar';
import { mobilePhone } from './id-numbers';
import { distanceKm, type County, type SchoolInfo, type Township, type Village } from './model';
import type { Prng } from './prng';
import type { CountyWriter } from './tables';
import { COUNTY_NAMES, KNOWN_COUNTIES, personName, placeStem } from './vocabulary';

/**
 * The county's places and schools (plan R5.1: schools follow where children
 * live; teaching points stay in remote villages): regions with heads and
 * coordinates, ~18 townships of 8–20 villages, schools scaled with the
 * number of children, and each village's child quota.
 */

const TOWNSHIP_PLAN: ReadonlyArray<Township['kind']> = [
  '街道', '街道', '镇', '镇', '镇', '镇', '镇', '镇', '镇', '镇', '镇', '镇', '乡', '乡', '乡', '乡', '乡', '乡',
];

/** Ordinary schools for a county of n children: ~1 per 52 up to 5,000, then ~1 per 1,000 (plan R5.1). */
export function schoolCount(children: number): number {
  const base = Math.round(Math.min(children, 5000) / 52);
  const extra = children > 5000 ? Math.round((children - 5000) / 1000) : 0;
  return Math.max(TOWNSHIP_PLAN.length, base + extra);
}

/**
 * How a county's 10-digit school codes (学校标识码, School.code, unique in the
 * database) are made:
 *   'city'    '21' + the first four digits of the county code (its city) + a
 *             4-digit sequence: the demo county's codes (2143110001 …), kept for
 *             the first county of a database; two counties of one city would share them;
 *   'county'  '2' + the whole 6-digit county code + a 3-digit sequence (at most
 *             999 schools): the scheme of every further county of a database
 *             (issue 11 item 1). The two schemes could only meet for a county code of
 *             '1' followed by the first county's four city digits (for 永州 4311:
 *             14311x, which GB/T 2260 does not have).
 */
export type SchoolCodeScheme = 'city' | 'county';

/** The most schools the 'county' scheme can number. */
export const MAX_COUNTY_SCHEME_SCHOOLS = 999;

/** An upper bound of the schools of a county of n children (ordinary ones, a second one per 乡, special and vocational). */
export function maxSchools(children: number): number {
  return schoolCount(children) + TOWNSHIP_PLAN.length + 2;
}

/** Splits total into integer parts proportional to weights (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as readonly [number, number])[1];
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

function offset(lat: number, lng: number, km: number, angle: number): [number, number] {
  return [lat + (km * Math.cos(angle)) / 111.2, lng + (km * Math.sin(angle)) / (111.2 * Math.cos((lat * Math.PI) / 180))];
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Builds the county in memory: regions, quotas, schools with beds, classes and head teachers. */
export function buildCounty(rng: Prng, countyCode: string, children: number, schoolCodes: SchoolCodeScheme = 'city'): County {
  const name = COUNTY_NAMES[countyCode] ?? '示范县';
  // A known county is centred on its seat (CITY_COUNTIES); any other somewhere in southern Hunan.
  const known = KNOWN_COUNTIES.get(countyCode);
  const baseLat = known ? known.lat : 25 + rng.range(0, 3);
  const baseLng = known ? known.lng : 110 + rng.range(0, 3);
  const usedTownshipStems = new Set<string>();
  const townships: Township[] = [];
  let streetNo = 1;
  let townNo = 100;
  let xiangNo = 200;
  for (const kind of TOWNSHIP_PLAN) {
    const no = kind === '街道' ? streetNo++ : kind === '镇' ? townNo++ : xiangNo++;
    const code = countyCode + String(no).padStart(3, '0') + '000';
    const stem = placeStem(rng, usedTownshipStems);
    const [lat, lng] = kind === '街道' ? offset(baseLat, baseLng, rng.range(0.5, 2.5), rng.range(0, 2 * Math.PI)) : offset(baseLat, baseLng, rng.range(8, 30), rng.range(0, 2 * Math.PI));
    const t: Township = {
      code,
      name: stem + kind,
      kind,
      isUrban: kind === '街道',
      lat,
      lng,
      headName: personName(rng, rng.chance(0.8), 'parent'),
      headPhone: mobilePhone(rng),
      villages: [],
      schools: [],
      quota: 0,
      censusRoundId: '',
      censusSubmitted: false,
      agencyName: stem + kind + (kind === '街道' ? '办事处' : '人民政府'),
    };
    const villageCount = kind === '街道' ? rng.int(8, 12) : kind === '镇' ? rng.int(10, 20) : rng.int(8, 14);
    const communities = kind === '街道' ? villageCount - rng.int(0, 2) : kind === '镇' ? 2 : 0;
    const usedStems = new Set<string>([stem]);
    for (let i = 0; i < villageCount; i++) {
      const community = i < communities;
      const vcode = code.slice(0, 9) + (community ? String(i + 1).padStart(3, '0') : String(200 + i - communities + 1));
      const vstem = placeStem(rng, usedStems);
      const remote = !community && rng.chance(0.2);
      const dist = i === 0 ? rng.range(0, 0.4) : community ? rng.range(0.5, 2) : remote ? rng.range(9, 15) : rng.range(1.5, 9);
      const [vlat, vlng] = offset(lat, lng, dist, rng.range(0, 2 * Math.PI));
      t.villages.push({
        code: vcode,
        name: vstem + (community ? '社区' : '村'),
        stem: vstem,
        township: t,
        isUrban: community,
        lat: vlat,
        lng: vlng,
        remoteness: dist,
        headName: personName(rng, rng.chance(0.75), 'parent'),
        quota: 0,
        primaryChoices: [],
        teachingPoint: null,
        juniorChoices: [],
        nextHousehold: 1,
      });
    }
    townships.push(t);
  }

  // Child quotas: towns and communities are bigger than remote villages.
  const villages = townships.flatMap((t) => t.villages);
  const weights = villages.map((v) => {
    const tw = v.township.kind === '街道' ? 2.2 : v.township.kind === '镇' ? 1.3 : 0.75;
    const vw = v.isUrban ? (v.township.isUrban ? rng.range(1.5, 2.5) : rng.range(1.2, 2)) : rng.range(0.5, 1.3) * (v.remoteness > 9 ? 0.7 : 1);
    return (tw * vw) / v.township.villages.length;
  });
  apportion(children, weights).forEach((q, i) => {
    const v = villages[i] as Village;
    v.quota = q;
    v.township.quota += q;
  });
  const urbanShare = children > 0 ? villages.filter((v) => v.isUrban).reduce((a, v) => a + v.quota, 0) / children : 0;

  const list: SchoolList = { schools: [], names: new Set(), countyCode, schoolCodes };
  buildSchools(rng, list, name, townships, children);
  const schools = list.schools;
  const seat = townships[0] as Township;
  const special = addSchool(rng, list, name + '特殊教育学校', 'SPECIAL_EDUCATION', seat.villages[0] as Village);
  const vocational = addSchool(rng, list, name + '职业中专学校', 'VOCATIONAL', seat.villages[0] as Village);
  special.expectedPrimary = Math.max(6, children * 0.0025 * (2 / 3));
  special.expectedJunior = Math.max(3, children * 0.0025 * (1 / 3));
  vocational.expectedJunior = Math.max(30, children * 0.03);
  for (const s of schools) finishSchool(rng, s, children);

  return {
    code: countyCode,
    regionCode: countyCode + '000000',
    name,
    headName: personName(rng, rng.chance(0.8), 'parent'),
    bureauHeadName: personName(rng, rng.chance(0.7), 'parent'),
    lat: baseLat,
    lng: baseLng,
    townships,
    schools,
    special,
    vocational,
    urbanShare,
  };
}

function primaryCapable(s: SchoolInfo): boolean {
  return s.kind === 'PRIMARY' || s.kind === 'NINE_YEAR';
}

function juniorCapable(s: SchoolInfo): boolean {
  return s.kind === 'JUNIOR' || s.kind === 'NINE_YEAR';
}

const GRADE_RANGE: Record<SchoolKind, [number, number]> = {
  PRIMARY: [1, 6],
  TEACHING_POINT: [1, 4],
  JUNIOR: [7, 9],
  NINE_YEAR: [1, 9],
  SPECIAL_EDUCATION: [1, 9],
  VOCATIONAL: [10, 12],
};

interface SchoolList {
  schools: SchoolInfo[];
  names: Set<string>;
  countyCode: string;
  schoolCodes: SchoolCodeScheme;
}

/** The n-th school code (from 1) of a county under a scheme (SchoolCodeScheme). */
export function schoolCode(scheme: SchoolCodeScheme, countyCode: string, n: number): string {
  if (scheme === 'city') return '21' + countyCode.slice(0, 4) + String(n).padStart(4, '0');
  if (n > MAX_COUNTY_SCHEME_SCHOOLS) throw new Error(`county ${countyCode} needs more than ${MAX_COUNTY_SCHEME_SCHOOLS} school codes (scheme 'county')`);
  return '2' + countyCode + String(n).padStart(3, '0');
}

function addSchool(rng: Prng, list: SchoolList, wanted: string, kind: SchoolKind, village: Village): SchoolInfo {
  const { schools, names, countyCode, schoolCodes } = list;
  let name = wanted;
  for (let n = 2; names.has(name); n++) name = wanted.replace(/(小学|中学|学校|教学点)$/, `第${n}$1`);
  names.add(name);
  const [minGrade, maxGrade] = GRADE_RANGE[kind];
  const [lat, lng] = offset(village.lat, village.lng, rng.range(0, 0.4), rng.range(0, 2 * Math.PI));
  const s: SchoolInfo = {
    index: schools.length,
    id: rng.uuid(),
    code: schoolCode(schoolCodes, countyCode, schools.length + 1),
    name,
    kind,
    township: village.township,
    village,
    lat,
    lng,
    rural: !village.township.isUrban,
    minGrade,
    maxGrade,
    beds: 0,
    hasBus: false,
    principal: personName(rng, rng.chance(0.65), 'parent'),
    registrar: name + '学籍管理员',
    classesPerGrade: 1,
    classTeachers: [],
    feeCents: 0,
    expectedPrimary: 0,
    expectedJunior: 0,
    bedsUsed: 0,
  };
  schools.push(s);
  village.township.schools.push(s);
  return s;
}

function buildSchools(rng: Prng, list: SchoolList, countyName: string, townships: Township[], children: number): void {
  // At least one school per township; a 乡 also keeps a 教学点 in its remotest village (plan R5.1).
  const perTownship = apportion(schoolCount(children), townships.map((t) => t.quota + 1)).map((x, i) => Math.max((townships[i] as Township).kind === '乡' ? 2 : 1, x));
  townships.forEach((t, ti) => {
    const s = perTownship[ti] as number;
    const seat = t.villages[0] as Village;
    const byQuota = t.villages.slice().sort((a, b) => b.quota - a.quota || a.code.localeCompare(b.code));
    const juniors = s === 1 ? 1 : Math.max(1, Math.round(s * 0.2));
    const tName = t.isUrban ? countyName + t.name.replace(/街道$/, '') : t.name;
    if (s === 1) {
      addSchool(rng, list, t.name + '九年一贯制学校', 'NINE_YEAR', seat);
    } else {
      addSchool(rng, list, tName + '中学', s >= 3 ? 'JUNIOR' : 'NINE_YEAR', seat);
      for (let j = 1; j < juniors; j++) {
        const v = byQuota[j % byQuota.length] as Village;
        if (j % 2 === 1 && v !== seat) addSchool(rng, list, v.stem + '九年一贯制学校', 'NINE_YEAR', v);
        else addSchool(rng, list, tName + '中学', 'JUNIOR', seat);
      }
      const primaries = s - juniors;
      // A 乡 whose nine-year school already teaches the seat's primary grades keeps its single extra school as a 教学点.
      const seatNineYear = s < 3;
      if (primaries >= 1 && !(seatNineYear && t.kind === '乡')) addSchool(rng, list, tName + '中心小学', 'PRIMARY', seat);
      const rest = seatNineYear && t.kind === '乡' ? primaries : primaries - 1;
      // 教学点 stay in the remotest villages (plan R5.1): at most one per village, in at most 40 % of them.
      const remote = t.villages.filter((v) => v !== seat && !v.isUrban).sort((a, b) => b.remoteness - a.remoteness || a.code.localeCompare(b.code));
      const wanted = t.isUrban ? 0 : Math.round(rest * 0.35 + (t.kind === '乡' ? 0.5 : 0));
      const teachingPoints = Math.min(wanted, remote.length, Math.max(1, Math.round(t.villages.length * 0.4)));
      for (let k = 0; k < teachingPoints; k++) addSchool(rng, list, (remote[k] as Village).stem + '教学点', 'TEACHING_POINT', remote[k] as Village);
      const candidates = byQuota.filter((v) => v !== seat && !v.township.schools.some((x) => x.village === v && x.kind === 'TEACHING_POINT'));
      const pool = candidates.length > 0 ? candidates : byQuota;
      for (let k = 0; k < rest - teachingPoints; k++) {
        const v = pool[k % pool.length] as Village;
        addSchool(rng, list, v.stem + '小学', 'PRIMARY', v);
      }
    }
    // Where each village's pupils go, and how many each school should expect.
    const primaryCap = t.schools.filter(primaryCapable);
    const juniorCap = t.schools.filter(juniorCapable);
    for (const v of t.villages) {
      v.primaryChoices = nearestChoices(v, primaryCap);
      v.teachingPoint = t.schools.find((x) => x.kind === 'TEACHING_POINT' && x.village === v) ?? null;
      v.juniorChoices = nearestChoices(v, juniorCap);
      const primaryKids = v.quota * 0.6;
      const ownPrimary = v.primaryChoices.some((x) => x.village === v);
      const atTeachingPoint = v.teachingPoint && !ownPrimary ? primaryKids * (4 / 6) * 0.7 : 0;
      if (v.teachingPoint) v.teachingPoint.expectedPrimary += atTeachingPoint;
      for (const x of v.primaryChoices) x.expectedPrimary += (primaryKids - atTeachingPoint) / v.primaryChoices.length;
      for (const x of v.juniorChoices) x.expectedJunior += (v.quota * 0.3) / v.juniorChoices.length;
    }
  });
}

/** The schools in the village itself, else the nearest one(s) of the township (ties within 1 km). */
function nearestChoices(v: Village, candidates: SchoolInfo[]): SchoolInfo[] {
  const own = candidates.filter((s) => s.village === v);
  if (own.length > 0) return own;
  const dists = candidates.map((s) => distanceKm(v.lat, v.lng, s.lat, s.lng));
  const best = Math.min(...dists);
  return candidates.filter((_, i) => (dists[i] as number) <= best + 1);
}

function finishSchool(rng: Prng, s: SchoolInfo, children: number): void {
  const toBeds = (x: number): number => Math.max(0, Math.round(x / 8) * 8);
  switch (s.kind) {
    case 'JUNIOR':
      s.beds = toBeds(s.expectedJunior * (s.rural ? rng.range(0.5, 0.8) : rng.range(0.1, 0.25)));
      s.hasBus = s.rural && rng.chance(0.5);
      break;
    case 'NINE_YEAR':
      s.beds = toBeds(s.expectedJunior * (s.rural ? rng.range(0.45, 0.7) : rng.range(0.1, 0.2)) + s.expectedPrimary * rng.range(0.03, 0.08));
      s.hasBus = s.rural && rng.chance(0.5);
      break;
    case 'PRIMARY':
      if (s.rural && s.village === s.township.villages[0] && rng.chance(0.5)) s.beds = toBeds(s.expectedPrimary * rng.range(0.05, 0.12));
      s.hasBus = s.rural && rng.chance(0.3);
      break;
    case 'TEACHING_POINT':
      break;
    case 'SPECIAL_EDUCATION':
      s.beds = Math.max(16, toBeds((s.expectedPrimary + s.expectedJunior) * 0.8));
      s.hasBus = true;
      break;
    case 'VOCATIONAL':
      s.beds = Math.max(40, toBeds((children / 5000) * 200));
      s.hasBus = true;
      break;
  }
  if (s.beds > 0 && s.kind !== 'SPECIAL_EDUCATION' && s.kind !== 'VOCATIONAL' && rng.chance(0.4)) s.feeCents = rng.int(10, 30) * 1000;
  const grades = s.maxGrade - s.minGrade + 1;
  const perGrade =
    s.kind === 'NINE_YEAR'
      ? Math.max(s.expectedPrimary / 6, s.expectedJunior / 3)
      : s.kind === 'TEACHING_POINT'
        ? s.expectedPrimary / 4
        : s.minGrade >= 7
          ? s.expectedJunior / 3
          : s.kind === 'SPECIAL_EDUCATION'
            ? 1
            : s.expectedPrimary / 6;
  s.classesPerGrade = Math.max(1, Math.ceil(perGrade / 45));
  for (let i = 0; i < grades * s.classesPerGrade; i++) s.classTeachers.push(personName(rng, rng.chance(0.35), 'parent'));
}

/** Writes regions, schools, agencies, terms, fees and term beds (plan R5.2, R6.3). */
export function writeCountyFrame(rng: Prng, writer: CountyWriter, county: County, schoolYear: number, createdAt: string): void {
  const c = county.code;
  writer.add('Region', {
    code: county.regionCode, level: 'COUNTY', name: county.name, parentCode: null, countyCode: c, isUrban: false,
    headName: county.headName, headPhone: mobilePhone(rng), latitude: round6(county.lat), longitude: round6(county.lng),
  });
  for (const t of county.townships) {
    writer.add('Region', {
      code: t.code, level: 'TOWNSHIP', name: t.name, parentCode: county.regionCode, countyCode: c, isUrban: t.isUrban,
      headName: t.headName, headPhone: t.headPhone, latitude: round6(t.lat), longitude: round6(t.lng),
    });
    for (const v of t.villages) {
      writer.add('Region', {
        code: v.code, level: 'VILLAGE', name: v.name, parentCode: t.code, countyCode: c, isUrban: v.isUrban,
        headName: v.headName, headPhone: mobilePhone(rng), latitude: round6(v.lat), longitude: round6(v.lng),
      });
    }
  }
  for (const s of county.schools) {
    writer.add('School', {
      id: s.id, code: s.code, name: s.name, kind: s.kind, countyCode: c, townshipCode: s.township.code, isPublic: true,
      boardingBeds: s.beds, hasBus: s.hasBus, principalName: s.principal, latitude: round6(s.lat), longitude: round6(s.lng), createdAt,
    });
  }
  const n = county.name;
  const countyAgencies: Array<[string, string, string | null]> = [
    ['EDUCATION_BUREAU', n + '教育局', county.bureauHeadName],
    ['CIVIL_AFFAIRS', n + '民政局', personName(rng, rng.chance(0.7), 'parent')],
    ['HUMAN_RESOURCES_SOCIAL_SECURITY', n + '人力资源和社会保障局', personName(rng, rng.chance(0.7), 'parent')],
    ['JUDICIARY', n + '司法局', personName(rng, rng.chance(0.7), 'parent')],
    ['WOMENS_FEDERATION', n + '妇女联合会', personName(rng, false, 'parent')],
    ['DISABLED_PERSONS_FEDERATION', n + '残疾人联合会', personName(rng, rng.chance(0.6), 'parent')],
    ['POVERTY_ALLEVIATION_OFFICE', n + '乡村振兴局(扶贫办)', personName(rng, rng.chance(0.7), 'parent')],
    ['SUPERVISION', n + '人民政府教育督导室', personName(rng, rng.chance(0.7), 'parent')],
    ['PARTNER_APP', '家校共育平台(合作应用)', null],
  ];
  for (const [kind, name, head] of countyAgencies) {
    writer.add('Agency', { id: rng.uuid(), kind, name, countyCode: c, townshipCode: null, schoolId: null, headName: head, createdAt });
  }
  for (const t of county.townships) {
    writer.add('Agency', { id: rng.uuid(), kind: 'TOWNSHIP', name: t.agencyName, countyCode: c, townshipCode: t.code, schoolId: null, headName: t.headName, createdAt });
  }
  for (const s of county.schools) {
    writer.add('Agency', { id: rng.uuid(), kind: 'SCHOOL', name: s.name, countyCode: c, townshipCode: s.township.code, schoolId: s.id, headName: s.principal, createdAt });
  }
  for (let y = schoolYear - 3; y <= schoolYear; y++) {
    for (const term of [1, 2] as const) {
      const t = termDates(y, term);
      writer.add('SchoolTerm', { id: rng.uuid(), countyCode: c, schoolYear: y, term, startsOn: isoDate(t.startsOn), endsOn: isoDate(t.endsOn) });
    }
  }
  for (const s of county.schools) {
    for (let y = schoolYear - 3; y <= schoolYear; y++) {
      for (let g = s.minGrade; g <= s.maxGrade; g++) {
        writer.add('SchoolFee', { id: rng.uuid(), schoolId: s.id, schoolYear: y, grade: g, feeCents: s.feeCents });
      }
      if (s.beds > 0) {
        for (const term of [1, 2] as const) {
          const beds = y === schoolYear ? s.beds : Math.round((s.beds * (1 - 0.04 * (schoolYear - y))) / 8) * 8;
          writer.add('SchoolTermBeds', { id: rng.uuid(), schoolId: s.id, schoolYear: y, term, beds });
        }
      }
    }
  }
}

/** When the frame rows (regions, schools, agencies) were set up: 20 August of the school year, 09:00 China time. */
export function frameCreatedAt(schoolYear: number): string {
  return isoTimestamp(dayOf(schoolYear, 8, 20), 9);
}
