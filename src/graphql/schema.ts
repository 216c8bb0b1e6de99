import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from '../modules/resolvers';
import { recordFieldNeeds } from './projection';

let cached: GraphQLSchema | undefined;

/**
 * type-graphql wants a PubSub even when every subscription brings its own
 * `subscribe`: events come from the durable outbox (src/events), never from
 * an in-process bus, so this one refuses use.
 */
const noInProcessPubSub = {
  publish(): void {
    throw new Error('in-process pub/sub is not used: write events to the outbox');
  },
  subscribe(): never {
    throw new Error('in-process pub/sub is not used: subscriptions read the outbox');
  },
};

/** The full schema (all agencies' slices are cut from it), built once per process. */
export function buildFullSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchemaSync({ resolvers, validate: false, pubSub: noInProcessPubSub as never });
    recordFieldNeeds(cached);
  }
  return cached;
}

/** SDL as committed in schema/: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
