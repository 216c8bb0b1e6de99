import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, valueFromASTUntyped, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../context';

/**
 * GraphQL execution compiled per document (graphql-jit), plugged into Apollo
 * Server 5 through its gateway interface, the one place Apollo 5 takes an
 * executor. Apollo still parses, validates (slice, limits) and runs every
 * plugin (purpose, cost, audit, metrics) exactly as before; only the
 * field-by-field walk of graphql-js is replaced by a function compiled once
 * per (slice, document, operation) and reused for every request that sends the
 * same document (issue 9: graphql-js execution, with a promise per field, was
 * a large share of the CPU of a 100-child page).
 *
 * What graphql-js decides before execution stays graphql-js's: which
 * operation runs (none when the name matches none: Apollo then answers
 * OPERATION_RESOLUTION_FAILURE and nothing executes) and the coercion of
 * variables (same messages, so Apollo still answers BAD_USER_INPUT / 400).
 *
 * Apollo's document store hands the same DocumentNode object to every request
 * with the same query text, so the compiled functions hang off that object
 * (a WeakMap: they go when Apollo's store evicts the document).
 */
export interface JitOptions {
  /** The same schema without the shield's wrappers, and the check that a request may run on it (src/access/shield.ts shieldPrecheck). */
  unguarded?: { schema: GraphQLSchema; applies(context: Context, document: DocumentNode): boolean };
}

export function jitGateway(schema: GraphQLSchema, options: JitOptions = {}): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode, unguarded: boolean): CompiledQuery | ExecutionResult => {
    const key = `${unguarded ? 'u' : 's'}:${operation.name?.value ?? ''}`;
    let byOperation = compiled.get(document);
    const hit = byOperation?.get(key);
    if (hit) return hit;
    const target = unguarded && options.unguarded ? options.unguarded.schema : schema;
    const result = compileQuery(target, document, operation.name?.value, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(result)) return result;
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    byOperation.set(key, result);
    return result;
  };

  return {
    async load() {
      return {
        executor: async (requestContext) => {
          const operation = requestContext.operation;
          const name = requestContext.request.operationName;
          if (!operation) {
            // graphql-js's own words; Apollo turns them into OPERATION_RESOLUTION_FAILURE.
            const message = name ? `Unknown operation named "${name}".` : 'Must provide operation name if query contains multiple operations.';
            return { errors: [new GraphQLError(message)] } as never;
          }
          const variables: Record<string, unknown> = requestContext.request.variables ?? {};
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
          if (coerced.errors) return { errors: coerced.errors } as never;
          const unguarded = options.unguarded?.applies(requestContext.context as Context, requestContext.document) === true;
          const query = compiledFor(requestContext.document, operation, unguarded);
          if (!isCompiledQuery(query)) return query as never;
          return withExtensions(await query.query(undefined, requestContext.context, withDefaults(operation, variables))) as never;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit wraps an error a resolver threw in a GraphQLError of its own
 * whose `extensions` is undefined when the thrown error had none (any plain
 * Error: the driver's, Prisma's). Apollo reads `extensions.code` of every
 * error before formatError sees it and, failing on that, answers a bare
 * "Internal server error": formatError never ran, so the error was neither
 * logged nor classified (a database outage looked like a bug: issue 10 item
 * 6). Such errors are made again as graphql-js GraphQLErrors with the same
 * message, path, locations and originalError.
 */
function withExtensions<R extends ExecutionResult>(result: R): R {
  if (!result.errors?.some((e) => (e as { extensions?: unknown }).extensions === undefined)) return result;
  const errors = result.errors.map((e) => {
    if ((e as { extensions?: unknown }).extensions !== undefined) return e;
    const again = new GraphQLError(e.message, { ...(e.path ? { path: e.path } : {}), ...(e.originalError ? { originalError: e.originalError } : {}) });
    if (e.locations) (again as { locations?: unknown }).locations = e.locations;
    return again;
  });
  return { ...result, errors };
}

/**
 * The variables as sent, plus the default of each one not sent: graphql-js
 * lets a request omit a variable that has a default even when its type is
 * non-null (`$first: Int! = 100`); graphql-jit 0.8 refuses that, so the
 * defaults are filled in before it coerces the values.
 */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let out = variables;
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (def.defaultValue === undefined || Object.prototype.hasOwnProperty.call(variables, name)) continue;
    if (out === variables) out = { ...variables };
    out[name] = valueFromASTUntyped(def.defaultValue);
  }
  return out;
}
