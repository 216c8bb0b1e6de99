import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { rowScopeKindOf } from '../../access/viewer';
import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { CensusEntry, CensusRound, Prisma } from '../../generated/prisma/client';
import type { CensusMatch, EnrollmentStatus, Gender } from '../../generated/prisma/enums';
import { birthDateOf, idNumberProblem } from '../../lib/id-number';
import { ageOn31Aug, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../../lib/school-year';
import { assertUuid, isUuid } from '../../lib/validate';
import type { CensusEntryInput } from './census.inputs';
import { isOffRoll, OFF_ROLL, OPEN_CASE, placementInForce } from './register-status';

/**
 * 摸底 (plan R2.2): every year each township surveys all school-age children
 * living there (全面摸底、登记、造册). The hub
 *  - opens the township's round for a year (one per township and year);
 *  - takes entries in bulk, all-or-nothing: each row is checked (GB 11643
 *    check character, birth date = the ID number's, village inside the
 *    township, school age 6–15 on 31 August of the census year) and refused
 *    with its index (`entries[3].idNumber`) and reason;
 *  - matches each entry to the school register: by the ID number's blind
 *    index (MATCHED_BY_ID, confidence 1), else by name + birth date (+ gender)
 *    into the review queue (PROBABLE: 0.9 when the village agrees too, 0.7
 *    when only name and birth date do; 0.1 less when several children fit);
 *    a child the hub does not know is registered from the census (Child +
 *    NOT_ENROLLED Enrollment) so the ledgers can name it;
 *  - puts school-age children on no school roll on the suspected-dropout
 *    ledger (SuspectedDropout, source CENSUS_NOT_ENROLLED, sourceRef = entry
 *    id: idempotent by the unique (source, sourceRef));
 *  - freezes the round when it is submitted (plan S2: no silent rewriting).
 * Only the township itself or the education bureau (which coordinates the
 * townships, plan R1.1) records a township's census.
 */

export const MAX_ENTRIES_PER_CALL = 500;
export const MAX_PAGE = 1000;
const CODE_RE = /^[0-9]{12}$/;

function checkCode(argument: string, code: string): void {
  if (!CODE_RE.test(code)) throw badInput(argument, 'must be a 12-digit division code');
}

function checkYear(ctx: Context, argument: string, year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > ctx.calendar.schoolYear + 1) {
    throw badInput(argument, `must be a year between 2000 and ${ctx.calendar.schoolYear + 1}`);
  }
}

function checkPage(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput('first', `must be between 1 and ${MAX_PAGE}`);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const hex = (b: Uint8Array | null) => (b === null ? '' : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex'));

/** plan R1.1, R2.2: the township records its own census; the education bureau may act for any township. */
export function assertCensusActor(ctx: Context, townshipCode: string): void {
  const v = ctx.viewer;
  if (v.kind === 'EDUCATION_BUREAU') return;
  if (v.kind === 'TOWNSHIP' && v.townshipCode !== null && v.townshipCode === townshipCode) return;
  throw new HubError('FORBIDDEN', 'only the township itself or the education bureau records a township\'s census (plan R2.2)');
}

/**
 * Census entries the viewer may read: county-wide agencies all of them; a
 * township every entry of its own rounds; anyone else (schools, partners)
 * only entries matched to a child in its row scope.
 */
export function visibleEntries(ctx: Context): Prisma.CensusEntryWhereInput {
  const countyCode = ctx.repo.scope.countyCode;
  const v = ctx.viewer;
  if (v.kind !== 'PARTNER_APP' && rowScopeKindOf(v) === 'COUNTY') return { countyCode };
  const or: Prisma.CensusEntryWhereInput[] = [{ child: ctx.repo.scope.child }];
  if (v.kind === 'TOWNSHIP' && v.townshipCode !== null) or.push({ round: { townshipCode: v.townshipCode } });
  return { countyCode, OR: or };
}

/** Entries whose child is on no school roll (or unknown to the hub). */
export const offRollEntries: Prisma.CensusEntryWhereInput = {
  OR: [{ childId: null }, { child: { enrollment: { is: null } } }, { child: { enrollment: { status: { in: [...OFF_ROLL] } } } }],
};

// ───────────────────────────────── reads ─────────────────────────────────

export function listRounds(ctx: Context, f: { year: number | null; townshipCode: string | null }) {
  if (f.townshipCode !== null) checkCode('townshipCode', f.townshipCode);
  if (f.year !== null) checkYear(ctx, 'year', f.year);
  return ctx.repo.database.prisma.censusRound.findMany({
    where: { countyCode: ctx.repo.scope.countyCode, ...(f.year !== null ? { year: f.year } : {}), ...(f.townshipCode !== null ? { townshipCode: f.townshipCode } : {}) },
    orderBy: [{ year: 'desc' }, { townshipCode: 'asc' }],
  });
}

/**
 * The school-age ledger of a census (摸底台账, plan R2.2), or its review queue:
 * entries of the year's rounds (default: the current school year; for a
 * township viewer, its own township), in id order, `first` after `after`.
 */
export async function listEntries(
  ctx: Context,
  f: { townshipCode: string | null; year: number | null; onlyOffRoll: boolean; reviewQueue: boolean; first: number; after: string | null },
) {
  if (f.townshipCode !== null) checkCode('townshipCode', f.townshipCode);
  if (f.year !== null) checkYear(ctx, 'year', f.year);
  checkPage(f.first);
  if (f.after !== null && !isUuid(f.after)) throw badInput('after', 'must be the id of the last entry of the previous page');
  const township = f.townshipCode ?? (ctx.viewer.kind === 'TOWNSHIP' ? ctx.viewer.townshipCode : null);
  const rows = await ctx.repo.database.prisma.censusEntry.findMany({
    where: {
      AND: [
        visibleEntries(ctx),
        { round: { year: f.year ?? ctx.calendar.schoolYear, ...(township !== null ? { townshipCode: township } : {}) } },
        f.reviewQueue ? { match: 'PROBABLE' } : {},
        f.onlyOffRoll ? offRollEntries : {},
        f.after !== null ? { id: { gt: f.after } } : {},
      ],
    },
    orderBy: { id: 'asc' },
    take: f.first,
  });
  for (const r of rows) if (r.childId) ctx.audit.childIds.add(r.childId);
  return rows;
}

const roundLoaders = new WeakMap<Context, DataLoader<string, CensusRound | null>>();
const summaryLoaders = new WeakMap<Context, DataLoader<string, RoundSummary>>();

/** The round of an entry (one query per request batch). */
export function roundOf(ctx: Context, roundId: string): Promise<CensusRound | null> {
  let l = roundLoaders.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await ctx.repo.database.prisma.censusRound.findMany({ where: { countyCode: ctx.repo.scope.countyCode, id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    roundLoaders.set(ctx, l);
  }
  return l.load(roundId);
}

export interface RoundSummary {
  entries: number;
  matchedById: number;
  probable: number;
  confirmed: number;
  registeredFromCensus: number;
  onNoSchoolRoll: number;
}

/** Counts of rounds over the entries the viewer may see (counts obey the row scope). */
export function summaryOf(ctx: Context, roundId: string): Promise<RoundSummary> {
  let l = summaryLoaders.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const where: Prisma.CensusEntryWhereInput = { AND: [visibleEntries(ctx), { roundId: { in: [...ids] } }] };
      const prisma = ctx.repo.database.prisma;
      const [byMatch, offRoll] = await Promise.all([
        prisma.censusEntry.groupBy({ by: ['roundId', 'match'], where, _count: { _all: true } }),
        prisma.censusEntry.groupBy({ by: ['roundId'], where: { AND: [where, offRollEntries] }, _count: { _all: true } }),
      ]);
      const out = new Map<string, RoundSummary>(ids.map((id) => [id, { entries: 0, matchedById: 0, probable: 0, confirmed: 0, registeredFromCensus: 0, onNoSchoolRoll: 0 }]));
      for (const g of byMatch) {
        const s = out.get(g.roundId);
        if (!s) continue;
        const n = g._count._all;
        s.entries += n;
        if (g.match === 'MATCHED_BY_ID') s.matchedById += n;
        else if (g.match === 'PROBABLE') s.probable += n;
        else if (g.match === 'CONFIRMED') s.confirmed += n;
        else s.registeredFromCensus += n;
      }
      for (const g of offRoll) {
        const s = out.get(g.roundId);
        if (s) s.onNoSchoolRoll = g._count._all;
      }
      return ids.map((id) => out.get(id) as RoundSummary);
    });
    summaryLoaders.set(ctx, l);
  }
  return l.load(roundId);
}

// ───────────────────────────────── writes ─────────────────────────────────

/** plan R2.2: the township's round for a year; opening it again while it is open returns it. */
export function openCensusRound(ctx: Context, townshipCode: string, year: number) {
  checkCode('townshipCode', townshipCode);
  checkYear(ctx, 'year', year);
  assertCensusActor(ctx, townshipCode);
  return mutate(ctx, async (w) => {
    const countyCode = ctx.repo.scope.countyCode;
    const township = await w.tx.region.findFirst({ where: { code: townshipCode, countyCode, level: 'TOWNSHIP' } });
    if (!township) throw badInput('townshipCode', 'no such township in this county');
    const existing = await w.tx.censusRound.findUnique({ where: { townshipCode_year: { townshipCode, year } } });
    if (existing) {
      if (existing.status === 'OPEN') return existing;
      throw new HubError('CONFLICT', `the ${year} census of this township is already submitted and frozen (plan S2)`);
    }
    const round = await w.tx.censusRound.create({ data: { countyCode, townshipCode, year } });
    w.outbox({ type: 'CENSUS_ROUND_OPENED', townshipCode, payload: { roundId: round.id, year } });
    return round;
  });
}

/** The round, checked for the caller's authority, locked against concurrent additions and submission, and open. */
export async function lockOpenRound(ctx: Context, w: Work, roundId: string, argument: string): Promise<CensusRound> {
  assertUuid(argument, roundId);
  const round = await w.tx.censusRound.findFirst({ where: { id: roundId, countyCode: ctx.repo.scope.countyCode } });
  if (!round) throw notFound('census round');
  assertCensusActor(ctx, round.townshipCode);
  await w.tx.$queryRawUnsafe('SELECT 1 AS locked FROM "CensusRound" WHERE id = $1::uuid FOR UPDATE', roundId);
  const fresh = await w.tx.censusRound.findUniqueOrThrow({ where: { id: roundId } });
  if (fresh.status !== 'OPEN') throw new HubError('CONFLICT', `the ${fresh.year} census of this township is submitted and frozen (plan S2)`);
  return fresh;
}

export interface Row {
  index: number;
  name: string;
  idNumber: string | null;
  hash: Buffer<ArrayBuffer> | null;
  gender: Gender;
  birthDate: Date;
  villageCode: string;
  inSchool: boolean | null;
  suspectedDisabled: boolean;
  note: string | null;
}

interface Problem {
  argument: string;
  reason: string;
}

/** All-or-nothing validation of the rows: every problem named with its row index (plan R2.2). */
function validateRows(ctx: Context, round: CensusRound, entries: CensusEntryInput[], villages: Set<string>): Row[] {
  const problems: Problem[] = [];
  const rows: Row[] = [];
  const seenIds = new Map<string, number>();
  const seenPlain = new Map<string, number>();
  entries.forEach((e, i) => {
    const at = (field: string) => `entries[${i}].${field}`;
    const before = problems.length;
    const name = (e.name ?? '').trim();
    if (name.length === 0) problems.push({ argument: at('name'), reason: 'is required' });
    else if (name.length > 50) problems.push({ argument: at('name'), reason: 'must be at most 50 characters' });
    let idNumber: string | null = null;
    if (e.idNumber !== null && e.idNumber !== undefined && e.idNumber.trim() !== '') {
      idNumber = e.idNumber.trim().toUpperCase();
      const p = idNumberProblem(idNumber);
      if (p) {
        problems.push({ argument: at('idNumber'), reason: p });
        idNumber = null;
      } else {
        const first = seenIds.get(idNumber);
        if (first !== undefined) problems.push({ argument: at('idNumber'), reason: `appears twice in this call (also entries[${first}])` });
        else seenIds.set(idNumber, i);
      }
    }
    const birthDate = e.birthDate;
    if (idNumber !== null && iso(birthDateOf(idNumber)) !== iso(birthDate)) {
      problems.push({ argument: at('birthDate'), reason: `does not agree with the birth date in the ID number (${iso(birthDateOf(idNumber))})` });
    } else if (birthDate > ctx.calendar.today) {
      problems.push({ argument: at('birthDate'), reason: 'must not be in the future' });
    } else {
      const age = ageOn31Aug(birthDate, round.year);
      if (age < SCHOOL_AGE_MIN || age > SCHOOL_AGE_MAX) {
        problems.push({ argument: at('birthDate'), reason: `age ${age} on 31 August ${round.year} is outside compulsory-school age ${SCHOOL_AGE_MIN}–${SCHOOL_AGE_MAX}` });
      }
    }
    const idGender: Gender | null = idNumber !== null ? (Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE') : null;
    let gender: Gender | null = e.gender ?? null;
    if (gender !== null && idGender !== null && gender !== idGender) problems.push({ argument: at('gender'), reason: 'does not agree with the ID number' });
    gender ??= idGender;
    if (gender === null) problems.push({ argument: at('gender'), reason: 'give the gender when there is no ID number' });
    const villageCode = (e.villageCode ?? '').trim();
    if (!CODE_RE.test(villageCode)) problems.push({ argument: at('villageCode'), reason: 'must be a 12-digit division code' });
    else if (!villages.has(villageCode)) problems.push({ argument: at('villageCode'), reason: `is not a village or community of township ${round.townshipCode}` });
    const note = e.note?.trim() || null;
    if (note !== null && note.length > 500) problems.push({ argument: at('note'), reason: 'must be at most 500 characters' });
    if (idNumber === null && problems.length === before) {
      const k = `${name}|${iso(birthDate)}|${villageCode}`;
      const first = seenPlain.get(k);
      if (first !== undefined) problems.push({ argument: at('name'), reason: `same name, birth date and village as entries[${first}] and no ID number to tell them apart` });
      else seenPlain.set(k, i);
    }
    if (problems.length === before) {
      rows.push({
        index: i,
        name,
        idNumber,
        hash: idNumber !== null ? ctx.sealer.index(idNumber) : null,
        gender: gender as Gender,
        birthDate,
        villageCode,
        inSchool: e.inSchool ?? null,
        suspectedDisabled: e.suspectedDisabled ?? false,
        note,
      });
    }
  });
  refuse(problems);
  return rows;
}

function refuse(problems: Problem[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).map((p) => `${p.argument}: ${p.reason}`);
  const more = problems.length > 20 ? ` (and ${problems.length - 20} more)` : '';
  const first = problems[0] as Problem;
  throw new HubError('BAD_USER_INPUT', `${problems.length === 1 ? '' : `${problems.length} rows refused, nothing recorded: `}${shown.join('; ')}${more}`, {
    argument: first.argument,
  });
}

interface Candidate {
  id: string;
  name: string;
  birthDate: Date;
  villageCode: string;
  gender: Gender;
  idNumberHash: Uint8Array | null;
}

/** Name + birth date (+ gender) agree; an ID number on both sides that differs rules a candidate out. */
export function probableMatch(row: Pick<Row, 'name' | 'birthDate' | 'gender' | 'villageCode' | 'hash'>, candidates: Candidate[]): { childId: string; confidence: number } | null {
  const fit = candidates.filter(
    (c) => c.name === row.name && iso(c.birthDate) === iso(row.birthDate) && c.gender === row.gender && (row.hash === null || c.idNumberHash === null),
  );
  if (fit.length === 0) return null;
  const score = (c: Candidate) => (c.villageCode === row.villageCode ? 0.9 : 0.7);
  const best = Math.max(...fit.map(score));
  const top = fit.filter((c) => score(c) === best).sort((a, b) => a.id.localeCompare(b.id));
  // Several children fit equally well: still a candidate, with less confidence.
  return { childId: (top[0] as Candidate).id, confidence: top.length > 1 ? Math.round((best - 0.1) * 10) / 10 : best };
}

/** plan R2.2: add entries to an open round, all-or-nothing, matched and put on the ledgers. */
export function addCensusEntries(ctx: Context, roundId: string, entries: CensusEntryInput[]) {
  if (entries.length === 0) throw badInput('entries', 'give at least one entry');
  if (entries.length > MAX_ENTRIES_PER_CALL) throw badInput('entries', `at most ${MAX_ENTRIES_PER_CALL} entries per call; send the rest in further calls`);
  return mutate(ctx, async (w) => {
    const countyCode = ctx.repo.scope.countyCode;
    const round = await lockOpenRound(ctx, w, roundId, 'roundId');
    const villages = await w.tx.region.findMany({ where: { countyCode, level: 'VILLAGE', parentCode: round.townshipCode }, select: { code: true } });
    const rows = validateRows(ctx, round, entries, new Set(villages.map((v) => v.code)));
    return recordCensusRows(ctx, w, round, rows);
  });
}

/** A validated census row (also built by the census import, src/imports). */
export type CensusRow = Row;

/**
 * Records validated rows in an open, locked round: matched by ID number, else
 * probably by name and birth date; unknown children registered; off-roll
 * children put on the suspected-dropout ledger (plan R2.2, R2.4).
 */
export async function recordCensusRows(ctx: Context, w: Work, round: CensusRound, rows: Row[]) {
  const countyCode = ctx.repo.scope.countyCode;
  // The same ID number twice in one round is refused too.
  const hashes = rows.flatMap((r) => (r.hash ? [r.hash] : []));
  if (hashes.length > 0) {
    const dup = await w.tx.censusEntry.findMany({ where: { roundId: round.id, idNumberHash: { in: hashes } }, select: { idNumberHash: true } });
    const dupHex = new Set(dup.map((d) => hex(d.idNumberHash)));
    refuse(rows.filter((r) => r.hash && dupHex.has(hex(r.hash))).map((r) => ({ argument: `entries[${r.index}].idNumber`, reason: 'is already recorded in this round' })));
  }

  // Exact match by the blind index of the ID number, county-wide (a child may have moved in).
  const byHash = hashes.length > 0 ? await w.tx.child.findMany({ where: { countyCode, idNumberHash: { in: hashes } }, select: { id: true, idNumberHash: true } }) : [];
  const childOfHash = new Map(byHash.map((c) => [hex(c.idNumberHash), c.id]));
  const rest = rows.filter((r) => !(r.hash && childOfHash.has(hex(r.hash))));
  const candidates: Candidate[] =
    rest.length > 0
      ? await w.tx.child.findMany({
          where: { countyCode, name: { in: [...new Set(rest.map((r) => r.name))] }, birthDate: { in: [...new Set(rest.map((r) => iso(r.birthDate)))].map((d) => new Date(`${d}T00:00:00Z`)) } },
          select: { id: true, name: true, birthDate: true, villageCode: true, gender: true, idNumberHash: true },
        })
      : [];

  const planned = rows.map((r) => {
    const byId = r.hash ? childOfHash.get(hex(r.hash)) : undefined;
    if (byId) return { row: r, id: randomUUID(), match: 'MATCHED_BY_ID' as CensusMatch, childId: byId, confidence: 1 as number | null };
    const p = probableMatch(r, candidates);
    if (p) return { row: r, id: randomUUID(), match: 'PROBABLE' as CensusMatch, childId: p.childId, confidence: p.confidence as number | null };
    return { row: r, id: randomUUID(), match: 'UNMATCHED' as CensusMatch, childId: null as string | null, confidence: null as number | null };
  });

  // A child the hub does not know is registered from the census, so the ledgers can name it.
  const unknown = planned.filter((p) => p.match === 'UNMATCHED');
  for (const p of unknown) p.childId = randomUUID();
  await registerChildren(ctx, w, unknown.map((p) => ({ childId: p.childId as string, row: p.row })));

  await w.tx.censusEntry.createMany({
    data: planned.map((p) => ({
      id: p.id,
      countyCode,
      roundId: round.id,
      name: p.row.name,
      idNumberCipher: p.row.idNumber !== null ? ctx.sealer.seal(p.row.idNumber) : null,
      idNumberHash: p.row.hash,
      gender: p.row.gender,
      birthDate: p.row.birthDate,
      villageCode: p.row.villageCode,
      childId: p.childId,
      match: p.match,
      matchConfidence: p.confidence,
      inSchool: p.row.inSchool,
      suspectedDisabled: p.row.suspectedDisabled,
      note: p.row.note,
    })),
  });
  const created = await w.tx.censusEntry.findMany({ where: { id: { in: planned.map((p) => p.id) } } });
  const byId = new Map(created.map((e) => [e.id, e]));
  const ordered = planned.map((p) => byId.get(p.id) as CensusEntry);
  for (const e of ordered) if (e.childId) w.touched(e.childId);
  const suspected = await putOnSuspectedLedger(ctx, w, round, ordered.filter((e) => e.match !== 'PROBABLE'));
  return {
    round,
    entries: ordered,
    matchedById: planned.filter((p) => p.match === 'MATCHED_BY_ID').length,
    probable: planned.filter((p) => p.match === 'PROBABLE').length,
    childrenRegistered: unknown.length,
    suspectedDropouts: suspected,
  };
}

/** Child + NOT_ENROLLED Enrollment for children the census found and the hub did not know (plan R2.2). */
async function registerChildren(ctx: Context, w: Work, items: Array<{ childId: string; row: Pick<Row, 'name' | 'idNumber' | 'hash' | 'gender' | 'birthDate' | 'villageCode'> }>) {
  if (items.length === 0) return;
  const countyCode = ctx.repo.scope.countyCode;
  await w.tx.child.createMany({
    data: items.map(({ childId, row }) => ({
      id: childId,
      countyCode,
      name: row.name,
      gender: row.gender,
      birthDate: row.birthDate,
      villageCode: row.villageCode,
      idNumberCipher: row.idNumber !== null ? ctx.sealer.seal(row.idNumber) : null,
      idNumberHash: row.hash,
    })),
  });
  await w.tx.enrollment.createMany({
    data: items.map(({ childId }) => ({ countyCode, childId, status: 'NOT_ENROLLED' as const, statusSince: ctx.calendar.today })),
  });
  for (const { childId } of items) w.touched(childId);
}

/**
 * plan R2.2, R2.4: school-age children found by the census on no school roll
 * go on the suspected-dropout ledger. Left off: children on a school roll or
 * who completed compulsory education, and children with a placement in force
 * (e.g. deferred by the disabled persons' federation, plan R6.4). A child
 * whose dropout case is already open is entered as CONFIRMED with that case.
 * Returns the number of new ledger entries.
 */
async function putOnSuspectedLedger(ctx: Context, w: Work, round: CensusRound, entries: CensusEntry[]): Promise<number> {
  const linked = entries.filter((e): e is CensusEntry & { childId: string } => e.childId !== null);
  if (linked.length === 0) return 0;
  const today = ctx.calendar.today;
  const ids = [...new Set(linked.map((e) => e.childId))];
  const [enrollments, placed, cases, existing] = await Promise.all([
    w.tx.enrollment.findMany({ where: { childId: { in: ids } }, select: { childId: true, status: true } }),
    w.tx.placement.findMany({ where: { AND: [{ childId: { in: ids } }, placementInForce(today)] }, select: { childId: true } }),
    w.tx.dropoutCase.findMany({ where: { childId: { in: ids }, status: { in: [...OPEN_CASE] } }, select: { id: true, childId: true }, orderBy: [{ detectedOn: 'desc' }, { id: 'asc' }] }),
    w.tx.suspectedDropout.findMany({ where: { source: 'CENSUS_NOT_ENROLLED', sourceRef: { in: linked.map((e) => e.id) } }, select: { sourceRef: true } }),
  ]);
  const statusOf = new Map<string, EnrollmentStatus>(enrollments.map((e) => [e.childId, e.status]));
  const placedIds = new Set(placed.map((p) => p.childId));
  const caseOf = new Map<string, string>();
  for (const c of cases) if (!caseOf.has(c.childId)) caseOf.set(c.childId, c.id);
  const already = new Set(existing.map((s) => s.sourceRef));
  const due = linked.filter((e) => !already.has(e.id) && isOffRoll(statusOf.get(e.childId)) && !placedIds.has(e.childId));
  if (due.length === 0) return 0;
  await w.tx.suspectedDropout.createMany({
    skipDuplicates: true,
    data: due.map((e) => {
      const caseId = caseOf.get(e.childId) ?? null;
      const status = statusOf.get(e.childId) ?? 'NOT_ENROLLED';
      return {
        countyCode: ctx.repo.scope.countyCode,
        childId: e.childId,
        source: 'CENSUS_NOT_ENROLLED' as const,
        sourceRef: e.id,
        detectedOn: today,
        detail: `${round.year} census of township ${round.townshipCode}: school-age child on no school roll (register: ${status}) (摸底发现适龄未在校)`,
        status: caseId ? ('CONFIRMED' as const) : ('OPEN' as const),
        caseId,
        resolvedOn: caseId ? today : null,
        resolution: caseId ? 'a dropout case is already open (已立劝返个案)' : null,
      };
    }),
  });
  for (const e of due) {
    w.touched(e.childId);
    if (caseOf.has(e.childId)) continue;
    w.outbox({ type: 'SUSPECTED_DROPOUT', childId: e.childId, townshipCode: round.townshipCode, payload: { source: 'CENSUS_NOT_ENROLLED', sourceRef: e.id, roundId: round.id } });
  }
  return due.length;
}

/**
 * The review of a probable match (plan R2.2): confirmed, the entry is linked
 * to the child (the reviewer may name another child with the same birth
 * date); rejected, the child is registered from the census. Either way the
 * ledgers follow.
 */
export function reviewCensusMatch(ctx: Context, entryId: string, confirm: boolean, childId: string | null) {
  assertUuid('entryId', entryId);
  if (childId !== null) assertUuid('childId', childId);
  if (!confirm && childId !== null) throw badInput('childId', 'name a child only to confirm a match');
  return mutate(ctx, async (w) => {
    const countyCode = ctx.repo.scope.countyCode;
    const entry = await w.tx.censusEntry.findFirst({ where: { id: entryId, countyCode } });
    if (!entry) throw notFound('census entry');
    const round = await lockOpenRound(ctx, w, entry.roundId, 'entryId');
    if (entry.match !== 'PROBABLE') throw new HubError('CONFLICT', `only a probable match is reviewed; this entry is ${entry.match}`);
    let target: string;
    let match: CensusMatch;
    if (confirm) {
      target = childId ?? (entry.childId as string);
      const child = await w.tx.child.findFirst({ where: { id: target, countyCode }, select: { id: true, birthDate: true, idNumberHash: true } });
      if (!child) throw badInput('childId', 'no such child in this county');
      if (iso(child.birthDate) !== iso(entry.birthDate)) throw badInput('childId', `the child was born on ${iso(child.birthDate)}, the entry on ${iso(entry.birthDate)}`);
      if (entry.idNumberHash && child.idNumberHash && hex(child.idNumberHash) !== hex(entry.idNumberHash)) {
        throw badInput('childId', 'the child has another ID number on file');
      }
      match = 'CONFIRMED';
    } else {
      if (entry.idNumberHash) {
        const holder = await w.tx.child.findFirst({ where: { countyCode, idNumberHash: entry.idNumberHash }, select: { id: true } });
        if (holder) throw new HubError('CONFLICT', 'a child with this ID number is now in the hub: confirm the match with that child instead');
      }
      target = randomUUID();
      const idNumber = entry.idNumberCipher ? ctx.sealer.open(entry.idNumberCipher) : null;
      const gender: Gender | null = entry.gender ?? (idNumber !== null ? (Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE') : null);
      if (gender === null) throw new HubError('CONFLICT', 'the entry has neither gender nor ID number: the child cannot be registered from it');
      await registerChildren(ctx, w, [
        { childId: target, row: { name: entry.name, idNumber, hash: idNumber !== null ? ctx.sealer.index(idNumber) : null, gender, birthDate: entry.birthDate, villageCode: entry.villageCode } },
      ]);
      match = 'REJECTED';
    }
    const updated = await w.tx.censusEntry.updateMany({ where: { id: entry.id, match: 'PROBABLE' }, data: { match, childId: target, matchConfidence: confirm ? 1 : null } });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the entry was reviewed at the same time');
    if (entry.childId) w.touched(entry.childId);
    w.touched(target);
    const fresh = await w.tx.censusEntry.findUniqueOrThrow({ where: { id: entry.id } });
    await putOnSuspectedLedger(ctx, w, round, [fresh]);
    return fresh;
  });
}

/** plan R2.2, S2: submitting freezes the round; every probable match must be reviewed first. */
export function submitCensusRound(ctx: Context, roundId: string) {
  return mutate(ctx, async (w) => {
    const round = await lockOpenRound(ctx, w, roundId, 'roundId');
    const pending = await w.tx.censusEntry.count({ where: { roundId: round.id, match: 'PROBABLE' } });
    if (pending > 0) throw new HubError('CONFLICT', `${pending} probable match${pending === 1 ? '' : 'es'} still wait for review (censusReviewQueue)`);
    const entries = await w.tx.censusEntry.count({ where: { roundId: round.id } });
    const submitted = await w.tx.censusRound.update({ where: { id: round.id }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
    w.outbox({ type: 'CENSUS_SUBMITTED', townshipCode: round.townshipCode, payload: { roundId: round.id, year: round.year, entries } });
    return submitted;
  });
}
