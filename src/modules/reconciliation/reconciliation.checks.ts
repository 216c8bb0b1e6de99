import type { Context } from '../../context';
import { HubError } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import type { ReconciliationKind } from '../../generated/prisma/enums';
import { birthRangeForAges, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../../lib/school-year';
import type { DiscrepancyTypeName } from './reconciliation.policy';

/**
 * The three cross-checks, each one set-based SQL pass over the county (no
 * per-child loop), returning what they find. A finding's `key` names its
 * subject stably across runs (the child's id, or for someone the hub does not
 * know the census entry or roll member), so re-runs update rather than
 * duplicate (Discrepancy is unique on (kind, key)).
 *
 * Definitions used by all three:
 *   - school age: 6–15 on 31 August of the current school year (domain.md);
 *     for a census, of the census year;
 *   - disabled: Child.hasDisability or a DisabilityRecord (残疾人证);
 *   - in school: Enrollment ENROLLED or SUSPENDED; a child without an
 *     Enrollment row is NOT_ENROLLED;
 *   - placement in force: Placement ASSIGNED and not ended (plan R6.4);
 *   - open dropout case: DropoutCase OPEN, PERSUADING or LEGAL_ACTION.
 */

export interface Finding {
  type: DiscrepancyTypeName;
  key: string;
  childId: string | null;
  townshipCode: string | null;
  description: string;
}

export interface CheckResult {
  findings: Finding[];
  /** What the check compared (kept in the run's totals). */
  basis: Record<string, unknown>;
}

type Tx = Prisma.TransactionClient;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DISABLED = `(c."hasDisability" OR EXISTS (SELECT 1 FROM "DisabilityRecord" d WHERE d."childId" = c.id))`;
const PLACED = (today: string) =>
  `EXISTS (SELECT 1 FROM "Placement" p WHERE p."childId" = c.id AND p.status = 'ASSIGNED' AND (p."endsOn" IS NULL OR p."endsOn" >= DATE '${today}'))`;
const OPEN_CASE = `EXISTS (SELECT 1 FROM "DropoutCase" k WHERE k."childId" = c.id AND k.status IN ('OPEN', 'PERSUADING', 'LEGAL_ACTION'))`;

function schoolAgeBounds(schoolYear: number): { from: string; to: string } {
  const r = birthRangeForAges(schoolYear, SCHOOL_AGE_MIN, SCHOOL_AGE_MAX);
  return { from: iso(r.from), to: iso(r.to) };
}

export function runCheck(ctx: Context, tx: Tx, kind: ReconciliationKind): Promise<CheckResult> {
  switch (kind) {
    case 'ENROLLMENT_VS_POVERTY_ROLL':
      return povertyRoll(ctx, tx);
    case 'DISABILITY_VS_ENROLLMENT':
      return disability(ctx, tx);
    case 'CENSUS_VS_ENROLLMENT':
      return census(ctx, tx);
  }
}

// ───────────── (a) school register and household flags vs the poverty roll (plan R2.3, T3) ─────────────

/**
 * Roll members matched to children: by the ID number's blind index, else (when
 * either side lacks one) by name + birth date + household registration number.
 */
const ROLL_MATCH = `
  SELECT e.id, e."memberName", e."registrationNumber", e."villageCode", encode(e."idNumberHash", 'hex') AS "hashHex",
    COALESCE(
      (SELECT c.id FROM "Child" c WHERE e."idNumberHash" IS NOT NULL AND c."idNumberHash" = e."idNumberHash" AND c."countyCode" = $1),
      (SELECT c.id FROM "Child" c JOIN "Household" h ON h.id = c."householdId"
        WHERE c."countyCode" = $1 AND (e."idNumberHash" IS NULL OR c."idNumberHash" IS NULL)
          AND c.name = e."memberName" AND c."birthDate" = e."birthDate" AND h."registrationNumber" = e."registrationNumber"
        ORDER BY c.id LIMIT 1)
    ) AS "childId"
  FROM "PovertyRollEntry" e WHERE e."batchId" = $2::uuid`;

async function povertyRoll(ctx: Context, tx: Tx): Promise<CheckResult> {
  const cc = ctx.repo.scope.countyCode;
  const batch = await tx.povertyRollBatch.findFirst({ where: { countyCode: cc }, orderBy: [{ importedAt: 'desc' }, { id: 'desc' }] });
  if (!batch) throw new HubError('CONFLICT', 'no poverty-roll batch has been imported yet: there is nothing to compare the register with (plan R2.3)');
  const age = schoolAgeBounds(ctx.calendar.schoolYear);
  const batchName = `${batch.sourceName} [${batch.id}]`;

  // Members on the roll whose household the hub does not hold as registered poor.
  const rollOnly = await tx.$queryRawUnsafe<Array<{ entryId: string; memberName: string; registrationNumber: string; hashHex: string | null; childId: string | null; hubRegistration: string | null; townshipCode: string | null }>>(
    `WITH m AS (${ROLL_MATCH})
     SELECT m.id AS "entryId", m."memberName", m."registrationNumber", m."hashHex", m."childId", h."registrationNumber" AS "hubRegistration",
            COALESCE(cv."parentCode", ev."parentCode") AS "townshipCode"
     FROM m
     LEFT JOIN "Child" c ON c.id = m."childId"
     LEFT JOIN "Household" h ON h.id = c."householdId"
     LEFT JOIN "Region" cv ON cv.code = c."villageCode"
     LEFT JOIN "Region" ev ON ev.code = m."villageCode"
     WHERE m."childId" IS NULL OR h.id IS NULL OR NOT h."registeredPoor"
     ORDER BY m.id`,
    cc,
    batch.id,
  );
  // School-age children of registered-poor households missing from the roll.
  const notOnRoll = await tx.$queryRawUnsafe<Array<{ childId: string; name: string; registrationNumber: string; townshipCode: string | null }>>(
    `WITH m AS (${ROLL_MATCH})
     SELECT c.id AS "childId", c.name, h."registrationNumber", v."parentCode" AS "townshipCode"
     FROM "Child" c
     JOIN "Household" h ON h.id = c."householdId" AND h."registeredPoor"
     LEFT JOIN "Region" v ON v.code = c."villageCode"
     LEFT JOIN "Enrollment" en ON en."childId" = c.id
     WHERE c."countyCode" = $1 AND c."birthDate" BETWEEN $3::date AND $4::date
       AND (en.id IS NULL OR en.status <> 'DECEASED')
       AND NOT EXISTS (SELECT 1 FROM m WHERE m."childId" = c.id)
     ORDER BY c.id`,
    cc,
    batch.id,
    age.from,
    age.to,
  );
  // Children of registered-poor households who dropped out (target T3: zero).
  const poorDropouts = await tx.$queryRawUnsafe<Array<{ childId: string; name: string; since: string; registrationNumber: string; townshipCode: string | null }>>(
    `SELECT c.id AS "childId", c.name, to_char(en."statusSince", 'YYYY-MM-DD') AS since, h."registrationNumber", v."parentCode" AS "townshipCode"
     FROM "Child" c
     JOIN "Household" h ON h.id = c."householdId" AND h."registeredPoor"
     JOIN "Enrollment" en ON en."childId" = c.id AND en.status = 'DROPPED_OUT'
     LEFT JOIN "Region" v ON v.code = c."villageCode"
     WHERE c."countyCode" = $1
     ORDER BY c.id`,
    cc,
  );

  const findings: Finding[] = [
    ...rollOnly.map((r): Finding => ({
      type: 'ROLL_ONLY',
      key: r.childId ? `ROLL_ONLY:${r.childId}` : `ROLL_ONLY:member:${cc}:${r.hashHex ?? `${r.registrationNumber}/${r.memberName}`}`,
      childId: r.childId,
      townshipCode: r.townshipCode,
      description: r.childId
        ? `${r.memberName}: on the poverty roll (${batchName}, household ${r.registrationNumber}) but household ${r.hubRegistration ?? '(none)'} is not registered poor in the hub (扶贫办名单有、系统未标记建档立卡, plan R2.3)`
        : `${r.memberName}: on the poverty roll (${batchName}, household ${r.registrationNumber}) but unknown to the hub (扶贫办名单有、系统无此人, plan R2.3)`,
    })),
    ...notOnRoll.map((r): Finding => ({
      type: 'NOT_ON_ROLL',
      key: `NOT_ON_ROLL:${r.childId}`,
      childId: r.childId,
      townshipCode: r.townshipCode,
      description: `${r.name}: school-age child of registered-poor household ${r.registrationNumber} (建档立卡) missing from the poverty roll (${batchName}) (系统有、扶贫办名单无, plan R2.3)`,
    })),
    ...poorDropouts.map((r): Finding => ({
      type: 'POOR_DROPOUT',
      key: `POOR_DROPOUT:${r.childId}`,
      childId: r.childId,
      townshipCode: r.townshipCode,
      description: `${r.name}: child of registered-poor household ${r.registrationNumber} dropped out on ${r.since} (建档立卡贫困户学生辍学, target T3 = 0)`,
    })),
  ];
  return { findings, basis: { batchId: batch.id, batchSource: batch.sourceName, schoolYear: ctx.calendar.schoolYear } };
}

// ───────────── (b) disability register vs school register (plan R2.5) ─────────────

/**
 * UNPLACED: a school-age disabled child neither in school (ENROLLED/SUSPENDED)
 * nor under a placement in force; GRADUATED, TRANSFERRED_OUT and DECEASED
 * children are not the county's to place.
 *
 * PHANTOM_REGISTRATION (空挂学籍): a disabled child registered as ENROLLED at a
 * school, with no placement in force that puts it in education (regular class,
 * special school or home teaching), who was marked absent (unexcused or on
 * leave) on EVERY school day of the current term so far, and at least
 * MIN_PHANTOM_DAYS of them. The attendance ledger holds one row per child per
 * absent day (plan R2.4), so a child without rows was present: "no attendance
 * data" is not evidence of a phantom. School days are Monday–Friday
 * (src/lib/school-days) from the start of the current term (SchoolTerm, else
 * the calendar's term start) or the day the child's registration took its
 * status, whichever is later, to yesterday; a weekday on which nobody in the
 * county has an attendance record is taken for a holiday (e.g. the National
 * Day week) and not counted.
 */
export const MIN_PHANTOM_DAYS = 10;

async function disability(ctx: Context, tx: Tx): Promise<CheckResult> {
  const cc = ctx.repo.scope.countyCode;
  const today = iso(ctx.calendar.today);
  const age = schoolAgeBounds(ctx.calendar.schoolYear);
  const term = await tx.schoolTerm.findFirst({ where: { countyCode: cc, startsOn: { lte: ctx.calendar.today }, endsOn: { gte: ctx.calendar.today } } });
  const termStart = iso(term?.startsOn ?? ctx.calendar.termStart);
  const yesterday = iso(new Date(ctx.calendar.today.getTime() - 86400000));

  const unplaced = await tx.$queryRawUnsafe<Array<{ childId: string; name: string; status: string | null; townshipCode: string | null }>>(
    `SELECT c.id AS "childId", c.name, en.status::text AS status, v."parentCode" AS "townshipCode"
     FROM "Child" c
     LEFT JOIN "Enrollment" en ON en."childId" = c.id
     LEFT JOIN "Region" v ON v.code = c."villageCode"
     WHERE c."countyCode" = $1 AND ${DISABLED}
       AND c."birthDate" BETWEEN $2::date AND $3::date
       AND (en.id IS NULL OR en.status IN ('NOT_ENROLLED', 'DROPPED_OUT'))
       AND NOT ${PLACED(today)}
     ORDER BY c.id`,
    cc,
    age.from,
    age.to,
  );

  const phantom = await tx.$queryRawUnsafe<Array<{ childId: string; name: string; schoolName: string | null; since: string; schoolDays: number; absentDays: number; townshipCode: string | null }>>(
    `WITH days AS (
       SELECT d::date AS day FROM generate_series($2::date, $3::date, interval '1 day') AS d
       WHERE extract(isodow FROM d) < 6
         AND EXISTS (SELECT 1 FROM "AttendanceRecord" a WHERE a."countyCode" = $1 AND a.date = d::date)
     ),
     cand AS (
       SELECT c.id, c.name, s.name AS "schoolName", GREATEST(en."statusSince", $2::date) AS since, v."parentCode" AS "townshipCode"
       FROM "Child" c
       JOIN "Enrollment" en ON en."childId" = c.id AND en.status = 'ENROLLED'
       LEFT JOIN "School" s ON s.id = en."schoolId"
       LEFT JOIN "Region" v ON v.code = c."villageCode"
       WHERE c."countyCode" = $1 AND ${DISABLED}
         AND NOT EXISTS (SELECT 1 FROM "Placement" p WHERE p."childId" = c.id AND p.status = 'ASSIGNED'
                           AND p.type IN ('REGULAR_CLASS', 'SPECIAL_SCHOOL', 'HOME_TEACHING') AND (p."endsOn" IS NULL OR p."endsOn" >= DATE '${today}'))
     ),
     counted AS (
       SELECT cand.*,
         (SELECT count(*) FROM days WHERE days.day >= cand.since)::int AS "schoolDays",
         (SELECT count(DISTINCT a.date) FROM "AttendanceRecord" a JOIN days ON days.day = a.date
           WHERE a."childId" = cand.id AND a.kind IN ('UNEXCUSED_ABSENCE', 'EXCUSED_LEAVE') AND a.date >= cand.since)::int AS "absentDays"
       FROM cand
     )
     SELECT id AS "childId", name, "schoolName", to_char(since, 'YYYY-MM-DD') AS since, "schoolDays", "absentDays", "townshipCode"
     FROM counted WHERE "schoolDays" >= $4 AND "absentDays" = "schoolDays"
     ORDER BY id`,
    cc,
    termStart,
    yesterday,
    MIN_PHANTOM_DAYS,
  );

  const findings: Finding[] = [
    ...unplaced.map((r): Finding => ({
      type: 'UNPLACED',
      key: `UNPLACED:${r.childId}`,
      childId: r.childId,
      townshipCode: r.townshipCode,
      description: `${r.name}: school-age disabled child not in school (register: ${r.status ?? 'no registration'}) and without a placement in force (适龄残疾儿童未入学未安置, plan R2.5, R6.4)`,
    })),
    ...phantom.map((r): Finding => ({
      type: 'PHANTOM_REGISTRATION',
      key: `PHANTOM_REGISTRATION:${r.childId}`,
      childId: r.childId,
      townshipCode: r.townshipCode,
      description: `${r.name}: disabled child registered at ${r.schoolName ?? 'a school'} without a placement, absent on all ${Number(r.schoolDays)} school days since ${r.since} (空挂学籍, plan R2.5)`,
    })),
  ];
  return { findings, basis: { schoolYear: ctx.calendar.schoolYear, termStart, minPhantomDays: MIN_PHANTOM_DAYS } };
}

// ───────────── (c) census vs school register (plan R2.2, S2) ─────────────

/**
 * Compared: for each township, its latest SUBMITTED census round (an open
 * round is still being taken). School age is taken on 31 August of the round's
 * year.
 *
 * NOT_IN_SCHOOL: a school-age child the census found living in the township
 * who is on no school roll and whom no department is handling: unknown to the
 * hub (an unmatched census entry), or registered NOT_ENROLLED, TRANSFERRED_OUT
 * (or with no registration), or DROPPED_OUT without an open dropout case.
 * Left out: probable matches awaiting review; children with a placement in
 * force (e.g. deferred, plan R6.4); disabled children (their absence from
 * school is the disability cross-check's UNPLACED, owned by the disabled
 * persons' federation, not reported twice); dropouts with an open case
 * (the dropout register already holds them, plan R1.3; poor ones are
 * POOR_DROPOUT). Owner: the township (plan R1.1).
 *
 * NOT_IN_CENSUS: a school-age child living in the township (village of
 * residence) and in school (ENROLLED/SUSPENDED) for whom the round has no
 * entry: the census missed an enrolled child. Owner: the township.
 */
async function census(ctx: Context, tx: Tx): Promise<CheckResult> {
  const cc = ctx.repo.scope.countyCode;
  const today = iso(ctx.calendar.today);
  const ROUNDS = `SELECT DISTINCT ON ("townshipCode") id, "townshipCode", year FROM "CensusRound"
                  WHERE "countyCode" = $1 AND status = 'SUBMITTED' ORDER BY "townshipCode", year DESC, id`;
  const AGE = (col: string) => `${col} > make_date(r.year - ${SCHOOL_AGE_MAX + 1}, 8, 31) AND ${col} <= make_date(r.year - ${SCHOOL_AGE_MIN}, 8, 31)`;
  const rounds = await tx.$queryRawUnsafe<Array<{ id: string; townshipCode: string; year: number }>>(ROUNDS, cc);

  const notInSchool = await tx.$queryRawUnsafe<Array<{ entryId: string; name: string; childId: string | null; status: string | null; inSchool: boolean | null; townshipCode: string; year: number }>>(
    `WITH r AS (${ROUNDS})
     SELECT e.id AS "entryId", e.name, e."childId", en.status::text AS status, e."inSchool", r."townshipCode", r.year
     FROM r
     JOIN "CensusEntry" e ON e."roundId" = r.id
     LEFT JOIN "Child" c ON c.id = e."childId"
     LEFT JOIN "Enrollment" en ON en."childId" = e."childId"
     WHERE e.match <> 'PROBABLE' AND ${AGE('e."birthDate"')}
       AND (
         e."childId" IS NULL OR c.id IS NULL
         OR ((en.id IS NULL OR en.status IN ('NOT_ENROLLED', 'TRANSFERRED_OUT', 'DROPPED_OUT'))
             AND NOT ${DISABLED} AND NOT ${PLACED(today)} AND NOT ${OPEN_CASE})
       )
     ORDER BY e.id`,
    cc,
  );

  const notInCensus = await tx.$queryRawUnsafe<Array<{ childId: string; name: string; status: string; townshipCode: string; year: number }>>(
    `WITH r AS (${ROUNDS})
     SELECT c.id AS "childId", c.name, en.status::text AS status, r."townshipCode", r.year
     FROM r
     JOIN "Region" v ON v."parentCode" = r."townshipCode"
     JOIN "Child" c ON c."villageCode" = v.code AND c."countyCode" = $1
     JOIN "Enrollment" en ON en."childId" = c.id AND en.status IN ('ENROLLED', 'SUSPENDED')
     WHERE ${AGE('c."birthDate"')}
       AND NOT EXISTS (SELECT 1 FROM "CensusEntry" e WHERE e."roundId" = r.id AND e."childId" = c.id AND e.match <> 'PROBABLE')
     ORDER BY c.id`,
    cc,
  );

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const r of notInSchool) {
    const key = r.childId ? `NOT_IN_SCHOOL:${r.childId}` : `NOT_IN_SCHOOL:entry:${r.entryId}`;
    if (seen.has(key)) continue; // the same child in two townships' censuses: reported once
    seen.add(key);
    const register = r.childId === null ? 'unknown to the hub' : `register: ${r.status ?? 'no registration'}`;
    const claim = r.inSchool === true ? '; the family says the child attends school elsewhere (自述在外就读)' : '';
    findings.push({
      type: 'NOT_IN_SCHOOL',
      key,
      childId: r.childId,
      townshipCode: r.townshipCode,
      description: `${r.name}: found by the ${r.year} census of township ${r.townshipCode}, school-age and on no school roll (${register})${claim} (摸底发现适龄未在校, plan R2.2)`,
    });
  }
  for (const r of notInCensus) {
    const key = `NOT_IN_CENSUS:${r.childId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      type: 'NOT_IN_CENSUS',
      key,
      childId: r.childId,
      townshipCode: r.townshipCode,
      description: `${r.name}: school-age child living in township ${r.townshipCode} and in school (${r.status}) but missing from its ${r.year} census (摸底遗漏, plan R2.2)`,
    });
  }
  return { findings, basis: { rounds: rounds.map((r) => ({ id: r.id, townshipCode: r.townshipCode, year: Number(r.year) })) } };
}
