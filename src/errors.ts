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
  onInternal(original);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
