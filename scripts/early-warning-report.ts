import { ConfigError, loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import { schoolYearOf } from '../src/lib/school-year';
import { evaluateBatch, RISK_CANDIDATE_SELECT } from '../src/modules/targets';
import type { RiskRule } from '../src/modules/targets';

/**
 * `npm run report:early-warning -- [--as-of YYYY-MM-DD] [--today YYYY-MM-DD]`
 *
 * How well the early-warning flags (plan R2.4, R3.1; src/modules/targets/risk-rules.ts)
 * foresee the dropouts the demo-county generator planted (PlantedFact kind
 * PLANTED_DROPOUT: every child DROPPED_OUT today), per township: precision =
 * flagged pupils who then dropped out ÷ flagged pupils; recall = flagged
 * dropouts ÷ dropouts.
 *
 * A backtest, so that no flag sees the future: the flags are computed with
 * the same code as the riskFlags query, as of a date T0, over the pupils on
 * the roll (grades 1–9) that day, from the records up to T0 only; a pupil is
 * a positive when his or her planted dropout falls after T0 and within T0's
 * school year (up to today). By default T0 is 1 September of every school
 * year that has a planted dropout (pupil-years pooled); --as-of takes one
 * date instead. A pupil is counted in the township of the school he or she
 * was registered at on T0. Runs on DATABASE_URL, else the embedded database
 * under DATA_DIR (./data).
 */

interface Args {
  asOf: Date | null;
  today: Date;
}

function day(s: string, flag: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== s) throw new Error(`${flag} must be a date YYYY-MM-DD, got ${s}`);
  return d;
}

function parseArgs(argv: string[]): Args {
  const now = new Date();
  const args: Args = { asOf: null, today: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--as-of') args.asOf = day(value, flag);
    else if (flag === '--today') args.today = day(value, flag);
    else throw new Error(`unknown argument ${flag}\nusage: early-warning-report [--as-of YYYY-MM-DD] [--today YYYY-MM-DD]`);
  }
  return args;
}

interface Tally {
  pupils: number;
  flagged: number;
  positives: number;
  hits: number;
}

const empty = (): Tally => ({ pupils: 0, flagged: 0, positives: 0, hits: 0 });
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const RULES: RiskRule[] = ['ABSENCE_STREAK', 'ABSENCE_RATE', 'SUSPENSION_OVERDUE', 'OVER_AGE', 'LEARNING_SUPPORT', 'TRANSITION'];
const BATCH = 1000;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const db = await openDatabase(config);
  const where = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite under ${config.DATA_DIR}`;
  try {
    const prisma = db.prisma;
    const countyCode = config.COUNTY_CODE;
    const planted = await prisma.plantedFact.findMany({ where: { kind: 'PLANTED_DROPOUT' }, select: { childId: true, detail: true } });
    if (planted.length === 0) throw new Error(`${where} holds no PLANTED_DROPOUT facts: generate the demo county first (npm run generate-county)`);
    const droppedOn = new Map<string, Date>();
    for (const p of planted) {
      const d = (p.detail as { droppedOn?: string }).droppedOn;
      if (p.childId && d) droppedOn.set(p.childId, day(d, 'PlantedFact.detail.droppedOn'));
    }
    const firstYear = Math.min(...[...droppedOn.values()].map((d) => schoolYearOf(d)));
    const asOfs: Date[] = [];
    if (args.asOf) asOfs.push(args.asOf);
    else for (let y = firstYear; y <= schoolYearOf(args.today); y++) asOfs.push(new Date(Date.UTC(y, 8, 1)));

    const schools = await prisma.school.findMany({ where: { countyCode }, select: { id: true, townshipCode: true } });
    const townshipOfSchool = new Map(schools.map((s) => [s.id, s.townshipCode]));
    const townships = await prisma.region.findMany({ where: { countyCode, level: 'TOWNSHIP' }, orderBy: { code: 'asc' } });
    const perTownship = new Map<string, Tally>(townships.map((t) => [t.code, empty()]));
    const total = empty();
    const perRule = new Map<RiskRule, { flagged: number; hits: number }>(RULES.map((r) => [r, { flagged: 0, hits: 0 }]));
    const covered = new Set<string>();
    const rules = { absenceStreakDays: config.ABSENCE_STREAK_DAYS };

    for (const t0 of asOfs) {
      const end = new Date(Math.min(Date.UTC(schoolYearOf(t0) + 1, 7, 31), args.today.getTime()));
      let after: string | null = null;
      for (;;) {
        const batch: Array<{ id: string; birthDate: Date }> = await prisma.child.findMany({
          where: { countyCode, ...(after ? { id: { gt: after } } : {}) },
          select: RISK_CANDIDATE_SELECT,
          orderBy: { id: 'asc' },
          take: BATCH,
        });
        if (batch.length === 0) break;
        after = (batch.at(-1) as { id: string }).id;
        for (const r of await evaluateBatch(prisma, batch, t0, rules)) {
          const d = droppedOn.get(r.childId);
          const positive = d !== undefined && d > t0 && d <= end;
          if (positive) covered.add(r.childId);
          const flagged = r.flags.length > 0;
          const code = r.schoolId ? townshipOfSchool.get(r.schoolId) : undefined;
          for (const t of [total, code ? perTownship.get(code) : undefined]) {
            if (!t) continue;
            t.pupils++;
            if (flagged) t.flagged++;
            if (positive) t.positives++;
            if (flagged && positive) t.hits++;
          }
          for (const rule of new Set(r.flags.map((f) => f.rule))) {
            const x = perRule.get(rule) as { flagged: number; hits: number };
            x.flagged++;
            if (positive) x.hits++;
          }
        }
        if (batch.length < BATCH) break;
      }
    }

    // Sanity check of the rules themselves: as of today, do they find the warning signals the generator planted on purpose?
    const signals = await prisma.plantedFact.findMany({ where: { kind: { in: ['ABSENCE_STREAK', 'OVERDUE_SUSPENSION'] } }, select: { kind: true, childId: true } });
    const todayFlags = new Map<string, Set<RiskRule>>();
    const flaggedToday = new Map<RiskRule, number>(RULES.map((r) => [r, 0]));
    let onRollToday = 0;
    for (let after: string | null = null; ; ) {
      const batch: Array<{ id: string; birthDate: Date }> = await prisma.child.findMany({
        where: { countyCode, enrollment: { status: { in: ['ENROLLED', 'SUSPENDED'] } }, ...(after ? { id: { gt: after } } : {}) },
        select: RISK_CANDIDATE_SELECT,
        orderBy: { id: 'asc' },
        take: BATCH,
      });
      if (batch.length === 0) break;
      after = (batch.at(-1) as { id: string }).id;
      for (const r of await evaluateBatch(prisma, batch, args.today, rules)) {
        onRollToday++;
        const set = new Set(r.flags.map((f) => f.rule));
        todayFlags.set(r.childId, set);
        for (const rule of set) flaggedToday.set(rule, (flaggedToday.get(rule) as number) + 1);
      }
      if (batch.length < BATCH) break;
    }

    const out = (s: string) => process.stdout.write(`${s}\n`);
    out(`Early warning (plan R2.4, R3.1) against the planted dropouts — county ${countyCode}, ${where}`);
    out(`rules: ABSENCE_STREAK_DAYS=${rules.absenceStreakDays}; as-of dates (T0): ${asOfs.map(iso).join(', ')}; outcomes up to ${iso(args.today)}`);
    out('a pupil-year = a pupil on the roll in grades 1–9 on T0, flagged from the records up to T0; positive = planted dropout after T0 within its school year');
    out('');
    const head = ['township', 'code', 'pupil-years', 'flagged', 'dropouts', 'flagged∧dropped', 'precision', 'recall'];
    const rows: string[][] = townships.map((t) => {
      const x = perTownship.get(t.code) as Tally;
      return [t.name, t.code, String(x.pupils), String(x.flagged), String(x.positives), String(x.hits), pct(x.hits, x.flagged), pct(x.hits, x.positives)];
    });
    rows.push(['county', countyCode, String(total.pupils), String(total.flagged), String(total.positives), String(total.hits), pct(total.hits, total.flagged), pct(total.hits, total.positives)]);
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] as string))));
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? pad(c, widths[i] as number) : padLeft(c, widths[i] as number))).join('  ');
    out(line(head));
    for (const r of rows) out(line(r));
    out('');
    out('per rule (county, pupil-years; a pupil-year may carry several rules):');
    out(`  ${pad('rule', 20)}  ${padLeft('flagged', 8)}  ${padLeft('dropped', 8)}  ${padLeft('precision', 9)}  ${padLeft('recall', 7)}`);
    for (const rule of RULES) {
      const x = perRule.get(rule) as { flagged: number; hits: number };
      out(`  ${pad(rule, 20)}  ${padLeft(String(x.flagged), 8)}  ${padLeft(String(x.hits), 8)}  ${padLeft(pct(x.hits, x.flagged), 9)}  ${padLeft(pct(x.hits, total.positives), 7)}`);
    }
    out('');
    out(`base rate (dropouts ÷ pupil-years): ${pct(total.positives, total.pupils)}; planted dropouts: ${droppedOn.size}, of which on the roll on a T0 before their dropout: ${covered.size}`);
    out('');
    out(`as of ${iso(args.today)} (what the riskFlags query lists): ${onRollToday} pupils on the roll, ${[...todayFlags.values()].filter((f) => f.size > 0).length} with at least one flag`);
    out(`  ${RULES.map((r) => `${r} ${flaggedToday.get(r) as number}`).join(', ')}`);
    for (const [kind, rule] of [['ABSENCE_STREAK', 'ABSENCE_STREAK'], ['OVERDUE_SUSPENSION', 'SUSPENSION_OVERDUE']] as const) {
      const ids = signals.filter((x) => x.kind === kind && x.childId).map((x) => x.childId as string);
      const found = ids.filter((id) => todayFlags.get(id)?.has(rule)).length;
      out(`  sanity: planted ${kind} signals found by rule ${rule}: ${found} of ${ids.length}`);
    }
    out('');
    out('caveat: the generator draws dropouts at random by stage (and, for registered-poor pupils, ×1.5 — poverty is never a rule input here) and writes attendance');
    out('and learning support only for pupils enrolled today, so absence and support rules cannot fire for a planted dropout: these numbers measure the demo data, not the rules.');
  } finally {
    await db.close();
  }
}

/** Width in terminal columns (CJK characters take two). */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - displayWidth(s)));
const padLeft = (s: string, n: number) => ' '.repeat(Math.max(0, n - displayWidth(s))) + s;

main().catch((e: unknown) => {
  process.stderr.write(`early-warning-report failed: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
