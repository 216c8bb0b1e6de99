import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The read path reads top-down (issue 9 item 3): http (src/server.ts,
 * src/http/) → access (src/access/) → modules (src/modules/) → db (src/db/).
 * The Context type and the loader registry sit below the modules: nothing
 * they import imports them back, and nothing under src/db/ imports upwards.
 */
const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === 'generated') return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports (type imports and re-exports included) of each file, resolved to files. */
const graph = new Map<string, string[]>();
for (const file of sourceFiles(SRC)) {
  const text = readFileSync(file, 'utf8');
  const deps: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)) {
    const target = path.resolve(path.dirname(file), m[1] as string);
    const hit = [`${target}.ts`, path.join(target, 'index.ts')].find((c) => existsSync(c));
    if (hit) deps.push(hit);
  }
  graph.set(file, deps);
}

const rel = (f: string) => path.relative(SRC, f);

function closure(start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(start) ?? [])];
  while (stack.length > 0) {
    const f = stack.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(graph.get(f) ?? []));
  }
  return seen;
}

describe('layers of the read path (issue 9)', () => {
  it('src/context.ts does not reach itself, nor any resolver, service or GraphQL type', () => {
    const reached = [...closure(path.join(SRC, 'context.ts'))].map(rel);
    expect(reached).not.toContain('context.ts');
    expect(reached.filter((f) => /\.(resolver|service|types|mutations)\.ts$|\/index\.ts$/.test(f) && f.startsWith('modules/'))).toEqual([]);
  });

  it('the loader registry imports only loaders, and loaders only the repository and lib', () => {
    const loaders = [path.join(SRC, 'modules/loaders.ts'), ...[...graph.keys()].filter((f) => f.endsWith('.loaders.ts'))];
    const bad = loaders.flatMap((f) =>
      (graph.get(f) ?? []).filter((d) => !(d.endsWith('.loaders.ts') || rel(d).startsWith('lib/') || rel(d) === 'access/repository.ts')).map((d) => `${rel(f)} → ${rel(d)}`),
    );
    expect(bad).toEqual([]);
  });

  it('src/db/ imports nothing above it (access, audit, modules, context, http)', () => {
    const bad = [...graph.entries()]
      .filter(([f]) => rel(f).startsWith('db/'))
      .flatMap(([f, deps]) => deps.filter((d) => /^(access|audit|modules|http|context|server)/.test(rel(d))).map((d) => `${rel(f)} → ${rel(d)}`));
    expect(bad).toEqual([]);
  });

  it('below http nothing imports it: access, audit, modules and db never import src/http/ or src/server.ts', () => {
    const bad = [...graph.entries()]
      .filter(([f]) => /^(access|audit|modules|db|graphql|lib)\//.test(rel(f)) || rel(f) === 'context.ts')
      .flatMap(([f, deps]) => deps.filter((d) => /^http\//.test(rel(d)) || rel(d) === 'server.ts').map((d) => `${rel(f)} → ${rel(d)}`));
    expect(bad).toEqual([]);
  });

  it('each HTTP route has its own handler under src/http/ (server.ts only wires them)', () => {
    for (const f of ['http/graphql.ts', 'http/oauth.ts', 'http/health.ts', 'http/subscriptions.ts', 'http/access.ts', 'http/graphiql.ts']) expect(graph.has(path.join(SRC, f))).toBe(true);
    const server = readFileSync(path.join(SRC, 'server.ts'), 'utf8');
    // No request handling left in the wiring: no body reading, no token checks, no Apollo request execution.
    expect(server).not.toMatch(/readBody\(|authenticate\(|executeHTTPGraphQLRequest|partnerClaims\(/);
  });

  it('there is no import cycle through the read path (repository, loaders, context)', () => {
    for (const f of ['access/repository.ts', 'modules/loaders.ts', 'context.ts']) {
      expect([...closure(path.join(SRC, f))].map(rel)).not.toContain(f);
    }
  });
});
