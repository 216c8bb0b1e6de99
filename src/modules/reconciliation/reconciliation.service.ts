import type { FieldClass } from '../../access/field-classes';
import { shownCount } from '../../access/policy';
import { rowScopeKindOf } from '../../access/viewer';
import type { Context } from '../../context';
import { mutate } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { Prisma, ReconciliationRun } from '../../generated/prisma/client';
import type { AgencyKind, DiscrepancyStatus, ReconciliationKind } from '../../generated/prisma/enums';
import { assertUuid, isUuid } from '../../lib/validate';
import { runCheck, type Finding } from './reconciliation.checks';
import { AUTO_RESOLVER, isDiscrepancyType, TYPE_RULES, typesOf, type DiscrepancyTypeName } from './reconciliation.policy';
import type { DiscrepancyCountType, ReconciliationRunType } from './reconciliation.types';

/**
 * Re-runnable, idempotent cross-checks (plan R2.2, R2.3, R2.5, S2). A run
 * compares the registers (reconciliation.checks.ts) and folds what it found
 * into Discrepancy, keyed by (kind, key):
 *   - found for the first time → a new OPEN discrepancy with its owner;
 *   - found again and OPEN → lastRunId moves to this run, nothing else changes;
 *   - found again, resolved by its owner → stays RESOLVED (the owner's
 *     explanation stands; counted as "explained"), lastRunId moves;
 *   - found again after the reconciliation had resolved it → OPEN again;
 *   - OPEN and no longer found → RESOLVED, resolution 'no longer found in
 *     run <id>', resolvedBy 'reconciliation'.
 * A second run over unchanged data therefore changes nothing but lastRunId.
 * Runs of one kind are serialised by an advisory lock; one run is one
 * transaction with its outbox event and access record.
 */

export const ALL_KINDS: readonly ReconciliationKind[] = ['ENROLLMENT_VS_POVERTY_ROLL', 'DISABILITY_VS_ENROLLMENT', 'CENSUS_VS_ENROLLMENT'];
const CHUNK = 5000;
const MAX_PAGE = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Discrepancies the viewer may see: county-wide agencies all; the owner its
 * own (even when the child is outside its row scope: the poverty office's
 * ROLL_ONLY members are by definition not registered poor in the hub); a
 * township those located in it; everyone else (and partner apps) those whose
 * child is in its row scope.
 */
export function visibleDiscrepancies(ctx: Context, kind: ReconciliationKind | null = null): Prisma.DiscrepancyWhereInput {
  const base: Prisma.DiscrepancyWhereInput = { countyCode: ctx.repo.scope.countyCode, ...(kind !== null ? { kind } : {}) };
  const v = ctx.viewer;
  if (v.kind === 'PARTNER_APP') return { ...base, child: ctx.repo.scope.child };
  if (rowScopeKindOf(v) === 'COUNTY') return base;
  const or: Prisma.DiscrepancyWhereInput[] = [{ child: ctx.repo.scope.child }];
  if (v.kind === 'TOWNSHIP') {
    if (v.townshipCode !== null) or.push({ townshipCode: v.townshipCode });
  } else {
    or.push({ ownerAgency: v.kind });
  }
  return { ...base, OR: or };
}

// ───────────────────────────────── runs ─────────────────────────────────

/** plan S1: the education bureau's joint-meeting office runs the cross-checks. */
export function runReconciliation(ctx: Context, kind: ReconciliationKind): Promise<ReconciliationRun> {
  if (ctx.viewer.kind !== 'EDUCATION_BUREAU') {
    throw new HubError('FORBIDDEN', 'the cross-checks are run by the education bureau\'s joint-meeting office (plan S1)');
  }
  return mutate(ctx, async (w) => {
    const countyCode = ctx.repo.scope.countyCode;
    await w.tx.$queryRawUnsafe('SELECT 1::int AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l', `reconciliation:${countyCode}:${kind}`);
    const run = await w.tx.reconciliationRun.create({ data: { countyCode, kind, asOf: ctx.calendar.today } });
    const { findings: raw, basis } = await runCheck(ctx, w.tx, kind);
    const findings: Finding[] = [];
    const keys = new Set<string>();
    for (const f of raw) {
      if (keys.has(f.key)) continue;
      keys.add(f.key);
      findings.push(f);
    }

    const existing = await w.tx.discrepancy.findMany({
      where: { countyCode, kind },
      select: { id: true, key: true, status: true, resolvedBy: true, description: true, townshipCode: true, ownerAgency: true, childId: true },
    });
    const byKey = new Map(existing.map((e) => [e.key, e]));
    const fresh: Finding[] = [];
    const still: string[] = [];
    const explained: Finding[] = [];
    const reopened: Finding[] = [];
    const refresh: Array<{ id: string; f: Finding }> = [];
    for (const f of findings) {
      const e = byKey.get(f.key);
      if (!e) {
        fresh.push(f);
        continue;
      }
      if (e.status === 'OPEN') still.push(e.id);
      else if (e.resolvedBy === AUTO_RESOLVER) reopened.push(f);
      else {
        explained.push(f);
        still.push(e.id);
      }
      if (e.description !== f.description || e.townshipCode !== f.townshipCode || e.ownerAgency !== TYPE_RULES[f.type].owner || e.childId !== f.childId) {
        refresh.push({ id: e.id, f });
      }
    }
    const gone = existing.filter((e) => e.status === 'OPEN' && !keys.has(e.key));

    for (const part of chunks(fresh)) {
      await w.tx.discrepancy.createMany({
        data: part.map((f) => ({
          countyCode,
          kind,
          key: f.key,
          type: f.type,
          lastRunId: run.id,
          childId: f.childId,
          townshipCode: f.townshipCode,
          ownerAgency: TYPE_RULES[f.type].owner,
          description: f.description,
        })),
      });
    }
    for (const part of chunks(still)) await w.tx.discrepancy.updateMany({ where: { id: { in: part } }, data: { lastRunId: run.id } });
    for (const part of chunks(reopened.map((f) => (byKey.get(f.key) as { id: string }).id))) {
      await w.tx.discrepancy.updateMany({
        where: { id: { in: part }, status: 'RESOLVED', resolvedBy: AUTO_RESOLVER },
        data: { status: 'OPEN', resolution: null, resolvedAt: null, resolvedBy: null, lastRunId: run.id, version: { increment: 1 } },
      });
    }
    for (const { id, f } of refresh) {
      await w.tx.discrepancy.update({ where: { id }, data: { description: f.description, townshipCode: f.townshipCode, ownerAgency: TYPE_RULES[f.type].owner, childId: f.childId } });
    }
    const now = new Date();
    for (const part of chunks(gone.map((e) => e.id))) {
      await w.tx.discrepancy.updateMany({
        where: { id: { in: part }, status: 'OPEN' },
        data: { status: 'RESOLVED', resolution: `no longer found in run ${run.id}`, resolvedAt: now, resolvedBy: AUTO_RESOLVER, version: { increment: 1 } },
      });
    }

    const explainedKeys = new Set(explained.map((f) => f.key));
    const byType: Record<string, { found: number; open: number }> = {};
    for (const t of typesOf(kind)) byType[t] = { found: 0, open: 0 };
    for (const f of findings) {
      const c = (byType[f.type] ??= { found: 0, open: 0 });
      c.found++;
      if (!explainedKeys.has(f.key)) c.open++;
    }
    const totals = {
      found: findings.length,
      open: findings.length - explained.length,
      newlyFound: fresh.length,
      reopened: reopened.length,
      explained: explained.length,
      autoResolved: gone.length,
      byType,
      basis,
    };
    const finished = await w.tx.reconciliationRun.update({ where: { id: run.id }, data: { totals: totals as unknown as Prisma.InputJsonValue, finishedAt: new Date() } });
    for (const f of [...fresh, ...reopened]) if (f.childId) w.touched(f.childId);
    w.outbox({
      type: 'RECONCILIATION_RUN',
      payload: { runId: run.id, kind, found: totals.found, open: totals.open, newlyFound: totals.newlyFound, reopened: totals.reopened, autoResolved: totals.autoResolved },
    });
    return finished;
  });
}

interface StoredTotals {
  newlyFound?: number;
  reopened?: number;
}

/** A run's counts over the discrepancies the viewer may see (counts obey the row scope; partners: < 5 suppressed). */
export async function summarizeRun(ctx: Context, run: ReconciliationRun): Promise<ReconciliationRunType> {
  const prisma = ctx.repo.database.prisma;
  const vis = visibleDiscrepancies(ctx, run.kind);
  const [groups, autoResolved] = await Promise.all([
    prisma.discrepancy.groupBy({ by: ['type', 'status'], where: { AND: [vis, { lastRunId: run.id }] }, _count: { _all: true } }),
    prisma.discrepancy.count({ where: { AND: [vis, { status: 'RESOLVED', resolvedBy: AUTO_RESOLVER, resolution: `no longer found in run ${run.id}` }] } }),
  ]);
  const suppress = (n: number): number | null => shownCount(ctx.viewer, n);
  const perType = new Map<string, { found: number; open: number }>(typesOf(run.kind).map((t) => [t, { found: 0, open: 0 }]));
  let found = 0;
  let open = 0;
  for (const g of groups) {
    const c = perType.get(g.type) ?? { found: 0, open: 0 };
    perType.set(g.type, c);
    c.found += g._count._all;
    found += g._count._all;
    if (g.status === 'OPEN') {
      c.open += g._count._all;
      open += g._count._all;
    }
  }
  const countyWide = ctx.viewer.kind !== 'PARTNER_APP' && rowScopeKindOf(ctx.viewer) === 'COUNTY';
  const stored = (run.totals ?? {}) as StoredTotals;
  const byType: DiscrepancyCountType[] = [...perType].map(([type, c]) => ({ type, found: suppress(c.found), open: suppress(c.open) }));
  const openShown = suppress(open);
  return {
    id: run.id,
    kind: run.kind,
    asOf: run.asOf,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    found: suppress(found),
    open: openShown,
    explained: suppress(found - open),
    autoResolved: suppress(autoResolved),
    newlyFound: countyWide ? (stored.newlyFound ?? null) : null,
    reopened: countyWide ? (stored.reopened ?? null) : null,
    byType,
    numbersAgree: openShown === null ? null : openShown === 0,
  };
}

/** The latest finished run of each kind (or of one kind). */
export async function latestRuns(ctx: Context, kind: ReconciliationKind | null): Promise<ReconciliationRunType[]> {
  const prisma = ctx.repo.database.prisma;
  const runs = await Promise.all(
    (kind !== null ? [kind] : ALL_KINDS).map((k) =>
      prisma.reconciliationRun.findFirst({ where: { countyCode: ctx.repo.scope.countyCode, kind: k, finishedAt: { not: null } }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] }),
    ),
  );
  return Promise.all(runs.filter((r): r is ReconciliationRun => r !== null).map((r) => summarizeRun(ctx, r)));
}

// ───────────────────────────────── discrepancies ─────────────────────────────────

export interface DiscrepancyFilter {
  status: DiscrepancyStatus | null;
  townshipCode: string | null;
  ownerAgency: AgencyKind | null;
  type: string | null;
  first: number;
  after: string | null;
}

/** Discrepancies of one reconciliation, filtered, in id order (keyset pages: pass the last id as `after`). */
export async function listDiscrepancies(ctx: Context, kind: ReconciliationKind, f: DiscrepancyFilter) {
  if (!Number.isInteger(f.first) || f.first < 1 || f.first > MAX_PAGE) throw badInput('first', `must be between 1 and ${MAX_PAGE}`);
  if (f.townshipCode !== null && !/^[0-9]{12}$/.test(f.townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
  if (f.type !== null && !(typesOf(kind) as string[]).includes(f.type)) throw badInput('type', `is not found by ${kind}; it finds ${typesOf(kind).join(', ')}`);
  if (f.after !== null && !isUuid(f.after)) throw badInput('after', 'must be the id of the last discrepancy of the previous page');
  const rows = await ctx.repo.database.prisma.discrepancy.findMany({
    where: {
      AND: [
        visibleDiscrepancies(ctx, kind),
        f.status !== null ? { status: f.status } : {},
        f.townshipCode !== null ? { townshipCode: f.townshipCode } : {},
        f.ownerAgency !== null ? { ownerAgency: f.ownerAgency } : {},
        f.type !== null ? { type: f.type } : {},
        f.after !== null ? { id: { gt: f.after } } : {},
      ],
    },
    orderBy: { id: 'asc' },
    take: f.first,
  });
  for (const r of rows) if (r.childId) ctx.audit.childIds.add(r.childId);
  return rows;
}

/** The mutation that resolves discrepancies of a write class (for messages). */
const RESOLVER_OF: Record<string, string> = {
  'ECONOMIC/RECONCILIATION': 'resolvePovertyRollDiscrepancy',
  'DISABILITY/RECONCILIATION': 'resolveDisabilityDiscrepancy',
  'EDUCATION/RECONCILIATION': 'resolveEducationDiscrepancy',
  'EDUCATION/CENSUS': 'resolveCensusDiscrepancy',
};

/**
 * The owner agency resolves a discrepancy (plan R2.3, R2.5), with the version
 * it read (optimistic concurrency), through the mutation whose write class
 * is that of the discrepancy's type (reconciliation.policy.ts).
 */
export function resolveDiscrepancy(ctx: Context, input: { id: string; resolution: string; version: number }, via: { class: FieldClass; kind: string }) {
  assertUuid('id', input.id);
  const resolution = input.resolution.trim();
  if (resolution.length < 2) throw badInput('resolution', 'say how it was resolved (处理结果)');
  if (resolution.length > 1000) throw badInput('resolution', 'must be at most 1000 characters');
  return mutate(ctx, async (w) => {
    const d = await w.tx.discrepancy.findFirst({ where: { AND: [visibleDiscrepancies(ctx), { id: input.id }] } });
    if (!d) throw notFound('discrepancy');
    const rule = isDiscrepancyType(d.type) ? TYPE_RULES[d.type as DiscrepancyTypeName] : null;
    if (!rule) throw new HubError('CONFLICT', `unknown discrepancy type ${d.type}`);
    if (rule.write.class !== via.class || rule.write.kind !== via.kind) {
      throw badInput('id', `is a ${d.type} discrepancy: ${RESOLVER_OF[`${rule.write.class}/${rule.write.kind}`] ?? 'another mutation'} resolves it`);
    }
    const v = ctx.viewer;
    if (d.ownerAgency !== v.kind || (d.ownerAgency === 'TOWNSHIP' && d.townshipCode !== v.townshipCode)) {
      throw new HubError('FORBIDDEN', `only its owner (${d.ownerAgency}${d.ownerAgency === 'TOWNSHIP' ? ` ${d.townshipCode ?? ''}` : ''}) resolves this discrepancy`);
    }
    if (d.status !== 'OPEN') throw new HubError('CONFLICT', 'the discrepancy is already resolved');
    if (d.version !== input.version) throw new HubError('CONFLICT', 'the discrepancy changed since you read it: read it again and retry');
    const updated = await w.tx.discrepancy.updateMany({
      where: { id: d.id, version: input.version, status: 'OPEN' },
      data: { status: 'RESOLVED', resolution, resolvedAt: new Date(), resolvedBy: `${v.kind}:${v.subject}`, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the discrepancy changed at the same time: read it again and retry');
    if (d.childId) w.touched(d.childId);
    w.outbox({ type: 'DISCREPANCY_RESOLVED', childId: d.childId, townshipCode: d.townshipCode, payload: { discrepancyId: d.id, kind: d.kind, type: d.type, owner: d.ownerAgency } });
    return w.tx.discrepancy.findUniqueOrThrow({ where: { id: d.id } });
  });
}
