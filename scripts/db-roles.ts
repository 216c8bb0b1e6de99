import { ConfigError, loadConfig } from '../src/config';
import { openPostgres } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { IdentifierSealer } from '../src/lib/crypto';
import { applyGrants, grantStatements, printable, RUNTIME_GRANTS, tablesOf, unknownTables } from '../src/db/roles';

/**
 * `npm run db:roles [-- --apply] [--role NAME] [--password-env VAR]` (issue 10 item 2)
 *
 * The grants of the runtime role: the role of DATABASE_URL (or --role), which
 * owns nothing, gets exactly what the code does to each table (src/db/roles.ts),
 * and default privileges on what the owner creates later. Without --apply it
 * prints the SQL; with --apply it first applies pending migrations as the owner
 * (MIGRATION_DATABASE_URL), so that every table exists and gets its own line,
 * then the grants in one transaction. Run it before the first start and after
 * each upgrade (tables a later migration creates meanwhile get the default
 * privileges: SELECT, INSERT, UPDATE).
 * --password-env VAR sets the role's password from that environment variable
 * (never from the command line); printed output masks it.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const apply = process.argv.includes('--apply');
  const runtimeUrl = config.DATABASE_URL;
  const ownerUrl = config.MIGRATION_DATABASE_URL;
  if (!runtimeUrl && !arg('role')) throw new Error('DATABASE_URL (the runtime role\'s connection) or --role is needed: the embedded database (PGlite) has no roles');
  const role = arg('role') ?? decodeURIComponent(new URL(runtimeUrl as string).username);
  if (!role) throw new Error('DATABASE_URL names no user: give the runtime role with --role');
  const passwordEnv = arg('password-env');
  const password = passwordEnv ? process.env[passwordEnv] : undefined;
  if (passwordEnv && !password) throw new Error(`--password-env ${passwordEnv}: that variable is empty`);
  if (apply && !ownerUrl) throw new Error('--apply runs as the owner: set MIGRATION_DATABASE_URL');

  const url = ownerUrl ?? runtimeUrl;
  const db = url ? openPostgres({ url, poolSize: 1 }) : null;
  try {
    if (!db) {
      // No database to ask: every table the hub knows.
      process.stdout.write(`${printable(grantStatements({ role, owner: '<owner>', database: '<database>', tables: Object.keys(RUNTIME_GRANTS), password }))}\n`);
      return;
    }
    if (apply) {
      // With the keys: a migration's data step seals what an earlier version stored plain (src/db/data-steps.ts).
      const applied = await migrate(db, undefined, { sealer: new IdentifierSealer(config.idEncryptionKey, config.idHmacKey) });
      if (applied.length > 0) process.stderr.write(`migrations applied as the owner: ${applied.join(', ')}\n`);
    }
    await db.raw.session(async (s) => {
      const [{ owner, database }] = (await s.query<{ owner: string; database: string }>('SELECT current_user AS owner, current_database() AS database')) as [{ owner: string; database: string }];
      if (apply) {
        const { statements, unknown } = await applyGrants(s, { role, owner, database, password });
        process.stdout.write(`${printable(statements)}\n-- applied as ${owner} to ${role} on ${database}\n`);
        if (unknown.length > 0) process.stderr.write(`tables without a line in RUNTIME_GRANTS (src/db/roles.ts), left with the default privileges: ${unknown.join(', ')}\n`);
      } else {
        const tables = await tablesOf(s);
        process.stdout.write(`${printable(grantStatements({ role, owner, database, tables, password }))}\n-- not applied: npm run db:roles -- --apply (as MIGRATION_DATABASE_URL)\n`);
        const unknown = unknownTables(tables);
        if (unknown.length > 0) process.stderr.write(`tables without a line in RUNTIME_GRANTS (src/db/roles.ts): ${unknown.join(', ')}\n`);
      }
    });
  } finally {
    await db?.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof ConfigError ? e.message : e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
