import { GraphQLError, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { WebSocketServer } from 'ws';
import { authenticate, type KeyStore } from '../access/auth';
import { PURPOSE_CODES, PURPOSE_FREE_CLASSES, type Purpose } from '../access/policy';
import type { SliceRegistry } from '../access/slice-registry';
import { purposeAllowed, type Viewer } from '../access/viewer';
import { classesRead } from '../audit/plugin';
import type { Config } from '../config';
import type { Context, EventDeps } from '../context';
import { limitRules } from '../graphql/limits';
import { newAuditBuffer, type ContextRequest } from './request-context';

/**
 * Subscriptions: graphql-ws on the same /graphql path. The token and purpose
 * come in connectionParams; each operation is validated against the caller's
 * slice (graphql's standard rules and the limits) and needs a purpose for
 * protected classes, as over HTTP. Partners run trusted documents over HTTP
 * only, so their tokens cannot open the socket.
 */
export function startSubscriptions(
  server: http.Server,
  deps: { config: Config; keys: KeyStore; slices: SliceRegistry; events: EventDeps; makeContext: (r: ContextRequest) => Context },
): { close(): Promise<void> } {
  const { config, keys, slices } = deps;
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: config.BODY_LIMIT_BYTES });
  const sockets = new WeakMap<object, { viewer: Viewer; purpose: Purpose | null }>();
  const wsServer = useServer(
    {
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        try {
          const viewer = await authenticate(String(params['authorization'] ?? ''), keys, config);
          if (viewer.clientId !== null && !config.partnerRawQueries) return false;
          const p = params['x-purpose'];
          const purpose = typeof p === 'string' && p !== '' ? p : null;
          if (purpose !== null && (!(PURPOSE_CODES as readonly string[]).includes(purpose) || !purposeAllowed(viewer, purpose))) return false;
          sockets.set(ctx.extra.socket, { viewer, purpose: purpose as Purpose | null });
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = sockets.get(ctx.extra.socket);
        if (!state) return [new GraphQLError('not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })];
        const schema = slices.schemaFor(state.viewer);
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: config.MAX_TOKENS });
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('syntax error')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limitRules(config)]);
        if (errors.length > 0) return errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const needsPurpose = [...classesRead(schema, document)].some((c) => !PURPOSE_FREE_CLASSES.includes(c));
        if (needsPurpose && state.purpose === null) {
          return [new GraphQLError('this subscription reads protected data: state a purpose (x-purpose in connectionParams)', { extensions: { code: 'PURPOSE_REQUIRED' } })];
        }
        const audit = newAuditBuffer(payload.operationName ?? null);
        return {
          schema,
          document,
          variableValues: payload.variables ?? {},
          operationName: payload.operationName ?? null,
          contextValue: deps.makeContext({ requestId: randomUUID(), viewer: state.viewer, purpose: state.purpose, audit, events: deps.events }),
        };
      },
    },
    wss,
  );
  return {
    async close() {
      await wsServer.dispose();
      wss.close();
    },
  };
}
