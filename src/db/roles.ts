import type { SqlSession } from './client';

/**
 * Least privilege on PostgreSQL (issue 10 item 2). The hub serves as a role
 * that owns nothing (DATABASE_URL); migrations and the demo seed run as the
 * owner (MIGRATION_DATABASE_URL). The runtime role gets, per table, exactly
 * what the code does to it (test/db/runtime-role.test.ts reads the code's
 * Prisma calls and SQL and holds them against this table, both ways), so:
 *   - no DELETE where the code deletes nothing, no TRUNCATE, no REFERENCES or
 *     TRIGGER anywhere; owning nothing, it cannot ALTER a table, disable a
 *     trigger or drop anything;
 *   - INSERT and SELECT only on the append-only tables (AccessLog, its
 *     checkpoints, StatusEvent, OutboxEvent): even with their triggers gone
 *     the runtime role could not change history.
 * Runtime here means the HTTP hub and the CLIs that use DATABASE_URL as it
 * does (npm run partner, import, token); `generate-county --reset` and
 * migrations need the owner.
 */
export type Privilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

export interface TableGrant {
  privileges: readonly Privilege[];
  /** UPDATE on these columns only (a row lock, FOR NO KEY UPDATE, needs UPDATE on one column). */
  updateColumns?: readonly string[];
  /** What in the code needs it. */
  why: string;
}

const R: readonly Privilege[] = ['SELECT'];
const RI: readonly Privilege[] = ['SELECT', 'INSERT'];
const RIU: readonly Privilege[] = ['SELECT', 'INSERT', 'UPDATE'];

/** The append-only tables: history the hub only ever adds to (plan R2.1, S2; access-policy "Audit"). */
export const APPEND_ONLY_TABLES = ['AccessLog', 'AccessLogCheckpoint', 'StatusEvent', 'OutboxEvent'] as const;

export const RUNTIME_GRANTS: Readonly<Record<string, TableGrant>> = {
  _prisma_migrations: { privileges: R, why: '/readyz: are all migrations applied (src/db/migrate.ts isMigrated)' },
  AccessLog: { privileges: RI, why: 'append-only: audit/writer.ts, audit/in-transaction.ts; read by verification and reports' },
  AccessLogCheckpoint: { privileges: RI, why: 'append-only: audit/checkpoints.ts' },
  AccessLogHead: { privileges: [], why: 'nothing: the chain head is moved only by the AccessLog insert trigger (SECURITY DEFINER), which refuses a fork' },
  StatusEvent: { privileges: RI, why: 'append-only: enrollment.mutations.ts (plan R2.1)' },
  OutboxEvent: { privileges: RI, why: 'append-only: modules/unit-of-work.ts; consumers keep their own cursors' },
  Agency: { privileges: R, why: 'reference data written by the seed (owner)' },
  Region: { privileges: R, why: 'reference data written by the seed (owner)' },
  School: { privileges: R, updateColumns: ['createdAt'], why: 'reference data; migrants/capacity.ts locks a school row FOR NO KEY UPDATE, which needs UPDATE on one column: "createdAt" (no rule reads it)' },
  SchoolTerm: { privileges: R, why: 'reference data written by the seed (owner)' },
  SchoolFee: { privileges: R, why: 'written by the seed (owner); read by migrants (plan R6.3)' },
  SubsidyProgramme: { privileges: R, why: 'reference data written by the seed (owner)' },
  PlantedFact: { privileges: [], why: 'nothing: the generator\'s planted facts are for tests and the analysis scripts, run as the owner' },
  Person: { privileges: R, why: 'guardians: written by the seed and the owner\'s tools; read everywhere' },
  Guardianship: { privileges: R, why: 'written by the seed; read everywhere' },
  LearningSupport: { privileges: R, why: 'written by the seed; read by the support views' },
  LearningSupportNote: { privileges: R, why: 'written by the seed; read by the support views' },
  Household: { privileges: ['SELECT', 'UPDATE'], why: 'imports/kinds.ts marks 低保 households (plan R4.1)' },
  Child: { privileges: RIU, why: 'census.service.ts, migrants.service.ts create; care.service.ts, imports/kinds.ts update' },
  Enrollment: { privileges: RIU, why: 'enrollment.mutations.ts, census.service.ts; imports/kinds.ts (school roster)' },
  AttendanceRecord: { privileges: RIU, why: 'attendance.service.ts (upsert, follow-ups)' },
  LeaveRequest: { privileges: RI, why: 'attendance.service.ts' },
  SuspectedDropout: { privileges: RIU, why: 'attendance.service.ts, census.service.ts create; casework, intake, enrollment update' },
  DropoutCase: { privileges: RIU, why: 'dropout-cases.intake.ts, casework.service.ts, enrollment.mutations.ts' },
  PersuasionVisit: { privileges: RI, why: 'casework.service.ts (plan R1.3)' },
  TransferRequest: { privileges: RIU, why: 'enrollment.mutations.ts' },
  CensusRound: { privileges: RIU, why: 'census.service.ts, imports/kinds.ts; locked FOR UPDATE' },
  CensusEntry: { privileges: RIU, why: 'census.service.ts' },
  SubsidyGrant: { privileges: RIU, why: 'subsidies/grants.service.ts' },
  SubsidyRuleVersion: { privileges: RIU, why: 'eligibility.service.ts' },
  SupportPlan: { privileges: RIU, why: 'subsidies/support-plans.service.ts' },
  BoardingAssignment: { privileges: RIU, why: 'boarding.service.ts' },
  SchoolTermBeds: { privileges: RIU, why: 'boarding.service.ts (upsert)' },
  DisabilityRecord: { privileges: RIU, why: 'imports/kinds.ts (disability register)' },
  Placement: { privileges: RIU, why: 'disability/placement.service.ts' },
  HomeTeachingVisit: { privileges: RI, why: 'disability/placement.service.ts' },
  MigrantEnrollment: { privileges: RIU, why: 'migrants.service.ts, imports/kinds.ts; locked FOR UPDATE' },
  CareArrangement: { privileges: RIU, why: 'care.service.ts' },
  CareContact: { privileges: RI, why: 'care.service.ts' },
  CounsellingSession: { privileges: RI, why: 'care.service.ts' },
  SurrogateParent: { privileges: RIU, why: 'care.service.ts' },
  LaborViolation: { privileges: RI, why: 'labor-legal.service.ts' },
  LegalAction: { privileges: RI, why: 'labor-legal.service.ts' },
  MonthlyReport: { privileges: RIU, why: 'targets/monthly-report.service.ts (frozen once submitted, by trigger)' },
  ReconciliationRun: { privileges: RIU, why: 'reconciliation.service.ts' },
  Discrepancy: { privileges: RIU, why: 'reconciliation.service.ts' },
  PovertyRollBatch: { privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'], why: 'imports/kinds.ts: a roll equal to the latest is dropped again in its own transaction' },
  PovertyRollEntry: { privileges: ['SELECT', 'INSERT', 'DELETE'], why: 'imports/kinds.ts: the entries of that dropped batch' },
  ImportJob: { privileges: RIU, why: 'imports/run.ts' },
  IdempotencyRecord: { privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'], why: 'idempotency.ts: claims, answers, expiry purge' },
  SubscriptionCursor: { privileges: RIU, why: 'events.service.ts (upsert)' },
  PartnerClient: { privileges: RIU, why: 'npm run partner (access/partners.ts, scripts/partner.ts)' },
  PartnerRateLimit: { privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'], why: 'npm run partner -- rate (upsert; --default deletes)' },
  TrustedDocument: { privileges: ['SELECT', 'INSERT', 'DELETE'], why: 'npm run partner -- trust / untrust' },
  WebhookSubscription: { privileges: RIU, why: 'webhooks/subscriptions.ts; dispatcher leases' },
  WebhookDelivery: { privileges: RI, why: 'webhooks/dispatcher.ts: one row per attempt' },
  Referral: { privileges: RIU, why: 'modules/referrals: made, revoked (an UPDATE of revokedAt/revokedBy/version); never deleted, an expired one stays for the record' },
};

/** Privileges given to tables created later by the owner (a migration), until `db:roles` is run again. */
export const DEFAULT_TABLE_PRIVILEGES: readonly Privilege[] = ['SELECT', 'INSERT', 'UPDATE'];

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

export interface RolePlan {
  /** The runtime role (DATABASE_URL's user). */
  role: string;
  /** The owner: the role that runs migrations (MIGRATION_DATABASE_URL's user). */
  owner: string;
  database: string;
  /** Tables present now (grants for tables that do not exist yet are left out). */
  tables: readonly string[];
  /** Set a password (the statement that sets it is shown masked). */
  password?: string | undefined;
  schema?: string;
}

/**
 * The statements that make `role` a login role that owns nothing and holds
 * exactly RUNTIME_GRANTS on the tables there are, USAGE on the sequences (ids),
 * and default privileges for the owner's future tables and sequences.
 */
export function grantStatements(p: RolePlan): string[] {
  const schema = p.schema ?? 'public';
  const role = ident(p.role);
  const out: string[] = [
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(p.role)}) THEN CREATE ROLE ${role} LOGIN; END IF; END $$`,
    `ALTER ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT`,
  ];
  if (p.password !== undefined) out.push(`ALTER ROLE ${role} PASSWORD ${literal(p.password)}`);
  out.push(
    // Only the owner creates objects (PostgreSQL 15 already says so for new databases).
    `REVOKE CREATE ON SCHEMA ${ident(schema)} FROM PUBLIC`,
    `REVOKE ALL ON DATABASE ${ident(p.database)} FROM ${role}`,
    `GRANT CONNECT ON DATABASE ${ident(p.database)} TO ${role}`,
    `GRANT USAGE ON SCHEMA ${ident(schema)} TO ${role}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${ident(schema)} FROM ${role}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${ident(schema)} FROM ${role}`,
  );
  const present = new Set(p.tables);
  for (const [table, g] of Object.entries(RUNTIME_GRANTS)) {
    if (!present.has(table)) continue;
    if (g.privileges.length > 0) out.push(`GRANT ${g.privileges.join(', ')} ON ${ident(schema)}.${ident(table)} TO ${role}`);
    if (g.updateColumns && g.updateColumns.length > 0) out.push(`GRANT UPDATE (${g.updateColumns.map(ident).join(', ')}) ON ${ident(schema)}.${ident(table)} TO ${role}`);
  }
  out.push(
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${ident(schema)} TO ${role}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(p.owner)} IN SCHEMA ${ident(schema)} GRANT ${DEFAULT_TABLE_PRIVILEGES.join(', ')} ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(p.owner)} IN SCHEMA ${ident(schema)} GRANT USAGE ON SEQUENCES TO ${role}`,
  );
  return out;
}

/** For printing: the password statement masked. */
export function printable(statements: readonly string[]): string {
  return statements.map((s) => `${s.replace(/PASSWORD '(?:[^']|'')*'/, "PASSWORD '********'")};`).join('\n');
}

/** Tables of the schema; a partition is part of its parent (grants are on the parent: rows read through it are checked there alone). */
export async function tablesOf(s: SqlSession, schema = 'public'): Promise<string[]> {
  const rows = await s.query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`, [schema]);
  return rows.map((r) => r.name);
}

/** Tables of the schema the grants table does not know (a new migration's table needs its line in RUNTIME_GRANTS). */
export function unknownTables(tables: readonly string[]): string[] {
  return tables.filter((t) => !(t in RUNTIME_GRANTS));
}

/** What the role owns in this database (must be nothing). */
export async function ownedBy(s: SqlSession, role: string): Promise<string[]> {
  const rows = await s.query<{ what: string }>(
    `SELECT c.relkind::text || ' ' || n.nspname || '.' || c.relname AS what FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
      WHERE r.rolname = $1 AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
     UNION ALL SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner JOIN pg_namespace n ON n.oid = p.pronamespace WHERE r.rolname = $1 AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     UNION ALL SELECT 'schema ' || n.nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE r.rolname = $1
     UNION ALL SELECT 'database ' || d.datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = $1 AND d.datname = current_database()`,
    [role],
  );
  return rows.map((r) => r.what);
}

/** Applies the plan in one transaction on the owner's session; refuses when the runtime role owns anything or is the owner. */
export async function applyGrants(s: SqlSession, p: Omit<RolePlan, 'tables'>): Promise<{ statements: string[]; unknown: string[] }> {
  if (p.role === p.owner) throw new Error(`the runtime role and the owner are both ${p.role}: the hub would own its tables (set DATABASE_URL to another role)`);
  const owned = await ownedBy(s, p.role);
  if (owned.length > 0) {
    throw new Error(`role ${p.role} owns ${owned.slice(0, 5).join(', ')}${owned.length > 5 ? ' …' : ''}: REASSIGN OWNED BY ${ident(p.role)} TO ${ident(p.owner)} first`);
  }
  const tables = await tablesOf(s, p.schema);
  const statements = grantStatements({ ...p, tables });
  await s.exec('BEGIN');
  try {
    for (const st of statements) await s.exec(st);
    await s.exec('COMMIT');
  } catch (e) {
    await s.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
  return { statements, unknown: unknownTables(tables) };
}
