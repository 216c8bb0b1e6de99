import type { FloorCalendar } from './floor';

/**
 * Servers the read benchmark can start. The last five only with --breakdown:
 * hub-noaudit  the hub with an access-log writer that writes nothing;
 * bare+slice   bare serving the EDUCATION_BUREAU slice (mapSchema copy, no shield);
 * bare+shield  bare serving the slice with graphql-shield applied (as the hub does);
 * bare+audit   bare with the hub's audit plugin and a real AuditWriter;
 * bare-nocc    bare with Apollo's default cache-control plugin disabled.
 */
export const SERVER_KINDS = ['hub', 'bare', 'floor', 'hub-noaudit', 'bare+slice', 'bare+shield', 'bare+audit', 'bare-nocc'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

/** Servers of the peer benchmark (scripts/bench-peer.ts): the hub, PostGraphile 5 over the same database, the SQL floor. */
export const PEER_KINDS = ['hub', 'postgraphile', 'floor'] as const;
export type PeerKind = (typeof PEER_KINDS)[number];

/** Every server a host process can run (scripts/bench/host.ts; postgraphile: scripts/bench/postgraphile-host.ts). */
export type HostKind = ServerKind | PeerKind;

/** What a host process is started with (argv[2], JSON). */
export interface HostSpec {
  kind: HostKind;
  /** The explicit environment given to loadConfig (DATABASE_URL of the bench database, keys, limits …). */
  env: Record<string, string>;
  /** The fixed clock of the servers (ISO). */
  now: string;
  calendar: FloorCalendar;
}

export type HostMessage =
  | { type: 'ready'; url: string; token: string | null; pid: number }
  | { type: 'cpu'; userUs: number; systemUs: number; rssMb: number; queries: number }
  | { type: 'failed'; message: string };
