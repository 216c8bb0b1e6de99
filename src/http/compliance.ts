import type { ApolloServerPlugin } from '@apollo/server';

/** Codes of a well-formed request whose GraphQL document or variables failed (not a malformed HTTP request). */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * GraphQL over HTTP, "application/json" responses: the server SHOULD answer a
 * well-formed request with 200 even when the document fails to parse or
 * validate or its variables fail to coerce (a legacy client reads the status
 * as a transport failure). Apollo answers 400. A client that asks for
 * application/json by name (and not for application/graphql-response+json)
 * gets the spec's 200; everyone else (no Accept, a wildcard, or the new media type)
 * keeps Apollo's 400, which the hub's clients and tests rely on. Only the
 * status changes: the body is the same `errors` without `data`.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = (request.http?.headers.get('accept') ?? '').toLowerCase();
      if (!/\bapplication\/json\b/.test(accept) || accept.includes('application/graphql-response+json')) return;
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.['code'])))) response.http.status = 200;
        },
      };
    },
  };
}
