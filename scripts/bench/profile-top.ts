/**
 * Summarises a V8 .cpuprofile (from --cpu-prof): self time per function and
 * per package, busiest first. `npx tsx scripts/bench/profile-top.ts <file.cpuprofile> [--top 30]`.
 * Used for the profiles the benchmarks write with --cpu-prof (issue 9: "put the
 * top entries in your note before and after").
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface SummaryOptions {
  top?: number;
  /** Leave out the first seconds of the profile (start-up: module loading, compilation). */
  skipSeconds?: number;
}

/** The package (or src/ folder) a script URL belongs to. */
export function packageOf(url: string): string {
  if (url === '') return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const src = /\/(src|scripts)\/(.*)$/.exec(url);
  if (src) return `${src[1]}/${(src[2] ?? '').split('/').slice(0, -1).join('/') || '.'}`;
  return url;
}

export function summarise(profile: Profile, { top = 30, skipSeconds = 0 }: SummaryOptions = {}): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let elapsed = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    elapsed += profile.timeDeltas[i] ?? 0;
    if (elapsed < skipSeconds * 1e6) continue;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let total = 0;
  let idle = 0;
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const name = n.callFrame.functionName || '(anonymous)';
    total += us;
    if (name === '(idle)' || name === '(program)') {
      if (name === '(idle)') idle += us;
      continue;
    }
    const file = n.callFrame.url.split('/').slice(-1)[0] ?? '';
    const key = `${name} ${packageOf(n.callFrame.url)} ${file}:${n.callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const p = name === '(garbage collector)' ? '(gc)' : packageOf(n.callFrame.url);
    pkg.set(p, (pkg.get(p) ?? 0) + us);
  }
  const busy = total - idle;
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const lines = [`busy ${(busy / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s sampled`, '', 'by package (self time, share of busy):'];
  for (const [k, us] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${k}`);
  lines.push('', 'by function:');
  for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${k}`);
  return lines.join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  const flag = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  if (!file) {
    process.stderr.write('usage: tsx scripts/bench/profile-top.ts <file.cpuprofile> [--top 30] [--skip <seconds>]\n');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  process.stdout.write(`${summarise(profile, { top: flag('--top', 30), skipSeconds: flag('--skip', 0) })}\n`);
}
