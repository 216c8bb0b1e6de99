import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { openPglite, openPostgres, type Database } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { IdentifierSealer } from '../src/lib/crypto';
import { EARLY_WARNING_RULES, type RiskRules } from '../src/modules/targets';
import { DEMO_TODAY, generateCounty } from '../src/seed/generate-county';
import {
  backtest, daysIntoTerm, DEFAULT_WINDOW, evaluationPeriod, goalScore, median, MIN_MEDIAN_LEAD, quantile, scoreFeatures, tune, WINDOWS,
  type CountyFeatures, type Outcome, type Period, type RealOutcome, type Tuned,
} from './early-warning-backtest';

/**
 * `npm run report:early-warning -- [--children N] [--seed-a A] [--seed-b B] [--window W]
 *   [--county-a URL|DIR --county-b URL|DIR --today YYYY-MM-DD] [--out FILE]`
 *
 * How well the early-warning rules (plan R2.4, R3.1; src/modules/targets/risk-rules.ts)
 * foresee dropouts, measured honestly: the thresholds are TUNED on one county
 * (seed A) and MEASURED on another (seed B) that the tuning never reads.
 *
 * 1. County A is generated (src/seed, N children, seed A) into a temporary
 *    database — a new database on the PostgreSQL server of DATABASE_URL,
 *    else an in-memory PGlite — or an existing one is opened (--county-a).
 * 2. Tuning on A: every rules object of a grid of thresholds
 *    (scripts/early-warning-backtest.ts grid()) is scored on A's pupil-days;
 *    the winner comes closest to the goal (precision ≥ 0.5, recall ≥ 0.5,
 *    median lead time ≥ 10 school days) on its weakest criterion, then has the
 *    best F1. The winner is re-run on A
 *    through the real rules (evaluateRisk on riskFactsOn, day by day) and both
 *    scorings must agree. A is closed (and dropped).
 * 3. County B is generated (or opened) and the tuned rules are measured on it
 *    with the real rules, and so are the rules in force (EARLY_WARNING_RULES)
 *    when they differ.
 * Definitions (per pupil-year, true positive, lead time) are in
 * scripts/early-warning-backtest.ts and printed with the figures; the figures
 * also go to bench-results/early-warning.json (--out) for a console page.
 */

interface Args {
  children: number;
  seedA: number;
  seedB: number;
  window: number;
  countyA: string | null;
  countyB: string | null;
  today: Date;
  out: string;
}

const USAGE =
  'usage: early-warning-report [--children N] [--seed-a A] [--seed-b B] [--window W] [--county-a URL|DIR --county-b URL|DIR] [--today YYYY-MM-DD] [--out FILE]';

function day(s: string, flag: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== s) throw new Error(`${flag} must be a date YYYY-MM-DD, got ${s}`);
  return d;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    children: 20_000, seedA: 20261129, seedB: 20261130, window: DEFAULT_WINDOW, countyA: null, countyB: null, today: DEMO_TODAY,
    out: 'bench-results/early-warning.json',
  };
  const integer = (flag: string, v: string): number => {
    if (!/^[0-9]+$/.test(v)) throw new Error(`${flag} must be a non-negative integer, got ${v}`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--children') args.children = integer(flag, value);
    else if (flag === '--seed-a') args.seedA = integer(flag, value);
    else if (flag === '--seed-b') args.seedB = integer(flag, value);
    else if (flag === '--window') args.window = integer(flag, value);
    else if (flag === '--county-a') args.countyA = value;
    else if (flag === '--county-b') args.countyB = value;
    else if (flag === '--today') args.today = day(value, flag);
    else if (flag === '--out') args.out = value;
    else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  if ((args.countyA === null) !== (args.countyB === null)) throw new Error('give both --county-a and --county-b, or neither');
  if (args.countyA === null && args.seedA === args.seedB) throw new Error('seed A and seed B must differ: the rules are measured on a county they were not tuned on');
  if (args.window < 1) throw new Error('--window must be at least 1');
  return args;
}

interface County {
  db: Database;
  label: string;
  seed: number | null;
  children: number;
  close(): Promise<void>;
}

/** A generated county in a temporary database (a new database on DATABASE_URL's server, else in-memory PGlite), or an existing one. */
async function openCounty(which: 'A' | 'B', existing: string | null, seed: number, children: number, countyCode: string, serverUrl: string | undefined): Promise<County> {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  if (existing !== null) {
    const db = /^postgres(ql)?:\/\//.test(existing) ? openPostgres({ url: existing, poolSize: 2 }) : await openPglite(existing);
    const n = await db.prisma.child.count({ where: { countyCode } });
    out(`county ${which}: existing database ${existing.replace(/\/\/[^@/]*@/, '//…@')} (${n.toLocaleString('en')} children)`);
    return { db, label: `existing ${which}`, seed: null, children: n, close: () => db.close() };
  }
  let db: Database;
  let drop = async (): Promise<void> => undefined;
  let where: string;
  if (serverUrl) {
    const name = `early_warning_${which.toLowerCase()}_${randomBytes(4).toString('hex')}`;
    const admin = openPostgres({ url: serverUrl, poolSize: 1 });
    await admin.raw.exec(`CREATE DATABASE ${name}`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    db = openPostgres({ url: u.toString(), poolSize: 2, applicationName: 'early-warning-report' });
    drop = async () => {
      await admin.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
    where = `temporary PostgreSQL database ${name}`;
  } else {
    db = await openPglite();
    where = 'temporary in-memory PGlite';
  }
  await migrate(db);
  const started = Date.now();
  process.stdout.write(`county ${which}: generating ${children.toLocaleString('en')} children, seed ${seed}, into a ${where} … `);
  // Throwaway identifier keys: nothing here reads an ID number.
  await generateCounty(db, { children, seed, countyCode, sealer: new IdentifierSealer(randomBytes(32), randomBytes(32)), today: DEMO_TODAY });
  out(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    db, label: `seed ${seed}`, seed, children,
    async close() {
      await db.close();
      await drop();
    },
  };
}

/** Minimum median lead times of the trade-off table. */
const TRADE_OFF_LEADS = [0, 5, 8, 10, 15];

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const rulesText = (r: Readonly<RiskRules>): string =>
  `ABSENCE_STREAK ≥ ${r.absenceStreakDays} days; ABSENCE_RATE ≥ ${r.recentAbsenceDays} of the last ${r.recentWindowDays} school days` +
  `${r.contextRelief > 0 ? ` (${r.recentAbsenceDays - r.contextRelief} with a context rule)` : ''}; SUSPENSION_OVERDUE ≥ ${r.overdueSchoolDays} school days late`;
const sameRules = (a: Readonly<RiskRules>, b: Readonly<RiskRules>): boolean =>
  a.absenceStreakDays === b.absenceStreakDays && a.recentAbsenceDays === b.recentAbsenceDays && a.recentWindowDays === b.recentWindowDays &&
  a.contextRelief === b.contextRelief && a.overdueSchoolDays === b.overdueSchoolDays;

interface LeadUpRow {
  leadUp: string;
  dropouts: number;
  found: number;
  medianLead: number | null;
}

/** True positives by the kind of lead-up the generator drew for the pupil-year's (first) dropout. */
function leadUpBreakdown(o: RealOutcome, facts: ReadonlyArray<{ childId: string | null; detail: unknown }>): LeadUpRow[] {
  const kindOf = new Map<string, string>();
  for (const f of facts) {
    const d = f.detail as { droppedOn: string; leadUp: string };
    const on = new Date(`${d.droppedOn}T00:00:00Z`);
    const key = `${f.childId}:${on.getUTCMonth() >= 8 ? on.getUTCFullYear() : on.getUTCFullYear() - 1}`;
    if (!kindOf.has(key)) kindOf.set(key, d.leadUp);
  }
  const rows = new Map<string, number[][]>();
  for (const p of o.positiveYears) {
    const kind = kindOf.get(`${p.childId}:${p.year}`) ?? 'UNKNOWN';
    const [all, leads] = rows.get(kind) ?? [[], []];
    (all as number[]).push(1);
    if (p.lead !== null) (leads as number[]).push(p.lead);
    rows.set(kind, [all as number[], leads as number[]]);
  }
  return [...rows].sort((a, b) => a[0].localeCompare(b[0])).map(([leadUp, [all, leads]]) => ({
    leadUp, dropouts: (all as number[]).length, found: (leads as number[]).length, medianLead: median(leads as number[]),
  }));
}

/** True positives of dropouts in the first 30 school days of a term (a lead-up then lies partly in the holidays and the term before) and later. */
function termBreakdown(o: RealOutcome, period: Period): LeadUpRow[] {
  const rows = [
    { leadUp: 'within the first 30 school days of a term', test: (n: number) => n < 30 },
    { leadUp: 'later in the term', test: (n: number) => n >= 30 },
  ];
  return rows.map(({ leadUp, test }) => {
    const ps = o.positiveYears.filter((p) => test(daysIntoTerm(period, p.at)));
    const leads = ps.filter((p) => p.lead !== null).map((p) => p.lead as number);
    return { leadUp, dropouts: ps.length, found: leads.length, medianLead: median(leads) };
  });
}

const sameOutcome = (a: Outcome, b: Outcome): boolean =>
  a.pupilYears === b.pupilYears && a.positives === b.positives && a.flagged === b.flagged && a.leadTimes.join() === b.leadTimes.join();

function summary(o: Outcome): Record<string, unknown> {
  return {
    pupilYears: o.pupilYears,
    dropouts: o.positives,
    flagged: o.flagged,
    truePositives: o.truePositives,
    falsePositives: o.flagged - o.truePositives,
    precision: o.precision,
    recall: o.recall,
    leadTime: { median: o.medianLead, p25: quantile(o.leadTimes, 0.25), p75: quantile(o.leadTimes, 0.75), min: quantile(o.leadTimes, 0), max: quantile(o.leadTimes, 1) },
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const countyCode = config.COUNTY_CODE;
  const started = Date.now();
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const secs = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
  const engine = args.countyA !== null ? 'existing databases' : config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (in memory)';
  out(`Early warning (plan R2.4, R3.1): thresholds tuned on county A, measured on county B — ${engine}`);

  // ── A: tuning ──
  const a = await openCounty('A', args.countyA, args.seedA, args.children, countyCode, config.DATABASE_URL);
  let period: Period;
  let tuned: Tuned;
  let shippedOnA: Outcome;
  try {
    period = await evaluationPeriod(a.db, countyCode, args.today);
    out(`evaluation period: ${iso(period.from)} to ${iso(period.to)}, ${period.days.length} school days (the terms the attendance ledger covers, up to the day before ${iso(args.today)})`);
    let t = Date.now();
    const { features } = await backtest(a.db, countyCode, period, [], { window: args.window, features: true });
    const f = features as CountyFeatures;
    out(`county A: pupils read day by day, ${f.active.reduce((n, p) => n + p.candidates.length, 0).toLocaleString('en')} pupil-days on which a warning could fire (${secs(t)})`);
    t = Date.now();
    tuned = tune(f, TRADE_OFF_LEADS, args.window);
    shippedOnA = scoreFeatures(f, EARLY_WARNING_RULES, args.window);
    out(`tuning on A: ${tuned.tried} threshold sets, ${tuned.meetingGoal} of them meeting the whole goal on A (${secs(t)})`);
    t = Date.now();
    const [realA] = (await backtest(a.db, countyCode, period, [tuned.rules], { window: args.window })).outcomes as [RealOutcome];
    if (!sameOutcome(realA, tuned.outcome)) throw new Error(`the tuning's scoring and the real rules disagree on A: ${JSON.stringify(summary(tuned.outcome))} vs ${JSON.stringify(summary(realA))}`);
    out(`  the winner re-run through the real rules (evaluateRisk) on A: the same figures (${secs(t)})`);
  } finally {
    await a.close();
  }

  // ── B: measurement (opened only once the tuning is done) ──
  const b = await openCounty('B', args.countyB, args.seedB, args.children, countyCode, config.DATABASE_URL);
  let onB: RealOutcome;
  let shippedOnB: RealOutcome | null = null;
  let optionsOnB: Array<Outcome | null>;
  let byLeadUp: LeadUpRow[] = [];
  let byTermWeek: LeadUpRow[] = [];
  try {
    const periodB = await evaluationPeriod(b.db, countyCode, args.today);
    const t = Date.now();
    const rulesList = sameRules(tuned.rules, EARLY_WARNING_RULES) ? [tuned.rules] : [tuned.rules, EARLY_WARNING_RULES];
    const run = await backtest(b.db, countyCode, periodB, rulesList, { window: args.window, features: true });
    onB = run.outcomes[0] as RealOutcome;
    shippedOnB = run.outcomes[1] ?? null;
    const featuresB = run.features as CountyFeatures;
    // The trade-off options chosen on A, scored on B's features (the scoring that agreed with the real rules on A; checked again here).
    if (!sameOutcome(onB, scoreFeatures(featuresB, tuned.rules, args.window))) throw new Error('the features scoring and the real rules disagree on B');
    optionsOnB = tuned.tradeOff.map((o) => (o.rules ? scoreFeatures(featuresB, o.rules, args.window) : null));
    // The generator's answer key (DROPOUT_LEAD_UP), read only to explain the figures, after they are measured.
    byLeadUp = leadUpBreakdown(onB, await b.db.prisma.plantedFact.findMany({ where: { kind: 'DROPOUT_LEAD_UP' }, select: { childId: true, detail: true } }));
    byTermWeek = termBreakdown(onB, periodB);
    out(`county B: measured with the real rules (${secs(t)})`);
  } finally {
    await b.close();
  }

  out('');
  out('Definitions');
  out(`  pupil-year      a pupil on the roll in grades 1–9 on at least one evaluation day of a school year (evaluation days: Monday–Friday within the county's terms)`);
  out(`  dropout         a DROPOUT status event of grade 1–9 in the period; its pupil-year is positive`);
  out(`  flagged         at least one flag on an evaluation day, from the records up to that day (a context rule never flags alone)`);
  out(`  true positive   a positive pupil-year flagged on at least one of the ${args.window} school days before its dropout (same school year)`);
  out(`  lead time       school days from the first flagged day within those ${args.window} to the dropout`);
  out('');
  const row = (name: string, o: Outcome) =>
    out(`  ${name.padEnd(30)} ${String(o.pupilYears).padStart(9)} ${String(o.positives).padStart(9)} ${String(o.flagged).padStart(8)} ${String(o.truePositives).padStart(6)} ${pct(o.precision).padStart(10)} ${pct(o.recall).padStart(8)} ${String(o.medianLead ?? '—').padStart(12)}`);
  out(`  ${''.padEnd(30)} ${'pupil-yrs'.padStart(9)} ${'dropouts'.padStart(9)} ${'flagged'.padStart(8)} ${'hits'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(8)} ${'median lead'.padStart(12)}`);
  row(`A (${a.label}), tuned rules`, tuned.outcome);
  row('A, rules in force', shippedOnA);
  row(`B (${b.label}), tuned rules`, onB);
  if (shippedOnB) row('B, rules in force', shippedOnB);
  out('');
  out(`tuned on A:     ${rulesText(tuned.rules)}`);
  out(`rules in force: ${rulesText(EARLY_WARNING_RULES)}${sameRules(tuned.rules, EARLY_WARNING_RULES) ? ' (the same)' : '  ← DIFFERENT from the tuned ones: update EARLY_WARNING_RULES'}`);
  out('');
  out(`on B: precision ${pct(onB.precision)}, recall ${pct(onB.recall)}, lead time (school days) median ${onB.medianLead ?? '—'}, quartiles ${quantile(onB.leadTimes, 0.25) ?? '—'}–${quantile(onB.leadTimes, 0.75) ?? '—'}; dropouts in ${pct(onB.positives / Math.max(1, onB.pupilYears))} of pupil-years`);
  out('  per rule on B (pupil-years flagged with it / of them true positives with it in the window; a pupil-year may carry several):');
  for (const [rule, x] of Object.entries(onB.perRule)) {
    out(`    ${rule.padEnd(20)} flagged ${String(x.flagged).padStart(6)}  hits ${String(x.truePositives).padStart(5)}  precision ${pct(x.flagged === 0 ? null : x.truePositives / x.flagged).padStart(8)}`);
  }
  if (byLeadUp.length > 0) {
    out('  by the lead-up the generator drew (its answer key, DROPOUT_LEAD_UP; read after measuring, to explain the figures):');
    for (const r of byLeadUp) out(`    ${r.leadUp.padEnd(11)} dropouts ${String(r.dropouts).padStart(4)}  found ${String(r.found).padStart(4)} (${pct(r.dropouts === 0 ? null : r.found / r.dropouts)})  median lead ${r.medianLead ?? '—'}`);
  }
  out(`  by when the dropout fell (the rules read the current term only, and the ledger begins with the previous term):`);
  for (const r of byTermWeek) out(`    ${r.leadUp.padEnd(36)} dropouts ${String(r.dropouts).padStart(4)}  found ${String(r.found).padStart(4)} (${pct(r.dropouts === 0 ? null : r.found / r.dropouts)})  median lead ${r.medianLead ?? '—'}`);
  out('');
  out('the trade-off (for each minimum median lead time, the rules with the best F1 on A, then measured on B):');
  tuned.tradeOff.forEach((o, i) => {
    const b2 = optionsOnB[i];
    if (!o.rules || !o.outcome || !b2) return out(`  median lead ≥ ${String(o.minLead).padStart(2)}: no rules of the grid reach it on A`);
    out(`  median lead ≥ ${String(o.minLead).padStart(2)}: ${rulesText(o.rules)}`);
    out(`      A: precision ${pct(o.outcome.precision)}, recall ${pct(o.outcome.recall)}, median lead ${o.outcome.medianLead}   B: precision ${pct(b2.precision)}, recall ${pct(b2.recall)}, median lead ${b2.medianLead ?? '—'}`);
  });
  const goal = goalScore(onB) >= 1;
  out(`goal (precision ≥ 50 %, recall ≥ 50 %, median lead ≥ ${MIN_MEDIAN_LEAD} school days on B): ${goal ? 'met' : 'NOT met'}`);

  const json = {
    generatedAt: new Date().toISOString(),
    command: `npm run report:early-warning -- ${process.argv.slice(2).join(' ')}`.trim(),
    database: engine,
    countyCode,
    today: iso(args.today),
    definitions: {
      unit: 'pupil-year: a pupil on the roll in grades 1–9 on at least one evaluation day of a school year',
      evaluationDays: "Monday–Friday within the county's terms (SchoolTerm), from the first term the attendance ledger covers to the day before today",
      positive: 'a DROPOUT status event (not corrected) of grade 1–9 within the evaluation period',
      flagged: 'at least one flag on an evaluation day, computed from the records up to that day',
      truePositive: `a positive pupil-year flagged on at least one of the ${args.window} evaluation days before its dropout, in the same school year`,
      precision: 'true positives / flagged pupil-years',
      recall: 'true positives / positive pupil-years',
      leadTime: `evaluation days from the first flagged day within the window to the dropout (1 to ${args.window})`,
      window: args.window,
    },
    goal: { precision: 0.5, recall: 0.5, medianLead: MIN_MEDIAN_LEAD, metOnB: goal },
    period: { from: iso(period.from), to: iso(period.to), schoolDays: period.days.length },
    tuning: {
      county: { seed: a.seed, children: a.children },
      objective: `max min(precision / 0.5, recall / 0.5, median lead / ${MIN_MEDIAN_LEAD}), then F1, then median lead`,
      grid: { size: tuned.tried, meetingGoalOnA: tuned.meetingGoal, windows: WINDOWS },
      rules: tuned.rules,
      onA: summary(tuned.outcome),
    },
    evaluation: {
      county: { seed: b.seed, children: b.children },
      rules: tuned.rules,
      ...summary(onB),
      perRule: onB.perRule,
      byLeadUp,
      byTermWeek,
    },
    tradeOff: tuned.tradeOff.map((o, i) => ({ minMedianLead: o.minLead, rules: o.rules, onA: o.outcome ? summary(o.outcome) : null, onB: optionsOnB[i] ? summary(optionsOnB[i] as Outcome) : null })),
    rulesInForce: {
      rules: { ...EARLY_WARNING_RULES },
      sameAsTuned: sameRules(tuned.rules, EARLY_WARNING_RULES),
      onA: summary(shippedOnA),
      onB: shippedOnB ? { ...summary(shippedOnB), perRule: shippedOnB.perRule } : { ...summary(onB), perRule: onB.perRule },
    },
    elapsedMs: Date.now() - started,
    host: { cpus: os.cpus().length, node: process.version },
  };
  mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  writeFileSync(args.out, JSON.stringify(json, null, 2) + '\n');
  out(`\nwritten: ${args.out}  (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
}

main().catch((e: unknown) => {
  process.stderr.write(`early-warning-report failed: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
