import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { failStart, serveParent, statementCount } from './ipc';
import type { HostSpec } from './types';

/**
 * PostGraphile 5 as a peer of the hub (bench-peer), in its own process like
 * the other servers (forked by scripts/bench/hosts.ts with
 * `--import promise-with-resolvers.mjs`: PostGraphile 5 wants Node 22's
 * Promise.withResolvers, this machine has Node 20).
 *
 * Its default preset (postgraphile/presets/amber) with makePgService over the
 * bench database's schema `public` (the hub's own tables, as Prisma made
 * them), served by grafserv's node:http adaptor at /graphql. NO access
 * control: no token, no role, no row scope, no masking, no audit; every table
 * of the schema is exposed. GRAPHILE_ENV=production (set by the parent).
 * Its pool is the same size as the hub's (DB_POOL_SIZE) with
 * application_name `bench-postgraphile`, so that the parent finds its
 * PostgreSQL backends; statements are counted by scripts/bench/ipc.ts at
 * pg.Client#query, which requires PostGraphile's pg to be the same module as
 * ours: checked after introspection, which must have been counted.
 */

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as HostSpec;
  const connectionString = spec.env.DATABASE_URL;
  if (!connectionString) throw new Error('no DATABASE_URL in the host spec');
  const poolSize = Number(spec.env.DB_POOL_SIZE ?? 10);
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [
      makePgService({
        connectionString,
        schemas: ['public'],
        poolConfig: { max: poolSize, idleTimeoutMillis: 30_000, application_name: 'bench-postgraphile' },
      }),
    ],
    grafserv: { graphqlPath: '/graphql', watch: false },
  };
  const pgl = postgraphile(preset);
  // Introspect and build the schema before reporting ready.
  await pgl.getSchema();
  if (statementCount() === 0) {
    throw new Error("PostGraphile introspected through a pg module other than this process's: its statements would not be counted");
  }
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.on('error', (e) => process.stderr.write(`postgraphile server error: ${e.message}\n`));
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  serveParent({
    url: `http://127.0.0.1:${port}/graphql`,
    token: null,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await serv.release();
      await pgl.release();
    },
  });
}

main().catch(failStart);
