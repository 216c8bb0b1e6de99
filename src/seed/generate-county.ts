import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Database } from '../db/client';
import { ensurePartitions } from '../db/partitions';
import type { IdentifierSealer } from '../lib/crypto';
import { addMonths, currentTerm, dayOf, dayOfDate, isoDate, isoTimestamp, schoolDaysBetween, schoolYearOf, termDates, type TermDates } from './calendar';
import { writeAttendance } from './attendance';
import { planCareer, writeLearningSupport } from './careers';
import { Quota, type ChildModel, type GenContext, type HouseholdModel, type PlantedKind } from './context';
import { buildCounty, frameCreatedAt, MAX_COUNTY_SCHEME_SCHOOLS, maxSchools, writeCountyFrame, type SchoolCodeScheme } from './geography';
import { createHousehold, writeHousehold } from './households';
import { IdNumberAllocator } from './id-numbers';
import { distanceKm } from './model';
import { Prng } from './prng';
import {
  plant, settleBoarding, writeCare, writeCensus, writeDisability, writeDropoutCases, writeGrantsAndBoarding, writeMigrantEnrollment,
  writeRollEntries, writeSupportPlans,
} from './services';
import { PROGRAMMES } from './subsidy-rules';
import { CountyWriter, type TableName } from './tables';
import { CITY_COUNTIES, COUNTY_NAMES, MIGRANT_ORIGINS } from './vocabulary';

/**
 * The deterministic demo county (控辍保学 data of one county): same seed,
 * size, county code, day and identifier keys => the same rows (ciphertexts
 * aside: AES-GCM uses a fresh IV per seal, by design). Households and
 * children are generated village by village and written in batches of a
 * few thousand children, one transaction each, so memory stays bounded
 * at a million children.
 *
 * Planted facts (PlantedFact.kind → detail) are the only deliberate
 * inconsistencies; everything else agrees with itself:
 *   NEVER_ENROLLED                 { age, townshipCode, villageCode }  school-age, Enrollment NOT_ENROLLED, no school, no disability
 *   DISABLED_UNPLACED              { age, category, disabilityGrade, townshipCode }  disabled, NOT_ENROLLED, no Placement (plan R2.5)
 *   POVERTY_ROLL_ONLY              { householdId, registrationNumber, batchId }  on the roll, household not registeredPoor (R2.3)
 *   POVERTY_HOUSEHOLD_NOT_ON_ROLL  { householdId, registrationNumber, batchId }  school-age child of a registeredPoor household missing from the roll
 *   PLANTED_DROPOUT                { droppedOn, schoolId, grade, stage, cause, registeredPoor, caseId }  every current DROPPED_OUT child (some registered-poor: T3)
 *   OVERDUE_SUSPENSION             { suspendedOn, dueBackOn, schoolId, grade }  SUSPENDED with dueBackOn before today
 *   ABSENCE_STREAK                 { from, to, schoolDays, ongoing, schoolId }  the longest run of 3+ consecutive unexcused school days
 *                                  (Monday–Friday) this term of a pupil enrolled today in grades 1–9: planted ones (quota) and those of
 *                                  lead-ups and noise (attendance.ts)
 *   ELIGIBLE_WITHOUT_GRANT         { programmeCode, programmeId, schoolYear, term }  rule says eligible, no SubsidyGrant (poor or 低保 child)
 *   CENSUS_ONLY (childId null)     { censusEntryId, roundId, townshipCode, villageCode, birthDate, inSchool }  census entry of a child the hub lacks
 *   DROPOUT_LEAD_UP                { droppedOn, schoolId, grade, leadUp, signalsFrom, returned }  every dropout within the attendance ledger's
 *                                  two terms, with the lead-up the generator drew (risk-model.ts): RISING, SUDDEN, NO_SHOW or SUSPENSION,
 *                                  and the first day of its signals (ramp, holiday's end, or the suspension's due date); the answer key
 *                                  of the early-warning backtest, not a fact the hub could know
 * NEVER_ENROLLED and CENSUS_ONLY are planted only in townships whose census
 * round is SUBMITTED, so a census cross-check of submitted rounds finds them.
 * Legitimately out of school and not planted: children with an active DEFERRED
 * placement (NOT_ENROLLED), GRADUATED 15–16-year-olds, TRANSFERRED_OUT
 * children (moved away; not in the census). School age is 6–15 on 31 August;
 * a few 5- (early entry) and 16-year-olds exist as edge cases.
 *
 * Many counties in one database (issue 11 item 1): generateCounties writes
 * several counties of one city, one after the other, and generateCounty adds a
 * county to a database that holds others. The database's first county is
 * generated exactly as the single demo county always was. A county added
 * beside others differs in what would otherwise collide across counties:
 *   - its random stream is its own (seed and county code, `demo-county:<code>`),
 *     so its row ids (COMB UUIDs) never follow another county's stream;
 *   - its school codes use the 'county' scheme (geography.ts SchoolCodeScheme):
 *     School.code is unique in the database;
 *   - ID numbers are national (Child, Person idNumberHash unique; national
 *     student numbers and disability certificates derive from them): the
 *     counties of one run share one allocator, and a county added by a later
 *     run skips the ID numbers the database holds (a migrant child's hukou
 *     prefix may be another generated county's own);
 *   - its migrant households come from other counties than itself.
 * Everything else is keyed by county already (Region and township codes
 * start with the county code; Household, SubsidyProgramme, PovertyRollBatch,
 * Discrepancy and SchoolTerm are unique per county).
 */

export interface GenerateCountyOptions {
  children: number;
  seed: number;
  /** 6-digit GB/T 2260 county code. */
  countyCode: string;
  sealer: IdentifierSealer;
  /** The generator's "today" (default 2026-11-29); the current school year and term follow from it. */
  today?: Date;
  onProgress?: (phase: string, done: number, total: number) => void;
  /**
   * The ID-number allocator of the run (generateCounties shares one between
   * its counties). Default: a new one that skips the ID numbers of the
   * counties the database holds already.
   */
  ids?: IdNumberAllocator;
  /** ANALYZE when done (default true; generateCounties analyses once, after its last county). */
  analyze?: boolean;
}

export interface CountySummary {
  countyCode: string;
  /** GB/T 2260 name (示范县 for a code the generator does not know). */
  countyName: string;
  /** The database's first county (generated as the single demo county), or one added beside others. */
  first: boolean;
  schoolCodes: SchoolCodeScheme;
  seed: number;
  children: number;
  today: string;
  /** Rows written per table. */
  counts: Record<TableName, number>;
  planted: Record<PlantedKind, number>;
  elapsedMs: number;
}

/** The demo county's default "today". */
export const DEMO_TODAY = new Date(Date.UTC(2026, 10, 29));

const FLUSH_ROWS = 40_000;
const YIELD_EVERY = 100;

/**
 * True when the database holds no county yet (no Region rows); with a
 * county code, when it does not hold that county.
 */
export async function isCountyEmpty(db: Database, countyCode?: string): Promise<boolean> {
  const rows =
    countyCode === undefined
      ? await db.raw.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM "Region") AS found')
      : await db.raw.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM "Region" WHERE "countyCode" = $1) AS found', [countyCode]);
  return rows[0]?.found !== true;
}

/** The counties the database holds (county codes of its Region rows), in code order. */
export async function existingCounties(db: Database): Promise<string[]> {
  const rows = await db.raw.query<{ c: string }>('SELECT DISTINCT "countyCode" AS c FROM "Region" ORDER BY 1');
  return rows.map((r) => r.c);
}

/**
 * `n` counties of the home county's city (CITY_COUNTIES): the home county
 * first, then the others in code order. GB/T 2260 codes and names.
 */
export function countiesOfCity(home: string, n: number): string[] {
  if (!/^[0-9]{6}$/.test(home)) throw new Error('the home county must be a 6-digit GB/T 2260 code');
  if (!Number.isInteger(n) || n < 1) throw new Error('the number of counties must be a positive integer');
  if (n === 1) return [home];
  const city = home.slice(0, 4);
  const list = CITY_COUNTIES[city];
  if (!list || !list.some((c) => c.code === home)) {
    throw new Error(`no list of the counties of city ${city} for ${home}; the generator knows ${Object.keys(CITY_COUNTIES).map((k) => `${k}xx`).join(', ')}`);
  }
  if (n > list.length) throw new Error(`city ${city} has ${list.length} county-level divisions; asked for ${n}`);
  return [home, ...list.map((c) => c.code).filter((c) => c !== home)].slice(0, n);
}


/**
 * The ID numbers the database holds already (Child, Person, and the census
 * entries of children the hub lacks), as a test on a candidate: the first 8
 * bytes of its index (sealer.index) against a sorted list of the stored ones
 * (a false match only skips a number). undefined when there are none. The
 * index key must be the one the rows were written with, else the stored
 * hashes match nothing (and then cannot collide in the unique indexes either).
 */
export async function takenIdNumbers(db: Database, sealer: IdentifierSealer, pageRows = 50_000): Promise<((idNumber: string) => boolean) | undefined> {
  if (!Number.isInteger(pageRows) || pageRows < 1) throw new Error('pageRows must be a positive integer');
  const heads: bigint[] = [];
  const head = (v: Uint8Array): bigint => Buffer.from(v.buffer, v.byteOffset, v.byteLength).readBigUInt64BE(0);
  // Child and Person have a unique index on idNumberHash: read in pages along it.
  for (const table of ['Child', 'Person']) {
    let after: Uint8Array | null = null;
    for (;;) {
      const rows: Array<{ h: Uint8Array }> = await db.raw.query<{ h: Uint8Array }>(
        `SELECT "idNumberHash" AS h FROM "${table}" WHERE "idNumberHash" IS NOT NULL${after ? ' AND "idNumberHash" > $1' : ''} ORDER BY "idNumberHash" LIMIT ${pageRows}`,
        after ? [after] : [],
      );
      for (const r of rows) heads.push(head(r.h));
      const last = rows[rows.length - 1];
      if (rows.length < pageRows || !last) break;
      after = last.h;
    }
  }
  for (const r of await db.raw.query<{ h: Uint8Array }>('SELECT "idNumberHash" AS h FROM "CensusEntry" WHERE "childId" IS NULL AND "idNumberHash" IS NOT NULL')) {
    heads.push(head(r.h));
  }
  if (heads.length === 0) return undefined;
  const sorted = BigUint64Array.from(heads).sort();
  return (idNumber) => {
    const x = sealer.index(idNumber).readBigUInt64BE(0);
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = sorted[mid] as bigint;
      if (v === x) return true;
      if (v < x) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}

/** The counties asked for that the database holds already. */
export class CountyExistsError extends Error {
  constructor(readonly countyCodes: string[]) {
    super(
      `the database already holds county ${countyCodes.map((c) => `${c}${COUNTY_NAMES[c] ? ` ${COUNTY_NAMES[c]}` : ''}`).join(', ')}: ` +
        'a county is generated once (choose other counties, or start from an empty database)',
    );
    this.name = 'CountyExistsError';
  }
}

export interface GenerateCountiesOptions extends Omit<GenerateCountyOptions, 'countyCode' | 'ids' | 'analyze' | 'onProgress'> {
  /** The counties to generate, in order (countiesOfCity gives a city's); none may be in the database already. */
  countyCodes: readonly string[];
  onProgress?: (countyCode: string, phase: string, done: number, total: number) => void;
  /** Called as each county is done. */
  onCounty?: (summary: CountySummary, index: number) => void;
}

/**
 * Generates several counties into one migrated database, one after the
 * other, each a full county of `children` children (issue 11 item 1), with
 * one ID-number allocator for all of them (skipping the ID numbers of
 * counties the database held before) and one ANALYZE at the end. Refuses,
 * before writing anything, a county the database holds already and a county
 * that would need more school codes than its scheme has.
 */
export async function generateCounties(db: Database, opts: GenerateCountiesOptions): Promise<CountySummary[]> {
  const { countyCodes, onProgress, onCounty, ...common } = opts;
  const codes = [...countyCodes];
  if (codes.length === 0) throw new Error('no county to generate');
  for (const c of codes) if (!/^[0-9]{6}$/.test(c)) throw new Error(`county code ${c} is not 6 digits (GB/T 2260)`);
  if (new Set(codes).size !== codes.length) throw new Error('a county is listed twice');
  const existing = await existingCounties(db);
  const present = codes.filter((c) => existing.includes(c));
  if (present.length > 0) throw new CountyExistsError(present);
  const added = existing.length > 0 ? codes.length : codes.length - 1;
  if (added > 0 && maxSchools(common.children) > MAX_COUNTY_SCHEME_SCHOOLS) {
    throw new Error(
      `a county added beside others has at most ${MAX_COUNTY_SCHEME_SCHOOLS} school codes ('2' + county code + 3 digits); ` +
        `${common.children.toLocaleString('en')} children may need ${maxSchools(common.children)} schools`,
    );
  }
  const ids = new IdNumberAllocator(existing.length > 0 ? await takenIdNumbers(db, common.sealer) : undefined);
  const summaries: CountySummary[] = [];
  for (const [i, countyCode] of codes.entries()) {
    const summary = await generateCounty(db, {
      ...common,
      countyCode,
      ids,
      analyze: false,
      ...(onProgress ? { onProgress: (phase: string, done: number, total: number) => onProgress(countyCode, phase, done, total) } : {}),
    });
    summaries.push(summary);
    onCounty?.(summary, i);
  }
  // Planner statistics of the freshly loaded tables, once for all the counties (as generateCounty does for one).
  await db.raw.exec('ANALYZE');
  return summaries;
}

/**
 * Generates one county into a migrated database and returns what it wrote:
 * into an empty database the demo county as always, into a database that
 * holds other counties this one beside them (see the top of this file).
 */
export async function generateCounty(db: Database, opts: GenerateCountyOptions): Promise<CountySummary> {
  const started = performance.now();
  if (!Number.isInteger(opts.children) || opts.children < 0) throw new Error('children must be a non-negative integer');
  if (!/^[0-9]{6}$/.test(opts.countyCode)) throw new Error('countyCode must be 6 digits (GB/T 2260)');
  const existing = await existingCounties(db);
  if (existing.includes(opts.countyCode)) throw new CountyExistsError([opts.countyCode]);
  const first = existing.length === 0;
  const schoolCodes: SchoolCodeScheme = first ? 'city' : 'county';
  const progress = opts.onProgress ?? (() => undefined);
  const rng = new Prng(opts.seed, first ? 'demo-county' : `demo-county:${opts.countyCode}`);
  const today = dayOfDate(opts.today ?? DEMO_TODAY);
  const schoolYear = schoolYearOf(today);
  const term = currentTerm(today);
  // Built in memory before anything is written: a county that needs more school codes than its scheme has fails here.
  const county = buildCounty(rng, opts.countyCode, opts.children, schoolCodes);
  const ids = opts.ids ?? new IdNumberAllocator(first ? undefined : await takenIdNumbers(db, opts.sealer));
  const writer = new CountyWriter(db, db.kind === 'postgres' ? 2 : 1);
  const createdAt = frameCreatedAt(schoolYear);
  const ctx = createContext(rng, county, writer, opts, ids, today, schoolYear, term, createdAt);

  // The attendance ledger's months get their partitions before the rows are loaded (issue 11 item 5): a month
  // without one would land in the DEFAULT partition. The ledger ends yesterday; today's month is included.
  const firstDay = ctx.ledger.days[0];
  if (firstDay !== undefined) await ensurePartitions(db, 'AttendanceRecord', new Date(firstDay * 86_400_000), new Date(today * 86_400_000));

  progress('frame', 0, 1);
  writeCountyFrame(rng, writer, county, schoolYear, createdAt);
  writeProgrammesAndRounds(ctx);
  await writer.drain();
  progress('frame', 1, 1);

  let done = 0;
  let nextYield = YIELD_EVERY;
  progress('children', 0, opts.children);
  for (const t of county.townships) {
    for (const v of t.villages) {
      let remaining = v.quota;
      while (remaining > 0) {
        const { hh, children } = createHousehold(ctx, v, remaining);
        remaining -= children.length;
        done += children.length;
        processHousehold(ctx, hh, children);
        if (writer.pending >= FLUSH_ROWS) {
          await writer.flush();
          progress('children', done, opts.children);
        } else if (done >= nextYield) {
          // Let the database driver send the previous batch's next statement while we keep generating.
          nextYield = done + YIELD_EVERY;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    }
    settleBoarding(ctx, ctx.boardingLocal);
    ctx.boardingLocal = [];
    await writer.flush(true); // boarding refers to children of earlier batches
    progress('children', done, opts.children);
  }
  settleBoarding(ctx, ctx.boardingCounty);
  ctx.boardingCounty = [];
  await writer.drain();
  await db.raw.query('UPDATE "PovertyRollBatch" SET "contentHash" = $1 WHERE id = $2', [ctx.rollHash.digest('hex'), ctx.rollBatchId]);
  // Planner statistics of the freshly loaded tables (issue 9: an unanalyzed
  // Child table made the root page a bitmap scan of every row plus a sort).
  if (opts.analyze !== false) await db.raw.exec('ANALYZE');
  progress('done', opts.children, opts.children);
  return {
    countyCode: opts.countyCode,
    countyName: county.name,
    first,
    schoolCodes,
    seed: opts.seed,
    children: opts.children,
    today: isoDate(today),
    counts: { ...writer.counts },
    planted: { ...ctx.planted },
    elapsedMs: Math.round(performance.now() - started),
  };
}

function createContext(
  rng: Prng,
  county: GenContext['county'],
  writer: CountyWriter,
  opts: GenerateCountyOptions,
  ids: IdNumberAllocator,
  today: number,
  schoolYear: number,
  term: GenContext['term'],
  createdAt: string,
): GenContext {
  // Rates calibrated so the county as a whole lands near the targets whatever its urban share.
  const u = county.urbanShare;
  const migrantUrban = Math.min(0.11, (0.75 * 0.04) / Math.max(u, 0.01));
  const migrantRural = clamp((0.04 - u * migrantUrban) / Math.max(1 - u, 0.01), 0.003, 0.1);
  const settledUrban = u * (1 - migrantUrban);
  const settledRural = (1 - u) * (1 - migrantRural);
  const leftBehindUrban = 0.08;
  const poorUrban = 0.03;
  const q = (rate: number): Quota => new Quota(rate, rng);
  return {
    rng,
    county,
    writer,
    sealer: opts.sealer,
    ids,
    cc: opts.countyCode,
    migrantOrigins: MIGRANT_ORIGINS.filter((o) => o.code !== opts.countyCode),
    today,
    schoolYear,
    ageDay: dayOf(schoolYear, 8, 31),
    term,
    termDays: schoolDaysBetween(term.startsOn, Math.min(term.endsOn, today - 1)),
    ledger: ledgerOf(term, today),
    leftBehindCutoff: addMonths(today, -6),
    createdAt,
    programmes: [],
    rollBatchId: '',
    rollHash: createHash('sha256'),
    rates: {
      migrantUrban,
      migrantRural,
      leftBehindUrban,
      leftBehindRural: clamp((0.2 - settledUrban * leftBehindUrban) / Math.max(settledRural, 0.01), 0, 0.5),
      poorUrban,
      poorRural: clamp((0.1 - settledUrban * poorUrban) / Math.max(settledRural, 0.01), 0, 0.3),
    },
    quotas: {
      neverEnrolled: q(0.0015),
      disabled: q(0.01),
      unplaced: q(0.08),
      rollOnly: q(0.005),
      notOnRoll: q(0.03),
      overdue: q(0.0015),
      poorDropout: q(0.006),
      streak: q(0.003),
      withoutGrant: q(0.04),
      censusOnly: q(0.002),
      orphan: q(0.003),
      distress: q(0.009),
    },
    counters: { evidence: 0, permit: 0, migrantHousehold: 0, children: 0 },
    planted: {
      NEVER_ENROLLED: 0, DISABLED_UNPLACED: 0, POVERTY_ROLL_ONLY: 0, POVERTY_HOUSEHOLD_NOT_ON_ROLL: 0, PLANTED_DROPOUT: 0,
      OVERDUE_SUSPENSION: 0, ABSENCE_STREAK: 0, ELIGIBLE_WITHOUT_GRANT: 0, CENSUS_ONLY: 0, DROPOUT_LEAD_UP: 0,
    },
    boardingLocal: [],
    boardingCounty: [],
  };
}

/** The attendance ledger's terms (plan R2.4): the previous term and the current one, up to yesterday. */
function ledgerOf(term: TermDates, today: number): GenContext['ledger'] {
  const previous = term.term === 1 ? termDates(term.schoolYear - 1, 2) : termDates(term.schoolYear, 1);
  const terms = [previous, term];
  const days: number[] = [];
  const termStarts: number[] = [];
  for (const t of terms) {
    termStarts.push(days.length);
    days.push(...schoolDaysBetween(t.startsOn, Math.min(t.endsOn, today - 1)));
  }
  return { days, termStarts, terms };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Subsidy programmes with their rule (version 1), the poverty-roll batch and each township's census round. */
function writeProgrammesAndRounds(ctx: GenContext): void {
  const { rng, writer, cc, schoolYear: Y, county } = ctx;
  for (const def of PROGRAMMES) {
    const id = rng.uuid();
    writer.add('SubsidyProgramme', {
      id, code: def.code, name: def.name, countyCode: cc, fundingLevel: def.fundingLevel, ownerAgency: def.ownerAgency,
      amountCents: def.amountCents, period: def.period, active: true,
    });
    writer.add('SubsidyRuleVersion', {
      id: rng.uuid(), programmeId: id, version: 1, rule: def.rule as unknown as Record<string, unknown>, validFrom: isoDate(dayOf(Y - 3, 9, 1)),
      validTo: null, createdAt: ctx.createdAt,
    });
    ctx.programmes.push({ id, def, usesBoarding: JSON.stringify(def.rule).includes('"boarding.') });
  }
  ctx.rollBatchId = rng.uuid();
  writer.add('PovertyRollBatch', {
    id: ctx.rollBatchId, countyCode: cc, sourceName: `${county.name}乡村振兴局 建档立卡脱贫户及监测对象在校学生名单(${Y}年10月)`,
    contentHash: `pending-${ctx.rollBatchId}`, importedAt: isoTimestamp(Math.min(dayOf(Y, 10, 20), ctx.today), 10),
  });
  county.townships.forEach((t, i) => {
    t.censusRoundId = rng.uuid();
    t.censusSubmitted = i === 0 || rng.chance(0.85);
    writer.add('CensusRound', {
      id: t.censusRoundId, countyCode: cc, townshipCode: t.code, year: Y, status: t.censusSubmitted ? 'SUBMITTED' : 'OPEN',
      submittedAt: t.censusSubmitted ? isoTimestamp(Math.min(dayOf(Y, 10, rng.int(8, 31)), ctx.today), 17) : null,
    });
  });
}

/** Everything about one household and its children, buffered for the next batch. */
function processHousehold(ctx: GenContext, hh: HouseholdModel, children: ChildModel[]): void {
  const { today } = ctx;
  for (const c of children) planCareer(ctx, c);
  for (const c of children) {
    const s = c.school ?? (hh.village.primaryChoices[0] as NonNullable<ChildModel['school']>);
    c.distanceKm = Math.round(distanceKm(hh.lat, hh.lng, s.lat, s.lng) * 13) / 10; // road ≈ 1.3 × straight line
    hh.distanceKm = Math.max(hh.distanceKm, c.distanceKm);
  }
  const schoolAge = children.filter((c) => c.age >= 6 && c.age <= 15);
  hh.rollOnly = !hh.poor && hh.migrantOrigin === null && schoolAge.length > 0 && ctx.quotas.rollOnly.take();
  writeHousehold(ctx, hh, children);
  for (const c of children) {
    const streak = writeAttendance(ctx, c);
    if (streak && c.school) {
      plant(ctx, 'ABSENCE_STREAK', c.id, {
        from: isoDate(streak.from), to: isoDate(streak.to), schoolDays: streak.days, ongoing: streak.ongoing, schoolId: c.school.id,
      });
    }
    writeLearningSupport(ctx, c);
    writeDisability(ctx, c);
    writeMigrantEnrollment(ctx, c);
    writeDropoutCases(ctx, c);
    writeCare(ctx, c);
    writeCensus(ctx, c);
    writeGrantsAndBoarding(ctx, c);
    if (c.neverEnrolled) {
      plant(ctx, 'NEVER_ENROLLED', c.id, { age: c.age, townshipCode: hh.village.township.code, villageCode: hh.village.code });
    }
    if (c.status === 'SUSPENDED' && c.suspension && c.suspension.dueBackOn < today && c.school) {
      plant(ctx, 'OVERDUE_SUSPENSION', c.id, {
        suspendedOn: isoDate(c.suspension.day), dueBackOn: isoDate(c.suspension.dueBackOn), schoolId: c.school.id, grade: c.grade,
      });
    }
  }
  writeRollEntries(ctx, hh, children);
  writeSupportPlans(ctx, hh, children);
}
