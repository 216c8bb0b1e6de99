import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from '../modules/resolvers';

let cached: GraphQLSchema | undefined;

/** The full schema (all agencies' slices are cut from it), built once per process. */
export function buildFullSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({ resolvers, validate: false });
  return cached;
}

/** SDL as committed in schema/: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
