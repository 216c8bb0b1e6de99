import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The error codes clients can rely on. Services throw HubError; formatError
 * (below) is the one place that decides what leaves the server: known codes
 * pass with their message, anything else becomes INTERNAL_SERVER_ERROR with
 * no stack, SQL or driver text.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'PURPOSE_REQUIRED'
  | 'UNAUTHENTICATED'
  | 'TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'ALREADY_APPLIED'
  | 'INTERNAL_SERVER_ERROR';

export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input: names the argument (or input field path) and the reason. */
export function badInput(argument: string, reason: string): HubError {
  return new HubError('BAD_USER_INPUT', `${argument}: ${reason}`, { argument });
}

export function notFound(what: string): HubError {
  return new HubError('NOT_FOUND', `${what} not found`);
}

/** Codes produced by graphql-js / Apollo themselves that are safe to pass through. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
]);

/**
 * What an internal error may put in a log line: its type, code and first
 * message line. Database and ORM messages can carry the values of the
 * failed query (names, ID-number hashes); those never reach the logs.
 */
export function loggableError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { type: typeof e };
  const code = (e as { code?: unknown }).code;
  return { type: e.constructor.name, ...(typeof code === 'string' ? { code } : {}), message: (e.message.split('\n')[0] ?? '').slice(0, 160) };
}

/**
 * The database cannot be reached, or dropped the connection, or is starting
 * up or shutting down (restart, failover, crash): the request did not
 * complete and a retry a few seconds later may. Clients see HTTP 503 with
 * Retry-After and the code DATABASE_UNAVAILABLE (README "When the database
 * is away"), never the driver's text (it names hosts, ports and SQL).
 */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
/** Seconds a client is told to wait (Retry-After) before retrying a DATABASE_UNAVAILABLE answer: a fast restart takes about that. */
export const DATABASE_RETRY_AFTER_S = 2;
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; nothing was returned. Retry after a few seconds.';

/** The whole answer to a request the database's absence stopped (GraphQL and the other routes alike). */
export function databaseUnavailableBody(): { errors: Array<{ message: string; extensions: { code: string } }> } {
  return { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE } }] };
}

/** Socket errors of the connection to the database (node:net and DNS). */
const SOCKET_CODES = /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|EHOSTDOWN|ENETUNREACH|ENETDOWN|ENOTFOUND|EAI_AGAIN)$/;
/**
 * SQLSTATEs of a server that is away or going: class 08 (connection
 * exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
 * cannot_connect_now, 57P05 idle_session_timeout, 53300 too_many_connections.
 */
const SQLSTATES = /^(08[0-9A-Z]{3}|57P0[1235]|53300)$/;
/** Prisma's own codes for it: can't reach (P1001), timed out reaching (P1002), server closed the connection (P1017), pool timeout (P2024). */
const PRISMA_CODES = /^(P1001|P1002|P1017|P2024)$/;
/** Driver-adapter error kinds (@prisma/driver-adapter-utils) for it. */
const ADAPTER_KINDS = /^(DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections)$/;
/** What pg and Prisma say when no code is attached (pg throws plain Errors for a closed socket and a pool timeout). */
const MESSAGES =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection terminated due to connection timeout|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to (administrator command|idle-session timeout)|terminating connection because of crash of another server process|server closed the connection unexpectedly|Can't reach database server|Server has closed the connection|Unable to start a transaction in the given time/;
/** Of those, the ones that say an established connection was lost (not that none could be made): a read may be retried at once on another. */
const LOST_CODES = /^(ECONNRESET|EPIPE|08003|08006|57P01|57P02|57P05)$/;
const LOST_MESSAGES = /Connection terminated unexpectedly|Client has encountered a connection error|terminating connection due to (administrator command|idle-session timeout)|terminating connection because of crash of another server process|server closed the connection unexpectedly/;

/** Walks an error and what it wraps (cause, Prisma's meta and driver-adapter error, GraphQL's originalError, AggregateError's errors). */
function someInChain(e: unknown, test: (o: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  const walk = (x: unknown, depth: number): boolean => {
    if (x === null || typeof x !== 'object' || seen.has(x) || depth > 8) return false;
    seen.add(x);
    const o = x as Record<string, unknown>;
    if (test(o)) return true;
    for (const k of ['cause', 'meta', 'driverAdapterError', 'originalError']) if (walk(o[k], depth + 1)) return true;
    const errors = o['errors'];
    return Array.isArray(errors) && errors.some((inner) => walk(inner, depth + 1));
  };
  return walk(e, 0);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * True when `e` (from pg, Prisma with @prisma/adapter-pg, or anything wrapping
 * them) says the database is unreachable, restarting or dropped the
 * connection, rather than that the request was wrong. Statement and lock
 * timeouts are not this (TIMEOUT, CONFLICT). PGlite is embedded: it has no
 * connection to lose.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  return someInChain(e, (o) => {
    const code = str(o['code']);
    const original = str(o['originalCode']);
    return (
      SOCKET_CODES.test(code) || SQLSTATES.test(code) || SQLSTATES.test(original) || PRISMA_CODES.test(code) || ADAPTER_KINDS.test(str(o['kind'])) ||
      MESSAGES.test(str(o['message'])) || MESSAGES.test(str(o['originalMessage']))
    );
  });
}

/**
 * The narrower case: a connection that had been established was lost
 * (server restarted or killed it, socket reset). A read that failed so was
 * not answered, and may be sent once more on a new connection.
 */
export function isConnectionLost(e: unknown): boolean {
  return someInChain(e, (o) => LOST_CODES.test(str(o['code'])) || LOST_CODES.test(str(o['originalCode'])) || LOST_MESSAGES.test(str(o['message'])));
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof HubError) {
    const { code, argument } = original.extensions as { code: string; argument?: string };
    return {
      message: original.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: argument === undefined ? { code } : { code, argument },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { message: formatted.message.replace(/ ?Did you mean .+\?$/, ''), ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code } };
  }
  if (isDatabaseUnavailable(original)) {
    // The route turns an answer carrying this into a whole-request 503 with Retry-After (src/http/graphql.ts).
    return { message: DATABASE_UNAVAILABLE_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: DATABASE_UNAVAILABLE } };
  }
  onInternal(original);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
