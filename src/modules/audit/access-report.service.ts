import type { Context } from '../../context';
import { badInput, notFound } from '../../errors';
import type { AgencyKind } from '../../generated/prisma/enums';
import { formatLocalDate } from '../../graphql/scalars';
import { assertUuid, isUuid } from '../../lib/validate';
import { AGENCY_KIND_LABELS, classLabel, purposeLabel } from './access-report.labels';

/**
 * The guardian's access report (issue 10 item 5; PIPL art. 45 right of
 * access, art. 31 minors' guardians): which agency read which classes of one
 * child's data, when and for which purpose, in Chinese. Who may ask is the
 * policy table's AUDIT row (src/access/policy.ts): SUPERVISION, and the
 * child's own township and school through their row scope (a child outside
 * it answers NOT_FOUND, as an unknown id, and the attempt is logged).
 *
 * What it shows: agencies (by name where the hub knows it, else the kind of
 * agency; partner apps by their registered name), never the staff member,
 * subject, request or operation. The reads counted are the access records
 * that name the child and returned data (outcome OK or PARTIAL): a denied
 * request read nothing. Classes that describe no person (REFERENCE,
 * AGGREGATE) are left out. Days are China's calendar days (UTC+8).
 *
 * The request for the report names the child, so it is itself an access
 * record (class AUDIT) and shows in the next report.
 */
export const MAX_REPORT_DAYS = 366;
/** Records one report may read; past this the period must be narrowed. */
export const MAX_REPORT_RECORDS = 50_000;
const CHINA_OFFSET_MS = 8 * 3600_000;
const NOT_PERSONAL = new Set<string>(['REFERENCE', 'AGGREGATE']);

export interface AccessReportAgency {
  agency: string;
  agencyKind: AgencyKind;
  agencyKindLabel: string;
  reads: number;
  firstAt: Date;
  lastAt: Date;
  classCodes: string[];
  classes: string[];
  purposes: string[];
}

export interface AccessReportEntry {
  date: string;
  firstAt: Date;
  lastAt: Date;
  agency: string;
  agencyKind: AgencyKind;
  purposeCode: string | null;
  purpose: string;
  classCodes: string[];
  classes: string[];
  reads: number;
}

export interface AccessReport {
  childId: string;
  from: string;
  to: string;
  generatedAt: Date;
  reads: number;
  agencies: AccessReportAgency[];
  entries: AccessReportEntry[];
}

interface LogRow {
  at: Date | string;
  agencyKind: AgencyKind;
  agencyId: string | null;
  clientId: string | null;
  purpose: string | null;
  fieldClasses: string[];
}

/** The calendar day in China of an instant. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China calendar day begins. */
function chinaMidnight(day: Date): Date {
  return new Date(day.getTime() - CHINA_OFFSET_MS);
}

/** Orders classes as the policy lists them (stable, readable). */
const CLASS_ORDER = ['BASIC', 'IDENTIFIERS', 'CONTACT', 'ECONOMIC', 'ECONOMIC_DETAIL', 'EDUCATION', 'WELFARE', 'DISABILITY', 'DISABILITY_DETAIL', 'PLACEMENT', 'BOARDING', 'CARE', 'MIGRATION', 'LEGAL', 'LABOR', 'AUDIT'];
function ordered(classes: Iterable<string>): string[] {
  return [...new Set(classes)].filter((c) => !NOT_PERSONAL.has(c)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
function rank(c: string): number {
  const i = CLASS_ORDER.indexOf(c);
  return i < 0 ? CLASS_ORDER.length : i;
}

export async function accessReport(ctx: Context, childId: string, from: Date, to: Date): Promise<AccessReport> {
  assertUuid('childId', childId);
  if (from > to) throw badInput('from', 'must not be after to');
  if ((to.getTime() - from.getTime()) / 86400_000 + 1 > MAX_REPORT_DAYS) throw badInput('to', `the period may cover at most ${MAX_REPORT_DAYS} days`);
  const id = childId.toLowerCase();
  // Row scope: the child's own township or school (or the county for SUPERVISION); outside it, as an unknown id.
  if ((await ctx.repo.countChildren({ id })) === 0) {
    ctx.audit.deniedIds.add(id);
    throw notFound('child');
  }
  // The report reads the child's access records: its own access record names the child.
  ctx.audit.childIds.add(id);

  const raw = ctx.repo.database.raw;
  const rows = await raw.query<LogRow>(
    `SELECT "at", "agencyKind"::text AS "agencyKind", "agencyId", "clientId", "purpose", "fieldClasses"
       FROM "AccessLog"
      WHERE "childIds" @> ARRAY[$1::uuid] AND "at" >= $2::timestamptz AND "at" < $3::timestamptz AND "outcome" IN ('OK', 'PARTIAL')
      ORDER BY "id" LIMIT $4`,
    [id, chinaMidnight(from).toISOString(), chinaMidnight(new Date(to.getTime() + 86400_000)).toISOString(), MAX_REPORT_RECORDS + 1],
  );
  if (rows.length > MAX_REPORT_RECORDS) throw badInput('from', `more than ${MAX_REPORT_RECORDS} reads in the period: ask for a shorter one`);
  const names = await agencyNames(ctx, rows);

  const agencies = new Map<string, AccessReportAgency & { classSet: Set<string>; purposeSet: Set<string> }>();
  const entries = new Map<string, AccessReportEntry>();
  for (const r of rows) {
    const at = new Date(r.at);
    const key = agencyKey(r);
    const name = names.get(key) ?? AGENCY_KIND_LABELS[r.agencyKind];
    const classes = ordered(r.fieldClasses);
    let a = agencies.get(key);
    if (!a) {
      a = { agency: name, agencyKind: r.agencyKind, agencyKindLabel: AGENCY_KIND_LABELS[r.agencyKind], reads: 0, firstAt: at, lastAt: at, classCodes: [], classes: [], purposes: [], classSet: new Set(), purposeSet: new Set() };
      agencies.set(key, a);
    }
    a.reads++;
    if (at < a.firstAt) a.firstAt = at;
    if (at > a.lastAt) a.lastAt = at;
    for (const c of classes) a.classSet.add(c);
    a.purposeSet.add(purposeLabel(r.purpose));

    const day = chinaDay(at);
    const eKey = JSON.stringify([day, key, r.purpose, classes]);
    const e = entries.get(eKey);
    if (e) {
      e.reads++;
      if (at < e.firstAt) e.firstAt = at;
      if (at > e.lastAt) e.lastAt = at;
    } else {
      entries.set(eKey, { date: day, firstAt: at, lastAt: at, agency: name, agencyKind: r.agencyKind, purposeCode: r.purpose, purpose: purposeLabel(r.purpose), classCodes: classes, classes: classes.map((c) => classLabel(c)), reads: 1 });
    }
  }
  return {
    childId: id,
    from: formatLocalDate(from),
    to: formatLocalDate(to),
    // The log's own clock (records carry real time), not the request's calendar.
    generatedAt: new Date(),
    reads: rows.length,
    agencies: [...agencies.values()]
      .map(({ classSet, purposeSet, ...a }) => ({ ...a, classCodes: ordered(classSet), classes: ordered(classSet).map((c) => classLabel(c)), purposes: [...purposeSet].sort() }))
      .sort((x, y) => y.reads - x.reads || x.agency.localeCompare(y.agency, 'zh')),
    entries: [...entries.values()].sort((x, y) => y.lastAt.getTime() - x.lastAt.getTime()),
  };
}

function agencyKey(r: Pick<LogRow, 'agencyKind' | 'agencyId' | 'clientId'>): string {
  return `${r.agencyKind}|${r.agencyId ?? ''}|${r.clientId ?? ''}`;
}

/**
 * The agencies' names: a partner app by its registered name and the agency it
 * acts for; an agency by its row in Agency (the token's agency_id), else the
 * county's only agency of that kind, else the kind (乡镇人民政府, 学校).
 */
async function agencyNames(ctx: Context, rows: readonly LogRow[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const raw = ctx.repo.database.raw;
  const countyCode = ctx.repo.scope.countyCode;
  const clientIds = [...new Set(rows.map((r) => r.clientId).filter((c): c is string => c !== null))];
  const agencyIds = [...new Set(rows.map((r) => r.agencyId).filter((a): a is string => a !== null && isUuid(a)))];
  const kinds = [...new Set(rows.filter((r) => r.agencyId === null && r.clientId === null).map((r) => r.agencyKind))];
  const clients = clientIds.length === 0 ? [] : await raw.query<{ id: string; name: string; onBehalfOf: AgencyKind }>(
    `SELECT "id", "name", "onBehalfOf"::text AS "onBehalfOf" FROM "PartnerClient" WHERE "id" = ANY($1::text[])`, [clientIds]);
  const byId = agencyIds.length === 0 ? [] : await raw.query<{ id: string; name: string }>(
    `SELECT "id"::text AS id, "name" FROM "Agency" WHERE "id" = ANY($1::uuid[])`, [agencyIds]);
  const single = kinds.length === 0 ? [] : await raw.query<{ kind: AgencyKind; name: string }>(
    `SELECT "kind"::text AS kind, min("name") AS name FROM "Agency" WHERE "countyCode" = $1 AND "kind"::text = ANY($2::text[]) GROUP BY "kind" HAVING count(*) = 1`,
    [countyCode, kinds]);
  const client = new Map(clients.map((c) => [c.id, `${c.name}（合作应用，代${AGENCY_KIND_LABELS[c.onBehalfOf]}）`]));
  const agency = new Map(byId.map((a) => [a.id, a.name]));
  const only = new Map(single.map((a) => [a.kind, a.name]));
  for (const r of rows) {
    const key = agencyKey(r);
    if (out.has(key)) continue;
    const name = (r.clientId !== null ? client.get(r.clientId) ?? `合作应用（${r.clientId}）` : undefined)
      ?? (r.agencyId !== null ? agency.get(r.agencyId) : undefined)
      ?? (r.agencyId === null ? only.get(r.agencyKind) : undefined);
    if (name !== undefined) out.set(key, name);
  }
  return out;
}
