import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNamedType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
  isObjectType,
  valueFromAST,
  getArgumentValues,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { Config } from '../config';
import { HubError } from '../errors';

/**
 * Request limits (architecture.md "Limits"): depth, aliases and directives as
 * validation rules (graphql-armor); tokens through Apollo's parseOptions;
 * cost in a plugin, because a list's cost needs the `first` variable's value.
 * Cost counts the objects a response may hold: a scalar costs 0, an object 1
 * plus its children; a paged list (one with `first`) multiplies its children
 * by `first`. The short relation lists of one record (guardians, members,
 * events) count once: they are fetched in one batch per level whatever
 * their length, and their length is bounded by life, not by the caller.
 */

/**
 * An operation type the caller's slice does not have (e.g. a mutation sent by
 * an agency that may write nothing) fails validation like any out-of-slice
 * field, instead of reaching execution and failing there.
 */
export const OperationTypeInSliceRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`this schema has no ${node.operation} operations for you`, { nodes: [node] }));
  },
});

export function limitRules(config: Config): ValidationRule[] {
  const propagateOnRejection = false;
  const onReject = [(ctx: { reportError(e: unknown): void }, err: unknown) => ctx.reportError(err)];
  return [
    OperationTypeInSliceRule,
    maxDepthRule({ n: config.MAX_DEPTH, flattenFragments: true, exposeLimits: true, propagateOnRejection, onReject } as never) as unknown as ValidationRule,
    maxAliasesRule({ n: config.MAX_ALIASES, exposeLimits: true, propagateOnRejection, onReject } as never) as unknown as ValidationRule,
    maxDirectivesRule({ n: config.MAX_DIRECTIVES, exposeLimits: true, propagateOnRejection, onReject } as never) as unknown as ValidationRule,
  ];
}

export function operationCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLObjectType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen = new Set<string>(),
): number {
  let total = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = fragments[sel.name.value];
      if (!frag || seen.has(frag.name.value)) continue;
      const t = schema.getType(frag.typeCondition.name.value);
      if (isObjectType(t)) total += operationCost(schema, frag.selectionSet, t, fragments, variables, new Set([...seen, frag.name.value]));
      continue;
    }
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
      if (isObjectType(t)) total += operationCost(schema, sel.selectionSet, t, fragments, variables, seen);
      continue;
    }
    if (sel.name.value.startsWith('__')) continue;
    const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[sel.name.value];
    if (!field) continue;
    let childCost = 0;
    const named = getNamedType(field.type);
    if (sel.selectionSet && isObjectType(named)) {
      childCost = operationCost(schema, sel.selectionSet, named, fragments, variables, seen);
    }
    const leaf = !isObjectType(named);
    let multiplier = 1;
    const firstArg = field.args.find((a) => a.name === 'first');
    if (firstArg) {
      let first: unknown;
      try {
        first = getArgumentValues(field, sel, variables)['first'];
      } catch {
        first = sel.arguments?.find((a) => a.name.value === 'first') ? valueFromAST(sel.arguments.find((a) => a.name.value === 'first')!.value, firstArg.type, variables) : undefined;
      }
      multiplier = typeof first === 'number' && first > 0 && first <= 100 ? first : 1; // out-of-range first is refused by the resolver
    }
    total += (leaf ? 0 : 1) + multiplier * childCost;
  }
  return total;
}

/**
 * The cost of one operation of a document with these variables (what the
 * cost plugin checks against MAX_COST). Exported so that the partner rate
 * limit (src/access/trusted-documents.ts) charges the same number before
 * execution. Variables are coerced as execution would; when they do not
 * coerce, the raw values count (execution then refuses them anyway).
 */
export function documentCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (operationName == null || d.name?.value === operationName),
  );
  return operation ? operationCostOf(schema, document, operation, variables) : 0;
}

function operationCostOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const vars = coerced.coerced ?? variables ?? {};
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return operationCost(schema, operation.selectionSet, root, fragments, vars);
}

export function costPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const cost = operationCostOf(schema, document, operation, request.variables);
          if (cost > maxCost) {
            throw new HubError('BAD_USER_INPUT', `query cost ${cost} exceeds the limit of ${maxCost}: ask for fewer items (first) or fewer fields`, {
              argument: 'query',
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
