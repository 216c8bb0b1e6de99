/**
 * Command-line flags shared by the read benchmarks:
 *   --children N      size of the bench county (database hub_bench_<N>)
 *   --duration S      seconds per measured run; --quick: 3
 *   --rounds N        repeats of the whole interleaved matrix (median round reported)
 *   --regenerate      drop and rebuild the bench database
 *   --cpu-prof        V8 CPU profiles of the server processes
 *   --only a,b        servers; --connections 1,10; --queries Q1,Q2
 * plus each script's own boolean flags.
 */
export interface BenchArgs<S extends string, Q extends string> {
  children: number;
  duration: number;
  regenerate: boolean;
  cpuProf: boolean;
  only: S[] | null;
  connections: number[];
  queries: Q[];
  rounds: number;
  /** The script's own boolean flags that were given (without the dashes). */
  flags: string[];
}

export interface ArgSpec<S extends string, Q extends string> {
  usage: string;
  servers: readonly S[];
  queries: readonly Q[];
  rounds: number;
  /** Boolean flags of the script (without the dashes). */
  booleans?: readonly string[];
}

export const QUICK_DURATION_S = 3;

export function parseBenchArgs<S extends string, Q extends string>(argv: string[], spec: ArgSpec<S, Q>): BenchArgs<S, Q> {
  const a: BenchArgs<S, Q> = {
    children: 100_000,
    duration: 10,
    regenerate: false,
    cpuProf: false,
    only: null,
    connections: [1, 10],
    queries: [...spec.queries],
    rounds: spec.rounds,
    flags: [],
  };
  const list = <T extends string>(flag: string, v: string, allowed: readonly T[]): T[] => {
    const xs = v.split(',');
    for (const x of xs) if (!(allowed as readonly string[]).includes(x)) throw new Error(`${flag}: unknown ${x} (${allowed.join(', ')})`);
    return xs as T[];
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${spec.usage}`);
      return v;
    };
    const positive = (v: string): number => {
      if (!/^[0-9]+$/.test(v) || Number(v) < 1) throw new Error(`${flag} must be a positive integer, got ${v}`);
      return Number(v);
    };
    if (flag === '--children') a.children = positive(value());
    else if (flag === '--duration') a.duration = positive(value());
    else if (flag === '--quick') a.duration = QUICK_DURATION_S;
    else if (flag === '--rounds') a.rounds = positive(value());
    else if (flag === '--regenerate') a.regenerate = true;
    else if (flag === '--cpu-prof') a.cpuProf = true;
    else if (flag === '--only') a.only = list('--only', value(), spec.servers);
    else if (flag === '--connections') a.connections = value().split(',').map(positive);
    else if (flag === '--queries') a.queries = list('--queries', value(), spec.queries);
    else if (flag.startsWith('--') && spec.booleans?.includes(flag.slice(2))) a.flags.push(flag.slice(2));
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${spec.usage}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${flag}\n${spec.usage}`);
  }
  return a;
}
